"""The airport, dam or bridge of a town: "der Flughafen von Kidal", "Gao airport", "the airport in
the key northern city of Timbuktu", "den Flughafen der Stadt", "the airport" after a sentence
that named the town.

A report names a facility by a common noun and the town it belongs to, and the gazetteer holds
many facilities (airports and air bases from airportsdata, crossings, dams and bridges in the
curated supplement) under names no report uses. So a facility noun (data/facilities.json) is
read with its town:

- named with it ("Flughafen von Kidal", "Gao airport"): the town's mention means the facility
  of that kind nearest the town, within FACILITY_KM, if the gazetteer has one;
- with a definite article and no name ("den Flughafen der Stadt", "the airport") and an event
  word near it ("den Flughafen besetzt", "seized the airport"; elsewhere "the airport" is
  mostly travel news): the noun is a place mention of its own, anchored at the town "der Stadt" means (the town named last), else
  the town its sentence names, else the one the sentence before names; it is that facility if
  the gazetteer has one, else an approximate mention at the town (a port, a bridge).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import cache
from typing import Optional

from ..datafiles import language_section
from ..language.lexicon import toponym_table, trigger_words
from ..language.text import Segmented
from .gazetteer import Gazetteer, Place
from .mentions import Candidate, PlaceMention, Placing
from .relative import position_words
from .words import alternatives

# A facility of a town lies within this distance of the town's point (Gao's airport is 3 km
# out, Kursk's 8 km, an air base of a town may be 20 km).
FACILITY_KM = 25.0
# Confidence of a facility found from its noun and its town; of one only its town gives.
FACILITY_CONFIDENCE = 0.7
AT_TOWN_CONFIDENCE = 0.3
# A bare facility noun is a place mention when an event word stands this near it (in words).
EVENT_WORDS = 6
_TOWN_KINDS = frozenset({"city", "town", "village"})
_DEFINITE = {
    "de": ("der", "die", "das", "den", "dem", "des"),
    "en": ("the",),
}
# Words that tie a facility noun to the town named after it (not "in": "vom Flughafen in die
# Stadt Gao" is a way into town; English "the airport in Timbuktu" is the town's airport).
_OF = {"de": ("von", "vom", "bei", "nahe", "der", "des"), "en": ("of", "in", "at", "near", "outside")}


@cache
def facility_nouns(lang: str) -> dict:
    """Noun (English in lower case) → {"what", "kinds", "codes"} from data/facilities.json."""
    return language_section("facilities.json", lang)


@cache
def _patterns(lang: str) -> dict:
    nouns = facility_nouns(lang)
    definite = _DEFINITE.get(lang, _DEFINITE["en"])
    cues = toponym_table(lang)["place_cues"]
    lower = r"(?-i:[a-zäöüß(])[\w()-]*"
    settlement = alternatives(position_words(lang)["the_settlement"])
    return {
        "first_words": sorted({(n if lang == "de" else n.lower()).split()[0] for n in nouns}),
        "noun": re.compile(
            rf"(?<!\w)(?:{alternatives(nouns)})(?![\w-])", 0 if lang == "de" else re.IGNORECASE
        ),
        # "von Kidal", "in the key northern city of Timbuktu", "der Stadt Gao"
        "after": re.compile(
            rf"\s+(?:(?:{alternatives(_OF.get(lang, _OF['en']))})\s+)"
            rf"(?:(?:{alternatives(definite)})\s+)?(?:{lower}\s+){{0,3}}"
            rf"(?:(?:{alternatives(cues)})\s+(?:of\s+)?(?:the\s+)?)?"
            + (r"|\s+" if lang == "de" else ""),  # "Flughafen Gao"
            re.IGNORECASE,
        ),
        # "Gao airport", "Gao's airport", "Gao-Flughafen", "Gao international airport"
        "before": re.compile(rf"(?:'s|’s)?(?:-|\s+(?:{lower}\s+)?)", re.IGNORECASE),
        "definite": re.compile(
            rf"(?:^|\s)(?:{alternatives(definite)})\s+(?:{lower}\s+){{0,2}}$", re.IGNORECASE
        ),
        "the_town": re.compile(
            rf"\s+(?:der|des|of\s+the|of\s+this)\s+(?:{lower}\s+)?(?:{settlement})\b", re.IGNORECASE
        ),
    }


def at_facilities(
    mentions: list[PlaceMention], doc: Segmented, lang: str, gazetteer: Gazetteer
) -> list[PlaceMention]:
    """The mentions (text order, adjectives included) with facility phrases read: a town named
    with a facility noun means that facility, and a facility noun with a definite article is a
    mention of its own (see the module's docstring)."""
    patterns = _patterns(lang)
    text = doc.text
    folded = text if lang == "de" else text.lower()
    if not any(word in folded for word in patterns["first_words"]):
        return mentions  # (a substring test first: the pattern costs more than the article's rest)
    found = list(patterns["noun"].finditer(text))
    if not found:
        return mentions
    nouns = {k.lower(): v for k, v in facility_nouns(lang).items()}
    words = trigger_words(lang)
    events = [t.start for t in doc.tokens if t.text.lower() in words]
    starts = [t.start for t in doc.tokens]
    mentions = list(mentions)
    added: list[PlaceMention] = []
    near = _coordinated([_near_an_event(events, starts, m.start(), doc) for m in found], found, text)
    for match, eventful in zip(found, near):
        start, end = match.span()
        spec = nouns.get(re.sub(r"\s+", " ", match.group().lower()))
        if spec is None or any(m.start <= start and end <= m.end for m in mentions if m.role == "location"):
            continue
        sentence = doc.sentence_of(start)
        named = _named_town(mentions, text, start, end, sentence, patterns)
        if named is not None:
            mentions[named] = _the_facility_of(mentions[named], spec, gazetteer)
            continue
        window = text[max(doc.sentences[sentence].start, start - 40) : start]
        if not eventful or not patterns["definite"].search(window):
            continue  # only what something happens to is a bare "the airport" worth a place
        town = _town_meant(mentions, text, start, end, sentence, patterns)
        if town is not None:
            added.append(_facility_mention(text, start, end, sentence, spec, town, gazetteer))
    return sorted(mentions + added, key=lambda m: m.start)


_COORDINATED = re.compile(r"[^.;:!?]{0,40}?\b(?:und|sowie|oder|and|or)\b[^.;:!?]{0,30}")


def _coordinated(near: list[bool], found: list, text: str) -> list[bool]:
    """Facility nouns joined by "und", "sowie", "and" share an event word: "Der Flughafen der
    Stadt sowie die Brücke über den Niger seien unter Kontrolle"."""
    near = list(near)
    for _ in range(2):
        for i in range(len(found) - 1):
            if near[i] != near[i + 1] and _COORDINATED.fullmatch(text, found[i].end(), found[i + 1].start()):
                near[i] = near[i + 1] = True
    return near


def _near_an_event(events: list[int], starts: list[int], start: int, doc: Segmented) -> bool:
    """Whether an event word (eingenommen, seized) stands within EVENT_WORDS words of the noun in
    its sentence: "den Flughafen besetzt", "seized the airport and a key bridge"."""
    at = bisect_left(starts, start)
    sentence = doc.tokens[at].sentence if at < len(doc.tokens) else -1
    for event in events[max(0, bisect_left(events, start) - 1) :][:2]:
        k = bisect_left(starts, event)
        if abs(k - at) <= EVENT_WORDS and doc.tokens[k].sentence == sentence:
            return True
    return False


def _named_town(mentions, text, start, end, sentence, patterns) -> Optional[int]:
    """The index of the town named with the facility noun ("Flughafen von Kidal", "Gao
    airport"), or None."""
    after = next(
        (
            i
            for i, m in enumerate(mentions)
            if m.role == "location" and m.start >= end and m.sentence == sentence
        ),
        None,
    )
    if after is not None and patterns["after"].fullmatch(
        _blanked(text, mentions, end, mentions[after].start)
    ):
        return after if _a_town(mentions[after]) else None
    for i in range(len(mentions) - 1, -1, -1):
        mention = mentions[i]
        if mention.role != "location" or mention.sentence != sentence or mention.end > start:
            continue
        if patterns["before"].fullmatch(text, mention.end, start):
            return i if _a_town(mention) else None
        break
    return None


def _blanked(text: str, mentions, start: int, end: int) -> str:
    """The text between two offsets with adjectives the recognizer read (ukrainischen, Malian)
    written in lower case, so that they pass as the adjectives they are."""
    part = text[start:end]
    for m in mentions:
        if m.role == "adjective" and start <= m.start and m.end <= end:
            part = part[: m.start - start] + "x" * (m.end - m.start) + part[m.end - start :]
    return part


def _a_town(mention: PlaceMention) -> bool:
    return mention.place is not None and mention.place.kind in _TOWN_KINDS


def _town_meant(mentions, text, start, end, sentence, patterns) -> Optional[Place]:
    """The town a facility noun without a name belongs to: "der Stadt" is the town named last
    before it; else the town its sentence names nearest to it; else the last town the sentence
    before names."""
    towns = [m for m in mentions if m.role == "location" and _a_town(m) and not m.dateline]
    if patterns["the_town"].match(text, end):
        before = [m for m in towns if m.end <= start]
        return before[-1].place if before else None
    same = [m for m in towns if m.sentence == sentence]
    if same:
        return min(same, key=lambda m: m.start - end if m.start >= end else start - m.end).place
    previous = [m for m in towns if m.sentence == sentence - 1]
    return previous[-1].place if previous else None


def _nearest(town: Place, spec: dict, gazetteer: Gazetteer) -> Optional[tuple[float, Place]]:
    kinds, codes = spec.get("kinds", ()), spec.get("codes", ())
    if not kinds and not codes:
        return None
    found = gazetteer.facilities_near(town.lat, town.lon, FACILITY_KM, kinds, codes)
    preferred = [item for item in found if item[1].feature_code in spec.get("prefer", ())]
    return (preferred or found or [None])[0]


def _the_facility_of(mention: PlaceMention, spec: dict, gazetteer: Gazetteer) -> PlaceMention:
    """A town named with a facility noun, read as that facility."""
    town = mention.place
    nearest = _nearest(town, spec, gazetteer)
    reasons = (*mention.reasons, _reason(spec, town, nearest))
    if nearest is None:
        return replace(mention, reasons=reasons)
    return replace(mention, place=nearest[1], placing=Placing("facility", town), reasons=reasons)


def _facility_mention(text, start, end, sentence, spec, town: Place, gazetteer) -> PlaceMention:
    """A facility noun with no name ("den Flughafen", "the airport") as a mention of its own."""
    nearest = _nearest(town, spec, gazetteer)
    common = dict(
        text=text[start:end], start=start, end=end, sentence=sentence, role="location",
        placing=Placing("facility", town), reasons=("a facility of a town", _reason(spec, town, nearest)),
    )  # fmt: skip
    if nearest is None:
        return PlaceMention(**common, place=None, confidence=AT_TOWN_CONFIDENCE, near=town)
    facility = nearest[1]
    return PlaceMention(
        **common, place=facility, confidence=FACILITY_CONFIDENCE, candidates=(Candidate(facility, 0.0),),
        cue=facility.kind,
    )  # fmt: skip


def _reason(spec: dict, town: Place, nearest: Optional[tuple[float, Place]]) -> str:
    """Why a facility noun is drawn where it is: the facility found near its town, or the town."""
    if nearest is None:
        return f"the {spec['what']} of {town.name}: none in the gazetteer, drawn at the town"
    km, facility = nearest
    return f"the {spec['what']} of {town.name}: {facility.name}, {km:.0f} km from the town"
