"""The derived front: what the control points support, and no more.

At each date the control changes make a difference, every place a named side holds gets the
ground nearer to it than to any other held place (its Voronoi cell), out to FRONT_RADIUS_KM; a
side's area is the union of its places' cells, and where two sides' areas touch is the front the
reports imply. It is drawn as "derived front (from control changes)": ground between reported
places is a construction, not a report, and farther than FRONT_RADIUS_KM from any of them nothing
is drawn at all. Places that changed hands with no side named, or were left, hold no ground.
Given the countries' borders, a side's ground stops at the borders of the countries its places
lie in: holding al-Qaim gives no ground in Syria before a place there is taken.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from typing import Iterable, List, Optional, Sequence

import numpy as np
import shapely
from shapely import Point, STRtree, to_wkt, union_all, voronoi_polygons
from shapely.affinity import scale
from shapely.geometry import MultiPolygon, box

BORDER_SLACK_KM = 10.0  # a place this near its gazetteer country's polygon lies in it, whatever the map says
FRONT_RADIUS_KM = 15.0  # ground a place is taken to hold, about half the spacing of towns on a front
MAX_FRONT_STEPS = 400  # snapshots: later changes of a longer batch fold into the last one
METHOD = f"derived from control changes: ground nearest each held place (Voronoi), at most {FRONT_RADIUS_KM:.0f} km out"
_CERTAINTIES = ("confirmed", "claimed", "rumoured", "intended")


@dataclass(frozen=True)
class Held:
    """A place one side holds from `start` until `end` (None: still)."""

    side: str
    name: str
    lat: float
    lon: float
    start: datetime
    end: Optional[datetime]
    certainty: str
    actors: tuple[str, ...] = ()
    inferred: bool = False  # the side was worked out, not stated
    country: Optional[str] = None  # the gazetteer's country code of the place


@dataclass
class FrontArea:
    """One side's area from valid_from until valid_to (None: the last snapshot)."""

    side: str
    wkt: str
    valid_from: datetime
    valid_to: Optional[datetime]
    places: List[str]
    actors: List[str]
    certainty: str
    inferred: bool


def front_areas(held: Sequence[Held], borders: Sequence = ()) -> List[FrontArea]:
    """Each side's area at every date the holdings change, in time order; `borders` are country
    polygons (shapely, lon/lat) that a side's ground does not cross unless it holds a place
    beyond them."""
    dates = sorted({h.start for h in held} | {h.end for h in held if h.end is not None})[:MAX_FRONT_STEPS]
    if not dates:
        return []
    # one local projection (km east and north) for the batch, so a place's disc is made once
    lat0 = sum(h.lat for h in held) / len(held)
    scale_x, scale_y = 111.32 * max(0.05, math.cos(math.radians(lat0))), 110.57
    discs: dict = {}
    clip = _Borders(borders)
    areas: List[FrontArea] = []
    for i, date in enumerate(dates):
        current = [h for h in held if h.start <= date and (h.end is None or date < h.end)]
        until = dates[i + 1] if i + 1 < len(dates) else None
        for side, shape, members in _side_areas(current, scale_x, scale_y, discs):
            shape = clip(shape, members)
            if shape.is_empty:
                continue
            # snapped to the 5 decimals the WKT keeps, so rounding cannot make it self-intersect
            # (an invalid area defeats QGIS's intersection and the hatching that relies on it)
            shape = shapely.set_precision(shape, 1e-5)
            if shape.is_empty:
                continue
            if shape.geom_type == "GeometryCollection":
                shape = MultiPolygon([p for p in shapely.get_parts(shape) if p.geom_type == "Polygon"])
            multi = shape if shape.geom_type == "MultiPolygon" else MultiPolygon([shape])
            area = FrontArea(
                side,
                # explicit 2D: inside QGIS, shapely may run on QGIS's older GEOS (no 4D WKT writer)
                to_wkt(multi, rounding_precision=5, output_dimension=2),
                date,
                until,
                sorted({m.name for m in members}),
                sorted({a for m in members for a in m.actors}),
                max((m.certainty for m in members), key=_rank),
                any(m.inferred for m in members),
            )
            areas.append(area)
    return areas


