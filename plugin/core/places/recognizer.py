"""Find the places an article names and decide which place each mention means.

Recognition: spans whose normalised form is a gazetteer name (longest first), plus German
genitives ("Euphrats"), hyphen compounds ("Husaybah-Grenzübergang", "Nord-Bagdad") and
demonyms ("irakische" → Iraq, role `adjective`). Because German capitalises every noun, a
gazetteer hit alone means little, so each span is scored on its context: cue nouns (Stadt,
Dorf, Luftwaffenstützpunkt …), prepositions, common-noun knowledge, names of people and
organisations around it, the population and kind of what it could mean, and spatial coherence
with the other places in the article. Resolution picks, among a name's candidates, the one that
fits the cue, the article's geographic focus and its size. Every mention keeps its scored
candidates and the reasons, so an analyst (and a test) can see why.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from copy import copy
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import Iterable, Optional, Sequence

from ..language.lexicon import (
    common_words,
    exonyms,
    first_names,
    lower_case_words,
    place_odds,
    toponym_table,
    trigger_words,
)
from ..language.text import Segmented, Token
from .gazetteer import POINT_KINDS, Gazetteer, Place, distance_km
from .names import normalize, strip_article
from .resolution import (
    _STRONG_KINDS,
    Candidate,
    Focus,
    confidence_share,
    curated,
    expand_short_form,
    fits_cue,
    lies_within,
    own_keys,
    rank_candidates,
)

MAX_CANDIDATES = 5
# A span is a place when its evidence score is above this. The operating point was set on the
# development sets (GermEval 2014 dev and HIPE-2020 dev both gain precision at no loss of F1).
ACCEPT_ABOVE = 0.1
MAX_SPAN_TOKENS = 5  # Democratic Republic of the Congo
# In English text a first-level division of this many people or more is known by name (Alberta,
# Queensland, Maharashtra), like a country; the thousands of small ones are no such evidence. (In
# German text, where every noun is capitalised, such names are too often words or people: Lara,
# Roma, City.)
_KNOWN_DIVISION_PEOPLE = 1_000_000
# Lower-case words allowed inside a multi-word name ("Frankfurt am Main", "Ras al Ain").
_CONNECTORS = frozenset(
    {"al", "el", "ar", "as", "ad", "an", "am", "de", "la", "le", "du", "der", "of", "upon", "on", "ob", "von"}
    | {"the", "and"}  # Democratic Republic of the Congo, Bosnia and Herzegovina, Golf von Aden
)
_ROUTE_STARTS = frozenset({"von", "vom", "aus", "from"})
_ROUTE_ENDS = frozenset({"nach", "bis", "in", "zum", "zur", "richtung", "to", "into"})
_OPENERS = frozenset("„“\"'‚‘«»(")
# Evidence from a word's Brown cluster (see _company): weight of its log odds, and the range.
_COMPANY_WEIGHT = 0.5
_COMPANY_MIN = -2.5
_COMPANY_MAX = 1.5
# After "in", "nach", "aus" a bare word is a name, whatever company it keeps elsewhere.
_COMPANY_AFTER_PREPOSITION = -1.0
_COORDINATORS = frozenset({"und", "oder", "sowie", "and", "or", ","})
_LIST_WORDS = _COORDINATORS - {"and", "or"}  # what joins a German list of names the gazetteer lacks


@dataclass(frozen=True)
class PlaceMention:
    """One mention of a place in an article: where, what it means, how sure, and why."""

    text: str
    start: int
    end: int
    sentence: int
    role: str  # "location" (a place where something is or happens) or "adjective" (irakische)
    place: Optional[Place]
    confidence: float
    candidates: tuple[Candidate, ...] = ()
    cue: Optional[str] = None  # the kind a cue word asked for (city, airbase, crossing …)
    reasons: tuple[str, ...] = ()
    # For a name the gazetteer lacks (a building, a street, a hamlet): the settlement the article
    # names nearest to it, where the mention is drawn, flagged as approximate (see stand_in).
    near: Optional[Place] = None

    def to_record(self) -> dict:
        place = self.place
        point = place or self.near
        approximate = place is None and point is not None
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            "name": place.name if place else None,
            "id": place.id if place else None,
            "lat": point.lat if point else None,
            "lon": point.lon if point else None,
            "kind": place.kind if place else None,
            "country": place.country if place else None,  # a stand-in's country may not be the name's
            "confidence": round(self.confidence, 3),
            "role": self.role,
            "cue": self.cue,
            "approximate": approximate,
            "near": {"id": point.id, "name": point.name, "kind": point.kind} if approximate else None,
            "reasons": list(self.reasons),
            "candidates": [c.to_record() for c in self.candidates],
        }


@dataclass
class _Span:
    first: int  # token indexes, inclusive
    last: int
    start: int
    end: int
    keys: list[str]  # normalised keys that hit the gazetteer, best first
    cue: Optional[str] = None
    role: str = "location"
    reasons: list[str] = field(default_factory=list)
    score: float = 0.0
    places: list[Place] = field(default_factory=list)
    unknown: Optional[str] = None  # "street" or "place": a name known only by its form
    listed: bool = False  # an item of a list after a plural place word ("the villages of A, B and C")
    short: Optional[tuple] = None  # (full name, country, kind) of a short form ("U.S.", "Ky.")
    within: Optional[Place] = None  # the state or country named right after it ("Paris, Illinois")
    adjective: Optional[PlaceMention] = None  # its first word read as a demonym, if it is rejected


class _Given:
    """Spans someone else recognised in one text (resolve, resolve_all): each span, the spans in
    text order, and the article's focus from all of them, as `recognize` has it."""

    def __init__(self, text: str, spans: dict[tuple[int, int], _Span]) -> None:
        self.text = text
        self.spans = spans
        self.ordered = sorted(spans.values(), key=lambda span: span.start)
        self.index = {(span.start, span.end): i for i, span in enumerate(self.ordered)}
        self.focus = Focus.from_spans(self.ordered)


