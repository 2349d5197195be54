"""What one reported event becomes on the map: one event for each place a list names ("eroberten
die Dörfer A, B und C"), no taking where forces only arrive in their own capital, and a withdrawal
that names no place from what its sentence says was taken."""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from ..places.gazetteer import POINT_KINDS
from ..places.mentions import PlaceMention
from .actors import side_of_code

# Events that change who holds a place: one per place when a sentence lists several ("eroberten
# die Dörfer A, B und C", "the villages of A, B and C were retaken").
PER_PLACE = frozenset({"capture", "recapture", "withdrawal", "arrival", "consolidation"})


def home_arrival(event, places: Sequence[PlaceMention]):
    """(An extractor.Event.) Forces arriving in their own country's capital ("150 African troops had arrived in Mali's
    capital, Bamako" for the side Mali fights on) are deployed there: presence, no taking."""
    main = event.place
    place = places[main.place].place if event.type == "arrival" and main is not None else None
    if place is None or place.feature_code != "PPLC" or not event.sides:
        return event
    return replace(event, type="presence") if side_of_code(place.country) in event.sides else event


def one_per_place(event) -> list:
    """The event once for each place in its principal role (the others' roles kept), so each
    place of a list changes hands on the map and in the record."""
    main = event.place
    if event.type not in PER_PLACE or main is None:
        return [event]
    listed = [p for p in event.places if p.role == main.role]
    if len(listed) < 2:
        return [event]
    rest = tuple(p for p in event.places if p.role != main.role)
    return [replace(event, places=(item, *rest)) for item in listed]


def left_what_was_taken(events: list) -> list:
    """(The extractor.Events of one sentence.) A withdrawal that names no place left what another
    force took or entered in the same sentence ("Rebels seized Homs after government forces
    withdrew", "entered Deir ez-Zor after the withdrawal of government troops", "Die Armee nahm
    Gao ein, nachdem sich die Islamisten zurückgezogen hatten")."""
    taken = next((e for e in events if e.type in _TAKINGS and e.place is not None and not e.negated), None)
    if taken is None:
        return events
    return [
        replace(e, places=(replace(taken.place, role="origin"),))
        if e.type == "withdrawal" and not e.places and not set(e.actors) & set(taken.actors)
        else e
        for e in events
    ]


_TAKINGS = frozenset({"capture", "recapture", "arrival"})  # "entered X after the army withdrew"


_SALIENT_ROLE = {"withdrawal": ("origin", "location", "target", "vicinity")}


def point_place(mention: PlaceMention) -> bool:
    """A mention the gazetteer placed as a point (a town, not a region)."""
    return mention.place is not None and mention.place.kind in POINT_KINDS


def salient(event) -> list[int]:
    """(An extractor.Event's) places it is about, most salient first: where an advance went, what
    was taken, and for a withdrawal the place that was left."""
    order = _SALIENT_ROLE.get(event.type, ("destination", "target", "location", "objective", "vicinity"))
    return [p.place for role in order for p in event.places if p.role == role]


def hearsay_places(events: list, certainty_at, places: Sequence[PlaceMention], sentence_start: int) -> list:
    """(The extractor.Events of one trigger.) A sure event whose place is named in another
    clause, one of hearsay, is claimed there ("Die Kämpfer rücken weiter vor: Offenbar haben sie das
    Hauptquartier in Kobane eingenommen"); `certainty_at` gives the certainty at an offset of the
    sentence, which tells the trigger's clause from the place's."""
    return [
        replace(e, certainty="claimed")
        if e.certainty == "confirmed"
        and e.place is not None
        and places[e.place.place].start >= sentence_start
        and certainty_at(e.start - sentence_start) == "confirmed"
        and certainty_at(places[e.place.place].start - sentence_start) == "claimed"
        else e
        for e in events
    ]
