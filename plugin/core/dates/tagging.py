"""Temporal tagger: finds the time expressions of a German or English news text and normalises them.

`tag(text, lang, dct)` returns every expression with its TIMEX3 type and value and the interval it
denotes, resolved against the publication date `dct` ("2017-11-04", "2017-11", "2017" or None). The
grammar is data (`data/timex_<lang>.json`); dateparser is not used, so function words such as "die"
or "mit" can never turn into weekdays.
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Dict, List, Optional, Sequence, Tuple

from .calendar import Anchor, is_valid_value, parse_dct
from .grammar import Grammar, Rule, load_grammar
from .normalize import Context, Value, normalize

log = logging.getLogger(__name__)

__all__ = ["TimeExpression", "dateline_time", "sentence_tense", "tag"]

_PREV_WORD = re.compile(r"([\w'’.-]+)[\W]{0,3}$")
_NEXT_WORD = re.compile(r"\W{0,3}?([\w'’-]+)")
_WORD = re.compile(r"\w+(?:['’]\w+)?")
_FIRST_WORD = re.compile(r"\s*(\w+)")
_RELATIVE_OPENERS = frozenset(
    {"which", "who", "whom", "whose", "where", "der", "die", "das", "welche", "welcher", "welches", "wo"}
)
_SENTENCE_END = re.compile(r"[.!?]+[\"'“”»«)]*\s+|\n\s*\n|\n(?=\s*[A-ZÄÖÜ„\"“])")


@dataclass(frozen=True)
class TimeExpression:
    """One time expression: its span in the text, TIMEX3 type and value, and the interval it denotes."""

    text: str
    start: int
    end: int
    type: str
    value: str
    start_date: Optional[str]
    end_date: Optional[str]
    precision: Optional[str]
    anchor: str
    unresolved: bool

    def to_record(self) -> dict:
        """The expression as the extraction record's `times` entry (the pipeline adds `sentence`)."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "value": self.value,
            "start_date": self.start_date,
            "end_date": self.end_date,
            "precision": self.precision,
            "anchor": self.anchor,
            "unresolved": self.unresolved,
        }


@dataclass
class _Candidate:
    start: int
    end: int
    rule: Rule
    groups: Dict[str, Optional[str]]


def tag(text: str, lang: str, dct: Optional[str], body_start: int = 0) -> List[TimeExpression]:
    """Every time expression in `text` (language "de" or "en"), resolved against the publication date,
    or against the day of a dateline that opens the article body at `body_start` ("Berlin, 7. August
    (dpa) -"): the day the report was written, which a later publication date may not be."""
    grammar = load_grammar(lang)
    anchor = parse_dct(dct)
    if not text:
        return []
    candidates = _select(_candidates(text, grammar), len(text))
    if not candidates:
        return []
    sentences = _Sentences(text, grammar)
    ctx = Context(grammar, anchor, sentences.tense)
    found = []
    opening = True  # the body's first expression has not been read yet
    for cand in candidates:
        try:
            result = normalize(cand.rule.kind, ctx, cand.groups, cand.start, cand.rule.params)
        except (ValueError, OverflowError, KeyError, TypeError, IndexError) as error:
            log.debug("timex: %r (%s) not normalised: %s", text[cand.start : cand.end], cand.rule.id, error)
            continue
        if result is None or not _consistent(result):
            continue
        found.append(_expression(text, cand, result))
        if opening and cand.start >= body_start:
            opening = False
            if (
                _is_day(found[-1])
                and _fits(result.start, ctx.dct)
                and is_dateline(text, cand.start, cand.end, body_start)
            ):
                ctx.dct = Anchor.of(result.start)
        _remember(ctx, result)
    return found


def _expression(text: str, cand: _Candidate, result: Value) -> TimeExpression:
    return TimeExpression(
        text=text[cand.start : cand.end],
        start=cand.start,
        end=cand.end,
        type=result.type,
        value=result.value,
        start_date=result.start.isoformat() if result.start else None,
        end_date=result.end.isoformat() if result.end else None,
        precision=result.precision,
        anchor=result.anchor,
        unresolved=result.unresolved,
    )


def _consistent(result: Value) -> bool:
    """Drop (and log) anything that is not a well-formed TIMEX3 value with a sound interval."""
    if not is_valid_value(result.value, result.type):
        log.warning("timex: dropped invalid %s value %r", result.type, result.value)
        return False
    if result.start and result.end and result.start > result.end:
        log.warning("timex: dropped %r with start after end", result.value)
        return False
    return True


