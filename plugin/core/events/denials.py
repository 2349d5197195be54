"""A claim the other side denies: "Armenia denied that the town had fallen", "Russia denied
that Ukrainian troops had entered Sudzha", "Armenien wies die Darstellung zurück", "Kiew
dementierte".

A denial verb (reporting table 'denial_verbs'; 'rejection_verbs' only with one of the
'claim_nouns' after them in their clause: "rejected the claim", "wies die Darstellung zurück",
not "rejected the ceasefire") makes:

- a taking or an arrival its own sentence tells after it a denied one (negated: "denied that
  the town had fallen"), and contested;
- where its sentence tells none, the takings, arrivals and withdrawals the one or two sentences
  before it in its paragraph tell contested ("Aserbaidschan hat Dschebrail eingenommen. …
  Armenien wies die Darstellung zurück").

A contested event keeps its certainty (who says it, how sure they sound) and is flagged, so the
map shows the claim and that it is disputed.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Optional, Sequence

from ..language.text import CLAUSE_BREAKS, Segmented, Token
from .particles import particle_end
from .reporting import reporting_table

# Event types a denial disputes: ground said to change hands.
_DISPUTED = frozenset({"capture", "recapture", "arrival", "withdrawal"})
# How many sentences back a denial with no event of its own reaches, within its paragraph.
DENIAL_REACH = 2
# Words before a denial verb that make it a passive of another sense ("were denied access").
_PASSIVE = frozenset({"was", "were", "been", "being", "be", "is", "are"})
_CLAIM_REACH = 5  # words after a verb of rejection within which its claim noun stands
# Words after a denial verb that make it deny a claim: a "that" clause or a word pointing back.
_POINTING = frozenset(
    {"that", "it", "this", "these", "those", "any", "dass", "das", "dies", "diese", "dieses", "es"}
)


@cache
def _words(lang: str) -> tuple[frozenset, frozenset, frozenset, dict]:
    table = reporting_table(lang)
    return (
        frozenset(table.get("denial_verbs", ())),
        frozenset(table.get("rejection_verbs", ())),
        frozenset(table.get("claim_nouns", ())),
        dict(table.get("rejection_particles", {})),
    )


def denial_at(tokens: Sequence[Token], lang: str) -> Optional[tuple[int, bool]]:
    """(index, whole) of the denial verb of a sentence's tokens, or None. `whole` when what it
    denies is a claim, said or pointed back to ("denied that …", "denied it", "dementierte.",
    "rejected the claim"); else it denies only an event its sentence tells after it ("denied
    the capture of X"; not "denies the US use of its air bases")."""
    denials, rejections, claims, particles = _words(lang)
    lowered = [t.text.lower() for t in tokens]
    for i, word in enumerate(lowered):
        if i > 0 and lowered[i - 1] in _PASSIVE:
            continue
        if word in denials:
            following = lowered[i + 1] if i + 1 < len(lowered) else "."
            said = following in _POINTING or not following[:1].isalnum() or _claim_near(lowered, i, claims)
            return i, said
        if word in rejections or word in particles:
            particle = particles.get(word)
            if particle is not None and particle_end(lowered, i, particle, lang) is None:
                continue  # "wies" without "zurück": pointed, not rejected
            if _claim_near(lowered, i, claims):
                return i, True
    return None


def _claim_near(lowered: Sequence[str], i: int, claims: frozenset) -> bool:
    """Whether a claim noun stands within _CLAIM_REACH words of i in its clause, after it ("wies
    die Darstellung zurück") or before it ("Die Angaben wurden zurückgewiesen")."""
    for step in (1, -1):
        j = i + step
        while 0 <= j < len(lowered) and abs(j - i) <= _CLAIM_REACH and lowered[j] not in CLAUSE_BREAKS:
            if lowered[j] in claims:
                return True
            j += step
    return False


def contested_claims(events: Sequence, doc: Segmented, lang: str) -> list:
    """The events with those a denial disputes flagged contested (and those it denies in its
    own sentence negated)."""
    by_sentence: dict[int, list[Token]] = {}
    for token in doc.tokens:
        by_sentence.setdefault(token.sentence, []).append(token)
    denied: dict[int, tuple[int, bool]] = {}  # sentence → (offset of its denial verb, whole)
    for index, tokens in by_sentence.items():
        found = denial_at(tokens, lang)
        if found is not None:
            denied[index] = (tokens[found[0]].start, found[1])
    if not denied:
        return list(events)
    out = list(events)
    for sentence, (offset, whole) in sorted(denied.items()):
        own = [
            i
            for i, e in enumerate(out)
            if e.sentence == sentence and e.start > offset and e.type in _DISPUTED and e.type != "withdrawal"
        ]
        for i in own:
            out[i] = replace(out[i], negated=True, contested=True)
        if own or not whole or any(e.sentence == sentence and e.type in _DISPUTED for e in out):
            continue
        paragraph = doc.sentences[sentence].paragraph
        earlier = range(max(0, sentence - DENIAL_REACH), sentence)
        for i, e in enumerate(out):
            if (
                e.sentence in earlier
                and doc.sentences[e.sentence].paragraph == paragraph
                and e.type in _DISPUTED
                and not e.negated
                and not e.past
                and e.certainty != "intended"
            ):
                out[i] = replace(e, contested=True)
    return out
