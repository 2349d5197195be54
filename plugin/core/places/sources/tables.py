"""CSV tables: the plugin's curated ones in data/ (supplement, exonyms, country names and points,
regions) and an analyst's own CSV places or QGIS layer rows."""

from __future__ import annotations

import csv
import io
import logging
from pathlib import Path
from typing import Iterable, Iterator

from ...datafiles import DATA_DIR
from ..place import Place
from .common import ReadResult, parse_coordinates, parse_population

__all__ = [
    "COUNTRY_NAMES",
    "COUNTRY_POINTS",
    "EXONYMS",
    "REGIONS",
    "SUPPLEMENT",
    "read_country_names",
    "read_country_points",
    "read_csv_places",
    "read_exonyms",
    "read_regions",
    "read_rows",
]

log = logging.getLogger(__name__)

SUPPLEMENT = DATA_DIR / "gazetteer_supplement.csv"
EXONYMS = DATA_DIR / "exonyms.csv"
RETIRED = DATA_DIR / "retired_names.csv"
COUNTRY_NAMES = DATA_DIR / "country_names.csv"
COUNTRY_POINTS = DATA_DIR / "country_points.csv"
REGIONS = DATA_DIR / "regions.csv"


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
            lat, lon = parse_coordinates(_first(row, _LAT), _first(row, _LON))
            population = parse_population(row.get("population"))
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


def read_retired_names(path: Path) -> tuple[ReadResult, dict[str, str]]:
    """The retired-name table (names, target, renamed, source): names a place no longer bears
    that a bigger or better-known place bears now (Nikopol was Slaviansk in the 1780s), dropped
    from it; and, where its own name is one of them, the name it goes by instead (Natural
    Earth's "Kiev" province: Kyiv Oblast, so that Kiev is the city)."""
    result, renamed = ReadResult(), {}
    for line, row in _csv_rows(Path(path)):
        names, target = row.get("names", ""), row.get("target", "")
        if not names or ":" not in target:
            result.skip(f"{path}:{line}", "needs names and a target id")
            continue
        result.names.setdefault(target, []).extend(n.strip() for n in names.split("|") if n.strip())
        if row.get("renamed", "").strip():
            renamed[target] = row["renamed"].strip()
    return result, renamed


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
            lat, lon = parse_coordinates(row.get("lat"), row.get("lon"))
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
            lat, lon = parse_coordinates(row.get("lat"), row.get("lon"))
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
