"""The parts of a trigger that stand apart from its verb: a separable particle (drangen … vor,
drove … out) and, for a verb whose particle follows its object, that object (drove the militants
from X)."""

from __future__ import annotations

from typing import Optional, Sequence

from ..language.text import CLAUSE_BREAKS


def particle_end(lowered: Sequence[str], i: int, particle: str, lang: str = "de") -> Optional[int]:
    """The separable particle closing the verb's clause: drangen … vor(,|.|und); in English
    the particle after the verb in its clause: drove … out (of), took … back."""
    for j in range(i + 1, len(lowered)):
        if lang == "en" and lowered[j] == particle:
            return j
        if lang == "en" and lowered[j] in (",", ";", ":"):
            return None
        if lowered[j] == particle and (
            j + 1 == len(lowered)
            or not lowered[j + 1][:1].isalnum()
            or lowered[j + 1] in ("und", "oder", "um")
        ):
            return j
        if lowered[j] in (";",):
            return None
    return None


def object_between(lowered: Sequence[str], verb: int, particle: int, spec: dict) -> bool:
    """ "drove the militants from X": words stand between the verb and its particle, and the clause
    goes on to no goal after it ("drove the tanks from X to Y" is a journey, not an expulsion)."""
    if particle - verb < 2:
        return False
    if set(lowered[verb + 1 : particle]) & set(spec.get("unless_object", ())):
        return False  # "cleared mines from the village": no force driven out
    if "to" in lowered[verb + 2 : particle]:
        return False  # "forced the rebels to withdraw from X": the verb after "to" tells what happened
    goals = frozenset(spec.get("unless_then", ()))
    for word in lowered[particle + 1 :]:
        if word in CLAUSE_BREAKS:
            return True
        if word in goals:
            return False
    return True
