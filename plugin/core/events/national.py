"""Forces named without their country are that of the country they fight in.

"Government forces retook Bartella", "Regierungstruppen eroberten …", "federal forces captured
Axum": reports name a state's own army by its role alone when the war is in that state. The
name means another army in every war (sides.py gives it no side), but the place the event
happens in says which: a taking or a move by government forces in Iraq is one of Iraq's, in
Ethiopia one of Ethiopia's. Only countries the sides table knows get a side this way
(data/sides.json: Iraqi forces → IQ); elsewhere the force keeps its bare name and no side.
Kurdish forces named by the people alone are the Peshmerga in Iraq (elsewhere the Syrian Kurds'),
and separatists named by the noun alone are, in Ukraine, the pro-Russian ones (so are rebels
there until 2022; in Libya in 2011 rebels are the National Transitional Council's).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Optional, Sequence

from .actors import HOME_ARMY, english_adjective, state_side
from .extractor import Event
from .sides import side_of

# The actor names (actors tables 'self_named' with their qualifiers) that mean a state's army
# without naming the state.
GOVERNMENT_FORCES = frozenset(
    {
        "government forces",
        "pro-government forces",
        "federal forces",
        "government troops",
        "federal troops",
        "regime forces",
        "regime troops",
    }
)


def national_forces(events: Sequence[Event], places: Sequence) -> list[Event]:
    """`events` with each unnamed government force named after the country of the event's
    principal place ("Iraqi government forces", side IQ), when that country is a side of the
    table; other events as they are."""
    ground = {
        side
        for event in events
        if event.type in _GROUND
        for name, side in zip(event.actors, event.sides)
        if name != HOME_ARMY and state_side(side)
    }
    return [_named(event, places, ground) for event in events]


# Events of forces on the ground: a state named taking, leaving or holding ground in a report makes
# its bare "the army" as much that state's army as the country's.
_GROUND = frozenset({"capture", "recapture", "withdrawal", "advance", "arrival", "presence"})


# Governments that changed hands: from that day, its government forces are another side's
# (the Taliban took Kabul on 15 August 2021; Assad's government fell on 8 December 2024).
_CHANGED_HANDS = {"AF": ("2021-08-15", "Taliban government forces"), "SY": ("2024-12-08", None)}


# Kurdish forces named by the people alone ("kurdische Kämpfer", "Kurdish forces") are the
# Peshmerga of the Kurdistan Region in Iraq (sides.json KRG), elsewhere the Syrian Kurds' (SDF).
_KURDISH_NAMES = ("kurdish ", "kurds")
_PESHMERGA_COUNTRIES = frozenset({"IQ"})


# Separatists, rebels and insurgents named by the noun alone, by the country they fight in and
# the time: in Ukraine the Russian-backed forces of Donetsk and Luhansk (separatists from 2014;
# rebels and insurgents until the invasion of 2022, after which the words mean others); in Libya
# in 2011 the rebels of the National Transitional Council (public record).
_BARE_NAMES = {
    ("UA", "separatists"): ("pro-Russian separatists", "2014-01-01", "9999"),
    ("UA", "rebels"): ("pro-Russian separatists", "2014-01-01", "2022-02-24"),
    ("UA", "insurgents"): ("pro-Russian separatists", "2014-01-01", "2022-02-24"),
    ("LY", "rebels"): ("NTC forces", "2011-02-15", "2011-11-01"),
    ("LY", "insurgents"): ("NTC forces", "2011-02-15", "2011-11-01"),
}


def _named(event: Event, places: Sequence, ground: set) -> Event:
    event = _home_army(event, places, ground)
    if event.place is None:
        return event
    event = _peshmerga(event, places)
    country, day = _country(places[event.place.place]) or "", (event.t_start or "")[:10]
    for noun in ("separatists", "rebels", "insurgents"):
        named, since, until = _BARE_NAMES.get((country, noun), (None, "", ""))
        if named and noun in event.actors and since <= day < until:
            actors = tuple(named if a == noun else a for a in event.actors)
            event = replace(event, actors=actors, sides=tuple(side_of(a) for a in actors))
    if not any(name in GOVERNMENT_FORCES for name in event.actors):
        return event
    if "regional government" in event.quote.lower() or "regionalregierung" in event.quote.lower():
        return event  # "Tigray regional government forces": a region's, not the state's
    country = _country(places[event.place.place])
    if country is None:
        return event
    named = f"{english_adjective(country)} government forces"
    since, after = _CHANGED_HANDS.get(country, (None, None))
    if since is not None and (event.t_start or "")[:10] >= since:
        if after is None:
            return event
        named = after
    side = side_of(named)
    if side is None:
        return event
    actors, sides = [], []
    for index, name in enumerate(event.actors):
        own = event.sides[index] if index < len(event.sides) else None
        if name in GOVERNMENT_FORCES:
            name, own = named, side
        if name not in actors:
            actors.append(name)
            sides.append(own)
    return replace(event, actors=tuple(actors), sides=tuple(sides))


def _peshmerga(event: Event, places: Sequence) -> Event:
    """Kurdish forces without their organisation's name, in Iraq: the Peshmerga ("Iraqi Kurdish
    forces", side KRG)."""
    if _country(places[event.place.place]) not in _PESHMERGA_COUNTRIES:
        return event
    renamed = [
        (f"Iraqi {name}" if name.lower().startswith(_KURDISH_NAMES) and side_of(name) == "SDF" else name)
        for name in event.actors
    ]
    if renamed == list(event.actors):
        return event
    renamed = [("Iraqi Kurdish forces" if name == "Iraqi Kurds" else name) for name in renamed]
    own = list(event.sides) + [None] * (len(renamed) - len(event.sides))
    sides = tuple(
        side_of(name) if name != old else own[k] for k, (name, old) in enumerate(zip(renamed, event.actors))
    )
    return replace(event, actors=tuple(renamed), sides=sides)


def _country(mention) -> Optional[str]:
    return mention.place.country if mention.place is not None else None


def _home_army(event: Event, places: Sequence, ground: set) -> Event:
    """A bare "the army", "die Armee" named after the country of the event's place ("Ukrainian
    forces" in Ukraine), when the sides table knows that country, the government has not changed
    hands by then, and either the sentence before named that country's forces or the report names
    no other state's forces on the ground (`ground`: the sides of those it names); else no actor."""
    if HOME_ARMY not in event.actors:
        return event
    k = event.actors.index(HOME_ARMY)
    hint = event.sides[k] if k < len(event.sides) else None
    country = _country(places[event.place.place]) if event.place is not None else None
    since, _after = _CHANGED_HANDS.get(country, ("9999", None))
    named = f"{english_adjective(country)} forces" if country else ""
    side = side_of(named) if country and (event.t_start or "")[:10] < since else None
    if side != country or not state_side(side):
        side = None  # a territory whose army is another's (Gaza), a state on a coalition's side (Yemen)
    if side is None or (hint is not None and hint != side) or (hint is None and ground - {side}):
        keep = [i for i, name in enumerate(event.actors) if name != HOME_ARMY]
        return replace(
            event,
            actors=tuple(event.actors[i] for i in keep),
            sides=tuple(event.sides[i] for i in keep if i < len(event.sides)),
        )
    own = list(event.sides) + [None] * (len(event.actors) - len(event.sides))
    actors = tuple(named if name == HOME_ARMY else name for name in event.actors)
    sides = tuple(side if name == HOME_ARMY else own[i] for i, name in enumerate(event.actors))
    return replace(event, actors=actors, sides=sides)
