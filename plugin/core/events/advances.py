"""Who advanced from where to where, and when: routes built from events, fused across articles.

Within an article, a motion event gives a leg: origin → destination (von X … nach Y), origin only
(a thrust: "Vorstoßrichtungen … vom Anah hinauf") or destination only ("drangen bis in das Dorf
Suwayyah vor"). Missing ends come from the article's structure: a thrust ends at the offensive's
objective (the place it says was taken, or is to be taken), a destination-only leg starts where
the article's forces set out from. An intended objective beyond a reached destination becomes an
unreached last waypoint. Across articles, legs with the same ends are one advance with all its
evidence, and an advance that sets out from where another ended continues it, so it cannot start
before that one ended. A start the text does not give is estimated, flagged and explained.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from typing import Optional, Sequence

from ..places.gazetteer import POINT_KINDS, bearing, distance_km
from ..places.mentions import PlaceMention
from ..places.quarters import within_town
from .certainty import weakest
from .extractor import Event
from .governed import ORIGIN_AREA_KINDS
from .reaching import journey_leg, reached_later, separate, short_of, taken_with, town_via
from .roads import road_followed
from .sides import sides_of

SAME_PLACE_KM = 2.0  # waypoints closer than this are one place (al-Qaim and its border crossing: 1.8 km;
# Suwayyah and Abu Kamal, which are two places: 2.3 km)
OBJECTIVE_REACH_KM = 60.0  # an objective this close beyond a reached point extends the route
SETTING_OUT_REACH_KM = (
    150.0  # a move stating no origin starts where the article's forces set out only this near
)
DEFAULT_LEAD_DAYS = 7  # estimated start: this long before the first dated arrival
_MOTION = frozenset({"advance", "arrival", "crossing"})
_TAKINGS_NOW = frozenset({"capture", "recapture"})
_WE = re.compile(r"\b(?:we|wir)\b(?:\W+\w+){0,3}\W*$", re.IGNORECASE)  # the speakers' own forces
_INTENDED_TARGETS = 3  # objectives named together each get a dotted arrow (take Mopti and Sevare)
_TAKEN = frozenset({"capture", "recapture", "arrival", "attack", "consolidation"})


@dataclass
class Waypoint:
    name: str
    id: Optional[str]
    lat: float
    lon: float
    time: Optional[str] = None  # ISO date it was reached (or, unreached, None)
    reached: bool = True
    certainty: str = "confirmed"
    kind: Optional[str] = None
    until: Optional[str] = None  # the last dated event there (al-Qaim entered 11-02, taken 11-04)
    found: str = "stated"  # how it is on the route: stated | axis (a place the side took) | origin inferred
    denied: Optional[str] = None  # the date a later report said it was not taken (Denial)

    def to_record(self) -> dict:
        return {"name": self.name, "id": self.id, "lat": self.lat, "lon": self.lon, "time": self.time,
                "reached": self.reached, "certainty": self.certainty, "found": self.found}  # fmt: skip


@dataclass(frozen=True)
class Evidence:
    article: str
    sentence: int
    quote: str

    def to_record(self) -> dict:
        return {"article": self.article, "sentence": self.sentence, "quote": self.quote}


@dataclass
class Advance:
    route: list[Waypoint]
    actors: list[str]
    certainty: str
    evidence: list[Evidence]
    t_start: Optional[str] = None
    t_end: Optional[str] = None
    t_start_estimated: bool = False
    estimate_note: Optional[str] = None
    follows: Optional[str] = None
    articles: list[str] = field(default_factory=list)
    id: str = ""
    contradicted_by: list[Evidence] = field(default_factory=list)
    side: Optional[str] = None  # sides.side_of its actors (axes.py fills it in)
    found: str = "stated"  # stated (a report spells it out) | axis | origin inferred (axes.py)
    movement: str = "advance"  # advance | withdrawal

    @property
    def origin(self) -> Waypoint:
        return self.route[0]

    @property
    def destination(self) -> Waypoint:
        return self.route[-1]

    def last_reached(self) -> Waypoint:
        reached = [w for w in self.route if w.reached]
        return reached[-1] if reached else self.route[0]

    def to_record(self) -> dict:
        return {
            "id": self.id,
            "route": [w.to_record() for w in self.route],
            "actors": list(self.actors),
            "t_start": self.t_start,
            "t_end": self.t_end,
            "t_start_estimated": self.t_start_estimated,
            "estimate_note": self.estimate_note,
            "certainty": self.certainty,
            "side": self.side,
            "found": self.found,
            "movement": self.movement,
            "follows": self.follows,
            "evidence": [e.to_record() for e in self.evidence],
            "contradicted_by": [e.to_record() for e in self.contradicted_by],
        }


@dataclass(frozen=True)
class Denial:
    """A report that a place was not taken or reached (Mayadin ist nicht eingenommen worden)."""

    place_id: Optional[str]
    lat: float
    lon: float
    date: Optional[str]
    evidence: Evidence


def article_denials(item: ArticleEvents) -> list[Denial]:
    denials = []
    for event in item.events:
        if not event.negated or event.past or event.certainty == "intended":
            continue
        if event.type not in ("capture", "recapture", "arrival"):
            continue
        for ep in event.places:
            mention = item.places[ep.place]
            if _point(mention) and ep.role not in ("origin", "reference", "vicinity"):
                place = mention.place
                denials.append(
                    Denial(
                        place.id,
                        place.lat,
                        place.lon,
                        event.t_end or item.published_end,
                        _evidence(item, event),
                    )
                )
    return denials


# -- within one article ---------------------------------------------------------------------


@dataclass
class ArticleEvents:
    """What advances need of one processed article."""

    article_id: str
    places: Sequence[PlaceMention]
    events: Sequence[Event]
    thrust_sentences: frozenset[int] = frozenset()  # sentences under a "two thrusts" cue
    published_end: Optional[str] = None
    text: str = ""  # the article's text, which event and place offsets index


def article_advances(item: ArticleEvents) -> list[Advance]:
    """The legs one article describes, with their missing ends filled from its structure; a
    movement told as what came before a taking of its sentence is one ("Nach ihrem Vormarsch
    von X eroberten Truppen Y", "launched an operation from X and liberated Y")."""
    now = {e.sentence for e in item.events if e.type in _TAKINGS_NOW and not e.past and not e.negated}
    events = [
        e for e in item.events if (not e.past or (e.type in _MOTION and e.sentence in now)) and not e.negated
    ]
    setting_out = _setting_out(item, events)
    objective = _taken_objective(item, events, setting_out)
    intended = _intended_objective(item, events)
    legs: list[Advance] = []
    open_starts = []  # moves from a town to no town, only a country ("landed in Turkey from Erbil")
    for event in events:
        origins = _origins(item, event)
        thrust_origin = event.sentence in item.thrust_sentences and origins and event.type != "presence"
        launched = (  # with no target of its own: "attacked Sevastopol from Odesa as troops took X" is none
            event.type == "attack"
            and origins
            and not _with_role(item, event, ("target", "destination", "objective", "location"))
            and taken_with(item.places, events, event) is not None
        )
        if event.type not in _MOTION and not thrust_origin and not launched:
            continue
        if event.certainty == "intended":
            continue
        destinations = _destinations(item, event)
        if not origins and not destinations:
            continue
        vias = _with_role(item, event, ("via",))
        # "rückten über Beryslaw in Richtung Cherson vor": from there; not "über den Oskil", a river
        starts = (
            separate(origins) or _set_out_from(setting_out, event, destinations) or town_via(item.text, vias)
        )
        stated = event.t_start if origins and event.time_source in ("sentence", "paragraph") else None
        for start in starts:
            route = [_waypoint(start, stated, True, "confirmed")]
            for via in vias:
                route.append(_waypoint(via, event.t_end, True, event.certainty))
            # a movement with no stated goal ends at a place the article says was taken only where it
            # announces thrusts towards it ("zwei große Vorstoßrichtungen … vom Anah hinauf"), else "von
            # Charkiw aus … vorgerückt" would be drawn to any town taken; it heads for the objective the
            # article states ("Ziel der Operation ist es, al-Qaim zu erobern") unreached
            thrust = event.sentence in item.thrust_sentences
            if destinations:
                goal = destinations[0]
                # an arrival got there ("pushed toward X and reached the city"), a move "towards"
                # not until the article says so
                reached = (
                    event.type == "arrival"
                    or not short_of(item.text, event, goal)
                    or reached_later(item.places, events, event, goal.place)
                )
                route.append(_waypoint(goal, event.t_end, reached, event.certainty))
            elif objective is not None and thrust and _same_side(event.sides, objective[2]):
                place, taken_time, _ = objective
                route.append(_waypoint(place, taken_time, True, event.certainty))
            elif (taken := taken_with(item.places, events, event)) is not None:  # "after advancing from X"
                route.append(_waypoint(taken, event.t_end, True, event.certainty))
            elif intended is not None:
                route.append(_waypoint(intended, None, False, "intended"))
            else:
                open_starts.append((start, event))
                continue
            route = _dedupe(route)
            if len(route) < 2 or (not origins and within_town(route[0].id, route[1].id)):
                continue  # "entered Mosul … pushed on to the Gogjali quarter": not from the city's centre
            legs.append(_leg(item, event, route, follows=_follows(item, event, start, origins)))
    # thrusts rarely repeat who moves: they are the forces that took the objective
    main_actors = _main_actors(events, objective)
    for leg in legs:
        if not leg.actors:
            leg.actors = list(main_actors)
    for start, event in open_starts:  # … "entered Kobani from Suruc": one journey from Erbil
        countries = {
            m.place.country for p in event.places if p.role == "area" and (m := item.places[p.place]).place
        }
        if (leg := journey_leg(item.places, legs, start, event, countries)) is not None:
            leg.route.insert(0, _waypoint(start, event.t_start, True, "confirmed"))
    # a leg whose origin was missing set out from the same place as another: merge them
    merged = _merge_same_origin(legs)
    # an intended objective just beyond a reached end becomes its unreached last waypoint
    if intended is not None:
        target = intended.place
        for leg in merged:
            last = leg.last_reached()
            if last.id == target.id or any(w.id == target.id for w in leg.route):
                continue
            if distance_km(last.lat, last.lon, target.lat, target.lon) <= OBJECTIVE_REACH_KM:
                leg.route.append(_waypoint(intended, None, False, "intended"))
    _time_waypoints(item, events, merged)
    return merged + _withdrawals(item, events) + _intended_moves(item, events, merged)


def _withdrawals(item: ArticleEvents, events: Sequence[Event]) -> list[Advance]:
    """A withdrawal with a stated destination is an arrow of the side that withdrew, from the
    place it left (zogen sich aus X nach Y zurück; retreated from X to Y). Without a destination
    it is a control change only (control.py)."""
    legs = []
    for event in events:
        if event.type != "withdrawal" or event.certainty == "intended":
            continue
        left = _with_role(item, event, ("origin", "target")) or _with_role(item, event, ("location",))
        to = _destinations(item, event)
        if not left or not to:
            continue
        reached = not short_of(item.text, event, to[0])  # "retreated towards Svatove"
        route = _dedupe(
            [
                _waypoint(left[0], event.t_start, True, "confirmed"),
                _waypoint(to[0], event.t_end, reached, event.certainty),
            ]
        )
        if len(route) < 2:
            continue
        legs.append(_leg(item, event, route, movement="withdrawal"))
    return legs


def _intended_moves(item: ArticleEvents, events: Sequence[Event], legs: Sequence[Advance]) -> list[Advance]:
    """A move the text says is planned, from a stated origin (wollen von X aus Y erobern; would
    push on from X to take Y): a dotted arrow that is never reached, dated when it was reported.
    An objective already on one of the article's routes is not drawn twice."""
    on_routes = [w for leg in legs for w in leg.route]
    found = []
    for event in events:
        if event.certainty != "intended" or event.type not in _MOTION | {"capture", "recapture"}:
            continue
        # with no stated origin, where the force is before the verb ("fighters paraded through
        # Konna, saying they would push on to take Mopti and Sevare")
        origins = _origins(item, event) or [
            m for m in _with_role(item, event, ("location", "via")) if m.start < event.start
        ]
        targets = _with_role(item, event, ("destination", "target", "objective"))
        for target in targets[:_INTENDED_TARGETS]:
            starts = origins or _held_near(item, events, event, target)
            if not starts:
                continue
            start, goal = (
                _waypoint(starts[0], event.t_start, True, "confirmed"),
                _waypoint(target, None, False, "intended"),
            )
            if _distance(start, goal) < SAME_PLACE_KM or any(
                _distance(w, goal) < SAME_PLACE_KM for w in on_routes
            ):
                continue
            found.append(_leg(item, event, [start, goal]))
    return found


def _held_near(item: ArticleEvents, events: Sequence[Event], event: Event, target: PlaceMention) -> list:
    """Where forces that mean to move on stand when the plan names no start: the last place the
    article says their side took or reached before it, within OBJECTIVE_REACH_KM of the goal. The
    taking's side must be named; a plan of no named side counts only when its speakers say "we"
    ("have retaken the airport … 'very soon we will move into Timbuktu'")."""
    held = []
    for before in events:
        if before.sentence > event.sentence or (
            before.sentence == event.sentence and before.start > event.start
        ):
            break
        if before.type not in ("capture", "recapture", "arrival") or before.certainty == "intended":
            continue
        takers = {s for s in before.sides if s}
        if before.negated or not takers or not _same_side(event.sides, before.sides):
            continue  # a town taken by a side unnamed may be the other side's gain
        if not any(event.sides) and not _WE.search(item.text, max(0, event.start - 40), event.start):
            continue  # "Moscow said it would move troops": whose, the text does not say
        # not "took a depot near X" (vicinity); "retook the airport of Gao" is where the airport is
        for mention in _with_role(item, before, ("target", "destination", "location")):
            goal = target.place
            km = distance_km(mention.place.lat, mention.place.lon, goal.lat, goal.lon)
            if SAME_PLACE_KM <= km <= OBJECTIVE_REACH_KM:
                held = [mention]
    return held


def _leg(item: ArticleEvents, event: Event, route: list[Waypoint], **fields) -> Advance:
    """An advance one event of the article states: its actors, certainty and sentence."""
    return Advance(
        route=route,
        actors=list(event.actors),
        certainty=event.certainty,
        evidence=[_evidence(item, event)],
        articles=[item.article_id],
        **fields,
    )


def _evidence(item: ArticleEvents, event: Event) -> Evidence:
    return Evidence(item.article_id, event.sentence, event.quote)


def _taken_objective(item: ArticleEvents, events: Sequence[Event], setting_out):
    """The offensive's objective as the article reports it taken: the first point-like place of
    a confirmed (else claimed) capture that is not where the forces set out from.

    Returns (mention, time it was taken, the sides that took it) or None."""
    for wanted in ("confirmed", "claimed"):
        for event in events:
            if event.type not in ("capture", "recapture") or event.certainty != wanted:
                continue
            for ep in event.places:
                mention = item.places[ep.place]
                if ep.role not in ("target", "location", "destination") or not _point(mention):
                    continue
                if setting_out is not None and mention.place.id == setting_out[0].place.id:
                    continue
                return mention, event.t_end, event.sides
    return None


def _same_side(movers: Sequence, takers: Sequence) -> bool:
    """Whether a movement may end at a taking: the same side, or either side unnamed
    (reinforcements of the defenders do not go to the town the attackers took)."""
    named = {s for s in movers if s}, {s for s in takers if s}
    return not named[0] or not named[1] or bool(named[0] & named[1])


def _intended_objective(item: ArticleEvents, events: Sequence[Event]) -> Optional[PlaceMention]:
    """The place the article's forces mean to take (um … Abu Kamal zu erobern), if any."""
    for event in events:
        if event.type in ("capture", "recapture") and event.certainty == "intended":
            for ep in event.places:
                if _point(item.places[ep.place]):
                    return item.places[ep.place]
    return None


def _main_actors(events: Sequence[Event], objective) -> tuple[str, ...]:
    """Who the article is about: the actors of the objective's capture, else the first force it
    names moving or taking ground (not the defenders of "Gebiete von Mossul, das vom IS
    gehalten wird"), else the first named; never a force that withdrew (it fell back, others pushed on)."""
    if objective is not None:
        for event in events:
            if event.type in ("capture", "recapture") and event.actors and event.t_end == objective[1]:
                return event.actors
    for kinds in (_MOTION | {"capture", "recapture"}, None):
        for event in events:
            if event.type == "withdrawal":
                continue  # those who fell back are not the ones who pushed on
            if event.actors and (kinds is None or event.type in kinds):
                return event.actors
    return ()


def _setting_out(item: ArticleEvents, events: Sequence[Event]) -> Optional[tuple[PlaceMention, frozenset]]:
    """Where the article's forces set out from, with the sides of the event that says so: the
    first origin of a crossing or advance, or the place where they crossed ("überquerten bei
    al-Qaim die Grenze")."""
    for event in events:
        if event.type in _MOTION:
            origins = _origins(item, event)
            if origins:
                return origins[0], frozenset(event.sides)
            if event.type == "crossing":
                at = _with_role(item, event, ("location",))
                if at:
                    return at[0], frozenset(event.sides)
    return None


def _set_out_from(setting_out, event: Event, destinations: Sequence[PlaceMention]) -> list[PlaceMention]:
    """The article's setting-out place as the start of a move that states none, unless the
    move is another side's or goes far beyond the operation (SETTING_OUT_REACH_KM: the troops
    that set out from Niono for Diabaly, 60 km, are not the ones arriving in Bamako, 290 km)."""
    if setting_out is None:
        return []
    place, sides = setting_out
    if sides and event.sides and not sides & set(event.sides):
        return []
    start = place.place
    if any(
        _point(d) and distance_km(start.lat, start.lon, d.place.lat, d.place.lon) > SETTING_OUT_REACH_KM
        for d in destinations[:1]
    ):
        return []
    return [place]


def _point(mention: PlaceMention) -> bool:
    return mention.place is not None and mention.place.kind in POINT_KINDS


def _with_role(
    item: ArticleEvents, event: Event, roles: Sequence[str], areas: bool = False
) -> list[PlaceMention]:
    found = []
    for ep in event.places:
        mention = item.places[ep.place]
        drawn = _point(mention) or (
            areas and mention.place is not None and mention.place.kind in ORIGIN_AREA_KINDS
        )
        if ep.role in roles and drawn and all(m.place.id != mention.place.id for m in found):
            found.append(mention)
    return found


def _origins(item, event):
    """Where a movement sets out: a town, or a region or state ("aus dem Nordirak"), drawn at its centre."""
    return _with_role(item, event, ("origin",), areas=True)


def _destinations(item, event):
    return _with_role(item, event, ("destination",))


def _follows(
    item: ArticleEvents, event: Event, start: PlaceMention, origins: Sequence[PlaceMention]
) -> Optional[str]:
    """The river or road a leg follows: a river named in the event goes with the origin nearest
    to it ("entlang des Euphrats vom … Anah hinauf und … von Akashat": the Euphrates is Anah's);
    else a numbered road the sentence names (road_followed)."""
    for ep in event.places:
        mention = item.places[ep.place]
        if mention.place is None or mention.place.kind != "river":
            continue
        nearest = min(origins or [start], key=lambda o: abs(o.start - mention.start))
        if nearest.start == start.start:
            return mention.place.name
    return road_followed(event.quote)


def _waypoint(mention: PlaceMention, time: Optional[str], reached: bool, certainty: str) -> Waypoint:
    place = mention.place
    return Waypoint(
        place.name, place.id, place.lat, place.lon, time if reached else None, reached, certainty, place.kind
    )


def _dedupe(route: list[Waypoint]) -> list[Waypoint]:
    kept: list[Waypoint] = []
    for waypoint in route:
        if kept and _distance(kept[-1], waypoint) < SAME_PLACE_KM:
            continue
        kept.append(waypoint)
    return kept


def _merge_same_origin(legs: list[Advance]) -> list[Advance]:
    """Legs of one article from the same place towards the same direction are one advance
    (crossing from al-Qaim towards Abu Kamal, and reaching Suwayyah on the way)."""
    merged: list[Advance] = []
    for leg in legs:
        for other in merged:
            if _distance(other.origin, leg.origin) < SAME_PLACE_KM and _same_direction(other, leg):
                _absorb(other, leg)
                break
        else:
            merged.append(leg)
    return merged


def _same_direction(a: Advance, b: Advance, tolerance: float = 45.0) -> bool:
    """Both legs head the same way from their common origin (or end at the same place)."""
    if _distance(a.destination, b.destination) < SAME_PLACE_KM:
        return True
    difference = abs(bearing(a.origin, a.destination) - bearing(b.origin, b.destination)) % 360
    return min(difference, 360 - difference) <= tolerance


def _absorb(into: Advance, other: Advance) -> None:
    for waypoint in other.route:
        existing = next((w for w in into.route if _distance(w, waypoint) < SAME_PLACE_KM), None)
        if existing is None:
            into.route.append(waypoint)
        else:
            existing.reached = existing.reached or waypoint.reached
            existing.time = (
                min(t for t in (existing.time, waypoint.time) if t)
                if (existing.time or waypoint.time)
                else None
            )
            existing.until = (
                max(t for t in (existing.until, waypoint.until) if t)
                if (existing.until or waypoint.until)
                else None
            )
            if waypoint.certainty != existing.certainty:
                existing.certainty = weakest([existing.certainty, waypoint.certainty])
    origin = into.route[0]
    into.route[1:] = sorted(into.route[1:], key=lambda w: (not w.reached, _distance(origin, w)))
    into.actors += [a for a in other.actors if a not in into.actors]
    known = set(into.evidence)
    into.evidence += [e for e in other.evidence if e not in known]
    into.certainty = weakest([into.certainty, other.certainty])
    into.follows = into.follows or other.follows
    into.articles += [a for a in other.articles if a not in into.articles]


def _time_waypoints(item: ArticleEvents, events: Sequence[Event], legs: Sequence[Advance]) -> None:
    """A reached waypoint's time: the first dated event that puts the forces there (fighting
    inside the town, its capture, an arrival), else the movement that reached it. A date known
    only to the month means "reached by its end"."""
    for leg in legs:
        for waypoint in leg.route[1:]:
            if not waypoint.reached:
                waypoint.time = None
                continue
            there = {kind: ([], []) for kind in ("taken", "moved")}
            for event in events:
                if event.t_start is None or event.type not in _TAKEN | _MOTION:
                    continue
                group = "taken" if event.type in _TAKEN else "moved"
                for ep in event.places:
                    place = item.places[ep.place].place
                    if (
                        place is None
                        or ep.role in ("origin", "reference", "vicinity")
                        or place.kind not in POINT_KINDS
                    ):
                        continue
                    if (
                        place.id == waypoint.id
                        or distance_km(place.lat, place.lon, waypoint.lat, waypoint.lon) < SAME_PLACE_KM
                    ):
                        # a month or year counts from its end; an open end from its start
                        end = event.t_end or event.t_start
                        there[group][0].append(event.t_start if event.precision == "day" else end)
                        there[group][1].append(end)
            starts, ends = there["taken"] if there["taken"][0] else there["moved"]
            if starts:
                waypoint.time = min(starts)
                waypoint.until = max(ends)


# -- across articles ------------------------------------------------------------------------


def fuse(
    legs: Sequence[Advance], denials: Sequence[Denial] = (), lead_days: int = DEFAULT_LEAD_DAYS
) -> list[Advance]:
    """One advance per route across all articles, chained in time, with estimated starts flagged;
    a later report that a waypoint was not taken makes it unreached, and is kept as evidence.

    Legs are bucketed by their origin on a coarse grid, so fusing 10,000 articles compares each
    leg with few others instead of all of them."""
    buckets: dict[tuple[int, int], list[Advance]] = {}
    objectives: dict[tuple[int, int], list[Advance]] = {}  # advances by their unreached objective
    fused: list[Advance] = []
    for leg in legs:
        key = grid_cell(leg.origin)
        match = None
        for cell in neighbour_cells(key):
            for other in buckets.get(cell, []):
                if (
                    other.movement == leg.movement
                    and _distance(other.origin, leg.origin) < SAME_PLACE_KM
                    and _same_way(other, leg)
                ):
                    match = other
                    break
            if match:
                break
        if match is None:
            nearby = (
                a for cell in neighbour_cells(grid_cell(leg.destination)) for a in objectives.get(cell, [])
            )
            match = next((a for a in nearby if _completes(a, leg)), None)
            if match is not None:
                _complete(match, leg)
                continue
        if match is not None:
            _absorb(match, leg)
        else:
            buckets.setdefault(key, []).append(leg)
            fused.append(leg)
            match = leg
        for waypoint in match.route:
            if not waypoint.reached:
                cell_list = objectives.setdefault(grid_cell(waypoint), [])
                if match not in cell_list:
                    cell_list.append(match)
    for advance in fused:
        _apply_denials(advance, denials)
        _set_times(advance)
        if advance.side is None:
            advance.side = next(iter(sides_of(advance.actors)), None)
    _chain(fused)
    for advance in fused:
        if advance.t_start is None:
            _estimate_start(advance, lead_days)
    fused.sort(key=lambda a: (a.t_start or "9999", a.t_end or "9999", a.origin.name))
    for number, advance in enumerate(fused, start=1):
        advance.id = f"advance-{number}"
    return fused


def _completes(advance: Advance, leg: Advance) -> bool:
    """A later report takes the objective an advance was heading for, from a point it reached."""
    objective = next((w for w in advance.route if not w.reached), None)
    if (
        objective is None
        or advance.movement != leg.movement
        or _distance(objective, leg.destination) >= SAME_PLACE_KM
    ):
        return False
    return any(w.reached and _distance(w, leg.origin) < SAME_PLACE_KM for w in advance.route)


def _complete(advance: Advance, leg: Advance) -> None:
    objective = next(w for w in advance.route if not w.reached)
    reached = leg.destination
    objective.reached = True
    objective.time = reached.time
    objective.until = reached.until
    objective.certainty = reached.certainty
    advance.actors += [a for a in leg.actors if a not in advance.actors]
    advance.evidence += [e for e in leg.evidence if e not in advance.evidence]
    advance.articles += [a for a in leg.articles if a not in advance.articles]
    advance.certainty = weakest([advance.certainty, leg.certainty])


def _apply_denials(advance: Advance, denials: Sequence[Denial]) -> None:
    for waypoint in advance.route[1:]:
        if not waypoint.reached:
            continue
        for denial in denials:
            same = (
                denial.place_id == waypoint.id
                or distance_km(denial.lat, denial.lon, waypoint.lat, waypoint.lon) < SAME_PLACE_KM
            )
            if same and denial.date and waypoint.time and denial.date >= waypoint.time:
                waypoint.reached = False
                waypoint.denied = denial.date
                waypoint.time = waypoint.until = None
                waypoint.certainty = "claimed"
                if denial.evidence not in advance.contradicted_by:
                    advance.contradicted_by.append(denial.evidence)


def _same_way(a: Advance, b: Advance) -> bool:
    """Same origin and one's end lies on the other's route (or they end at the same place)."""
    return any(_distance(w, b.destination) < SAME_PLACE_KM for w in a.route[1:]) or any(
        _distance(w, a.destination) < SAME_PLACE_KM for w in b.route[1:]
    )


def _set_times(advance: Advance) -> None:
    reached = [w.until or w.time for w in advance.route[1:] if w.reached and (w.until or w.time)]
    advance.t_end = max(reached) if reached else None
    first_arrival = min((w.time for w in advance.route[1:] if w.reached and w.time), default=None)
    start = advance.route[0].time
    if start and (first_arrival is None or start <= first_arrival):
        advance.t_start = start  # the text says when they set out
    else:
        advance.route[0].time = None


def _chain(advances: list[Advance]) -> None:
    """An advance that sets out from where another one ended continues it."""
    ends: dict[tuple[int, int], list[Advance]] = {}
    for advance in advances:
        ends.setdefault(grid_cell(advance.last_reached()), []).append(advance)
    for advance in advances:
        before = []
        for cell in neighbour_cells(grid_cell(advance.origin)):
            for other in ends.get(cell, []):
                if (
                    other is not advance
                    and other.movement == advance.movement
                    and _distance(other.last_reached(), advance.origin) < SAME_PLACE_KM
                    and other.t_end
                ):
                    before.append(other)
        if not before:
            continue
        ended = max(o.t_end for o in before)
        if advance.t_start is None or advance.t_start < ended:
            advance.t_start = ended
            advance.t_start_estimated = True
            names = " and ".join(sorted({o.origin.name for o in before}))
            advance.estimate_note = (
                f"start not stated; set to {ended}, when the advance from {names} to "
                f"{advance.origin.name} ended (this one continues it)"
            )
            advance.route[0].time = ended
            for waypoint in advance.route[1:]:
                if waypoint.time is not None and waypoint.time < ended:
                    waypoint.time = ended
        if advance.t_end is not None and advance.t_end < advance.t_start:
            advance.t_end = advance.t_start


def _estimate_start(advance: Advance, lead_days: int) -> None:
    first = min((w.time for w in advance.route[1:] if w.time), default=None)
    if first is None:
        advance.estimate_note = "no date in the text for any point of this route"
        return
    start = (dt.date.fromisoformat(first[:10]) - dt.timedelta(days=lead_days)).isoformat()
    advance.t_start = start
    advance.route[0].time = start
    advance.t_start_estimated = True
    advance.estimate_note = (
        f"start not stated; estimated {lead_days} days before the first dated arrival ({first})"
    )


_CELL_DEGREES = 0.05  # about 5 km: more than SAME_PLACE_KM, so the 3×3 neighbourhood covers it


def grid_cell(point) -> tuple[int, int]:
    """The grid cell of anything with lat and lon; neighbour_cells(cell) covers SAME_PLACE_KM."""
    return (math.floor(point.lat / _CELL_DEGREES), math.floor(point.lon / _CELL_DEGREES))


def neighbour_cells(cell: tuple[int, int]):
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            yield (cell[0] + dy, cell[1] + dx)


def _distance(a: Waypoint, b: Waypoint) -> float:
    return distance_km(a.lat, a.lon, b.lat, b.lon)


__all__ = [
    "Advance",
    "ArticleEvents",
    "Denial",
    "Evidence",
    "Waypoint",
    "article_advances",
    "article_denials",
    "fuse",
    "road_followed",
]
