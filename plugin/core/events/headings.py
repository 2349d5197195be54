"""Movements a report gives a goal but no start: "drängen in Richtung Gluschkowo", "advanced in
the direction of Hrushivka", "schoben sich bis auf vier Kilometer an den Flughafen heran". The
article itself may say where its forces set out (advances.article_advances uses that first);
when it does not, the side moved from where the batch last put it: the nearest place it took
before, as an analyst continues the front line towards the goal the report names.

Rule (axes.py numbers its rules 0–5; this is rule 6): a heading H of side S to place P on day d
is drawn from S's nearest node N (a taking, or the tip of a stated advance) that was taken on d
or before, is still S's on d, lies at least SAME_PLACE_KM (QUARTER_STEP_KM for a named quarter
of P's town) and at most reach(days) from P (the
reach of an axis step, never more than HEADING_MAX_KM) and inside the batch's theatre. A node
the heading's own report tells comes first ("liberated Shevchenkove … advanced in the direction
of Hrushivka"); one its very sentence tells may lie as far as HEADING_MAX_KM, whatever the
days ("retook X and were approaching Y" says the move went on from X); of others about as near
(AXIS_TIE_KM) the later wins. A report that says where the move came from ("von Süden her",
"from the east") admits only nodes within APPROACH_DEG of that bearing from the goal. The
arrow's start is flagged "origin inferred"; its end is as stated, unreached when the report
says only "towards". A heading whose goal an arrow of its side already reaches, or with no such
node, draws nothing. When the report that tells the heading also tells N's taking and an arrow
drawn from takings ends at N, turning at most CONTINUE_DEG, the heading continues that arrow
(one report: "took Hammam al-Alil; other units pushed towards the airport") instead of
starting a second one at N.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Callable, Iterable, Optional, Sequence

from ..places.gazetteer import POINT_KINDS, bearing, distance_km, turn_deg
from ..places.quarters import QUARTER_PREFIX, QUARTER_STEP_KM
from ..places.relative import position_words
from .advances import SAME_PLACE_KM, Advance, Evidence, Waypoint
from .certainty import weakest
from .reaching import short_of
from .sides import first_side, side_of

ORIGIN_INFERRED = "origin inferred"
CONTINUE_DEG = 60.0  # a heading from an arrow's tip turning at most this continues the arrow
APPROACH_DEG = 67.5  # a start the report says the move came from lies within this of that bearing
# No start is inferred farther from the goal than this, however long ago the side took it: a
# town taken two weeks before on another front (Korenevo for a push on Pokrovsk, 380 km off) is
# no start of the move; about two days' march of an axis step.
HEADING_MAX_KM = 150.0
_MOVES = frozenset({"advance"})


@dataclass(frozen=True)
class Position:
    """A place a side was reported at (not taking it): where a movement set out, presence."""

    side: str
    name: str
    id: Optional[str]
    lat: float
    lon: float
    when: str
    evidence: Evidence


@dataclass(frozen=True)
class Heading(Position):
    """A movement of `side` to a place (the position it heads for), as one report tells it, with
    no start it states."""

    reached: bool = True
    certainty: str = "confirmed"
    actors: tuple[str, ...] = ()
    approach: Optional[float] = None  # the bearing from the goal it came from ("von Süden her": 180)


def article_headings(
    article_id: str, text: str, places: Sequence, events: Iterable, legs: Sequence[Advance]
) -> list[Heading]:
    """The movements of one article with a goal and a side, whose goal none of its legs reaches."""
    drawn = [w for leg in legs for w in leg.route]
    found = []
    for event in events:
        if event.type not in _MOVES or event.past or event.negated or event.certainty == "intended":
            continue
        side = first_side(event.actors)
        if side is None or event.t_start is None:
            continue
        if any(ep.role == "origin" for ep in event.places):
            continue  # a start it states: a leg of its own (advances.py), or none it can draw
        for ep in event.places:
            mention = places[ep.place]
            place = mention.place
            if ep.role != "destination" or place is None or place.kind not in POINT_KINDS:
                continue
            if any(distance_km(w.lat, w.lon, place.lat, place.lon) < SAME_PLACE_KM for w in drawn):
                continue
            reached = not short_of(text, event, mention)
            evidence = Evidence(article_id, event.sentence, event.quote)
            found.append(
                Heading(
                    side,
                    place.name,
                    place.id,
                    place.lat,
                    place.lon,
                    event.t_start[:10],
                    evidence,
                    reached,
                    event.certainty,
                    tuple(event.actors),
                    approach_of(event.quote),
                )
            )
            break
    return found


def heading_arrows(
    headings: Sequence[Heading],
    nodes_by_side: dict,
    arrows: Sequence[Advance],
    inside: Callable[[float, float], bool],
    reach: Callable[[float], float],
    day: Callable[[str], int],
    tie_km: float,
) -> list[Advance]:
    """Rule 6: each heading drawn from its side's nearest node taken on its day or before."""
    new: list[Advance] = []
    for heading in headings:
        if not inside(heading.lat, heading.lon):
            continue
        ends = [a.route[-1] for a in list(arrows) + new if heading.side in (a.side, *map(side_of, a.actors))]
        if any(distance_km(w.lat, w.lon, heading.lat, heading.lon) < SAME_PLACE_KM for w in ends):
            continue
        when = day(heading.when)
        best = None
        for node in nodes_by_side.get(heading.side, ()):
            days = when - node.day
            km = distance_km(node.lat, node.lon, heading.lat, heading.lon)
            if days < 0 or (node.until is not None and node.until < when):
                continue
            told = any(e.article == heading.evidence.article for e in node.evidence)
            # the sentence that tells both ("retook Balakliia and were approaching Kupiansk",
            # "had taken Nawfaliyah and were advancing towards Sirte") says the move went on from
            # there: no day's march bounds it
            same = any(
                (e.article, e.sentence) == (heading.evidence.article, heading.evidence.sentence)
                for e in node.evidence
            )
            shortest = QUARTER_STEP_KM if _in_the_town(node, heading) else SAME_PLACE_KM
            if not shortest <= km <= (HEADING_MAX_KM if same else min(HEADING_MAX_KM, reach(days))):
                continue
            if (
                heading.approach is not None
                and turn_deg(bearing(heading, node), heading.approach) > APPROACH_DEG
            ):
                continue  # "von Süden her": not from a town north of the goal
            key = (not told, round(km / tie_km), -node.day, km)
            if best is None or key < best[0]:
                best = (key, node, km)
        if best is None:
            continue
        _, node, km = best
        told = any(e.article == heading.evidence.article for e in node.evidence)
        continued = _arrow_ending_at(node, heading, [*arrows, *new]) if told else None
        if continued is not None:
            _continue(continued, heading, node, km)
        else:
            new.append(_arrow(heading, node, km))
    return new


