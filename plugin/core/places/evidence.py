"""Stage 2 of place recognition: the evidence for and against each candidate span.

German capitalises every noun, so a gazetteer hit alone means little. Each piece of evidence is
a small function of the span in its sentence that returns a weight and the reason an analyst
reads in the record, or None when it has nothing to say. The two tables below list every rule
in the order it is summed: `KNOWN_NAME_EVIDENCE` for names the gazetteer knows,
`UNKNOWN_NAME_EVIDENCE` for names known only by their form or cue. A new rule is one function
and one row.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Callable, Optional, Sequence, Union

from ..language.lexicon import (
    exonyms,
    first_names,
    lower_case_words,
    place_odds,
    speaker_surnames,
    table_set,
    toponym_table,
    trigger_words,
)
from ..language.text import Segmented, Token
from .candidates import Span
from .lookup import GazetteerLookup
from .names import normalize, strip_article
from .quarter_words import quarter_of_town
from .resolution import _STRONG_KINDS, curated, minor_place, own_keys
from .taking import goal_of_movement, governed_by_taking, object_of_taking
from .words import (
    ARABIC_ARTICLES,
    after_cue_of,
    apposition_cue,
    english_name_word,
    foreign_word,
    is_noun,
    name_cue,
    neighbour,
    said_to_lie,
    sentence_initial,
)

Finding = tuple[float, Optional[str]]  # (weight, reason)
Evidence = Callable[["SpanContext"], Union[Finding, Sequence[Finding], None]]

# What a gazetteer hit is worth before any context is read.
KNOWN_NAME_BASE = -0.5
# What a name the gazetteer lacks is worth by its form alone (a saint's or a place's name before
# a feature noun is a name by its form: St. Moritz, Tegeler See).
UNKNOWN_NAME_BASE = {"street": 1.5, "place": -1.0, "name": -1.0, "saint": 2.0, "feature": 2.0, "quarter": 2.0}
# A short form that stands for a place (U.S., Ky.) is one; one that stands for none is no place.
SHORT_FORM_SCORE = (3.0, -1.0)
# In English text a first-level division of this many people or more is known by name (Alberta,
# Queensland, Maharashtra), like a country; the thousands of small ones are no such evidence. (In
# German text, where every noun is capitalised, such names are too often words or people: Lara,
# Roma, City.)
_KNOWN_DIVISION_PEOPLE = 1_000_000
# Evidence from a word's Brown cluster (see company): weight of its log odds, and the range.
_COMPANY_WEIGHT = 0.5
_COMPANY_MIN = -2.5
_COMPANY_MAX = 1.5
# After "in", "nach", "aus" a bare word is a name, whatever company it keeps elsewhere.
_COMPANY_AFTER_PREPOSITION = -1.0
_STRONG_PLACE_KINDS = ("country", "continent", "river", "sea", "lake", "mountain", "island")


@dataclass
class SpanContext:
    """A span in its sentence, with what several rules read: its neighbours, the cue word before
    or after it, the population of its largest candidate, whether it names a country, region or
    river (strong), whether it opens its sentence."""

    span: Span
    doc: Segmented
    lang: str
    table: dict
    nouns: frozenset
    lookup: GazetteerLookup
    entities: Sequence[tuple[int, int, str]]
    event_tokens: dict[int, list[int]]  # sentence → indexes of its event words
    surface: str = ""
    prev: Optional[Token] = None
    prev2: Optional[Token] = None
    nxt: Optional[Token] = None
    cue_word: Optional[str] = None  # a cue noun before or after the span (Stadt, province)
    had_cue: bool = False  # the span brought a cue of its own (Husaybah-Grenzübergang)
    best_population: int = 0
    strong: bool = False
    initial: bool = False

    @property
    def tokens(self) -> Sequence[Token]:
        return self.doc.tokens


def event_tokens(tokens: Sequence[Token], lang: str) -> dict[int, list[int]]:
    """Sentence → indexes of its event words (erobert, drangen …), read once per article."""
    words = trigger_words(lang)
    found: dict[int, list[int]] = {}
    for i, token in enumerate(tokens):
        if token.text.lower() in words:
            found.setdefault(token.sentence, []).append(i)
    return found


def context_for(span: Span, doc: Segmented, lang: str, table, nouns, lookup, entities, events) -> SpanContext:
    """Read the span's surroundings once for every rule; sets the span's cue from a cue word."""
    tokens = doc.tokens
    sentence = tokens[span.first].sentence
    ctx = SpanContext(span, doc, lang, table, nouns, lookup, entities, events)
    ctx.surface = doc.text[span.start : span.end]
    ctx.prev = neighbour(tokens, span.first, -1, sentence)
    ctx.prev2 = neighbour(tokens, span.first, -2, sentence) if ctx.prev is not None else None
    ctx.nxt = neighbour(tokens, span.last, +1, sentence)
    ctx.initial = sentence_initial(tokens[span.first], doc)
    if known_name(span):
        ctx.cue_word = _cue_word(ctx)
        ctx.had_cue = span.cue is not None
        ctx.best_population = max(p.population for p in span.places)
        ctx.strong = _strong(ctx)
        if ctx.cue_word is not None:
            cues = table["place_cues"]
            word = ctx.cue_word
            span.cue = (
                span.cue
                or cues.get(word)
                or cues.get(word.lower())
                or table["compound_heads"].get(word)
                or ("river" if word in table.get("river_part_words", ()) else None)
            )
    return ctx


def _cue_word(ctx: SpanContext) -> Optional[str]:
    """A cue noun right before ("Stadt al-Qaim", "Dorf Suwayyah"), in apposition with a comma,
    before "des" ("am Ufer des Dnipro": the river), "the city of X", or after (X province, the
    German compound head X-Grenzübergang)."""
    prev, prev2, nxt, table = ctx.prev, ctx.prev2, ctx.nxt, ctx.table
    cues = table["place_cues"]
    if prev is not None and prev.text in cues:
        return prev.text
    if prev is not None and prev.text == "," and prev2 is not None and prev2.text in cues:
        return prev2.text
    if (
        prev is not None
        and prev.text in ("des", "der")
        and prev2 is not None
        and prev2.text in table.get("river_part_words", ())
    ):
        return prev2.text  # "am östlichen Ufer des Dnipro": the river, not the city
    if (
        ctx.lang == "en"
        and prev is not None
        and prev.text == "of"
        and prev2 is not None
        and prev2.text.lower() in cues
        and not quarter_of_town(ctx.tokens, ctx.span, prev2.text)
    ):
        return prev2.text.lower()  # the city of X
    if nxt is not None and ctx.lang == "en" and (word := nxt.text.lower().removesuffix("'s")) in cues:
        return word  # X province, X River, "Hama province's town of Suran"
    if nxt is not None and ctx.lang == "de" and nxt.text in table["compound_heads"]:
        return nxt.text
    if nxt is not None and nxt.text == ",":
        return apposition_cue(ctx.tokens, ctx.span.last + 2, cues, table["compound_heads"])
    return None


def _organisation_after(ctx: SpanContext) -> bool:
    """Whether capitalised words after the name end in a force's or a movement's head noun (the
    Oromo Liberation Army, the Tigray Defense Forces): the name is the organisation's."""
    heads, tokens = ctx.table.get("organisation_heads", ()), ctx.tokens
    if ctx.lang != "en":
        return False  # German capitalises every noun: "bei Kupjansk Streitkräfte zusammengezogen"
    for k in range(ctx.span.last + 1, min(len(tokens), ctx.span.last + 4)):
        if tokens[k].text in heads:
            return True
        if not tokens[k].text[:1].isupper() or tokens[k].sentence != tokens[ctx.span.last].sentence:
            return False
    return False


