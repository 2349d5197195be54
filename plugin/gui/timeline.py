"""The timeline: the campaign's events and advances on a time axis, kept in step with QGIS's temporal
controller. Click an event and the map jumps to its day and place; play and pause; step from one
event to the next (also PageUp/PageDown); the day shown is always written above the axis."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Callable, List, Optional

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProject,
)
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor, QFont, QPainter, QPen
from qgis.PyQt.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from ..core.events.routes import parse_time
from ..qgis import playback
from ..qgis.i18n import tr
from ..qgis.styles import EVENT_SYMBOLS, map_language

EVENT_COLOURS = {kind: colour for types, _, _, colour in EVENT_SYMBOLS for kind in types.split()}
MARGIN = 24  # pixels left and right of the axis
CERTAINTY_ALPHA = {"confirmed": 230, "claimed": 140, "rumoured": 90, "intended": 70}


@dataclass(frozen=True)
class Mark:
    when: datetime
    until: Optional[datetime]
    kind: str  # event | advance
    label: str
    colour: str
    lon: Optional[float] = None
    lat: Optional[float] = None
    key: str = ""


def day_text(moment: Optional[datetime]) -> str:
    """ "26 October 2017" / "26. Oktober 2017" in the interface's language."""
    if moment is None:
        return ""
    locale = QLocale(QLocale.Language.German) if map_language() == "de" else QLocale(QLocale.Language.English)
    return locale.toString(QDate(moment.year, moment.month, moment.day), tr("d MMMM yyyy"))


def marks_of(record: Optional[dict]) -> List[Mark]:
    """The events (dated, on the map, not rejected) and advances of a corrected record. Plain
    Python: a task computes them for a large analysis, off QGIS's main thread."""
    from ..core.corrections.model import item_key

    marks: List[Mark] = []
    for article in (record or {}).get("articles") or []:
        places = article.get("places") or []
        for event in article.get("events") or []:
            if (
                not isinstance(event, dict)
                or event.get("rejected")
                or event.get("past")
                or event.get("negated")
            ):
                continue
            when = parse_time(event.get("t_start"))
            if when is None:
                continue
            index = event.get("place")
            place = places[index] if isinstance(index, int) and 0 <= index < len(places) else {}
            location = event.get("location") or place
            name = place.get("name") or place.get("text") or ""
            marks.append(
                Mark(
                    when,
                    None,
                    "event",
                    f"{event.get('type')} {name}".strip(),
                    EVENT_COLOURS.get(str(event.get("type")), "#757575"),
                    location.get("lon"),
                    location.get("lat"),
                    item_key("event", event, article),
                )
            )
    for advance in (record or {}).get("advances") or []:
        if not isinstance(advance, dict) or advance.get("rejected"):
            continue
        start, end = parse_time(advance.get("t_start")), parse_time(advance.get("t_end"))
        if start is None:
            continue
        route = [w for w in advance.get("route") or [] if isinstance(w, dict)]
        label = " → ".join(str(w.get("name") or "?") for w in route)
        alpha = CERTAINTY_ALPHA.get(str(advance.get("certainty")), 120)
        colour = f"#{alpha:02x}" + ("607d8b" if advance.get("movement") == "withdrawal" else "c62828")
        last = route[-1] if route else {}
        marks.append(
            Mark(
                start,
                end or start,
                "advance",
                label,
                colour,
                last.get("lon"),
                last.get("lat"),
            )
        )
    return marks


