"""Who's On First extracts (JSONL, one record per line), with their GeoNames concordances."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from ..place import Place
from .common import ReadResult, keep_name, parse_coordinates

__all__ = ["read_wof"]

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