def _arrow_ending_at(node, heading: Heading, arrows: Sequence[Advance]) -> Optional[Advance]:
    """An arrow of the heading's side drawn from takings (not a stated route) whose reached tip
    is the node and whose last step the heading goes on from, turning at most CONTINUE_DEG:
    when one report tells both the node's taking and the heading, the heading continues that
    arrow (Schura → Hammam al-Alil, then towards Mosul airport) rather than starting a second
    one at its tip. Of several, the one turning least."""
    best = None
    for advance in arrows:
        if advance.side != heading.side or advance.found == "stated" or len(advance.route) < 2:
            continue
        tip, before = advance.route[-1], advance.route[-2]
        if not tip.reached or distance_km(tip.lat, tip.lon, node.lat, node.lon) >= SAME_PLACE_KM:
            continue
        turn = turn_deg(bearing(before, tip), bearing(tip, heading))
        if turn <= CONTINUE_DEG and (best is None or turn < best[0]):
            best = (turn, advance)
    return best[1] if best else None


def _continue(advance: Advance, heading: Heading, node, km: float) -> None:
    """The heading's goal appended to the arrow that ends at `node`, as the report states it
    (unreached when it says "towards"); the arrow's note says so."""
    goal = _goal(heading)
    advance.route.append(goal)
    advance.certainty = weakest([advance.certainty, heading.certainty])
    if heading.evidence not in advance.evidence:
        advance.evidence.append(heading.evidence)
    if heading.evidence.article not in advance.articles:
        advance.articles.append(heading.evidence.article)
    advance.actors += [a for a in heading.actors if a not in advance.actors]
    advance.t_end = max(t for t in (advance.t_end, heading.when) if t)
    advance.estimate_note = "; ".join(
        n
        for n in (
            advance.estimate_note,
            f"then towards {heading.name}, {km:.0f} km on from {node.name}, as a report has {heading.side} move",
        )
        if n
    )


