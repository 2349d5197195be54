"""Where attacks set out from when no verb of moving says so: a town a report calls their starting
point or staging ground ("Isjum war Ausgangspunkt russischer Angriffe, um Slowjansk zu
erobern"; "the town served as a launchpad for assaults on Kramatorsk"). Each place the sentence's
attacks and intended takings aim at is drawn from that town, unreached: the sentence tells a
push or a plan, not a taking. The town itself is where the attacks came from, not where they
struck.

The staging words are data (events_*.json 'staging_nouns'). The town is the nearest place named
before the noun in its sentence; with none, a noun that points back ("Die Kleinstadt war …
Ausgangspunkt", "The town had been a springboard") names the town the sentence before was about.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from dataclasses import dataclass
from typing import Mapping, Sequence

from ..language.text import Segmented
from ..places.gazetteer import POINT_KINDS, distance_km
from ..places.mentions import PlaceMention
from .actors import actor_table, english_adjective
from .advances import SAME_PLACE_KM, Advance, ArticleEvents, Evidence, Waypoint
from .extractor import Event, EventPlace, event_table
from .references import singular_anaphora

# A staging ground serves the front it lies on: a goal farther than this from it is another
# front's (about two days' march, as axes.HEADING_MAX_KM).
STAGING_REACH_KM = 150.0
STAGED_TYPES = frozenset({"attack", "advance", "capture", "recapture"})
_GOAL_ROLES = frozenset({"target", "destination", "objective", "location"})
_MAX_GOALS = 3  # goals named together each get an arrow ("um Kramatorsk und Slowjansk zu erobern")


@dataclass(frozen=True)
class Staging:
    """The town a sentence calls a staging ground (an index into the article's places), and the
    forces its words after the noun name ("Ausgangspunkt russischer Angriffe": Russian forces)."""

    place: int
    actors: tuple[str, ...] = ()


def staging_places(doc: Segmented, places: Sequence[PlaceMention], lang: str) -> dict[int, Staging]:
    """Sentence index → the town that sentence calls a staging ground."""
    table = event_table(lang)
    phrases = [tuple(p.split()) for p in table.get("staging_nouns", ())]
    if not phrases:
        return {}
    tokens_of: dict[int, list] = defaultdict(list)
    for token in doc.tokens:
        tokens_of[token.sentence].append(token)
    places_of: dict[int, list[int]] = defaultdict(list)
    for i, mention in enumerate(places):
        if mention.sentence is not None:
            places_of[mention.sentence].append(i)
    found = {}
    for sentence, tokens in tokens_of.items():
        words = [t.text.lower() for t in tokens]
        at = next(
            (k for k in range(len(words)) for p in phrases if tuple(words[k : k + len(p)]) == p),
            None,
        )
        if at is None:
            continue
        before = [i for i in places_of[sentence] if places[i].end <= tokens[at].start and _point(places[i])]
        actors = _attackers(tokens, at, lang)
        if before:
            found[sentence] = Staging(before[-1], actors)
            continue
        earlier = [i for i in places_of.get(sentence - 1, ()) if _point(places[i])]
        for i, noun in singular_anaphora(tokens, places, places_of[sentence], earlier, table, at):
            if noun < at:  # the noun is the staging ground's subject, not a goal after it
                found[sentence] = Staging(i, actors)
    return found


def _attackers(tokens, at: int, lang: str) -> tuple[str, ...]:
    """The forces a nation's adjective names within the words after the staging noun
    ("Ausgangspunkt russischer Angriffe", "a staging ground for Russian attacks")."""
    demonyms = actor_table(lang)["_demonyms"]
    for token in tokens[at + 1 : at + 5]:
        code = demonyms.get(token.text) or demonyms.get(token.text.lower())
        if code:
            return (f"{english_adjective(code)} forces",)
    return ()


def restaged(events: Sequence[Event], staging: Mapping[int, Staging]) -> list[Event]:
    """The sentence's events with the staging town no longer where they happened: "Isjum war
    Ausgangspunkt russischer Angriffe" tells where the attacks came from, not that Isjum was
    attacked. The town stays on the event as a place named beside it."""
    out = []
    for event in events:
        told = staging.get(event.sentence)
        if told is None or event.type not in STAGED_TYPES:
            out.append(event)
            continue
        at = told.place
        moved = tuple(
            EventPlace(p.place, "reference") if p.place == at and p.role in _GOAL_ROLES else p
            for p in event.places
        )
        out.append(dataclasses.replace(event, places=moved) if moved != event.places else event)
    return out


def staged_moves(
    item: ArticleEvents, staging: Mapping[int, Staging], legs: Sequence[Advance]
) -> list[Advance]:
    """An unreached arrow from each staging town to what its sentence's attacks and intended
    takings aim at; a goal already on one of the article's arrows is not drawn twice."""
    on_routes = [w for leg in legs for w in leg.route]
    found: list[Advance] = []
    for event in item.events:
        told = staging.get(event.sentence)
        if told is None or event.negated or event.type not in STAGED_TYPES:
            continue
        at = told.place
        start = item.places[at].place
        goals = [
            item.places[p.place]
            for p in event.places
            if p.role in _GOAL_ROLES and p.place != at and _point(item.places[p.place])
        ]
        actors = list(event.actors) or _sentence_actors(item.events, event.sentence) or list(told.actors)
        for goal in goals[:_MAX_GOALS]:
            place = goal.place
            km = distance_km(start.lat, start.lon, place.lat, place.lon)
            if not SAME_PLACE_KM <= km <= STAGING_REACH_KM:
                continue
            if any(distance_km(w.lat, w.lon, place.lat, place.lon) < SAME_PLACE_KM for w in on_routes):
                continue
            certainty = "intended" if event.certainty == "intended" else event.certainty
            route = [
                Waypoint(
                    start.name, start.id, start.lat, start.lon, event.t_start, True, "confirmed", start.kind
                ),
                Waypoint(place.name, place.id, place.lat, place.lon, None, False, certainty, place.kind),
            ]
            found.append(
                Advance(
                    route=route,
                    actors=actors,
                    certainty=certainty,
                    evidence=[Evidence(item.article_id, event.sentence, event.quote)],
                    articles=[item.article_id],
                )
            )
            on_routes.extend(route[1:])
    return found


def _sentence_actors(events: Sequence[Event], sentence: int) -> list[str]:
    """Who attacks, where the verb of the goal names nobody ("Ausgangspunkt russischer Angriffe,
    um Slowjansk zu erobern": the Russians of the attacks)."""
    for event in events:
        if event.sentence == sentence and event.actors:
            return list(event.actors)
    return []


def _point(mention: PlaceMention) -> bool:
    return mention.place is not None and mention.place.kind in POINT_KINDS
