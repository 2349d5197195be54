"""What a clause refers back to or spells out: the places a list after a colon details (the
plural noun it spells out stands for them), the places "the villages" point back to, and whether
a sentence tells earlier history or only describes a place's former state."""

from __future__ import annotations

import re
from typing import Optional, Sequence

from ..language.lexicon import common_words
from ..language.text import Token, clause_distance, token_at
from ..places.gazetteer import POINT_KINDS, distance_km
from ..places.words import maybe_demonym
from .governed import OF

# The kinds of place an anaphoric noun (data/events_*.json 'anaphoric_nouns') may point back to.
_KIND_FAMILY = {
    "city": {"city", "town"},
    "town": {"town", "city", "village"},
    "hill": {"hill", "mountain", "peak", "village", "place"},  # a tell is often a village's name
    "village": {"village", "place"},
    "quarter": {"place"},  # a quarter the text named and the town it lies in drew (quarters.py)
}
_DEFINITE_ARTICLES = frozenset({"the", "der", "die", "das", "den", "dem", "des"})
# the kinds a plural place noun points back to: villages may be towns in the gazetteer
_PLURAL_FAMILY = {"city": {"city", "town"}, "village": {"village", "place", "town"}}
# Plural nouns that point back to the places of a list (the villages, die Ortschaften), after one of
# _DEFINITE_PLURAL.
_PLURAL_PLACES = {"villages": "village", "settlements": "village", "localities": "village", "towns": "city",
                  "cities": "city", "dörfer": "village", "dörfern": "village", "ortschaften": "village",
                  "orte": "village", "orten": "village", "siedlungen": "village", "städte": "city",
                  "städten": "city"}  # fmt: skip
_DEFINITE_PLURAL = frozenset(
    {"the", "these", "those", "both", "die", "diese", "den", "diesen", "beide", "beiden"}
)


def plural_anaphora(
    tokens, trigger: int, kind: str, places, sentence_places, last_places
) -> list[tuple[int, str]]:
    """ "… the villages of A, B and C were targeted, adding that the villages were liberated":
    "the villages" (a definite plural place noun next to the verb) are the places of that
    kind named before it in the sentence, else in the sentence before."""
    at = None
    for j in [
        *range(trigger - 1, max(-1, trigger - 5), -1),
        *range(trigger + 1, trigger + 4),
    ]:
        if (
            0 < j < len(tokens)
            and tokens[j].text.lower() in _PLURAL_PLACES
            and tokens[j - 1].text.lower() in _DEFINITE_PLURAL
        ):
            at = j
            break
    if at is None:
        return []
    family = _PLURAL_FAMILY[_PLURAL_PLACES[tokens[at].text.lower()]]
    earlier = [
        i
        for i in sentence_places
        if places[i].start < tokens[at].start
        and places[i].place is not None
        and places[i].place.kind in family
    ]
    if len(earlier) < 2:
        earlier = [i for i in last_places if places[i].place is not None and places[i].place.kind in family]
    role = "target" if kind in ("capture", "recapture", "withdrawal") else "location"
    return [(i, role) for i in earlier] if len(earlier) >= 2 else []


_LIST_HEAD_REACH = 15  # words back from the colon to the plural noun
_LIST_PARTICLES = frozenset(
    {",", "und", "sowie", "oder", "and", "or", "-", "al", "el", "ad", "as", "ar", "at", "an"}
)


# Relative pronouns that open a clause about the noun before their comma (", which French troops
# entered", ", die die Armee eingenommen hat").
_RELATIVE_PRONOUNS = frozenset({"which", "die", "das", "den", "welche", "welches", "welchen"})