def _strong(ctx: SpanContext) -> bool:
    """A country, a continent, a river, or a region we know by name (curated, GeoNames); the
    thousands of worldwide first-level divisions from Natural Earth are no such evidence."""
    surface, table, nouns = ctx.surface, ctx.table, ctx.nouns
    return len(surface) > 2 and (
        any(
            p.kind in _STRONG_PLACE_KINDS
            or (p.kind in _STRONG_KINDS and p.source != "naturalearth")
            or (
                p.kind == "region"
                and curated(p)
                and surface not in nouns
                and surface not in table.get("common_word_regions", ())
            )
            for p in ctx.span.places
        )
        or _known_division(ctx)
    )


def known_name(span: Span) -> bool:
    """Whether the span is weighed as a name the gazetteer knows (not a short form, not a name
    known only by its form)."""
    return bool(span.places) and span.short is None and span.unknown not in ("saint", "feature")


# A name whose distance and direction from another place the text gives ("Kani Harami rund 40
# Kilometer südwestlich von Mossul") is a place, known to the gazetteer or not.
POSITION_EVIDENCE = (2.0, 3.5)  # (known name, name the gazetteer lacks)


# -- evidence for a name the gazetteer knows ------------------------------------------------


def dateline(ctx: SpanContext) -> Optional[Finding]:
    """A news dateline: the place that opens a report, before the agency ("Nürnberg (dpa)",
    "KYIV, Dec 30 (Reuters) -", over a date)."""
    tokens, j = ctx.tokens, ctx.span.last + 1
    if ctx.cue_word is not None or not ctx.initial:
        return None
    while j < len(tokens) and j - ctx.span.last <= 4 and _DATELINE_DATE.fullmatch(tokens[j].text):
        j += 1
    words = [t.text for t in tokens[j : j + 4]] + [""] * 4
    agency = words[1]
    if words[0] != "(" or words[2] != ")" or not agency.isalpha():
        return None
    short = len(agency) <= 5 and (agency.islower() or agency.isupper())
    return (2.5, "dateline") if short or (len(agency) <= 12 and words[3] in ("-", "–", "—", ":")) else None


