"""Where the event a verb reports took place: a place (or several coordinated ones) per verb.

Used by the event-location evaluation (tools/eval_events.py): the candidates are the recognised
places of the verb's sentence and names right after a locative preposition that the gazetteer
may not know; the nearest to the verb wins.
"""

from __future__ import annotations

from typing import Optional, Sequence

from .events import _cost, event_table, governing_role
from .lexicon import toponym_table
from .text import Segmented, Token
from .toponyms import PlaceMention

_LOCATIVE_PENALTY = {
    "location": 0,
    "destination": 2,
    "target": 1,
    "via": 3,
    "origin": 6,
    "reference": 8,
    None: 3,
}
_DETERMINERS = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "our", "der", "die", "das", "dem", "den", "des"}
)


def locate(
    doc: Segmented, places: Sequence[PlaceMention], start: int, end: int, lang: str
) -> list[tuple[int, int]]:
    """Where the event a given verb reports took place: character spans (several when places
    are coordinated: "in Yala, and … in Pattani"), or none.

    Candidates are the recognised places of the verb's sentence and names right after a
    locative preposition ("at her Reshimbagh residence"); the one nearest the verb wins, a
    clause break counting ten words and an origin (from X) or reference (south of X) less likely."""
    table = event_table(lang)
    sentence = doc.sentence_of(start)
    tokens = [t for t in doc.tokens if t.sentence == sentence]
    verb = next((i for i, t in enumerate(tokens) if t.start <= start < t.end or start <= t.start < end), None)
    if verb is None:
        return []
    role_of = {word: role for role, words in table["roles"].items() for word in words}
    relative = frozenset(table["relative_directions"])
    topo = toponym_table(lang)
    cues = frozenset(topo["place_cues"])
    excluded = frozenset(topo["not_places"])
    candidates: dict[tuple[int, int], Optional[str]] = {}
    for mention in places:
        if mention.sentence == sentence and mention.role == "location":
            position = next((i for i, t in enumerate(tokens) if t.start <= mention.start < t.end), None)
            if position is not None:
                role = governing_role(tokens, position, role_of, relative, cues, None)
                candidates[(position, _last_token(tokens, mention.end))] = role
    adjectives = {m.start for m in places if m.role == "adjective"}
    locative = frozenset(table.get("locative_prepositions", ()))
    for first, last, role in _locative_names(tokens, locative, role_of, excluded, cues):
        if tokens[first].text in excluded or tokens[first].start in adjectives:
            continue
        inside = [span for span in candidates if first <= span[0] and span[1] <= last]
        if any(a <= first <= b or first <= a <= last for a, b in candidates if (a, b) not in inside):
            continue
        for span in inside:  # a longer name holds a place the gazetteer knows: Khan Touman
            del candidates[span]
        candidates[(first, last)] = role
    if not candidates:
        return []

    def rank(span):
        before = 2 if span[1] < verb else 0  # where something happened tends to follow the verb
        return _cost(tokens, verb, span[0]) + _LOCATIVE_PENALTY.get(candidates[span], 3) + before

    best = min(candidates, key=rank)
    best = _most_specific(tokens, best, candidates, cues)
    chosen = [best]
    for other in sorted(candidates):
        if other != best and _coordinated(tokens, best, other):
            chosen.append(other)
    return [(tokens[a].start, _name_end(tokens[b])) for a, b in sorted(chosen)]


def _most_specific(tokens, best, candidates, cues):
    """ "the south Baghdad neighbourhood of Al-Bayaa", "the Vedeno region of southern Chechnya":
    in one phrase, the name the place noun introduces or describes is the event's place."""
    for other in sorted(candidates):
        if other[0] <= best[1]:
            continue
        between = [t.text.lower() for t in tokens[best[1] + 1 : other[0]]]
        if 2 <= len(between) <= 4 and between[-1] == "of" and any(w in cues for w in between):
            return other  # Baghdad neighbourhood of Al-Bayaa → Al-Bayaa
        break
    return best


def _coordinated(tokens: Sequence[Token], a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Two names joined only by commas, "and"/"und" and a repeated preposition."""
    low, high = (a, b) if a[0] < b[0] else (b, a)
    between = [t.text.lower() for t in tokens[low[1] + 1 : high[0]]]
    joiners = {",", "and", "und", "or", "oder", "in", "im", "at", "near", "bei", "another"}
    return (
        bool(between)
        and len(between) <= 8
        and any(w in ("and", "und", ",", "or", "oder") for w in between)
        and all(w in joiners or (w.islower() and len(w) > 2) for w in between)
        and not any(t in (";", ".") for t in between)
    )


def _last_token(tokens: Sequence[Token], end: int) -> int:
    return max(i for i, t in enumerate(tokens) if t.start < end)


def _locative_names(
    tokens: Sequence[Token], locative: frozenset, role_of: dict, excluded: frozenset, cues: frozenset
):
    """Capitalised names the gazetteer may not know, where the words around them say "place":
    right after a locative preposition over articles and adjectives (in the northern city of
    Mosul), or after a place noun and "of" (the village of Mainok)."""
    for i, token in enumerate(tokens):
        word = token.text.lower()
        if word == "of" and i > 0 and tokens[i - 1].text.lower() in cues:
            role = "location"
        elif word in locative:
            role = role_of.get(word, "location")
        else:
            continue
        j = i + 1
        while (
            j < len(tokens)
            and j - i <= 3
            and (tokens[j].text.lower() in _DETERMINERS or tokens[j].text.islower())
        ):
            j += 1
        first = j
        while j < len(tokens) and tokens[j].text[:1].isupper() and tokens[j].text not in excluded:
            j += 1
            if tokens[j - 1].text.endswith(("'s", "’s")):
                break
        if j == first:
            continue
        following = tokens[j].text if j < len(tokens) else ""
        if j - first == 1 and tokens[first].text.endswith(_ADJECTIVE_ENDINGS) and following.islower():
            continue  # "the Kenyan capital": an adjective, not a name
        yield first, j - 1, role


_ADJECTIVE_ENDINGS = ("ian", "ean", "ese", "ish", "ern", "an")


def _name_end(token: Token) -> int:
    """A name's end without an English possessive ("Sarajevo's streets" → "Sarajevo")."""
    for suffix in ("'s", "’s"):
        if token.text.endswith(suffix):
            return token.end - len(suffix)
    return token.end
