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
class Placing:
    """How a mention's point was found other than by its name alone: "relative" (the text
    gives its distance and direction from `anchor`), "facility" (an airport, a dam, a bridge
    of the town `anchor`) or "part" (the eastern districts of the town `anchor`)."""

    how: str
    anchor: Place
    km: Optional[float] = None
    bearing: Optional[float] = None
    direction: Optional[str] = None  # in English compass words

    def phrase(self) -> str:
        """ "40 km south-west of Mosul" (relative), "at Gao" (facility)."""
        if self.km is None:
            return f"at {self.anchor.name}"
        km = f"{self.km:.1f}".rstrip("0").rstrip(".") if self.km < 10 else f"{self.km:.0f}"
        return f"{km} km {self.direction} of {self.anchor.name}"

    def to_record(self) -> dict:
        a = self.anchor
        record = {"id": a.id, "name": a.name, "kind": a.kind, "lat": a.lat, "lon": a.lon}
        if self.km is None:
            return {"anchor": record, "offset": None}
        offset = {"km": round(self.km, 3), "bearing": self.bearing, "direction": self.direction}
        return {"anchor": record, "offset": offset}


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
    # A point found from what the text says around the name: its distance and direction from
    # another place (its `place` is then that point, source "relative"), or the town whose
    # airport, dam or bridge it is.
    placing: Optional[Placing] = None

    @property
    def approximate(self) -> bool:
        """Drawn at a point no gazetteer gives for its name: a stand-in's, a point the text
        states relative to another place, or the part of a town it names."""
        return (self.place is None and self.near is not None) or (
            self.place is not None and self.place.source in ("relative", "part")
        )

    @property
    def dateline(self) -> bool:
        """A report's dateline ("Paris (AFP)", "BAMAKO:"): where it was written, not where what
        it tells happened, so no town a facility or a distance belongs to."""
        return is_dateline(self.reasons, self.text)

    def placed(self) -> Optional[str]:
        """How the mention's point was found: "gazetteer", "relative", "facility", "stand-in"."""
        if self.placing is not None and (self.place is not None or self.near is not None):
            return self.placing.how
        if self.place is not None:
            return "gazetteer"
        return "stand-in" if self.near is not None else None

    def to_record(self) -> dict:
        place = self.place
        point = place or self.near
        approximate = self.approximate
        stand_in = place is None and point is not None
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
            "near": {"id": point.id, "name": point.name, "kind": point.kind} if stand_in else None,
            "placed": self.placed(),
            **(self.placing.to_record() if self.placing is not None else {"anchor": None, "offset": None}),
            "reasons": list(self.reasons),
            "candidates": [c.to_record() for c in self.candidates],
        }


def is_dateline(reasons, text: str) -> bool:
    """Whether a name reads as a report's dateline: the evidence found one ("Paris (AFP)"), or it is
    written in capitals ("BAMAKO:")."""
    return "dateline" in reasons or (text.isupper() and len(text) > 3)