def relative_antecedent(
    tokens: Sequence[Token], trigger: int, places, sentence_places, measures: frozenset = frozenset()
) -> int | None:
    """The place a relative clause holding the trigger is about: "… the town of Niono, which French
    troops entered on Thursday" → Niono, the name right before ", which"; over a position in
    between ("Tel Shahir, five kilometers east of Kobane, which fell": Tel Shahir, not Kobane,
    where `measures` are the direction and distance words); and the name right before an English
    participle after a comma ("the town of Hadrut, captured on October 9")."""
    j = trigger - 1
    while j > 1 and tokens[j].text.lower() in _PARTICIPLE_ADVERBS:
        j -= 1
    word = tokens[trigger].text
    if j > 1 and tokens[j].text == "," and word.islower() and word.endswith(("ed", "en", "ken")):
        found = _place_ending_at(tokens, j - 1, places, sentence_places, measures)
        if found is not None:
            return found
    for j in range(trigger - 1, 1, -1):
        word = tokens[j].text
        if word in (",", ";", ":", "(", ")"):
            return None  # the clause began without a relative pronoun
        if word.lower() in _RELATIVE_PRONOUNS and tokens[j - 1].text == ",":
            return _place_ending_at(tokens, j - 2, places, sentence_places, measures)
    return None


_PARTICIPLE_ADVERBS = frozenset({"recently", "only", "already", "newly", "finally", "briefly", "since"})


def _place_ending_at(
    tokens: Sequence[Token], k: int, places, sentence_places, measures: frozenset
) -> int | None:
    found = next((i for i in sentence_places if places[i].start <= tokens[k].start < places[i].end), None)
    if found is None:
        return None
    j = k
    while j > 0 and tokens[j].sentence == tokens[k].sentence and tokens[j].text != ",":
        j -= 1  # back to the comma before the name's phrase
    phrase = {t.text.lower() for t in tokens[j + 1 : k]}
    if tokens[j].text == "," and j > 0 and phrase & measures:
        before = _place_ending_at(tokens, j - 1, places, sentence_places, frozenset())
        return before if before is not None else found
    return found


def list_head(tokens: Sequence[Token], position: int, heads: frozenset) -> int:
    """Where a place of a list after a colon stands for the verbs of its sentence: at the plural
    noun the list spells out ("liberated seventeen communities that had been held by the army:
    Pavlopol, Pishchevik" are liberated, not held), else at its own position."""
    sentence = tokens[position].sentence
    j = position - 1
    while j >= 0 and tokens[j].sentence == sentence:
        text = tokens[j].text
        if text == ":":
            for k in range(j - 1, max(-1, j - _LIST_HEAD_REACH), -1):
                if tokens[k].sentence != sentence:
                    break
                if tokens[k].text.lower() in heads:
                    return k
            return position
        if not (text[:1].isupper() or text.lower() in _LIST_PARTICLES or text in ("'", "’")):
            return position  # a word of a clause, not of a bare list of names
        j -= 1
    return position


def historic_sentence(text: str, table: dict) -> bool:
    """Whether a sentence tells earlier history ("as in 2014", "damals"). A cue that describes a
    noun's former state is not the sentence's time: "villages that had previously been held by
    the army", "…, previously held by the army", "…, die zuvor umkämpft war", "die früher
    umkämpfte Stadt"."""
    return any(not _describes_a_noun(text[: m.start()], table) for m in table["_history"].finditer(text))


def _describes_a_noun(before: str, table: dict) -> bool:
    """Whether a history cue after `before` (the sentence up to it) stands in a description."""
    stripped = before.rstrip()
    if stripped.endswith(","):
        return True  # "…, previously held by the army"
    clause = re.split(r"[,;:()–—]", stripped)[-1]
    words = re.findall(r"\w+", clause)
    if words and words[0] in table.get("relative_openers", ()):
        return True  # ", die zuvor …", ", which had previously …"
    saying = frozenset(table.get("saying_words", ()))
    for i, word in enumerate(words):
        if word in table.get("relative_words", ()) and not (word == "that" and i and words[i - 1] in saying):
            return True  # "villages that had previously been held" (not "said that")
    return bool(set(words[-3:]) & set(table.get("attributive_words", ())))  # die früher umkämpfte Stadt


