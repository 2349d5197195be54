"""Where to draw a name the gazetteer lacks (a hamlet, a hospital, a street): at the settlement
the article names nearest to it, flagged approximate. A name the text itself puts near a
settlement ("in Tob Sawa nahe Bartella", "the hamlet of X outside Y") is placed there
(`told_near`): a point of its own, approximate, that events may take place at."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional, Sequence

from .gazetteer import POINT_KINDS, Place, distance_km
from .mentions import PlaceMention, Placing
from .names import normalize

NEAR_PREFIX = "near:"  # the id of a name drawn at the town the text puts it near: near:<town id>:<name>
_SETTLEMENTS = frozenset({"city", "town", "village"})
_NATURAL = frozenset({"river", "sea", "lake", "mountain"})


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


def told_near(mentions: list[PlaceMention], text: str, near_words: frozenset) -> list[PlaceMention]:
    """Each name the gazetteer lacks that the text puts near a settlement named right after it
    ("Tob Sawa nahe Bartella", "X outside Mosul": the name, a near word, the settlement) drawn at
    that settlement as a place of its own (source "relative", flagged approximate): the text says
    it lies there, so an event may take place at it, and the settlement is its reference."""
    out = list(mentions)
    for i, mention in enumerate(out[:-1]):
        after = out[i + 1]
        if (
            mention.place is not None
            or mention.placing is not None
            or mention.role != "location"
            or mention.cue in _NATURAL
            or after.place is None
            or after.place.kind not in _SETTLEMENTS
            or text[mention.end : after.start].strip().lower() not in near_words
        ):
            continue
        anchor = after.place
        point = Place(
            id=f"{NEAR_PREFIX}{anchor.id}:{normalize(mention.text)}",
            name=mention.text,
            lat=anchor.lat,
            lon=anchor.lon,
            kind=mention.cue if mention.cue in POINT_KINDS else "place",
            country=anchor.country,
            population=0,
            admin1=anchor.admin1,
            source="relative",
        )
        reason = f"not in the gazetteer: near {anchor.name} as the text says, drawn there"
        out[i] = replace(
            mention, place=point, placing=Placing("relative", anchor), reasons=(*mention.reasons, reason)
        )
    return out


def told_near_id(place_id: Optional[str]) -> bool:
    """Whether a place id is one `told_near` drew at a town: a place of its own, never merged with
    the town's point (control periods) nor a step of an axis to it (its point is the town's; an
    arrow may start there)."""
    return bool(place_id) and place_id.startswith(NEAR_PREFIX)


# a place said to lie in a direction of a town and read this far off in another country is a
# namesake (Kidal, 1,100 km north-east of Bamako, is Mali's and stays)
COMPASS_FAR_KM = 300.0
_COMPASS = (
    r"(?:(?:nord|süd)-?)?(?:nörd|süd|öst|west)lich\w*\s+(?:von|der|des)"
    r"|(?:north|south)?-?(?:north|south|east|west)\s+of"
)
_THE_TOWN = r"(?:der\s+stadt\s+|the\s+(?:town|city)\s+of\s+)?"
_COMPASS_AFTER = re.compile(rf"\s*,?\s*(?:\w+,?\s+)?(?:{_COMPASS})\s+{_THE_TOWN}", re.IGNORECASE)
_COMPASS_BEFORE = re.compile(rf"(?:{_COMPASS})\s+$", re.IGNORECASE)


def compass_namesakes(mentions: list[PlaceMention], text: str) -> list[PlaceMention]:
    """A name the text puts in a compass direction of a settlement ("Asas nördlich von Afrin",
    "östlich von Sirte den Ort Ben Jawad", "X, east of Sirte") whose reading lies in another
    country more than COMPASS_FAR_KM from that settlement is a namesake (Owsa in Iran, Jāwad in
    India): the gazetteer lacks the place meant, and the name is left unplaced."""

    out = list(mentions)
    for i, mention in enumerate(out):
        if mention.place is None or mention.role != "location" or mention.place.kind not in POINT_KINDS:
            continue
        anchors = []
        if i + 1 < len(out) and _COMPASS_AFTER.fullmatch(text[mention.end : out[i + 1].start]):
            anchors.append(out[i + 1])
        for j in range(i - 1, max(-1, i - 3), -1):  # "östlich von Sirte den Ort Ben Jawad"
            before = out[j]
            between = text[before.end : mention.start]
            if before.sentence != mention.sentence or len(between) > 30 or any(c in between for c in ".;"):
                break
            if _COMPASS_BEFORE.search(text[max(0, before.start - 25) : before.start]):
                anchors.append(before)
                break
        for anchor in anchors:
            place = anchor.place
            if place is None or place.kind not in _SETTLEMENTS or place.id == mention.place.id:
                continue
            km = distance_km(place.lat, place.lon, mention.place.lat, mention.place.lon)
            if (
                km > COMPASS_FAR_KM and mention.place.country != place.country
            ):  # not Kidal, north-east of Bamako
                reason = f"{mention.place.name} lies {km:,.0f} km from {place.name}, which the text says it lies by: a namesake"
                out[i] = replace(mention, place=None, reasons=(*mention.reasons, reason))
                break
    return out
