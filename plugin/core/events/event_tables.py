"""The events table of a language (data/events_<lang>.json), with its hedges compiled, its
history cues as one pattern and its trigger words indexed."""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache

from ..datafiles import language_file
from .certainty import certainty_by_clause, hedge_patterns
from .reporting import reporting_table


@cache
def event_table(lang: str) -> dict:
    path = language_file("events", lang)
    table = json.loads(path.read_text(encoding="utf-8"))
    table["_hedges"] = hedge_patterns(table["hedges"])
    if "reported_speech" in table:  # the verbs of saying reported speech follows (reporting_<lang>.json)
        table["reported_speech"]["speech_verbs"] = reporting_table(lang)["speech_verbs"]
    # "back in 2014" is history, "back in Ukrainian hands" is not
    unless = table.get("history_not_before", {})

    def cue(h: str) -> str:
        after = "|".join(map(re.escape, unless.get(h, ())))
        return re.escape(h) + (rf"(?!\s+(?:\w+\s+){{0,2}}(?:{after})\b)" if after else "")

    table["_history"] = re.compile(
        r"(?<!\w)(?:" + "|".join(map(cue, table["history_cues"])) + r")(?!\w)", re.I
    )
    words: dict[str, list[dict]] = {}
    for trigger in table["triggers"]:
        if "not_subject" in trigger:  # "@civilians": the table's list of that name
            trigger["not_subject"] = [
                w for item in trigger["not_subject"] for w in (table[item[1:]] if item[:1] == "@" else [item])
            ]
        for word in trigger["words"]:
            words.setdefault(word, []).append(trigger)
    table["_words"] = words
    return table


@lru_cache(maxsize=4096)
def sentence_certainty(sentence_text: str, lang: str):
    """certainty_by_clause with the language's table, memoised: its hedge patterns are slow to
    try, and a sentence's certainty depends on its text alone."""
    return certainty_by_clause(sentence_text, event_table(lang))