def singular_anaphora(
    tokens,
    places,
    sentence_places,
    earlier,
    table: dict,
    trigger: int = 0,
    besides=frozenset(),
    relative=frozenset(),
) -> list[tuple[int, int]]:
    """ "innerhalb der Stadt", "entered the town" with no name: (the place, the noun's token). The
    place is the one of that kind named before the noun in its sentence ("battling to capture
    Kobane … to overrun the town"), one in a relative clause that ends before the noun only when
    no other is at hand ("residents who fled to X said troops entered the town"), else the first
    of `earlier` (what the sentence before was about, then what it named) of that kind, else of
    any (not for a hill or a quarter: a town is neither). "Town after town", "from village to village", "one
    town after another" are many places, "a town", "einen Hügel" a new one, "Capitol Hill" a
    name; none points back. "Iraq's second largest city" describes a name. `table` is the
    language's events table. Of several such nouns, the one nearest the verb at `trigger` in its
    clause counts (its object: "captured the hill as they laid siege to the city", "den Hügel
    eingenommen, als sie die Stadt belagerten"). A place in `besides` (the verb's own other
    places: "left Niono for the town") is not the one it points back to; a noun after one of the
    compass words `relative` is what another place lies from, no place of the event."""
    nouns = table.get("anaphoric_nouns", {})
    openers = frozenset(table.get("relative_openers", ()))
    indefinite = frozenset(table.get("indefinite_articles", ()))
    order = sorted(range(len(tokens)), key=lambda k: (clause_distance(tokens, trigger, k), k < trigger))
    for k in order:
        token = tokens[k]
        seat = _capital_of(tokens, k, table)
        if seat is not None and not _indefinite(
            tokens, k, indefinite, frozenset(table.get("definite_words", ()))
        ):
            # "the capital", "die Provinzhauptstadt": the capital of that rank named before, if any
            if _name_after(tokens, k, table, places, sentence_places) is None:
                before = places_before(places, sentence_places, token.start)
                seats = [i for i in (*before, *earlier) if i not in besides and _seat(places[i], seat)]
                if seats:
                    return [(seats[0], k)]
            continue
        kind = nouns.get(token.text.lower()) or _compound_kind(token.text.lower(), table)
        if kind is None or distributive(tokens, k, table) or possessed(tokens, k, table):
            continue
        if direction_before(tokens, k, relative):
            continue  # "drei Dörfer westlich der Stadt": what a place lies from, not a place of the event
        if _indefinite(tokens, k, indefinite, frozenset(table.get("definite_words", ()))):
            continue  # "captured a hill", "eroberten einen Hügel": a new place, not one named
        if k > 0 and token.text[:1].isupper() and not table.get("capitalised_nouns"):
            continue  # "Capitol Hill": part of a name
        if k > 0 and (
            tokens[k - 1].text.lower() in _DEAL_WORDS
            or (tokens[k - 2 : k] and tokens[k - 2].text.lower() == "under")
        ):
            continue  # "a peace settlement", "under the settlement reached on Sunday": a deal, no place
        if k > 0 and tokens[k - 1].text.lower() in _BARE_PREPOSITIONS:
            continue  # "Helfer vor Ort", "von Ort zu Ort": an idiom, no article, no town pointed back to
        named = _name_after(tokens, k, table, places, sentence_places)
        if named is not None:  # "den Ort Douentza": its own name; "the settlement of Mirny" (unknown): none
            if named < 0:
                continue
            return [(named, k)]
        if kind == "quarter" and (k == 0 or tokens[k - 1].text.lower() not in _DEFINITE_ARTICLES):
            continue  # "the Chuhuyivskyi district": a name; only "the district" points back
        family = _KIND_FAMILY[kind]
        points = [
            i
            for i in places_before(places, sentence_places, token.start)
            if _point(places[i]) and i not in besides
        ]
        outside = [i for i in points if not _in_relative_clause(tokens, places[i].start, k, openers)]
        ordered = [i for i in dict.fromkeys(earlier) if _point(places[i]) and i not in besides]
        # a place in a relative clause only when no other is at hand, and not one gone to or
        # from ("Bewohner, die nach X geflohen sind, berichteten, … in die Stadt eingedrungen")
        inside = [
            i for i in points if i not in outside and not _after_motion_word(tokens, places[i].start, table)
        ]
        # the gazetteer's kind, or the one the text gives it ("die Stadt Diabali", a village there)
        # … and a village of unknown size named in the sentence may be the town ("Diabali wurde
        # eingenommen, … Teile der Stadt": the gazetteer knows no population for many towns)
        fitting = [
            i
            for i in outside + ordered + inside
            if family & {places[i].place.kind, places[i].cue}
            or (i in outside and places[i].place.kind == "village" and not places[i].place.population)
        ]
        if kind not in ("hill", "quarter") and not fitting:
            # of any kind, but a village is no city of 100,000 ("in das Dorf" after the offensive
            # on Mosul and a village the gazetteer lacks)
            fitting = [i for i in ordered if kind != "village" or places[i].place.kind != "city"]
        if not fitting and kind == "quarter":
            continue  # "the district centre" after no quarter: another noun may point back
        return [(fitting[0], k)] if fitting else []
    return []