class PlaceRecognizer:
    """Recognises and resolves place mentions in segmented text, for one gazetteer."""

    def __init__(self, gazetteer: Gazetteer, entity_source=None) -> None:
        self.gazetteer = gazetteer
        # Optional: callable(text, lang) -> [(start, end, label)] from a full spaCy model.
        self.entity_source = entity_source
        self._country_cache: dict[str, Optional[Place]] = {}
        self._event_words: dict = {}
        self._contains_cache: dict[str, bool] = {}
        self._lookup_cache: dict[str, list[Place]] = {}

    # -- public -----------------------------------------------------------------------------

    def recognize(self, doc: Segmented, lang: str) -> list[PlaceMention]:
        table = toponym_table(lang)
        nouns = common_words(lang)
        spans, adjectives = self._find_spans(doc, lang, table, nouns)
        entities = self._entities(doc, lang)
        for span in spans:
            self._score_recognition(span, doc, lang, table, nouns, entities)
        self._document_consistency(spans, doc)
        _near_the_articles_places(spans)
        accepted = [s for s in spans if s.score > ACCEPT_ABOVE]
        adjectives += [s.adjective for s in spans if s.adjective is not None and s.score <= ACCEPT_ABOVE]
        # accepted spans are in text order already (found left to right)
        for span in accepted:
            if span.cue is None and span.places:
                span.cue = _list_cue(doc.text, span, accepted)
        for span, after in zip(accepted, accepted[1:]):
            span.within = _area_after(doc.text, span, after)
        focus = Focus.from_spans(accepted, (a.place.country for a in adjectives if a.place is not None))
        mentions = [self._resolve(span, doc, focus) for span in accepted]
        placed = [(m.start, m.end, m.sentence, m.place) for m in mentions if m.place is not None]
        mentions = [
            _placed_near(m, stand_in(m.start, m.end, m.sentence, placed)) if m.place is None else m
            for m in mentions
        ]
        mentions += adjectives
        return sorted(mentions, key=lambda m: m.start)

    def resolve(
        self, text: str, start: int, end: int, context: Sequence[tuple[int, int]] = (), lang: str = "en"
    ) -> PlaceMention:
        """Resolve a given span (recognition already done, e.g. by an evaluation's gold), in the
        company of the context spans, as `resolve_all` resolves it."""
        given = self._given(text, [*context, (start, end)], lang)
        mention = self._resolve_given(given, (start, end), lang)
        if mention.place is not None:
            return mention
        return self._with_stand_ins(given, {(start, end): mention}, lang)[(start, end)]

    def resolve_all(
        self, text: str, spans: Sequence[tuple[int, int]], lang: str = "en"
    ) -> list[PlaceMention]:
        """Resolve every given span of one text (recognition already done), all in each other's
        company, as `recognize` resolves the spans it finds. A name the gazetteer lacks is drawn
        near a place the others resolve to (a stand-in)."""
        given = self._given(text, spans, lang)
        resolved = {key: self._resolve_given(given, key, lang) for key in given.spans}
        resolved = self._with_stand_ins(given, resolved, lang)
        return [resolved[key] for key in spans]

    def _given(self, text: str, spans: Sequence[tuple[int, int]], lang: str) -> _Given:
        return _Given(text, {key: self._given_span(text[key[0] : key[1]], *key, lang) for key in spans})

    def _with_stand_ins(
        self, given: _Given, resolved: dict[tuple[int, int], PlaceMention], lang: str
    ) -> dict[tuple[int, int], PlaceMention]:
        """`resolved`, each name the gazetteer lacks drawn at its stand-in among all the given
        spans (those not in `resolved` are resolved here)."""
        breaks = [m.end() for m in _SENTENCE_BREAK.finditer(given.text)]
        placed = []
        for key in sorted(given.spans):
            mention = resolved.get(key) or self._resolve_given(given, key, lang)
            if mention.place is not None:
                placed.append((key[0], key[1], bisect_right(breaks, key[0]), mention.place))
        return {
            key: mention
            if mention.place is not None
            else _placed_near(mention, stand_in(key[0], key[1], bisect_right(breaks, key[0]), placed))
            for key, mention in resolved.items()
        }

    def _resolve_given(self, given: _Given, key: tuple[int, int], lang: str) -> PlaceMention:
        start, end = key
        text = given.text
        span = copy(given.spans[key])  # its cue and area are this reading's, not the others'
        at = given.index[key]
        in_order = [*given.ordered[:at], span, *given.ordered[at + 1 :]]
        span.cue = span.cue or _context_cue(text, start, end, lang) or _list_cue(text, span, in_order)
        following = given.ordered[at + 1] if at + 1 < len(given.ordered) else None
        span.within = _area_after(text, span, following) if following is not None else None
        return replace(self._resolve(span, None, given.focus), text=text[start:end])

    def _given_span(self, surface: str, start: int, end: int, lang: str) -> _Span:
        """A span someone else recognised: its keys, with possessive, genitive and demonym forms.

        A demonym (Canadian, Spanish) means its country before any town of that name, and a
        short form (Ky., B.C., NSW, DRC, European) means the state, country or continent it
        abbreviates.
        """
        code = self._demonym_country(surface, lang)
        country = self._country(code) if code else None
        if country is not None:
            span = _Span(0, 0, start, end, [normalize(surface)], score=1.0, reasons=["demonym"])
            span.places = [country]
            return span
        short = expand_short_form(surface, lang)
        if short is not None:
            places = self._short_form_places(short)
            if places:
                span = _Span(0, 0, start, end, self._keys_for(short[0]), score=1.0, reasons=["short form"])
                span.places = places
                return span
        variants = [surface]
        for suffix in ("'s", "’s", "s", "es"):
            if surface.endswith(suffix) and len(surface) - len(suffix) >= 3:
                variants.append(surface[: -len(suffix)])
        keys: list[str] = []
        for variant in variants:
            keys += [k for k in self._keys_for(variant) if self._known(k) and k not in keys]
            if keys:
                break
        cue = None
        if not keys:
            # "Fars Province", "Karak district", "the Province of Fars": the name and a cue word
            bare, cue = _without_cue_word(surface, lang)
            keys = [k for k in self._keys_for(bare) if self._known(k)] if bare else []
        span = _Span(0, 0, start, end, keys, cue=cue if keys else None, score=1.0)
        span.places = self._places(keys)
        if cue is not None:
            # only what the cue word allows: "Red River" is no village called Red
            span.places = [p for p in span.places if fits_cue(p, cue)]
        if not span.places:
            code = self._demonym_country(surface, lang)
            country = self._country(code) if code else None
            if country is not None:
                span.places = [country]
                span.reasons.append("demonym")
        return span

    def _short_form_places(self, short: tuple) -> list[Place]:
        """The places a short form stands for: (full name, country or None, kind)."""
        name, country, kind = short
        return [
            p for p in self._places(self._keys_for(name)) if p.kind == kind and country in (None, p.country)
        ]

    def _demonym_country(self, word: str, lang: str) -> Optional[str]:
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

    # -- finding spans ----------------------------------------------------------------------

    def _known(self, key: str) -> bool:
        """gazetteer.contains with a memory: the same capitalised words recur in every article."""
        known = self._contains_cache.get(key)
        if known is None:
            if len(self._contains_cache) > 200_000:
                self._contains_cache.clear()
            known = self._contains_cache[key] = self.gazetteer.contains(key)
        return known

    def _keys_for(self, surface: str) -> list[str]:
        key = normalize(surface)
        keys = [key] if key else []
        bare = strip_article(key)
        if bare and bare != key:
            keys.append(bare)
        return keys

    def _places(self, keys: Iterable[str]) -> list[Place]:
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

    def _find_spans(self, doc: Segmented, lang: str, table: dict, nouns: frozenset):
        tokens = doc.tokens
        not_places = frozenset(table["not_places"])
        not_place_cues = frozenset(table["not_place_cues"])
        directions = frozenset(table["directions"])
        heads = table["compound_heads"]
        saints = frozenset(table.get("saint_words", ()))
        spans: list[_Span] = []
        adjectives: list[PlaceMention] = []
        skip_run_until = -1  # tokens after an organisation/person cue belong to that name
        i = 0
        while i < len(tokens):
            token = tokens[i]
            saint = self._saint_name(tokens, i, table, nouns) if token.text in saints else None
            if saint is not None:
                spans.append(saint)
                i = saint.last + 1
                continue
            if token.text in not_place_cues:
                skip_run_until = self._name_run_end(tokens, i + 1, nouns)
            if i <= skip_run_until:
                i += 1
                continue
            # (an English direction may begin a name: West Virginia, South Sudan)
            if not token.text[:1].isalpha() or (
                token.text in not_places and not (lang == "en" and token.text in directions)
            ):
                i += 1
                continue
            adjective = (
                self._demonym(token, doc, lang, table) if self._maybe_demonym(token.text, lang) else None
            )
            if adjective is not None and lang == "en":
                # a demonym that begins a name (British Columbia, Dominican Republic) or is a
                # country's own name (the Philippines) is that place, if the name is accepted
                name = self._longest_match(tokens, i, not_places, directions)
                if name is not None and (
                    name.last > i or any(p.kind == "country" for p in self._places(name.keys[:1]))
                ):
                    name.adjective = adjective
                    spans.append(name)
                    i = name.last + 1
                    continue
            if adjective is not None:
                adjectives.append(adjective)
                i += 1
                continue
            if not self._may_start_name(token):
                i += 1
                continue
            span = self._broken_compound(tokens, i, doc)
            if span is None and lang == "de":
                span = self._place_adjective_name(tokens, i, table)
            if span is None and lang == "en":
                span = self._short_form(tokens, i, spans)
            if span is None:
                span = self._longest_match(tokens, i, not_places, directions)
            if span is None:
                span = self._variant_match(token, i, lang, nouns, directions, heads, not_places)
            if span is None:
                span = self._unknown_name(token, i, lang, table, nouns)
            if span is None:
                span = self._unknown_after_cue(tokens, i, lang, table, nouns)
            if span is None and spans:
                span = self._unknown_list_item(tokens, i, lang, table, nouns, spans[-1])
            if span is not None:
                span.listed = _after_plural_cue(tokens, span.first, table) or (
                    bool(spans) and spans[-1].listed and _glued_in_list(tokens, spans[-1], span)
                )
                spans.append(span)
                i = span.last + 1
                continue
            i += 1
        return spans, adjectives

    @staticmethod
    def _may_start_name(token: Token) -> bool:
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

    def _broken_compound(self, tokens: Sequence[Token], i: int, doc: Segmented) -> Optional[_Span]:
        """A hyphenated name broken at a line end ("Mecklenburg- Vorpommern", "Baden-⏎Württemberg")."""
        if i + 2 >= len(tokens) or tokens[i + 1].text != "-" or tokens[i + 1].start != tokens[i].end:
            return None
        second = tokens[i + 2]
        if second.sentence != tokens[i].sentence or not second.text[:1].isupper():
            return None
        if not doc.text[tokens[i + 1].end : second.start].isspace():
            return None  # "Nord - Süd" with spaces on both sides, or glued: read as usual
        keys = [k for k in self._keys_for(tokens[i].text + "-" + second.text) if self._known(k)]
        if not keys:
            return None
        span = _Span(i, i + 2, tokens[i].start, second.end, keys)
        span.reasons.append("name broken at a hyphen")
        return span

    def _known_division(self, span, surface, doc, lang, table, prev, nxt) -> bool:
        """In English, a first-level division of a million people or more (Alberta, Queensland,
        Maharashtra) is known by name like a country, where nothing suggests a person, a firm or
        a word: no capitalised name beside it (Lara Croft, Lin-Manuel Miranda; Alberta Premier is
        fine), not at a sentence's start (Santander reported …) or after "said", no common word
        (Central, Rivers), and a given name (Alberta, Victoria) only after a preposition or "the",
        before a noun, or in a list after another state or country ("Ontario, Alberta and
        Quebec")."""
        words = lower_case_words(lang)
        if lang != "en" or surface.lower() in words:
            return False
        for word in (prev, nxt):
            # a capitalised name beside it (Lara Croft); a capitalised noun is fine (Alberta Premier)
            if word is not None and word.text[:1].isupper() and word.text.lower() not in words:
                return False
        if prev is not None and prev.text.lower() in ("said", "says", "told", "asked"):
            return False  # "…, said Guerrero": the speaker
        if self._sentence_initial(doc.tokens[span.first], doc):
            return False
        if surface in first_names() and not (
            (prev is not None and (prev.text.lower() in table["prepositions"] or prev.text.lower() == "the"))
            or (nxt is not None and nxt.text[:1].isupper())  # a capitalised noun after it: Alberta Premier
            or self._after_listed_division(doc.tokens, span.first)
        ):
            return False
        return any(
            p.kind == "admin1" and self.gazetteer.weight(p) >= _KNOWN_DIVISION_PEOPLE for p in span.places
        )

    def _after_listed_division(self, tokens: Sequence[Token], i: int) -> bool:
        """Whether token i follows a state or country and a comma, "and" or "or"."""
        if (
            i < 2
            or tokens[i - 1].text not in (",", "and", "or")
            or tokens[i - 2].sentence != tokens[i].sentence
        ):
            return False
        before = tokens[i - 2].text
        return before[:1].isupper() and any(
            p.kind in ("admin1", "country") for p in self._places(self._keys_for(before))
        )

    def _short_form(self, tokens: Sequence[Token], i: int, spans: Sequence[_Span]) -> Optional[_Span]:
        """An English short form in running text. A country's ("U.S.", "UK", "DRC") anywhere
        outside a line in capitals. A state's or province's right after a place and a comma
        ("Frankfort, Ky.", "Sydney, NSW"); else only where it cannot be a word, an era or a
        person's initials: three capitals that are no word ("NSW"), or a dotted form after a
        preposition ("in B.C.", but not "753 B.C.", "N.C. Wyeth" or "D.C. Comics")."""
        token = tokens[i]
        sentence = token.sentence
        dotted = i + 1 < len(tokens) and tokens[i + 1].text == "." and tokens[i + 1].start == token.end
        prev = tokens[i - 1] if i > 0 and tokens[i - 1].sentence == sentence else None
        prepositions = toponym_table("en")["prepositions"]
        for surface, last in ((token.text + ".", i + 1), (token.text, i)) if dotted else ((token.text, i),):
            short = expand_short_form(surface, "en")
            if short is None or short[2] == "continent":
                continue
            if surface.lower() in lower_case_words("en") and not surface.isupper():
                continue  # "Me.", "Ore." are no states in running text
            if short[2] == "country":
                if surface.isupper() and self._in_capitals(tokens, i):
                    continue  # "WHAT US SAYS" in a headline
            else:
                nxt = (
                    tokens[last + 1]
                    if last + 1 < len(tokens) and tokens[last + 1].sentence == sentence
                    else None
                )
                after_place = (
                    prev is not None and prev.text == "," and bool(spans) and spans[-1].last == i - 2
                )
                capitals = surface.isupper() and surface.isalpha() and len(surface) >= 3
                dotted_form = "." in surface[:-1]
                if not (
                    after_place
                    or (capitals and surface.lower() not in lower_case_words("en"))  # not ACT, the exam
                    or (
                        dotted_form
                        and prev is not None
                        and prev.text.lower() in prepositions
                        and not (nxt is not None and nxt.text[:1].isupper())
                    )
                ):
                    continue
            span = _Span(i, last, token.start, tokens[last].end, self._keys_for(short[0]), short=short)
            span.reasons.append(f"short form of {short[0]}")
            return span
        return None

    @staticmethod
    def _in_capitals(tokens: Sequence[Token], i: int) -> bool:
        """Whether a word stands among words in capitals (a headline) rather than in running
        text: the two words on either side have no lower-case letter ("WHAT US SAYS"), while
        acronyms in a sentence ("the US and UN agreed") leave lower-case words around them."""
        sentence = tokens[i].sentence
        words = [t.text for t in tokens[i - 1 :: -1] if t.sentence == sentence and t.text[:1].isalpha()][:2]
        words += [t.text for t in tokens[i + 1 :] if t.sentence == sentence and t.text[:1].isalpha()][:2]
        return len(words) >= 2 and not any(c.islower() for word in words for c in word)

    def _longest_match(
        self, tokens: Sequence[Token], i: int, not_places: frozenset, directions: frozenset = frozenset()
    ) -> Optional[_Span]:
        sentence = tokens[i].sentence
        limit = min(len(tokens), i + min(MAX_SPAN_TOKENS, max(self.gazetteer.max_tokens, 1)))
        last = i
        # extend over name-like tokens in the same sentence
        while last + 1 < limit and tokens[last + 1].sentence == sentence:
            nxt = tokens[last + 1].text
            if (
                nxt[:1].isupper()
                or (nxt.lower() in _CONNECTORS and last + 2 < len(tokens))
                or self._may_start_name(tokens[last + 1])
            ):
                last += 1
            else:
                break
        for j in range(last, i - 1, -1):
            if tokens[j].text.lower() in _CONNECTORS and j > i:
                continue
            surface_tokens = tokens[i : j + 1]
            # a direction begins many names (West Virginia, South Sudan), a word like "Osten" ends
            # some (im Nahen Osten, im Mittleren Westen); alone neither is a place
            if any(
                t.text in not_places
                and not (j > i and (t.text in directions or k == len(surface_tokens) - 1))
                for k, t in enumerate(surface_tokens)
            ):
                continue
            surface = " ".join(t.text for t in surface_tokens)
            end = tokens[j].end
            keys = []
            if surface.endswith(("'s", "’s")):
                # an English possessive, before the whole word ("Canada's" is also a key of a
                # name somewhere): "Canada's premier", "New York's mayor"
                keys = [k for k in self._keys_for(surface[:-2]) if self._known(k)]
                end -= 2 if keys else 0
            possessive = bool(keys)
            keys = keys or [k for k in self._keys_for(surface) if self._known(k)]
            # a person's name runs over "von" too (Alexander von Humboldt, a hamlet in Peru): a
            # name with "von" is only a curated place or one where people live (Golf von Aden)
            if (
                keys
                and any(t.text == "von" for t in surface_tokens)
                and not any(curated(p) or p.population >= 1000 for p in self._places(keys))
            ):
                continue
            if keys:
                span = _Span(i, j, tokens[i].start, end, keys)
                if j > i:
                    span.reasons.append("multi-word name")
                if possessive:
                    span.reasons.append("possessive")
                return span
        return None

    def _saint_name(self, tokens, i: int, table: dict, nouns: frozenset) -> Optional[_Span]:
        """A church or a place named after a saint ("St. Moritz", "Sankt Peter", "die St.
        Nikolauskapelle"): the saint word, its dot and the capitalised name after it."""
        j = i + 1
        if tokens[i].text == "St" and j < len(tokens) and tokens[j].text == ".":
            j += 1  # (a sentence splitter may have cut after "St.": the name still follows)
        if j >= len(tokens) or j - i > 2 or not tokens[j].text[:1].isupper():
            return None
        last = j
        if j + 1 < len(tokens) and tokens[j + 1].sentence == tokens[j].sentence:
            nxt = tokens[j + 1].text
            if nxt[:1].isupper() and nxt not in nouns and nxt.isalpha() and not _is_noun(nxt, nouns):
                last = j + 1  # St. Johann Baptist
        name = tokens[last].text
        following = tokens[last + 1] if last + 1 < len(tokens) else None
        if (name.endswith("er") or name in nouns) and following is not None and following.text[:1].isupper():
            return None  # "St. Petersburger Forum", "St. Pauli Fans": an adjective or a modifier
        surface = " ".join(t.text for t in tokens[j : last + 1])
        keys = []
        for saint in ("sankt", "st"):
            keys += [k for k in self._keys_for(f"{saint} {surface}") if self._known(k) and k not in keys]
        span = _Span(i, last, tokens[i].start, tokens[last].end, keys, unknown="saint")
        span.reasons.append("named after a saint")
        return span

    def _place_adjective_name(self, tokens, i: int, table: dict) -> Optional[_Span]:
        """A feature named with the adjective of a place ("Tegeler See", "Frankfurter
        Hauptbahnhof", "Gubener Straße"): an -er word from a known place before a feature noun."""
        word = tokens[i].text
        if (
            not word.endswith("er")
            or len(word) < 5
            or i + 1 >= len(tokens)
            or tokens[i + 1].sentence != tokens[i].sentence
            or tokens[i + 1].text not in table.get("place_adjective_heads", ())
            or word.lower() in lower_case_words("de")
        ):
            return None
        stem = word[:-2]
        # Tegel-er, Lehrte-r, Guben-er / Weitingen → Weitinger, München → Münchner
        stems = (stem, stem + "e", stem + "en", stem[:-1] + "e" + stem[-1:])
        if not any(self._known(k) for s in stems for k in self._keys_for(s)):
            return None
        last = i + 1
        if last + 1 < len(tokens) and tokens[last + 1].text[:1].isdigit() and len(tokens[last + 1].text) <= 4:
            last += 1  # a house number: Gubener Straße 12
        span = _Span(i, last, tokens[i].start, tokens[last].end, [], unknown="feature")
        span.reasons.append(f"{tokens[i + 1].text} named after a place")
        return span

    def _unknown_name(
        self, token: Token, i: int, lang: str, table: dict, nouns: frozenset
    ) -> Optional[_Span]:
        """A name the gazetteer lacks but whose form says "place": a street (…straße, …gasse) or a
        German settlement name (…hausen, …ingen, …dorf) that is no common noun or given name."""
        text = token.text
        if not text[:1].isupper() or "-" in text or text in nouns or text in first_names() or len(text) < 6:
            return None
        lowered = text.lower()
        weak = table.get("street_suffixes_weak", ())
        for kind, suffixes in (
            ("street", table.get("street_suffixes", ())),
            ("place", table.get("place_suffixes", ())),
        ):
            suffix = next((s for s in suffixes if lowered.endswith(s) and len(lowered) > len(s) + 2), None)
            if suffix is None:
                continue
            if _noun_compound(text, nouns, len(suffix) + 1):
                return None  # a longer noun ends the word: Brotverkäufer, Kunstspringen
            modifier = text[: len(text) - len(suffix)]
            if suffix in weak and any(_is_noun(stem, nouns) for stem in _stems(modifier)):
                return None  # a noun before -markt, -platz, -ufer: Arbeitsmarkt, Flugplatz, Ostufer
            span = _Span(i, i, token.start, token.end, [], unknown=kind)
            span.reasons.append(f"{kind} name by its form")
            return span
        return None

    def _unknown_after_cue(self, tokens, i: int, lang: str, table: dict, nouns: frozenset) -> Optional[_Span]:
        """A name the gazetteer lacks, right after a place word or a place preposition ("die
        Gemeinde Pflückuff", "in Mardscha"): a candidate that its context must confirm."""
        token = tokens[i]
        text = token.text
        if lang == "en":
            return self._unknown_after_english_cue(tokens, i, table, nouns)
        if lang != "de" or i == 0 or tokens[i - 1].sentence != token.sentence or len(text) < 4:
            return None
        prev = tokens[i - 1].text
        if not (prev in table["place_cues"] or prev in table.get("name_prepositions", ())):
            return None
        if not _could_be_name(text, lang, table, nouns):
            return None
        span = _Span(i, i, token.start, token.end, [], unknown="name")
        span.reasons.append("unknown name")
        return span

    def _unknown_after_english_cue(self, tokens, i: int, table: dict, nouns: frozenset) -> Optional[_Span]:
        """ "the village of Zuwayqat", "the town of Umm al-Tuyur": a name the gazetteer lacks
        after a place word and "of", with the capitalised words and Arabic articles that follow
        it (but not a known place or a demonym after it: "the village of Sfouk, Iraqi …")."""
        if not _after_cue_of(tokens, i, table):
            return None
        first = tokens[i].text
        arabic = not first[:1].isupper() and self._may_start_name(tokens[i])
        if len(first) < 3 or not (arabic or _could_be_name(first, "en", table, nouns)):
            return None
        if tokens[i - 2].text.lower() not in table["settlement_cues"]:
            return None  # "a camp of Rohingya refugees", "the area of Trump Tower"
        last = i
        while last + 1 < len(tokens) and last + 1 - i < MAX_SPAN_TOKENS:
            nxt = tokens[last + 1]
            if nxt.sentence != tokens[i].sentence or nxt.start > tokens[last].end + 1:
                break
            if nxt.text[:1].isupper() and not (
                _could_be_name(nxt.text, "en", table, nouns)
                and not self._known(normalize(nxt.text))
                and not self._maybe_demonym(nxt.text, "en")
            ):
                break
            if not nxt.text[:1].isupper() and not self._may_start_name(nxt):
                break
            last += 1
        if _before_plural_noun(tokens, last):
            return None  # "the town of Trump supporters": a word used as an adjective
        span = _Span(i, last, tokens[i].start, tokens[last].end, [], unknown="name")
        span.reasons.append("unknown name")
        return span

    def _unknown_list_item(
        self, tokens, i: int, lang: str, table: dict, nouns: frozenset, previous: _Span
    ) -> Optional[_Span]:
        """A name the gazetteer lacks in a list right after a name ("die Dörfer Hokkala,
        Kumpula und Oikari"): a candidate that counts only when the item before it is a place
        (see _document_consistency). After a comma the list must go on after it too, so that
        "in Berlin, Schmidt sagte" stays a person."""
        if previous.last != i - 2 or tokens[i - 1].sentence != tokens[i].sentence:
            return None
        glue = tokens[i - 1].text
        if lang == "en":
            # English lists only after a plural place word: "the villages of Zuwayqat, Sfouk and
            # Hamdan"; elsewhere "in Mosul and Smith said" would make a place of anybody. An item
            # after "and" ends the list: "… Zuwayqat and Sfouk and Reuters could not confirm"
            if not previous.listed or glue not in (",", "and", "or"):
                return None
            if previous.first >= 1 and tokens[previous.first - 1].text in ("and", "or"):
                return None
        elif lang != "de" or glue not in _LIST_WORDS:
            return None
        if glue == ",":
            nxt = (
                tokens[i + 1].text
                if i + 1 < len(tokens) and tokens[i + 1].sentence == tokens[i].sentence
                else "."
            )
            if nxt not in _LIST_WORDS and nxt not in (".", ";", ")", "and", "or"):
                return None
        text = tokens[i].text
        if len(text) < 4 or not _could_be_name(text, lang, table, nouns):
            return None
        if lang == "en" and _before_plural_noun(tokens, i):
            return None
        span = _Span(i, i, tokens[i].start, tokens[i].end, [], unknown="name")
        span.reasons.append("unknown name in a list")
        return span

    def _score_unknown(self, span: _Span, doc: Segmented, lang: str, table: dict) -> float:
        """Unknown names count only with a place word or a preposition before them."""
        tokens = doc.tokens
        sentence = tokens[span.first].sentence
        prev = self._neighbour(tokens, span.first, -1, sentence)
        nxt = self._neighbour(tokens, span.last, +1, sentence)
        # a saint's or a place's name before a feature noun is a name by its form alone
        score = {"street": 1.5, "place": -1.0, "name": -1.0, "saint": 2.0, "feature": 2.0}[span.unknown]
        if span.unknown == "name" and lang == "en" and _after_cue_of(tokens, span.first, table):
            score += 3.5  # "the village of Zuwayqat"
            span.reasons.append(f"after '{tokens[span.first - 2].text} of'")
        elif prev is not None and (
            prev.text.lower() in table["prepositions"] or prev.text in table["place_cues"]
        ):
            # a bare name after "Gemeinde", "Stadt", "Dorf" is that place's name
            score += 3.5 if span.unknown == "name" and prev.text in table["place_cues"] else 1.5
            span.reasons.append(f"after '{prev.text}'")
        if span.unknown == "name":
            text = tokens[span.first].text
            score += self._company(text, lang, span.reasons)
            if nxt is not None and nxt.text[:1].isupper():
                if not _is_noun(nxt.text, common_words(lang)):
                    score -= 2.0  # "in Bedford Falls", "bei Tui Mali": only the start of a name
                elif text.endswith("s"):
                    score -= 2.0  # "bei Wulffs Hochzeitsfeier": a person's genitive
        if self._person_context(tokens, span, doc, common_words(lang), prev, nxt, table["place_cues"], lang):
            score -= 2.5
            span.reasons.append("next to a name")
        if self._sentence_initial(tokens[span.first], doc):
            score -= 1.0
        return score

    def _variant_match(self, token, i, lang, nouns, directions, heads, not_places) -> Optional[_Span]:
        text = token.text
        # German genitive: Euphrats, Iraks, des Irakes
        if lang == "de":
            for cut in ("s", "es"):
                if text.endswith(cut) and len(text) - len(cut) >= 3:
                    keys = [k for k in self._keys_for(text[: -len(cut)]) if self._known(k)]
                    if keys:
                        span = _Span(i, i, token.start, token.end, keys)
                        span.reasons.append("genitive")
                        return span
        if lang == "de" and "-" not in text and text not in nouns:
            # Süditalien, Nordhessen, Ostwestfalen: a direction glued to a region's name
            for direction in directions:
                rest = text[len(direction) :]
                if text.startswith(direction) and len(rest) >= 4 and rest[:1].islower():
                    rest = rest[:1].upper() + rest[1:]
                    if rest in nouns or _is_noun(rest, nouns):
                        break
                    keys = [k for k in self._keys_for(rest) if self._known(k)]
                    if not keys and rest.endswith("s"):
                        keys = [k for k in self._keys_for(rest[:-1]) if self._known(k)]
                    regions = ("country", "continent", "admin1", "region", "sea")
                    if any(p.kind in regions for p in self._places(keys)):
                        span = _Span(i, i, token.start, token.end, keys)
                        span.reasons.append(f"direction prefix {direction}")
                        return span
        if "-" not in text:
            return None
        parts = text.split("-")
        # Nord-Bagdad: a direction prefix before a place
        if parts[0] in directions:
            rest = "-".join(parts[1:])
            keys = [k for k in self._keys_for(rest) if self._known(k)]
            if keys:
                span = _Span(i, i, token.start, token.end, keys)
                span.reasons.append(f"direction prefix {parts[0]}")
                return span
        # Husaybah-Grenzübergang, Anbar-Wüste: a place before a cue noun; US-Armee: a modifier
        head = parts[-1]
        modifier = "-".join(parts[:-1])
        if modifier and modifier not in not_places and head[:1].isupper():
            keys = [k for k in self._keys_for(modifier) if self._known(k)]
            if keys:
                span = _Span(i, i, token.start, token.start + len(modifier), keys)
                if head in heads:
                    span.cue = heads[head]
                    span.reasons.append(f"compound with {head}")
                elif head in nouns:
                    span.role = "adjective"
                    span.reasons.append(f"modifier of {head}")
                elif (
                    lang == "de"
                    and len(parts) == 2
                    and len(head) > 2
                    and len(modifier) > 3
                    and modifier[:1].isupper()
                    and not _is_noun(head, nouns)
                    and place_odds(lang).get(head, 0.0) > -1.5
                ):
                    # Köln-Wahn, Berlin-Kreuzberg, Moskau-Scheremetjewo: a district of a known town
                    span.end = token.end
                    span.reasons.append("district of a known place")
                else:
                    return None
                return span
        return None

    @staticmethod
    def _name_run_end(tokens: Sequence[Token], i: int, nouns: frozenset) -> int:
        """Last index of the capitalised name that follows a person or organisation cue."""
        end = i - 1
        sentence = tokens[i - 1].sentence if i > 0 else -1
        while i < len(tokens) and tokens[i].sentence == sentence:
            text = tokens[i].text
            if text in _OPENERS or text in '„“”"':
                i += 1
                continue
            if PlaceRecognizer._may_start_name(tokens[i]) and text not in nouns:
                end = i
                i += 1
            else:
                break
        return end

    def _demonym(self, token: Token, doc: Segmented, lang: str, table: dict) -> Optional[PlaceMention]:
        text = token.text
        parts = text.split("-")
        # "Syrisch-Arabischen Armee", "Syrischen Demokratischen Kräfte": a demonym inside a
        # proper name is not a mention (German adjectives are capitalised only in names)
        if len(parts) > 1 and parts[-1][:1].isupper():
            return None
        if lang == "de" and text[:1].isupper() and not self._sentence_initial(token, doc):
            return None
        if text not in table["person_demonyms"] and not self._is_demonym(parts[0].lower(), table):
            return None
        code = self._demonym_country(text, lang)
        if code is None:
            return None
        country = self._country(code)
        end = token.start + len(text.split("-")[0]) if "-" in text else token.end
        return PlaceMention(
            text=doc.text[token.start : end],
            start=token.start,
            end=end,
            sentence=token.sentence,
            role="adjective",
            place=country,
            confidence=0.9 if country else 0.0,
            candidates=(Candidate(country, 1.0),) if country else (),
            reasons=("demonym",),
        )

    @staticmethod
    def _maybe_demonym(text: str, lang: str) -> bool:
        forms = _demonym_forms(lang)
        return text in forms or text.split("-")[0].lower() in forms

    @staticmethod
    def _is_demonym(word: str, table: dict) -> bool:
        for ending in table["demonym_endings"]:
            if word.endswith(ending) and word[: len(word) - len(ending)] in table["demonyms"]:
                return True
        return False

    def _country(self, code: str) -> Optional[Place]:
        if code not in self._country_cache:
            finder = getattr(self.gazetteer, "country", None)
            self._country_cache[code] = finder(code) if finder else None
        return self._country_cache[code]

    # -- scoring ----------------------------------------------------------------------------

    def _entities(self, doc: Segmented, lang: str) -> list[tuple[int, int, str]]:
        if self.entity_source is None:
            return []
        return list(self.entity_source(doc.text, lang))

    @staticmethod
    def _sentence_initial(token: Token, doc: Segmented) -> bool:
        sentence = doc.sentences[token.sentence]
        before = doc.text[sentence.start : token.start]
        return all(c in _OPENERS or c.isspace() or c in "-–—•*#" or c.isdigit() or c in ".)" for c in before)

    def _score_recognition(self, span, doc, lang, table, nouns, entities) -> None:
        tokens = doc.tokens
        span.places = self._places(span.keys)
        if span.short is not None:
            span.places = self._short_form_places(span.short)
            span.score = 3.0 if span.places else -1.0
            return
        if not span.places or span.unknown in ("saint", "feature"):
            span.score = self._score_unknown(span, doc, lang, table) if span.unknown else -1.0
            return
        surface = doc.text[span.start : span.end]
        score = -0.5
        reasons = span.reasons
        sentence = tokens[span.first].sentence
        prev = self._neighbour(tokens, span.first, -1, sentence)
        prev2 = self._neighbour(tokens, span.first, -2, sentence) if prev is not None else None
        nxt = self._neighbour(tokens, span.last, +1, sentence)
        cues = table["place_cues"]
        # cue noun right before ("Stadt al-Qaim", "Dorf Suwayyah"), or in apposition with a comma
        cue_word = None
        if prev is not None and prev.text in cues:
            cue_word = prev.text
        elif prev is not None and prev.text == "," and prev2 is not None and prev2.text in cues:
            cue_word = prev2.text
        elif (
            prev is not None
            and prev.text in ("des", "der")
            and prev2 is not None
            and prev2.text in table.get("river_part_words", ())
        ):
            cue_word = prev2.text  # "am östlichen Ufer des Dnipro": the river, not the city
        elif (
            lang == "en"
            and prev is not None
            and prev.text == "of"
            and prev2 is not None
            and prev2.text.lower() in cues
        ):
            cue_word = prev2.text.lower()  # the city of X
        if cue_word is None and nxt is not None and lang == "en" and nxt.text.lower() in cues:
            cue_word = nxt.text.lower()  # X province, X River
        if cue_word is None and nxt is not None and lang == "de" and nxt.text in table["compound_heads"]:
            cue_word = nxt.text
        if cue_word is None and self._dateline(tokens, span, doc):
            score += 2.5
            reasons.append("dateline")
        if cue_word is not None:
            span.cue = (
                span.cue
                or cues.get(cue_word)
                or cues.get(cue_word.lower())
                or table["compound_heads"].get(cue_word)
                or ("river" if cue_word in table.get("river_part_words", ()) else None)
            )
            score += 3.0
            reasons.append(f"cue {cue_word}")
        elif span.cue is not None:
            score += 3.0
        # prepositions: right before, or before a few lower-case words ("vom erst kürzlich wiedereroberten Anah")
        prepositions = table["prepositions"]
        if prev is not None and prev.text.lower() in prepositions:
            # "von" also names an author or an owner (gespielt von Uta, die Aktien von Toyota)
            score += 0.8 if prev.text.lower() in table.get("weak_prepositions", ()) else 1.5
            reasons.append(f"after '{prev.text}'")
        elif self._preposition_in_window(tokens, span.first, sentence, prepositions):
            score += 0.8
            reasons.append("preposition nearby")
        best_population = max(p.population for p in span.places)
        if best_population > 0:
            score += max(-1.5, min(2.5, (math.log10(best_population + 1) - 4.0) * 0.7))
        else:
            score -= 0.5  # GeoNames knows no population for many towns in Iraq and Syria
        # a country, a continent, a river, or a region we know by name (curated, GeoNames); the
        # thousands of worldwide first-level divisions from Natural Earth are no such evidence
        strong = len(surface) > 2 and (
            any(
                p.kind in ("country", "continent", "river", "sea", "lake", "mountain", "island")
                or (p.kind in _STRONG_KINDS and p.source != "naturalearth")
                or (
                    p.kind == "region"
                    and curated(p)
                    and surface not in nouns
                    and surface not in table.get("common_word_regions", ())
                )
                for p in span.places
            )
            or self._known_division(span, surface, doc, lang, table, prev, nxt)
        )
        if strong:
            score += 2.5
            reasons.append("country, region or river")
        if any(curated(p) for p in span.places):
            score += 1.5
            reasons.append("curated place")
        if self._event_sentence(tokens, sentence, span, lang):
            score += 0.7
            reasons.append("sentence reports an event")
        if surface[:3].lower() in _ARABIC_ARTICLES:
            score += 0.5
        if span.last > span.first:
            score += 0.7
            if span.adjective is not None:
                score += 1.5  # a demonym and a name that the gazetteer knows as one: British Columbia
                reasons.append("one name with its demonym")
        if (
            "genitive" in reasons
            and nxt is not None
            and best_population >= 50_000
            and (_is_noun(nxt.text, nouns) or nxt.text.islower())
        ):
            score += 1.0  # "Bremens Bürgermeister", "Hannovers damaliger …": a town that owns
            reasons.append("genitive before a noun")
        company = self._company(surface, lang, reasons)
        if prev is not None and prev.text.lower() in table.get("name_prepositions", ()):
            # a noun needs its article after "nach", "in", "aus" (nach dem Hit); a bare word there
            # is a name, whatever its company elsewhere (nach Hit, in Essen)
            company = max(company, _COMPANY_AFTER_PREPOSITION)
        score += company
        # what speaks against a place
        primary = self._primary_match(span)
        if not primary:
            # a big city's alternate names are mostly its names in other languages (Athen, Rom)
            score -= 0.3 if best_population >= 100_000 else 1.0
            reasons.append("only an alternate name")
        word = surface.split("-")[0]
        if (
            lang == "de"
            and (word in nouns or surface in nouns)
            and not strong
            and self._primary_population(span) < 500_000
        ):
            # a German noun is a place only when a big place bears it as its own name (Essen)
            score -= 3.0
            reasons.append("common noun")
        lower = lower_case_words(lang)
        initial = self._sentence_initial(tokens[span.first], doc)
        if (
            lang == "de"
            and (surface.lower() in lower or normalize(surface) in lower)
            and (not strong or initial)
        ):
            score -= 3.0  # "Der", "Bei", "Man": function words capitalised in titles and at starts
            reasons.append("function word")
        if lang != "de" and surface.lower() in nouns and not strong:
            score -= 2.0 if self._sentence_initial(tokens[span.first], doc) else 1.0
            reasons.append("common word")
        if self._sentence_initial(tokens[span.first], doc):
            score -= 0.5
        # (a word that ends an organisation's name may also run on into a place: Financial
        # Times Deutschland, Deutsche Bank Luxemburg)
        # a title may end in an abbreviation's dot: "Mr. Bolton", "Gen. Mattis"
        title = prev2 if prev is not None and prev.text == "." and prev2 is not None else prev
        if (
            title is not None
            and (title.text in table["not_place_cues"] or title.text in table["not_place_after"])
        ) or (nxt is not None and nxt.text in table["not_place_after"]):
            score -= 4.0
            reasons.append("organisation or person context")
        elif surface in first_names() and not strong and best_population < 100_000 and cue_word is None:
            score -= 1.5  # David, Uta, Sophia: given names that are also small towns somewhere
            reasons.append("a given name")
        elif self._person_context(tokens, span, doc, nouns, prev, nxt, cues, lang):
            score -= 2.5
            reasons.append("next to a name")
        elif (lang == "de" and self._inside_name(tokens, span, doc, table, nouns, prev, nxt)) or (
            self._arabic_name_tail(surface, prev, doc, lang, table, nouns)
        ):
            score -= 3.5
            reasons.append("part of a longer name")
        if surface.isupper() and len(surface) <= 3 and not strong:
            score -= 1.0
        if any(c.isdigit() for c in surface) and cue_word is None and span.cue is None:
            score -= 2.0
        for e_start, e_end, label in entities:
            if e_start <= span.start and span.end <= e_end:
                if label in ("LOC", "GPE", "FAC"):
                    score += 2.5
                    reasons.append(f"model {label}")
                elif label in ("PER", "PERSON", "ORG", "NORP"):
                    score -= 2.0
                    reasons.append(f"model {label}")
        span.score = score

    def _dateline(self, tokens, span: _Span, doc: Segmented) -> bool:
        """A news dateline: the place that opens a report, before the agency ("Nürnberg (dpa)")."""
        j = span.last + 1
        if not self._sentence_initial(tokens[span.first], doc) or j + 2 >= len(tokens):
            return False
        opening, agency, closing = tokens[j], tokens[j + 1], tokens[j + 2]
        return (
            opening.text == "("
            and closing.text == ")"
            and agency.text.isalpha()
            and len(agency.text) <= 5
            and (agency.text.islower() or agency.text.isupper())
        )

    @staticmethod
    def _company(surface: str, lang: str, reasons: list[str]) -> float:
        """Evidence from the words a name keeps company with in German text at large (Brown
        clusters): "Torgau" is used like town names, "Büro" like nouns, "Müller" like surnames."""
        odds = place_odds(lang).get(surface)
        if odds is None:
            return 0.0
        if odds >= 0:
            reasons.append("used like place names")
        elif odds <= -2:
            reasons.append("used like other words")
        return max(_COMPANY_MIN, min(_COMPANY_MAX, _COMPANY_WEIGHT * odds))

    def _event_sentence(self, tokens, sentence: int, span: _Span, lang: str) -> bool:
        """Does the span's sentence hold an event word (erobert, drangen …) outside the span?"""
        cache = self._event_words
        if cache.get("tokens") is not tokens:
            words = trigger_words(lang)
            found: dict[int, list[int]] = {}
            for i, token in enumerate(tokens):
                if token.text.lower() in words:
                    found.setdefault(token.sentence, []).append(i)
            cache.clear()
            cache.update(tokens=tokens, found=found)
        return any(not span.first <= i <= span.last for i in cache["found"].get(sentence, ()))

    @staticmethod
    def _primary_population(span: _Span) -> int:
        """The population of the largest candidate whose own name (not an alternate) is the text."""
        own = [
            p.population
            for p in span.places
            if any(key in (normalize(p.name), strip_article(normalize(p.name))) for key in span.keys)
        ]
        return max(own, default=0)

    @staticmethod
    def _primary_match(span: _Span) -> bool:
        """The text is a candidate's own name (or a known exonym, or its own name in German
        transliteration: Wuhledar for Vuhledar), not one of its many alternates."""
        known = exonyms()
        for key in span.keys:
            if key in known:
                return True
            for place in span.places:
                if curated(place) or key in own_keys(place):
                    return True  # every name of a curated place is its own (Gaza-Streifen)
        return False

    @staticmethod
    def _neighbour(tokens, index, step, sentence) -> Optional[Token]:
        j = index + step
        if step < 0:
            while j >= 0 and tokens[j].text in _OPENERS and tokens[j].sentence == sentence:
                j -= 1
        if 0 <= j < len(tokens) and tokens[j].sentence == sentence:
            return tokens[j]
        return None

    @staticmethod
    def _preposition_in_window(tokens, first, sentence, prepositions, window: int = 4) -> bool:
        j = first - 1
        steps = 0
        while j >= 0 and tokens[j].sentence == sentence and steps < window:
            text = tokens[j].text
            if text.lower() in prepositions:
                return True
            if text[:1].isupper() or not text[:1].isalpha():
                return False
            j -= 1
            steps += 1
        return False

    def _arabic_name_tail(self, surface: str, prev, doc, lang, table, nouns) -> bool:
        """A name that begins with a lower-case Arabic article right after an unknown capitalised
        word is the end of a longer name: a person's (Muktada al-Sadr) or a place's the
        gazetteer lacks (Amiriyat al-Falludscha is not Fallujah, Maarat al-Numan not Numan in
        Nigeria)."""
        if prev is None or surface[:3] not in _ARABIC_ARTICLES or not prev.text[:1].isupper():
            return False
        if doc.text[prev.end : prev.end + 1] != " " or not prev.text.isalpha():
            return False
        word = prev.text
        if word in table["place_cues"] or word in table["compound_heads"] or _is_noun(word, nouns):
            return False
        return word.lower() not in lower_case_words(lang) and not self._known(normalize(word))

    def _inside_name(self, tokens, span, doc, table, nouns, prev, nxt) -> bool:
        """A German text capitalises nouns and names only: a place between other capitalised words
        that are neither nouns nor places is part of a longer name (Inter Mailand, TU Berlin,
        Chicago Bulls, Financial Times Deutschland)."""
        odds = place_odds("de")
        lower = lower_case_words("de")

        def name_word(token: Token) -> bool:
            text = token.text
            if not text[:1].isupper() or _is_noun(text, nouns) or text.lower() in lower:
                return False
            if text in table["place_cues"] or text in table["compound_heads"] or text in table["not_places"]:
                return False
            if text in first_names() or (odds.get(text, 0.0) >= 0.0 and not text.isupper()):
                return False
            return not self._known(normalize(text)) or (text.isupper() and len(text) <= 4)

        # (a genitive follows the noun it belongs to: "Einfluss Chinas", "Gerichtshof Kanadas")
        if (
            prev is not None
            and "genitive" not in span.reasons
            and name_word(prev)
            and not self._sentence_initial(prev, doc)
        ):
            return True
        # (a genitive name goes before what it owns: "Bremens Bürgermeister", "Wetzlars Coach")
        return nxt is not None and "genitive" not in span.reasons and name_word(nxt)

    def _person_context(self, tokens, span, doc, nouns, prev, nxt, cues, lang) -> bool:
        """A given name next to the candidate (Michael Jackson, Lars Müller, George W. Bush), or
        the candidate is a given name followed by a capitalised word (Paris Hilton)."""
        names = first_names()
        lower = lower_case_words(lang)
        if prev is not None and prev.text in names and prev.text.lower() not in lower:
            return True  # (not "In", "Der": given names somewhere, but function words here)
        if prev is not None and prev.text == "." and span.first >= 3:
            initial, given = tokens[span.first - 2], tokens[span.first - 3]
            if len(initial.text) == 1 and initial.text.isupper() and given.text in names:
                return True
        if prev is not None and prev.text == "von" and span.first >= 2:
            # a nobiliary "von" after a given name or a title: Otto von Bismarck, Freiherr von Stein
            before = tokens[span.first - 2]
            titles = toponym_table(lang).get("nobility_titles", ())
            if before.sentence == prev.sentence and (
                (before.text in names and before.text.lower() not in lower) or before.text in titles
            ):
                return True
        surface = doc.text[span.start : span.end]
        return (
            surface in names
            and nxt is not None
            and nxt.text[:1].isupper()
            and nxt.text not in nouns
            and nxt.text not in cues
            and not self.gazetteer.contains(normalize(nxt.text))
        )

    @staticmethod
    def _document_consistency(spans: list[_Span], doc: Segmented) -> None:
        """A name read confidently once is the same name elsewhere in the article, and a name
        coordinated with a place ("in Tel Afar und Hawijah") or on a route to one ("von Hit nach
        Haditha") is likely a place too."""
        confident = {key for s in spans if s.score >= 1.0 for key in s.keys[:1]}
        by_last = {s.last: s for s in spans}
        by_first = {s.first: s for s in spans}
        tokens = doc.tokens
        for span in spans:
            if span.score > 0 or "common noun" in span.reasons or "function word" in span.reasons:
                continue
            if span.keys and span.keys[0] in confident:
                span.score += 1.5
                span.reasons.append("named elsewhere in the article")
            before = by_last.get(span.first - 2)
            if (
                before is not None
                and before.score > 0
                and tokens[span.first - 1].text.lower() in _COORDINATORS
            ):
                span.score += 2.0
                span.reasons.append(f"coordinated with {doc.text[before.start : before.end]}")
            after = by_first.get(span.last + 2)
            if (
                after is not None
                and after.score > 0
                and span.first > 0
                and tokens[span.first - 1].text.lower() in _ROUTE_STARTS
                and tokens[span.last + 1].text.lower() in _ROUTE_ENDS
            ):
                span.score += 2.0  # "von Hit nach Haditha": the start of a route to a place
                span.reasons.append(f"route to {doc.text[after.start : after.end]}")

    # -- resolution -------------------------------------------------------------------------

    def _resolve(self, span: _Span, doc: Optional[Segmented], focus: Focus) -> PlaceMention:
        scored = rank_candidates(span.places, span.cue, focus, span.keys, span.within)
        best = scored[0].place if scored else None
        share = confidence_share(scored)
        recognition = 1.0 / (1.0 + math.exp(-span.score))
        sentence = doc.tokens[span.first].sentence if doc is not None else 0
        text = doc.text[span.start : span.end] if doc is not None else ""
        reasons = tuple(span.reasons)
        area = span.within
        if (
            area is not None
            and best is not None
            and all(c.place.country != area.country for c in scored)
            and focus.country_share(area.country, span.keys) >= _AREA_COUNTRY_SHARE
        ):
            # "Stroud, Ontario" in an article about Canada: the text puts it where no candidate
            # lies (Stroud, England is no answer); it is drawn like a name the gazetteer lacks.
            # Where the article is about elsewhere, the comma more likely ends a list item.
            best = None
            reasons += (f"no place of this name in {area.name} in the gazetteer",)
        return PlaceMention(
            text=text,
            start=span.start,
            end=span.end,
            sentence=sentence,
            role=span.role,
            place=best,
            confidence=recognition * share,
            candidates=tuple(scored[:MAX_CANDIDATES]),
            cue=span.cue,
            reasons=reasons,
        )


