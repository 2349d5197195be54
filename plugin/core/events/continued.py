"""Reports that run over sentences: the sentence before attributes a change of control and this
one goes on with it, the sentence after says who reported this one, or a sentence goes on with a
report the sentence before it attributed ("This was announced by the governor. Thus, …")."""

from __future__ import annotations

import re
from functools import cache

from .event_tables import event_table
from .reporting import reporting_table

CONTROL_TYPES = frozenset({"capture", "recapture", "withdrawal", "arrival"})  # the events that change control
# The events that take or enter a place (as control.TAKEN_TYPES, which these modules cannot import).
TAKING_TYPES = frozenset({"capture", "recapture", "arrival"})
# A sentence that opens with these and attributes something attributes the sentence before it.
BACK_REFERENCES = frozenset({"das", "dies", "diese", "dieses", "so", "this", "that", "these", "such"})
# Words that carry on the report of the sentence before.
_CONTINUATION = frozenset(
    {"auch", "ebenfalls", "weitere", "weiteren", "zudem", "also", "further", "too", "as well"}
)


def claims_around(doc, sentence, triggers_of, place_ids, tokens, attributed_at, trigger) -> bool:
    """Whether a change of control (the trigger's) belongs to a report a neighbour in its paragraph
    attributes. The sentence before attributes a change of control and this one goes on with the
    same report: about the same place, or "also", "auch", "weitere" ("The settlements of A and B
    were also taken under control"). Or the sentence after tells a change of control about the same
    place or names it "the town", with its source or in reported speech ("Kämpfer haben die Stadt
    X befreit. … wurden die letzten IS-Mitglieder aus der Stadt vertrieben, meldete die
    Nachrichtenagentur Firat"): a lead that sums up what the next sentence attributes. Not when
    the next sentence tells only a withdrawal (a side that tells its own retreat concedes it) or
    confirms ("bestätigte", "confirmed")."""
    kind = trigger.spec["type"]
    if kind not in CONTROL_TYPES:
        return False
    paragraph = doc.sentences[sentence].paragraph
    before, after = sentence - 1, sentence + 1
    if (
        before in triggers_of
        and doc.sentences[before].paragraph == paragraph
        and any(t.spec["type"] in CONTROL_TYPES for t in triggers_of[before])
        and attributed_at(before)
    ):
        shared = place_ids.get(before, set()) & place_ids.get(sentence, set())
        if shared or any(t.text.lower() in _CONTINUATION for t in tokens):
            return True
    if after not in triggers_of or doc.sentences[after].paragraph != paragraph:
        return False
    told = {t.spec["type"] for t in triggers_of[after]}
    text = doc.sentence_text(after)
    return (
        bool(told & TAKING_TYPES)  # the gain again; a withdrawal after may be the loser's concession
        and (
            place_ids.get(after, set()) & place_ids.get(sentence, set())
            or (not place_ids.get(after) and _back_to_the_place().search(text) is not None)
        )
        and not set(re.findall(r"\w+", text.lower())) & _confirming()
        and (attributed_at(after) or _REPORTED_SPEECH.search(text) is not None)
    )


@cache
def _back_to_the_place() -> re.Pattern:
    """ "the town", "die … umkämpfte Stadt": a noun of the events tables' 'anaphoric_nouns' after an
    article and up to five words, by which the sentence after speaks of the lead's place."""
    nouns = sorted(
        {n for lang in ("de", "en") for n in event_table(lang)["anaphoric_nouns"]}, key=len, reverse=True
    )
    return re.compile(
        r"\b(?:the|die|der|dem|den|des)\s+(?:[\w-]+\s+){0,5}?(?:" + "|".join(map(re.escape, nouns)) + r")\b",
        re.IGNORECASE,
    )


@cache
def _confirming() -> frozenset:
    """The reporting tables' verbs of confirming and conceding, of both languages ("bestätigte",
    "confirmed"): a confirmation strengthens the lead, it never makes it a claim."""
    return frozenset(w for lang in ("de", "en") for w in reporting_table(lang)["concession_verbs"])


