"""The review tables: one row per place mention, event, advance, control period and correction of
the corrected record, each with its quote and source. Models, not widgets full of items, so a batch
of a thousand articles (eleven thousand place mentions) fills a table without freezing QGIS."""

from __future__ import annotations

from typing import Callable, List, Mapping, Optional, Sequence, Tuple

from qgis.PyQt.QtCore import QAbstractTableModel, Qt
from qgis.PyQt.QtGui import QBrush, QColor, QFont

from ..core.corrections.model import Correction, correction_key, describe
from ..qgis.i18n import tr
from ..qgis.layer_setup import certainty_words, correction_words, kind_words, type_words

Row = Tuple[str, dict, Optional[dict]]  # (item key, item, its article)
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def review_words() -> dict:
    return {
        "accepted": tr("accepted"),
        "corrected": tr("corrected"),
        "rejected": tr("rejected"),
        "added": tr("added"),
        None: "",
    }


def change_words() -> dict:
    return {"taken": tr("taken"), "left": tr("left")}


def _date(value) -> str:
    return str(value)[:10] if value else ""


def source_text(article: Optional[Mapping]) -> str:
    """ "Iraqi forces retake al-Qaim — Frontline example, 2017-11-03" """
    if not article:
        return ""
    published = article.get("published") if isinstance(article.get("published"), Mapping) else {}
    parts = [str(article.get("title") or article.get("path") or article.get("id") or "")]
    tail = ", ".join(p for p in (article.get("source"), _date(published.get("value"))) if p)
    return " — ".join([parts[0], tail]) if tail else parts[0]


def _first_article(item: Mapping, articles: Mapping[str, dict]) -> Optional[dict]:
    for evidence in item.get("evidence") or []:
        if isinstance(evidence, Mapping) and str(evidence.get("article")) in articles:
            return articles[str(evidence.get("article"))]
    return None


def _quote(item: Mapping) -> str:
    if item.get("quote"):
        return " ".join(str(item["quote"]).split())
    quotes = [
        str(e.get("quote")) for e in item.get("evidence") or [] if isinstance(e, Mapping) and e.get("quote")
    ]
    return " | ".join(quotes)


Column = Tuple[str, Callable[[dict, Optional[dict]], str]]


def columns(target: str) -> List[Column]:
    """(header, value of a row) for each column of a tab."""
    status = review_words()
    types, certainties, kinds = type_words(), certainty_words(), kind_words()

    def certainty(item, article):
        text = certainties.get(item.get("certainty"), str(item.get("certainty") or ""))
        if not item.get("contested"):
            return text
        contested = tr("contested")  # a claim the other side denies (events/denials.py)
        return f"{text} ({contested})"

    def review(item, article):
        return status.get(item.get("review"), item.get("review") or "")

    if target == "place":
        return [
            (tr("Status"), review),
            (tr("As written"), lambda i, a: str(i.get("text") or "")),
            (tr("Place"), lambda i, a: str(i.get("name") or tr("(not placed)"))),
            (tr("Kind"), lambda i, a: kinds.get(i.get("kind"), str(i.get("kind") or ""))),
            (tr("Country"), lambda i, a: str(i.get("country") or "")),
            (
                tr("Confidence"),
                lambda i, a: f"{float(i['confidence']):.2f}" if i.get("confidence") is not None else "",
            ),
            (tr("Candidates"), lambda i, a: str(len(i.get("candidates") or []))),
            (tr("Quote"), lambda i, a: _quote(i)),
            (tr("Source"), lambda i, a: source_text(a)),
        ]
    if target == "event":

        def place(item, article):
            index = item.get("place")
            places = (article or {}).get("places") or []
            if isinstance(index, int) and 0 <= index < len(places):
                return str(places[index].get("name") or places[index].get("text") or "")
            return ""

        return [
            (tr("Status"), review),
            (tr("Date"), lambda i, a: _date(i.get("t_start"))),
            (tr("Type"), lambda i, a: types.get(i.get("type"), str(i.get("type") or ""))),
            (tr("Place"), place),
            (tr("Actors"), lambda i, a: ", ".join(i.get("actors") or [])),
            (tr("Certainty"), certainty),
            (tr("Quote"), lambda i, a: _quote(i)),
            (tr("Source"), lambda i, a: source_text(a)),
        ]
    if target == "advance":

        def route(item, article):
            return " → ".join(
                str(w.get("name") or "?") for w in item.get("route") or [] if isinstance(w, Mapping)
            )

        return [
            (tr("Status"), review),
            (tr("From"), lambda i, a: _date(i.get("t_start"))),
            (tr("Until"), lambda i, a: _date(i.get("t_end"))),
            (tr("Route"), route),
            (tr("Actors"), lambda i, a: ", ".join(i.get("actors") or [])),
            (tr("Side"), lambda i, a: str(i.get("side") or "")),
            (tr("Certainty"), certainty),
            (tr("Quote"), lambda i, a: _quote(i)),
            (tr("Source"), lambda i, a: source_text(a)),
        ]
    if target == "control":
        return [
            (tr("Status"), review),
            (tr("Place"), lambda i, a: str(i.get("name") or "")),
            (tr("Side"), lambda i, a: str(i.get("side") or "")),
            (tr("Change"), lambda i, a: change_words().get(i.get("change"), str(i.get("change") or ""))),
            (tr("From"), lambda i, a: _date(i.get("valid_from"))),
            (tr("Until"), lambda i, a: _date(i.get("valid_to"))),
            (tr("Certainty"), certainty),
            (tr("Quote"), lambda i, a: _quote(i)),
            (tr("Source"), lambda i, a: source_text(a)),
        ]
    raise ValueError(target)


