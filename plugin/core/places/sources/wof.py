"""Who's On First: extracts (JSONL, one record per line) and the gazetteer packs made from it
(resources/gazetteer_packs/wof_XX.jsonl.gz, written by tools/build_wof_pack.py), with their
GeoNames concordances."""

from __future__ import annotations

import gzip
import json
import logging
from pathlib import Path

from ..place import Place
from .common import ReadResult, keep_name, kind_for_population, parse_coordinates, parse_population

__all__ = ["read_wof", "read_wof_pack"]

log = logging.getLogger(__name__)


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
                lat, lon = parse_coordinates(record["lat"], record["lon"])
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


# A pack's place types (tools/build_wof_pack.py keeps only these) → our kinds and feature codes.
# A settlement of unknown population is a village: WOF's are hamlets GeoNames cities500 lacks.
_PACK_KINDS = {"neighbourhood": ("place", "PPLX"), "borough": ("place", "PPLX"), "campus": ("place", None)}


def read_wof_pack(path: Path) -> ReadResult:
    """A gazetteer pack: gzip JSONL, a metadata line then one record a line ({"id", "name",
    "type", "cc", "lat", "lon", "pop", "gn", "admin1", "alt"}). A broken line is skipped with its
    file:line and the rest is read. The metadata is in the result's `meta`."""
    path = Path(path)
    result = ReadResult()
    with gzip.open(path, "rt", encoding="utf-8", errors="replace") as stream:
        for line_no, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            where = f"{path}:{line_no}"
            try:
                record = json.loads(line)
                if "meta" in record:
                    result.meta.update(record["meta"])
                    continue
                lat, lon = parse_coordinates(record["lat"], record["lon"])
                wof_id = int(record["id"])
                name = str(record["name"]).strip()
                population = parse_population(record.get("pop"))
                geonameid = int(record.get("gn") or 0)
                alternates = record.get("alt") or []
                if not name or not isinstance(alternates, list):
                    raise ValueError("no name, or names that are not a list")
            except (ValueError, KeyError, TypeError, AttributeError) as error:
                result.skip(where, f"{type(error).__name__}: {error}")
                continue
            placetype = record.get("type") or "locality"
            kind, code = _PACK_KINDS.get(placetype, (None, None))
            if kind is None:
                kind = kind_for_population(population) if population else "village"
            if placetype == "campus" and any(w in name.lower() for w in ("air", "airport", "base")):
                kind = "airbase"
            place = Place(
                id=f"wof:{wof_id}",
                name=name,
                lat=lat,
                lon=lon,
                kind=kind,
                country=record.get("cc") or None,
                population=population,
                admin1=record.get("admin1") or None,
                source="wof",
                feature_code=code,
            )
            result.places.append(place)
            result.names[place.id] = [n for n in alternates if isinstance(n, str) and keep_name(n)]
            if geonameid > 0:
                result.same_as[place.id] = f"geonames:{geonameid}"
    return result
