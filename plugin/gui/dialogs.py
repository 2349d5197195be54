"""Small dialogs of the review: a new date, actors and side, an event added by hand."""

from __future__ import annotations

from datetime import date
from typing import List, Mapping, Optional, Sequence, Tuple

from qgis.PyQt.QtCore import QDate
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from ..core.events.sides import side_keys, side_label
from ..core.plan.layers import CERTAINTIES, EVENT_TYPES
from ..qgis.expressions import map_language
from ..qgis.i18n import tr
from ..qgis.layer_setup import certainty_words, type_words


def _qdate(value) -> QDate:
    try:
        day = date.fromisoformat(str(value)[:10])
    except (TypeError, ValueError):
        return QDate.currentDate()
    return QDate(day.year, day.month, day.day)


def _date_edit(value) -> QDateEdit:
    edit = QDateEdit(_qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(tr("d MMMM yyyy"))
    return edit


class _Dialog(QDialog):
    def __init__(self, title: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)


class DateDialog(_Dialog):
    """From (and until, for a period): the date the analyst knows better."""

    def __init__(self, start, end=None, with_end: bool = False, parent=None) -> None:
        super().__init__(tr("Change the date"), parent)
        self.start = _date_edit(start)
        self.start.setObjectName("FrontlineDateStart")
        self.form.addRow(tr("Date"), self.start)
        self.end = None
        self.open_end = None
        if with_end:
            self.end = _date_edit(end or start)
            self.open_end = QCheckBox(tr("still going on (no end)"))
            self.open_end.setChecked(end is None)
            self.form.addRow(tr("Until"), self.end)
            self.form.addRow("", self.open_end)

    def value(self) -> dict:
        value = {"t_start": self.start.date().toString("yyyy-MM-dd")}
        if self.end is not None:
            value["t_end"] = None if self.open_end.isChecked() else self.end.date().toString("yyyy-MM-dd")
        return value


class ActorsDialog(_Dialog):
    """Who acted, and for which side."""

    def __init__(self, actors: Sequence[str], side: Optional[str], parent=None) -> None:
        super().__init__(tr("Actors and side"), parent)
        self.actors = QLineEdit(", ".join(actors))
        self.actors.setPlaceholderText(tr("Iraqi forces, Hashd al-Shaabi"))
        self.side = side_combo(side)
        self.form.addRow(tr("Actors (separated by commas)"), self.actors)
        self.form.addRow(tr("Side"), self.side)
        self.initial = (list(actors), side)

    def actor_list(self) -> List[str]:
        return [a.strip() for a in self.actors.text().split(",") if a.strip()]

    def chosen_side(self) -> Optional[str]:
        return self.side.currentData()


def side_combo(side: Optional[str]) -> QComboBox:
    combo = QComboBox()
    combo.addItem(tr("(not stated)"), None)
    for key in side_keys():
        combo.addItem(f"{key} — {side_label(key, map_language())}", key)
    index = combo.findData(side)
    combo.setCurrentIndex(max(0, index))
    return combo


class AddEventDialog(_Dialog):
    """An event the articles tell but Frontline missed: its type, date, certainty, actors, place
    (one of the article's places, or a point picked on the map afterwards) and quote."""

    def __init__(
        self,
        places: Sequence[Tuple[str, Mapping]],
        quote: str = "",
        when=None,
        parent=None,
    ) -> None:
        super().__init__(tr("Add an event"), parent)
        self.type = QComboBox()
        types = type_words()
        for kind in EVENT_TYPES:
            self.type.addItem(types.get(kind, kind), kind)
        self.date = _date_edit(when)
        self.certainty = QComboBox()
        words = certainty_words()
        for certainty in CERTAINTIES:
            self.certainty.addItem(words.get(certainty, certainty), certainty)
        self.actors = QLineEdit()
        self.side = side_combo(None)
        self.place = QComboBox()
        self.place.addItem(tr("pick the place on the map after OK"), None)
        for label, place in places:
            self.place.addItem(label, dict(place))
        self.quote = QPlainTextEdit(quote)
        self.quote.setMaximumHeight(80)
        self.form.addRow(tr("Type"), self.type)
        self.form.addRow(tr("Date"), self.date)
        self.form.addRow(tr("Certainty"), self.certainty)
        self.form.addRow(tr("Actors (separated by commas)"), self.actors)
        self.form.addRow(tr("Side"), self.side)
        self.form.addRow(tr("Place"), self.place)
        self.form.addRow(tr("Quote"), self.quote)

    def value(self) -> dict:
        value = {
            "type": self.type.currentData(),
            "t_start": self.date.date().toString("yyyy-MM-dd"),
            "certainty": self.certainty.currentData(),
            "actors": [a.strip() for a in self.actors.text().split(",") if a.strip()],
            "quote": self.quote.toPlainText().strip(),
        }
        if self.side.currentData():
            value["side"] = self.side.currentData()
        place = self.place.currentData()
        if place:
            value["place"] = {
                k: place.get(k) for k in ("name", "id", "lat", "lon", "kind", "country", "text")
            }
        return value