_AREA_COUNTRY_SHARE = 0.5
_ARABIC_ARTICLES = frozenset({"al-", "el-", "ar-", "as-", "ad-", "an-", "at-", "az-"})

# A doubtful name with a settlement of that name near a place the article names confidently
# ("Duma, Harasta und Kafr Batna" in an article about Ost-Ghuta): evidence by distance.
_ANCHOR_SCORE = 1.0
_NEAR_ANCHOR = ((25.0, 1.5), (75.0, 1.0))  # (km, evidence)
_NEAR_ANCHOR_FLOOR = -2.0  # below this a name is a word, however near (Ende, Platz)


def _near_the_articles_places(spans: list) -> None:
    """Raise a doubtful name whose settlement lies near a place the article names confidently
    (its best reading alone): small towns of a war zone named without a preposition or a cue."""
    anchors = []
    for span in spans:
        if span.score >= _ANCHOR_SCORE and span.places:
            best = rank_candidates(span.places, span.cue, Focus(), span.keys)[0].place
            if best.kind in POINT_KINDS or best.kind == "region":
                anchors.append((span.keys[:1], best))
    if not anchors:
        return
    for span in spans:
        if not (_NEAR_ANCHOR_FLOOR < span.score <= ACCEPT_ABOVE + 1.0) or not span.places:
            continue
        if "common noun" in span.reasons or "function word" in span.reasons:
            continue
        best_km, anchor = min(
            (
                (distance_km(p.lat, p.lon, a.lat, a.lon), a)
                for p in span.places
                if p.kind in ("city", "town", "village")
                for keys, a in anchors
                if keys != span.keys[:1]
            ),
            default=(math.inf, None),
            key=lambda item: item[0],
        )
        for km, evidence in _NEAR_ANCHOR:
            if best_km <= km:
                span.score += evidence
                span.reasons.append(f"a place of this name {best_km:.0f} km from {anchor.name}")
                break


