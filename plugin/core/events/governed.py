"""What governs a place or an event noun in the words before it: a distance it is measured from
("5 km südlich von X"), positions forces set out from ("from bases in X"), a time after an
event ("nach ihrer Eroberung"), a region a movement sets out from."""

from __future__ import annotations

from typing import Sequence

from ..language.text import Token
from ..places.mentions import PlaceMention

OF = frozenset({"von", "vom", "of", "from", "der", "des"})
_AFTER = frozenset({"nach", "seit", "after", "since", "following"})
_EVENT_NOUNS = frozenset({"capture", "seizure", "fall", "recapture", "liberation", "withdrawal", "retreat"})
ORIGIN_AREA_KINDS = frozenset({"region", "admin1"})  # where a movement may set out, drawn at its centre


def after_it(tokens: Sequence[Token], trigger: int) -> bool:
    """A noun of an event that a time after it governs ("eine Woche nach ihrer Eroberung", "seit
    der Verstärkung", "since its capture"): what happened before the sentence's news."""
    if not tokens[trigger].text[:1].isupper() and tokens[trigger].text.lower() not in _EVENT_NOUNS:
        return False
    for j in range(trigger - 1, max(-1, trigger - 4), -1):
        word = tokens[j].text
        if word.lower() in _AFTER:
            return True
        if not (word.isalpha() and word.islower()):
            return False  # "seit September eine Präsenz": a time after it, not an event
    return False


def region_origin(mention: PlaceMention) -> bool:
    """A region or state, not a country: a movement may set out from it ("from the Sumy region")."""
    return mention.place is not None and mention.place.kind in ORIGIN_AREA_KINDS


def from_the_positions(tokens: Sequence[Token], j: int, role_of: dict, positions: frozenset) -> bool:
    """Whether the locative preposition at j follows a noun of where forces are based that an
    origin preposition governs ("from bases in", "aus Stellungen bei", "from the army's positions
    near"), over articles and adjectives."""
    if j < 2 or tokens[j - 1].text.lower() not in positions:
        return False
    for k in range(j - 2, max(-1, j - 5), -1):
        word = tokens[k].text.lower()
        if role_of.get(word) == "origin":
            return True
        if not (word.isalpha() and tokens[k].text[:1].islower()) and not word.endswith("'s"):
            return False
    return False


def measured_from(tokens: Sequence[Token], j: int, relative: frozenset, cues: frozenset) -> bool:
    """The preposition at j follows a direction or a distance, also over "the city of"
    ("südlich von", "5 km west of", "southwest of the city of Kursk")."""
    k = j - 1
    while k >= 1 and (
        tokens[k].text.lower() in cues or tokens[k].text.lower() in ("the", "der", "die", "das")
    ):
        if tokens[k - 1].text.lower() in OF:
            k -= 2  # "of the city of": measured from the city
            continue
        k -= 1
    return k >= 0 and tokens[k].text.lower() in relative
