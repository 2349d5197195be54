"""The date stamp reads the day of the frame the temporal controller shows, in every time zone, also
across a daylight-saving change, and in German as "26. Oktober 2017"."""

from __future__ import annotations

import pytest
from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextScope
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime

from frontline.plugin.qgis.styles import stamp_expression


def stamp(start: QDateTime, fmt: str = "d MMMM yyyy", language: str = "en") -> str:
    scope = QgsExpressionContextScope()
    scope.setVariable("map_start_time", start)
    context = QgsExpressionContext()
    context.appendScope(scope)
    return QgsExpression(stamp_expression(fmt=fmt, language=language)).evaluate(context)


@pytest.mark.parametrize(
    "start",
    [
        QDateTime(QDate(2017, 10, 30), QTime(0, 0)),  # the frame as the plugin sets it
        # a frame stepped in seconds across 29 October 2017 in Berlin starts the evening before
        QDateTime(QDate(2017, 10, 29), QTime(23, 0)),
        # the desktop's controller holds UTC: in New York that is the evening before
        QDateTime(QDate(2017, 10, 30), QTime(0, 0), Qt.TimeSpec.UTC),
    ],
    ids=["local", "after-dst-change", "utc"],
)
def test_the_stamp_shows_the_frame_s_day(start):
    assert stamp(start) == "30 October 2017"


def test_the_stamp_in_german_has_the_day_s_full_stop():
    assert stamp(QDateTime(QDate(2017, 10, 26), QTime(0, 0)), "d. MMMM yyyy", "de") == "26. Oktober 2017"