# Cue words that may be read off a given name: settlements and divisions, not "Camp David",
# "Red River" or "Border Crossing", whose cue word is part of another kind of name.
_DIVISION_CUE_KINDS = frozenset({"city", "town", "village", "admin1", "admin2", "region"})


def _without_cue_word(surface: str, lang: str) -> tuple[Optional[str], Optional[str]]:
    """A name with a cue word before or after it, without the word, and the kind the word asks
    for: "Fars Province" → ("Fars", "admin1"); "Provinz Anbar", "the state of Ohio" alike."""
    cues = {
        word: kind for word, kind in toponym_table(lang)["place_cues"].items() if kind in _DIVISION_CUE_KINDS
    }
    words = surface.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2:
        return None, None
    first, last = words[0], words[-1]
    if last in cues or last.lower() in cues:
        return " ".join(words[:-1]), cues.get(last) or cues.get(last.lower())
    if first in cues or first.lower() in cues:
        rest = words[2:] if words[1] == "of" else words[1:]
        if rest:
            return " ".join(rest), cues.get(first) or cues.get(first.lower())
    return None, None


_APPOSITION = re.compile(r"\s*,\s*")


def _area_after(text: str, span, after) -> Optional[Place]:
    """The state or country that follows a span after a comma: "Paris, Illinois", "Richmond,
    Virginia", "Mosul, Iraq". Each name is read for what it means alone: the first must not
    itself be a state or country ("Oregon, Utah" is a list), the second must be one ("Baghdad,
    Basra" is a list of towns)."""
    if not span.places or not after.places or not _APPOSITION.fullmatch(text[span.end : after.start]):
        return None
    alone = rank_candidates(span.places, span.cue, Focus(), span.keys)[0].place
    areas = [c.place for c in rank_candidates(after.places, None, Focus(), after.keys)]
    if alone.kind in ("admin1", "country", "continent") or areas[0].kind not in ("admin1", "country"):
        return None
    # the second name as the area that holds the first: "Atlanta, Georgia" is the state
    holding = [
        area
        for area in areas
        if area.kind in ("admin1", "country") and any(lies_within(place, area) for place in span.places)
    ]
    return holding[0] if holding else areas[0]


