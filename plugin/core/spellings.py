"""German spellings of place names that GeoNames gives in English-style romanisation.

German reporting writes Ukrainian, Russian and Georgian names by the German transliteration of
Cyrillic (Duden; the spellings of German Wikipedia's article titles): Lyssytschansk, Wuhledar,
Tschassiw Jar, Saporischschja, Zchinwali. It writes Arabic, Persian, Pashto and Hebrew names with
German letters for the same sounds: Chan Scheichun, Dschabalija, Laschkar Gah, Aschkelon, Bakuba.
GeoNames knows most of those places only as Lysychansk, Vuhledar, Khan Shaykhun, Jabalia.

`german_spellings` turns a romanised name into the German spellings press and atlases use, so the
gazetteer can index them beside the GeoNames names (tools/build_gazetteer.py). The rules are the
letter correspondences of the two romanisations (composed by the Frontline developers from the
Duden transliteration table for Russian and Ukrainian and from German press practice for Arabic
names); they produce a few candidate spellings, some of which no one writes, which is harmless: an
index key that no text contains is never looked up.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["declined", "german_spellings", "script_of"]

# Countries whose place names GeoNames romanises from Cyrillic (or Georgian, Armenian) script.
_CYRILLIC = frozenset({"UA", "RU", "BY", "GE", "AM"})
# Countries whose names come from Arabic, Persian, Pashto, Urdu or Hebrew.
_ARABIC = frozenset({"IQ", "SY", "LB", "JO", "PS", "IL", "SA", "YE", "KW", "BH", "QA", "AE", "OM"}) | {
    *("EG", "LY", "SD", "IR", "AF", "PK")
}
_VOWELS = frozenset("aeiouy")
_SHORTEST = 5

# English-style (BGN/PCGN, Ukrainian national) digraphs → German, longest first.
_CYRILLIC_LETTERS = (
    ("shch", "schtsch"),
    ("zh", "sch"),
    ("kh", "ch"),
    ("ch", "tsch"),
    ("sh", "sch"),
    ("ts", "z"),
    ("z", "s"),
    ("v", "w"),
)
_ARABIC_LETTERS = (
    ("kh", "ch"),
    ("sh", "sch"),
    ("ou", "u"),
    ("j", "dsch"),
)


def script_of(country: str | None) -> str | None:
    """Which romanisation GeoNames uses for a country's place names: 'cyrillic', 'arabic' or None."""
    if country in _CYRILLIC:
        return "cyrillic"
    if country in _ARABIC:
        return "arabic"
    return None


def _consonantal_y(word: str, i: int) -> bool:
    """A y that stands for the consonant j: at the start of a word or after a vowel, before a vowel
    ("Yar", "Avdiyivka", "Bayt Lahiya") — not the vowel y of "Lysychansk"."""
    before = word[i - 1] if i > 0 else ""
    after = word[i + 1] if i + 1 < len(word) else ""
    return (not before or before in _VOWELS) and after in _VOWELS


def _cyrillic_word(word: str, soft_i: bool) -> str:
    """One word in German transliteration; `soft_i`: read i before a vowel as j (Ukrainian
    national romanisation writes я, є, ю after a consonant as ia, ie, iu: Sloviansk)."""
    for ending, german in (("yi", "yj"), ("iy", "ij"), ("yy", "yj")):
        if word.endswith(ending) and len(word) > 3:
            word = word[: -len(ending)] + "\0" + german  # \0: already German, copy as it is
            break
    out = []
    i = 0
    while i < len(word):
        char = word[i]
        if char == "\0":
            out.append(word[i + 1 :])
            break
        for latin, german in _CYRILLIC_LETTERS:
            if word.startswith(latin, i):
                out.append(german)
                i += len(latin)
                break
        else:
            after = word[i + 1] if i + 1 < len(word) else ""
            before = word[i - 1] if i > 0 else ""
            if char == "y" and (not before or before in _VOWELS or (after and after in "aeou")):
                out.append("j")  # Yar → Jar, Bryansk → Brjansk, Avdiyivka → Awdijiwka, Dzhankoy
            elif (
                soft_i and char == "i" and after in ("a", "e", "u", "o") and before and before not in _VOWELS
            ):
                out.append("j")  # Sloviansk → Slowjansk, Sievierodonetsk → Sjewjerodonezk
            elif char == "s" and before in _VOWELS and after in _VOWELS and before and after:
                out.append("ss")  # a voiceless s between vowels: Lysychansk → Lyssytschansk, Odesa
            else:
                out.append(char)
            i += 1
    return "".join(out)


