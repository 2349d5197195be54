"""Advance routes on the ellipsoid: densified geodesic geometry (or a path along the river the
advance follows), a time per vertex, and how much of the route was reached at a given moment.

The per-vertex times drive the growing arrows on the map (a geometry generator cuts the line at
the current frame's time), so they are interpolated by distance between the timed waypoints.
Times are wall-clock (naive) datetimes in the theatre's local time; no time zone is ever applied.
"""

from __future__ import annotations

import heapq
import logging
import math
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

from pyproj import Geod

LOG = logging.getLogger(__name__)

GEOD = Geod(ellps="WGS84")
DEFAULT_STEP_KM = 5.0
MAX_POINTS_PER_LEG = 200
SAME_POINT_KM = 0.001
TIME_FORMAT = "%Y-%m-%dT%H:%M:%S"
# A leg follows a guide line (a river) only when both its ends lie within FOLLOW_SNAP_KM of it and
# the path along it is at most FOLLOW_MAX_DETOUR times the straight distance.
FOLLOW_SNAP_KM = 12.0
FOLLOW_MAX_DETOUR = 2.5
JOIN_KM = 0.5  # line ends this close to another line's vertex are joined into one network

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
    followed_legs: List[bool] = field(default_factory=list)  # per leg: drawn along the guide line

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
    guide: Optional[LineNetwork] = None,
) -> Route:
    """The geodesic line through the waypoints, densified every `step_km`, with per-vertex times.

    With a `guide` (the river the advance follows), a leg whose ends both lie near it runs along
    it instead; other legs stay geodesic. Waypoints without coordinates are skipped (named in
    `skipped`). A waypoint with `reached: false` and every one after it lie beyond the reached
    part, whose vertices get no time. An untimed first waypoint takes `t_start`, an untimed last
    reached one `t_end`.
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
    followed: List[bool] = []
    for (_, a), (_, b) in zip(unique, unique[1:]):
        path = guide.path(a, b) if guide is not None else None
        followed.append(path is not None)
        corners = [p for p in (path or []) if _distance_km(p, a) >= SAME_POINT_KM]
        corners = [p for p in corners if _distance_km(p, b) >= SAME_POINT_KM] + [b]
        for corner in corners:
            if _distance_km(coords[-1], corner) < SAME_POINT_KM:
                continue
            for point in [*_densify(coords[-1], corner, step_km), corner]:
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
        coords,
        vertex_km,
        vertex_times,
        waypoint_vertices,
        reached_vertex,
        skipped,
        problem,
        warnings,
        followed,
    )


def _densify(a: Tuple[float, float], b: Tuple[float, float], step_km: float) -> list:
    """Points on the geodesic strictly between a and b, under `step_km` apart."""
    if step_km <= 0:
        return []
    n = min(MAX_POINTS_PER_LEG, max(0, math.ceil(_distance_km(a, b) / step_km) - 1))
    return GEOD.npts(a[0], a[1], b[0], b[1], n) if n else []


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


Polyline = Sequence[Tuple[float, float]]


# How a line an advance follows meets its line on the map. Articles go; a numbered road is its
# code, whichever way it is written ("A 1", "A-1", "Autobahn 1" → "a1"; "the M4 highway" → "m4";
# "Interstate 10" → "i10"); other names stay whole ("Highway 12" ≠ "Route 12" ≠ "Interstate 12").
# The articles and road classes are the toponym tables' (road_articles, road_classes).
_ROAD_CODE = re.compile(r"[a-z]{1,2}\d{1,4}[a-z]?")


@cache
def _road_words() -> tuple[frozenset, dict]:
    from ..language.lexicon import toponym_table

    articles: set = set()
    classes: dict = {}
    for lang in ("de", "en"):
        table = toponym_table(lang)
        articles |= {w.casefold() for w in table.get("road_articles", ())}
        classes.update({w.casefold(): code.casefold() for w, code in table.get("road_classes", {}).items()})
    return frozenset(articles), classes


def follow_key(name: str) -> str:
    """The key under which a river or road named in a text meets its line on the map."""
    articles, classes = _road_words()
    words = [w for w in name.casefold().replace("-", " ").split() if w not in articles]
    joined: list[str] = []
    for word in words:  # "a 1" → "a1", "autobahn 1" → "a1"
        previous = joined[-1] if joined else ""
        if word.isdigit() and (previous in classes or (previous.isalpha() and len(previous) <= 2)):
            joined[-1] = classes.get(previous, previous) + word
        else:
            joined.append(word)
    code = next((w for w in joined if _ROAD_CODE.fullmatch(w)), None)
    return code or " ".join(joined)


class LineNetwork:
    """Polylines (lon, lat) joined where they meet, for shortest paths along them: the river an
    advance follows. Distances are local planar approximations, good to a few metres per km."""

    def __init__(self, lines: Sequence[Polyline], join_km: float = JOIN_KM):
        self.nodes: List[Tuple[float, float]] = []
        self.edges: Dict[int, List[Tuple[int, float]]] = {}
        self.segments: List[Tuple[int, int]] = []
        index: Dict[Tuple[float, float], int] = {}
        ends: List[int] = []
        for line in lines:
            previous = None
            for lon, lat in line:
                key = (round(float(lon), 4), round(float(lat), 4))
                node = index.get(key)
                if node is None:
                    node = index[key] = len(self.nodes)
                    self.nodes.append((float(lon), float(lat)))
                if previous is not None and previous != node:
                    self._link(previous, node)
                previous = node
            if len(line) >= 2:
                ends += [index[(round(float(line[0][0]), 4), round(float(line[0][1]), 4))], previous]
        # ends of lines cut at a tile border, or touching another line, are joined to its nearest vertex
        for end in ends:
            linked = {end} | {n for n, _ in self.edges.get(end, [])}
            near = min(
                (n for n in range(len(self.nodes)) if n not in linked),
                key=lambda n: _flat_km(self.nodes[end], self.nodes[n]),
                default=None,
            )
            if near is not None and _flat_km(self.nodes[end], self.nodes[near]) <= join_km:
                self._link(end, near)

    def _link(self, a: int, b: int) -> None:
        km = _flat_km(self.nodes[a], self.nodes[b])
        self.edges.setdefault(a, []).append((b, km))
        self.edges.setdefault(b, []).append((a, km))
        self.segments.append((a, b))

    def snap(self, point: Tuple[float, float]) -> Optional[Tuple[float, int, float, Tuple[float, float]]]:
        """(distance km, segment, share along it, nearest point) of the line nearest `point`."""
        best = None
        for s, (a, b) in enumerate(self.segments):
            share, nearest = _nearest_on_segment(point, self.nodes[a], self.nodes[b])
            km = _flat_km(point, nearest)
            if best is None or km < best[0]:
                best = (km, s, share, nearest)
        return best

    def path(
        self,
        a: Tuple[float, float],
        b: Tuple[float, float],
        max_snap_km: float = FOLLOW_SNAP_KM,
        max_detour: float = FOLLOW_MAX_DETOUR,
    ) -> Optional[List[Tuple[float, float]]]:
        """The way along the lines from the point nearest `a` to the point nearest `b`; None when
        an end is farther than `max_snap_km` from them, they do not connect, or the way is a detour."""
        start, goal = self.snap(a), self.snap(b)
        if start is None or goal is None or max(start[0], goal[0]) > max_snap_km:
            return None
        source, target = len(self.nodes), len(self.nodes) + 1  # the two snapped points
        extra: Dict[int, List[Tuple[int, float]]] = {source: [], target: []}
        points = {source: start[3], target: goal[3]}
        for virtual, (_, s, _, nearest) in ((source, start), (target, goal)):
            for node in self.segments[s]:
                km = _flat_km(nearest, self.nodes[node])
                extra[virtual].append((node, km))
                extra.setdefault(node, []).append((virtual, km))
        if start[1] == goal[1]:
            km = _flat_km(start[3], goal[3])
            extra[source].append((target, km))
            extra[target].append((source, km))
        way = _dijkstra(source, target, lambda n: self.edges.get(n, []) + extra.get(n, []))
        if way is None:
            return None
        coords = _no_doubling_back(a, [points[n] if n in points else self.nodes[n] for n in way])
        coords = _no_doubling_back(b, coords[::-1])[::-1]
        along = sum(_flat_km(p, q) for p, q in zip(coords, coords[1:]))
        if along > max_detour * max(_flat_km(a, b), 1.0):
            return None
        return coords


def _no_doubling_back(origin, way: List[Tuple[float, float]]) -> List[Tuple[float, float]]:
    """Drop the first points of `way` while heading straight for the next one is clearly shorter
    (a town beside a bend joins the river on its way, not via its nearest bank point and back)."""
    while len(way) >= 2:
        via = _flat_km(origin, way[0]) + 0.5 * _flat_km(way[0], way[1])
        if _flat_km(origin, way[1]) >= via:
            break
        way = way[1:]
    return way


def _flat_km(p: Tuple[float, float], q: Tuple[float, float]) -> float:
    scale = math.cos(math.radians((p[1] + q[1]) / 2))
    return math.hypot((q[0] - p[0]) * scale * 111.32, (q[1] - p[1]) * 110.57)


def _nearest_on_segment(point, a, b) -> Tuple[float, Tuple[float, float]]:
    scale = math.cos(math.radians(point[1]))
    ax, ay, bx, by = a[0] * scale, a[1], b[0] * scale, b[1]
    px, py = point[0] * scale, point[1]
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    share = 0.0 if length == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length))
    return share, (a[0] + share * (b[0] - a[0]), a[1] + share * (b[1] - a[1]))


def _dijkstra(source: int, target: int, neighbours) -> Optional[List[int]]:
    best = {source: 0.0}
    came: Dict[int, int] = {}
    queue = [(0.0, source)]
    while queue:
        km, node = heapq.heappop(queue)
        if node == target:
            way = [node]
            while way[-1] != source:
                way.append(came[way[-1]])
            return way[::-1]
        if km > best.get(node, math.inf):
            continue
        for other, step in neighbours(node):
            total = km + step
            if total < best.get(other, math.inf):
                best[other] = total
                came[other] = node
                heapq.heappush(queue, (total, other))
    return None
