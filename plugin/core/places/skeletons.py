"""A name the gazetteer lacks may be a place near the article's others that it spells otherwise:
Kurdish reporting writes Dibîrik and Bîrêreş for what Arabic romanisation gives as Dibrak and
Bi'r Rash, the Ukrainian press Visokopyllia for Vysokopillia, German Gnutowo for Hnutove. Both
spellings share a consonant skeleton: the letters that sound alike in the romanisations of
Kurdish, Arabic, Ukrainian and Russian in one class (sh, sch, zh, ch, s, z; kh, gh, h, g; v, w,
f: Arabic has no v, so Kurdish Tevşo is Arabic Tafshaw), vowels and glides (j, y) dropped, doubled
letters once, and a final Arabic -aw read as the vowel o it is in Kurdish (Tafshaw, Tevşo). A word
Arabic names put before a name (Bi'r, well; Tall, hill) Kurdish writes joined to it: Bîrêreş is Bi'r
Rash.

Only settlements within SPELLED_NEAR_KM of a place the article names are compared, so a short
skeleton matches among a few hundred villages, not the world's. Where the text states how far
the name lies from a town, the search is the ring at that distance, and an h between vowels may
be left out (`loose_skeletons`: Tel Shahir, Tall Shair)."""

from __future__ import annotations

import json
import math
import re
import unicodedata
from typing import Optional, Sequence

from ..datafiles import DATA_DIR
from .place import Place

SPELLED_NEAR_KM = 60.0  # how far from a place the article names a spelled-otherwise village may lie
SHORT_NEAR_KM = 25.0  # … for a skeleton of MIN_SKELETON letters, which matches more by chance
MIN_SKELETON = 3  # shorter skeletons (Rovî: "RV") match too much by chance
MAX_ANCHORS = 6  # the article's places searched around, first named first

# Letters of Kurdish (Kurmanji), Turkish and scholarly Arabic romanisation, as plain letters.
_LETTERS = {"ş": "sh", "ç": "ch", "x": "kh", "ğ": "gh", "ı": "i", "ḩ": "h", "ḥ": "h", "ṭ": "t", "ṣ": "s",
            "ḍ": "d", "ẓ": "z", "ß": "s"}  # fmt: skip
_GROUPS = [
    ("tsch", "S"), ("sch", "S"), ("dzh", "S"), ("zh", "S"), ("sh", "S"), ("ch", "S"), ("dj", "S"),
    ("ts", "S"), ("tz", "S"), ("kh", "H"), ("gh", "H"), ("ph", "V"), ("th", "T"), ("dh", "D"), ("ck", "K"),
]  # fmt: skip
_SINGLE = {"s": "S", "z": "S", "c": "S", "h": "H", "g": "H", "k": "K", "q": "K", "v": "V", "w": "V", "f": "V",
           "b": "B", "p": "P", "d": "D", "t": "T", "l": "L", "m": "M", "n": "N", "r": "R"}  # fmt: skip
# Words Arabic place names add for a part of a village (data/name_qualifiers.json), and its
# articles: Buban Kabir is Bubanê, Ash Shuyukh is Shuyukh.
_QUALIFIERS = frozenset(
    json.loads((DATA_DIR / "name_qualifiers.json").read_text(encoding="utf-8"))["after"]
) | frozenset({"al", "el", "as", "ash", "ar", "an", "at", "ad", "az"})

# The words Arabic names begin with, each in its spellings (Tel, Tell, Tall).
_HEADS = tuple(
    frozenset(group)
    for group in json.loads((DATA_DIR / "name_qualifiers.json").read_text(encoding="utf-8"))["heads"]
)

HEAD_WORDS = frozenset().union(*_HEADS)  # all of them, in every spelling

# Words Arabic names put before a name that Kurdish writes joined to it (bi'r, well; ayn, spring;
# tall, hill; kafr, village; dayr, monastery), romanised as GeoNames and Who's On First do.
_JOINED_HEADS = frozenset({"bir", "ayn", "ain", "tall", "tell", "kafr", "dayr", "deir"})


def skeleton(name: str) -> str:
    """The consonant skeleton of a name: 'Dibîrik' and 'Dibrak' → 'DBRK'. A letter repeated over a
    vowel is written once ('Bîrêreş' and 'Bi'r Rash' → 'BRS'), unless that leaves fewer than
    MIN_SKELETON letters ('Bubanê' and 'Buban' → 'BBN', not 'BN')."""
    text = "".join(_LETTERS.get(c, c) for c in name.lower())
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = re.sub(r"[^a-z]", "", text)
    text = re.sub(r"(?<=[aeiou])h$", "", text)  # a final -ah, -eh (Khazinah, Xizênê)
    # a final Arabic -aw, Kurdish -o (Tafshaw, Tevşo); not the Slavic -slaw (Perejaslaw)
    text = re.sub(r"(?<=[^aeiouwl])aw$", "o", text)
    for group, symbol in _GROUPS:
        text = text.replace(group, symbol)
    once = _consonants(text, over_vowels=True)
    return once if len(once) >= MIN_SKELETON else _consonants(text, over_vowels=False)


