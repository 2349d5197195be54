"""Stage 1 of place recognition: candidate spans. Every stretch of an article that may name a
place — a gazetteer name (longest first), a German genitive (Euphrats), a hyphen compound
(Husaybah-Grenzübergang, Nord-Bagdad), a short form (U.S., Ky.), a name after a saint, a name
the gazetteer lacks whose form or cue says "place" — and the demonyms (irakische → Iraq).
Whether a span is a place is decided later, from its evidence (evidence.py)."""

from __future__ import annotations

from typing import Optional, Sequence

from ..language.lexicon import first_names, lower_case_words, place_odds, table_set, toponym_table
from ..language.text import Segmented, Token
from .gazetteer import distance_km
from .lookup import GazetteerLookup
from .mentions import Candidate, PlaceMention
from .names import normalize
from .quarter_words import (
    QUARTER_FAR_KM,
    numbered_hill,
    town_start_after,
    unknown_quarter,
)
from .resolution import curated, expand_short_form
from .skeletons import HEAD_WORDS
from .span import Span
from .words import (
    CONNECTORS,
    COORDINATORS,
    LIST_WORDS,
    MAX_SPAN_TOKENS,
    OPENERS,
    after_cue_of,
    after_plural_cue,
    before_plural_noun,
    could_be_name,
    foreign_word,
    glued_in_list,
    is_demonym,
    is_noun,
    may_start_name,
    maybe_demonym,
    name_cue,
    noun_compound,
    sentence_initial,
    stems,
)

_UNSEEN = object()  # no answer kept yet (None is an answer)