_DATELINE_DATE = re.compile(r",|\d{1,2}|[A-Z][a-z]{2,4}\.?")  # ", Dec 30", ", Sept. 4"


def cue(ctx: SpanContext) -> Optional[Finding]:
    """A cue noun names the kind of place (Stadt, Dorf, Luftwaffenstützpunkt, province)."""
    if ctx.cue_word is not None:
        return 3.0, f"cue {ctx.cue_word}"
    if ctx.had_cue:
        return 3.0, f"cue in the name ({ctx.span.cue})"
    return None


def preposition(ctx: SpanContext) -> Optional[Finding]:
    """A place preposition right before, or before a few lower-case words ("vom erst kürzlich
    wiedereroberten Anah"). "von" also names an author or an owner (gespielt von Uta, die Aktien
    von Toyota), so weak prepositions count less."""
    prepositions = table_set(ctx.table, "prepositions")
    prev = ctx.prev
    if prev is not None and prev.text.lower() in prepositions:
        return (
            0.8 if prev.text.lower() in table_set(ctx.table, "weak_prepositions") else 1.5
        ), f"after '{prev.text}'"
    # German puts a verb's participle or infinitive last: "hat Lyman zurückerobert", "will Gao
    # einnehmen"; the name right before one of taking is its object, as after "eroberten"
    taken = governed_by_taking(ctx)
    if taken is not None:
        return 1.5, f"before '{taken}'"
    if said_to_lie(ctx.tokens, ctx.span.last + 1, ctx.table.get("location_clause")):
        return 1.5, "a clause after it says where it lies"
    if _preposition_in_window(ctx.tokens, ctx.span.first, ctx.tokens[ctx.span.first].sentence, prepositions):
        return 0.8, "preposition nearby"
    return None


def population(ctx: SpanContext) -> Finding:
    """Big places are named more often; GeoNames knows no population for many towns in Iraq and
    Syria, which costs a little."""
    people = ctx.best_population
    if people > 0:
        return max(-1.5, min(2.5, (math.log10(people + 1) - 4.0) * 0.7)), f"population {people:,}"
    return -0.5, "population unknown"


def strong_place(ctx: SpanContext) -> Optional[Finding]:
    return (2.5, "country, region or river") if ctx.strong else None


def curated_place(ctx: SpanContext) -> Optional[Finding]:
    return (1.5, "curated place") if any(curated(p) for p in ctx.span.places) else None


def event_sentence(ctx: SpanContext) -> Optional[Finding]:
    """The span's sentence holds an event word (erobert, drangen …) outside the span."""
    span = ctx.span
    found = ctx.event_tokens.get(ctx.tokens[span.first].sentence, ())
    if any(not span.first <= i <= span.last for i in found):
        return 0.7, "sentence reports an event"
    return None


def arabic_article(ctx: SpanContext) -> Optional[Finding]:
    return (0.5, "Arabic article") if ctx.surface[:3].lower() in ARABIC_ARTICLES else None


