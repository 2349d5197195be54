"""A place: one meaning a name can have, with what a map and the disambiguation rules need.

Its own module so that the gazetteer and the source readers that make places share it without
importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Place"]


@dataclass(frozen=True)
class Place:
    """One place a name can mean, with what a map and the disambiguation rules need."""

    id: str
    name: str
    lat: float
    lon: float
    kind: str
    country: str | None
    population: int
    admin1: str | None
    source: str
    feature_code: str | None = None