class _Borders:
    """Clips a side's ground to the countries its places lie in."""

    def __init__(self, borders: Sequence) -> None:
        pairs = [b if isinstance(b, tuple) else (None, b) for b in borders]
        pairs = [(code, b) for code, b in pairs if b is not None and not b.is_empty]
        self.shapes = [b for _code, b in pairs]
        self.codes = {code: i for i, (code, _b) in enumerate(pairs) if code}
        self.tree = STRtree(self.shapes) if self.shapes else None
        self.unions: dict = {}

    def __call__(self, shape, members: Sequence[Held]):
        if self.tree is None:
            return shape
        countries = set()
        for member in members:
            coded = self.codes.get(member.country)
            if coded is not None and _km_to(self.shapes[coded], member) <= BORDER_SLACK_KM:
                # the gazetteer knows the country: a town right at a border (Kobani, 1 km from
                # Turkey) is not put on the wrong side by a coarse world map; a place the map
                # draws in another country (Crimea) keeps that country's ground
                countries.add(coded)
                continue
            found = self.tree.query(Point(member.lon, member.lat), predicate="within")
            if len(found) == 0:
                return shape  # a place in no country (at sea, off the map's borders): no clipping
            countries.add(int(found[0]))
        key = tuple(sorted(countries))
        if key not in self.unions:
            self.unions[key] = union_all([self.shapes[i] for i in key])
        clipped = shapely.intersection(shape, self.unions[key])
        polygons = [p for p in shapely.get_parts(clipped) if p.geom_type == "Polygon"]
        return MultiPolygon(polygons) if polygons else MultiPolygon()


def _km_to(shape, member: Held) -> float:
    """Roughly how far a place lies outside a polygon (0 inside), in kilometres."""
    degrees = shape.distance(Point(member.lon, member.lat))
    return degrees * 111.0 * max(0.2, math.cos(math.radians(member.lat)))


def _rank(certainty: str) -> int:
    return _CERTAINTIES.index(certainty) if certainty in _CERTAINTIES else 1


def _side_areas(current: Sequence[Held], scale_x: float, scale_y: float, discs: dict) -> Iterable[tuple]:
    """(side, polygon in lon/lat, the holdings in it) per side, from one day's holdings."""
    if not current:
        return []
    by_point: dict = {}
    for h in current:
        by_point.setdefault((round(h.lon * scale_x, 3), round(h.lat * scale_y, 3)), []).append(h)
    keys = list(by_point)
    for key in keys:
        if key not in discs:
            discs[key] = Point(key).buffer(FRONT_RADIUS_KM, quad_segs=8)
    mine = np.array([discs[key] for key in keys], dtype=object)
    if len(keys) > 1:
        xy = np.array(keys)
        points, cloud = shapely.points(xy), shapely.multipoints(xy)
        frame = box(*cloud.bounds).buffer(2 * FRONT_RADIUS_KM)
        cells = shapely.get_parts(voronoi_polygons(cloud, extend_to=frame))
        # a place lies inside its own cell only (never on a cell's edge)
        found, owners = STRtree(cells).query(points, predicate="within")
        owner = np.full(len(keys), -1)
        owner[found] = owners
        clipped = mine.copy()
        has = owner >= 0
        clipped[has] = shapely.intersection(mine[has], cells[owner[has]])
        mine = clipped
    sides = np.array([by_point[key][0].side for key in keys], dtype=object)
    out = []
    for side in sorted(set(sides)):
        chosen = sides == side
        members = [h for key, pick in zip(keys, chosen) if pick for h in by_point[key]]
        shape = _union(mine[chosen], coverage=len(keys) > 1)
        shape = scale(shape.buffer(0), xfact=1 / scale_x, yfact=1 / scale_y, origin=(0, 0)).simplify(0.002)
        out.append((side, shape, members))
    return out


def _union(parts, coverage: bool):
    """The union of one side's cells: clipped Voronoi cells tile the ground without overlapping,
    so a coverage union (much faster) does, unless rounding made two of them overlap."""
    if coverage:
        try:
            return shapely.coverage_union_all(parts)
        except shapely.errors.GEOSException:
            pass
    return union_all(parts)