def several_words(ctx: SpanContext) -> Optional[Finding]:
    return (0.7, "several words") if ctx.span.last > ctx.span.first else None


def with_demonym(ctx: SpanContext) -> Optional[Finding]:
    """A demonym and a name that the gazetteer knows as one: British Columbia."""
    span = ctx.span
    if span.last > span.first and span.adjective is not None:
        return 1.5, "one name with its demonym"
    return None


def genitive_owner(ctx: SpanContext) -> Optional[Finding]:
    """ "Bremens Bürgermeister", "Hannovers damaliger …": a town that owns what follows; a small one next
    to forces it would own is a person ("Assads Truppen"; after them before a finite verb: "Truppen Assads haben")."""
    nxt, prev, forces = ctx.nxt, ctx.prev, ctx.table.get("force_nouns", ())
    after = prev is not None and prev.text.lower() in forces and nxt.text in ctx.table.get("finite_verbs", ())
    if nxt is not None and ctx.surface.endswith("s") and ctx.best_population < 50_000 and not ctx.strong:
        return (-3.0, "a person's forces") if nxt.text.lower() in forces or after else None
    if "genitive" not in ctx.span.reasons or nxt is None or ctx.best_population < 50_000:
        return None
    return (1.0, "genitive before a noun") if is_noun(nxt.text, ctx.nouns) or nxt.text.islower() else None


def word_company(ctx: SpanContext) -> Optional[Finding]:
    """The company the word keeps in German text at large; a noun needs its article after
    "nach", "in", "aus" (nach dem Hit), so a bare word there is a name (nach Hit, in Essen)."""
    weight, reason = company(ctx.surface, ctx.lang)
    prev = ctx.prev
    if prev is not None and prev.text.lower() in ctx.table.get("name_prepositions", ()):
        weight = max(weight, _COMPANY_AFTER_PREPOSITION)
    return weight, reason


def alternate_name(ctx: SpanContext) -> Optional[Finding]:
    """A big city's alternate names are mostly its names in other languages (Athen, Rom)."""
    if _primary_match(ctx.span):
        return None
    return (-0.3 if ctx.best_population >= 100_000 else -1.0), "only an alternate name"


def common_noun(ctx: SpanContext) -> Optional[Finding]:
    """A German noun is a place only when a big place bears it as its own name (Essen)."""
    word = ctx.surface.split("-")[0]
    if (
        ctx.lang == "de"
        and (word in ctx.nouns or ctx.surface in ctx.nouns)
        and not ctx.strong
        and _primary_population(ctx.span) < 500_000
    ):
        return -3.0, "common noun"
    return None


def function_word(ctx: SpanContext) -> Optional[Finding]:
    """ "Der", "Bei", "Man": function words capitalised in titles and at sentence starts."""
    lower = lower_case_words(ctx.lang)
    surface = ctx.surface
    if (
        ctx.lang == "de"
        and (surface.lower() in lower or normalize(surface) in lower)
        and (not ctx.strong or ctx.initial)
    ) or surface.lower() in ctx.table.get("function_words", ()):
        return -3.0, "function word"  # English titles: "Full Control Of Sudzha"
    return None


def common_word(ctx: SpanContext) -> Optional[Finding]:
    """An English common word (Bath, Reading) needs more than its capital letter."""
    if ctx.lang != "de" and ctx.surface.lower() in ctx.nouns and not ctx.strong:
        return (-2.0 if ctx.initial else -1.0), "common word"
    return None


def sentence_start(ctx: SpanContext) -> Optional[Finding]:
    return (-0.5, "sentence start") if ctx.initial else None


ORGANISATION_NAME = "a military unit's name"  # the name before a unit's word (Battalion, Regiment)


