"""A fast first test for the actor table's named groups (data/actors_<lang>.json 'groups'): most
sentences name no group, and the groups' full patterns are slow to try at every position."""

from __future__ import annotations

import re


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
    return re.compile(rf"(?<![\w-])(?:{literal})|(?i:{words})")


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
