"""Place labels in the reporting's spelling: the form the articles use most ("Abu Kamal", "Izium"),
not the gazetteer's transliteration ("Ālbū Kamāl", "Izyum"), and, per a setting, the German or
English name the exonym table gives (Charkiw, Kharkiv).

Forms are counted per place over every mention in every article, with the rules a map editor
would apply: a demonym ("Iraqi") is no spelling of the place; a form in capitals ("MOSCOW", a
dateline) counts only when nothing else is written; a German genitive ("al-Qaims") counts for its
base form; a facility mentioned by its town's name ("Akashat" for Akashat Airport) keeps the
gazetteer's longer name, which says what it is. Ties go to the form closest to the gazetteer's name.
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Dict, Iterable, Mapping, Optional

from ..places.names import normalize, strip_article

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
LABEL_LANGUAGES = ("reporting", "de", "en", "gazetteer")  # the last: the gazetteer's own name
FACILITY_KINDS = frozenset({"airport", "airbase", "crossing", "dam", "plant", "bridge", "port", "base"})
_NOT_A_SPELLING = frozenset({"adjective", "demonym"})
_STRIP = " \t\r\n,;:!?\"'()[]{}«»„“”‚‘’"


@dataclass(frozen=True)
class PlaceLabel:
    """A place's labels: as the reports spell it, and its German and English names (None where
    neither the exonym table nor an article in that language gives one)."""

    reporting: str
    de: Optional[str] = None
    en: Optional[str] = None

    def get(self, language: str) -> str:
        return (getattr(self, language, None) if language in ("de", "en") else None) or self.reporting


def place_key(place: Mapping) -> str:
    """How the layer plan tells one place from another: its gazetteer id, else its name or text."""
    return str(place.get("id") or place.get("name") or place.get("text") or "")


@lru_cache(maxsize=1)
def exonym_table() -> Dict[str, Dict[str, str]]:
    """place id → language → the first exonym data/exonyms.csv gives (the table's preferred one)."""
    path = DATA_DIR / "exonyms.csv"
    table: Dict[str, Dict[str, str]] = defaultdict(dict)
    lines = path.read_text(encoding="utf-8").splitlines()
    for row in csv.DictReader(line for line in lines if line and not line.startswith("#")):
        name, language, target = (row.get(k, "").strip() for k in ("exonym", "language", "target"))
        if name and language and target:
            table[target].setdefault(language, name)
    return dict(table)


def place_labels(articles: Iterable[Mapping]) -> Dict[str, PlaceLabel]:
    """The label of every place the articles mention, by `place_key`."""
    forms: Dict[str, Counter] = defaultdict(Counter)
    by_language: Dict[str, Dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    names: Dict[str, str] = {}
    kinds: Dict[str, str] = {}
    for article in articles:
        if not isinstance(article, Mapping):
            continue
        language = str(article.get("language") or "")
        for place in article.get("places") or []:
            if not isinstance(place, Mapping):
                continue
            key = place_key(place)
            if not key:
                continue
            names.setdefault(key, str(place.get("name") or place.get("text") or ""))
            kinds.setdefault(key, str(place.get("kind") or ""))
            text = _clean(place.get("text"))
            if not text or place.get("role") in _NOT_A_SPELLING:
                continue
            forms[key][text] += 1
            by_language[key][language][text] += 1
    exonyms = exonym_table()
    labels: Dict[str, PlaceLabel] = {}
    for key in names.keys() | forms.keys():
        name = names.get(key, "")
        reporting = choose_form(forms.get(key, Counter()), name, kinds.get(key, ""))
        own = exonyms.get(key, {})
        de = own.get("de") or _language_form(by_language[key].get("de"), name, kinds.get(key, ""))
        en = own.get("en") or _language_form(by_language[key].get("en"), name, kinds.get(key, ""))
        labels[key] = PlaceLabel(reporting or name, de, en)
    return labels


def _language_form(counts: Optional[Counter], name: str, kind: str) -> Optional[str]:
    return choose_form(counts, name, kind) if counts else None


def choose_form(counts: Mapping[str, int], name: str, kind: str = "") -> Optional[str]:
    """The form to print for one place from the counts of how its mentions were written."""
    if not counts:
        return name or None
    merged = _merge_genitives(counts, name)
    # forms written alike ("al-Qaim", "Al-Qaim") are one spelling, shown as written most often
    groups: Dict[str, Counter] = defaultdict(Counter)
    for form, count in merged.items():
        groups[normalize(form)][form] += count
    shouting = {key for key, group in groups.items() if all(f.isupper() for f in group)}
    if len(shouting) < len(groups):
        groups = {key: group for key, group in groups.items() if key not in shouting}
    target = normalize(name)

    def rank(item):
        key, group = item
        return (sum(group.values()), key == target or strip_article(key) == strip_article(target))

    _key, group = max(sorted(groups.items()), key=rank)
    best = max(sorted(group), key=lambda f: (not f.isupper(), group[f]))
    if kind in FACILITY_KINDS and name and _inside(best, name):
        return name  # "Akashat" for Akashat Airport: the gazetteer's name says what it is
    return best


def _merge_genitives(counts: Mapping[str, int], name: str) -> Counter:
    """German genitives ("al-Qaims", "Mossuls") counted for their base form when the base is
    written elsewhere or is the place's own name."""
    known = {normalize(f) for f in counts} | {normalize(name)}
    merged: Counter = Counter()
    for form, count in counts.items():
        if len(form) > 3 and form.endswith("s") and normalize(form[:-1]) in known:
            base = next((f for f in counts if normalize(f) == normalize(form[:-1])), form[:-1])
            merged[base] += count
        else:
            merged[form] += count
    return merged


def _inside(form: str, name: str) -> bool:
    words, within = normalize(form).split(), normalize(name).split()
    return len(words) < len(within) and any(
        within[i : i + len(words)] == words for i in range(len(within) - len(words) + 1)
    )


def _clean(text) -> Optional[str]:
    if not isinstance(text, str):
        return None
    text = " ".join(text.split()).strip(_STRIP)
    if text.endswith(".") and text.count(".") == 1:
        text = text[:-1].rstrip(_STRIP)  # a sentence's full stop, not an abbreviation's ("U.S.")
    return text or None
