"""A claim the other side denies: "Armenia denied that the town had fallen", "Russia denied
that Ukrainian troops had entered Sudzha", "Armenien wies die Darstellung zurück", "Kiew
dementierte".

A denial verb (reporting table 'denial_verbs'; 'rejection_verbs' only with one of the
'claim_nouns' after them in their clause: "rejected the claim", "wies die Darstellung zurück",
not "rejected the ceasefire") makes:

- a taking, an arrival or a withdrawal its own clause tells after it a denied one (negated:
  "denied that its troops had withdrawn from X"), and contested; one its sentence told before
  it contested ("…, which Kyiv denied");
- where its sentence tells none and it denies a claim and nothing more ("denied that.",
  "rejected the claim"; not "denied reports that its troops had shelled civilians"), the
  takings, arrivals and withdrawals the one or two sentences before it in its paragraph tell
  contested ("Aserbaidschan hat Dschebrail eingenommen. …
  Armenien wies die Darstellung zurück").

A contested event keeps its certainty (who says it, how sure they sound) and is flagged, so the
map shows the claim and that it is disputed.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache
from typing import Optional, Sequence

from ..language.text import CLAUSE_BREAKS, Segmented, Token
from .continued import TAKING_TYPES
from .event_tables import event_table
from .particles import particle_end
from .reporting import reporting_table

# Event types a denial disputes: ground said to change hands.
_DISPUTED = frozenset({"capture", "recapture", "arrival", "withdrawal"})
# How many sentences back a denial with no event of its own reaches, within its paragraph.
DENIAL_REACH = 2
# Words before a denial verb that make it a passive or an adjective of another sense ("were
# denied access", "the disputed region").
_NOT_A_DENIAL_AFTER = frozenset(
    {"was", "were", "been", "being", "be", "is", "are", "the", "a", "an", "this", "its"}
)
_PASSIVE = frozenset({"was", "were", "been", "is", "are"})
_CLAIM_REACH = 5  # words of a verb of rejection within which its claim noun stands
# Words that point back to a claim when they alone follow a denial verb ("denied that.", "denied
# it", "dementierte dies").
_POINTING = frozenset({"that", "it", "this", "these", "those", "das", "dies", "diese", "dieses", "es"})
# Gerunds after "denied" that deny a loss of ground ("denied losing the town"), not another deed
# ("denies sending troops", "denied targeting civilians").
_LOSING = frozenset(
    {
        "losing",
        "abandoning",
        "withdrawing",
        "retreating",
        "surrendering",
        "ceding",
        "leaving",
        "giving",
        "pulling",
    }
)
# Words before a claim noun that make it the source of the sentence, not what is rejected ("nach
# eigenen Angaben", "according to reports").
_SOURCE_BEFORE = frozenset({"nach", "eigenen", "laut", "to", "zufolge"})
# Words that end a denial's scope in its sentence ("denied that …, and said its troops …").
_SCOPE_END = frozenset({"but", "aber", "doch", "sondern", "while", "während"})
# Relative words before a denial verb: it denies what its sentence said before ("…, which Kyiv
# denied"; "…, was Kiew dementierte").
_RELATIVE = frozenset({"which", "what", "was"})


@cache
def _words(lang: str) -> tuple[frozenset, frozenset, frozenset, dict]:
    table = reporting_table(lang)
    return (
        frozenset(table.get("denial_verbs", ())),
        frozenset(table.get("rejection_verbs", ())),
        frozenset(table.get("claim_nouns", ())),
        dict(table.get("rejection_particles", {})),
    )


@cache
def _any_denial_word(lang: str) -> re.Pattern:
    """A pattern that finds any denial or rejection verb of the language in a text."""
    denials, rejections, _claims, particles = _words(lang)
    falsity = set(reporting_table(lang).get("falsity_verbs", ()))
    words = sorted(denials | rejections | set(particles) | falsity, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)


def denial_at(tokens: Sequence[Token], lang: str) -> Optional[tuple[int, bool]]:
    """(index, whole) of the first denial verb of a sentence's tokens, or None. `whole` when it
    denies a claim said before, pointed back to and nothing more ("Armenia denied that.",
    "denied it", "dementierte.", "rejected the claim", "wies die Darstellung zurück"); else it
    denies only what its own clause tells ("denied that Ukrainian troops had entered X"; not
    "denied reports that its troops had shelled civilians", which is about something else)."""
    denials, rejections, claims, particles = _words(lang)
    falsity = frozenset(reporting_table(lang).get("falsity_verbs", ()))
    lowered = [t.text.lower() for t in tokens]
    for i, word in enumerate(lowered):
        after = lowered[i + 1] if i + 1 < len(lowered) else "."
        passive = i > 1 and lowered[i - 1] in _PASSIVE and lowered[i - 2] in _POINTING | {"which"}
        if word in denials and passive and (after == "by" or not after[:1].isalnum()):
            return i, True  # "…, but this was denied by local elders"; not "which was denied aid"
        if i > 0 and lowered[i - 1] in _NOT_A_DENIAL_AFTER:
            continue
        if word in falsity and _calls_false(lowered, i, claims, lang):
            return i, True  # "nannte die Meldung falsch", "called the report false"
        if word in denials:
            # what it denies, up to a clause of its own ("dementierte dies und sprach von Kämpfen")
            clause_end = next((k for k in range(i + 1, len(lowered)) if lowered[k] in _AND), len(lowered))
            rest = [w for w in lowered[i + 1 : clause_end] if w[:1].isalnum()]
            # "denied that.", "dementierte das umgehend", "widersprachen: …", "denied losing the town"
            first = rest[0] if rest else ""
            pointing = (
                not rest
                or (first in _POINTING and len(rest) <= 3)
                or (lang == "en" and first in _LOSING)
                or lowered[i + 1 : i + 2] == [":"]
            )
            if pointing or _claim_object(lowered, i, claims, alone=True):
                return i, True
            return i, False
        if word in rejections or word in particles:
            particle = particles.get(word)
            if particle is not None and particle_end(lowered, i, particle, lang) is None:
                continue  # "wies" without "zurück": pointed, not rejected
            rest = [w for w in lowered[i + 1 :] if w[:1].isalnum()]
            if (
                _claim_object(lowered, i, claims, alone=False)
                or lowered[i + 1 : i + 2] in ([w] for w in (*_POINTING, ":"))
                or (not rest and particle is None)  # "Armenien widersprach."
            ):
                return i, True  # "rejected the claim", "wies dies (als Propaganda) zurück", "widersprachen:"
    return None


def _calls_false(lowered: Sequence[str], i: int, claims: frozenset, lang: str) -> bool:
    """Whether the verb of calling at i calls a claim (a claim noun or a word pointing back)
    false within its clause ("nannte die Meldung falsch", "called the claims propaganda")."""
    false = frozenset(reporting_table(lang).get("falsity_words", ()))
    clause = []
    for w in lowered[i + 1 : i + 8]:
        if w in CLAUSE_BREAKS:
            break
        clause.append(w)
    pointed = [k for k, w in enumerate(clause) if w in claims | _POINTING]
    # "nannte die Meldung falsch"; not "called reports of heavy losses propaganda": another claim
    return (
        bool(pointed)
        and bool(false & set(clause))
        and all(k + 1 >= len(clause) or clause[k + 1] not in _ABOUT for k in pointed)
    )


_AND = frozenset({"und", "and", "aber", "but", "sondern"})
_ABOUT = frozenset(
    {"of", "about", "on", "that", "über", "zu", "von", "dass", "vom"}
)  # a claim about something


def _claim_object(lowered: Sequence[str], i: int, claims: frozenset, alone: bool) -> bool:
    """Whether a claim noun the verb at i rejects stands within _CLAIM_REACH words of it in its
    clause, after it ("wies die Darstellung zurück", "rejected the claim") or before it ("Die
    Angaben wurden zurückgewiesen"), not as a source ("nach eigenen Angaben"); with `alone`, only
    with nothing said after it ("denied the reports." but not "denied reports that …")."""
    for step in (1, -1):
        j = i + step
        while 0 <= j < len(lowered) and abs(j - i) <= _CLAIM_REACH and lowered[j] not in CLAUSE_BREAKS:
            if (
                lowered[j] in claims
                and not (j > 0 and lowered[j - 1] in _SOURCE_BEFORE)
                and not (j > 1 and lowered[j - 2] in _SOURCE_BEFORE)
            ):
                after = []
                for w in lowered[j + 1 :]:
                    if w in CLAUSE_BREAKS:
                        break  # "denied the claim, saying its troops still held Marib"
                    after += [w] if w[:1].isalnum() else []
                return not alone or step < 0 or len(after) <= 3
            j += step
    return False


# Words after a comma that open what a denial denies ("bestritt, dass …", "dementierte Berichte,
# wonach …"; also "…, denen zufolge …").
_DENIED_CLAUSE = frozenset({"dass", "that", "ob", "wonach"})


def _scope_end(tokens: Sequence[Token], at: int) -> int:
    """The character offset where a denial's own clause ends: at the first clause break or
    "but" after its verb (the sentence's end else)."""
    for k in range(at + 1, len(tokens)):
        token = tokens[k]
        after = " ".join(t.text.lower() for t in tokens[k + 1 : k + 3])
        if token.text == "," and (after.split(" ")[0] in _DENIED_CLAUSE or after == "denen zufolge"):
            continue  # "bestritt, dass Wuhlehirsk eingenommen worden sei": what it denies
        if token.text in CLAUSE_BREAKS or token.text.lower() in _SCOPE_END:
            return token.start
    return tokens[-1].end


def _clause_before(tokens: Sequence[Token], at: int) -> bool:
    """Whether a clause break stands a few words before the denial verb at `at`: it opens a
    clause of its own after what its sentence told ("…, though Kyiv denied it")."""
    return any(t.text in CLAUSE_BREAKS for t in tokens[max(0, at - 5) : at])


def contested_claims(events: Sequence, doc: Segmented, lang: str, places: Sequence = ()) -> list:
    """The events with those a denial disputes flagged contested (and those it denies in its
    own clause negated, with the claims of the same place just before it: "Separatisten haben
    Wuhlehirsk eingenommen. Die Armee bestritt, dass Wuhlehirsk eingenommen worden sei")."""
    if not _any_denial_word(lang).search(doc.text):
        return _holdings_contest(_negations_contest(list(events), doc, places), places, lang)  # no token read
    by_sentence: dict[int, list[Token]] = {}
    for token in doc.tokens:
        by_sentence.setdefault(token.sentence, []).append(token)
    out = list(events)
    for sentence, tokens in sorted(by_sentence.items()):
        found = denial_at(tokens, lang)
        if found is None:
            continue
        at, whole = found
        verb, end = tokens[at].start, _scope_end(tokens, at)
        own = [
            i
            for i, e in enumerate(out)
            if e.sentence == sentence and verb < e.start < end and e.type in _DISPUTED
        ]
        for i in own:
            out[i] = replace(out[i], negated=True, contested=True)
        denied = {_place_id(out[i], places) for i in own} - {None}
        # "The military denied that Tal Afar had been lost": a place its clause names
        denied |= {m.place.id for m in places if m.place is not None and verb < m.start < end}
        for i, e in enumerate(out):
            if e.sentence in range(sentence - DENIAL_REACH, sentence) and _place_id(e, places) in denied:
                out[i] = replace(e, contested=True)
        if at > 0 and (
            any(t.text.lower() in _RELATIVE for t in tokens[max(0, at - 3) : at])
            or (whole and _clause_before(tokens, at))
        ):
            # "Russia said it had captured Soledar, which Ukraine denied"; "…, though Kyiv denied
            # it", "…, a claim the Taliban denied"
            for i, e in enumerate(out):
                if e.sentence == sentence and e.start < verb and e.type in _DISPUTED and not e.negated:
                    out[i] = replace(e, contested=True)
            continue
        if own or not whole or any(e.sentence == sentence and e.type in _DISPUTED for e in out):
            continue
        paragraph = doc.sentences[sentence].paragraph
        # a denial that opens its paragraph answers the one before ("… Bakhmut.⏎⏎Ukraine denied the claim.")
        opening = sentence > 0 and doc.sentences[sentence - 1].paragraph != paragraph
        paragraphs = {paragraph, paragraph - 1} if opening else {paragraph}
        earlier = range(max(0, sentence - DENIAL_REACH), sentence)
        for i, e in enumerate(out):
            if (
                e.sentence in earlier
                and doc.sentences[e.sentence].paragraph in paragraphs
                and e.type in _DISPUTED
                and not e.negated
                and not e.past
                and e.certainty != "intended"
            ):
                out[i] = replace(e, contested=True)
    return _holdings_contest(_negations_contest(out, doc, places), places, lang)


def _holdings_contest(events: list, places: Sequence, lang: str) -> list:
    """Takings of a place that the same or a later sentence (within DENIAL_REACH) says another
    named force still holds, with one of the events table's 'continuing_words' ("… were reported
    to have captured Jalalabad, but an official said the city remained in government hands"; "Die
    Stadt wird weiterhin von der YPG gehalten"): contested."""
    still = _continuing(lang)
    holdings = [
        e
        for e in events
        if e.type == "presence"
        and not e.negated
        and e.certainty != "intended"
        and still.search(e.quote.lower())
    ]
    if not holdings:
        return events
    out = list(events)
    for i, e in enumerate(out):
        if e.type not in TAKING_TYPES or e.negated or e.past:
            continue
        place = _place_id(e, places)
        if place is not None and any(
            h.sentence in range(e.sentence, e.sentence + DENIAL_REACH + 1)
            and _place_id(h, places) == place
            and not set(h.actors) & set(e.actors)
            and h.actors  # a holder named: "the city remains under control" may be the taker's word
            and _days_apart(e, h) <= _SAME_NEWS_DAYS  # not a taking a year before
            for h in holdings
        ):
            out[i] = replace(e, contested=True)
    return out


_SAME_NEWS_DAYS = 7


def _days_apart(a, b) -> int:
    """Days between two events' starts (0 when either has none)."""
    if not a.t_start or not b.t_start:
        return 0
    return abs((date.fromisoformat(a.t_start[:10]) - date.fromisoformat(b.t_start[:10])).days)


@cache
def _continuing(lang: str) -> re.Pattern:
    """The events table's words of a holding that goes on (remained, still, weiterhin)."""
    words = event_table(lang).get("continuing_words", ()) or ("\0",)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")


def _negations_contest(events: list, doc: Segmented, places: Sequence) -> list:
    """Claims of a place that a later sentence of the article says did not change hands ("An army
    spokesman said Tal Afar had not fallen", "Entgegen russischen Angaben ist Kurachowe nicht
    gefallen"): contested."""
    negated = [
        e
        for e in events
        if e.negated
        and e.type in _DISPUTED
        and e.certainty != "intended"
        and _place_id(e, places) is not None
    ]  # not what would not have happened ("Ohne X wäre die Stadt nicht gefallen")
    out = list(events)
    for denial in negated:
        for i, e in enumerate(out):
            if (
                e.sentence in range(denial.sentence - DENIAL_REACH, denial.sentence)
                and not e.negated
                and (e.type == "withdrawal")
                == (denial.type == "withdrawal")  # not "have not yet entered" after "withdrew"
                and e.type in _DISPUTED
                and _place_id(e, places) == _place_id(denial, places)
            ):
                out[i] = replace(e, contested=True)
    return out


def _place_id(event, places: Sequence) -> Optional[str]:
    """The gazetteer id of an event's principal place, if any."""
    if event.place is None or not places:
        return None
    mention = places[event.place.place]
    return mention.place.id if mention.place is not None else None
