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
from typing import Optional, Sequence

from ..language.text import Segmented
from ..places.gazetteer import POINT_KINDS, bearing, distance_km, turn_deg
from ..places.relative import compass, destination, position_words
from ..places.words import alternatives
from .advances import SAME_PLACE_KM, Advance, Evidence, Waypoint
from .sides import first_side, side_of

BEARING_ARROW_KM = 30.0  # about a day's advance; the end marks a direction, not a place reached
BEARING_COVER_DEG = 45.0  # a taking within this of the direction shows the way the move went
BEARING_COVER_KM = 150.0  # … and within this of the start (two days' march, as HEADING_MAX_KM)
DIRECTION = "direction"  # how the arrow was found: a stated start and a compass direction
_MOVES = frozenset({"advance"})
_WE = re.compile(r"\b(?:we|wir|our|unsere?)\b", re.IGNORECASE)  # the speakers' own forces


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
    # English writes the compass points of a way in lower case ("the West", "West Bank" are names)
    case = "(?=(?-i:[a-z]))" if lang == "en" else ""
    nouns = alternatives(words["approach"])
    adverbs = alternatives(words.get("heading_adverbs", {}))
    before = alternatives(words.get("heading_to", ()))
    # not a part of a longer compass word or a position: "north-east of", "north-eastern",
    # "to the east bank", "north east of the town", "nach Norden des Landes"
    after = words.get("heading_not_before", ())
    end = rf"(?![\w-])(?!\s+(?:{alternatives(after)})\b)" if after else r"(?![\w-])"
    more = rf"(?:\s*(?:,|und|and|sowie)\s+{case}(?:{nouns}){end})*"
    # "aus Richtung Norden": coming from the north, not going there
    return re.compile(
        rf"(?<!\baus\s)\b(?:(?:{before})\s+{case}(?:{nouns}){end}{more}|(?:{adverbs}){end})",
        re.IGNORECASE,
    )


@cache
def _after_verb(lang: str) -> Optional[re.Pattern]:
    """English: a compass word right after the verb of moving ("advancing north", "pushed
    further south")."""
    if lang != "en":
        return None
    words = position_words(lang)
    after = alternatives(words.get("heading_not_before", ()))
    return re.compile(
        rf"^\s+(?:(?:further|farther|rapidly|quickly)\s+)?(?-i:(?:{alternatives(words['approach'])}))"
        rf"(?![\w-])(?!\s+(?:{after})\b)",
        re.IGNORECASE,
    )


@cache
def _breaks(lang: str) -> re.Pattern:
    """What ends the clause of a move: a semicolon or colon, a subordinating word ("while
    civilians fled west", "während Russland Truppen nach Süden verlegte"), a relative pronoun
    after a comma."""
    words = position_words(lang)
    subordinators = alternatives(words.get("heading_breaks", ()))
    relatives = alternatives(words.get("heading_relatives", ()))
    return re.compile(rf"[;:]|\b(?:{subordinators})\b|,\s*(?:{relatives})\b", re.IGNORECASE)


@cache
def _degrees(lang: str) -> dict[str, float]:
    """Compass nouns and adverbs of a way (lower case) and their bearings."""
    words = position_words(lang)
    return {k.lower(): float(v) for k, v in {**words["approach"], **words.get("heading_adverbs", {})}.items()}


def directions_in(clause: str, lang: str, after_trigger: str = "") -> list[float]:
    """The compass directions a clause says a move went, in degrees, each once."""
    table = _degrees(lang)
    found: list[float] = []
    spans = [m.group(0) for m in _pattern(lang).finditer(clause)]
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


def move_clause(doc: Segmented, event, events: Sequence, lang: str) -> tuple[int, int]:
    """The stretch of the event's sentence its move covers: from the last break or other
    event's verb before its trigger to the first after it ("advanced from Kharkiv as civilians
    fled to the west": not the civilians' west). Commas do not end it: "nicht nur Richtung
    Süden, sondern auch nach Norden" is one move."""
    sentence = doc.sentences[event.sentence]
    begin, finish = sentence.start, sentence.end
    others = [e for e in events if e is not event and e.sentence == event.sentence and e.start != event.start]
    for other in others:
        if other.end <= event.start:
            begin = max(begin, other.end)
        elif other.start >= event.end:
            finish = min(finish, other.start)
    for found in _breaks(lang).finditer(doc.text, begin, finish):
        if found.end() <= event.start:
            begin = max(begin, found.end())
        elif found.start() >= event.end:
            finish = min(finish, found.start())
            break
    return begin, finish


def article_bearings(
    article_id: str, doc: Segmented, places: Sequence, events: Sequence, lang: str
) -> list[Bearing]:
    """The moves of one article with a stated start, no goal and a compass direction, made by
    a force the report names or by the speakers' own ("Von Charkiw aus sind wir … vorgerückt");
    not by civilians, refugees or missiles, which are no force."""
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
        text = doc.text
        begin, finish = move_clause(doc, event, events, lang)
        if not event.actors and not _WE.search(text, begin, finish):
            continue
        start = origins[0].place
        for degrees in directions_in(text[begin:finish], lang, text[event.end : min(finish, event.end + 40)]):
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
    drawn: list[tuple[tuple, Advance]] = []
    for b in bearings:
        key = (b.id or b.name, b.degrees)
        same = next(
            (a for k, a in drawn if k == key and (a.side is None or b.side is None or a.side == b.side)), None
        )
        if same is not None:
            _add_report(same, b)
            continue
        if _shown(b, takings, arrows):
            continue
        lat, lon = destination(b.lat, b.lon, b.degrees, BEARING_ARROW_KM)
        start = Waypoint(b.name, b.id, b.lat, b.lon, b.when, True, "confirmed")
        end = Waypoint(
            _direction_name(b), None, lat, lon, None, False, b.certainty, DIRECTION, found=DIRECTION
        )
        arrow = Advance(
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
        drawn.append((key, arrow))
    return [a for _, a in drawn]


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
    advance.side = advance.side or b.side  # one report names the side, another does not
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
    word = next(
        (w for w, d in words["directions"].items() if float(d) == b.degrees % 360), compass(b.degrees)
    )
    return f"{word} {words['of'][0]} {b.written or b.name}"


def _point(mention) -> bool:
    return mention.place is not None and mention.place.kind in POINT_KINDS
