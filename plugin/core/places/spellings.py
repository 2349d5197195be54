"""How German writes place names that the gazetteer has in other spellings.

German reporting writes Ukrainian, Russian and Georgian names by the German transliteration of
Cyrillic (Duden; the spellings of German Wikipedia's article titles), as it does Azerbaijani names
known in their Russian form: Lyssytschansk, Wuhledar, Schuscha,
Tschassiw Jar, Saporischschja, Zchinwali. It writes Arabic, Persian, Pashto and Hebrew names with
German letters for the same sounds: Chan Scheichun, Dschabalija, Laschkar Gah, Aschkelon, Bakuba.
GeoNames knows most of those places only as Lysychansk, Vuhledar, Khan Shaykhun, Jabalia.
`german_spellings` turns a romanised name into the spellings German press and atlases use, so
the gazetteer build (sources/build.py) indexes them beside the GeoNames names.

German also declines adjective names: das Schwarze Meer, im Schwarzen Meer, des Schwarzen Meeres.
`german_cases` gives those forms of a curated name.

The letter rules and word lists are in data/spellings_de.json. They produce a few candidate
spellings, some of which no one writes; that is harmless, as an index key that no text contains
is never looked up.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from ..datafiles import DATA_DIR
from .names import strip_article

__all__ = [
    "final_y_spellings",
    "german_cases",
    "german_spellings",
    "plain_a_spellings",
    "respelled",
    "russian_forms",
    "script_of",
]

_RULES = json.loads((DATA_DIR / "spellings_de.json").read_text(encoding="utf-8"))
_CYRILLIC = _RULES["cyrillic"]
_ARABIC = _RULES["arabic"]
_SCRIPTS = {
    **dict.fromkeys(_CYRILLIC["countries"], "cyrillic"),
    **dict.fromkeys(_ARABIC["countries"], "arabic"),
}
_FINAL_I_OR_Y = frozenset(_RULES["final_i_or_y"]["countries"])
_VOWELS = frozenset("aeiouy")
_SHORTEST = 5  # letters; shorter spellings (Qom → Kom, Al Ain → Ein) meet too many other words
_WORD = re.compile(r"[a-z]+|[^a-z]+")


def script_of(country: str | None) -> str | None:
    """Which script a country's place names are romanised from: 'cyrillic', 'arabic' or None."""
    return _SCRIPTS.get(country)


def _digraph(word: str, i: int, letters) -> tuple[str, int] | None:
    for latin, german in letters:
        if word.startswith(latin, i):
            return german, len(latin)
    return None


def _cyrillic_word(word: str, soft: bool, double_s: bool, final_i: bool, ts_as_z: bool) -> str:
    """One word in German transliteration. The options choose between readings the English
    romanisation leaves open: `soft` reads i next to a vowel as j (Ukrainian national
    romanisation: Sloviansk → Slowjansk, Huliaipole → Huljajpole, Makiivka → Makijiwka);
    `double_s` writes a voiceless s between vowels ss (Lysychansk → Lyssytschansk), `final_i` ends
    -iy/-yy in i (Nizhniy → Nischni) rather than ij/yj (Kryvyi → Krywyj); `ts_as_z` reads ts as
    one sound (Donetsk → Donezk), not as t and s (Sovetsk → Sowetsk)."""
    for ending in ("yi", "iy", "yy"):
        if word.endswith(ending) and len(word) > 3:
            german = "i" if final_i else ending[0] + "j"
            word = word[: -len(ending)] + "\0" + german  # \0: the German ending follows as it is
            break
    letters = _CYRILLIC["letters"] if ts_as_z else [pair for pair in _CYRILLIC["letters"] if pair[0] != "ts"]
    out = []
    i = 0
    while i < len(word):
        char = word[i]
        if char == "\0":
            out.append(word[i + 1 :])
            break
        found = _digraph(word, i, letters)
        if found is not None:
            out.append(found[0])
            i += found[1]
            continue
        before = word[i - 1] if i > 0 else ""
        after = word[i + 1] if i + 1 < len(word) else ""
        if char == "y" and (not before or before in _VOWELS or after in ("a", "e", "o", "u")):
            out.append("j")  # Yar → Jar, Bryansk → Brjansk, Avdiyivka → Awdijiwka, Dzhankoy
        elif soft and char == "i" and before == "i":
            out.append("j" if after in ("a", "e", "o", "u") else "ji")  # Yenakiieve, Makiivka
        elif soft and char == "i" and before and after in ("a", "e", "o", "u") and before not in _VOWELS:
            out.append("j")  # Sloviansk → Slowjansk, Sievierodonetsk → Sjewjerodonezk
        elif soft and char == "i" and before in _VOWELS and after not in _VOWELS:
            out.append("j")  # Huliaipole → Huljajpole, Pervomaisk → Perwomajsk
        elif soft and char == "i" and before in ("a", "o", "u") and after in ("a", "e", "o", "u"):
            out.append("j")  # Staromaiorske → Staromajorske, Kraiove → Krajowe
        elif double_s and char == "s" and before in _VOWELS and after in _VOWELS:
            out.append("ss")  # Lysychansk → Lyssytschansk, Odesa → Odessa
        else:
            out.append(char)
        i += 1
    return "".join(out)


