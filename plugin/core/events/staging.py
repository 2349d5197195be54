"""Where attacks set out from when no verb of moving says so: a town a report calls their starting
point or staging ground ("Isjum war Ausgangspunkt russischer Angriffe, um Slowjansk zu
erobern"; "the town served as a launchpad for assaults on Kramatorsk"). Each place the sentence's
attacks and planned takings in the noun's clause aim at is drawn from that town, unreached: the
clause tells a push or a plan, not a taking. The town itself is where the attacks came from, not
where they struck; a taking of it stays ("recaptured Izium, which had served as a staging
ground …").

The staging words are data (events_*.json 'staging_nouns'; positions.json 'copulas',
'purpose_openers', 'target_prepositions'). The town is the nearest place named before the noun
in its clause, or right after a copula that follows it ("Ausgangspunkt der Angriffe war
Isjum"); with none, a noun that points back ("Die Kleinstadt war … Ausgangspunkt", "The town
had been a springboard") names the town the sentence before was about.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from typing import Mapping, Sequence

from ..language.text import Segmented
from ..places.gazetteer import POINT_KINDS, distance_km
from ..places.mentions import PlaceMention
from ..places.relative import position_words
from .actors import actor_table, english_adjective
from .advances import SAME_PLACE_KM, Advance, ArticleEvents, Evidence, Waypoint
from .extractor import Event, EventPlace, event_table
from .references import singular_anaphora

# A staging ground serves the front it lies on: a goal farther than this from it is another
# front's (about two days' march, as axes.HEADING_MAX_KM).
STAGING_REACH_KM = 150.0
_ARTICLES = frozenset({"a", "an", "the", "ein", "eine", "einen", "einem", "der", "die", "das", "zum", "zur"})
_MOVED_OFF = frozenset({"attack", "advance"})  # what set out from the staging town, not what took it
_GOAL_ROLES = frozenset({"target", "destination", "objective", "location"})
_MAX_GOALS = 3  # goals named together each get an arrow ("um Kramatorsk und Slowjansk zu erobern")


@dataclass(frozen=True)
class Staging:
    """The town a sentence calls a staging ground (an index into the article's places), the
    forces its words after the noun name ("Ausgangspunkt russischer Angriffe": Russian forces),
    and the stretch of text (character offsets) whose attacks and plans set out from it."""

    place: int
    actors: tuple[str, ...] = ()
    begin: int = 0
    end: int = 0

    def covers(self, event: Event) -> bool:
        return self.begin <= event.start < self.end


def staging_places(doc: Segmented, places: Sequence[PlaceMention], lang: str) -> dict[int, Staging]:
    """Sentence index → the town that sentence calls a staging ground: named before the noun in
    its clause ("Isjum, das monatelang Ausgangspunkt … war"), after it and a copula
    ("Ausgangspunkt der Angriffe war Isjum"), or pointed back to ("Die Stadt war Ausgangspunkt")."""
    table = event_table(lang)
    phrases = [tuple(p.split()) for p in table.get("staging_nouns", ())]
    if not phrases:
        return {}
    first_words = frozenset(p[0] for p in phrases if p)  # a phrase can only start at one of these
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
        hit = next(
            (
                (k, len(p))
                for k in range(len(words))
                if words[k] in first_words
                for p in phrases
                if tuple(words[k : k + len(p)]) == p
            ),
            None,
        )
        if hit is None:
            continue
        at, length = hit
        first, last = _clause(words, at, at + length, lang)
        points = [i for i in places_of[sentence] if _point(places[i])]
        before = [
            i for i in points if tokens[first].start <= places[i].start and places[i].end <= tokens[at].start
        ]
        after = [i for i in points if _after_copula(tokens, words, at + length, last, places[i], lang)]
        actors = _attackers(tokens, words, at + length, last, lang)
        span = (tokens[first].start, tokens[last - 1].end)
        if before or after:
            found[sentence] = Staging((before[-1:] or after)[0], actors, *span)
            continue
        earlier = [i for i in places_of.get(sentence - 1, ()) if _point(places[i])]
        for i, noun in singular_anaphora(tokens, places, places_of[sentence], earlier, table, at):
            if first <= noun < at:  # the noun is the staging ground's subject, not a goal after it
                found[sentence] = Staging(i, actors, *span)
    return found


def _clause(words: list[str], at: int, after: int, lang: str) -> tuple[int, int]:
    """The token range of the staging noun's clause: back to a semicolon, a colon, a
    subordinating word or a comma (not one before a relative pronoun: "Isjum, das … war"),
    on to the same (not a comma before a purpose: ", um Slowjansk zu erobern")."""
    breaks, relatives, purposes = _clause_words(lang)
    first = at
    # "served as a staging ground", "diente als Sprungbrett": the "as" belongs to the noun
    while first > 0 and words[first - 1] in _ARTICLES:
        first -= 1
    if first > 0 and words[first - 1] in ("as", "als"):
        first -= 1
    while first > 0:
        word = words[first - 1]
        if word in (";", ":") or word in breaks or (word == "," and words[first] not in relatives):
            break
        first -= 1
    last = after
    while last < len(words):
        word = words[last]
        nxt = words[last + 1] if last + 1 < len(words) else ""
        if word in (";", ":") or word in breaks or (word == "," and nxt not in purposes):
            break
        last += 1
    return first, last


@cache
def _clause_words(lang: str) -> tuple[frozenset, frozenset, frozenset]:
    words = position_words(lang)
    return (
        frozenset(w.lower() for w in words.get("heading_breaks", ())),
        frozenset(w.lower() for w in words.get("heading_relatives", ())),
        frozenset(w.lower() for w in words.get("purpose_openers", ())),
    )


def _after_copula(tokens, words: list[str], after: int, last: int, mention: PlaceMention, lang: str) -> bool:
    """ "Ausgangspunkt der Angriffe war Isjum", "the staging ground was Izium": the name right
    after a copula that follows the noun in its clause."""
    copulas = frozenset(position_words(lang).get("copulas", ()))
    for k in range(after, last):
        if words[k] in copulas:
            return k + 1 < len(tokens) and tokens[k + 1].start == mention.start
    return False


def _attackers(tokens, words: list[str], after: int, last: int, lang: str) -> tuple[str, ...]:
    """The forces a nation's adjective names between the staging phrase and the first
    preposition after it ("Ausgangspunkt russischer Angriffe", "a staging ground for Russian
    attacks"; not "Angriffe auf russische Stellungen": those are the targets)."""
    table = actor_table(lang)
    demonyms, stops = table["_demonyms"], frozenset(table.get("target_markers", ()))
    stops |= frozenset(position_words(lang).get("target_prepositions", ()))
    for k in range(after, min(last, after + 4)):
        if words[k] in stops:
            break
        code = demonyms.get(tokens[k].text) or demonyms.get(words[k])
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
        if told is None or event.type not in _MOVED_OFF or not told.covers(event):
            out.append(event)  # a capture of the town stays: "recaptured Izium, which had served as …"
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
        if told is None or event.negated or not _staged(event) or not told.covers(event):
            continue
        at = told.place
        start = item.places[at].place
        goals = [
            item.places[p.place]
            for p in event.places
            if p.role in _GOAL_ROLES and p.place != at and _point(item.places[p.place])
        ]
        actors = list(event.actors) or _clause_actors(item.events, told) or list(told.actors)
        for goal in goals[:_MAX_GOALS]:
            place = goal.place
            km = distance_km(start.lat, start.lon, place.lat, place.lon)
            if not SAME_PLACE_KM <= km <= STAGING_REACH_KM:
                continue
            if any(distance_km(w.lat, w.lon, place.lat, place.lon) < SAME_PLACE_KM for w in on_routes):
                continue
            certainty = event.certainty
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


def _staged(event: Event) -> bool:
    """An attack or a push, or a taking the clause plans ("um Slowjansk zu erobern"); not a
    taking it reports."""
    return event.type in _MOVED_OFF or (
        event.type in ("capture", "recapture") and event.certainty == "intended"
    )


def _clause_actors(events: Sequence[Event], told: Staging) -> list[str]:
    """Who attacks, where the verb of the goal names nobody ("Ausgangspunkt russischer Angriffe,
    um Slowjansk zu erobern": the Russians of the attacks), from the staging clause only."""
    for event in events:
        if told.covers(event) and event.actors:
            return list(event.actors)
    return []


def _point(mention: PlaceMention) -> bool:
    return mention.place is not None and mention.place.kind in POINT_KINDS
