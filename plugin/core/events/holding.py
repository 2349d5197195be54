"""Holding ground: whether a word of holding tells a holding that goes on, a taking (control that
began at a time the sentence gives, one that is back with a side, one that went into a side's
hands) or a holding that ended, and when a time starts a period lasting until now ("seit Juni")."""

from __future__ import annotations

from typing import Sequence

from ..language.text import CLAUSE_BREAKS, Token


def since_time(text: str, time, table: dict, key: str = "since_words") -> bool:
    """A time that starts a period the sentence says lasts until now (seit Juni, since April);
    with `key` "until_words", one that ends it (bis Anfang April, until early April)."""
    words = (text[max(0, time.start - 30) : time.start] + " " + time.text).lower().split()
    return any(word in table.get(key, ()) for word in words[-4:])


_CLAUSE_JOINS = frozenset({"und", "and", "dass", "that", "sowie", "aber", "but"})


def control_kind(spec: dict, tokens: Sequence[Token], trigger: int, text: str, time, table: dict) -> str:
    """The kind of an event of holding ground: a holding that goes on ("remains in control of
    Mosul") is a presence, never a taking, unless the sentence says since when; a taking when control began at the time the
    sentence gives ("seit Juni in der Hand der Islamisten") or when it is back with a side
    ("wieder in ukrainischer Hand", "back in Ukrainian hands": a recapture); else the trigger's."""
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
    start = next(
        (k + 1 for k in range(trigger - 1, max(-1, trigger - 6), -1) if tokens[k].text in CLAUSE_BREAKS), 0
    )
    before = [
        t.text.lower() for t in tokens[max(start, trigger - 5) : trigger]
    ]  # verlor am Samstag die Kontrolle
    if (holding or word == "control") and (
        any(t.text.lower() in lost for t in tokens[trigger + 1 : after]) or lost & set(before)
    ):
        # "hat erneut die Kontrolle über Soledar verloren", "lost control of Debalteve": the holder left
        return "withdrawal"
    if not spec.get("control"):
        return kind
    now = frozenset(table.get("now_words", ()))
    if _into_holding(tokens, trigger) or any(
        t.text.lower() in now for t in tokens[max(0, trigger - 5) : trigger]
    ):
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


def _into_holding(tokens: Sequence[Token], trigger: int) -> bool:
    """German "in die Hände der Rebellen", "in russische Hand", "unter ukrainische Kontrolle": a
    noun of holding in the accusative after "in" or "unter" is where a place went, not where it
    is ("in russischer Hand", "unter der Kontrolle": the dative of a holding)."""
    before = [t.text for t in tokens[max(0, trigger - 3) : trigger]]
    if (
        tokens[trigger].text.lower() not in ("hand", "hände", "kontrolle")
        or len(before) < 2
        or not (before[-1] == "die" or (before[-1].islower() and before[-1].endswith("e")))
    ):
        return False
    return any(w in ("in", "unter") for w in before[:-1])