def _remember(ctx: Context, result: Value) -> None:
    """Dates the text states become the anchor of later text-relative expressions."""
    if result.type not in ("DATE", "TIME") or result.unresolved or result.start is None:
        return
    if result.precision in ("day", "time") and result.start == result.end:
        ctx.ref = ctx.ref_day = Anchor.of(result.start)
    elif result.precision == "month" and result.anchor in ("absolute", "publication"):
        ctx.ref = Anchor(result.start.year, result.start.month)


# --- finding candidates ---------------------------------------------------------------------------


_TOKEN = re.compile(r"\w+")
_LOOKBACK_WORDS = 6  # an expression starts at most this many words before its trigger word
_DIGITS = frozenset("0123456789")


def _starts(lower: str, grammar: Grammar) -> List[int]:
    """Where an expression may start: at a trigger word (digit, month, unit …) or a few words before."""
    triggers, prefixes, suffixes = grammar.triggers, grammar.trigger_prefixes, grammar.trigger_suffixes
    words = _TOKEN.findall(lower)
    known = grammar.starts_at
    if len(known) > 65536:
        known.clear()  # a bound on memory over a long batch
    for word in set(words).difference(known):
        known[word] = (
            word in triggers
            or word[0] in _DIGITS
            or word[-1] in _DIGITS
            or (len(word) > 6 and (word.startswith(prefixes) or word.endswith(suffixes)))
        )
    hot = [i for i, word in enumerate(words) if known[word]]
    if not hot:
        return []
    positions = [m.start() for m in _TOKEN.finditer(lower)]
    starts = set()
    for i in hot:
        starts.update(positions[max(0, i - _LOOKBACK_WORDS) : i + 1])
        at = positions[i]
        if at and lower[at - 1] in "'’":
            starts.add(at - 1)
    return sorted(starts)


def _candidates(text: str, grammar: Grammar) -> List[_Candidate]:
    """Every rule match that passes its context checks. The finder (all rules in one lower-case
    pattern) is tried only where a trigger word allows an expression to start; the rules only where
    the finder matched."""
    found = []
    lower, finder = text.lower(), grammar.finder
    if len(lower) != len(text):  # e.g. 'İ': lower case would shift offsets
        lower, finder = text, grammar.finder_any_case
    any_case = finder is not grammar.finder
    for at in _starts(lower, grammar):
        if finder.match(lower, at) is None:
            continue
        for group_finder, rules in grammar.groups:
            if not any_case and group_finder.match(lower, at) is None:
                continue
            for rule in rules:
                cand = _match(text, at, rule, grammar)
                if cand is not None:
                    found.append(cand)
    return found


def _match(text: str, at: int, rule: Rule, grammar: Grammar) -> Optional[_Candidate]:
    match = rule.regex.match(text, at)
    if match is None:
        return None
    start, end = match.span("t") if match.group("t") is not None else match.span()
    if start == end:
        return None
    cand = _Candidate(start, end, rule, match.groupdict())
    return cand if _accept(text, cand, grammar) else None


def _select(candidates: List[_Candidate], length: int) -> List[_Candidate]:
    """Longest match wins; on equal length the rule listed first in the grammar."""
    chosen: List[_Candidate] = []
    taken = bytearray(length)
    for cand in sorted(candidates, key=lambda c: (c.start - c.end, c.rule.order, c.start)):
        if any(taken[cand.start : cand.end]):
            continue
        chosen.append(cand)
        taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
    return sorted(chosen, key=lambda c: c.start)


def _prev_word(text: str, pos: int) -> str:
    found = _PREV_WORD.search(text, max(0, pos - 40), pos)
    return found[1] if found else ""


def _next_word(text: str, pos: int) -> str:
    found = _NEXT_WORD.match(text, pos, min(len(text), pos + 40))
    return found[1] if found else ""


def _sentence_initial(text: str, pos: int) -> bool:
    before = text[max(0, pos - 4) : pos].rstrip(" \t\"'„“”«»(")
    return not before or before[-1] in ".!?:\n"


def _accept(text: str, cand: _Candidate, grammar: Grammar) -> bool:
    """Context checks a pattern alone cannot make (case, neighbouring words)."""
    params, groups = cand.rule.params, cand.groups
    for name in params.get("capitalized", ()):
        word = groups.get(name)
        if word and not word[0].isupper():
            return False
    for name in params.get("lowercase", ()):
        word = groups.get(name)
        lowercase_only = word and grammar.has("lowercase_only", word) and word[0].isupper()
        if lowercase_only and not _sentence_initial(text, cand.start):
            return False
    prev_word, next_word = _prev_word(text, cand.start), _next_word(text, cand.end)
    blocked_after = params.get("not_after")
    if blocked_after and grammar.has(blocked_after, prev_word):
        return False
    blocked_before = params.get("not_before")
    if blocked_before and grammar.has(blocked_before, next_word):
        return False
    if blocked_before and params.get("not_before_adjective") and next_word[:1].islower():
        # '1800 tschadische Soldaten': an adjective stands between the number and what it counts
        found = _NEXT_WORD.match(text, cand.end, min(len(text), cand.end + 40))
        if found and grammar.has(blocked_before, _next_word(text, found.end())):
            return False
    if params.get("not_before_symbol") and re.match(r"\s?[€$£%]", text[cand.end : cand.end + 2]):
        return False
    ambiguous = params.get("ambiguous")
    if ambiguous:
        word = groups.get(ambiguous["group"]) or ""
        if grammar.has(ambiguous["list"], word) and not _ambiguous_ok(
            text, cand, grammar, ambiguous, prev_word, next_word
        ):
            return False
    return True


