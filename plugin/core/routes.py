"""Advance routes on the ellipsoid: densified geodesic geometry, a time per vertex, and how much of
the route was reached at a given moment.

The per-vertex times drive the growing arrows on the map (a geometry generator cuts the line at
the current frame's time), so they are interpolated by distance between the timed waypoints.
Times are wall-clock (naive) datetimes in the theatre's local time; no time zone is ever applied.
"""

from __future__ import annotations

import logging
import math
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import List, Mapping, Optional, Sequence, Tuple

from pyproj import Geod

LOG = logging.getLogger(__name__)

GEOD = Geod(ellps="WGS84")
DEFAULT_STEP_KM = 5.0
MAX_POINTS_PER_LEG = 200
SAME_POINT_KM = 0.001
TIME_FORMAT = "%Y-%m-%dT%H:%M:%S"

# What `Route.problem` says when a route cannot be drawn as a line.
NO_PLACED_WAYPOINTS = "no waypoint has coordinates"
SINGLE_POINT = "single-point route"
ZERO_LENGTH = "zero-length route"


def parse_time(value) -> Optional[datetime]:
    """A naive datetime from an ISO 8601 date, date-time or month ("2017-11"); None if unreadable.

    An explicit offset is converted to UTC and dropped, so every time is on one wall clock.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    else:
        text = str(value).strip()
        if not text:
            return None
        if text.endswith(("Z", "z")):
            text = text[:-1] + "+00:00"
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            try:
                moment = datetime.strptime(text[:7], "%Y-%m") if len(text) == 7 else None
            except ValueError:
                moment = None
            if moment is None:
                return None
    if moment.tzinfo is not None:
        moment = (moment - moment.utcoffset()).replace(tzinfo=None)
    return moment


def format_time(moment: Optional[datetime]) -> Optional[str]:
    return None if moment is None else moment.strftime(TIME_FORMAT)


@dataclass(frozen=True)
class Route:
    """A route's line through its placed waypoints; times are ISO strings or None (not dated/reached)."""

    coords: List[Tuple[float, float]]  # (lon, lat), densified
    vertex_km: List[float]  # geodesic distance from the start, per vertex
    vertex_times: List[Optional[str]]  # per vertex; None beyond the reached part or when undated
    waypoint_vertices: List[int]  # vertex index of each placed waypoint, in route order
    reached_vertex: int  # last vertex of the reached part (-1: nothing reached)
    skipped: List[str] = field(default_factory=list)  # names of waypoints without coordinates
    problem: Optional[str] = None  # why the route is not a drawable line, or None
    warnings: List[str] = field(default_factory=list)

    @property
    def length_km(self) -> float:
        return self.vertex_km[-1] if self.vertex_km else 0.0

    @property
    def reached_km(self) -> float:
        return self.vertex_km[self.reached_vertex] if self.reached_vertex >= 0 else 0.0

    @property
    def is_line(self) -> bool:
        return self.problem is None

    @property
    def dated(self) -> bool:
        return any(t is not None for t in self.vertex_times)

    def wkt(self) -> Optional[str]:
        """LINESTRING for a drawable route, POINT for a single place, None when nothing is placed."""
        if not self.coords:
            return None
        if self.problem is not None:
            lon, lat = self.coords[0]
            return f"POINT ({lon:.6f} {lat:.6f})"
        return "LINESTRING (" + ", ".join(f"{lon:.6f} {lat:.6f}" for lon, lat in self.coords) + ")"

    def km_at(self, when) -> float:
        """Distance along the route reached at `when` (0 before the first time, reached_km after the last)."""
        moment = parse_time(when)
        timed = [(km, parse_time(t)) for km, t in zip(self.vertex_km, self.vertex_times) if t is not None]
        if moment is None or not timed:
            return 0.0
        times = [t for _, t in timed]
        if moment < times[0]:
            return 0.0
        k = bisect_right(times, moment)
        if k >= len(timed):
            return timed[-1][0]
        (km0, t0), (km1, t1) = timed[k - 1], timed[k]
        span = (t1 - t0).total_seconds()
        share = 1.0 if span <= 0 else (moment - t0).total_seconds() / span
        return km0 + share * (km1 - km0)

    def fraction_reached(self, when) -> float:
        """Share of the whole route's length (0..1) reached at `when`."""
        if self.length_km <= 0:
            return 1.0 if self._after_first(when) else 0.0
        return min(1.0, self.km_at(when) / self.length_km)

    def _after_first(self, when) -> bool:
        moment = parse_time(when)
        first = next((parse_time(t) for t in self.vertex_times if t is not None), None)
        return moment is not None and first is not None and moment >= first


