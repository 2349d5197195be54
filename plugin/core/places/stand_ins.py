"""Where to draw a name the gazetteer lacks (a hamlet, a hospital, a street): at the settlement
the article names nearest to it, flagged approximate."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional, Sequence

from .gazetteer import POINT_KINDS, Place
from .mentions import PlaceMention


def stand_in(
    start: int, end: int, sentence: int, placed: Sequence[tuple[int, int, int, Place]]
) -> Optional[Place]:
    """Where to draw a name the gazetteer lacks at [start, end) in `sentence`: the
    settlement (or other point place) named nearest to it in its sentence ("the village of
    Zuwayqat near Rawa"); else the one the article names last before it, else first after it,
    among those in the country its sentence names, if it names one. `placed` holds (start, end,
    sentence, place) of the article's resolved names in text order.

    A cathedral, a hospital, a street or a hamlet is named in an article about the town it is
    in ("St. Mark's Cathedral in Abbassiya, Cairo"), so that town is the best point we have, and
    the mention is flagged approximate. A country's, a state's or a river's point is no such
    place: then the name stays unplaced, as a wrong point is worse than none.
    """
    points = [(at, to, where, place) for at, to, where, place in placed if place.kind in POINT_KINDS]
    same = [
        (at - end if at >= end else start - to, place) for at, to, where, place in points if where == sentence
    ]
    if same:
        return min(same, key=lambda item: item[0])[1]
    countries = {
        place.country
        for _at, _to, where, place in placed
        if where == sentence and place.kind in ("country", "admin1") and place.country
    }
    fitting = [
        (at, place) for at, _to, _where, place in points if not countries or place.country in countries
    ]
    before = [place for at, place in fitting if at < start]
    after = [place for at, place in fitting if at > start]
    return before[-1] if before else (after[0] if after else None)


# Where a sentence ends in plain text (for spans given without our segmentation).
SENTENCE_BREAK = re.compile(r"[.!?]\s+|\n\s*\n")


def placed_near(mention: PlaceMention, near: Optional[Place]) -> PlaceMention:
    """The mention drawn at `near` (a stand-in for a name the gazetteer lacks), with the reason."""
    if near is None or mention.role != "location" or mention.cue in ("river", "sea", "lake", "mountain"):
        return mention  # a river or a mountain the gazetteer lacks is no point at a town
    reason = f"not in the gazetteer: drawn at {near.name}, the nearest place the article names"
    return replace(mention, near=near, reasons=(*mention.reasons, reason))