def approach_of(sentence: str) -> Optional[float]:
    """The compass bearing a sentence says a move came from ("von Süden her", "from the east"):
    where its start lies, seen from its goal; None when it says none."""
    for found in _approach_pattern().finditer(sentence):
        word = found.group(1)
        if word[:1].isupper() and word.lower() in _english_approach():
            continue  # "tanks from the West": the West, not a compass point
        return _approach_bearings()[word.lower()]
    return None


@cache
def _english_approach() -> frozenset:
    return frozenset(w.lower() for w in position_words("en")["approach"])


@cache
def _approach_bearings() -> dict[str, float]:
    bearings = {}
    for lang in ("de", "en"):
        for word, degrees in position_words(lang)["approach"].items():
            for variant in {word, word.replace("-", " "), word.replace("-", "")}:
                bearings[variant.lower()] = float(degrees)
    return bearings


@cache
def _approach_pattern() -> re.Pattern:
    starts = [w for lang in ("de", "en") for w in position_words(lang)["approach_from"]]
    words = sorted(_approach_bearings(), key=len, reverse=True)
    return re.compile(
        rf"\b(?:{'|'.join(map(re.escape, starts))})\s+({'|'.join(map(re.escape, words))})\b"
        r"(?!\s+(?:der|des|of|von)\b)",  # not "aus dem Osten der Ukraine", "from the south of Russia"
        re.IGNORECASE,
    )


def _goal(heading: Heading) -> Waypoint:
    """The heading's goal as the report states it: unreached when it says "towards"."""
    return Waypoint(
        heading.name,
        heading.id,
        heading.lat,
        heading.lon,
        heading.when if heading.reached else None,
        heading.reached,
        heading.certainty,
    )


def _arrow(heading: Heading, node, km: float) -> Advance:
    origin = Waypoint(node.name, node.id, node.lat, node.lon, node.when, True, node.certainty)
    origin.found = ORIGIN_INFERRED
    goal = _goal(heading)
    note = (
        f"origin inferred: {heading.side} took {node.name} on {node.when}, {km:.0f} km from "
        f"{heading.name}, towards which the report has it move; no report states where it set out"
    )
    advance = Advance(
        route=[origin, goal],
        actors=list(heading.actors),
        certainty=weakest([node.certainty, heading.certainty]),
        evidence=[*node.evidence, heading.evidence],
        t_start=node.when,
        t_end=heading.when,
        estimate_note=note,
        side=heading.side,
        found=ORIGIN_INFERRED,
    )
    advance.articles = list(dict.fromkeys(e.article for e in advance.evidence))
    return advance


def _in_the_town(node, heading: Heading) -> bool:
    """Whether the node is a named quarter of the town the heading goes to ("from Al-Tameem, on
    the city's south-western side, troops pushed into downtown Ramadi")."""
    return bool(heading.id) and (node.id or "").startswith(f"{QUARTER_PREFIX}{heading.id}:")