class ItemModel(QAbstractTableModel):
    """The rows of one tab; values are computed when a row is shown, not for all rows at once."""

    def __init__(self, target: str, parent=None) -> None:
        super().__init__(parent)
        self.target = target
        self.rows: List[Row] = []
        self.spec = columns(target)
        self._cache: dict = {}

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._cache = {}
        self.endResetModel()

    def rowCount(self, parent=None) -> int:  # noqa: N802 - Qt API
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent=None) -> int:  # noqa: N802 - Qt API
        return 0 if parent is not None and parent.isValid() else len(self.spec)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.spec[section][0]
        return None

    def text(self, row: int, column: int) -> str:
        key = (row, column)
        if key not in self._cache:
            _, item, article = self.rows[row]
            self._cache[key] = self.spec[column][1](item, article)
        return self._cache[key]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        _, item, _ = self.rows[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and self.spec[column][0] in (tr("Quote"), tr("Source")):
            return self.text(row, column)
        if role == KEY_ROLE:
            return self.rows[row][0]
        if item.get("rejected"):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#9e9e9e"))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setStrikeOut(True)
                return font
        elif (
            role == Qt.ItemDataRole.ForegroundRole
            and item.get("review") in ("corrected", "added")
            and column == 0
        ):
            return QBrush(QColor("#b71c1c"))
        return None

    def row_of(self, key: str) -> int:
        for number, (row_key, _, _) in enumerate(self.rows):
            if row_key == key:
                return number
        return -1


class CorrectionModel(QAbstractTableModel):
    """Every correction of the analysis, the ones that matched nothing first."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: List[Tuple[Correction, bool]] = []
        self.headers = [tr("Status"), tr("Correction"), tr("Item"), tr("By"), tr("When")]

    def set_rows(self, corrections: Sequence[Correction], unmatched: Sequence[Correction]) -> None:
        lost = {c.id for c in unmatched}
        self.beginResetModel()
        self.rows = sorted(
            ((c, c.id in lost) for c in corrections), key=lambda r: (not r[1], r[0].created, r[0].id)
        )
        self.endResetModel()

    def rowCount(self, parent=None) -> int:  # noqa: N802 - Qt API
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent=None) -> int:  # noqa: N802 - Qt API
        return 0 if parent is not None and parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        correction, lost = self.rows[index.row()]
        if role == KEY_ROLE:
            return correction.id
        if role == Qt.ItemDataRole.ForegroundRole and lost:
            return QBrush(QColor("#b71c1c"))
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        values = [
            tr("matches nothing any more") if lost else tr("applied"),
            describe(correction, correction_words()),
            f"{_target_word(correction.target)} {correction.item.get('text') or correction_key(correction)}",
            correction.author,
            correction.created.replace("T", " ")[:16],
        ]
        return values[index.column()]


def _target_word(target: str) -> str:
    return {
        "place": tr("place"),
        "event": tr("event"),
        "advance": tr("advance"),
        "control": tr("control"),
    }.get(target, target)