def name_context(ctx: SpanContext) -> Optional[Finding]:
    """Part of a person's or an organisation's name, the first that applies: after a title or
    before a firm's word ("Mr. Bolton", "Bayern München"), a given name that is also a small
    town (David, Uta), next to a given name, or inside a longer name (Inter Mailand, Muktada
    al-Sadr)."""
    prev, prev2, nxt, table = ctx.prev, ctx.prev2, ctx.nxt, ctx.table
    # a title may end in an abbreviation's dot: "Mr. Bolton", "Gen. Mattis"
    title = prev2 if prev is not None and prev.text == "." and prev2 is not None else prev
    if title is not None and (name_cue(title.text, table) or title.text in table["not_place_after"]):
        return -4.0, "organisation or person context"
    if nxt is not None and (nxt.text in table.get("unit_words", ()) or _organisation_after(ctx)):
        return -4.0, ORGANISATION_NAME  # the Azov Battalion: its other mentions need their own evidence
    if nxt is not None and nxt.text in table["not_place_after"]:
        return -4.0, "organisation or person context"
    weight = table.get("not_place_before", {}).get(nxt.text.lower()) if nxt is not None else None
    if weight:  # "by 05:00 Moscow time", "from the Panorama roundabout": a time zone, a facility's name
        return -weight, f"before '{nxt.text}'"
    if (
        ctx.surface in first_names()
        and not ctx.strong
        and ctx.best_population < 100_000
        and ctx.cue_word is None
    ):
        if object_of_taking(ctx):  # "eroberten Lyman", "hat Lyman zurückerobert": less likely a person
            return -0.75, "a given name, taken"
        if goal_of_movement(ctx):  # "rückten nach Lyman vor"
            return -0.75, "a given name, gone to or from"
        return -1.5, "a given name"
    if _kinship_name(ctx):
        return -4.0, "part of a person's name"
    if _speaks(ctx):
        return -2.5, "a person who speaks"
    if person_context(ctx):
        return -2.5, "next to a name"
    if (ctx.lang == "de" and _inside_name(ctx)) or (ctx.lang == "en" and _inside_foreign_name(ctx)):
        return -3.5, "part of a longer name"
    if _arabic_name_tail(ctx):
        return -3.5, "part of a longer name"
    return None


def short_capitals(ctx: SpanContext) -> Optional[Finding]:
    if ctx.surface.isupper() and len(ctx.surface) <= 3 and not ctx.strong:
        return -1.0, "short word in capitals"
    return None


def digits(ctx: SpanContext) -> Optional[Finding]:
    if any(c.isdigit() for c in ctx.surface) and ctx.cue_word is None and ctx.span.cue is None:
        return -2.0, "digits"
    return None


def stated_position(ctx: SpanContext) -> Optional[Finding]:
    """ "Tel Shahir, five kilometers east of Kobane": the text says where the name lies (or
    measures a place's position from it)."""
    span = ctx.span
    if span.position is None:
        return None
    if (span.start, span.end) == span.position.target:
        reason = "its position is stated"
    elif (span.start, span.end) == span.position.anchor:
        reason = "a position is measured from it"
    else:
        reason = "its position is stated elsewhere in the article"
    return POSITION_EVIDENCE[0 if known_name(span) else 1], reason


def language_model(ctx: SpanContext) -> list[Finding]:
    """Entities of a full spaCy model, when one is installed, around the span."""
    span = ctx.span
    found = []
    for e_start, e_end, label in ctx.entities:
        if e_start <= span.start and span.end <= e_end:
            if label in ("LOC", "GPE", "FAC"):
                found.append((2.5, f"model {label}"))
            elif label in ("PER", "PERSON", "ORG", "NORP"):
                found.append((-2.0, f"model {label}"))
    return found


# Every rule for a name the gazetteer knows, in the order its weight is added.
KNOWN_NAME_EVIDENCE: tuple[tuple[str, Evidence], ...] = (
    ("dateline", dateline),
    ("cue word", cue),
    ("place preposition", preposition),
    ("population", population),
    ("country, region or river", strong_place),
    ("curated place", curated_place),
    ("event in the sentence", event_sentence),
    ("Arabic article", arabic_article),
    ("several words", several_words),
    ("name with its demonym", with_demonym),
    ("genitive owner", genitive_owner),
    ("word company", word_company),
    ("alternate name only", alternate_name),
    ("German common noun", common_noun),
    ("function word", function_word),
    ("English common word", common_word),
    ("sentence start", sentence_start),
    ("person or organisation", name_context),
    ("short capitals", short_capitals),
    ("digits", digits),
    ("stated position", stated_position),
    ("language model", language_model),
)


# -- evidence for a name the gazetteer lacks ----------------------------------------------


