"""A name the gazetteer lacks may be a place near the article's others that it spells otherwise:
Kurdish reporting writes Dibîrik and Bîrêreş for what Arabic romanisation gives as Dibrak and
Bi'r Rash, the Ukrainian press Visokopyllia for Vysokopillia, German Gnutowo for Hnutove. Both
spellings share a consonant skeleton: the letters that sound alike in the romanisations of
Kurdish, Arabic, Ukrainian and Russian in one class (sh, sch, zh, ch, s, z; kh, gh, h, g; v, w),
vowels and glides (j, y) dropped, doubled letters once.

Only settlements within SPELLED_NEAR_KM of a place the article names are compared, so a short
skeleton matches among a few hundred villages, not the world's."""

from __future__ import annotations

import re
import unicodedata
from typing import Optional, Sequence

from .gazetteer import POINT_KINDS, Place

SPELLED_NEAR_KM = 60.0  # how far from a place the article names a spelled-otherwise village may lie
SHORT_NEAR_KM = 25.0  # … for a skeleton of MIN_SKELETON letters, which matches more by chance
MIN_SKELETON = 3  # shorter skeletons (Rovî: "RV") match too much by chance
MAX_ANCHORS = 6  # the article's places searched around, first named first

# Letters of Kurdish (Kurmanji), Turkish and scholarly Arabic romanisation, as plain letters.
_LETTERS = {"ş": "sh", "ç": "ch", "x": "kh", "ğ": "gh", "ı": "i", "ḩ": "h", "ḥ": "h", "ṭ": "t", "ṣ": "s",
            "ḍ": "d", "ẓ": "z", "ß": "s"}  # fmt: skip
_GROUPS = [
    ("tsch", "S"), ("sch", "S"), ("dzh", "S"), ("zh", "S"), ("sh", "S"), ("ch", "S"), ("dj", "S"),
    ("ts", "S"), ("tz", "S"), ("kh", "H"), ("gh", "H"), ("ph", "F"), ("th", "T"), ("dh", "D"), ("ck", "K"),
]  # fmt: skip
_SINGLE = {"s": "S", "z": "S", "c": "S", "h": "H", "g": "H", "k": "K", "q": "K", "v": "V", "w": "V", "f": "F",
           "b": "B", "p": "P", "d": "D", "t": "T", "l": "L", "m": "M", "n": "N", "r": "R"}  # fmt: skip
# Words Arabic place names add for a part of a village or its article: Buban Kabir is Bubanê.
_QUALIFIERS = frozenset(
    {"kabir", "kabirah", "saghir", "saghirah", "fawqani", "tahtani", "wastani", "sharqi", "gharbi",
     "shamali", "janubi", "jadid", "jadidah", "qadim", "al", "el", "as", "ash", "ar", "an", "at", "ad", "az"}
)  # fmt: skip


def skeleton(name: str) -> str:
    """The consonant skeleton of a name: 'Dibîrik' and 'Dibrak' → 'DBRK'."""
    text = "".join(_LETTERS.get(c, c) for c in name.lower())
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = re.sub(r"[^a-z]", "", text)
    text = re.sub(r"(?<=[aeiou])h$", "", text)  # a final -ah, -eh (Khazinah, Xizênê)
    for group, symbol in _GROUPS:
        text = text.replace(group, symbol)
    out = []
    for c in text:
        symbol = _SINGLE.get(c, c if c.isupper() else "")
        if symbol and (not out or out[-1] != symbol):
            out.append(symbol)
    return "".join(out)


def place_skeletons(place: Place, short: bool = False) -> set[str]:
    """The skeletons a gazetteer name may be written as: whole, and without the qualifying words
    and articles Arabic romanisation adds (Buban Kabir, Ash Shuyukh). For a `short` skeleton
    only a name of one word left counts (three letters joined across words match by chance)."""
    words = re.findall(r"[^\W\d_]+", re.sub(r"[`'’ʿʼ]", "", place.name))  # Ta`lik is one word
    kept = [w for w in words if w.lower() not in _QUALIFIERS]
    if short:
        return {skeleton(kept[0])} if len(kept) == 1 else set()
    found = {s for s in (skeleton(place.name), skeleton(" ".join(kept))) if s}
    if len(kept) == 2 and len(first := skeleton(kept[0])) >= MIN_SKELETON + 1:
        found.add(first)  # one of two villages of a name: Dibrak Kitkan, Dibrak Shaykhan
    return found


def spelled_otherwise(
    text: str, anchors: Sequence[Place], settlements_near
) -> Optional[tuple[Place, Place, float]]:
    """(place, anchor, km) of the settlement near one of `anchors` whose name has the text's
    skeleton, the nearest to its anchor; None when there is none or the skeleton is too short.
    `settlements_near(lat, lon, km)` gives (distance, place) pairs, nearest first."""
    wanted = skeleton(text)
    if len(wanted) < MIN_SKELETON:
        return None
    reach = SHORT_NEAR_KM if len(wanted) == MIN_SKELETON else SPELLED_NEAR_KM
    best: Optional[tuple[Place, Place, float]] = None
    for anchor in anchors[:MAX_ANCHORS]:
        if anchor.kind not in POINT_KINDS:
            continue
        for distance, place in settlements_near(anchor.lat, anchor.lon, SPELLED_NEAR_KM):
            if distance > reach or (best is not None and distance >= best[2]):
                break
            if place.id != anchor.id and wanted in place_skeletons(place, short=len(wanted) == MIN_SKELETON):
                best = (place, anchor, distance)
                break
    return best
