"""An analyst's own gazetteer file, read by its format."""

from __future__ import annotations

from pathlib import Path

from .common import ReadResult
from .geonames import read_geonames_dump
from .tables import read_csv_places
from .wof import read_wof, read_wof_pack

__all__ = ["read_user_gazetteer"]


def read_user_gazetteer(path: Path) -> ReadResult:
    """A user gazetteer by its format: Who's On First (.jsonl, .ndjson, or a gazetteer pack
    .jsonl.gz), CSV (.csv), else a GeoNames dump (.txt)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if path.name.lower().endswith(".jsonl.gz"):
        return read_wof_pack(path)
    if suffix in (".jsonl", ".ndjson"):
        return read_wof(path)
    if suffix == ".csv":
        return read_csv_places(path)
    return read_geonames_dump(path)