# Words before "settlement" that make it a deal ("peace settlement").
_DEAL_WORDS = frozenset({"peace", "political", "negotiated", "diplomatic", "ceasefire"})
# Words after a place noun that are no name of its own (weekdays, months).
_NOT_NAMES_AFTER = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag",
     "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "sonnabend", "january", "february", "march",
     "april", "may", "june", "july", "august", "september", "october", "november", "december", "on", "last"}
)  # fmt: skip
# German prepositions that, with no article, make a place noun an idiom (vor Ort, nach Hause).
_BARE_PREPOSITIONS = frozenset({"vor", "nach", "zu", "aus", "von", "bei", "mit", "ohne"})


def _name_after(tokens, k: int, table: dict, places, sentence_places) -> Optional[int]:
    """The place named right after the noun at k or after its "of"/"von" ("den Ort Douentza",
    "the town of Gao"): its index, -1 for a name no place was found for ("the settlement of
    Mirny"), None when no name follows (in German a capital alone makes no name: a common noun)."""
    j = k + 1 + (k + 1 < len(tokens) and tokens[k + 1].text.lower() in ("of", "von"))
    if j >= len(tokens) or tokens[j].sentence != tokens[k].sentence or not tokens[j].text[:1].isupper():
        return None
    for i in sentence_places:
        if places[i].start <= tokens[j].start < places[i].end and places[i].place is not None:
            return i if _point(places[i]) else None
    word = tokens[j].text
    if table.get("capitalised_nouns") and word in common_words("de"):
        return None
    if j == k + 1 and (
        word.lower() in _NOT_NAMES_AFTER
        or maybe_demonym(word, "de" if table.get("capitalised_nouns") else "en")
    ):
        return None  # "entered the city Saturday", "retook the city Russian forces had held"
    return -1


def _indefinite(tokens, k: int, indefinite: frozenset, definite: frozenset = frozenset()) -> bool:
    """Whether the article of the noun at k, over up to two adjectives, is an indefinite one
    (not "some of the city": a definite word or "of" comes first)."""
    for j in range(k - 1, max(-1, k - 4), -1):
        word = tokens[j].text
        if word.lower() in definite:
            return False
        if word.lower() in indefinite:
            return True
        if not word[:1].islower() or not word.isalpha():
            return False  # another noun, a name, a number or a mark: the noun has no article here
    return False


def _after_motion_word(tokens, at: int, table: dict) -> bool:
    """Whether the place at character `at` follows a word of going to or from (nach, from)."""
    words = set(table["roles"]["origin"]) | set(table["roles"]["destination"])
    before = [t for t in tokens if t.end <= at][-2:]
    return any(t.text.lower() in words for t in before)


def _in_relative_clause(tokens, at: int, noun: int, openers: frozenset) -> bool:
    """Whether the character `at` lies in a relative clause (", die nach X geflohen sind,") that
    closes before the token `noun`."""
    opened = None
    for k in range(noun):
        if tokens[k].text == "," and k + 1 < noun and tokens[k + 1].text.lower() in openers:
            opened = tokens[k].end
        elif tokens[k].text == "," and opened is not None:
            if opened <= at < tokens[k].start:
                return True
            opened = None
    return False


def places_before(places, sentence_places, at: int) -> list[int]:
    """The sentence's places that end before character `at`, nearest first."""
    return [i for i in reversed(sentence_places) if places[i].end <= at]


def _point(mention) -> bool:
    return mention.place is not None and mention.place.kind in POINT_KINDS


