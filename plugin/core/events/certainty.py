"""How sure a report is of what it says, clause by clause: rumours and claims colour the whole
sentence (unbestätigten Angaben zufolge, Gerüchten zufolge), an intention (um … zu erobern)
only its clauses, a conditional (würde, könnte) the whole sentence. Hedges are in
data/events_<lang>.json."""

from __future__ import annotations

import re
from functools import cache
from typing import Callable, Optional, Sequence

CERTAINTY_ORDER = ("confirmed", "claimed", "rumoured", "intended")


def hedge_patterns(hedges: dict[str, list[str]]) -> dict[str, list[re.Pattern]]:
    """One pattern per certainty ("*" in a hedge stands for up to twelve words: "sollen am
    Donnerstag nach heftigen Kämpfen das Dorf … eingenommen haben"): a sentence is
    searched once for each, not once per hedge."""
    return {
        certainty: [re.compile(_any_hedge(words), re.I)] if words else []
        for certainty, words in hedges.items()
    }


def _any_hedge(hedges: list[str]) -> str:
    """The hedges as alternatives behind one word-start test: the same matches as each hedge
    with its own test, and several times faster, as the alternatives are tried only where a
    word starts instead of at every position."""
    return r"(?<!\w)(?:" + "|".join(f"(?:{_hedge_body(h)})" for h in hedges) + ")"


def _hedge_body(hedge: str) -> str:
    parts = [re.escape(p.strip()) for p in hedge.split("*")]
    return r"(?:\W+\w+){0,12}?\W+".join(parts) + r"(?!\w)"


def certainty_by_clause(sentence_text: str, table: dict) -> Callable[[int], str]:
    """A function from an offset in the sentence to the certainty of what is said there."""
    lowered = sentence_text.lower()
    hedges = table["_hedges"]
    overall = "confirmed"
    for certainty in ("rumoured", "claimed"):
        if any(pattern.search(lowered) for pattern in hedges.get(certainty, [])):
            overall = certainty
            break
    # "could not be independently verified" hedges a claim; it makes no plan of it
    unhedged = lowered
    for pattern in hedges.get("claimed", []):
        unhedged = pattern.sub(" ", unhedged)
    clauses = clause_spans(lowered)
    # "könnten … abgezogen sein", "may have withdrawn": a guess at what happened in its clause, no plan
    guesses = [m.start() for m in _SPECULATION.finditer(unhedged)]
    unhedged = _SPECULATION.sub(lambda m: " " * len(m.group()), unhedged)
    conditional = _conditional_from(unhedged, clauses, table)
    reported = _reported_subjunctive(unhedged, table)
    if conditional == 0 and not reported:
        return lambda offset: "intended"
    # where in each clause a plan or a goal begins: what the clause says from there on is
    # intended, what it says before is not ("had left Gao … to stop them from pushing toward
    # Bamako": the leaving happened, the push was stopped)
    intended: dict[int, int] = {}
    reached = _goals_reached(lowered, clauses, table)
    for pattern in hedges.get("intended", []):
        for match in pattern.finditer(lowered):
            if match.start() in reached:
                continue
            for i, (a, b) in enumerate(clauses):
                if a < match.end() and match.start() < b:
                    intended[i] = min(intended.get(i, b), max(a, match.start()))

    # a modal that ends a German clause ("mit der Kupjansk befreit werden soll") plans all of it
    for pattern in [*hedges.get("intended_clause", []), *_final_modal(tuple(table.get("final_modals", ())))]:
        for match in pattern.finditer(lowered):
            for i, (a, b) in enumerate(clauses):
                if a <= match.start() < b:
                    intended[i] = a

    # a plan ends where a clause of what happened begins ("Russia vowed to retaliate after
    # Ukrainian forces retook Kherson"; not "will advance after taking Kherson")
    ends = {i: _plan_end(sentence_text, intended[i], clauses[i][1]) for i in intended}
    for i in sorted(intended):  # "Beobachter rechnen damit, dass die Truppen … vorrücken": the plan's content
        if _that_clause(lowered, clauses, i + 1):
            intended.setdefault(i + 1, clauses[i + 1][0])
    # "Erdogan drohte, die Offensive auf X auszuweiten": only the clause it governs is the plan
    # ("drohten mit Vergeltung und eroberten Isjum" took it)
    for pattern in hedges.get("intended_next", []):
        for match in pattern.finditer(lowered):
            for i, (a, b) in enumerate(clauses):
                if a <= match.start() < b and _that_clause(lowered, clauses, i + 1):
                    intended.setdefault(i + 1, clauses[i + 1][0])

    def hedged(key: str, starts=()) -> set:
        """The clauses a hedge of `key` (or one at `starts`) stands in, and the dass-clause each
        governs ("Es ist wahrscheinlich, dass …")."""
        found = {
            i
            for start in [*starts, *(m.start() for p in hedges.get(key, []) for m in p.finditer(lowered))]
            for i, (a, b) in enumerate(clauses)
            if a <= start < b
        }
        return found | {i + 1 for i in found if _that_clause(lowered, clauses, i + 1)}

    # "hat Soledar wahrscheinlich eingenommen": an adverb of guessing makes its clause a claim
    guessed = hedged("claimed_clause", guesses)
    # "militants were believed to have fled": what its clause tells after the hedge is a claim
    # (not "troops captured X after militants believed to number hundreds fled")
    believed = {
        i: m.start()
        for p in hedges.get("claimed_after", [])
        for m in p.finditer(lowered)
        for i, (a, b) in enumerate(clauses)
        if a <= m.start() < b
    }
    # "Unverified footage showed …", "unbestätigte Videos zeigen …": a rumour in its clause only
    # (not "…, the governor confirmed, after footage circulating online showed …")
    rumours = hedged("rumoured_clause")
    # "reportedly", "offenbar": hearsay of the sentence up to a turn to what else happened ("…, the
    # same day troops cleared X", "…, while …", "…, aber …")
    turns = [0, *(m.end() for m in _TURN.finditer(lowered)), len(lowered) + 1]
    for pattern in hedges.get("claimed_segment", []):
        for match in pattern.finditer(lowered):
            low = max(t for t in turns if t <= match.start())
            high = min(t for t in turns if t > match.start())
            guessed |= {i for i, (a, b) in enumerate(clauses) if low <= a + _lead(lowered[a:b]) < high}

    def certainty_at(offset: int) -> str:
        if (
            conditional is not None
            and offset >= conditional
            and not (reported and _present(sentence_text, offset, table))
        ):
            return "intended"
        for i, (a, b) in enumerate(clauses):
            if a <= offset < b:
                if i in intended and intended[i] <= offset < ends.get(i, b):
                    return "intended"
                if i in rumours and overall in ("confirmed", "claimed"):
                    return "rumoured"
                hedged_here = i in guessed or believed.get(i, b) <= offset
                return "claimed" if overall == "confirmed" and hedged_here else overall
        return overall

    return certainty_at