class CandidateFinder:
    """Finds the candidate spans and demonyms of one segmented article."""

    def __init__(self, lookup: GazetteerLookup) -> None:
        self.lookup = lookup
        self._names_in_runs: dict[tuple, Optional[tuple]] = {}  # _longest_match's, by run of words
        self._formless: set[tuple] = set()  # words no variant of a name and of no place's form

    def find(self, doc: Segmented, lang: str, table: dict, nouns: frozenset):
        tokens = doc.tokens
        not_places = table_set(table, "not_places")
        not_place_cues = table_set(table, "not_place_cues")
        directions = table_set(table, "directions")
        heads = table["compound_heads"]
        saints = frozenset(table.get("saint_words", ()))
        spans: list[Span] = []
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
            # (a cue word not in the list is capitalised: the lower-case words skip the question)
            if token.text in not_place_cues or (token.text[:1].isupper() and name_cue(token.text, table)):
                titled = unknown_quarter(tokens, i, table, nouns, doc.text) if lang == "en" else None
                if titled is not None:  # "captured Sheikh Saeed in Aleppo": a quarter, not a sheikh
                    spans.append(titled)
                    i = titled.last + 1
                    continue
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
            adjective = self._demonym(token, doc, lang, table) if maybe_demonym(token.text, lang) else None
            if adjective is not None and lang == "en":
                # a demonym that begins a name (British Columbia, Dominican Republic) or is a
                # country's own name (the Philippines) is that place, if the name is accepted
                name = self._longest_match(tokens, i, not_places, directions)
                if name is not None and (
                    name.last > i or any(p.kind == "country" for p in self.lookup.places(name.keys[:1]))
                ):
                    name.adjective = adjective
                    spans.append(name)
                    i = name.last + 1
                    continue
            if adjective is not None:
                adjectives.append(adjective)
                i += 1
                continue
            if not may_start_name(token):
                i += 1
                continue
            span = self._broken_compound(tokens, i, doc)
            if span is None and lang == "de":
                span = self._place_adjective_name(tokens, i, table)
            if span is None and lang == "en":
                span = self._short_form(tokens, i, spans)
            if span is None and spans:
                span = self._two_word_list_item(tokens, i, lang, table, nouns, spans[-1])
            if span is None:
                span = numbered_hill(tokens, i) if lang == "en" else None
                span = span or self._longest_match(tokens, i, not_places, directions)
                quarter = unknown_quarter(tokens, i, table, nouns, doc.text) if lang == "en" else None
                if quarter is not None and (
                    span is None or span.last < quarter.last or self._only_far(span, tokens, doc.text)
                ):
                    span = quarter  # "the Bustan Qasr neighbourhood": one name; "Sinaa in Raqqa": a quarter
                if span is not None and lang == "en":
                    span = self._foreign_name_after_cue(tokens, span, table, nouns) or span
                if span is not None and span.last == i:
                    span = self._slavic_pair(tokens, i, table, nouns) or span
            # a word's variants and form depend on the word alone: most capitalised words are
            # neither, and the same words recur, so the words found neither are kept
            formless = (token.text, lang, not_places, nouns)
            if span is None and formless not in self._formless:
                span = self._variant_match(token, i, lang, nouns, directions, heads, not_places)
                if span is None:
                    span = self._unknown_name(token, i, lang, table, nouns)
                if span is None:
                    if len(self._formless) > 200_000:
                        self._formless.clear()
                    self._formless.add(formless)
            if span is None:
                span = self._unknown_after_cue(tokens, i, lang, table, nouns)
            if span is None and spans:
                span = self._unknown_list_item(tokens, i, lang, table, nouns, spans[-1])
            if span is not None:
                span.listed = after_plural_cue(tokens, span.first, table) or (
                    bool(spans) and spans[-1].listed and glued_in_list(tokens, spans[-1], span)
                )
                spans.append(span)
                i = span.last + 1
                continue
            i += 1
        return spans, adjectives

    def _broken_compound(self, tokens: Sequence[Token], i: int, doc: Segmented) -> Optional[Span]:
        """A hyphenated name broken at a line end ("Mecklenburg- Vorpommern", "Baden-⏎Württemberg")."""
        if i + 2 >= len(tokens) or tokens[i + 1].text != "-" or tokens[i + 1].start != tokens[i].end:
            return None
        second = tokens[i + 2]
        if second.sentence != tokens[i].sentence or not second.text[:1].isupper():
            return None
        if not doc.text[tokens[i + 1].end : second.start].isspace():
            return None  # "Nord - Süd" with spaces on both sides, or glued: read as usual
        keys = self.lookup.known_keys(tokens[i].text + "-" + second.text)
        if not keys:
            return None
        span = Span(i, i + 2, tokens[i].start, second.end, keys)
        span.reasons.append("name broken at a hyphen")
        return span

    def _short_form(self, tokens: Sequence[Token], i: int, spans: Sequence[Span]) -> Optional[Span]:
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
            span = Span(i, last, token.start, tokens[last].end, self.lookup.keys_for(short[0]), short=short)
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
    ) -> Optional[Span]:
        sentence = tokens[i].sentence
        limit = min(len(tokens), i + min(MAX_SPAN_TOKENS, max(self.lookup.gazetteer.max_tokens, 1)))
        last = i
        # extend over name-like tokens in the same sentence
        while last + 1 < limit and tokens[last + 1].sentence == sentence:
            nxt = tokens[last + 1].text
            if (
                nxt[:1].isupper()
                or (nxt.lower() in CONNECTORS and last + 2 < len(tokens))
                or may_start_name(tokens[last + 1])
            ):
                last += 1
            else:
                break
        # every capitalised word of every article is asked, and the same runs of words recur:
        # the name found in a run of words is kept (it depends on nothing but the words)
        words = tuple(t.text for t in tokens[i : last + 1])
        memo = (words, not_places, directions)
        found = self._names_in_runs.get(memo, _UNSEEN)
        if found is _UNSEEN:
            if len(self._names_in_runs) > 200_000:
                self._names_in_runs.clear()
            found = self._names_in_runs[memo] = self._name_in_run(words, not_places, directions)
        if found is None:
            return None
        j, keys, possessive = found
        span = Span(i, i + j, tokens[i].start, tokens[i + j].end - (2 if possessive else 0), list(keys))
        if j > 0:
            span.reasons.append("multi-word name")
        if possessive:
            span.reasons.append("possessive")
        return span

    def _name_in_run(
        self, words: tuple[str, ...], not_places: frozenset, directions: frozenset
    ) -> Optional[tuple[int, tuple[str, ...], bool]]:
        """The longest name a run of words begins with: (its last word's place in the run, its
        known keys, whether it is an English possessive), or None."""
        # most runs hold no word of not_places: then no surface needs the check below
        some_not_place = any(word in not_places for word in words)
        for j in range(len(words) - 1, -1, -1):
            if words[j].lower() in CONNECTORS and j > 0:
                continue
            surface_words = words[: j + 1]
            # a direction begins many names (West Virginia, South Sudan), a word like "Osten" ends
            # some (im Nahen Osten, im Mittleren Westen); alone neither is a place
            if some_not_place and any(
                word in not_places and not (j > 0 and (word in directions or k == len(surface_words) - 1))
                for k, word in enumerate(surface_words)
            ):
                continue
            surface = " ".join(surface_words)
            keys = []
            if surface.endswith(("'s", "’s")):
                # an English possessive, before the whole word ("Canada's" is also a key of a
                # name somewhere): "Canada's premier", "New York's mayor"
                keys = self.lookup.known_keys(surface[:-2])
            possessive = bool(keys)
            keys = keys or self.lookup.known_keys(surface)
            # a person's name runs over "von" too (Alexander von Humboldt, a hamlet in Peru): a
            # name with "von" is only a curated place or one where people live (Golf von Aden)
            if (
                keys
                and "von" in surface_words
                and not any(curated(p) or p.population >= 1000 for p in self.lookup.places(keys))
            ):
                continue
            if keys:
                return j, tuple(keys), possessive
        return None

    def _only_far(self, span: Span, tokens, text: str) -> bool:
        """Whether every place a name taken "in" a town may be lies QUARTER_FAR_KM or more from
        every place the town's name may be ("captured Sinaa in eastern Raqqa": As Sina'ah, Iraq)."""
        at = town_start_after(text, span.end)
        town = (
            next((t for t in tokens[span.last + 1 : span.last + 8] if t.start == at), None)
            if at is not None
            else None
        )
        if town is None or not span.keys:
            return False
        readings = self.lookup.places(self.lookup.keys_for(town.text))
        if any(p.kind in ("country", "region", "continent") for p in readings):
            return False  # "seized Fallujah in Iraq": a country, not a town with quarters
        towns = [p for p in readings if p.kind in ("city", "town")]
        named = self.lookup.places(span.keys)
        return bool(towns) and all(
            distance_km(p.lat, p.lon, t.lat, t.lon) >= QUARTER_FAR_KM for p in named for t in towns
        )

    @staticmethod
    def _slavic_pair(tokens: Sequence[Token], i: int, table: dict, nouns: frozenset) -> Optional[Span]:
        """ "Zeleny Gai", "Nowy Put", "Velykyi Burluk": a Slavic place adjective and the name it
        qualifies are one name, also where the gazetteer knows the adjective alone (Zeleny, a
        village elsewhere) and not the pair in this spelling (spelled otherwise it is found by
        its consonant skeleton near the article's places, see recognizer._spelled_otherwise).
        So are an Arabic name's first word (hill, spring: name_qualifiers.json 'heads') and the
        name after it: "Tal Shair" is Tall ash Sha`ir near Kobani, not At Tall ("Tal")."""
        word = tokens[i].text.lower()
        head = word in HEAD_WORDS and tokens[i].text[:1].isupper()  # not "Osama bin Laden"
        if (word not in table.get("slavic_adjectives", ()) and not head) or i + 1 >= len(tokens):
            return None
        nxt = tokens[i + 1]
        if nxt.sentence != tokens[i].sentence or nxt.start != tokens[i].end + 1 or not nxt.text[:1].isupper():
            return None
        if head and (nxt.text in nouns or is_noun(nxt.text, nouns)):
            return None  # a German noun after "Tal"
        span = Span(i, i + 1, tokens[i].start, nxt.end, [], unknown="name")
        span.reasons.append(
            "an Arabic name's first word and its name" if head else "a Slavic place adjective and its name"
        )
        return span

    def _saint_name(self, tokens, i: int, table: dict, nouns: frozenset) -> Optional[Span]:
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
            if nxt[:1].isupper() and nxt not in nouns and nxt.isalpha() and not is_noun(nxt, nouns):
                last = j + 1  # St. Johann Baptist
        name = tokens[last].text
        following = tokens[last + 1] if last + 1 < len(tokens) else None
        if (name.endswith("er") or name in nouns) and following is not None and following.text[:1].isupper():
            return None  # "St. Petersburger Forum", "St. Pauli Fans": an adjective or a modifier
        surface = " ".join(t.text for t in tokens[j : last + 1])
        keys = []
        for saint in ("sankt", "st"):
            keys += [
                k
                for k in self.lookup.keys_for(f"{saint} {surface}")
                if self.lookup.known(k) and k not in keys
            ]
        span = Span(i, last, tokens[i].start, tokens[last].end, keys, unknown="saint")
        span.reasons.append("named after a saint")
        return span

    def _place_adjective_name(self, tokens, i: int, table: dict) -> Optional[Span]:
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
        if not any(self.lookup.known(k) for s in stems for k in self.lookup.keys_for(s)):
            return None
        last = i + 1
        if last + 1 < len(tokens) and tokens[last + 1].text[:1].isdigit() and len(tokens[last + 1].text) <= 4:
            last += 1  # a house number: Gubener Straße 12
        span = Span(i, last, tokens[i].start, tokens[last].end, [], unknown="feature")
        span.reasons.append(f"{tokens[i + 1].text} named after a place")
        return span

    def _unknown_name(self, token: Token, i: int, lang: str, table: dict, nouns: frozenset) -> Optional[Span]:
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
            if not lowered.endswith(tuple(suffixes)):
                continue  # one C call instead of one per suffix: most words end in none
            suffix = next((s for s in suffixes if lowered.endswith(s) and len(lowered) > len(s) + 2), None)
            if suffix is None:
                continue
            if noun_compound(text, nouns, len(suffix) + 1):
                return None  # a longer noun ends the word: Brotverkäufer, Kunstspringen
            modifier = text[: len(text) - len(suffix)]
            if suffix in weak and any(is_noun(stem, nouns) for stem in stems(modifier)):
                return None  # a noun before -markt, -platz, -ufer: Arbeitsmarkt, Flugplatz, Ostufer
            span = Span(i, i, token.start, token.end, [], unknown=kind)
            span.reasons.append(f"{kind} name by its form")
            return span
        return None

    def _unknown_after_cue(self, tokens, i: int, lang: str, table: dict, nouns: frozenset) -> Optional[Span]:
        """A name the gazetteer lacks, right after a place word or a place preposition ("die
        Gemeinde Pflückuff", "in Mardscha"): a candidate that its context must confirm."""
        token = tokens[i]
        text = token.text
        if lang == "en":
            return self._unknown_after_english_cue(tokens, i, table, nouns)
        if lang != "de" or i == 0 or tokens[i - 1].sentence != token.sentence:
            return None
        prev = tokens[i - 1].text
        part_of = (
            prev == "von" and i > 1 and tokens[i - 2].text in table.get("name_after_von", ())
        )  # Zentrum von X
        if not (prev in table["place_cues"] or prev in table.get("name_prepositions", ()) or part_of):
            return None
        if self._second_word(tokens, i, table, nouns):
            # "in Tob Sawa nahe Bartella": two name-like words, the first maybe short
            if not _name_like(text, lang, table, nouns) and not (len(text) == 3 and text.isalpha()):
                return None
            span = Span(i, i + 1, token.start, tokens[i + 1].end, [], unknown="name")
            span.reasons.append("unknown name")
            return span
        if len(text) < 4 or not could_be_name(text, lang, table, nouns):
            return None
        span = Span(i, i, token.start, token.end, [], unknown="name")
        span.reasons.append("unknown name")
        return span

    def _second_word(self, tokens, i: int, table: dict, nouns: frozenset) -> bool:
        """Whether a name the gazetteer lacks goes on over the next word: a name-like word right
        after it that the gazetteer lacks too, and no capitalised word after that."""
        if i + 1 >= len(tokens) or tokens[i + 1].sentence != tokens[i].sentence:
            return False
        second = tokens[i + 1]
        if second.start != tokens[i].end + 1 or not _name_like(second.text, "de", table, nouns):
            return False
        if self.lookup.known(normalize(second.text)) and self.lookup.known(normalize(tokens[i].text)):
            return False  # two names the gazetteer has are two places
        after = tokens[i + 2] if i + 2 < len(tokens) and tokens[i + 2].sentence == second.sentence else None
        return after is None or not after.text[:1].isupper()

    def _unknown_after_english_cue(self, tokens, i: int, table: dict, nouns: frozenset) -> Optional[Span]:
        """ "the village of Zuwayqat", "the town of Umm al-Tuyur": a name the gazetteer lacks
        after a place word and "of", with the capitalised words and Arabic articles that follow
        it, and a word the gazetteer knows or a given name that ends the name, before a comma or a
        word like "near" ("the village of Tob Sawa near …"), but not a demonym ("the village of
        Sfouk, Iraqi …") nor a word before a verb ("the village of X Moscow said")."""
        if not after_cue_of(tokens, i, table):
            return None
        first = tokens[i].text
        arabic = not first[:1].isupper() and may_start_name(tokens[i])
        if len(first) < 3 or not (arabic or could_be_name(first, "en", table, nouns)):
            return None
        if tokens[i - 2].text.lower() not in table["settlement_cues"]:
            return None  # "a camp of Rohingya refugees", "the area of Trump Tower"
        last = i
        while last + 1 < len(tokens) and last + 1 - i < MAX_SPAN_TOKENS:
            nxt = tokens[last + 1]
            if nxt.sentence != tokens[i].sentence or nxt.start > tokens[last].end + 1:
                break
            if nxt.text[:1].isupper() and not (
                could_be_name(nxt.text, "en", table, nouns)
                and not self.lookup.known(normalize(nxt.text))
                and not maybe_demonym(nxt.text, "en")
            ):
                if _ends_name(tokens, last + 2) and self._goes_on(nxt.text, table):
                    last += 1  # "the village of Tob Sawa near Bartella": not the town Sawa alone
                break
            if not nxt.text[:1].isupper() and not may_start_name(nxt):
                break
            last += 1
        if before_plural_noun(tokens, last):
            return None  # "the town of Trump supporters": a word used as an adjective
        span = Span(i, last, tokens[i].start, tokens[last].end, [], unknown="name")
        span.reasons.append("unknown name")
        return span

    def _goes_on(self, word: str, table: dict) -> bool:
        """Whether a word the gazetteer knows, or a given name, may be the last word of a name the
        gazetteer lacks: not a title, a demonym, a listed non-place, a country's or region's name or
        a city's (of _CITY_NAME_POPULATION or more: "the village of X Kharkiv …" names two places)."""
        if word in table["not_places"] or word in table["not_place_cues"] or maybe_demonym(word, "en"):
            return False
        return not any(
            p.kind in _AREA_KINDS or p.population >= _CITY_NAME_POPULATION
            for p in self.lookup.places([normalize(word)])
        )

    def _foreign_name_after_cue(self, tokens, span: Span, table: dict, nouns: frozenset) -> Optional[Span]:
        """ "the village of Qarah Hlanj": a known name that a foreign word goes on is the start of
        a name the gazetteer lacks, when a place word and "of" announce it (not Qarah near
        Damascus)."""
        after = span.last + 1
        if after >= len(tokens) or tokens[after].sentence != tokens[span.first].sentence:
            return None
        if tokens[after].start != tokens[span.last].end + 1:
            return None
        if not foreign_word(tokens[after].text, table, self.lookup.known_word):
            return None
        longer = self._unknown_after_english_cue(tokens, span.first, table, nouns)
        return longer if longer is not None and longer.last > span.last else None

    def _two_word_list_item(
        self, tokens, i: int, lang: str, table: dict, nouns: frozenset, previous: Span
    ) -> Optional[Span]:
        """A two-word name the gazetteer lacks as an item of a list of places ("the villages of
        Dibîrik, Til Xezal, Mezra Sofî and Pîno"): not "Til" in Iran and "Sofî" for Sofia.
        Both words are name-like, one at least unknown, and the list goes on or ends after them."""
        if not previous.listed or previous.last != i - 2 or i + 2 >= len(tokens):
            return None
        if tokens[i - 1].text.lower() not in COORDINATORS:
            return None
        first, second, after = tokens[i], tokens[i + 1], tokens[i + 2]
        if (
            len({first.sentence, second.sentence, tokens[i - 1].sentence}) != 1
            or second.start != first.end + 1
        ):
            return None
        if after.sentence == first.sentence and after.text.lower() not in COORDINATORS | {".", ";", ")"}:
            return None
        words = (first.text, second.text)
        if not (_name_like(first.text, lang, table, nouns) and _name_like(second.text, lang, table, nouns)):
            return None
        if second.text.lower() in lower_case_words(lang) or self.lookup.known(normalize(" ".join(words))):
            return None  # "…, Reuters reported"; a name the gazetteer has is matched whole
        span = Span(i, i + 1, first.start, second.end, [], unknown="name")
        span.reasons.append("unknown name in a list")
        return span

    def _unknown_list_item(
        self, tokens, i: int, lang: str, table: dict, nouns: frozenset, previous: Span
    ) -> Optional[Span]:
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
        elif lang != "de" or glue not in LIST_WORDS:
            return None
        if glue == ",":
            nxt = (
                tokens[i + 1].text
                if i + 1 < len(tokens) and tokens[i + 1].sentence == tokens[i].sentence
                else "."
            )
            if nxt not in LIST_WORDS and nxt not in (".", ";", ")", "and", "or"):
                return None
        text = tokens[i].text
        if len(text) < 4 or not could_be_name(text, lang, table, nouns):
            return None
        if lang == "en" and before_plural_noun(tokens, i):
            return None
        span = Span(i, i, tokens[i].start, tokens[i].end, [], unknown="name")
        span.reasons.append("unknown name in a list")
        return span

    def _variant_match(self, token, i, lang, nouns, directions, heads, not_places) -> Optional[Span]:
        text = token.text
        # German genitive: Euphrats, Iraks, des Irakes
        if lang == "de":
            for cut in ("s", "es"):
                if text.endswith(cut) and len(text) - len(cut) >= 3:
                    keys = self.lookup.known_keys(text[: -len(cut)])
                    if keys:
                        span = Span(i, i, token.start, token.end, keys)
                        span.reasons.append("genitive")
                        return span
        if lang == "de" and "-" not in text and text not in nouns and text.startswith(tuple(directions)):
            # Süditalien, Nordhessen, Ostwestfalen: a direction glued to a region's name
            for direction in directions:
                rest = text[len(direction) :]
                if text.startswith(direction) and len(rest) >= 4 and rest[:1].islower():
                    rest = rest[:1].upper() + rest[1:]
                    if rest in nouns or is_noun(rest, nouns):
                        break
                    keys = self.lookup.known_keys(rest)
                    if not keys and rest.endswith("s"):
                        keys = self.lookup.known_keys(rest[:-1])
                    regions = ("country", "continent", "admin1", "region", "sea")
                    if any(p.kind in regions for p in self.lookup.places(keys)):
                        span = Span(i, i, token.start, token.end, keys)
                        span.reasons.append(f"direction prefix {direction}")
                        return span
        if "-" not in text:
            return None
        parts = text.split("-")
        # Nord-Bagdad: a direction prefix before a place
        if parts[0] in directions:
            rest = "-".join(parts[1:])
            keys = self.lookup.known_keys(rest)
            if keys:
                span = Span(i, i, token.start, token.end, keys)
                span.reasons.append(f"direction prefix {parts[0]}")
                return span
        # Husaybah-Grenzübergang, Anbar-Wüste: a place before a cue noun; US-Armee: a modifier
        head = parts[-1]
        modifier = "-".join(parts[:-1])
        if modifier and modifier not in not_places and head[:1].isupper():
            keys = self.lookup.known_keys(modifier)
            if (
                not keys
                and heads.get(head) == "mountain"
                and modifier[:1].isupper()
                and not is_noun(modifier, nouns)
            ):
                span = Span(i, i, token.start, token.end, [], unknown="quarter")  # der Mishtanur-Hügel
                span.cue = "mountain"
                span.reasons.append(f"unknown name, compound with {head}")
                return span
            if keys:
                span = Span(i, i, token.start, token.start + len(modifier), keys)
                if head in heads:
                    span.cue = heads[head]
                    span.reasons.append(f"compound with {head}")
                    if span.cue == "mountain":
                        span.end = token.end  # the Mishtanur-Hügel: the hill is the place, not the town
                elif head in nouns:
                    span.role = "adjective"
                    span.reasons.append(f"modifier of {head}")
                elif (
                    lang == "de"
                    and len(parts) == 2
                    and len(head) > 2
                    and len(modifier) > 3
                    and modifier[:1].isupper()
                    and not is_noun(head, nouns)
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
            if text in OPENERS or text in '„“”"':
                i += 1
                continue
            if may_start_name(tokens[i]) and text not in nouns:
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
        if lang == "de" and text[:1].isupper() and not sentence_initial(token, doc):
            return None
        if text not in table["person_demonyms"] and not is_demonym(parts[0].lower(), table):
            return None
        code = self.lookup.demonym_country(text, lang)
        if code is None:
            return None
        country = self.lookup.country(code)
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


def _name_like(word: str, lang: str, table: dict, nouns: frozenset) -> bool:
    """A word of a foreign name in a list: capitalised letters, no noun of the language, no
    demonym (a given name or a word of the language may begin one: Til Xezal)."""
    return (
        len(word) >= 3
        and word[:1].isupper()
        and word.isalpha()
        and not word.isupper()
        and word not in table["not_places"]
        and not is_noun(word, nouns)
        and not maybe_demonym(word, lang)
    )


# Words after which a name has ended (the village of Tob Sawa near Bartella, … on Monday).
_NAME_ENDS = frozenset({"near", "outside", "in", "on", "at", "and", "or", "north", "south", "east", "west",
                        "northeast", "northwest", "southeast", "southwest", "from", "to", "after", "before",
                        "which", "where", "that", "when", "while", "some", "about", "just", "close"})  # fmt: skip
_AREA_KINDS = frozenset({"country", "admin1", "region", "continent"})
_CITY_NAME_POPULATION = 100_000


def _ends_name(tokens, k: int) -> bool:
    """Whether the name has ended before token k: the sentence ends, punctuation, or a word like
    "near", "on", "and" that no name goes on over."""
    if k >= len(tokens) or tokens[k].sentence != tokens[k - 1].sentence:
        return True
    word = tokens[k].text
    return not word[:1].isalnum() or word.lower() in _NAME_ENDS