def stand_in(
    start: int, end: int, sentence: int, placed: Sequence[tuple[int, int, int, Place]]
) -> Optional[Place]:
    """Where to draw a name the gazetteer lacks at [start, end) in `sentence`: the
    settlement (or other point place) named nearest to it in its sentence ("the village of
    Zuwayqat near Rawa"); else the one the article names last before it, else first after it,
    among those in the country its sentence names, if it names one. `placed` holds (start, end,
    sentence, place) of the article's resolved names in text order.

    A cathedral, a hospital, a street or a hamlet is named in an article about the town it is
    in ("St. Mark's Cathedral in Abbassiya, Cairo"), so that town is the best point we have, and
    the mention is flagged approximate. A country's, a state's or a river's point is no such
    place: then the name stays unplaced, as a wrong point is worse than none.
    """
    points = [(at, to, where, place) for at, to, where, place in placed if place.kind in POINT_KINDS]
    same = [
        (at - end if at >= end else start - to, place) for at, to, where, place in points if where == sentence
    ]
    if same:
        return min(same, key=lambda item: item[0])[1]
    countries = {
        place.country
        for _at, _to, where, place in placed
        if where == sentence and place.kind in ("country", "admin1") and place.country
    }
    fitting = [
        (at, place) for at, _to, _where, place in points if not countries or place.country in countries
    ]
    before = [place for at, place in fitting if at < start]
    after = [place for at, place in fitting if at > start]
    return before[-1] if before else (after[0] if after else None)