def unknown_after_cue(ctx: SpanContext) -> Optional[Finding]:
    """ "the village of Zuwayqat"; a bare name after "Gemeinde", "Stadt", "Dorf" is that
    place's name; after a preposition it may be one."""
    span, tokens, table, prev = ctx.span, ctx.tokens, ctx.table, ctx.prev
    if span.unknown == "name" and ctx.lang == "en" and after_cue_of(tokens, span.first, table):
        return 3.5, f"after '{tokens[span.first - 2].text} of'"
    if prev is not None and (prev.text.lower() in table["prepositions"] or prev.text in table["place_cues"]):
        return (
            3.5 if span.unknown == "name" and prev.text in table["place_cues"] else 1.5
        ), f"after '{prev.text}'"
    return None


def unknown_company(ctx: SpanContext) -> Optional[Finding]:
    if ctx.span.unknown != "name":
        return None
    return company(ctx.tokens[ctx.span.first].text, ctx.lang)


def unknown_name_goes_on(ctx: SpanContext) -> Optional[Finding]:
    """A capitalised word after it: "in Bedford Falls", "bei Tui Mali" (only the start of a
    name), or "bei Wulffs Hochzeitsfeier" (a person's genitive)."""
    nxt = ctx.nxt
    if ctx.span.unknown != "name" or nxt is None or not nxt.text[:1].isupper():
        return None
    if not is_noun(nxt.text, ctx.nouns):
        return -2.0, "the start of a longer name"
    if ctx.tokens[ctx.span.first].text.endswith("s"):
        return -2.0, "a person's genitive"
    return None


def unknown_next_to_a_name(ctx: SpanContext) -> Optional[Finding]:
    return (-2.5, "next to a name") if person_context(ctx) else None


def unknown_sentence_start(ctx: SpanContext) -> Optional[Finding]:
    return (-1.0, "sentence start") if ctx.initial else None


# Every rule for a name the gazetteer lacks, in the order its weight is added.
UNKNOWN_NAME_EVIDENCE: tuple[tuple[str, Evidence], ...] = (
    ("cue word or preposition", unknown_after_cue),
    ("stated position", stated_position),
    ("word company", unknown_company),
    ("name goes on", unknown_name_goes_on),
    ("next to a given name", unknown_next_to_a_name),
    ("sentence start", unknown_sentence_start),
)


def weigh(ctx: SpanContext) -> float:
    """The span's score: its base and every rule's weight in table order; reasons recorded."""
    span = ctx.span
    if span.short is not None:
        return SHORT_FORM_SCORE[0] if span.places else SHORT_FORM_SCORE[1]
    if known_name(span):
        score, rules = KNOWN_NAME_BASE, KNOWN_NAME_EVIDENCE
    elif span.unknown:
        score, rules = UNKNOWN_NAME_BASE[span.unknown], UNKNOWN_NAME_EVIDENCE
    else:
        return -1.0
    for _name, rule in rules:
        found = rule(ctx)
        for weight, reason in [found] if isinstance(found, tuple) else found or ():
            score += weight
            if reason:
                span.reasons.append(reason)
    return score


# -- what several rules read ----------------------------------------------------------------


def company(word: str, lang: str) -> Finding:
    """Evidence from the words a name keeps company with in German text at large (Brown
    clusters): "Torgau" is used like town names, "Büro" like nouns, "Müller" like surnames."""
    odds = place_odds(lang).get(word)
    if odds is None:
        return 0.0, None
    reason = "used like place names" if odds >= 0 else ("used like other words" if odds <= -2 else None)
    return max(_COMPANY_MIN, min(_COMPANY_MAX, _COMPANY_WEIGHT * odds)), reason


def person_context(ctx: SpanContext) -> bool:
    """A given name next to the candidate (Michael Jackson, Lars Müller, George W. Bush), or
    the candidate is a given name followed by a capitalised word (Paris Hilton) or an Arabic
    family name (Hamid al-Dulaimi)."""
    tokens, span, prev, nxt, lang = ctx.tokens, ctx.span, ctx.prev, ctx.nxt, ctx.lang
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
    surface = ctx.doc.text[span.start : span.end]
    if surface in names and nxt is not None and nxt.text.lower() in speaker_surnames():
        return True  # a given name before a known speaker's name: Vladimir Putin
    if (
        surface in names
        and nxt is not None
        and nxt.text[:3].lower() in ARABIC_ARTICLES
        and nxt.text[3:4].isupper()
    ):
        return True  # a given name before an Arabic family name: Hamid al-Dulaimi
    return (
        surface in names
        and nxt is not None
        and nxt.text[:1].isupper()
        and nxt.text not in ctx.nouns
        and nxt.text not in ctx.table["place_cues"]
        and not ctx.lookup.gazetteer.contains(normalize(nxt.text))
    )


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