# German reported speech: the present subjunctive, or the plural past subjunctive that stands in
# for it ("Die Armee habe die Stadt … gebracht", "die Truppen hätten X eingenommen"); not the
# singular "hätte", "wäre", "würde" of what did not happen ("Ohne X wäre die Stadt nicht gefallen").
_REPORTED_SPEECH = re.compile(r"\b(?:habe|sei|seien|werde|könne|müsse|solle|hätten|wären)\b")


def attributed_after(doc, sentence, by_sentence, triggers_of, attributed_at) -> bool:
    """The next sentence of the paragraph, or a paragraph of that one sentence after it, says who
    reported this one ("Das teilte das Ministerium mit", "This was announced by the ministry")."""
    nxt = sentence + 1
    if nxt not in by_sentence or (
        doc.sentences[nxt].paragraph != doc.sentences[sentence].paragraph and not _alone(doc, nxt)
    ):
        return False
    opener = by_sentence[nxt][0].text.lower()
    return opener in BACK_REFERENCES and _reports_only(triggers_of[nxt]) and attributed_at(nxt)


def unverified_after(doc, sentence, by_sentence, triggers_of, table: dict) -> bool:
    """The next sentence of the paragraph tells no event and says the report could not be checked
    ("Reuters could not independently verify the report", "Die Angaben ließen sich nicht unabhängig
    überprüfen"): a claimed hedge of the table about verifying or confirming."""
    nxt = sentence + 1
    if nxt not in by_sentence or doc.sentences[nxt].paragraph != doc.sentences[sentence].paragraph:
        return False
    if not _reports_only(triggers_of[nxt]):
        return False
    text = doc.sentence_text(nxt).lower()
    if not set(re.findall(r"\w+", text)) & _REPORT_WORDS:
        return False  # "The number of casualties could not be verified": not the report of the taking
    checks = [h for h in table["hedges"].get("claimed", []) if _CHECKING.search(h) and "*" not in h]
    return any(re.search(rf"(?<!\w){re.escape(h)}(?!\w)", text) for h in checks)


_REPORT_WORDS = frozenset(
    {"report", "reports", "claim", "claims", "it", "this", "that", "statement", "account", "accounts",
     "angaben", "angabe", "bericht", "berichte", "darstellung", "das", "dies", "meldung", "meldungen"}
)  # fmt: skip


_CHECKING = re.compile(r"verif|confirm|überprüf|bestätig|prüf")


def goes_on_attributed(doc, sentence, by_sentence, triggers_of, attributed_at, table: dict) -> bool:
    """ "X reached the border. This was announced by the governor. Thus, on Sunday the occupiers
    left A and B": a sentence that opens going on (the table's 'continuation_openers') after one
    that says who reported the sentence before it goes on with that report (in its paragraph, or
    after a paragraph of that one sentence)."""
    before = sentence - 1
    if before not in by_sentence or not by_sentence.get(sentence):
        return False
    if by_sentence[sentence][0].text.lower() not in table.get("continuation_openers", ()):
        return False
    if doc.sentences[before].paragraph != doc.sentences[sentence].paragraph and not _alone(doc, before):
        return False
    return (
        by_sentence[before][0].text.lower() in BACK_REFERENCES
        and _reports_only(triggers_of[before])
        and attributed_at(before)
    )


def _reports_only(triggers) -> bool:
    """A sentence that tells no event but its report ("This was announced by the ministry")."""
    return all(t.spec["type"] == "announcement" for t in triggers)


def _alone(doc, k: int) -> bool:
    """Whether sentence k is a paragraph of its own (web pages set many sentences apart)."""
    paragraph = doc.sentences[k].paragraph
    return all(
        not 0 <= j < len(doc.sentences) or doc.sentences[j].paragraph != paragraph for j in (k - 1, k + 1)
    )
