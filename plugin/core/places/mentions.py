"""What recognition gives the rest of Frontline: a place mention (where in the text, which
place, how sure, why) and the candidates it was chosen from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from .gazetteer import Place


@dataclass(frozen=True)
class Candidate:
    place: Place
    score: float

    def to_record(self) -> dict:
        p = self.place
        return {
            "id": p.id, "name": p.name, "lat": p.lat, "lon": p.lon, "kind": p.kind,
            "country": p.country, "population": p.population, "score": round(self.score, 3),
        }  # fmt: skip


@dataclass(frozen=True)
class PlaceMention:
    """One mention of a place in an article: where, what it means, how sure, and why."""

    text: str
    start: int
    end: int
    sentence: int
    role: str  # "location" (a place where something is or happens) or "adjective" (irakische)
    place: Optional[Place]
    confidence: float
    candidates: tuple[Candidate, ...] = ()
    cue: Optional[str] = None  # the kind a cue word asked for (city, airbase, crossing …)
    reasons: tuple[str, ...] = ()
    # For a name the gazetteer lacks (a building, a street, a hamlet): the settlement the article
    # names nearest to it, where the mention is drawn, flagged as approximate (see stand_in).
    near: Optional[Place] = None

    def to_record(self) -> dict:
        place = self.place
        point = place or self.near
        approximate = place is None and point is not None
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            "name": place.name if place else None,
            "id": place.id if place else None,
            "lat": point.lat if point else None,
            "lon": point.lon if point else None,
            "kind": place.kind if place else None,
            "country": place.country if place else None,  # a stand-in's country may not be the name's
            "confidence": round(self.confidence, 3),
            "role": self.role,
            "cue": self.cue,
            "approximate": approximate,
            "near": {"id": point.id, "name": point.name, "kind": point.kind} if approximate else None,
            "reasons": list(self.reasons),
            "candidates": [c.to_record() for c in self.candidates],
        }