# Where a sentence ends in plain text (for spans given without our segmentation).
_SENTENCE_BREAK = re.compile(r"[.!?]\s+|\n\s*\n")


def _placed_near(mention: PlaceMention, near: Optional[Place]) -> PlaceMention:
    """The mention drawn at `near` (a stand-in for a name the gazetteer lacks), with the reason."""
    if near is None or mention.role != "location":
        return mention
    reason = f"not in the gazetteer: drawn at {near.name}, the nearest place the article names"
    return replace(mention, near=near, reasons=(*mention.reasons, reason))


_WORD = re.compile(r"[^\W\d_]+|[,(]", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?;]\s")


def _context_cue(text: str, start: int, end: int, lang: str) -> Optional[str]:
    """The kind a cue word around a given span asks for: "the state of Washington", "Washington
    state", "Provinz Anbar" (the same cue positions recognition reads, on plain text)."""
    cues = toponym_table(lang)["place_cues"]
    # only words of the name's own sentence: "… across the state. Washington officials …" is no cue
    before = _WORD.findall(_SENTENCE_END.split(text[max(0, start - 40) : start])[-1])[-2:]
    after = _WORD.findall(_SENTENCE_END.split(text[end : end + 20])[0])[:1]
    word = None
    if before and before[-1] in cues:
        word = before[-1]
    elif len(before) == 2 and before[-1] == "of" and before[0].lower() in cues:
        word = before[0].lower()
    elif after and lang == "en" and after[0].lower() in cues:
        word = after[0].lower()
    if word is None:
        return None
    return cues.get(word) or cues.get(word.lower())