# A modal of guessing with a perfect infinitive guesses at what has happened, it plans nothing
# ("Russische Einheiten könnten aus X abgezogen sein", "troops may have withdrawn from X").
_SPECULATION = re.compile(
    r"\b(?:könnte|könnten|dürfte|dürften|müsste|müssten)\b(?:\W+\w+){0,12}?\W+\w+(?:t|en)\s+(?:sein|haben)\b"
    r"|\b(?:could|may|might|must)\s+(?:\w+\s+)?have\s+(?:been\s+)?\w+"
)


@cache
def _final_modal(modals: tuple) -> list[re.Pattern]:
    """A German modal that ends its clause after an infinitive plans the clause: "dass die Armee
    Hawidscha einnehmen will", "die Hawidscha zu erobern versucht", "vorstoßen wollen." (the
    events table's 'final_modals')."""
    if not modals:
        return []
    words = "|".join(map(re.escape, modals))
    return [
        re.compile(
            rf"\b(?!(?:haben|sein|worden)\b)\w+(?:en|ern|eln)\s+(?:{words})(?=\s*(?:[,;:.!?\"“”»«]|$))"
        )
    ]


# "if" after a word of knowing or asking asks ("not clear if", "asked if"): no condition.
_OPENING_ONLY = frozenset({"if"})
_ASKING = re.compile(
    r"\b(?:clear|unclear|know|known|asked|ask|asks|wonder\w*|see|decide\w*|sure|check\w*)\s+if\b"
)

# Words that open a clause added after what a sentence tells ("…, in what would be a major
# victory", "…, which could open the road to Kherson", "…, while Damascus said the offensive would
# go on", "…, was den Weg nach Kramatorsk öffnen könnte"): a conditional in it is its own.
_ADDED_CLAUSE = frozenset(
    {"which", "what", "in", "while", "though", "although", "as", "who", "where", "a", "was", "womit",
     "wodurch", "während", "obwohl", "die", "der", "das", "dem", "den", "wo", "if", "unless", "falls"}
)  # fmt: skip


def _reported_subjunctive(text: str, table: dict) -> bool:
    """Whether the sentence's only conditional is one the language uses in reported speech for
    the subjunctive (the table's 'reported_speech': German "würde(n)"), with a verb of saying in
    the sentence and no word of condition ("wenn", "falls")."""
    reported = table.get("reported_speech")
    if not reported:
        return False
    words = set(re.findall(r"\w+", text))
    if not words & set(reported["conditionals"]) or words & set(
        reported["if_words"] + reported["other_conditionals"]
    ):
        return False
    return bool(words & set(reported["speech_verbs"]))