class TimelineWidget(QWidget):
    """The axis; emits the mark clicked, or the day clicked on empty ground."""

    mark_clicked = pyqtSignal(object)
    day_clicked = pyqtSignal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("FrontlineTimeline")
        self.setMouseTracking(True)
        self.setMinimumHeight(90)
        self.setMaximumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.marks: List[Mark] = []
        self.start: Optional[datetime] = None
        self.end: Optional[datetime] = None
        self.frame: Optional[tuple] = None  # (begin, end) of the frame shown
        self._hits: List[tuple] = []
        self._cache_key: Optional[tuple] = None
        self._cache: list = []
        self._events: List[tuple] = []

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(600, 100)

    def set_data(self, marks: List[Mark], start: Optional[datetime], end: Optional[datetime]) -> None:
        self.marks = sorted(marks, key=lambda m: (m.kind != "event", m.when))
        self.start, self.end = start, end
        span = (
            (end - start).total_seconds() if start is not None and end is not None and end > start else None
        )
        # where each event sits on the axis, 0 to 1, once per data (the middle of its day)
        self._events = [
            ((m.when + timedelta(hours=12) - start).total_seconds() / span, m)
            for m in self.marks
            if m.kind == "event" and span
        ]
        self.update()

    def set_frame(self, begin: Optional[datetime], end: Optional[datetime]) -> None:
        self.frame = (begin, end) if begin is not None and end is not None else None
        self.update()

    def x_of(self, moment: datetime) -> float:
        if self.start is None or self.end is None or self.end <= self.start:
            return 0.0
        share = (moment - self.start) / (self.end - self.start)
        return MARGIN + share * (self.width() - 2 * MARGIN)

    def day_at(self, x: float) -> Optional[datetime]:
        if self.start is None or self.end is None:
            return None
        share = min(1.0, max(0.0, (x - MARGIN) / max(1.0, self.width() - 2 * MARGIN)))
        moment = self.start + (self.end - self.start) * share
        return moment.replace(hour=0, minute=0, second=0, microsecond=0)

    def _layout(self) -> list:
        """Where each mark goes, for this size: advances as bars in lanes, events as dots stacked
        per day (three at most, then "+n"). Computed once per size and data, not per frame: a
        thousand articles give thousands of events, and the frame band moves twice a second."""
        key = (self.width(), self.height(), id(self.marks))
        if self._cache_key == key:
            return self._cache
        axis_y = self.height() - 22
        items: list = []
        lane_height, lanes_end = 8, []
        for mark in (m for m in self.marks if m.kind == "advance"):
            x0, x1 = self.x_of(mark.when), self.x_of(mark.until or mark.when)
            lane = next((i for i, end in enumerate(lanes_end) if end < x0 - 2), len(lanes_end))
            if lane == len(lanes_end):
                lanes_end.append(x1)
            lanes_end[lane] = x1
            y = axis_y - 38 - lane * (lane_height + 2)
            if y < 2:
                continue
            items.append(("bar", QRectF(x0, y, max(3.0, x1 - x0), lane_height), mark))
        stacks: dict = {}
        width = self.width() - 2 * MARGIN
        for share, mark in self._events:
            x = MARGIN + share * width
            stacks.setdefault(int(x // 8), []).append((x, mark))
        for column in stacks.values():
            for level, (x, mark) in enumerate(column[:3]):
                y = axis_y - 7 - level * 9
                items.append(("dot", QRectF(x - 4, y - 4, 8, 8), mark))
            if len(column) > 3:
                items.append(("more", QRectF(column[0][0] - 10, axis_y - 38, 20, 10), len(column) - 3))
        self._cache_key, self._cache = key, items
        return items

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#fafafa"))
        if self.start is None or self.end is None:
            self._hits = []
            painter.setPen(QColor("#757575"))
            painter.drawText(
                self.rect(), int(Qt.AlignmentFlag.AlignCenter), tr("Run an extraction to see its events here")
            )
            return
        axis_y = self.height() - 22
        if self.frame is not None:
            left, right = self.x_of(self.frame[0]), self.x_of(self.frame[1])
            painter.fillRect(QRectF(left, 0, max(2.0, right - left), axis_y), QColor(255, 193, 7, 90))
            painter.setPen(QPen(QColor("#ff8f00"), 2))
            painter.drawLine(QPointF(right, 0), QPointF(right, axis_y))
        painter.setPen(QPen(QColor("#424242"), 1))
        painter.drawLine(QPointF(self.x_of(self.start), axis_y), QPointF(self.x_of(self.end), axis_y))
        self._ticks(painter, axis_y)
        items = self._layout()
        self._hits = [(rect, mark) for kind, rect, mark in items if kind != "more"]
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, small.pointSizeF() - 2))
        for kind, rect, mark in items:
            if kind == "bar":
                painter.fillRect(rect, QColor(mark.colour))
            elif kind == "dot":
                painter.setPen(QPen(QColor("white"), 1))
                painter.setBrush(QColor(mark.colour))
                painter.drawEllipse(rect)
            else:
                painter.setPen(QColor("#616161"))
                painter.setFont(small)
                painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), f"+{mark}")
        painter.end()

    def _ticks(self, painter: QPainter, axis_y: int) -> None:
        days = max(1, (self.end - self.start).days)
        step = next(
            (s for s in (1, 2, 7, 14, 30, 61, 91, 182, 365) if days / s <= max(4, self.width() / 90)), 365
        )
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        painter.setFont(font)
        moment = self.start
        while moment <= self.end:
            x = self.x_of(moment)
            painter.setPen(QPen(QColor("#9e9e9e"), 1))
            painter.drawLine(QPointF(x, axis_y), QPointF(x, axis_y + 4))
            painter.setPen(QColor("#616161"))
            painter.drawText(
                QPointF(x - 18, axis_y + 16), QDate(moment.year, moment.month, moment.day).toString("dd.MM.")
            )
            moment += timedelta(days=step)

    def mark_at(self, x: float, y: float) -> Optional[Mark]:
        for rect, mark in reversed(self._hits):
            if rect.adjusted(-2, -2, 2, 2).contains(QPointF(x, y)):
                return mark
        return None

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt API
        position = event.pos()
        mark = self.mark_at(position.x(), position.y())
        self.setToolTip(
            f"{day_text(mark.when)}: {mark.label}" if mark else day_text(self.day_at(position.x()))
        )

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.button() != Qt.MouseButton.LeftButton:
            return
        position = event.pos()
        mark = self.mark_at(position.x(), position.y())
        if mark is not None:
            self.mark_clicked.emit(mark)
        else:
            day = self.day_at(position.x())
            if day is not None:
                self.day_clicked.emit(day)


