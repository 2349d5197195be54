"""A stretch of text that may name a place (candidates.py finds them, evidence.py weighs them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .gazetteer import Place
from .mentions import PlaceMention


@dataclass
class Span:
    """A stretch of text that may name a place, with what speaks for and against it."""

    first: int  # token indexes, inclusive
    last: int
    start: int
    end: int
    keys: list[str]  # normalised keys that hit the gazetteer, best first
    cue: Optional[str] = None
    role: str = "location"
    reasons: list[str] = field(default_factory=list)
    score: float = 0.0
    places: list[Place] = field(default_factory=list)
    unknown: Optional[str] = None  # "street" or "place": a name known only by its form
    listed: bool = False  # an item of a list after a plural place word ("the villages of A, B and C")
    short: Optional[tuple] = None  # (full name, country, kind) of a short form ("U.S.", "Ky.")
    within: Optional[Place] = None  # the state or country named right after it ("Paris, Illinois")
    adjective: Optional[PlaceMention] = None  # its first word read as a demonym, if it is rejected
    position: Optional[object] = None  # where the text says it lies (relative.Position), if it does
