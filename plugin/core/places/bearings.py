"""Where a report says only in which direction a place lies from another one: "Verbände seien in
Léré südwestlich der historischen Stadt Timbuktu", "the village of Hrushivka, north-east of
Balakliia". With no distance there is no point to draw (relative.py draws those), but the
direction tells namesakes apart: of the places that bear the name, the text means one that lies
that way from the town it names.

Rule: a place named right before a compass direction and "of", "von", "der" and a resolved town
keeps its reading when it lies within SECTOR_DEG of that direction from the town and within
REACH_KM of it; else the place of the name nearest the town that does (among its candidates and
the gazetteer's other places of the name) is taken, with the statement among its reasons; when none
does, the reading stays (the town may be misread, the direction loosely given). A name after
"the", "des" is a river ("east of the Dnipro"), not a town.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Callable, Optional, Sequence

from .gazetteer import POINT_KINDS, Place, bearing, distance_km, turn_deg
from .mentions import Candidate, PlaceMention
from .relative import anchor_gap, compass, direction_bearings, position_words
from .words import alternatives

# a name after "the" or a bare article is a river or a region ("the Dnipro"), a town's name takes
# none ("of Kherson", "der Stadt Cherson")
_RIVER_ARTICLE = re.compile(r"\b(?:the|des|der|dem|den)\s+$", re.IGNORECASE)
SECTOR_DEG = 35.0  # an 8-point direction covers 22.5° either side; writers round a little more
REACH_KM = 300.0  # farther, "north of Baghdad" no longer tells which place of the name is meant


@cache
def _pattern(lang: str) -> re.Pattern:
    """ "südwestlich der historischen Stadt", ", north-east of the town of", "(south of": from the
    end of a name to the anchor's name."""
    words = position_words(lang)
    directions = direction_bearings(lang)
    links = rf"(?:(?:{alternatives(words['links'])})\s+)?"
    about = rf"(?:(?:{alternatives(words['about'])})\s+)?"
    return re.compile(
        rf"\s*[,(–—-]?\s*{links}{about}(?:to\s+the\s+)?(?P<dir>{alternatives(sorted(directions))})\s+"
        rf"(?:{alternatives(words['of'])})\b",
        re.IGNORECASE,
    )


def place_by_bearings(
    mentions: list[PlaceMention],
    text: str,
    lang: str,
    lookup: Optional[Callable[[str], list[Place]]] = None,
) -> list[PlaceMention]:
    """The mentions (in text order), each one named just before a direction from a resolved town
    read in its light (see the module's docstring)."""
    pattern, bearings = _pattern(lang), direction_bearings(lang)
    result = list(mentions)
    for at, mention in enumerate(result):
        if mention.role != "location" or mention.placing is not None or mention.place is None:
            continue
        if mention.place.kind not in POINT_KINDS:
            continue
        match = pattern.match(text, mention.end)
        if match is None:
            continue
        glue = anchor_gap(lang).match(text, match.end())
        where = glue.end() if glue else match.end()
        if _RIVER_ARTICLE.search(text, max(0, where - 6), where):
            continue  # "east of the Dnipro", "östlich des Oskil": a river, not the town of its name
        anchor = _anchor_at(result, at, where)
        if anchor is None:
            continue
        stated = bearings[re.sub(r"\s+", " ", match.group("dir").lower())]
        result[at] = _in_direction(mention, anchor, stated, lookup)
    return result


def _anchor_at(mentions: Sequence[PlaceMention], at: int, where: int) -> Optional[Place]:
    """The resolved town whose name begins right where the direction phrase ends."""
    for other in mentions[at + 1 :]:
        if other.start < where or other.role != "location":
            continue
        if other.start == where and other.place is not None and other.place.kind in POINT_KINDS:
            return other.place
        return None
    return None


def _fits(place: Place, anchor: Place, stated: float) -> bool:
    if place.id == anchor.id:
        return False
    km = distance_km(anchor.lat, anchor.lon, place.lat, place.lon)
    if not 0 < km <= REACH_KM:
        return False
    return turn_deg(bearing(anchor, place), stated) <= SECTOR_DEG


def _in_direction(
    mention: PlaceMention, anchor: Place, stated: float, lookup: Optional[Callable[[str], list[Place]]]
) -> PlaceMention:
    said = f"{compass(stated)} of {anchor.name}, as the text says"
    if _fits(mention.place, anchor, stated):
        return replace(mention, reasons=(*mention.reasons, said))
    others = [c.place for c in mention.candidates] + (list(lookup(mention.text)) if lookup else [])
    fitting = [p for p in others if p.kind in POINT_KINDS and _fits(p, anchor, stated)]
    if not fitting:
        return mention
    # of several namesakes that way, the nearest: a village is placed by the town next to it
    chosen = min(fitting, key=lambda p: distance_km(anchor.lat, anchor.lon, p.lat, p.lon))
    km = distance_km(anchor.lat, anchor.lon, chosen.lat, chosen.lon)
    first = mention.place
    away = distance_km(anchor.lat, anchor.lon, first.lat, first.lon)
    reason = (
        f"{said}: the {chosen.name} {km:.0f} km that way, not the {first.name} "
        f"{away:.0f} km {compass(bearing(anchor, first))} of it"
    )
    candidates = mention.candidates
    if all(c.place.id != chosen.id for c in candidates):
        candidates = (*candidates, Candidate(chosen, mention.confidence))
    return replace(mention, place=chosen, candidates=candidates, reasons=(*mention.reasons, reason))