def _present(text: str, offset: int, table: dict) -> bool:
    """Whether the verb at `offset`, after a reported "würde(n)", tells what goes on now: a holding
    ("würden die Stadt noch halten") or a passive participle ("würden aus Kiew abgezogen"); not an
    infinitive of taking, which reported speech puts ahead ("würden Tikrit bald erobern"), nor a
    noun, which stays hypothetical ("Die Einnahme der Stadt würde … erleichtern, sagte er"), nor
    one a word of time puts ahead or an auxiliary after it ("würde in Kürze befreit werden")."""
    reported = table["reported_speech"]
    found = re.match(r"(\w*)\W*(\w*)", text[offset:])
    word, following = found.group(1), found.group(2).lower()
    if following in reported["auxiliaries"] or set(re.findall(r"\w+", text.lower())) & set(reported["ahead"]):
        return False
    return word.islower() and (word in reported["holding"] or "ge" in word[:6] or word.endswith("t"))


def _conditional_from(text: str, clauses: Sequence[tuple[int, int]], table: dict) -> Optional[int]:
    """The offset from which a conditional (würde, könnte, would, could) makes what the sentence
    says intended: 0 for the whole sentence ("Die Einnahme der Stadt würde … erleichtern"), the
    start of a clause added after the first when the conditional stands there, or None."""
    words = frozenset(table.get("conditional", ()))
    for i, (a, b) in enumerate(clauses):
        found = words & set(re.findall(r"\w+", text[a:b]))
        if not found or (found <= _OPENING_ONLY and _ASKING.search(text, a, b)):
            continue  # none; or "it was not clear if Russian troops remained": a question, no condition
        opener = re.match(r"\W*(\w+)", text[a:b])
        if i > 0 and opener is not None and opener.group(1) in _ADDED_CLAUSE:
            return a
        return 0
    return None


def _that_clause(lowered: str, clauses: Sequence[tuple[int, int]], i: int) -> bool:
    """Whether clause i exists and opens with "dass" or "that", or is a German infinitive with
    "zu" ("keine Absicht, die Stadt zu besetzen"): what the clause before governs."""
    if i >= len(clauses):
        return False
    text = lowered[clauses[i][0] : clauses[i][1]]
    return (
        re.match(r"\s*(?:dass|that)\b", text) is not None
        or re.search(r"\bzu \w+\W*$|\w+zu\w+en\W*$", text) is not None
    )


def _goals_reached(lowered: str, clauses: Sequence[tuple[int, int]], table: dict) -> set[int]:
    """Where in the sentence a goal phrase is one a force reached: right after a word of
    accomplishment ("managed to retake", "were able to retake"), or opening the clause after one
    that says so with no negation ("Den Truppen gelang es, die Stadt einzunehmen"; not "gelang es
    nicht, …"). Only that phrase: a plan later in the sentence stays a plan ("managed to retake
    Ramadi and now plan to retake Mosul")."""
    done = frozenset(table.get("accomplished_words", ()))
    if not done or not any(word in lowered for word in done):
        return set()  # most sentences name no accomplishment: no word list to build
    negations = frozenset(table.get("negations", ()))
    words = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\w+", lowered)]
    starts: set[int] = set()
    for k, (_start, _end, word) in enumerate(words):
        if word not in done:
            continue
        if k + 1 < len(words) and words[k + 1][2] == "to":
            starts.add(words[k + 1][0])  # "managed to retake": the goal phrase begins at "to"
            continue
        clause = next((i for i, (a, b) in enumerate(clauses) if a <= _start < b), None)
        if clause is None or clause + 1 >= len(clauses):
            continue
        a, b = clauses[clause]
        if any(w in negations for s, _e, w in words if a <= s < b):
            continue  # "gelang es ihnen nicht, …": the goal was missed
        following = [(s, w) for s, _e, w in words if clauses[clause + 1][0] <= s < clauses[clause + 1][1]]
        starts.update(s for s, _w in following)  # the zu-infinitive clause after it, wherever it starts
    return starts


def _lead(text: str) -> int:
    """The white space a clause opens with."""
    return len(text) - len(text.lstrip())


# Where a sentence turns from one report to another: hearsay before it says nothing of what follows.
_TURN = re.compile(
    r"[,;]\s*(?=(?:on )?the same day\b|while\b|whereas\b|but\b|aber\b|doch\b|jedoch\b|während\b|sondern\b)|[;:]"
)


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


# Conjunctions that open a clause with its own subject: German ones always; English "after",
# "before", "as", "while", "when", "once" also head a phrase ("after the capture of X", "as a
# springboard"), so only before a name or a pronoun ("after Ukrainian forces retook X", "after
# they retook X"), and "because" not before "of".
_FINITE_AFTER = re.compile(
    r"\b(?i:nachdem|weil|bevor|sobald|obwohl)\b"
    r"|\b(?i:after|before|as|while|when|once)\s+(?=(?i:they|it|he|she|we)\b|[A-Z])"
    r"|\b(?i:because)\b(?!\s+of\b)"
)


def _plan_end(text: str, start: int, end: int) -> int:
    """Where a plan that begins at `start` ends in its clause (ending at `end`) of the sentence
    `text` as written: at a subordinate clause with its own subject after it, else at the
    clause's end ("vowed to retaliate after Ukrainian forces retook Kherson"; not "plans to attack
    Kyiv after the capture of Kharkiv")."""
    found = _FINITE_AFTER.search(text, start + 1, end)
    return found.start() if found else end