def _primary_population(span: Span) -> int:
    """The population of the largest candidate whose own name (not an alternate) is the text."""
    own = [
        p.population
        for p in span.places
        if any(key in (normalize(p.name), strip_article(normalize(p.name))) for key in span.keys)
    ]
    return max(own, default=0)


def _primary_match(span: Span) -> bool:
    """The text is a candidate's own name (or a known exonym, or its own name in German
    transliteration: Wuhledar for Vuhledar), not one of its many alternates."""
    known = exonyms()
    # a hamlet only a pack knows does not make the name a town's own ("Jinnah", a village in
    # Yemen, is still only an alternate name of Karachi)
    places = [p for p in span.places if not minor_place(p)] or span.places
    for key in span.keys:
        if key in known:
            return True
        for place in places:
            if curated(place) or key in own_keys(place):
                return True  # every name of a curated place is its own (Gaza-Streifen)
    return False


def _known_division(ctx: SpanContext) -> bool:
    """In English, a first-level division of a million people or more (Alberta, Queensland,
    Maharashtra) is known by name like a country, where nothing suggests a person, a firm or
    a word: no capitalised name beside it (Lara Croft, Lin-Manuel Miranda; Alberta Premier is
    fine), not at a sentence's start (Santander reported …) or after "said", no common word
    (Central, Rivers), and a given name (Alberta, Victoria) only after a preposition or "the",
    before a noun, or in a list after another state or country ("Ontario, Alberta and
    Quebec")."""
    lang, surface, prev, nxt = ctx.lang, ctx.surface, ctx.prev, ctx.nxt
    words = lower_case_words(lang)
    if lang != "en" or surface.lower() in words:
        return False
    for word in (prev, nxt):
        # a capitalised name beside it (Lara Croft); a capitalised noun is fine (Alberta Premier)
        if word is not None and word.text[:1].isupper() and word.text.lower() not in words:
            return False
    if prev is not None and prev.text.lower() in ("said", "says", "told", "asked"):
        return False  # "…, said Guerrero": the speaker
    if ctx.initial:
        return False
    if surface in first_names() and not (
        (prev is not None and (prev.text.lower() in ctx.table["prepositions"] or prev.text.lower() == "the"))
        or (nxt is not None and nxt.text[:1].isupper())  # a capitalised noun after it: Alberta Premier
        or _after_listed_division(ctx)
    ):
        return False
    return any(
        p.kind == "admin1" and ctx.lookup.gazetteer.weight(p) >= _KNOWN_DIVISION_PEOPLE
        for p in ctx.span.places
    )


def _after_listed_division(ctx: SpanContext) -> bool:
    """Whether the span follows a state or country and a comma, "and" or "or"."""
    tokens, i = ctx.tokens, ctx.span.first
    if i < 2 or tokens[i - 1].text not in (",", "and", "or") or tokens[i - 2].sentence != tokens[i].sentence:
        return False
    before = tokens[i - 2].text
    return before[:1].isupper() and any(
        p.kind in ("admin1", "country") for p in ctx.lookup.places(ctx.lookup.keys_for(before))
    )


def _speaks(ctx: SpanContext) -> bool:
    """A town right before a verb of saying, or before a short time phrase and one ("Warren said",
    "Warren in October said"), or in German right after one ("…, schrieb Abiy auf Twitter"), is
    a person's name: a capital or a country speaks for its government ("Moscow said"), a town not."""
    if ctx.strong or ctx.cue_word is not None:
        return False
    if any(p.feature_code == "PPLC" or p.kind in ("country", "admin1", "region") for p in ctx.span.places):
        return False
    verbs = ctx.table.get("speaker_verbs", ())
    tokens, at = ctx.tokens, ctx.span.last + 1
    following = [t.text for t in tokens[at : at + 4] if t.sentence == tokens[ctx.span.last].sentence]
    after_verb = ctx.lang == "de" and ctx.prev is not None and ctx.prev.text in verbs
    if after_verb or (following[:1] and following[0] in verbs):
        return True
    return (
        len(following) >= 3
        and following[0] in ("in", "on", "last", "this", "am", "im")
        and following[2] in verbs
    )


