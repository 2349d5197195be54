"""What the words around a recognised name say about which place it is: the kind a cue word
asks for ("the state of Washington", "Provinz Anbar"), a list of states ("Utah, Washington and
Wisconsin"), the state or country after a comma ("Paris, Illinois")."""

from __future__ import annotations

import re
from typing import Optional, Sequence

from ..language.lexicon import toponym_table
from .gazetteer import Place
from .resolution import lies_within, rank_alone

# Cue words that may be read off a given name: settlements and divisions, not "Camp David",
# "Red River" or "Border Crossing", whose cue word is part of another kind of name.
_DIVISION_CUE_KINDS = frozenset({"city", "town", "village", "admin1", "admin2", "region"})


def without_cue_word(surface: str, lang: str) -> tuple[Optional[str], Optional[str]]:
    """A name with a cue word before or after it, without the word, and the kind the word asks
    for: "Fars Province" → ("Fars", "admin1"); "Provinz Anbar", "the state of Ohio" alike."""
    cues = {
        word: kind for word, kind in toponym_table(lang)["place_cues"].items() if kind in _DIVISION_CUE_KINDS
    }
    words = surface.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2:
        return None, None
    first, last = words[0], words[-1]
    if last in cues or last.lower() in cues:
        return " ".join(words[:-1]), cues.get(last) or cues.get(last.lower())
    if first in cues or first.lower() in cues:
        rest = words[2:] if words[1] == "of" else words[1:]
        if rest:
            return " ".join(rest), cues.get(first) or cues.get(first.lower())
    return None, None


_APPOSITION = re.compile(r"\s*,\s*")


def area_after(text: str, span, after) -> Optional[Place]:
    """The state or country that follows a span after a comma: "Paris, Illinois", "Richmond,
    Virginia", "Mosul, Iraq". Each name is read for what it means alone: the first must not
    itself be a state or country ("Oregon, Utah" is a list), the second must be one ("Baghdad,
    Basra" is a list of towns)."""
    if not span.places or not after.places or not _APPOSITION.fullmatch(text[span.end : after.start]):
        return None
    alone = rank_alone(span.places, span.cue, span.keys)[0].place
    areas = [c.place for c in rank_alone(after.places, None, after.keys)]
    if alone.kind in ("admin1", "country", "continent") or areas[0].kind not in ("admin1", "country"):
        return None
    # the second name as the area that holds the first: "Atlanta, Georgia" is the state
    holding = [
        area
        for area in areas
        if area.kind in ("admin1", "country") and any(lies_within(place, area) for place in span.places)
    ]
    return holding[0] if holding else areas[0]


_WORD = re.compile(r"[^\W\d_]+|[,(]", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?;]\s")


def context_cue(text: str, start: int, end: int, lang: str) -> Optional[str]:
    """The kind a cue word around a given span asks for: "the state of Washington", "Washington
    state", "Provinz Anbar" (the same cue positions recognition reads, on plain text)."""
    cues = toponym_table(lang)["place_cues"]
    # only words of the name's own sentence: "… across the state. Washington officials …" is no cue
    before = _WORD.findall(_SENTENCE_END.split(text[max(0, start - 40) : start])[-1])[-2:]
    after = _WORD.findall(_SENTENCE_END.split(text[end : end + 20])[0])[:1]
    word = None
    if before and before[-1] in cues:
        word = before[-1]
    elif len(before) == 2 and before[-1] == "of" and before[0].lower() in cues:
        word = before[0].lower()
    elif after and lang == "en" and after[0].lower() in cues:
        word = after[0].lower()
    if word is None:
        return None
    return cues.get(word) or cues.get(word.lower())


# What may stand between two items of a list of names: a comma, "and", "or" (German too).
_LIST_GLUE = re.compile(r"\s*(?:,|(?:,\s*)?\b(?:and|or|und|oder)\b)\s*")
_LIST_JOINS = re.compile(r"\b(?:and|or|und|oder)\b")


def glued(text: str, a, b) -> bool:
    """Whether only a comma, "and" or "or" stands between two spans: items of one list."""
    return _LIST_GLUE.fullmatch(text[a.end : b.start]) is not None


def list_cue(text: str, span, ordered: Sequence, at: Optional[int] = None) -> Optional[str]:
    """ "admin1" when the span is an item of a list of states ("Utah, Washington and Wisconsin").

    `ordered` holds the text's spans, the span among them, in text order. A list has three items
    or more, or two joined by "and": "London, Ontario" (a town and its state) is not a list. The
    others' kinds are what each of them most likely means alone. `at`, the span's index in
    `ordered` when the caller knows it, spares a search through a long document's spans.
    """
    if at is None:
        at = next(i for i, item in enumerate(ordered) if item is span)

    def glued_(a, b) -> bool:
        return glued(text, a, b)

    first = last = at
    while first > 0 and glued_(ordered[first - 1], ordered[first]):
        first -= 1
    while last < len(ordered) - 1 and glued_(ordered[last], ordered[last + 1]):
        last += 1
    items = ordered[first : last + 1]
    joined = any(_LIST_JOINS.search(text[a.end : b.start]) for a, b in zip(items, items[1:]))
    if len(items) < 3 and not (len(items) == 2 and joined):
        return None
    alone = [
        rank_alone(item.places, None, item.keys)[0].place
        for item in items
        if item is not span and item.places
    ]
    states = {place.country for place in alone if place.kind == "admin1"}
    # states of one country as the others' ("Al-Baida und Susa" in Libya are no list of states
    # because Şuşa is a district of Azerbaijan)
    if (
        alone
        and sum(place.kind == "admin1" for place in alone) * 2 > len(alone)
        and any(place.kind == "admin1" and place.country in states for place in span.places)
    ):
        return "admin1"
    return None
