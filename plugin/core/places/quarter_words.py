"""The words that tell a name is a quarter of a town, shared by the reading of names
(candidates.py), their weighing (evidence.py) and their placing in the town (quarters.py)."""

from __future__ import annotations

import re
from functools import cache
from typing import Optional

from ..datafiles import language_section
from .span import Span
from .words import MAX_SPAN_TOKENS, could_be_name, may_start_name, maybe_demonym


@cache
def quarter_nouns() -> tuple[frozenset, frozenset, frozenset, frozenset]:
    """The English quarter nouns, those after which a quarter needs no town named, the words
    that describe a quarter rather than name it, and the nouns of a hill."""
    words = language_section("positions.json", "en")
    return (
        frozenset(w.lower() for w in words.get("quarter_nouns", ())),
        frozenset(w.lower() for w in words.get("quarter_alone_nouns", ())),
        frozenset(words.get("quarter_not_names", ())),
        frozenset(words.get("hill_nouns", ())),
    )


QUARTER_BEFORE = frozenset(
    {"the", "of", "in", "into", "from", "to", "toward", "towards", "through", "at", "on"}
)
QUARTER_TOWN = frozenset({"of", "in", "just", "immediately", "on", ","})
# "captured Sinaa in eastern Raqqa", "seized Sheikh Saeed in Aleppo": a name the gazetteer lacks,
# or knows only far away (QUARTER_FAR_KM), taken in a town, is a part of it
QUARTER_FAR_KM = 150.0
# the rest of a list of names: ", B and C", " and C" (names of up to three capitalised words)
_LIST_ITEMS = re.compile(r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:[A-Z][\w'’-]*\s?){1,3}?(?=[\s,]))+")
_IN_TOWN = re.compile(
    r"\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
    r"(?:ern)?\s+|(?:center|centre|heart|middle)\s+of\s+)?(?=[A-Z])"
    # a month or a day is no town: "seized Marib in March"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
)


def in_town_after(text: str, end: int, listed: bool = False) -> bool:
    """Whether "in", a part of a town and a capitalised name follow offset `end` (with `listed`,
    also after the other names of a list: "Haidariya, Sheikh Khodr and Sheikh Fares in Aleppo")."""
    if _IN_TOWN.match(text, end) is not None:
        return True
    items = _LIST_ITEMS.match(text, end) if listed else None
    return items is not None and _IN_TOWN.match(text, items.end()) is not None


def _taken_list(tokens, i: int) -> bool:
    """Whether the name at i, or the list of names it stands in, follows a word of taking."""
    j = i - 1
    while j > 0 and (tokens[j].text in (",", "and") or tokens[j].text[:1].isupper()) and i - j < 12:
        j -= 1
    # "captured the districts of Sheikh Saeed and Salihin in eastern Aleppo": over "the districts of"
    if j > 2 and tokens[j].text == "of" and tokens[j - 1].text.lower() in quarter_nouns()[0]:
        j -= 3 if tokens[j - 2].text.lower() in ("the", "two", "three", "several") else 2
    return tokens[i - 1].text.lower() in taking_words() or (
        j < i - 1 and tokens[j].text.lower() in taking_words()
    )


def town_start_after(text: str, end: int) -> Optional[int]:
    """Where the capitalised name after "in" and a part of a town begins, or None."""
    match = _IN_TOWN.match(text, end)
    return match.end() if match else None


@cache
def taking_words() -> frozenset:
    """The English words of a taking or an entry after which a name taken in a town is its quarter
    (positions.json 'quarter_taking_words')."""
    return frozenset(language_section("positions.json", "en").get("quarter_taking_words", ()))


_ON_A_SIDE = re.compile(r",\s+on\s+the\s+\S+\s+(?:side|edge|outskirts)\s+of\b")


@cache
def _apposed_quarter() -> re.Pattern:
    """ ", the first district of eastern Aleppo", ", a neighbourhood in Mosul": an apposition
    that says the name before it is a quarter of a town."""
    nouns = "|".join(sorted(map(re.escape, quarter_nouns()[0]), key=len, reverse=True))
    return re.compile(
        rf",\s+(?:the|a|an)\s+(?:[a-z-]+\s+){{0,2}}(?:{nouns})\s+(?:of|in)\s+(?:[a-z]+\s+)?[A-Z]"
    )


def unknown_quarter(tokens, i: int, table: dict, nouns: frozenset, text: str) -> Optional[Span]:
    """ "the Sheikh Maqsoud neighbourhood of Aleppo", "into al-Hoz district in the center of
    Ramadi", "mainly Al-Tameem, on the southwestern side of the city": a name the gazetteer
    lacks before a quarter noun (and a town, unless the noun needs none) or told on a side of a
    town (quarters.py keeps it in that town)."""
    if i == 0 or tokens[i - 1].sentence != tokens[i].sentence:
        return None
    quarter, alone, describing, hills = quarter_nouns()
    quarter, alone = quarter | hills, alone | hills  # "the Mishtenur hill", "on Mishtenur hilltop"
    before = tokens[i - 1].text
    after_word = before.lower() in QUARTER_BEFORE or before.endswith(("'s", "’s"))  # Falluja's Askari quarter
    last = i
    while last - i < MAX_SPAN_TOKENS - 1:
        word = tokens[last].text
        if (
            not word[:1].isalpha()
            or word.endswith(("'s", "’s"))
            or word.lower() in nouns  # "the Carbon School District": an institution's name
            or word in describing  # "the Alawite neighbourhood", "the Old City district"
            or maybe_demonym(word, "en")  # "the Kurdish district of Kirkuk"
            or ("-" in word and word.rsplit("-", 1)[1].islower())  # "the IS-held district", "Sunni-majority"
            or not (may_start_name(tokens[last]) or could_be_name(word, "en", table, nouns))
            or word.lower() in quarter
        ):
            return None
        if (
            _ON_A_SIDE.match(text, tokens[last].end)
            or _apposed_quarter().match(text, tokens[last].end)
            or (in_town_after(text, tokens[last].end, listed=True) and _taken_list(tokens, i))
        ):
            break  # "…, on the southern side of", "captured Sinaa in eastern Raqqa", "from A, B and C in Aleppo"
        nxt = tokens[last + 1] if last + 1 < len(tokens) else None
        if nxt is None or nxt.sentence != tokens[i].sentence or nxt.start > tokens[last].end + 1:
            return None
        if nxt.text.lower() in quarter:
            after = tokens[last + 2] if last + 2 < len(tokens) else None
            told = nxt.text.lower() in alone or (after is not None and after.text.lower() in QUARTER_TOWN)
            if not after_word or not told:
                return None
            break
        last += 1
    else:
        return None
    span = Span(i, last, tokens[i].start, tokens[last].end, [], unknown="quarter")
    after = tokens[last + 1].text.lower() if last + 1 < len(tokens) else ""
    if after in hills:
        span.cue = "mountain"  # a hill: drawn by the town it lies by (quarters.py), never at a namesake
        span.reasons.append("unknown name of a hill")
    else:
        span.reasons.append("unknown name of a quarter")
    return span


_HEIGHT_NUMBER = re.compile(r"\d{2,4}(?:[.,]\d)?")


def numbered_hill(tokens, i: int) -> Optional[Span]:
    """ "Hill 262", "Height 206.3": a numbered height of a battlefield map, a hill the gazetteer
    lacks (not Hill, New Hampshire)."""
    if tokens[i].text not in ("Hill", "Height") or i + 1 >= len(tokens):
        return None
    number = tokens[i + 1]
    if number.sentence != tokens[i].sentence or not _HEIGHT_NUMBER.fullmatch(number.text):
        return None
    last = i + 1
    if (
        last + 2 < len(tokens)
        and tokens[last + 1].text in (".", ",")
        and tokens[last + 2].text.isdigit()
        and tokens[last + 2].start == tokens[last + 1].end == number.end + 1
    ):
        last += 2  # "206.3", written in three tokens
    span = Span(i, last, tokens[i].start, tokens[last].end, [], unknown="quarter")
    span.cue = "mountain"
    span.reasons.append("a numbered height")
    return span


# The English quarter nouns: "the Saltivka district of Kharkiv" (the noun goes with Saltivka, a
# quarter of the city Kharkiv, a city of _CITY_POPULATION or more).
_CITY_POPULATION = 40_000


def quarter_of_town(tokens, span: Span, noun: str) -> bool:
    """ "the Saltivka district of Kharkiv" (the `span` Kharkiv, the `noun` two words before it): the
    quarter noun belongs to the name before it, and Kharkiv is the town (no district of that name)."""
    at = span.first - 3
    if at < 1 or noun.lower() not in quarter_nouns()[0]:
        return False
    if not any(p.kind in ("city", "town") and p.population >= _CITY_POPULATION for p in span.places):
        return False  # "the Baghdad district of Kadhimiya": no city, it keeps "district of" as its cue
    name = tokens[at].text
    opening = at
    while opening > 1 and at - opening < 3 and tokens[opening - 1].text[:1].isupper():
        opening -= 1  # "the Sheikh Saeed district of Aleppo": a name of several words
    return (
        tokens[at].sentence == tokens[span.first].sentence
        and tokens[opening - 1].text.lower() == "the"
        and name[:1].isupper()
        and not ("-" in name and name.rsplit("-", 1)[1].islower())  # "the IS-held district of Hawija"
    )
