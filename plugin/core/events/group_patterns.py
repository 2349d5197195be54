"""A fast first test for the actor table's named groups (data/actors_<lang>.json 'groups'): most
sentences name no group, and the groups' full patterns are slow to try at every position."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Optional


def group_pattern(group: dict) -> Optional[re.Pattern]:
    """A group's pattern: its acronyms (case kept) and its name patterns (any case), each set
    behind one word-start test, which finds what each behind its own test would and tries the
    alternatives only where a word starts."""
    alternatives = []
    if group["acronyms"]:
        acronyms = "|".join(map(re.escape, group["acronyms"]))
        alternatives.append(rf"(?<![\w-])(?:{acronyms})(?=$|[^\w]|-)")
    if group["patterns"]:
        words = "|".join(rf"(?:{p})(?!\w)" for p in group["patterns"])
        alternatives.append(rf"(?i:(?<!\w)(?:{words}))")
    return re.compile("|".join(alternatives)) if alternatives else None


def group_prefilter(groups) -> re.Pattern:
    """A fast pattern every sentence naming a group matches: the acronyms, the literal start of
    each name pattern, and whole the few patterns that start with no literal of three letters. Most sentences
    name no group, and the groups' full patterns are slow to try at every position."""
    starts, whole = [], []
    for group in groups:
        for pattern in group["patterns"]:
            start = re.match(r"[^\\\[\](){}?*+.|^$]+", pattern)
            literal = start.group(0) if start else ""
            if pattern[len(literal) : len(literal) + 1] in ("?", "*", "{"):
                literal = literal[:-1]  # "rebels? alliance": the s may be missing
            if len(literal) < 3 or _top_level_alternative(pattern):
                whole.append(pattern)
            else:
                starts.append(re.escape(literal.lower()))
    acronyms = [re.escape(a) for group in groups for a in group["acronyms"]]
    literal = "|".join(sorted(set(acronyms), key=len, reverse=True)) or "(?!)"
    words = "|".join(sorted(set(starts), key=len, reverse=True) + whole) or "(?!)"
    # every name pattern begins where a word starts (group_pattern), so its start may be
    # sought there only: several times faster than at every position
    return re.compile(rf"(?<![\w-])(?:{literal})|(?<!\w)(?i:{words})")


def _top_level_alternative(pattern: str) -> bool:
    """Whether `pattern` has a "|" outside any group or character class."""
    depth, in_class, escaped = 0, False, False
    for c in pattern:
        if escaped:
            escaped = False
        elif c == "\\":
            escaped = True
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            return True
    return False


@lru_cache(maxsize=8192)
def groups_in(sentence_text: str, lang: str, table_of: Callable[[str], dict]) -> tuple:
    """(start, end, name, side) of the named groups of a sentence at offset 0, from the actor
    table `table_of(lang)`: memoised, as a sentence is asked again (dropped force names, actors)."""
    table = table_of(lang)
    if not table["_group_prefilter"].search(sentence_text):
        return ()
    return tuple(
        (match.start(), match.end(), name, side)
        for name, side, pattern in table["_groups"]
        for match in pattern.finditer(sentence_text)
    )
