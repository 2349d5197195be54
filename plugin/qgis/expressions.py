"""The QGIS expressions the styles draw with: the map's clock read as wall-clock time (the same
whatever the machine's time zone), an advance growing along its route with time, what is recent,
and the date stamp's text in the interface's language."""

from __future__ import annotations

from .i18n import tr, user_language

RECENT_DAYS = 2

# Wall-clock milliseconds of a datetime: the same number whatever the machine's time zone, so
# growth and "recent" do not shift by an hour across a daylight-saving change.
WALL_END = "epoch(to_datetime(format_date(@map_end_time, 'yyyy-MM-dd HH:mm:ss') || 'Z'))"


def wall(expression: str) -> str:
    return f"epoch(to_datetime(format_date({expression}, 'yyyy-MM-dd HH:mm:ss') || 'Z'))"


# The frame's end as the vertex times are written (ISO, wall clock): ISO strings compare like times.
ISO_END = "format_date(@map_end_time, 'yyyy-MM-dd') || 'T' || format_date(@map_end_time, 'HH:mm:ss')"

# The reached part of the route at the frame's end: line_substring up to the distance between the
# last vertex passed (k) and the next, interpolated by time; the timed vertices are the first
# "reached_vertex" + 1. Vertices are counted by comparing strings; only the two around the tip are
# parsed as times, and only for advances in motion at that time (between "grow_from" and
# "grow_until"), which keeps thousands of arrows cheap. Without a map time (temporal navigation
# off, a static map) the whole reached route is drawn: the situation at the end.
# Arrows standing still (most of them in any frame) take the first three branches, without
# with_variable: their frame time depends on map variables alone, which a headless frame
# (render.map_settings) tags static, so QGIS computes it once per layer, not per feature.
# Functions are nested as little as possible: QGIS 3.22 copies a function's arguments as it builds
# it, so parsing and cloning (every render clones the renderer) double in time with each level of
# nesting (eight nested with_variable took 7 ms per rule and frame).
REACHED_AT = 'line_locate_point($geometry, point_n($geometry, "reached_vertex" + 1))'
REACHED = f"line_substring($geometry, 0, {REACHED_AT})"


def _vertex_time(index: str) -> str:
    """Wall-clock milliseconds of the vertex time at 0-based `index` in "vertex_times"."""
    return f"epoch(to_datetime(string_to_array(\"vertex_times\", ';')[{index}] || 'Z'))"


GROW_EXPRESSION = f"""CASE
  WHEN "reached_vertex" < 1 THEN NULL
  WHEN @map_end_time IS NULL OR ({ISO_END}) >= "grow_until" THEN {REACHED}
  WHEN ({ISO_END}) < "grow_from" THEN NULL
  ELSE with_variable('k', array_length(array_filter(string_to_array(coalesce("vertex_times", ''), ';'),
                                                    @element <> '' AND @element <= ({ISO_END}))),
    CASE
      WHEN @k IS NULL OR @k = 0 THEN NULL
      WHEN @k > "reached_vertex" THEN {REACHED}
      ELSE line_substring($geometry, 0,
        line_locate_point($geometry, point_n($geometry, @k))
        + distance(point_n($geometry, @k), point_n($geometry, @k + 1))
          * ({WALL_END} - {_vertex_time("@k - 1")}) / ({_vertex_time("@k")} - {_vertex_time("@k - 1")}))
    END)
END"""

# The rest of the route, from the last reached waypoint to the objective not yet taken: cut where
# the reached part ends, as the arrow is (a line of the remaining vertices built with
# array_foreach costs three times as much per feature).
OBJECTIVE_EXPRESSION = f"""CASE WHEN "unreached" AND "reached_vertex" >= 0
  AND "reached_vertex" + 1 < num_points($geometry)
THEN line_substring($geometry, {REACHED_AT}, length($geometry))
END"""

# Days since 1970 of the frame's end on the wall clock; events carry theirs in "t_start_day"
# (layerplan), so the age is a subtraction, not a date parsed per feature and frame.
WALL_END_DAYS = f"({WALL_END} / 86400000.0)"
# 0 <= age < RECENT_DAYS in one test and without with_variable; IS, not =, so that an event without
# a day (or a map without a time) gives false: a NULL would switch a data-defined layer *on*.
RECENT = f'floor(({WALL_END_DAYS} - "t_start_day") / {RECENT_DAYS}) IS 0'


def date_format() -> str:
    """The map's date format in the interface's language: "26 October 2017", "26. Oktober 2017"."""
    return tr("d MMMM yyyy")


def map_language() -> str:
    """The language of month names on the map: the interface's when Frontline speaks it."""
    return "de" if user_language() == "de" else "en"


def stamp_expression(time: str = "@map_start_time", fmt: str = "", language: str = "") -> str:
    """The day a frame shows, as text. The frame's start plus half a day: a start that a time zone
    or a daylight-saving change moved to 23:00 the evening before (a frame stepped in seconds
    across 29 October 2017 in Berlin starts at 2017-10-29 23:00) still reads as its own day."""
    fmt = fmt or date_format()
    language = language or map_language()
    return f"coalesce(format_date({time} + make_interval(hours:=12), '{fmt}', '{language}'), '')"
