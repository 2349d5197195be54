"""Which side a force fights for: a side key (UA, RU, IS, IQ …) from an actor's name, looked up in
data/sides.json, which also gives each side its label and map colour.

Any actor name works, a table's ("Iraqi forces") or one read from the text ("ukrainische
Truppen", "Kadyrov's fighters"): the side's patterns are matched anywhere in the lower-cased
name, first side in file order wins. A state's forces no side names ("Rwandan forces", "Georgian
troops") fight for their country: its ISO code is the side, with the forces for a label and a
colour of its own. Names that mean a different force in every war ("government forces") have no
side rather than a guessed one.
"""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Iterable, Optional

from ..datafiles import DATA_DIR
from ..language.lexicon import toponym_table

SIDES_PATH = DATA_DIR / "sides.json"


@cache
def side_table() -> dict:
    """The table as loaded, plus one compiled pattern per side in "_patterns"."""
    table = json.loads(SIDES_PATH.read_text(encoding="utf-8"))
    table["_patterns"] = [
        (side["key"], re.compile("|".join(f"(?:{p})" for p in side["patterns"]))) for side in table["sides"]
    ]
    table["_by_key"] = {side["key"]: side for side in table["sides"]}
    return table


@cache
def side_of(actor_name: Optional[str]) -> Optional[str]:
    """The side key of a force named `actor_name`: the first side whose pattern names it, else
    for a state's forces the table does not know ("Rwandan forces", "Georgian troops") the
    country's code; None when neither ("rebels", "Syrian fighters": no state's army)."""
    if not actor_name:
        return None
    lowered = actor_name.lower()
    where = _where_only(lowered)
    for key, pattern in side_table()["_patterns"]:
        if any(found.end() > where for found in pattern.finditer(lowered)):
            return key
    return _state_forces(lowered)


def insurgents_of(actor_name: str) -> bool:
    """Whether the name is of insurgents its country's demonym only says where they fight."""
    return _where_only(actor_name.lower()) > 0


def _where_only(lowered: str) -> int:
    """The length of the country's demonym opening an insurgents' name ("Malian Islamists",
    "Iraqi insurgents": where they fight, not for whom; sides.json 'insurgent_nouns'), else 0. A
    people's adjective is no country's ("Kurdish rebels")."""
    demonym, _, rest = lowered.partition(" ")
    nouns = tuple(side_table().get("insurgent_nouns", ()))
    return len(demonym) if nouns and rest.endswith(nouns) and _demonym_codes().get(demonym) else 0


# Nouns of a state's armed forces: after a demonym they name the country's side.
_STATE_NOUNS = frozenset(
    {"forces", "troops", "army", "soldiers", "military", "armed forces", "navy", "air force"}
)


def _state_forces(lowered: str) -> Optional[str]:
    demonym, _, noun = lowered.partition(" ")
    return _demonym_codes().get(demonym) if noun in _STATE_NOUNS else None


@cache
def _demonym_codes() -> dict[str, str]:
    return dict(toponym_table("en")["demonyms"])


def _country_label(side: str, language: str) -> Optional[str]:
    """ "Rwandan forces", "Ruandische Streitkräfte" for a country's side the table lacks."""
    if not re.fullmatch(r"[A-Z]{2}", side or ""):
        return None
    stems = [
        s
        for s, code in toponym_table(language if language == "de" else "en")["demonyms"].items()
        if code == side
    ]
    if not stems:
        return None
    return f"{stems[0].capitalize()}e Streitkräfte" if language == "de" else f"{stems[0].title()} forces"


# Colours for the sides of countries the table lacks, picked by their code (the same each time).
_COUNTRY_COLOURS = ("#8e24aa", "#00897b", "#6d4c41", "#c0ca33", "#5e35b1", "#f4511e", "#3949ab", "#00acc1")


def first_side(actor_names: Iterable[str]) -> Optional[str]:
    """The side of the first of several actors that names one, or None."""
    return next((s for s in map(side_of, actor_names) if s is not None), None)


def sides_of(actor_names: Iterable[str]) -> list[str]:
    """The distinct sides of several actors, in the order the actors are named."""
    found: list[str] = []
    for name in actor_names:
        side = side_of(name)
        if side is not None and side not in found:
            found.append(side)
    return found


def side_label(side: Optional[str], language: str = "en") -> str:
    """The side's name for a legend ("Iraqi government and allies"), in German for "de"."""
    table = side_table()
    if side not in table["_by_key"] and _country_label(side, language):
        return _country_label(side, language)
    entry = table["_by_key"][side] if side in table["_by_key"] else table["unknown"]
    return (entry.get("label_de") if language == "de" else None) or entry["label"]


def side_colour(side: Optional[str]) -> str:
    """The side's map colour (#rrggbb); grey for a side no report names."""
    table = side_table()
    if side in table["_by_key"]:
        return table["_by_key"][side]["colour"]
    if _country_label(side, "en"):
        return _COUNTRY_COLOURS[sum(map(ord, side)) % len(_COUNTRY_COLOURS)]
    return table["unknown"]["colour"]


def side_keys() -> tuple[str, ...]:
    return tuple(side["key"] for side in side_table()["sides"])


# Forces named by their kind alone (actors tables 'self_named' and its qualifiers): which kind
# each is, and the nouns that end a name of that kind with a side ("Syrian rebels").
_GENERIC_KINDS = {
    "rebels": "rebels", "rebel fighters": "rebels", "rebel forces": "rebels",
    "opposition fighters": "rebels", "opposition forces": "rebels",
    "insurgents": "insurgents", "insurgent fighters": "insurgents", "insurgent forces": "insurgents",
    "separatists": "separatists", "separatist fighters": "separatists", "separatist forces": "separatists",
}  # fmt: skip


def batch_kind_sides(actor_names: Iterable[str]) -> dict[str, str]:
    """For rebels and insurgents a batch names with a side ("Syrian rebels", "Islamist
    insurgents"), that side when it is the only one: in a batch whose only named rebels are
    Syrian, "the rebels" are those (no guess where two sides of rebels fight: Tuareg and
    Islamist). Government, enemy or other forces get no side this way."""
    kinds: dict[str, set] = {}
    for name in actor_names:
        side = side_of(name)
        noun = name.rsplit(" ", 1)[-1]
        if side is not None and " " in name and noun in ("rebels", "insurgents", "separatists"):
            kinds.setdefault(noun, set()).add(side)
    return {noun: next(iter(found)) for noun, found in kinds.items() if len(found) == 1}


def kind_side(actor_names: Iterable[str], kinds: dict[str, str]) -> Optional[str]:
    """The side `kinds` (batch_kind_sides) gives rebels or insurgents named by their kind alone
    ("rebels", "rebel fighters"), or None."""
    found = {kinds.get(_GENERIC_KINDS.get(name, "")) for name in actor_names if side_of(name) is None}
    found.discard(None)
    return next(iter(found)) if len(found) == 1 else None