def _ambiguous_ok(text, cand, grammar, spec, prev_word, next_word) -> bool:
    """'Mai', 'August', 'May' count as months only in date context, never as part of a name."""
    if any(cand.groups.get(name) for name in spec.get("context_groups", ())):
        return True
    if grammar.has(spec["context"], prev_word):
        return True
    if next_word[:1].isupper() or prev_word[:1].isupper():
        return False
    return not spec.get("need_context", False)


class _Sentences:
    """Sentence boundaries and the tense of each sentence, computed on first use."""

    def __init__(self, text: str, grammar: Grammar):
        self.text = text
        self.grammar = grammar
        # not after a digit ('3. November') or a single letter ('z. B.')
        self.starts = [0] + [
            m.end()
            for m in _SENTENCE_END.finditer(text)
            if text[m.start()] == "\n"
            or (
                not (m.start() and text[m.start() - 1].isdigit())
                and not (
                    m.start() > 1 and text[m.start() - 1].isalpha() and not text[m.start() - 2].isalnum()
                )
            )
        ]
        self.tenses: Dict[int, str] = {}

    def index(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1

    def tense(self, pos: int) -> str:
        """'future', 'past' or 'present': the cue word (data: *_cues) nearest to `pos` in its sentence."""
        index = self.index(pos)
        if index not in self.tenses:
            end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.text)
            self.tenses[index] = _cues(self.text, self.starts[index], end, self.grammar)
        cues = self.tenses[index]
        if not cues:
            return "present"
        # the nearest cue of the time's own coordinate clause first: "retook Mueda on Monday and
        # will now advance": the Monday is the retaking's, past
        # … and not one of a relative clause the time is not in ("captured Lyman, which Ukraine
        # had vowed it would defend, on Saturday")
        return min(
            cues, key=lambda cue: (self._joined(cue[0], pos), self._relative(cue[0], pos), abs(cue[0] - pos))
        )[1]

    def _relative(self, cue: int, pos: int) -> bool:
        """Whether the cue stands in a relative clause (a comma, then "which", "who", "die" …) that
        the time at `pos` is not in."""
        start = self.text.rfind(",", 0, cue) + 1
        opener = _FIRST_WORD.match(self.text, start)
        if opener is None or opener.group(1).lower() not in _RELATIVE_OPENERS:
            return False
        end = self.text.find(",", cue)
        return not (start <= pos < (end if end != -1 else len(self.text)))

    def _joined(self, a: int, b: int) -> bool:
        """Whether a comma or one of the grammar's coordinators ("and", "und", "aber") stands
        between the offsets: the cue is another clause's ("Ein Kommandeur sagte, in zwei Wochen
        würden …")."""
        between = self.text[min(a, b) : max(a, b)]
        coordinators = self.grammar.tables.get("coordinators", {})
        return "," in between or any(w.lower() in coordinators for w in _WORD.findall(between))


def _cues(text: str, start: int, end: int, grammar: Grammar) -> List[Tuple[int, str]]:
    """Positions of the tense cues of one sentence; a perfect auxiliary counts with a participle."""
    tables = grammar.tables
    future, past, perfect = (tables.get(n, {}) for n in ("future_cues", "past_cues", "perfect_cues"))
    participle, past_form, prefixed = grammar.participle, grammar.past_form, grammar.participle_prefixed
    cues, perfect_at, has_participle = [], [], False
    for found in _WORD.finditer(text, start, end):
        word = found[0].lower()
        if word in future:
            cues.append((found.start(), "future"))
        elif word in past or (past_form is not None and past_form.fullmatch(word)):
            cues.append((found.start(), "past"))
        elif word in perfect:
            perfect_at.append(found.start())
        elif (participle is not None and participle.fullmatch(word)) or (
            prefixed is not None
            and prefixed.fullmatch(word)
            and _closes_clause(text, found.end(), end, perfect)
        ):
            has_participle = True
    if has_participle:
        cues += [(at, "past") for at in perfect_at]
    return cues


