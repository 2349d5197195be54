"""Places named in one list lie near each other: "the eastern districts of Khalidiya and
Husaybah" are two districts east of Ramadi, not Khalidiya and the Husaybah on the Syrian border
270 km away, though that town is the bigger. A name whose reading lies far from the place it is
listed with, while another reading of the name lies next to that place, takes the near one."""

from __future__ import annotations

from dataclasses import replace
from typing import Optional, Sequence

from .gazetteer import distance_km
from .mentions import PlaceMention
from .place import Place
from .words import COORDINATORS

LISTED_NEAR_KM = 30.0  # a reading this near the place listed with it is the one meant ...
LISTED_FAR_KM = 150.0  # ... when the reading chosen lies farther than this from it
_SETTLEMENTS = frozenset({"city", "town", "village", "district"})
_BIG = 100_000  # a city this big is itself the one a list means (Kyiv und Lwiw)


def listed_together(mentions: Sequence[PlaceMention], text: str) -> list[PlaceMention]:
    """The mentions, each settlement listed next to another ("X und Y", "X, Y") read as the
    one of its name near the other when the reading chosen lies far from it."""
    out = list(mentions)
    located = [i for i, m in enumerate(out) if m.role == "location" and m.place is not None]
    for i, j in zip(located, located[1:]):
        first, second = out[i], out[j]
        if first.sentence != second.sentence or not _joined(text[first.end : second.start]):
            continue
        moved = _nearer(second, first.place)
        if moved is not None:
            out[j] = moved
        else:
            moved = _nearer(first, second.place)
            if moved is not None:
                out[i] = moved
    return out


def _joined(between: str) -> bool:
    words = between.replace(",", " , ").split()
    return 1 <= len(words) <= 2 and all(w.lower() in COORDINATORS for w in words)


def _nearer(mention: PlaceMention, other: Place) -> Optional[PlaceMention]:
    place = mention.place
    if (
        place is None
        or place.kind not in _SETTLEMENTS
        or other.kind not in _SETTLEMENTS
        or place.population >= _BIG
        or distance_km(place.lat, place.lon, other.lat, other.lon) <= LISTED_FAR_KM
    ):
        return None
    near = [
        (km, c.place)
        for c in mention.candidates
        if c.place.kind in _SETTLEMENTS and c.place.id != place.id
        for km in (distance_km(c.place.lat, c.place.lon, other.lat, other.lon),)
        if km <= LISTED_NEAR_KM
    ]
    if not near:
        return None
    km, chosen = min(near, key=lambda item: item[0])
    reason = f"listed with {other.name}: the {chosen.name} {km:.0f} km from it, not the one at {place.name}"
    return replace(mention, place=chosen, reasons=(*mention.reasons, reason))
