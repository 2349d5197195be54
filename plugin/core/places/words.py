"""Word-level tests the place stages share: is a word a German noun, may it start a name, does
it follow a place word, is it the start of a sentence. Pure functions over tokens and the word
lists in language/lexicon."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Optional

from ..dates.grammar import load_grammar
from ..language.lexicon import (
    english_vocabulary,
    first_names,
    lower_case_words,
    place_odds,
    remembered,
    toponym_table,
)
from ..language.text import Segmented, Token

MAX_SPAN_TOKENS = 5  # Democratic Republic of the Congo
# Lower-case words allowed inside a multi-word name ("Frankfurt am Main", "Ras al Ain").
CONNECTORS = frozenset(
    {"al", "el", "ar", "as", "ad", "an", "am", "de", "la", "le", "du", "der", "of", "upon", "on", "ob", "von"}
    | {"the", "and"}  # Democratic Republic of the Congo, Bosnia and Herzegovina, Golf von Aden
)
ROUTE_STARTS = frozenset({"von", "vom", "aus", "from"})
ROUTE_ENDS = frozenset({"nach", "bis", "in", "zum", "zur", "richtung", "to", "into"})
OPENERS = frozenset("„“\"'‚‘«»(")
COORDINATORS = frozenset({"und", "oder", "sowie", "and", "or", ","})
LIST_WORDS = COORDINATORS - {"and", "or"}  # what joins a German list of names the gazetteer lacks
ARABIC_ARTICLES = frozenset({"al-", "el-", "ar-", "as-", "ad-", "an-", "at-", "az-"})


def alternatives(words) -> str:
    """The words as a regular-expression alternation, longest first, a space matching any run
    of white space (for the phrase patterns of places/relative.py and places/facilities.py)."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def sentence_initial(token: Token, doc: Segmented) -> bool:
    """Whether the token opens its sentence, over openers and list marks, or the text after a
    dateline ("YANGON (Reuters) - An alliance …", "KYIV, Ukraine (AP) — The …")."""
    sentence = doc.sentences[token.sentence]
    before = doc.text[sentence.start : token.start]
    return all(
        c in OPENERS or c.isspace() or c in "-–—•*#" or c.isdigit() or c in ".)" for c in before
    ) or bool(_DATELINE_END.search(before))


# the end of a dateline: an agency in brackets, or a place in capitals, then a dash
_DATELINE_END = re.compile(r"(?:\([^()]{1,40}\)|^[A-Z][A-Z .,'/-]{2,40})\s*[-–—]\s*$")


def name_cue(word: str, table: dict) -> bool:
    """A word after which capitalised words name a person or an organisation, not a place: a
    title or a firm's word ('not_place_cues': Präsident, Sprecher, Zeitung), also a 'title_heads'
    word alone or as the head of a German compound (Gouverneur, Armeesprecher, Militärgouverneur)."""
    return remembered(table, word, _name_cue)  # asked of every word of every article


def _name_cue(word: str, table: dict) -> bool:
    """name_cue, worked out once per word."""
    if word in table["not_place_cues"]:
        return True
    lowered = word.lower()
    return word[:1].isupper() and any(
        lowered == head or (lowered.endswith(head) and len(lowered) > len(head) + 2)
        for head in table.get("title_heads", ())
    )  # "Gouverneur", "Militärgouverneur"


def foreign_word(word: str, table: dict, known) -> bool:
    """A capitalised English-text word no English reader knows and no gazetteer holds (Hlanj,
    Xezal): next to a place name it makes a longer foreign name of it. `known` tells whether
    the gazetteer holds a word. False when the vocabulary is not built (no evidence)."""
    vocabulary = english_vocabulary()
    if not vocabulary or not (word[:1].isupper() and word.isalpha() and not word.isupper()):
        return False
    if word.lower() in vocabulary or word in first_names() or word in table["place_cues"]:
        return False
    return not known(word)


def neighbour(tokens, index, step, sentence) -> Optional[Token]:
    j = index + step
    if step < 0:
        while j >= 0 and tokens[j].text in OPENERS and tokens[j].sentence == sentence:
            j -= 1
    if 0 <= j < len(tokens) and tokens[j].sentence == sentence:
        return tokens[j]
    return None


def may_start_name(token: Token) -> bool:
    text = token.text
    if text[:1].isupper():
        return True
    # lower-case Arabic article glued to a name: al-Qaim, el-Arish, ar-Raqqa; an elided
    # French or Italian article: (Côte) d'Ivoire, L'Aquila
    if "-" in text:
        head, _, rest = text.partition("-")
        if len(head) <= 3 and rest[:1].isupper():
            return True
    if "'" in text or "’" in text:
        head, _, rest = text.replace("’", "'").partition("'")
        return len(head) <= 2 and rest[:1].isupper()
    return False


def after_cue_of(tokens, i: int, table: dict) -> bool:
    """Whether token i follows an English place word and "of" ("the village of", "towns of")."""
    return (
        i >= 2
        and tokens[i - 1].text == "of"
        and tokens[i - 2].text.lower() in table["place_cues"]
        and tokens[i - 2].sentence == tokens[i].sentence
    )


