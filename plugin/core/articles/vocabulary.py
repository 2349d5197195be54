"""The words reading needs per language (function words, language names, header keys, month and
weekday names), loaded once from data/language_words.json."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Iterable

from ..datafiles import DATA_DIR

__all__ = ["language_words"]


_DATA = DATA_DIR / "language_words.json"


@dataclass(frozen=True)
class _Vocabulary:
    languages: tuple[str, ...]
    function_words: dict[str, str]  # word -> the one language that uses it
    language_names: dict[str, str]  # "deutsch" -> "de"
    header_keys: dict[str, str]  # "datum" -> "date"
    header_key: re.Pattern
    date: re.Pattern
    months: dict[str, int]


@cache
def language_words() -> _Vocabulary:
    table = {k: v for k, v in json.loads(_DATA.read_text(encoding="utf-8")).items() if not k.startswith("_")}
    owners: dict[str, set[str]] = {}
    for lang, entry in table.items():
        for word in entry["function_words"]:
            owners.setdefault(word, set()).add(lang)
    function_words = {word: langs.pop() for word, langs in owners.items() if len(langs) == 1}
    names = {name: lang for lang, entry in table.items() for name in entry["names"]}
    keys = {
        word: key for entry in table.values() for key, words in entry["header_keys"].items() for word in words
    }
    months = {
        name: i + 1 for entry in table.values() for i, forms in enumerate(entry["months"]) for name in forms
    }
    weekdays = {name for entry in table.values() for forms in entry["weekdays"] for name in forms}
    return _Vocabulary(
        languages=tuple(table),
        function_words=function_words,
        language_names=names,
        header_keys=keys,
        header_key=re.compile(rf"[ \t]*({_alternation(keys)})(?:[ \t]*:[ \t]*|[ \t]+)", re.IGNORECASE),
        date=_date_pattern(_alternation(months), _alternation(weekdays)),
        months=months,
    )


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _date_pattern(month: str, weekday: str) -> re.Pattern:
    """Dates as headers and meta tags write them; the alternatives are tried in order."""
    return re.compile(
        rf"""(?:(?:{weekday})\.?,?[ \t]+)?
        (?:(?P<iso_y>\d{{4}})-(?P<iso_m>\d{{1,2}})-(?P<iso_d>\d{{1,2}})
             (?:[T \t]\d{{1,2}}:\d{{2}}(?::\d{{2}}(?:[.,]\d+)?)?
                (?:[ \t]?(?:Z|UTC|GMT|[+-]\d{{2}}:?\d{{2}}))?)?
          |(?P<slash_y>\d{{4}})/(?P<slash_m>\d{{1,2}})/(?P<slash_d>\d{{1,2}})
          |(?P<dot_d>\d{{1,2}})\.[ \t]?(?P<dot_m>\d{{1,2}})\.[ \t]?(?P<dot_y>\d{{4}})
          |(?P<dm_d>\d{{1,2}})(?:\.|st|nd|rd|th)?[ \t]+(?P<dm_m>{month})\.?,?[ \t]+(?P<dm_y>\d{{4}})
          |(?P<md_m>{month})\.?[ \t]+(?P<md_d>\d{{1,2}})(?:st|nd|rd|th)?,?[ \t]+(?P<md_y>\d{{4}})
          |(?P<m_m>{month})\.?,?[ \t]+(?P<m_y>\d{{4}})
          |(?P<ym_y>\d{{4}})-(?P<ym_m>\d{{1,2}})
          |(?P<my_m>\d{{1,2}})[./](?P<my_y>\d{{4}})
          |(?P<y_y>\d{{4}})
        )(?!\w|[-/.:]\w)""",
        re.IGNORECASE | re.VERBOSE,
    )
