"""Villages the text puts in a region: "the village of Borki in the Kursk region", "two villages
in the western Kursk region … the villages of Uspenovka and Borki".

A region named with its cue word frames the settlements its sentence puts in it by its wording
("X in the R region", "the R region village of X", a list ending so), and the villages the next
sentence names when it counted villages in that region. A reading of such a settlement in
another division far from the region is a namesake (Uspenivka in Donetsk for the Uspenovka of the
Kursk border): a reading inside the region wins; without one the name is drawn at a settlement
of that region the article names, flagged approximate, or, with none, left unplaced.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional, Sequence

from ..language.lexicon import toponym_table
from ..language.text import Segmented
from .gazetteer import POINT_KINDS, distance_km
from .mentions import PlaceMention
from .place import Place

# Cue words of a division: the region a settlement is put in is named with one.
_FRAME_CUES = frozenset({"region", "admin1"})
# Cue words of a settlement: only settlements called so are held to the region.
_SETTLEMENT_CUES = frozenset({"village", "town", "place"})
# A reading in another country lies outside the region; one in another division of its country
# only when farther than this from the region's point (a first-level division of Russia or
# Ukraine spans 200-300 km, its point near the middle; the gazetteer's division of a village
# near a boundary may be its neighbour's).
FRAME_KM = 250.0
# A settlement larger than this is known well enough not to be held to a region by its sentence.
_FRAMED_PEOPLE = 50_000


def _divisions(mentions: Sequence[PlaceMention]) -> list[PlaceMention]:
    return [
        m
        for m in mentions
        if m.place is not None and m.place.kind == "admin1" and m.cue in _FRAME_CUES and m.role == "location"
    ]


# What stands between a settlement and the region the text puts it in: "Borki in the Kursk
# region", "Iwaniwka im Gebiet Kursk", "X in der Region Kursk", "X, in Russia's Kursk region".
_IN_REGION = re.compile(
    r"\s*,?\s*(?:in|im)(?:\s+(?:the|der|dem|des))?(?:\s+[^\W\d_]+(?:['’]s)?){0,2}\s*", re.UNICODE
)
# A region a sentence opens with frames all its settlements: "In the Kursk region, Russian
# forces recaptured the village of X"; "Im Gebiet Kursk eroberten …".
_OPENING = re.compile(r"\s*(?:in|im)(?:\s+(?:the|der|dem))?(?:\s+[^\W\d_]+){0,2}\s*", re.IGNORECASE)
# What stands between a region and its settlement: "the Kursk region settlement of Krupets".
_REGION_OF = re.compile(
    r"\s*(?:region|oblast|province|governorate)?\s*(?:village|villages|settlement|settlements|town|towns)\s+of\s*",
    re.IGNORECASE,
)
# What joins the items of a list of settlements: "Uspenivka and Borki", "A, B und C".
_LIST_JOIN = re.compile(r"\s*(?:,|and|und|sowie|or|oder|,\s*and|,\s*und)\s*", re.IGNORECASE)
_MAX_GAP = 40  # characters between a settlement and its region


def _attached(
    mention: PlaceMention, region: PlaceMention, mentions: Sequence[PlaceMention], text: str, opens: int
) -> bool:
    """Whether the text puts the settlement (or the list it ends) in the region by its wording;
    `opens` is where their sentence begins."""
    if region.end <= mention.start:
        gap = text[region.end : mention.start]
        if len(gap) <= _MAX_GAP and _REGION_OF.fullmatch(gap):
            return True
        return bool(_OPENING.fullmatch(text[opens : region.start]))
    last = mention
    for other in mentions:  # the last item of the list the settlement begins
        if other.start >= last.end and other.end <= region.start and other.sentence == mention.sentence:
            if _LIST_JOIN.fullmatch(text[last.end : other.start]):
                last = other
            elif other.start > last.end:
                break
    gap = text[last.end : region.start]
    return len(gap) <= _MAX_GAP and bool(_IN_REGION.fullmatch(gap))


def _counts_villages(doc: Segmented, sentence: int, end: int, lang: str, plural: bool = False) -> bool:
    """Whether a settlement word (with `plural`, a plural one) stands in a sentence before `end`
    ("two villages in the western Kursk region"; "the villages of A and B")."""
    table = toponym_table(lang)
    cues, plurals = table["place_cues"], frozenset(table.get("plural_cues", ()))
    words = doc.text[doc.sentences[sentence].start : end].replace(",", " ").split()
    return any(
        (cues.get(w) == "village" or cues.get(w.lower()) == "village")
        and (not plural or w.lower() in plurals)
        for w in words
    )


def frame_of(
    mention: PlaceMention,
    divisions: Sequence[PlaceMention],
    mentions: Sequence[PlaceMention],
    doc: Segmented,
    lang: str,
) -> Optional[PlaceMention]:
    """The region that frames a settlement: one its sentence puts it in by its wording, else,
    for settlements a sentence names as villages (plural) and with no region of its own, the last region
    of the sentence before when that sentence counted villages in it ("Russia retook two
    villages in the Kursk region. The villages of A and B …")."""
    own = [d for d in divisions if d.sentence == mention.sentence]
    opens = doc.sentences[mention.sentence].start
    attached = [d for d in own if _attached(mention, d, mentions, doc.text, opens)]
    if attached:
        return min(attached, key=lambda d: abs(d.start - mention.start))
    if own or not _counts_villages(doc, mention.sentence, mention.start, lang, plural=True):
        return None
    before = [d for d in divisions if d.sentence == mention.sentence - 1]
    if before and _counts_villages(doc, before[-1].sentence, before[-1].start, lang):
        return before[-1]
    return None


def _inside(place: Place, region: Place) -> bool:
    return place.country == region.country and place.admin1 is not None and place.admin1 == region.admin1


def _far(place: Place, region: Place) -> bool:
    return (
        place.country != region.country
        or distance_km(place.lat, place.lon, region.lat, region.lon) > FRAME_KM
    )


def _stand_in(mention: PlaceMention, region: Place, mentions: Sequence[PlaceMention]) -> Optional[Place]:
    """The settlement inside the region the article names nearest before the mention, else
    first after it (a point of the region, not the region's own)."""
    inside = [
        m
        for m in mentions
        if m.place is not None and m.near is None and m.role == "location"
        and m.place.kind in POINT_KINDS and _inside(m.place, region)
    ]  # fmt: skip
    before = [m.place for m in inside if m.start < mention.start]
    after = [m.place for m in inside if m.start > mention.start]
    return before[-1] if before else (after[0] if after else None)


def held_to_regions(mentions: list[PlaceMention], doc: Segmented, lang: str) -> list[PlaceMention]:
    """Each settlement read as a namesake far outside the region the text puts it in: the
    reading inside that region, or drawn at a settlement of the region the article names, or,
    without one, left unplaced (a wrong point is worse than none)."""
    divisions = _divisions(mentions)
    if not divisions:
        return mentions
    out = []
    for m in mentions:
        place = m.place if m.place is not None else m.near
        frame = None
        if (
            place is not None
            and m.role == "location"
            and m.cue in _SETTLEMENT_CUES
            and place.kind in POINT_KINDS
            and place.population < _FRAMED_PEOPLE
            and m.placing is None
        ):
            frame = frame_of(m, divisions, mentions, doc, lang)
        if frame is None or _inside(place, frame.place) or not _far(place, frame.place):
            out.append(m)
            continue
        region = frame.place
        inside = [c.place for c in m.candidates if _inside(c.place, region) and c.place.kind in POINT_KINDS]
        if inside:
            reason = f"put in the {region.name} region by the text: not {place.name} ({place.country}) far outside it"
            out.append(replace(m, place=inside[0], near=None, reasons=(*m.reasons, reason)))
            continue
        near = _stand_in(m, region, mentions)
        reason = (
            f"no place of this name in the {region.name} region in the gazetteer, where the text puts it"
            + (f": drawn at {near.name}, the nearest place of the region the article names" if near else "")
        )
        out.append(replace(m, place=None, near=near, reasons=(*m.reasons, reason)))
    return out
