"""A verb of taking whose object is people takes no ground: "captured two soldiers", "a member
of the gang has been captured alive", "they were taken to a hospital in X"."""

from __future__ import annotations

from typing import Sequence

from ..language.text import CLAUSE_BREAKS
from .actors import actor_table
from .reporting import reporting_table

_QUOTE_MARKS = frozenset('"“”„«»‘’')


def takes_people(tokens, index: int, end: int, places, sentence_places, table: dict, lang: str) -> bool:
    """A verb of taking whose object is people takes no ground: "a member of the gang …
    has been captured alive", "many soldiers had been captured defending Kursk", "they
    captured two soldiers" (unless a place follows in the clause: "captured two soldiers
    and the village of X")."""
    captives = table.get("captives")
    if not captives:
        return False
    nouns, alive = frozenset(captives["nouns"]), frozenset(captives["alive"])
    lowered = [t.text.lower() for t in tokens]
    if end + 1 < len(tokens) and lowered[end + 1] in alive:
        return True
    if lang != "en":
        return _people_before(lowered, index, frozenset(captives.get("never_forces", ())))
    passive = frozenset(actor_table(lang)["passive_markers"])
    j = index - 1
    while j >= 0 and (lowered[j] in passive or lowered[j] in ("had", "has", "have")):
        j -= 1
    if passive & set(lowered[j + 1 : index]):  # "… had been captured": its subject was taken
        if end + 1 < len(tokens) and lowered[end + 1] in ("to", "away"):
            return True  # "they were taken to a hospital in X": carried, not conquered
        subject = []
        for word in reversed(lowered[max(0, j - 3) : j + 1]):
            if word in CLAUSE_BREAKS:
                break
            subject.append(word)
        return any(w in nouns for w in subject)
    starts = {places[i].start for i in sentence_places}
    positions = frozenset(table.get("position_nouns", ()))
    speech = reporting_table(lang)["speech_verbs"]
    after: list[str] = []
    quotes = sum(t.text in _QUOTE_MARKS for t in tokens[: end + 1])
    for k, token in enumerate(tokens[end + 1 :], start=end + 1):
        if token.text in CLAUSE_BREAKS and token.text != ",":
            break
        if token.text in _QUOTE_MARKS:
            quotes += 1
            if quotes % 2 == 0:
                break  # the quotation closes: what follows is who said it
            continue  # captured "foreign fighters": the captives in quotes
        if token.text == "," and any(t.text.lower() in speech for t in tokens[k + 1 : k + 10]):
            break  # "… under our control, the separatist leader said": the speaker, not captives
        if token.start in starts:
            # "captured two soldiers and the village of X" takes ground too; "captured two
            # soldiers near X" does not
            taken = bool(after) and after[-1] in ("and", "or", ",", "of")
            if taken and after[-1] == "of":
                # "… and the village of X" takes it too; "a ship in the port of X" does not
                held = next((i for i, w in enumerate(after) if w in nouns), None)
                taken = held is None or any(w in ("and", "or", ",") for w in after[held + 1 :])
            return not taken and _object_is(after, nouns, positions)
        after.append(token.text.lower())
    return _object_is(after, nouns, positions)


def _people_before(lowered: Sequence[str], index: int, people: frozenset) -> bool:
    """A German verb at the end of its clause takes what its clause names before it: "vier
    Geiseln in Gao befreien" frees hostages, not Gao. Only people who are never a force that
    could be the subject (hostages, prisoners, civilians)."""
    for word in reversed(lowered[max(0, index - 8) : index]):
        if word in CLAUSE_BREAKS:
            return False
        if word in people:
            return True
    return False


def _object_is(words: Sequence[str], nouns: frozenset, positions: frozenset = frozenset()) -> bool:
    """Whether one of the nouns is the object right after a verb (within five words, before any
    preposition but "of": "captured two soldiers", "seized dozens of fighters", "captured a group
    of Russian troops"; not "fell to Islamic State fighters", nor after a noun of `positions`:
    "seized the base of government soldiers" takes the base)."""
    for word in words[:5]:
        if word in nouns:
            return True
        if word in positions or word in ("to", "by", "from", "with", "for", "in", "at", "near", "after"):
            return False
    return False
