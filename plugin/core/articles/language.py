"""Which language an article is in: detected by function words, or read from a code or a name
("de-DE", "Deutsch", "ger")."""

from __future__ import annotations

import re

from .vocabulary import language_words

__all__ = ["detect_language", "language_code", "requested_language"]


# Language detection looks at the start of the body only: enough words to decide, constant cost.
_DETECT_CHARS = 20_000
_DETECT_MIN_HITS = 3  # fewer function words than this: too little text to tell
_DETECT_MARGIN = 2.0  # the winner needs this many times the runner-up's hits
_WORD = re.compile(r"[^\W\d_]+")
_LANGUAGE_CODE = re.compile(r"([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*")


def detect_language(text: str) -> str:
    """The language ("de", "en" …) by function-word counts; "und" when the text is too short to tell."""
    vocabulary = language_words()
    hits = dict.fromkeys(vocabulary.languages, 0)
    for token in _WORD.findall(text[:_DETECT_CHARS].lower()):
        lang = vocabulary.function_words.get(token)
        if lang:
            hits[lang] += 1
    ranked = sorted(hits.items(), key=lambda item: item[1], reverse=True)
    best, best_hits = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if best_hits < _DETECT_MIN_HITS or best_hits < _DETECT_MARGIN * runner_up:
        return "und"
    return best


def language_code(value: str | None, *, known_only: bool = False) -> str | None:
    """A language code from "de-DE", "Deutsch", "ger" …; other well-formed codes pass unless known_only."""
    if not value:
        return None
    value = value.strip()
    names = language_words().language_names
    if value.lower() in names:
        return names[value.lower()]
    m = _LANGUAGE_CODE.fullmatch(value)
    if not m:
        return None
    primary = m.group(1).lower()
    if primary in names:
        return names[primary]
    return None if known_only else primary


def requested_language(language: str | None) -> str | None:
    if language is None or language.strip().lower() in ("", "auto"):
        return None
    code = language_code(language)
    if code is None:
        raise ValueError(f"language {language!r} is not a language code (use de, en or auto)")
    return code
