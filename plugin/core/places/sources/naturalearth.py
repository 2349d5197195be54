"""Natural Earth through QGIS's own world_map.gpkg (public domain): country centre points and
first-level divisions worldwide, read with GDAL/OGR."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Iterable, Iterator

from ...datafiles import DATA_DIR
from ..names import normalize
from ..place import Place
from .common import ReadResult, main_point

__all__ = ["WORLD_MAP_CANDIDATES", "division_name", "find_world_map", "read_world_map"]


WORLD_MAP_CANDIDATES = (
    Path("/usr/share/qgis/resources/data/world_map.gpkg"),  # Debian, Ubuntu
    Path("/usr/local/share/qgis/resources/data/world_map.gpkg"),
)


def find_world_map() -> Path | None:
    """QGIS's own Natural Earth GeoPackage (countries and first-level divisions), if installed."""
    return next((path for path in WORLD_MAP_CANDIDATES if path.is_file()), None)


def _ogr_features(path: Path, layer_name: str, fields: tuple[str, ...]) -> Iterator[tuple]:
    """(fid, *fields, shapely geometry) for each feature of a GeoPackage layer with a non-empty
    geometry, read through GDAL/OGR (shipped with QGIS): GDAL knows every GeoPackage geometry
    encoding, including the empty geometries QGIS 3.40's world map carries."""
    from osgeo import ogr
    from shapely import wkb

    source = ogr.Open(str(path))
    if source is None:
        raise OSError(f"GDAL cannot open {path}")
    layer = source.GetLayerByName(layer_name)
    if layer is None:
        raise OSError(f"{path} has no layer {layer_name!r}")
    for feature in layer:
        geometry = feature.GetGeometryRef()
        if geometry is None or geometry.IsEmpty():
            continue
        values = tuple(feature.GetField(name) for name in fields)
        yield (feature.GetFID(), *values, wkb.loads(bytes(geometry.ExportToIsoWkb())))


_DIVISION_WORDS = json.loads((DATA_DIR / "division_words.json").read_text(encoding="utf-8"))
_GENERIC_WORDS = frozenset(_DIVISION_WORDS["generic_words"])


def _alternatives(words: list[str]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))  # the longest first


_DIVISION_SUFFIX = re.compile(
    rf"(?:\s+(?:{_alternatives(_DIVISION_WORDS['suffixes'])})|-(?:{_alternatives(_DIVISION_WORDS['hyphen_suffixes'])}))$"
)
_DIVISION_PREFIX = re.compile(rf"^(?:{_alternatives(_DIVISION_WORDS['prefixes'])})(?:\s+|(?<=['’]))")


def _mojibake(text: str) -> bool:
    """UTF-8 read as Windows-1252 ("Ã‡anakkale" for "Çanakkale")."""
    try:
        return text.encode("cp1252").decode("utf-8") != text
    except UnicodeError:
        return False


def division_name(formal: str | None) -> str | None:
    """A division's name without the words for its kind: "Inner Mongolia Autonomous Region" →
    "Inner Mongolia", "Province of Palawan" → "Palawan", "Akita-ken" → "Akita"; None when nothing
    is left to strip or too little would remain."""
    if not formal:
        return None
    short = _DIVISION_PREFIX.sub("", _DIVISION_SUFFIX.sub("", formal.strip()))
    if short == formal.strip() or len(short) < 3 or set(normalize(short).split()) <= _GENERIC_WORDS:
        return None  # "Far North Region" is a name; "Far North" alone is any country's north
    return short


