"""Airports and military air bases from PyPI airportsdata, with the shorter names the news uses."""

from __future__ import annotations

import csv
from pathlib import Path

from ..names import is_article, normalize
from ..place import Place
from .common import ReadResult, keep_name, package_file, parse_coordinates

__all__ = ["airport_names", "find_airports", "read_airports"]


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
                lat, lon = parse_coordinates(row["lat"], row["lon"])
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
    kept when a town has it is decided by the build (`build._add_airports`)."""
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
    return package_file("airportsdata", "airports.csv")