def _consonants(text: str, over_vowels: bool) -> str:
    out = []
    vowel = False  # a vowel since the last consonant
    for c in text:
        symbol = _SINGLE.get(c, c if c.isupper() else "")
        if not symbol:
            vowel = vowel or c in "aeiouy"
            continue
        if not out or out[-1] != symbol or (vowel and not over_vowels):
            out.append(symbol)
        vowel = False
    return "".join(out)


def name_skeletons(name: str) -> tuple[set[str], Optional[str]]:
    """The skeletons a gazetteer name may be written as: whole, and without the qualifying words
    and articles Arabic romanisation adds (Buban Kabir, Ash Shuyukh), and the first of two words
    (Dibrak Kitkan, Dibrak Shaykhan: one of two villages of a name); and, for a name of one word
    once those are left out, that word's skeleton, the only one a short skeleton may match
    (three letters joined across words match by chance)."""
    words = re.findall(r"[^\W\d_]+", re.sub(r"[`'’ʿʼ]", "", name))  # Ta`lik is one word
    kept = [w for w in words if w.lower() not in _QUALIFIERS]
    found = {s for s in (skeleton(name), skeleton(" ".join(kept))) if s}
    if len(kept) == 2 and len(first := skeleton(kept[0])) >= MIN_SKELETON + 1:
        found.add(first)
    one_word = skeleton(kept[0]) if len(kept) == 1 else None
    if len(kept) == 2 and kept[0].lower() in _JOINED_HEADS:
        one_word = skeleton("".join(kept))  # Bi'r Rash, written Bîrêreş
    return {s for s in found if len(s) > MIN_SKELETON}, one_word


def written_variants(name: str) -> set[str]:
    """Other ways a name may be written where its position is known: with an h between vowels
    left out, which English romanisation of Arabic writes for a glottal stop or an ʿayn that
    others leave out or mark with an apostrophe (Tel Shahir, Tall Shair), and with the word an
    Arabic name begins with in each spelling of it (data/name_qualifiers.json 'heads': Tel, Tall,
    Tell). All lower case; the name itself among them."""
    lower = name.lower()
    variants = {lower, re.sub(r"(?<=[aeiouy])h(?=[aeiouy])", "", lower)}
    first, _, rest = lower.partition(" ")
    group = next((g for g in _HEADS if first in g), None) if rest else None
    if group is not None:
        variants = {f"{head} {v.partition(' ')[2]}" for head in group for v in variants}
    return variants


def loose_skeletons(name: str) -> set[str]:
    """The skeletons of a name's written variants (`written_variants`) of MIN_SKELETON + 1
    letters or more: a ring around a town holds many villages."""
    return {s for s in map(skeleton, written_variants(name)) if len(s) > MIN_SKELETON}


def spelled_otherwise(
    text: str, anchors: Sequence[Place], spelled, distance_km
) -> Optional[tuple[Place, Place, float]]:
    """(place, anchor, km) of the settlement near one of `anchors` whose name has the text's
    skeleton, the nearest to its anchor; None when there is none or the skeleton is too short.
    `spelled(skeleton, one_word)` gives the gazetteer's settlements of that skeleton."""
    wanted = skeleton(text)
    if len(wanted) < MIN_SKELETON:
        return None
    short = len(wanted) == MIN_SKELETON
    reach = SHORT_NEAR_KM if short else SPELLED_NEAR_KM
    best: Optional[tuple[Place, Place, float]] = None
    anchors = anchors[:MAX_ANCHORS]
    margin = reach / 111.2  # degrees of latitude; of longitude more away from the equator
    lats, lons = [a.lat for a in anchors], [a.lon for a in anchors]
    stretch = margin / max(0.1, math.cos(math.radians(min(85.0, max(abs(x) for x in lats) + margin))))
    box = (min(lats) - margin, min(lons) - stretch, max(lats) + margin, max(lons) + stretch)
    for place in spelled(wanted, short, box):
        for anchor in anchors:
            distance = distance_km(place.lat, place.lon, anchor.lat, anchor.lon)
            if place.id != anchor.id and distance <= reach and (best is None or distance < best[2]):
                best = (place, anchor, distance)
    return best
