"""Who acts in a sentence: the forces named in data/actors_<lang>.json, each with the side it
fights for, in the order the sentence names them."""

from __future__ import annotations

import json
import re
from functools import cache

from ..datafiles import DATA_DIR


@cache
def actor_table(lang: str) -> dict:
    """The language's actor table, with one compiled pattern per actor."""
    path = DATA_DIR / f"actors_{lang}.json"
    if not path.is_file():
        path = DATA_DIR / "actors_en.json"
    table = json.loads(path.read_text(encoding="utf-8"))
    table["_patterns"] = [
        (
            actor["name"],
            actor.get("side"),
            re.compile(r"(?<!\w)(?:" + "|".join(actor["patterns"]) + r")(?!\w)", re.I),
        )
        for actor in table["actors"]
    ]
    return table


def actors_in(sentence_text: str, lang: str) -> tuple[str, ...]:
    """Actors named in the sentence, in order; not those marked as target or possessor
    (gegen den IS, die Hochburg des Islamischen Staates)."""
    table = actor_table(lang)
    found = []
    lowered = sentence_text.lower()
    markers = table["target_markers"]
    for name, _side, pattern in table["_patterns"]:
        for match in pattern.finditer(lowered):
            before = lowered[: match.start()].split()[-2:]
            if any(word in markers for word in before):
                continue
            found.append((match.start(), name))
            break
    names: list[str] = []
    for _, name in sorted(found):
        if name not in names:
            names.append(name)
    return tuple(names)