def after_plural_cue(tokens, i: int, table: dict) -> bool:
    """Whether token i starts an English list after a plural place word and "of" ("the villages
    of"; only the English table has plural_cues: German lists are read by their glue words)."""
    return after_cue_of(tokens, i, table) and tokens[i - 2].text.lower() in table.get("plural_cues", ())


def before_plural_noun(tokens, last: int) -> bool:
    """Whether an English name ends right before a lower-case plural noun ("Trump supporters",
    "Rohingya refugees"): then it describes the noun and names no place."""
    if last + 1 >= len(tokens) or tokens[last + 1].sentence != tokens[last].sentence:
        return False
    word = tokens[last + 1].text
    return word.isalpha() and word.islower() and word.endswith("s") and word not in NOT_PLURAL_NOUNS


# Lower-case words in -s that follow a name without being nouns it describes.
NOT_PLURAL_NOUNS = frozenset(
    {"is", "was", "has", "as", "its", "this", "his", "hers", "us", "across", "towards"}
)


def glued_in_list(tokens, previous, span) -> bool:
    """Whether `span` follows `previous` in a list: only a comma, "and", "or" between them."""
    between = [t.text.lower() for t in tokens[previous.last + 1 : span.first]]
    return 1 <= len(between) <= 2 and all(word in COORDINATORS for word in between)


def could_be_name(text: str, lang: str, table: dict, nouns: frozenset) -> bool:
    """Whether a word the gazetteer lacks may be a place's name: capitalised (not an acronym),
    letters and hyphens only, and no listed non-place, given name, lower-case word or noun."""
    return not (
        not text[:1].isupper()
        or text.isupper()
        or not text.replace("-", "").isalpha()
        or text in table["not_places"]
        or text in first_names()
        or text.lower() in lower_case_words(lang)
        or is_noun(text.split("-")[-1], nouns)
    )


# Brown-cluster log odds at or below this mark words used like nouns (Büro, Polizei, Tickets);
# names of people, firms and article-taking countries stay above it (Müller, Siemens, Irak).
NOUN_ODDS = -3.5


def noun_like(word: str, nouns: frozenset) -> bool:
    return word in nouns or place_odds("de").get(word, 0.0) <= NOUN_ODDS


@lru_cache(maxsize=65536)
def noun_compound(word: str, nouns: frozenset, longer: int = 0) -> bool:
    """Is the word a compound whose last part is a German noun (Raketenbeschuss, Gräberfeld)?

    With `longer`, only a last part that long or longer counts (Brotverkäufer ends in
    Verkäufer, not only in Ufer)."""
    for cut in range(3, len(word) - 2):
        head = word[cut:]
        if len(head) >= max(4, longer) and noun_like(head[:1].upper() + head[1:], nouns):
            return True
    return False


def stems(modifier: str) -> list[str]:
    """The first part of a compound with and without its linking letters (Arbeits, Arbeit)."""
    stems = [modifier]
    for linker in ("es", "s", "en", "n", "e"):
        if modifier.endswith(linker) and len(modifier) - len(linker) >= 3:
            stems.append(modifier[: -len(linker)])
    return stems


def is_noun(word: str, nouns: frozenset) -> bool:
    """A German common noun: in the word list, or a compound that ends in one."""
    word = word[:1].upper() + word[1:]
    return noun_like(word, nouns) or (len(word) >= 7 and word.isalpha() and noun_compound(word, nouns))


@cache
def demonym_forms(lang: str) -> frozenset[str]:
    """Every written form of the language's demonyms (irakisch, irakische …, Iraker), so the
    full check is skipped for the thousands of words that are none of them."""
    table = toponym_table(lang)
    forms = set(table["person_demonyms"])
    for stem in table["demonyms"]:
        forms.update(stem + ending for ending in table["demonym_endings"])
    return frozenset(forms)


@lru_cache(maxsize=65536)  # asked of every word of every article
def maybe_demonym(text: str, lang: str) -> bool:
    forms = demonym_forms(lang)
    return text in forms or text.split("-")[0].lower() in forms


def is_demonym(word: str, table: dict) -> bool:
    for ending in table["demonym_endings"]:
        if word.endswith(ending) and word[: len(word) - len(ending)] in table["demonyms"]:
            return True
    return False


# Words an apposition after a listed name opens with ("Asadabad, the capital of Kunar province, and
# Maidan Shar"; "Asadabad, die Hauptstadt der Provinz Kunar, und Maidan Shar").
_APPOSITION_OPENERS = frozenset({"the", "a", "an", "die", "der", "das", "eine", "ein", "einer", "einem"})
_APPOSITION_WORDS = 8


