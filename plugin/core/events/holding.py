"""Holding ground: whether a word of holding tells a holding that goes on, a taking (control that
began at a time the sentence gives, one that is back with a side, one that went into a side's
hands) or a holding that ended, and when a time starts a period lasting until now ("seit Juni")."""

from __future__ import annotations

from typing import Sequence

from ..language.text import CLAUSE_BREAKS, Token
from .clauses import clause_of


def since_time(text: str, time, table: dict, key: str = "since_words") -> bool:
    """A time that starts a period the sentence says lasts until now (seit Juni, since April);
    with `key` "until_words", one that ends it (bis Anfang April, until early April)."""
    words = (text[max(0, time.start - 30) : time.start] + " " + time.text).lower().split()
    return any(word in table.get(key, ()) for word in words[-4:])


_CLAUSE_JOINS = frozenset({"und", "and", "dass", "that", "sowie", "aber", "but"})


def control_kind(spec: dict, tokens: Sequence[Token], trigger: int, text: str, time, table: dict) -> str:
    """The kind of an event of holding ground: a holding that goes on ("remains in control of
    Mosul") is a presence, never a taking, unless the sentence says since when; a taking when
    control began at the time the sentence gives ("seit Juni in der Hand der Islamisten"), when it
    went into a side's hands or the news tells it as new ("in russische Hand gefallen", "sind jetzt
    unter ukrainischer Kontrolle", "now control Kupiansk"; "control Raqqa" alone is a holding) or
    when it is back with a side ("wieder in ukrainischer Hand", "back in Ukrainian hands": a
    recapture); a withdrawal when control was lost; else the trigger's."""
    kind = spec["type"]
    word = tokens[trigger].text.lower()
    holding = (
        spec.get("control")
        or word in table.get("holding_nouns", ())
        or word in table.get("state_participles", ())
    )
    since = time is not None and since_time(text, time, table)
    if holding and not since and _goes_on(tokens, trigger, table):
        return "presence"  # "remains in firm control of Mosul", "hält weiterhin Bachmut": no change
    if holding and time is not None and since_time(text, time, table, "until_words"):
        return "presence"  # "was under Ukrainian control until April": a holding that ended, no taking
    lost = frozenset(table.get("control_lost_words", ()))
    after = next((k for k in range(trigger + 1, len(tokens)) if tokens[k].text in CLAUSE_BREAKS), len(tokens))
    # the five words before it in its clause: "verlor am Samstag die Kontrolle"
    start = next(
        (k + 1 for k in range(trigger - 1, max(-1, trigger - 6), -1) if tokens[k].text in CLAUSE_BREAKS), 0
    )
    before = [t.text.lower() for t in tokens[max(start, trigger - 5) : trigger]]
    if (holding or word == "control") and (
        any(t.text.lower() in lost for t in tokens[trigger + 1 : after]) or lost & set(before)
    ):
        # "hat erneut die Kontrolle über Soledar verloren", "lost control of Debalteve": the holder left
        return "withdrawal"
    new = _told_as_new(tokens, trigger, table)
    following = tokens[trigger + 1].text if trigger + 1 < len(tokens) else ""
    if word == "control" and following[:1].isupper() and following.lower() not in ("of", "over"):
        # "militants who control Raqqa": a holding; "now control Kupiansk", "control Lyman after
        # heavy fighting on Saturday": a taking the news tells
        return "capture" if new or time is not None else "presence"
    if not spec.get("control"):
        return kind
    if _into_holding(tokens, trigger, table) or (new and word in table.get("holding_nouns", ())):
        # "ist in russische Hand gefallen", "unter ukrainische Kontrolle geraten": into it; "sind jetzt
        # unter ukrainischer Kontrolle": a holding the news tells as new
        kind = "capture"
    back = table.get("return_words", ())
    for j in range(trigger - 1, max(-1, trigger - 5), -1):
        word = tokens[j].text.lower()
        if tokens[j].text in CLAUSE_BREAKS or word in _CLAUSE_JOINS:
            break  # "schlugen die Angriffe zurück und halten …", "said again that …": another verb's
        if word in back:
            return "recapture"
    return "capture" if since else kind


def _goes_on(tokens: Sequence[Token], trigger: int, table: dict) -> bool:
    """Whether one of the 'continuing_words' (remains, still; weiterhin, noch immer, nach wie vor:
    a word or up to three) stands among the five words before a word of holding ground, in its
    clause and with no verb of taking or "to" between ("still managed to regain control of X",
    "forces still loyal to Kyiv regained control": a taking): a holding that goes on."""
    going_on = table.get("continuing_words", ())
    takings = _taking_words(table)
    for j in range(trigger - 1, max(-1, trigger - 6), -1):
        word = tokens[j].text.lower()
        particle = word == "aber" and j > 0 and tokens[j - 1].text[:1].islower()  # "bleibt aber … besetzt"
        if tokens[j].text in CLAUSE_BREAKS or (word in _CLAUSE_JOINS and not particle) or word in takings:
            return False
        for n in (1, 2, 3):
            if j - n + 1 >= 0 and " ".join(t.text for t in tokens[j - n + 1 : j + 1]).lower() in going_on:
                return True
    return False


_TAKING_TYPES = frozenset({"capture", "recapture"})


def _taking_words(table: dict) -> frozenset:
    """The words of a table's triggers of taking ground, and "to"/"zu" (continued to regain)."""
    cached = table.get("_taking_words")
    if cached is None:
        words = {
            w.lower() for t in table.get("triggers", ()) if t.get("type") in _TAKING_TYPES for w in t["words"]
        }
        cached = table["_taking_words"] = frozenset(words | {"to", "zu"})
    return cached


def _into_holding(tokens: Sequence[Token], trigger: int, table: dict) -> bool:
    """German "in die Hände der Rebellen gefallen", "in russische Hand gefallen", "unter ukrainische
    Kontrolle geraten": a noun of holding in the accusative (its article or an adjective in -e) after
    one of the table's 'accusative_holding' prepositions, with one of its verbs of going into it in
    the clause, is where a place went, not where it is ("in russischer Hand", "unter der Kontrolle":
    the dative of a holding; "unter internationale Kontrolle zu stellen": a demand)."""
    into = table.get("accusative_holding")
    if not into or tokens[trigger].text.lower() not in into["nouns"]:
        return False
    before = [t.text for t in tokens[max(0, trigger - 3) : trigger]]
    if len(before) < 2 or not (
        before[-1] in into["articles"] or (before[-1].islower() and before[-1].endswith("e"))
    ):
        return False
    clause = {t.text.lower() for _, t in clause_of(tokens, trigger)}
    return any(w in into["prepositions"] for w in before[:-1]) and bool(clause & set(into["verbs"]))


def _told_as_new(tokens: Sequence[Token], trigger: int, table: dict) -> bool:
    """One of the table's 'now_words' among the five words before a word of holding, in its clause,
    and no word of a period since ("sind jetzt unter ukrainischer Kontrolle", "now control X"; not
    "steht jetzt seit Monaten unter russischer Kontrolle")."""
    now = frozenset(table.get("now_words", ()))
    clause = clause_of(tokens, trigger)
    if not now or any(t.text.lower() in table.get("since_words", ()) for _, t in clause):
        return False
    return any(t.text.lower() in now for k, t in clause if trigger - 5 <= k < trigger)