def _placed(point: Mapping) -> Optional[Tuple[float, float]]:
    try:
        lat, lon = float(point.get("lat")), float(point.get("lon"))
    except (TypeError, ValueError):
        return None
    if not (math.isfinite(lat) and math.isfinite(lon)) or abs(lat) > 90 or abs(lon) > 180:
        return None
    return lon, lat


def build_route(
    waypoints: Sequence[Mapping],
    *,
    t_start=None,
    t_end=None,
    step_km: float = DEFAULT_STEP_KM,
) -> Route:
    """The geodesic line through the waypoints, densified every `step_km`, with per-vertex times.

    Waypoints without coordinates are skipped (named in `skipped`). A waypoint with
    `reached: false` and every one after it lie beyond the reached part, whose vertices get no
    time. An untimed first waypoint takes `t_start`, an untimed last reached one `t_end`.
    """
    skipped = [str(w.get("name") or w.get("id") or "?") for w in waypoints if _placed(w) is None]
    placed = [(w, _placed(w)) for w in waypoints if _placed(w) is not None]
    warnings: List[str] = []
    # consecutive repeats of one place add nothing to a line
    unique: List[Tuple[Mapping, Tuple[float, float]]] = []
    for w, point in placed:
        if unique and _distance_km(unique[-1][1], point) < SAME_POINT_KM:
            previous, _ = unique[-1]
            if previous.get("time") is None and w.get("time") is not None:
                unique[-1] = (w, point)
            continue
        unique.append((w, point))

    reached_count = 0
    for w, _ in unique:
        if w.get("reached") is False:
            break
        reached_count += 1

    if not unique:
        return Route([], [], [], [], -1, skipped, NO_PLACED_WAYPOINTS, warnings)

    coords: List[Tuple[float, float]] = [unique[0][1]]
    vertex_km = [0.0]
    waypoint_vertices = [0]
    for (_, a), (_, b) in zip(unique, unique[1:]):
        leg = _distance_km(a, b)
        n = min(MAX_POINTS_PER_LEG, max(0, math.ceil(leg / step_km) - 1)) if step_km > 0 else 0
        inner = GEOD.npts(a[0], a[1], b[0], b[1], n) if n else []
        for point in [*inner, b]:
            vertex_km.append(vertex_km[-1] + _distance_km(coords[-1], point))
            coords.append((float(point[0]), float(point[1])))
        waypoint_vertices.append(len(coords) - 1)

    reached_vertex = waypoint_vertices[reached_count - 1] if reached_count else -1
    anchors: List[Tuple[float, datetime]] = []
    for i, (w, _) in enumerate(unique[:reached_count]):
        moment = parse_time(w.get("time"))
        if moment is None and i == 0:
            moment = parse_time(t_start)
        if moment is None and i == reached_count - 1 and i > 0:
            moment = parse_time(t_end)
        if moment is not None:
            if anchors and moment < anchors[-1][1]:
                warnings.append(f"waypoint {w.get('name')!r} is dated before the one preceding it")
                moment = anchors[-1][1]
            anchors.append((vertex_km[waypoint_vertices[i]], moment))

    vertex_times: List[Optional[str]] = [None] * len(coords)
    for v in range(reached_vertex + 1):
        vertex_times[v] = format_time(_interpolate(anchors, vertex_km[v]))

    problem = None
    if len(unique) == 1:
        problem = SINGLE_POINT if len(placed) == 1 else ZERO_LENGTH
    return Route(
        coords, vertex_km, vertex_times, waypoint_vertices, reached_vertex, skipped, problem, warnings
    )


def _distance_km(a: Tuple[float, float], b: Tuple[float, float]) -> float:
    return GEOD.inv(a[0], a[1], b[0], b[1])[2] / 1000.0


def _interpolate(anchors: Sequence[Tuple[float, datetime]], km: float) -> Optional[datetime]:
    """Time at distance `km`: linear between anchors, held constant before the first and after the last."""
    if not anchors:
        return None
    if km <= anchors[0][0]:
        return anchors[0][1]
    for (km0, t0), (km1, t1) in zip(anchors, anchors[1:]):
        if km <= km1:
            share = 0.0 if km1 <= km0 else (km - km0) / (km1 - km0)
            return _round_second(t0 + (t1 - t0) * share)
    return anchors[-1][1]


def _round_second(moment: datetime) -> datetime:
    return (moment + timedelta(microseconds=500_000)).replace(microsecond=0)