def apposition_cue(tokens, k: int, cues, heads) -> Optional[str]:
    """The cue noun of an apposition that opens at token k after a name and its comma ("Saraqib,
    a strategic town in Idlib", "Sarakib, eine strategisch wichtige Kleinstadt"): an article, at
    most three lower-case words, then the noun, which ends its phrase (not "a town councillor")."""
    if k >= len(tokens) or tokens[k].text.lower() not in _APPOSITION_OPENERS:
        return None
    for j in range(k + 1, min(len(tokens), k + 5)):
        word = tokens[j].text
        if word in cues or word.lower() in cues or word in heads:
            after = tokens[j + 1].text if j + 1 < len(tokens) else "."
            ends = not after.isalpha() or after.lower() in _AFTER_APPOSED_NOUN or after[:1].isupper()
            return (word.lower() if word.lower() in cues else word) if ends else None
        if not word.islower() or word in _NOT_IN_APPOSITION:
            return None  # "Smith, a resident of the city": the noun of another phrase
    return None


_NOT_IN_APPOSITION = frozenset(
    {
        "of",
        "from",
        "in",
        "at",
        "on",
        "for",
        "with",
        "von",
        "aus",
        "im",
        "am",
        "bei",
        "mit",
        "für",
        "der",
        "des",
        "dem",
    }
)


# Words that may follow the noun of an apposition when the phrase ends there or goes on about the
# place ("a town in Idlib", "a village north of Bakhmut", "eine Stadt im Osten").
_AFTER_APPOSED_NOUN = frozenset(
    {"in", "of", "near", "on", "at", "about", "some", "north", "south", "east", "west", "that", "which",
     "where", "held", "controlled", "im", "am", "an", "bei", "nahe", "nördlich", "südlich", "östlich",
     "westlich", "die", "der", "das", "rund", "etwa", "unweit", "mit", "with"}
)  # fmt: skip


def name_before_apposition(tokens, coordinator: int, landmarks=frozenset()) -> Optional[int]:
    """The last token of the name before an apposition set off by commas that ends right before
    the coordinator at `coordinator` ("A, the capital of X, and B": A's; with one of the
    `landmarks` for an opener, "A, opposite X, and B"), or None."""
    if coordinator < 4 or tokens[coordinator - 1].text != ",":
        return None
    for k in range(coordinator - 2, max(0, coordinator - 3 - _APPOSITION_WORDS), -1):
        if tokens[k].text in (".", ";", ":"):
            return None
        if tokens[k].text == ",":
            opener = tokens[k + 1].text.lower()
            named = tokens[k - 1].text[:1].isupper()
            opens = named and (opener in _APPOSITION_OPENERS or opener in landmarks)
            return k - 1 if opens else None
    return None


_CLAUSE_REACH = 10  # words of a clause after a name that may say where it lies


def said_to_lie(tokens, k: int, clause: dict) -> bool:
    """Whether the clause that opens at token k, a comma after a name, says where the name lies
    ("Saraqib, which lies on the M5", "Sarakib, 20 Kilometer südlich von Idlib gelegen"): one of
    the table's location words in it, which opens with a relative pronoun or opens or closes with
    that word. `clause` is the language's "location_clause" table."""
    if not clause or k >= len(tokens) or tokens[k].text != ",":
        return False
    words = []
    for j in range(k + 1, min(len(tokens), k + 1 + _CLAUSE_REACH)):
        if tokens[j].sentence != tokens[k].sentence or tokens[j].text in ",;:.()":
            break
        words.append(tokens[j].text.lower())
    lies = clause["words"]
    return bool(words) and (
        (words[0] in clause["openers"] and any(w in lies for w in words))
        or words[0] in lies
        or words[-1] in lies
    )


def english_name_word(tokens, k: int, table: dict) -> bool:
    """Whether token k is an English word written capitalised after "the" inside a sentence that
    is not in title case ("the Presidency Council", "the Security Council"): next to a place's name
    it makes the name part of an organisation's or a building's. Not a cue, a direction, a nation,
    a given name or a day's name ("the city of Kobani", "the Eastern Ghouta", "By Christmas
    Bakhmut")."""
    word = tokens[k].text
    if k == 0 or tokens[k - 1].text.lower() != "the":  # "the Presidency Council"; not "By Christmas Bakhmut"
        return False
    vocabulary = english_vocabulary()
    if not vocabulary or not (word[:1].isupper() and word.isalpha() and not word.isupper()):
        return False
    grammar = load_grammar("en")
    if (
        word.lower() not in vocabulary
        or word in table["place_cues"]
        or word in table["directions"]
        or word.lower() in table["demonyms"]
        or word in first_names()
        or any(grammar.has(slot, word) for slot in ("weekday", "month", "holiday"))
    ):
        return False
    sentence = tokens[k].sentence
    first, last = k, k
    while first > 0 and tokens[first - 1].sentence == sentence:
        first -= 1
    while last + 1 < len(tokens) and tokens[last + 1].sentence == sentence:
        last += 1
    words = [t.text for t in tokens[first : last + 1] if t.text[:1].isalpha()]
    return first < k and sum(w[:1].isupper() for w in words) * 10 < len(words) * 7  # title case: 70 %