_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)\"“”»«–—]|$|(\w+))")


def _closes_clause(text: str, pos: int, end: int, perfect: Dict[str, object]) -> bool:
    """True when the word ending at `pos` stands where a participle stands: before punctuation,
    'und'/'oder', the sentence end, or a perfect auxiliary ('erobert hatten')."""
    found = _CLAUSE_END.match(text, pos, end)
    if found is None:
        return False
    word = (found[1] or "").lower()
    return not word or word in ("und", "oder") or word in perfect


# --- datelines ------------------------------------------------------------------------------------

# Before the date: at most a clock time and a few capitalised words (a place, a weekday); after it:
# an agency in brackets or slashes, a dash, a colon, or the end of the line.
_DATELINE_BEFORE = re.compile(r"\s*(?:\d{1,2}[:.]\d\d\s+)?(?:[A-ZÄÖÜ][\w'’.-]*[ ,/]*){0,4}[(\s]*")
_DATELINE_AFTER = re.compile(r"\)?\.?[ \t]*(?:\([^()\n]{1,30}\)|/[^/\n]{1,20}/|[-–—:|/]|\n|$)")
_DATELINE_REACH = 80  # characters from the body's start within which a dateline's date ends
_DATELINE_DAYS = 31  # a dateline may be this many days older than the publication date


def is_dateline(text: str, start: int, end: int, body_start: int) -> bool:
    """True when text[start:end] is the date of a dateline opening the body at `body_start`."""
    return (
        end - body_start <= _DATELINE_REACH
        and _DATELINE_BEFORE.fullmatch(text, body_start, start) is not None
        and _DATELINE_AFTER.match(text, end) is not None
    )


def dateline_time(text: str, times: Sequence[TimeExpression], body_start: int) -> Optional[int]:
    """Index in `times` of the dateline's day, if the body opens with one."""
    for i, t in enumerate(times):
        if t.start < body_start:
            continue
        if t.end - body_start > _DATELINE_REACH:
            return None
        if _is_day(t) and is_dateline(text, t.start, t.end, body_start):
            return i
    return None


def _is_day(t: TimeExpression) -> bool:
    return (
        t.type in ("DATE", "TIME")
        and t.precision in ("day", "time")
        and t.start_date is not None
        and not t.unresolved
    )


def _fits(day: Optional[date], dct: Anchor) -> bool:
    """A dateline's day agrees with the publication date: inside it, or at most a month before."""
    if day is None:
        return False
    start, end = dct.interval()
    if start is None:
        return True
    if dct.day is None:
        return start <= day <= end
    return end - timedelta(days=_DATELINE_DAYS) <= day <= end


def sentence_tense(text: str, start: int, end: int, lang: str, at: Optional[int] = None) -> str:
    """'past', 'future' or 'present': what the verbs of text[start:end] tell, at `at` the nearest
    one (the sentence's start when None). A simple past counts ('eroberten', 'rückte … vor'), a
    participle before its noun does not ('in eroberten Orten'), nor a time word ('letzten')."""
    grammar = load_grammar(lang)
    cues = [
        (pos, kind) for pos, kind in _cues(text, start, end, grammar) if not _time_word(text, pos, grammar)
    ]
    cues += [(pos, "past") for pos in _finite_past(text, start, end, grammar)]
    if not cues:
        return "present"
    where = start if at is None else at
    return min(cues, key=lambda cue: (abs(cue[0] - where), cue[1] != "past"))[1]


def _time_word(text: str, at: int, grammar: Grammar) -> bool:
    """A cue that is part of a time expression ('letzten', 'gestern'): it dates, it tells no tense."""
    word = _WORD.match(text, at)[0]
    return any(grammar.has(table, word) for table in ("rel", "relday", "fixed"))


def _finite_past(text: str, start: int, end: int, grammar: Grammar) -> List[int]:
    """Where a simple past form stands ('eroberten'), by the language's `finite_past` pattern."""
    pattern = grammar.options.get("finite_past")
    if not pattern:
        return []
    words = list(_WORD.finditer(text, start, end))
    found = []
    for i, word in enumerate(words):
        if not re.fullmatch(pattern, word[0]) or grammar.has("not_finite_past", word[0]):
            continue
        if grammar.participle is not None and grammar.participle.fullmatch(word[0]):
            continue  # 'gehalten', 'gestarteten': a participle
        before = words[i - 1][0] if i else ""
        after = words[i + 1][0] if i + 1 < len(words) else ""
        describes = before[:1].islower() and after[:1].isupper() and text[word.end() : word.end() + 1] == " "
        if not describes:
            found.append(word.start())
    return found