# What may stand between two items of a list of names: a comma, "and", "or" (German too).
_LIST_GLUE = re.compile(r"\s*(?:,|(?:,\s*)?\b(?:and|or|und|oder)\b)\s*")
_LIST_JOINS = re.compile(r"\b(?:and|or|und|oder)\b")


def _list_cue(text: str, span, ordered: Sequence) -> Optional[str]:
    """ "admin1" when the span is an item of a list of states ("Utah, Washington and Wisconsin").

    `ordered` holds the text's spans, the span among them, in text order. A list has three items
    or more, or two joined by "and": "London, Ontario" (a town and its state) is not a list. The
    others' kinds are what each of them most likely means alone.
    """
    at = next(i for i, item in enumerate(ordered) if item is span)

    def glued(a, b) -> bool:
        return _LIST_GLUE.fullmatch(text[a.end : b.start]) is not None

    first = last = at
    while first > 0 and glued(ordered[first - 1], ordered[first]):
        first -= 1
    while last < len(ordered) - 1 and glued(ordered[last], ordered[last + 1]):
        last += 1
    items = ordered[first : last + 1]
    joined = any(_LIST_JOINS.search(text[a.end : b.start]) for a, b in zip(items, items[1:]))
    if len(items) < 3 and not (len(items) == 2 and joined):
        return None
    alone = [
        rank_candidates(item.places, None, Focus(), item.keys)[0].place
        for item in items
        if item is not span and item.places
    ]
    states = {place.country for place in alone if place.kind == "admin1"}
    # states of one country as the others' ("Al-Baida und Susa" in Libya are no list of states
    # because Şuşa is a district of Azerbaijan)
    if (
        alone
        and sum(place.kind == "admin1" for place in alone) * 2 > len(alone)
        and any(place.kind == "admin1" and place.country in states for place in span.places)
    ):
        return "admin1"
    return None