class TimelineDock(QgsDockWidget):
    """The timeline with its buttons, kept in step with the canvas's temporal controller."""

    def __init__(self, iface, step_event: Callable[[bool], None], parent=None) -> None:
        super().__init__(tr("Frontline timeline"), parent or iface.mainWindow())
        self.setObjectName("FrontlineTimelineDock")
        self.iface = iface
        self.step_event = step_event
        self.timeline = TimelineWidget()
        self.timeline.mark_clicked.connect(self.go_to_mark)
        self.timeline.day_clicked.connect(self.go_to_day)
        self.date = QLabel()
        self.date.setObjectName("FrontlineTimelineDate")
        font = QFont(self.date.font())
        font.setPointSizeF(font.pointSizeF() + 4)
        font.setBold(True)
        self.date.setFont(font)
        self.previous_button = self._button(
            "/temporal_navigation/back.svg", tr("Previous event (PageUp)"), lambda: step_event(False)
        )
        self.play_button = self._button(
            "/temporal_navigation/forward.svg", tr("Play / pause"), self.toggle_play
        )
        self.play_button.setObjectName("FrontlineTimelinePlay")
        self.next_button = self._button(
            "/temporal_navigation/skipToEnd.svg", tr("Next event (PageDown)"), lambda: step_event(True)
        )
        row = QHBoxLayout()
        row.addWidget(self.previous_button)
        row.addWidget(self.play_button)
        row.addWidget(self.next_button)
        row.addSpacing(12)
        row.addWidget(self.date)
        row.addStretch(1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addLayout(row)
        layout.addWidget(self.timeline, 1)
        layout.addStretch(0)
        body.setMaximumHeight(200)
        self.setWidget(body)
        self.nav = None
        self.connect_controller()
        self.update_frame()

    def _button(self, icon: str, tip: str, slot) -> QToolButton:
        button = QToolButton()
        button.setIcon(QgsApplication.getThemeIcon(icon))
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def connect_controller(self) -> None:
        """Follow the canvas's temporal controller (Frontline installs one where there is none)."""
        nav = playback.controller(self.iface.mapCanvas())
        if nav is self.nav:
            return
        if self.nav is not None:
            with contextlib.suppress(TypeError, RuntimeError):
                self.nav.updateTemporalRange.disconnect(self.update_frame)
        self.nav = nav
        nav.updateTemporalRange.connect(self.update_frame)

    def set_record(self, record: Optional[dict], marks: Optional[List[Mark]] = None) -> None:
        """Show a (corrected) record's marks; `marks` when a task computed them already."""
        self.connect_controller()
        extent = self.nav.temporalExtents()
        start = _py(extent.begin()) if extent.begin().isValid() else None
        end = _py(extent.end()) if extent.end().isValid() else None
        self.timeline.set_data(marks if marks is not None else marks_of(record), start, end)
        self.update_frame()

    def update_frame(self, *_args) -> None:
        if self.nav is None:
            return
        number = self.nav.currentFrameNumber()
        frame = self.nav.dateTimeRangeForFrameNumber(number) if self.nav.totalFrameCount() else None
        if frame is None or not frame.begin().isValid():
            self.date.setText(tr("no time set"))
            self.timeline.set_frame(None, None)
            return
        begin, end = _py(frame.begin()), _py(frame.end())
        self.date.setText(day_text(begin + timedelta(hours=12)))
        self.timeline.set_frame(begin, end)
        playing = self.nav.animationState() != playback.ANIMATION_IDLE
        self.play_button.setIcon(
            QgsApplication.getThemeIcon(
                "/temporal_navigation/pause.svg" if playing else "/temporal_navigation/forward.svg"
            )
        )

    def toggle_play(self) -> None:
        self.connect_controller()
        if self.nav.animationState() != playback.ANIMATION_IDLE:
            self.nav.pause()
        else:
            if self.nav.currentFrameNumber() >= self.nav.totalFrameCount() - 1:
                self.nav.setCurrentFrameNumber(0)
            self.nav.playForward()
        self.update_frame()

    def go_to_day(self, day: datetime) -> None:
        playback.go_to(self.iface.mapCanvas(), day)

    def go_to_mark(self, mark: Mark) -> None:
        """The map at the mark's day (an advance: the day it ended) and centred on its place."""
        playback.go_to(
            self.iface.mapCanvas(), mark.until if mark.kind == "advance" and mark.until else mark.when
        )
        if mark.lon is None or mark.lat is None:
            return
        canvas = self.iface.mapCanvas()
        transform = QgsCoordinateTransform(
            QgsCoordinateReferenceSystem("EPSG:4326"),
            canvas.mapSettings().destinationCrs(),
            QgsProject.instance(),
        )
        canvas.setCenter(transform.transform(QgsPointXY(float(mark.lon), float(mark.lat))))
        canvas.refresh()


def _py(value) -> datetime:
    return value.toPyDateTime().replace(tzinfo=None)