def _arabic_word(word: str, diphthong: str, k_for_q: bool) -> str:
    """One word with German letters: kh → ch, sh → sch, j → dsch, consonantal y → j, ay → `diphthong`
    before a consonant (Shaykh → Scheich, Bayji → Baidschi), a final -ah → -a (Fallujah →
    Falludscha), a final -ia → -ija (Jabalia → Dschabalija); with `k_for_q`, q → k (Raqqa → Rakka)."""
    if word.endswith("ah") and len(word) > 3:
        word = word[:-1]
    if word.endswith("ia") and len(word) > 3:
        word = word[:-2] + "iya"
    out = []
    i = 0
    while i < len(word):
        for latin, german in _ARABIC_LETTERS:
            if word.startswith(latin, i):
                out.append(german)
                i += len(latin)
                break
        else:
            char = word[i]
            after = word[i + 1] if i + 1 < len(word) else ""
            if char == "a" and after == "y" and (i + 2 >= len(word) or word[i + 2] not in _VOWELS):
                out.append(diphthong)
                i += 2
                continue
            if char == "y" and _consonantal_y(word, i):
                out.append("j")
            elif char == "q" and k_for_q:
                out.append("k")
            else:
                out.append(char)
            i += 1
    return "".join(out)


_WORD = re.compile(r"[a-z]+|[^a-z]+")


@lru_cache(maxsize=65536)
def german_spellings(key: str, country: str | None) -> frozenset[str]:
    """German spellings of a normalised name (names.normalize) of a place in `country`, other than
    the name itself: ("vuhledar", "UA") → {"wuhledar"}; ("khan shaykhun", "SY") →
    {"chan scheichun", "chan schaichun"}. Empty for other countries, for non-Latin names and for
    spellings shorter than five letters."""
    script = script_of(country)
    if script is None or not key.isascii():
        return frozenset()
    parts = _WORD.findall(key)
    if script == "cyrillic":
        variants = {
            "".join(_cyrillic_word(p, soft) if p.isalpha() else p for p in parts) for soft in (True, False)
        }
    else:
        variants = {
            "".join(_arabic_word(p, diphthong, k) if p.isalpha() else p for p in parts)
            for diphthong, k in (("ei", False), ("ai", False), ("ei", True))
        }
    # short spellings (Qom → Kom) meet too many other words
    return frozenset(v for v in variants if v != key and len(v) >= _SHORTEST)


_ADJECTIVE_ENDINGS = ("es", "er", "en", "e")


def declined(name: str) -> list[str]:
    """A German name of adjective and noun in its other cases: "Schwarzes Meer" → "Schwarze Meer"
    (das Schwarze Meer), "Schwarzen Meer" (im Schwarzen Meer), "Schwarzer Meer"; "Demokratische
    Republik Kongo" → "Demokratischen Republik Kongo". Every capitalised word before the last
    that ends like an adjective takes each ending in turn; forms no one writes ("Thüringen Wald")
    are harmless index keys. A one-word name has no other forms here."""
    words = name.split(" ")
    if len(words) < 2:
        return []
    stems = {}
    for i, word in enumerate(words[:-1]):
        if len(word) >= 4 and word[0].isupper():
            ending = next((e for e in _ADJECTIVE_ENDINGS if word.endswith(e)), None)
            if ending is not None:
                stems[i] = word[: -len(ending)]
    if not stems:
        return []
    forms = (
        " ".join(stems[i] + ending if i in stems else w for i, w in enumerate(words))
        for ending in _ADJECTIVE_ENDINGS
    )
    return [form for form in forms if form != name]
