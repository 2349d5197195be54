"""Moves a report gives a start and a compass direction but no goal: "Von Charkiw aus sind wir
auch nach Norden vorgerückt", "pushed south from Izium". Nothing else draws them (a leg needs a
goal, a heading a place to head for), so an analyst reading "advanced north from Kharkiv" would
find no arrow at all.

Rule 7 (after axes.py's rules 0–6): a bearing B of a move from place O is drawn as an arrow from O,
BEARING_ARROW_KM that way, its end unreached and named by the direction ("nördlich von Charkiw",
"north of Kharkiv"): the point marks a direction, not a place reached. The same start and
direction told by several reports is one arrow. A bearing the batch already shows is not drawn:
where a taking of the move's side (of any side, when the report names none), or a point of one
of its arrows, lies within BEARING_COVER_DEG of the direction and BEARING_COVER_KM of O, the map
already has the way that move went ("von Charkiw aus … Richtung Süden und Osten", with Balaklija
and Kupjansk taken).

The words are data (positions.json): the compass nouns of 'approach', after one of 'heading_to'
("nach Norden", "Richtung Süden und Osten", "to the north"), or an adverb of 'heading_adverbs'
(nordwärts, southwards); English also a compass word right after the verb ("advancing north"),
not followed by "of" (a position: "advanced north of Kharkiv").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Iterable, Optional, Sequence

from ..places.gazetteer import POINT_KINDS, bearing, distance_km, turn_deg
from ..places.relative import destination, position_words
from ..places.words import alternatives
from .advances import SAME_PLACE_KM, Advance, Evidence, Waypoint
from .sides import first_side, side_of

BEARING_ARROW_KM = 30.0  # about a day's advance; the end marks a direction, not a place reached
BEARING_COVER_DEG = 45.0  # a taking within this of the direction shows the way the move went
BEARING_COVER_KM = 150.0  # … and within this of the start (two days' march, as HEADING_MAX_KM)
DIRECTION = "direction"  # how the arrow was found: a stated start and a compass direction
_MOVES = frozenset({"advance"})


@dataclass(frozen=True)
class Bearing:
    """A move of `side` (None: not named) from a place in a compass direction, as one report tells it."""

    side: Optional[str]
    name: str
    id: Optional[str]
    lat: float
    lon: float
    degrees: float
    when: Optional[str]
    evidence: Evidence
    actors: tuple[str, ...] = ()
    certainty: str = "confirmed"
    lang: str = "en"
    written: str = ""  # the start's name as the report writes it (Charkiw)


@cache
def _pattern(lang: str) -> re.Pattern:
    words = position_words(lang)
    nouns = alternatives(words["approach"])
    adverbs = alternatives(words.get("heading_adverbs", {}))
    before = alternatives(words.get("heading_to", ()))
    more = rf"(?:\s*(?:,|und|and|sowie)\s+(?:{nouns})\b)*"
    return re.compile(
        rf"\b(?:(?:{before})\s+(?:{nouns})\b{more}|(?:{adverbs})\b)(?!\s+(?:of|von|des|der)\b)",
        re.IGNORECASE,
    )


@cache
def _after_verb(lang: str) -> Optional[re.Pattern]:
    """English: a compass word right after the verb of moving ("advancing north", "pushed
    further south")."""
    if lang != "en":
        return None
    nouns = alternatives(position_words(lang)["approach"])
    return re.compile(
        rf"^\s+(?:(?:further|farther|rapidly|quickly)\s+)?(?:{nouns})\b(?!\s*-|\s+of\b)", re.IGNORECASE
    )


def directions_in(sentence: str, lang: str, after_trigger: str = "") -> list[float]:
    """The compass directions a sentence says a move went, in degrees, each once."""
    table = {k.lower(): float(v) for k, v in position_words(lang)["approach"].items()}
    table.update({k.lower(): float(v) for k, v in position_words(lang).get("heading_adverbs", {}).items()})
    found: list[float] = []
    spans = [m.group(0) for m in _pattern(lang).finditer(sentence)]
    pattern = _after_verb(lang)
    if pattern is not None and after_trigger:
        match = pattern.match(after_trigger)
        if match:
            spans.append(match.group(0))
    for span in spans:
        for word in re.findall(r"[\w-]+", span):
            degrees = table.get(word.lower())
            if degrees is not None and degrees not in found:
                found.append(degrees)
    return found


def article_bearings(
    article_id: str, text: str, places: Sequence, events: Iterable, lang: str
) -> list[Bearing]:
    """The moves of one article with a stated start, no goal and a compass direction."""
    found = []
    for event in events:
        if event.type not in _MOVES or event.past or event.negated or event.certainty == "intended":
            continue
        origins = [
            places[ep.place] for ep in event.places if ep.role == "origin" and _point(places[ep.place])
        ]
        goals = [ep for ep in event.places if ep.role == "destination" and _point(places[ep.place])]
        if len(origins) != 1 or goals:
            continue
        start = origins[0].place
        for degrees in directions_in(event.quote, lang, text[event.end : event.end + 40]):
            found.append(
                Bearing(
                    first_side(event.actors),
                    start.name,
                    start.id,
                    start.lat,
                    start.lon,
                    degrees,
                    (event.t_start or "")[:10] or None,
                    Evidence(article_id, event.sentence, event.quote),
                    tuple(event.actors),
                    event.certainty,
                    lang,
                    origins[0].text,
                )
            )
    return found


def bearing_arrows(
    bearings: Sequence[Bearing], takings: Sequence, arrows: Sequence[Advance]
) -> list[Advance]:
    """Rule 7: an arrow for each start and direction the batch does not already show.
    `takings` are control periods (change "taken"), `arrows` the batch's other advances."""
    drawn: dict[tuple, Advance] = {}
    for b in bearings:
        key = (b.id or b.name, b.degrees, b.side)
        if key in drawn:
            _add_report(drawn[key], b)
            continue
        if _shown(b, takings, arrows):
            continue
        lat, lon = destination(b.lat, b.lon, b.degrees, BEARING_ARROW_KM)
        start = Waypoint(b.name, b.id, b.lat, b.lon, b.when, True, "confirmed")
        end = Waypoint(
            _direction_name(b), None, lat, lon, None, False, b.certainty, DIRECTION, found=DIRECTION
        )
        drawn[key] = Advance(
            route=[start, end],
            actors=list(b.actors),
            certainty=b.certainty,
            evidence=[b.evidence],
            t_start=b.when,
            t_end=b.when,
            articles=[b.evidence.article],
            side=b.side,
            found=DIRECTION,
        )
    return list(drawn.values())


def _shown(b: Bearing, takings: Sequence, arrows: Sequence[Advance]) -> bool:
    points = [t for t in takings if t.change == "taken" and (b.side is None or t.side == b.side)]
    points += [
        w for a in arrows if b.side is None or b.side in (a.side, *map(side_of, a.actors)) for w in a.route
    ]
    for p in points:
        km = distance_km(b.lat, b.lon, p.lat, p.lon)
        if (
            SAME_PLACE_KM <= km <= BEARING_COVER_KM
            and turn_deg(bearing(b, p), b.degrees) <= BEARING_COVER_DEG
        ):
            return True
    return False


def _add_report(advance: Advance, b: Bearing) -> None:
    if b.evidence not in advance.evidence:
        advance.evidence.append(b.evidence)
    if b.evidence.article not in advance.articles:
        advance.articles.append(b.evidence.article)
    advance.actors += [a for a in b.actors if a not in advance.actors]
    if b.when and (advance.t_end is None or b.when > advance.t_end):
        advance.t_end = b.when


def _direction_name(b: Bearing) -> str:
    """ "nördlich von Charkiw", "north of Kharkiv": the direction word of the report's language."""
    words = position_words(b.lang)
    word = next(w for w, d in words["directions"].items() if float(d) == b.degrees % 360)
    return f"{word} {words['of'][0]} {b.written or b.name}"


def _point(mention) -> bool:
    return mention.place is not None and mention.place.kind in POINT_KINDS
