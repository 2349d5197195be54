"""The gazetteer as recognition asks it: which normalised keys it knows, the places of a key,
a country by code, the country a demonym names. Memoised, because the same capitalised words
recur in every article."""

from __future__ import annotations

from typing import Iterable, Optional

from ..language.lexicon import toponym_table
from .gazetteer import Gazetteer, Place
from .names import normalize, strip_article


class GazetteerLookup:
    """Cached questions to one gazetteer."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._country_cache: dict[str, Optional[Place]] = {}
        self._contains_cache: dict[str, bool] = {}
        self._lookup_cache: dict[str, list[Place]] = {}
        self._keys_cache: dict[str, list[str]] = {}
        self._known_keys_cache: dict[str, list[str]] = {}

    def known(self, key: str) -> bool:
        """gazetteer.contains with a memory: the same capitalised words recur in every article."""
        known = self._contains_cache.get(key)
        if known is None:
            if len(self._contains_cache) > 200_000:
                self._contains_cache.clear()
            known = self._contains_cache[key] = self.gazetteer.contains(key)
        return known

    def known_word(self, word: str) -> bool:
        """Whether the gazetteer holds a word as written, normalised."""
        return self.known(normalize(word))

    def keys_for(self, surface: str) -> list[str]:
        """The normalised keys of a surface form, with and without its article (memoised)."""
        keys = self._keys_cache.get(surface)
        if keys is None:
            if len(self._keys_cache) > 200_000:
                self._keys_cache.clear()
            key = normalize(surface)
            keys = [key] if key else []
            bare = strip_article(key)
            if bare and bare != key:
                keys.append(bare)
            self._keys_cache[surface] = keys
        return list(keys)

    def known_keys(self, surface: str) -> list[str]:
        """The keys of a surface form the gazetteer knows (memoised): candidates ask this of
        every capitalised word and its run of names, and the same words recur."""
        keys = self._known_keys_cache.get(surface)
        if keys is None:
            if len(self._known_keys_cache) > 200_000:
                self._known_keys_cache.clear()
            keys = self._known_keys_cache[surface] = [k for k in self.keys_for(surface) if self.known(k)]
        return list(keys)

    def places(self, keys: Iterable[str]) -> list[Place]:
        seen: dict[str, Place] = {}
        for key in keys:
            found = self._lookup_cache.get(key)
            if found is None:
                if len(self._lookup_cache) > 50_000:
                    self._lookup_cache.clear()
                found = self._lookup_cache[key] = self.gazetteer.lookup(key)
            for place in found:
                seen.setdefault(place.id, place)
        return list(seen.values())

    def country(self, code: str) -> Optional[Place]:
        if code not in self._country_cache:
            finder = getattr(self.gazetteer, "country", None)
            self._country_cache[code] = finder(code) if finder else None
        return self._country_cache[code]

    def short_form_places(self, short: tuple) -> list[Place]:
        """The places a short form stands for: (full name, country or None, kind)."""
        name, country, kind = short
        return [
            p for p in self.places(self.keys_for(name)) if p.kind == kind and country in (None, p.country)
        ]

    def demonym_country(self, word: str, lang: str) -> Optional[str]:
        for table in (toponym_table(lang), toponym_table("de" if lang == "en" else "en")):
            if word in table["person_demonyms"]:
                return table["person_demonyms"][word]
            lowered = word.split("-")[0].lower()
            for ending in sorted(table["demonym_endings"], key=len, reverse=True):
                if ending and not lowered.endswith(ending):
                    continue
                stem = lowered[: len(lowered) - len(ending)] if ending else lowered
                if stem in table["demonyms"]:
                    return table["demonyms"][stem]
        return None
