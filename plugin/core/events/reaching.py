"""Whether a movement got to its goal: "advanced towards X", "in Richtung X", "approached X", "now threaten X" say
where it headed, and the goal stays unreached until the report says the forces took it or
arrived there ("pushed toward Mayadin … by Wednesday they had reached the town")."""

from __future__ import annotations

import datetime as dt
import re
from typing import Iterable, Optional, Sequence

from ..places.gazetteer import POINT_KINDS, distance_km
from ..places.mentions import PlaceMention
from .extractor import Event
from .governed import GOAL_WORDS

# a town this close to a goal is the goal (advances.SAME_PLACE_KM, which imports this module)
_SAME_PLACE_KM = 2.0
# words at a verb of movement or between it and its goal that say the goal was not reached
# ("rücken auf Bachmut vor": towards it)
_SHORT_OF = re.compile(
    r"\b(?:towards?|direction\s+of|richtung|heran|approach\w*|near(?:ed|ing)|closing|näher\w*|genähert|nähe|auf|threat\w*|bedroh\w*)\b",
    re.IGNORECASE,
)
# "advancing on Saraqib", "marched on the capital of X": the goal right after the verb and "on" is ahead
_ON_GOAL = re.compile(rf"\s+on\s+(?:(?:{'|'.join(sorted(GOAL_WORDS))})\s+)*", re.IGNORECASE)
# "took the fight to the village of X", "carried the battle to X": fighting there, not held
_FIGHT_TO = re.compile(r"\s+(?:the|their)\s+(?:fight|battle|war|offensive)\b", re.IGNORECASE)
_BEFORE_CHARS = 25  # "in Richtung der Stadt X", "bis in die Nähe von X": the words just before the goal
# what puts the forces at a place: its taking or their arrival (fighting there may be on its edge)
_THERE = frozenset({"capture", "recapture", "arrival"})


def short_of(text: str, event: Event, mention: PlaceMention) -> bool:
    """Whether the movement stopped short of its goal `mention` (text is the article's): it went
    "towards" it, or carried the fight to it."""
    low, high = sorted((event.end, mention.start))
    before = _SHORT_OF.search(
        text, max(0, mention.start - _BEFORE_CHARS), mention.start
    )  # bis in die Nähe von X
    return bool(
        _SHORT_OF.search(event.trigger)
        or before
        or (event.end <= mention.start and _ON_GOAL.fullmatch(text, event.end, mention.start))
        or (low < high and _SHORT_OF.search(text, low, high))
        or _FIGHT_TO.match(text, event.end)
    )


def reached_later(places: Sequence[PlaceMention], events: Iterable[Event], movement: Event, goal) -> bool:
    """Whether the article says the movement's side took the goal or arrived there, not before
    the movement began: "pushed toward Mayadin … by Wednesday they had reached the town", not
    "Kupiansk, seized in February". An event of a side unnamed counts, one of another side does
    not; the place must be what was taken or where they arrived, not a place near which
    something happened."""
    movers = {s for s in movement.sides if s}
    since = movement.t_start
    for event in events:
        if event is movement or event.type not in _THERE or event.certainty == "intended" or event.negated:
            continue
        if since and (event.t_end or event.t_start or since)[:10] < since[:10]:
            continue
        takers = {s for s in event.sides if s}
        if movers and takers and not movers & takers:
            continue
        for ep in event.places:
            place = places[ep.place].place
            taken = ep.role in ("target", "destination") or (
                event.type == "arrival" and ep.role == "location"
            )
            if place is None or place.kind not in POINT_KINDS or not taken:
                continue
            if place.id == goal.id or distance_km(place.lat, place.lon, goal.lat, goal.lon) < _SAME_PLACE_KM:
                return True
    return False


def taken_with(
    places: Sequence[PlaceMention], events: Iterable[Event], movement: Event
) -> Optional[PlaceMention]:
    """The place its own sentence says the movement's side took, for a movement that names
    where it set out but no goal ("captured Adigrat after advancing from Zalambessa", "Nach
    ihrem Vormarsch von Zalambessa eroberten Truppen Adigrat"): that is where it went. None when
    the sentence reports no such taking, or one by another side."""
    movers = {s for s in movement.sides if s}
    for event in events:
        if event.sentence != movement.sentence or event.type not in _THERE or event is movement:
            continue
        if event.certainty == "intended" or event.negated:
            continue
        takers = {s for s in event.sides if s}
        if movers and takers and not movers & takers:
            continue
        main = event.place
        mention = places[main.place] if main is not None else None
        if mention is not None and mention.place is not None and mention.place.kind in POINT_KINDS:
            return mention
    return None


# An article before a name a way passes: a river or a feature ("über den Oskil"), no town to start at.
_ARTICLE_BEFORE = re.compile(r"\b(?:the|den|dem|der|die|das)\s+$", re.IGNORECASE)


def town_via(text: str, vias: Sequence[PlaceMention]) -> list[PlaceMention]:
    """The first place a way passes that is named bare, as a town is (not after an article)."""
    return [v for v in vias if not _ARTICLE_BEFORE.search(text, max(0, v.start - 5), v.start)][:1]


ORIGIN_CLUSTER_KM = 10.0  # origins named together this close set out as one (von al-Qaim und al-Husaybah)


def separate(origins: Sequence[PlaceMention]) -> list[PlaceMention]:
    """Distinct starting points: origins close together (a town and its border crossing) are one."""
    kept: list[PlaceMention] = []
    for origin in origins:
        if all(
            distance_km(o.place.lat, o.place.lon, origin.place.lat, origin.place.lon) >= ORIGIN_CLUSTER_KM
            for o in kept
        ):
            kept.append(origin)
    return kept


JOURNEY_DAYS = 7  # a move into a country and the leg out of its town it goes on as: within a week


def journey_leg(places: Sequence[PlaceMention], legs, start: PlaceMention, move: Event, countries: set):
    """The leg on which a move from `start` to a country with no town named goes on: the first, in
    time, of the same forces that sets out later from a town in that country ("The peshmerga
    landed in Turkey from Erbil on Tuesday" … "entered Kobani from Suruc on Thursday": Erbil →
    Suruc → Kobani), within JOURNEY_DAYS. None when no leg does."""
    ids = {m.place.id: m.place.country for m in places if m.place is not None}
    for leg in sorted(legs, key=lambda leg: leg.route[-1].time or ""):
        first = leg.route[0]
        if (
            ids.get(first.id) in countries
            and first.id != start.place.id
            and set(leg.actors) & set(move.actors)
            and _days_between(move.t_start, leg.route[-1].time) in range(JOURNEY_DAYS + 1)
        ):
            return leg
    return None


def _days_between(first: Optional[str], then: Optional[str]) -> int:
    """Days from one ISO date to a later one; -1 when either is missing."""
    if not first or not then:
        return -1
    return (dt.date.fromisoformat(then[:10]) - dt.date.fromisoformat(first[:10])).days
