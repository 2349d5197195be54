"""Word lists that tell ordinary words from names, and the per-language toponym tables.

The common-word lists are built at set-up by tools/build_lexicon.py into resources/lexicon/;
without them recognition still works, with more false alarms on German nouns (logged once).
"""

from __future__ import annotations

import csv
import gzip
import json
import logging
from functools import cache
from pathlib import Path
from typing import Callable, TypeVar

from ..datafiles import DATA_DIR, LEXICON_DIR, language_file

LOG = logging.getLogger(__name__)
COMMON_WORD_FILES = {"de": "common_nouns_de.txt.gz", "en": "common_words_en.txt.gz"}
LOWER_WORD_FILES = {"de": "lower_words_de.txt.gz", "en": "common_words_en.txt.gz"}


def common_words(lang: str) -> frozenset[str]:
    """German: capitalised common nouns with their forms. English: frequent lower-case words."""
    return _word_list(COMMON_WORD_FILES.get(lang))


def first_names() -> frozenset[str]:
    """Given names of many countries (Michael, Lars, Hedi), minus German common nouns."""
    return _word_list("first_names.txt.gz")


@cache
def speaker_surnames() -> frozenset[str]:
    """The lower-case names of the people who speak for a side (data/actors_<lang>.json
    'speakers': Putin, Selenskyj, Abadi): a given name before one is a person's (Vladimir Putin)."""
    return frozenset(
        name
        for lang in ("de", "en")
        for name in json.loads(language_file("actors", lang).read_text(encoding="utf-8")).get("speakers", {})
    )


def english_vocabulary() -> frozenset[str]:
    """The English words a reader knows, lower-cased (monday, kurds, oblast): about 150,000."""
    return _word_list("vocabulary_en.txt.gz")


@cache
def exonyms() -> frozenset[str]:
    """Normalised exonyms and press spellings from data/exonyms.csv (Mossul, Bagdad, Rakka)."""
    return frozenset(key for keys in exonyms_by_place().values() for key in keys)


@cache
def exonyms_by_place() -> dict[str, frozenset[str]]:
    """The normalised exonyms of each place id in data/exonyms.csv (geonames:98182 → bagdad,
    baghdad): curated names a place is known by as much as by its own."""
    from ..places.names import normalize

    lines = (DATA_DIR / "exonyms.csv").read_text(encoding="utf-8").splitlines()
    table: dict[str, set[str]] = {}
    for row in csv.DictReader(line for line in lines if line and not line.startswith("#")):
        if row.get("exonym") and row.get("target"):
            table.setdefault(row["target"], set()).add(normalize(row["exonym"]))
    return {target: frozenset(keys) for target, keys in table.items()}


def lower_case_words(lang: str) -> frozenset[str]:
    """Frequent words written in lower case (German "man", "dabei", "dort"; English "the", "may")."""
    return _word_list(LOWER_WORD_FILES.get(lang))


@cache
def place_odds(lang: str) -> dict[str, float]:
    """How often a capitalised word keeps the company of place names (log odds; German only)."""
    if lang != "de":
        return {}
    odds: dict[str, float] = {}
    for line in _word_list("place_odds_de.txt.gz", lines=True):
        value, _, words = line.partition("\t")
        odds.update(dict.fromkeys(words.split(), float(value)))
    return odds


@cache
def _word_list(name, directory: Path = LEXICON_DIR, lines: bool = False) -> frozenset[str]:
    if name is None:
        return frozenset()
    path = directory / name
    try:
        with gzip.open(path, "rt", encoding="utf-8") as words:
            text = words.read()
            return frozenset(text.splitlines() if lines else text.split())
    except OSError as error:
        LOG.warning("word list %s not available (%s); run `make` to build it", path, error)
        return frozenset()


@cache
def toponym_table(lang: str) -> dict:
    """Cue nouns, prepositions, demonyms … for one language (plugin/core/data/toponyms_<lang>.json)."""
    path = language_file("toponyms", lang)
    return json.loads(path.read_text(encoding="utf-8"))


def table_set(table: dict, key: str) -> frozenset[str]:
    """One list of a read-only table (toponym_table) as a set, made once per table and key: the
    same set each time, so a memo keyed by it compares it by identity, not word by word."""
    kept = _kept_for(table)
    words = kept.get(key)
    if words is None:
        words = kept[key] = frozenset(table.get(key, ()))
    return words


def remembered(table: dict, word: str, answer: Callable[[str, dict], _Answer]) -> _Answer:
    """answer(word, table), kept per table and question: the word questions of the place and
    event stages (name_cue, force_noun) are asked of every word of every article, and the same
    words recur. At most _KEPT_ANSWERS answers per question, as lru_cache(65536) elsewhere."""
    entry = _KEPT.get(id(table))  # (_kept_for's first step, inline on this path of every word)
    kept = entry[1] if entry is not None and entry[0] is table else _kept_for(table)
    answers = kept.get(answer)
    if answers is None or len(answers) >= _KEPT_ANSWERS:
        answers = kept[answer] = {}
    try:
        return answers[word]
    except KeyError:
        found = answers[word] = answer(word, table)
        return found


def _kept_for(table: dict) -> dict:
    """What is kept for one table (the tables are read once and never changed). The table is
    held with it, so its id is not reused for another table meanwhile."""
    kept = _KEPT.get(id(table))
    if kept is None or kept[0] is not table:
        kept = _KEPT[id(table)] = (table, {})
    return kept[1]


_KEPT: dict[int, tuple[dict, dict]] = {}
_KEPT_ANSWERS = 65536
_Answer = TypeVar("_Answer")


@cache
def trigger_words(lang: str) -> frozenset[str]:
    """Event words (erobert, drangen, captured …): a sentence with one is likely to name places."""
    path = DATA_DIR / f"events_{lang}.json"
    if not path.is_file():
        return frozenset()
    table = json.loads(path.read_text(encoding="utf-8"))
    # a word that is an event only with the words that must follow it ("closing in on", "took the
    # fight to") is as often no event at all ("close to", "took the bus")
    return frozenset(
        word for trigger in table["triggers"] if "followed_by" not in trigger for word in trigger["words"]
    )
