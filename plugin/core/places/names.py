"""Place-name normalisation: the one spelling under which names are indexed and looked up.

"Al-Qā’im", "al Qa'im" and "AL QAIM" must meet in one key ("al qaim"), and "Qaim" in another
("qaim"), so the gazetteer and the toponym recogniser compare names without caring about case,
diacritics, apostrophe forms, hyphens or a leading Arabic article.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache

from ..datafiles import DATA_DIR

__all__ = ["inner_articles_plain", "is_article", "name_keys", "normalize", "strip_article"]

_DATA = DATA_DIR

# Transliteration marks for ayn, hamza and the apostrophe: removed, never turned into a space
# ("Qa'im" is one word). ´ must go before NFKD, which would split it into a space and an accent.
_APOSTROPHES = "'’‘‛ʼʻʽʿʾ`´′‵ˈˊˋʹ＇᾽᾿׳"
# Letters that NFKD leaves alone but a reader treats as plain Latin (after casefold).
_LATIN_FOLDS = {
    "ı": "i",
    "ø": "o",
    "đ": "d",
    "ð": "d",
    "ł": "l",
    "ħ": "h",
    "ŧ": "t",
    "þ": "th",
    "æ": "ae",
    "œ": "oe",
    "ŋ": "n",
    "ƙ": "k",
    "ɗ": "d",
    "ɓ": "b",
}
# Arabic letter variants that spellings of one name mix freely: alef wasla, alef maksura, teh
# marbuta, Persian yeh and keheh, standalone hamza (hamza on a carrier is a combining mark after
# NFKD and goes with the harakat). Tatweel (ـ) is only a stretch.
_ARABIC_FOLDS = {
    "ٱ": "ا",
    "ى": "ي",
    "ی": "ي",
    "ة": "ه",
    "ک": "ك",
    "ء": "",
    "ـ": "",
}
_TABLE = str.maketrans({**{c: "" for c in _APOSTROPHES}, **_LATIN_FOLDS, **_ARABIC_FOLDS})


def _load_articles() -> tuple[frozenset, tuple]:
    data = json.loads((_DATA / "arabic_articles.json").read_text(encoding="utf-8"))
    return frozenset(data["latin"]), tuple(data["arabic_prefixes"])


_LATIN_ARTICLES, _ARABIC_PREFIXES = _load_articles()


class _Separators(dict):
    """str.translate table, filled per character on first sight: marks vanish, separators → space."""

    def __missing__(self, char_code: int):
        char = chr(char_code)
        category = unicodedata.category(char)
        if category[0] == "M" or category == "Cf":  # combining marks (diacritics, harakat), ZWNJ, RLM
            value = None
        elif category[0] in "PZC" or char == "_":  # hyphens, dots, quotes, tabs … separate words
            value = " "
        else:
            value = char
        self[char_code] = value
        return value


_SEPARATORS = _Separators()


def _fold(text: str) -> str:
    text = text.translate(_TABLE)
    if text.isascii():  # most names: no decomposition, and casefold is lower()
        return " ".join(text.lower().translate(_SEPARATORS).split())
    text = unicodedata.normalize("NFKD", text).casefold()
    text = unicodedata.normalize("NFKD", text).translate(_TABLE)
    return " ".join(text.translate(_SEPARATORS).split())


@lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """The comparison form of a name: "Al-Qā’im" → "al qaim"; Arabic script kept, harakat dropped."""
    folded = _fold(text)
    if folded.isascii():
        return folded
    # A few compatibility characters fold into something that folds again (e.g. "ǅ", "ﷲ").
    for _ in range(3):
        again = _fold(folded)
        if again == folded:
            break
        folded = again
    return folded


def strip_article(key: str) -> str:
    """A normalised name without its leading Arabic article ("al qaim" → "qaim"); else unchanged."""
    head, _, rest = key.partition(" ")
    if rest and head in _LATIN_ARTICLES:
        return rest
    for prefix in _ARABIC_PREFIXES:
        if key.startswith(prefix) and len(key) > len(prefix) + 1 and key[len(prefix)] != " ":
            return key[len(prefix) :]
    return key


def is_article(word: str) -> bool:
    """Whether a word is an Arabic article as names write it (al, el, as, ad …; data/arabic_articles.json)."""
    return normalize(word) in _LATIN_ARTICLES


_SUN_ARTICLE = re.compile(r"(?<=\S )[ae]((?:sh|th|dh|[tdrzsnl]))(?= \1)")


def inner_articles_plain(key: str) -> str:
    """A normalised name with each article inside it written "al" where Arabic romanisation
    writes it assimilated to the sun letter after it ("urum as sughra" → "urum al sughra", as
    the press writes Urum al-Sughra); the first word is left as it is (strip_article's)."""
    return _SUN_ARTICLE.sub("al", key) if " " in key else key


def name_keys(name: str) -> set[str]:
    """The keys under which a name is indexed: its normal form and that form without its article
    (or articles, one after the other), each also with its inner articles plain."""
    key = normalize(name)
    keys = set()
    while key and key not in keys:  # every article off in turn: "al ash sharqat", "ash sharqat", "sharqat"
        keys.add(key)
        key = strip_article(key)
    return keys | {inner_articles_plain(k) for k in keys}