def read_world_map(
    path: Path, cities: Iterable[Place] = ()
) -> tuple[dict[str, tuple[float, float]], ReadResult]:
    """Country centre points by ISO code, and first-level divisions (kind admin1) worldwide,
    from QGIS's Natural Earth world map (public domain).

    With `cities`, each division gets the GeoNames admin1 code most of the cities inside it
    carry, so a town can be known to lie in "Queensland" when an article names the state.
    """
    from shapely.ops import unary_union

    centres: dict[str, tuple[float, float]] = {}
    result = ReadResult()
    outlines = {}
    units: dict[tuple[str, str], list[str]] = defaultdict(list)  # geo unit → its divisions
    labels: dict[str, str] = {}
    for _fid, iso, geometry in _ogr_features(path, "countries", ("iso_a2",)):
        if iso and len(iso) == 2 and iso != "-9":
            centres[iso] = main_point(geometry)
    fields = ("iso_a2", "name", "woe_name", "woe_label", "gn_name", "gu_a3")
    for fid, iso, name, woe_name, woe_label, gn_name, unit, geometry in _ogr_features(
        path, "states_provinces", fields
    ):
        if not name or not iso or len(iso) != 2:
            result.skipped += 1
            continue
        lat, lon = main_point(geometry)
        place = Place(
            id=f"ne:{fid}", name=name, lat=lat, lon=lon, kind="admin1", country=iso, population=0,
            admin1=None, source="naturalearth", feature_code="ADM1",
        )  # fmt: skip
        result.places.append(place)
        labels[place.id] = (woe_label or "").split(",")[0]  # "Tibet, CN, China"
        others = (woe_name, gn_name, division_name(gn_name))
        result.names[place.id] = [n for n in dict.fromkeys(others) if n and n != name]
        outlines[place.id] = geometry
        if unit in _GEO_UNITS:
            units[(unit, iso)].append(place.id)
    # Natural Earth's WOE label names the division (Tibet, Sindh) unless several divisions carry
    # it: then it is their region or city (Andalusia for eight provinces, Dublin for Fingal)
    shared = Counter(normalize(label) for label in labels.values())
    for place_id, label in labels.items():
        if label and shared[normalize(label)] == 1 and not _mojibake(label):
            result.names[place_id].extend(n for n in (label, division_name(label)) if n)
    codes = _division_codes(result.places, outlines, cities)
    result.places = [replace(p, admin1=codes[p.id]) if p.id in codes else p for p in result.places]
    by_id = {p.id: p for p in result.places}
    for (unit, iso), members in sorted(units.items()):
        name, kind, other_names = _GEO_UNITS[unit]
        lat, lon = main_point(unary_union([outlines[pid] for pid in members]))
        # the GeoNames admin1 code its divisions share (ENG for England), if they share one
        codes = {by_id[pid].admin1 for pid in members} - {None}
        place = Place(
            id=f"ne:{unit}", name=name, lat=lat, lon=lon, kind=kind, country=iso, population=0,
            admin1=codes.pop() if len(codes) == 1 else None, source="naturalearth",
            feature_code="ADM1" if kind == "admin1" else None,
        )  # fmt: skip
        result.places.append(place)
        result.names[place.id] = list(other_names)
    return centres, result


# Natural Earth geo units (gu_a3) made of several first-level divisions that the news names as
# one: Belgium's regions, Bosnia's entities, Serbia's Vojvodina (the parts of the United Kingdom
# and Iraqi Kurdistan are curated in data/regions.csv). Names: English (Natural Earth's), then
# the usual German exonyms (composed by the Frontline developers from German usage).
_GEO_UNITS = {
    "BFR": ("Flanders", "region", ("Flandern", "Flemish Region")),
    "BWR": ("Wallonia", "region", ("Wallonien", "Walloon Region")),
    "BIS": ("Republika Srpska", "region", ()),
    "BHF": ("Federation of Bosnia and Herzegovina", "region", ("Föderation Bosnien und Herzegowina",)),
    "SRV": ("Vojvodina", "region", ("Wojwodina",)),
}


def _division_codes(divisions: list[Place], outlines: dict, cities: Iterable[Place]) -> dict[str, str]:
    """Division id → the admin1 code most of the cities inside its outline carry."""
    import numpy as np
    import shapely

    by_country: dict[str, list[Place]] = defaultdict(list)
    for city in cities:
        if city.country and city.admin1:
            by_country[city.country].append(city)
    arrays = {}
    codes: dict[str, str] = {}
    for division in divisions:
        members = by_country.get(division.country or "")
        if not members:
            continue
        if division.country not in arrays:
            arrays[division.country] = (
                np.array([c.lon for c in members]),
                np.array([c.lat for c in members]),
                [c.admin1 for c in members],
            )
        xs, ys, admin1 = arrays[division.country]
        outline = outlines[division.id]
        west, south, east, north = outline.bounds
        near = np.nonzero((xs >= west) & (xs <= east) & (ys >= south) & (ys <= north))[0]
        if not len(near):
            continue
        inside = near[shapely.contains_xy(outline, xs[near], ys[near])]
        votes = Counter(admin1[i] for i in inside)
        if votes:
            codes[division.id] = votes.most_common(1)[0][0]
    return codes
