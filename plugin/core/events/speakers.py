"""Whose gain a report announces when it names no force: the side its speaker speaks for
("Kupjansk befreit, sagte Selenskyj", "Russia's defence ministry said the villages had been
retaken"), the holder a demonym names before a word of control ("under Russian control"), and
the force an adjective names before an event noun ("after the Russian withdrawal")."""

from __future__ import annotations

from typing import Optional, Sequence

from ..language.text import Token, clause_between
from ..places.mentions import PlaceMention
from .actors import Actor, actor_table, english_adjective, side_of, side_of_code
from .reporting import SOURCE, reporting_table

_GAINS = frozenset({"capture", "recapture", "arrival"})
_HOLDING_NOUNS = frozenset({"control", "kontrolle", "hand", "hands", "händen"})


def holder_named(tokens: Sequence[Token], trigger: int, lang: str) -> list[Actor]:
    """The holder a demonym names right before a word of control: "under Russian control", "unter
    ukrainischer Kontrolle", "in russischer Hand"."""
    if trigger == 0 or tokens[trigger].text.lower() not in _HOLDING_NOUNS:
        return []
    code = actor_table(lang)["_demonyms"].get(tokens[trigger - 1].text.lower())
    if not code:
        return []
    return [Actor(f"{english_adjective(code)} forces", side_of_code(code), trigger - 1, trigger)]


def modifier_named(tokens: Sequence[Token], trigger: int, lang: str) -> list[Actor]:
    """The force an adjective right before an event noun names: "after the Russian withdrawal",
    "die ukrainische Gegenoffensive", "after government withdrawal" (a force of no side); not a
    verb after a people ("the Russians withdrew")."""
    if trigger == 0:
        return []
    word, before = tokens[trigger].text, tokens[trigger - 1].text
    if lang == "de" and not (word[:1].isupper() and before[:1].islower()):
        return []  # a German noun after a lower-case adjective
    if lang != "de" and not (word[:1].islower() and not before.lower().endswith("s")):
        return []  # an English noun after an adjective, not after a people ("Russians")
    table = actor_table(lang)
    code = table["_demonyms"].get(before.lower())
    if code:
        return [Actor(f"{english_adjective(code)} forces", side_of_code(code), trigger - 1, trigger)]
    if before.lower() in table.get("self_named_qualifiers", ()):
        return [Actor(f"{before.lower()} forces", None, trigger - 1, trigger)]  # "a government withdrawal"
    return []


def claims_a_gain(
    kind: str,
    tokens: Sequence[Token],
    trigger: int,
    certainty: str,
    lang: str,
    loss_words: Sequence[str],
    bare_subject: bool = False,
) -> bool:
    """A taking the speaker's side would announce as its own: not intended, not one of the
    events table's `loss_words` (a town that "fell" or was "occupied" is as often a loss
    conceded), not in a sentence that concedes. An advance too, when its subject is a bare force
    noun (`bare_subject`: "a spokesman said troops pushed into downtown Ramadi")."""
    gain = kind in _GAINS or (kind == "advance" and bare_subject)
    if not gain or certainty == "intended":
        return False
    if tokens[trigger].text.lower() in loss_words:
        return False
    words = {t.text.lower() for t in tokens}
    return not words & set(reporting_table(lang)["concession_verbs"])


def own_troops(actors: Sequence, tokens: Sequence[Token], trigger: int, lang: str) -> bool:
    """Whether the subject of the verb at `trigger` is a bare word for regular forces ("troops",
    "die Truppen"): the force in its clause nearest before it has no name and is of the kind
    "forces" (not "the occupiers", "militants", "Söldner", nor named "Russian units")."""
    before = [a for a in actors if a.last < trigger and not clause_between(tokens, trigger, a.first)]
    if not before:
        return False
    subject = max(before, key=lambda a: a.last)
    nouns = actor_table(lang)["force_nouns"]
    return subject.name is None and nouns.get(tokens[subject.last].text.lower()) == "forces"


def speaker_force(
    tokens: Sequence[Token], places: Sequence[PlaceMention], readings: dict, lang: str
) -> Optional[tuple[str, Optional[str]]]:
    """(name, side) of the force the sentence's speaker speaks for: a country or capital read as
    the source ("Moskau meldete", "Russia's defence ministry", "laut Kiew"), a demonym before a
    party's noun ("das russische Verteidigungsministerium", "Iraqi officials"), or a speaker the
    actor table knows by name (Selenskyj, Shoigu). None when there is none, or several sides."""
    table = actor_table(lang)
    party = frozenset(reporting_table(lang).get("party_nouns", ()))
    compounds = [n for n in party if len(n) >= 6]
    speakers = table.get("speakers", {})
    found: dict[Optional[str], str] = {}
    for index, reading in readings.items():
        place = places[index].place
        if (
            reading == SOURCE
            and place is not None
            and (place.kind == "country" or place.feature_code == "PPLC")
        ):
            found[side_of_code(place.country)] = f"{english_adjective(place.country)} forces"
    for j, token in enumerate(tokens):
        word = token.text.lower()
        if word in speakers:
            found[side_of(speakers[word])] = speakers[word]
        elif word in party or (len(word) > 8 and any(word.endswith(n) for n in compounds)):
            for k in range(max(0, j - 2), j):
                code = table["_demonyms"].get(tokens[k].text.lower())
                if code:
                    found[side_of_code(code)] = f"{english_adjective(code)} forces"
    found.pop(None, None)
    if len(found) != 1:
        return None
    side, name = next(iter(found.items()))
    return name, side
