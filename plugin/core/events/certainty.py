"""How sure a report is of what it says, clause by clause: rumours and claims colour the whole
sentence (unbestätigten Angaben zufolge, Gerüchten zufolge), an intention (um … zu erobern)
only its clauses, a conditional (würde, könnte) the whole sentence. Hedges are in
data/events_<lang>.json."""

from __future__ import annotations

import re
from typing import Callable, Sequence

CERTAINTY_ORDER = ("confirmed", "claimed", "rumoured", "intended")


def hedge_patterns(hedges: dict[str, list[str]]) -> dict[str, list[re.Pattern]]:
    """One pattern per certainty ("*" in a hedge stands for up to eight words): a sentence is
    searched once for each, not once per hedge."""
    return {
        certainty: [re.compile("|".join(f"(?:{_hedge_regex(h)})" for h in words), re.I)]
        for certainty, words in hedges.items()
    }


def _hedge_regex(hedge: str) -> str:
    parts = [re.escape(p.strip()) for p in hedge.split("*")]
    return r"(?<!\w)" + r"(?:\W+\w+){0,8}?\W+".join(parts) + r"(?!\w)"


def certainty_by_clause(sentence_text: str, table: dict) -> Callable[[int], str]:
    """A function from an offset in the sentence to the certainty of what is said there."""
    lowered = sentence_text.lower()
    hedges = table["_hedges"]
    overall = "confirmed"
    for certainty in ("rumoured", "claimed"):
        if any(pattern.search(lowered) for pattern in hedges.get(certainty, [])):
            overall = certainty
            break
    words = set(re.findall(r"\w+", lowered))
    if words & set(table.get("conditional", [])):
        return lambda offset: "intended"
    clauses = clause_spans(lowered)
    # where in each clause a plan or a goal begins: what the clause says from there on is
    # intended, what it says before is not ("had left Gao … to stop them from pushing toward
    # Bamako": the leaving happened, the push was stopped)
    intended: dict[int, int] = {}
    # "managed to retake", "gelang es ihnen, die Stadt einzunehmen": a goal reached, no plan
    done = [m.end() for m in re.finditer(r"\w+", lowered) if m.group() in table.get("accomplished_words", ())]
    for pattern in hedges.get("intended", []):
        for match in pattern.finditer(lowered):
            if any(end <= match.start() for end in done):
                continue
            for i, (a, b) in enumerate(clauses):
                if a < match.end() and match.start() < b:
                    intended[i] = min(intended.get(i, b), max(a, match.start()))

    # a modal that ends a German clause ("mit der Kupjansk befreit werden soll") plans all of it
    for pattern in hedges.get("intended_clause", []):
        for match in pattern.finditer(lowered):
            for i, (a, b) in enumerate(clauses):
                if a <= match.start() < b:
                    intended[i] = a

    def certainty_at(offset: int) -> str:
        for i, (a, b) in enumerate(clauses):
            if a <= offset < b:
                return "intended" if i in intended and offset >= intended[i] else overall
        return overall

    return certainty_at


def clause_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the comma- and semicolon-separated parts of a sentence."""
    spans, start = [], 0
    for match in re.finditer(r"[,;:]", text):
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text) + 1))
    return spans


def weakest(certainties: Sequence[str]) -> str:
    ranked = [c for c in CERTAINTY_ORDER[:3] if c in certainties]
    return ranked[-1] if ranked else "confirmed"
