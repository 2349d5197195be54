"""Step the map's temporal controller from one dated event to the next, from the GUI.

The key frames are those the build marked in the project's `frames` table (`key` = something
happens that day), so stepping works on any Frontline project, also one built elsewhere.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Optional

from qgis.core import QgsInterval, QgsProject, QgsTemporalNavigationObject, QgsVectorLayer

from .compat import ANIMATION_IDLE, NAVIGATION_ANIMATED

__all__ = ["ANIMATION_IDLE", "controller", "go_to", "key_starts", "step"]

FRAMES_FIELDS = ("frame_start", "key")


def key_starts(project: QgsProject) -> list[datetime]:
    """Starts of the key frames of every Frontline frames table in the project, in order."""
    starts = set()
    for layer in project.mapLayers().values():
        if not isinstance(layer, QgsVectorLayer) or any(layer.fields().indexOf(f) < 0 for f in FRAMES_FIELDS):
            continue
        for feature in layer.getFeatures():
            value = feature["frame_start"]
            if feature["key"] and value:
                moment = (
                    value.toPyDateTime()
                    if hasattr(value, "toPyDateTime")
                    else datetime.fromisoformat(str(value))
                )
                starts.add(moment.replace(tzinfo=None))
    return sorted(starts)


def controller(canvas) -> QgsTemporalNavigationObject:
    """The canvas's temporal controller, animated; one of our own where the canvas has none."""
    nav = canvas.temporalController()
    if not isinstance(nav, QgsTemporalNavigationObject):
        nav = QgsTemporalNavigationObject(canvas)
        canvas.setTemporalController(nav)
    if nav.navigationMode() != NAVIGATION_ANIMATED:
        nav.setNavigationMode(NAVIGATION_ANIMATED)
    return nav


def step(canvas, project: QgsProject, forward: bool = True) -> Optional[datetime]:
    """Show the next (or previous) key frame; returns its start, or None when there is none."""
    nav = controller(canvas)
    settings = project.timeSettings()
    if not nav.temporalExtents().begin().isValid() and settings.temporalRange().begin().isValid():
        nav.setTemporalExtents(settings.temporalRange())
        nav.setFrameDuration(QgsInterval(settings.timeStep(), settings.timeStepUnit()))
    frames = nav.totalFrameCount()
    begins = [
        nav.dateTimeRangeForFrameNumber(i).begin().toPyDateTime().replace(tzinfo=None) for i in range(frames)
    ]
    if not begins:
        return None
    now = begins[min(max(nav.currentFrameNumber(), 0), len(begins) - 1)]
    keys = key_starts(project)
    wanted = [k for k in keys if k > now] if forward else [k for k in reversed(keys) if k < now]
    for key in wanted:
        if key in begins:
            nav.setCurrentFrameNumber(begins.index(key))
            return key
    return None


def go_to(canvas, when: datetime) -> Optional[int]:
    """Show the frame that holds the day of `when` (its middle, so a frame a time zone moved to
    the evening before still counts as its day); returns the frame number, or None outside."""
    nav = controller(canvas)
    target = when.replace(tzinfo=None) + timedelta(hours=12)
    for number in range(nav.totalFrameCount()):
        frame = nav.dateTimeRangeForFrameNumber(number)
        begin = frame.begin().toPyDateTime().replace(tzinfo=None)
        end = frame.end().toPyDateTime().replace(tzinfo=None)
        if begin <= target < end:
            nav.setCurrentFrameNumber(number)
            return number
    return None
