"""Whether a movement got to its goal: "advanced towards X", "in Richtung X", "approached X" say
where it headed, and the goal stays unreached until the report says the forces took it or
arrived there ("pushed toward Mayadin … by Wednesday they had reached the town")."""

from __future__ import annotations

import re
from typing import Iterable, Sequence

from ..places.gazetteer import POINT_KINDS, distance_km
from ..places.mentions import PlaceMention
from .extractor import Event

# a town this close to a goal is the goal (advances.SAME_PLACE_KM, which imports this module)
_SAME_PLACE_KM = 2.0
# words at a verb of movement or between it and its goal that say the goal was not reached
_SHORT_OF = re.compile(
    r"\b(?:towards?|direction|richtung|heran|approach\w*|near(?:ed|ing)|closing|näher\w*|genähert)\b",
    re.IGNORECASE,
)
# what puts the forces at a place: its taking or their arrival (fighting there may be on its edge)
_THERE = frozenset({"capture", "recapture", "arrival"})


def short_of(text: str, event: Event, mention: PlaceMention) -> bool:
    """Whether the movement stopped short of its goal `mention` (text is the article's)."""
    low, high = sorted((event.end, mention.start))
    return bool(_SHORT_OF.search(event.trigger) or (low < high and _SHORT_OF.search(text, low, high)))


def reached_later(places: Sequence[PlaceMention], events: Iterable[Event], sides: Iterable, goal) -> bool:
    """Whether the article says the movement's side took the goal or arrived there (an event of
    a side unnamed counts, one of another side does not)."""
    movers = {s for s in sides if s}
    for event in events:
        if event.type not in _THERE or event.certainty == "intended" or event.negated:
            continue
        takers = {s for s in event.sides if s}
        if movers and takers and not movers & takers:
            continue
        for ep in event.places:
            place = places[ep.place].place
            if place is None or place.kind not in POINT_KINDS or ep.role in ("origin", "reference"):
                continue
            if place.id == goal.id or distance_km(place.lat, place.lon, goal.lat, goal.lon) < _SAME_PLACE_KM:
                return True
    return False