def distributive(tokens: Sequence[Token], k: int, table: dict) -> bool:
    """Whether the noun at k is one of many: repeated across one of the table's
    'distributive_words' ("town after town", "Dorf um Dorf", "from village to village"), or
    before one of its 'distributive_after' ("one town after another")."""
    words = table.get("distributive_words", ())
    lowered = [t.text.lower() for t in tokens[max(0, k - 2) : k + 3]]
    at = min(k, 2)
    repeated = any(
        0 <= at + 2 * step < len(lowered)
        and lowered[at + step] in words
        and lowered[at + 2 * step] == lowered[at]
        for step in (-1, 1)
    )
    following = " ".join(t.text.lower() for t in tokens[k + 1 : k + 4])
    return repeated or any(following.startswith(phrase) for phrase in table.get("distributive_after", ()))


def possessed(tokens: Sequence[Token], k: int, table: dict) -> bool:
    """Whether a possessive stands among the three words before k: "Iraq's second largest city";
    not "it's", "that's" (the table's 'contractions')."""
    contractions = table.get("contractions", ())
    return any(
        (t.text.lower().endswith(("'s", "’s")) and t.text.lower().replace("’", "'") not in contractions)
        or t.text in ("'", "’")
        for t in tokens[max(0, k - 3) : k]
    )


def attributive_place(
    tokens, trigger: int, places, sentence_places, cues, prepositions
) -> list[tuple[int, str]]:
    """ "der erst kürzlich eroberten Stadt al-Qaim": the participle's event is about the place it
    describes, named within the next few words, as (place, role); one after a preposition is
    where what it describes lies ("die eroberten Gebiete um Isjum"), not what was taken."""
    for place_index in sentence_places:
        position = token_at(tokens, places[place_index].start)
        if position is not None and 0 < position - trigger <= 3:
            # "the liberated city of Kherson": "of" after a cue noun names the town itself
            around = any(
                tokens[k].text.lower() in prepositions
                and not (tokens[k].text.lower() in OF and tokens[k - 1].text in cues)
                for k in range(trigger + 1, position)
            )
            role = "vicinity" if around else "target"
            return [(i, role) for i in _listed_from(tokens, place_index, places, sentence_places)]
    return []


_JOINERS = frozenset({",", "und", "sowie", "and"})
_CLOSERS = frozenset({"und", "sowie", "and"})  # not "oder": "Isjum oder Kupjansk, das ist unklar"


def _listed_from(tokens, first: int, places, sentence_places) -> list[int]:
    """The place `first` and the names a list joins to it ("eroberten Gao und Timbuktu", "Isjum,
    Balaklija und Kupjansk"); commas join only where "und" closes the list (an apposition
    otherwise: "Kupjansk, eine Stadt …" is no list)."""
    chain, joiners = [first], []
    following = sorted(
        (i for i in sentence_places if places[i].start > places[first].start), key=lambda i: places[i].start
    )
    for index in following:
        last = token_at(tokens, places[chain[-1]].end - 1)
        nxt = token_at(tokens, places[index].start)
        if last is None or nxt is None or not 0 < nxt - last <= 2:
            break
        between = [t.text.lower() for t in tokens[last + 1 : nxt]]
        if len(between) != 1 or between[0] not in _JOINERS:
            break
        after = token_at(tokens, places[index].end - 1)
        if (
            after is not None
            and after + 1 < len(tokens)
            and tokens[after + 1].text[:1].islower()
            and tokens[after + 1].text.isalpha()
        ):
            break  # "eroberten Isjum und Charkiw feierte": the name is the next clause's subject
        chain.append(index)
        joiners.append(between[0])
        if between[0] in _CLOSERS:
            break
    if not joiners or joiners[-1] not in _CLOSERS:
        return [first]
    return chain


def direction_before(tokens, noun: int, relative: frozenset) -> bool:
    """A compass word before the noun, over its article and "of" ("westlich der Stadt", "west of the town")."""
    k = noun - 1
    while k > 0 and tokens[k].text.lower() in ("der", "des", "the", "of", "von"):
        k -= 1
    return tokens[k].text.lower() in relative