def _arabic_word(word: str, diphthong: str, k_for_q: bool, s_for_z: bool, tsch: bool) -> str:
    """One word with German letters: kh → ch, sh → sch, j → dsch, y before a vowel → j, ay before
    a consonant → `diphthong` (Shaykh → Scheich, Bayji → Baidschi), a final -ah → -a (Fallujah →
    Falludscha), a final -ia → -ija (Jabalia → Dschabalija); with `k_for_q` q → k (Raqqa →
    Rakka), with `s_for_z` z → s (Azaz → Asas), with `tsch` ch → tsch (Karachi → Karatschi)."""
    if word.endswith("ah") and len(word) > 3:
        word = word[:-1]
    if word.endswith("ia") and len(word) > 3:
        word = word[:-2] + "iya"
    letters = ([("ch", "tsch")] if tsch else []) + _ARABIC["letters"]
    out = []
    i = 0
    while i < len(word):
        found = _digraph(word, i, letters)
        if found is not None:
            out.append(found[0])
            i += found[1]
            continue
        char = word[i]
        before = word[i - 1] if i > 0 else ""
        after = word[i + 1] if i + 1 < len(word) else ""
        if char == "a" and after == "y" and (i + 2 >= len(word) or word[i + 2] not in _VOWELS):
            out.append(diphthong)
            i += 2
            continue
        if char == "y" and (not before or after in _VOWELS):
            out.append("j")  # Yunis → Junis, Netanya → Netanja, Bayt Lahiya → Beit Lahija
        elif char == "q" and k_for_q:
            out.append("k")
        elif char == "z" and s_for_z:
            out.append("s")
        else:
            out.append(char)
        i += 1
    return "".join(out)


# The readings tried for each script (see the word functions): a handful of spellings per name.
_CYRILLIC_READINGS = (
    (True, True, False, True),
    (False, True, False, True),
    (True, False, True, True),
    (True, True, False, False),
)
_ARABIC_READINGS = (("ei", False, False), ("ai", False, False), ("ei", True, False), ("ai", False, True))