def _kinship_name(ctx: SpanContext) -> bool:
    """A name before a kinship particle and a capitalised word ("Sanda Abu Mohammed", "Iyad Ag
    Ghaly"), or right after "bin" or "ibn", is part of a person's name."""
    particles = ctx.table.get("kinship_particles", ())
    prev, nxt, tokens = ctx.prev, ctx.nxt, ctx.tokens
    if prev is not None and prev.text.lower() in ("bin", "ibn") and prev.text in particles:
        return True
    if nxt is None or nxt.text not in particles:
        return False
    after = ctx.span.last + 2
    return after < len(tokens) and tokens[after].sentence == nxt.sentence and tokens[after].text[:1].isupper()


def _arabic_name_tail(ctx: SpanContext) -> bool:
    """A name that begins with a lower-case Arabic article right after an unknown capitalised
    word is the end of a longer name: a person's (Muktada al-Sadr) or a place's the
    gazetteer lacks (Amiriyat al-Falludscha is not Fallujah, Maarat al-Numan not Numan in
    Nigeria)."""
    prev, surface, table = ctx.prev, ctx.surface, ctx.table
    if prev is None or surface[:3] not in ARABIC_ARTICLES or not prev.text[:1].isupper():
        return False
    if ctx.doc.text[prev.end : prev.end + 1] != " " or not prev.text.isalpha():
        return False
    word = prev.text
    if word in table["place_cues"] or word in table["compound_heads"] or is_noun(word, ctx.nouns):
        return False
    return word.lower() not in lower_case_words(ctx.lang) and not ctx.lookup.known(normalize(word))


def _inside_foreign_name(ctx: SpanContext) -> bool:
    """In English text, a place next to a capitalised word no English reader knows and no
    gazetteer holds is part of a longer foreign name: "Qarah Hlanj" is not Qarah near Damascus;
    after an English word capitalised inside a sentence, of an organisation's ("the Presidency
    Council"). A country, region or river keeps its reading."""
    if ctx.strong:
        return False
    span, text, prev, nxt, table = ctx.span, ctx.doc.text, ctx.prev, ctx.nxt, ctx.table
    known = ctx.lookup.known_word
    after = prev is not None and text[prev.end : span.start] == " " and not sentence_initial(prev, ctx.doc)
    if after and (
        foreign_word(prev.text, table, known) or english_name_word(ctx.tokens, span.first - 1, table)
    ):
        return True
    return nxt is not None and text[span.end : nxt.start] == " " and foreign_word(nxt.text, table, known)


def _inside_name(ctx: SpanContext) -> bool:
    """A German text capitalises nouns and names only: a place between other capitalised words that are
    neither nouns nor places is part of a longer name (Inter Mailand, TU Berlin, Financial Times Deutschland)."""
    odds = place_odds("de")
    lower = lower_case_words("de")
    table, nouns, span, prev, nxt = ctx.table, ctx.nouns, ctx.span, ctx.prev, ctx.nxt

    def name_word(token: Token) -> bool:
        text = token.text
        if not text[:1].isupper() or is_noun(text, nouns) or text.lower() in lower:
            return False
        if text in table["place_cues"] or text in table["compound_heads"] or text in table["not_places"]:
            return False
        if text in first_names() or (odds.get(text, 0.0) >= 0.0 and not text.isupper()):
            return False
        genitive = token is prev and text.endswith("s") and ctx.lookup.known(normalize(text[:-1]))
        return not (genitive or ctx.lookup.known(normalize(text))) or (text.isupper() and len(text) <= 4)

    # (a genitive follows the noun it belongs to: "Einfluss Chinas", "Gerichtshof Kanadas")
    if (
        prev is not None
        and "genitive" not in span.reasons
        and name_word(prev)
        and not sentence_initial(prev, ctx.doc)
    ):
        return True
    # (a genitive name goes before what it owns: "Bremens Bürgermeister", "Wetzlars Coach")
    return nxt is not None and "genitive" not in span.reasons and name_word(nxt)
