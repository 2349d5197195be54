"""Temporal playback in QGIS: per-layer temporal properties, the project's time settings, and the
canvas's temporal controller (ours when the canvas has none), with next/previous event stepping.

Times are naive QDateTimes (local time spec) built from the wall-clock ISO strings of the record,
so the filters select the same features whatever the machine's time zone.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Optional

from qgis.core import (
    Qgis,
    QgsDateTimeRange,
    QgsInterval,
    QgsProject,
    QgsTemporalNavigationObject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime

from ..core.plan.frames import FramePlan, KeyDate
from .compat import NAVIGATION_ANIMATED, TEMPORAL_DAYS

LOG = logging.getLogger(__name__)

INCLUDE_BEGIN_EXCLUDE_END = Qgis.VectorTemporalLimitMode.IncludeBeginExcludeEnd  # new in 3.22

# layer name -> (mode, start field, end field, accumulate)
LAYER_TEMPORAL = {
    "events": (Qgis.VectorTemporalMode.FeatureDateTimeInstantFromField, "t_start", "", True),
    "places": (
        Qgis.VectorTemporalMode.FeatureDateTimeStartAndEndFromFields,
        "first_seen",
        "last_seen",
        False,
    ),
    "advances": (
        Qgis.VectorTemporalMode.FeatureDateTimeStartAndEndFromFields,
        "t_start",
        "shown_until",
        False,
    ),
    "control": (
        Qgis.VectorTemporalMode.FeatureDateTimeStartAndEndFromFields,
        "valid_from",
        "valid_to",
        False,
    ),
    "fronts": (
        Qgis.VectorTemporalMode.FeatureDateTimeStartAndEndFromFields,
        "valid_from",
        "valid_to",
        False,
    ),
}


def qdatetime(moment: datetime) -> QDateTime:
    """A local-spec QDateTime with the same wall-clock fields (never shifted by a time zone)."""
    return QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute, moment.second)
    )


def frame_range(begin: datetime, end: datetime) -> QgsDateTimeRange:
    """[begin, end): the way the temporal controller and layouts filter a frame."""
    return QgsDateTimeRange(qdatetime(begin), qdatetime(end), True, False)


def configure_layer(layer: QgsVectorLayer, name: str) -> bool:
    """Set the temporal properties our layer `name` needs; False for layers that are not temporal."""
    spec = LAYER_TEMPORAL.get(name)
    props = layer.temporalProperties()
    if spec is None:
        props.setIsActive(False)
        return False
    mode, start, end, accumulate = spec
    props.setIsActive(True)
    props.setMode(mode)
    props.setStartField(start)
    if end:
        props.setEndField(end)
    props.setAccumulateFeatures(accumulate)
    props.setLimitMode(INCLUDE_BEGIN_EXCLUDE_END)  # an end instant is exclusive: snapshots never overlap
    return True


def configure_project(project: QgsProject, plan: FramePlan) -> None:
    """The project's own time settings: what the Temporal Controller dock reads when it opens."""
    settings = project.timeSettings()
    settings.setTemporalRange(frame_range(plan.start, plan.end))
    settings.setTimeStep(plan.step_days)
    settings.setTimeStepUnit(TEMPORAL_DAYS)
    settings.setFramesPerSecond(plan.fps)
    settings.setIsTemporalRangeCumulative(False)


def navigation_for(canvas, plan: FramePlan) -> QgsTemporalNavigationObject:
    """The canvas's temporal controller set up for `plan`; installs our own where the canvas has none."""
    nav = canvas.temporalController() if canvas is not None else None
    if not isinstance(nav, QgsTemporalNavigationObject):
        nav = QgsTemporalNavigationObject(canvas)
        if canvas is not None:
            canvas.setTemporalController(nav)
    setup_navigation(nav, plan)
    return nav


def setup_navigation(nav: QgsTemporalNavigationObject, plan: FramePlan) -> None:
    nav.setNavigationMode(NAVIGATION_ANIMATED)
    nav.setTemporalExtents(frame_range(plan.start, plan.end))
    nav.setFrameDuration(QgsInterval(plan.step_days, TEMPORAL_DAYS))
    nav.setTemporalRangeCumulative(False)
    nav.setFramesPerSecond(plan.fps)
    nav.setLooping(False)


def current_start(nav: QgsTemporalNavigationObject) -> datetime:
    begin = nav.dateTimeRangeForFrameNumber(nav.currentFrameNumber()).begin()
    return begin.toPyDateTime().replace(tzinfo=None)


def go_to(nav: QgsTemporalNavigationObject, plan: FramePlan, when) -> int:
    """Show the frame holding `when`; returns its number."""
    frame = plan.frame_of(when)
    nav.setCurrentFrameNumber(frame)
    return frame


def step_event(nav: QgsTemporalNavigationObject, plan: FramePlan, forward: bool = True) -> Optional[KeyDate]:
    """Jump to the next (or previous) frame where something happens, skipping empty days."""
    now = current_start(nav)
    key = plan.next_key(now) if forward else plan.previous_key(now)
    if key is not None:
        go_to(nav, plan, key.when)
    return key