@lru_cache(maxsize=65536)
def german_spellings(key: str, country: str | None) -> frozenset[str]:
    """German spellings of a normalised name (names.normalize) of a place in `country`, other than
    the name itself: ("vuhledar", "UA") → {"wuhledar"}; ("khan shaykhun", "SY") →
    {"chan scheichun", "chan schaichun"}. Empty for other countries and for non-Latin names;
    never a spelling of fewer than five letters without its Arabic article."""
    script = script_of(country)
    if script is None or not key.isascii():
        return frozenset()
    if script == "cyrillic":
        # Azerbaijani Latin j (Jabrayil): kept from the letter rules, then written dsch
        latin_j = country in _CYRILLIC.get("latin_j", ())
        parts = _WORD.findall(key.replace("j", "\x01") if latin_j else key)
        variants = {
            "".join(_cyrillic_word(p, *reading) if p.isalpha() else p for p in parts).replace("\x01", "dsch")
            for reading in _CYRILLIC_READINGS
        }
    else:
        parts = _WORD.findall(key)
        tsch = country in _ARABIC["ch_as_tsch"]
        variants = {
            "".join(_arabic_word(p, *reading, tsch) if p.isalpha() else p for p in parts)
            for reading in _ARABIC_READINGS
        }
    return frozenset(v for v in variants if v != key and len(strip_article(v).replace(" ", "")) >= _SHORTEST)


@lru_cache(maxsize=65536)
def plain_a_spellings(key: str, country: str | None) -> frozenset[str]:
    """A normalised Arabic-script country's name with a final -ah written -a, as the English and
    German press mostly write it and GeoNames mostly does not: ("al khalidiyah", "IQ") →
    {"al khalidiya"}; ("hadithah", "IQ") → {"haditha"}. Empty elsewhere and for short names."""
    if script_of(country) != "arabic" or not key.isascii():
        return frozenset()
    parts = _WORD.findall(key)
    plain = "".join(p[:-1] if p.isalpha() and len(p) > 3 and p.endswith("ah") else p for p in parts)
    if plain == key or len(strip_article(plain).replace(" ", "")) < _SHORTEST:
        return frozenset()
    return frozenset({plain})


_RUSSIAN = _RULES["russian_forms"]
_MAX_RUSSIAN_FORMS = 6  # a name of several words: the first few combinations


@lru_cache(maxsize=65536)
def russian_forms(key: str, country: str | None) -> frozenset[str]:
    """Russian forms of a normalised Ukrainian place name, as Russian sources write the village:
    ("mykolaivka", "UA") → {"nikolaevka", "nikolayevka"}; ("hnutove", "UA") → {"gnutovo",
    "gnutovoye"}; ("svobodne", "UA") → {"svobodnoye", "svobodnoe"}. Empty elsewhere."""
    if country not in _RUSSIAN["countries"] or not key.isascii():
        return frozenset()
    forms = [""]
    for part in _WORD.findall(key):
        words = _russian_word(part) if part.isalpha() else [part]
        forms = [f + w for f in forms for w in words][:_MAX_RUSSIAN_FORMS]
    return frozenset(f for f in forms if f != key and len(f.replace(" ", "")) >= _SHORTEST)


def _russian_word(word: str) -> list[str]:
    """The Russian forms of one word: its ending replaced (-ivka → -ovka, -evka …), its stem's
    letters changed (h → g but in kh, zh, sh, ch; y between consonants → i; i before a vowel
    after a consonant → y), a first syllable
    that differs (Myk- → Nik-)."""
    for ending, replacements in _RUSSIAN["endings"]:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            if ending == "ivka":
                # after a vowel the Russian ending is -evka, -yevka (Mykolaivka → Nikolaevka)
                replacements = ["evka", "yevka"] if stem[-1] in _VOWELS else [*replacements, "ievka"]
            return [_russian_stem(stem) + r for r in replacements]
    return [_russian_stem(word)]


def _russian_stem(stem: str) -> str:
    for ukrainian, russian in _RUSSIAN["initials"]:
        if stem.startswith(ukrainian):
            stem = russian + stem[len(ukrainian) :]
            break
    out = []
    for i, char in enumerate(stem):
        before = stem[i - 1] if i else ""
        after = stem[i + 1] if i + 1 < len(stem) else ""
        if char == "h" and before not in ("k", "z", "s", "c"):
            out.append("g")  # Hnutove → Gnutovo, Bohdanivka → Bogdanovka; not Prokhorivka
        elif char == "y" and before and before not in _VOWELS and after and after not in _VOWELS:
            out.append("i")  # Pyshchevyk → Pishchevik, Vasylivka → Vasilevka
        elif char == "i" and before and before not in _VOWELS and after in ("a", "u", "e"):
            out.append("y")  # Kupiansk → Kupyansk, Izium → Izyum
        else:
            out.append(char)
    return "".join(out)