def _capital_of(tokens: Sequence[Token], k: int, table: dict) -> Optional[str]:
    """The GeoNames feature code a noun of a capital at k names ('capital_nouns': "die Hauptstadt"
    PPLC, "die Provinzhauptstadt" PPLA; 'capital_qualifiers' before it: "the provincial capital"),
    or None."""
    code = table.get("capital_nouns", {}).get(tokens[k].text.lower())
    if code is not None and k > 0 and tokens[k - 1].text.lower() in table.get("capital_qualifiers", ()):
        return "PPLA"
    return code


def _seat(mention, code: str) -> bool:
    """Whether a place mention is a capital of the rank `code` (PPLA also for PPLA2 …; the
    gazetteer knows a feature code for national capitals, rarely for others, so "the provincial
    capital" points back to none rather than to the country's capital)."""
    feature = (mention.place.feature_code or "") if mention.place is not None else ""
    return feature.startswith(code)


def _compound_kind(word: str, table: dict) -> Optional[str]:
    """A German compound whose head is an anaphoric noun of a town ('anaphoric_heads': Oasenstadt,
    Küstenstadt, Ruinenstadt, Grenzdorf): the kind of its head."""
    if word.startswith(("haupt", "nachbar", "partner", "heimat", "geburts", "provinz", "kreis", "bezirks")):
        return None  # "die Hauptstadt", "die Nachbarstadt": another town than the one named
    for head, kind in table.get("anaphoric_heads", {}).items():
        if word.endswith(head) and len(word) > len(head) + 2:
            return kind
    return None


WITHDRAWAL_REACH_KM = 250.0


def within_reach(origin, goal, tokens: Sequence[Token]) -> bool:
    """Whether two mentions' places lie within WITHDRAWAL_REACH_KM, in a sentence that does not
    move elsewhere ("… Soledar eingenommen. Die Einheiten zogen sich in Richtung Siwersk zurück";
    not "Elsewhere, Ukrainian troops pulled back toward Kupiansk")."""
    if origin.place is None or goal.place is None or (tokens and tokens[0].text.lower() in _ELSEWHERE):
        return False
    return (
        distance_km(origin.place.lat, origin.place.lon, goal.place.lat, goal.place.lon) <= WITHDRAWAL_REACH_KM
    )


def elsewhere(tokens: Sequence[Token]) -> bool:
    """Whether the sentence opens by moving to another scene ("Elsewhere, …", "Meanwhile, …", "Im
    Süden …", "In the east …"): what it tells is not about the place the sentence before told of."""
    words = [t.text.lower() for t in tokens[:3]]
    return bool(words) and (
        words[0] in _ELSEWHERE
        or (len(words) > 1 and words[0] in ("im", "in") and words[-1] in _QUARTERS_OF_LAND)
        or (len(words) > 1 and words[1] in _QUARTERS_OF_LAND)
    )


_ELSEWHERE = frozenset(
    {
        "elsewhere",
        "meanwhile",
        "separately",
        "andernorts",
        "anderswo",
        "unterdessen",
        "indes",
        "derweil",
        "zudem",
    }
)
_QUARTERS_OF_LAND = frozenset(
    {"süden", "norden", "osten", "westen", "south", "north", "east", "west", "südosten", "nordosten",
     "südwesten", "nordwesten", "southeast", "northeast", "southwest", "northwest"}
)  # fmt: skip


def points_there(tokens: Sequence[Token]) -> bool:
    """Whether the sentence says "there", "dort", "von dort" of a place named before ("The army
    had abandoned its bases there", "zogen sich von dort zurück"); not the English "there is",
    "there were" of being."""
    return any(
        t.text.lower() in ("there", "dort", "dorthin")
        and not (k + 1 < len(tokens) and tokens[k + 1].text.lower() in _BEING)
        and not any(
            w.text.lower() in _ARTICLE_BEFORE for w in tokens[max(0, k - 2) : k]
        )  # "die dort verbliebenen"
        for k, t in enumerate(tokens)
    )


_ARTICLE_BEFORE = frozenset({"die", "der", "das", "den", "dem", "des", "the"})
_BEING = frozenset(
    {"is", "are", "was", "were", "have", "has", "had", "will", "would", "may", "might", "seems", "remain"}
)