def _after_cue_of(tokens, i: int, table: dict) -> bool:
    """Whether token i follows an English place word and "of" ("the village of", "towns of")."""
    return (
        i >= 2
        and tokens[i - 1].text == "of"
        and tokens[i - 2].text.lower() in table["place_cues"]
        and tokens[i - 2].sentence == tokens[i].sentence
    )


def _after_plural_cue(tokens, i: int, table: dict) -> bool:
    """Whether token i starts an English list after a plural place word and "of" ("the villages
    of"; only the English table has plural_cues: German lists are read by their glue words)."""
    return _after_cue_of(tokens, i, table) and tokens[i - 2].text.lower() in table.get("plural_cues", ())


def _before_plural_noun(tokens, last: int) -> bool:
    """Whether an English name ends right before a lower-case plural noun ("Trump supporters",
    "Rohingya refugees"): then it describes the noun and names no place."""
    if last + 1 >= len(tokens) or tokens[last + 1].sentence != tokens[last].sentence:
        return False
    word = tokens[last + 1].text
    return word.isalpha() and word.islower() and word.endswith("s") and word not in _NOT_PLURAL_NOUNS


# Lower-case words in -s that follow a name without being nouns it describes.
_NOT_PLURAL_NOUNS = frozenset(
    {"is", "was", "has", "as", "its", "this", "his", "hers", "us", "across", "towards"}
)


def _glued_in_list(tokens, previous, span) -> bool:
    """Whether `span` follows `previous` in a list: only a comma, "and", "or" between them."""
    between = [t.text.lower() for t in tokens[previous.last + 1 : span.first]]
    return 1 <= len(between) <= 2 and all(word in _COORDINATORS for word in between)


def _could_be_name(text: str, lang: str, table: dict, nouns: frozenset) -> bool:
    """Whether a word the gazetteer lacks may be a place's name: capitalised (not an acronym),
    letters and hyphens only, and no listed non-place, given name, lower-case word or noun."""
    return not (
        not text[:1].isupper()
        or text.isupper()
        or not text.replace("-", "").isalpha()
        or text in table["not_places"]
        or text in first_names()
        or text.lower() in lower_case_words(lang)
        or _is_noun(text.split("-")[-1], nouns)
    )


# Brown-cluster log odds at or below this mark words used like nouns (Büro, Polizei, Tickets);
# names of people, firms and article-taking countries stay above it (Müller, Siemens, Irak).
_NOUN_ODDS = -3.5


def _noun_like(word: str, nouns: frozenset) -> bool:
    return word in nouns or place_odds("de").get(word, 0.0) <= _NOUN_ODDS


@lru_cache(maxsize=65536)
def _noun_compound(word: str, nouns: frozenset, longer: int = 0) -> bool:
    """Is the word a compound whose last part is a German noun (Raketenbeschuss, Gräberfeld)?

    With `longer`, only a last part that long or longer counts (Brotverkäufer ends in
    Verkäufer, not only in Ufer)."""
    for cut in range(3, len(word) - 2):
        head = word[cut:]
        if len(head) >= max(4, longer) and _noun_like(head[:1].upper() + head[1:], nouns):
            return True
    return False


def _stems(modifier: str) -> list[str]:
    """The first part of a compound with and without its linking letters (Arbeits, Arbeit)."""
    stems = [modifier]
    for linker in ("es", "s", "en", "n", "e"):
        if modifier.endswith(linker) and len(modifier) - len(linker) >= 3:
            stems.append(modifier[: -len(linker)])
    return stems


def _is_noun(word: str, nouns: frozenset) -> bool:
    """A German common noun: in the word list, or a compound that ends in one."""
    word = word[:1].upper() + word[1:]
    return _noun_like(word, nouns) or (len(word) >= 7 and word.isalpha() and _noun_compound(word, nouns))


@cache
def _demonym_forms(lang: str) -> frozenset[str]:
    """Every written form of the language's demonyms (irakisch, irakische …, Iraker), so the
    full check is skipped for the thousands of words that are none of them."""
    table = toponym_table(lang)
    forms = set(table["person_demonyms"])
    for stem in table["demonyms"]:
        forms.update(stem + ending for ending in table["demonym_endings"])
    return frozenset(forms)