@lru_cache(maxsize=65536)
def final_y_spellings(key: str, country: str | None) -> frozenset[str]:
    """A normalised name in a country the press spells the French way with its final -i written
    -y and the other way round: ("diabali", "ML") → {"diabaly"}. Only words of five letters or more
    that end in a consonant and the vowel; empty elsewhere."""
    if country not in _FINAL_I_OR_Y or not key.isascii():
        return frozenset()
    swap = {"i": "y", "y": "i"}
    parts = _WORD.findall(key)
    other = "".join(
        p[:-1] + swap[p[-1]]
        if p.isalpha() and len(p) >= _SHORTEST and p[-1] in swap and p[-2] not in _VOWELS
        else p
        for p in parts
    )
    return frozenset({other}) if other != key else frozenset()


_ADJECTIVES = _RULES["adjectives"]
_ADJECTIVE_ENDINGS = tuple(_ADJECTIVES["endings"])


def _adjective_stem(word: str) -> str | None:
    """The stem of a declinable German adjective that begins a name (Schwarz-es, Persisch-er), or
    None for any other word, including the indeclinable ones made from towns (Thüringer, Comer)."""
    if len(word) < 4 or not word[0].isupper():
        return None
    for ending in _ADJECTIVE_ENDINGS:
        if word.endswith(ending):
            stem = word[: -len(ending)]
            lower = stem.lower()
            if lower in _ADJECTIVES["stems"] or lower.endswith(tuple(_ADJECTIVES["stem_endings"])):
                return stem
            return None
    return None


def german_cases(name: str) -> list[str]:
    """A German name of adjectives and a noun in its other cases: "Schwarzes Meer" → "Schwarze
    Meer" (das Schwarze Meer), "Schwarzen Meer" (im Schwarzen Meer), "Schwarzen Meeres" (des
    Schwarzen Meeres) …; "Demokratische Republik Kongo" → "Demokratischen Republik Kongo". Empty
    for a name without such an adjective before its last word, or with a bracketed qualifier."""
    words = name.split(" ")
    if len(words) < 2 or "(" in name:
        return []
    stems = {i: stem for i, word in enumerate(words[:-1]) if (stem := _adjective_stem(word)) is not None}
    if not stems:
        return []
    forms = [
        " ".join(stems[i] + ending if i in stems else word for i, word in enumerate(words))
        for ending in _ADJECTIVE_ENDINGS
    ]
    weak = forms[_ADJECTIVE_ENDINGS.index("en")]
    forms.append(weak + "s")  # des Nahen Ostens
    if weak[-1] not in "aeiouysxz":
        forms.append(weak + "es")  # des Schwarzen Meeres
    return [form for form in forms if form != name]


def respelled(text: str, lang: str) -> list[str]:
    """A name as the other press would spell it, for a name the gazetteer lacks as written: in a
    German text "Karakosh" → ["karakosch"], in an English one "Tschernihiw" → [… "chernihiv"];
    each rule of data/spellings_de.json 'respell' alone, then all of them together, longest
    first."""
    rules = sorted(_RULES["respell"].get(lang, ()), key=lambda rule: -len(rule[0]))  # tsch before sch
    lowered = text.lower()
    found = [lowered.replace(a, b) for a, b in rules if a in lowered]
    if len(found) > 1:
        together = lowered
        for a, b in rules:
            together = together.replace(a, b)
        found.append(together)
    return list(dict.fromkeys(f for f in found if f != lowered))
