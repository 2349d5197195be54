"""Numbered roads a report says a column went along ("entlang der Autobahn 1", "along Highway
12", "via the M4 highway"): their names, for a line layer of roads to match."""

from __future__ import annotations

import re
from functools import cache
from typing import Optional

from ..language.lexicon import toponym_table

# A numbered road the sentence says a column went along ("entlang der Autobahn 1", "along Highway
# 12", "über die A 1", "via the M4 highway"): its name, for a line layer of roads to match. The
# words are the toponym tables' (road_prepositions, road_articles, road_words). Bare codes take
# a road-class letter (A, B, D, E, M, N, R; I and US also with a hyphen: I-95), so a T-72, a
# B-52 or the G7 are no roads.
_BARE_ROAD = r"(?:(?:US|I)[ -]?|[ABDEMNR] ?)\d{1,4}\b(?!-)"


@cache
def _road_pattern() -> re.Pattern:
    tables = [toponym_table(lang) for lang in ("de", "en")]

    def words(key: str) -> str:
        found = sorted({w for t in tables for w in t.get(key, ())}, key=len, reverse=True)
        return "|".join(re.escape(w) for w in found)

    return re.compile(
        rf"\b(?:{words('road_prepositions')})\s+(?:(?:{words('road_articles')})\s+)?"
        rf"(?P<road>(?i:{words('road_words')})\s+[A-Z]?\d{{1,4}}[A-Za-z]?\b"
        rf"|{_BARE_ROAD}(?:\s+(?i:{words('road_words')}))?)"
    )


def road_followed(sentence: str) -> Optional[str]:
    """The numbered road a sentence says the advance went along, or None."""
    found = _road_pattern().search(sentence or "")
    return found.group("road") if found else None
