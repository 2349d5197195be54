"""What governs a place or an event noun in the words before it: a distance it is measured from
("5 km südlich von X"), positions forces set out from ("from bases in X"), a time after an
event ("nach ihrer Eroberung"), a region a movement sets out from, a road a move goes along."""

from __future__ import annotations

import re
from functools import cache
from typing import Optional, Sequence

from ..language.lexicon import toponym_table
from ..language.text import CLAUSE_BREAKS, Token, coordinated_clause, token_at
from ..places.facilities import facility_nouns
from ..places.mentions import PlaceMention
from ..places.relative import position_words
from ..places.words import name_before_apposition
from .actors import names_a_force

OF = frozenset({"von", "vom", "of", "from", "der", "des"})
ORIGIN_AREA_KINDS = frozenset({"region", "admin1"})  # where a movement may set out, drawn at its centre


def after_it(tokens: Sequence[Token], trigger: int, table: dict) -> bool:
    """A noun of an event that a time after it governs ("eine Woche nach ihrer Eroberung", "seit
    der Verstärkung", "since its capture"): what happened before the sentence's news. The words
    are the table's 'after_words' and, for English, whose nouns are not capitalised, 'event_nouns'."""
    if not tokens[trigger].text[:1].isupper() and tokens[trigger].text.lower() not in table.get(
        "event_nouns", ()
    ):
        return False
    after = table.get("after_words", ())
    for j in range(trigger - 1, max(-1, trigger - 4), -1):
        word = tokens[j].text
        if word.lower() in after:
            return True
        if not (word.isalpha() and word.islower()):
            return False  # "seit September eine Präsenz": a time after it, not an event
    return False


def unlinked_name(tokens: Sequence[Token], noun: int, position: int, lang: str) -> bool:
    """A German event noun governs no name right after it without a preposition or a genitive:
    "eroberten nach heftigen Kämpfen Rastan" (the verb's object), but "die Eroberung Bachmuts"."""
    return (
        lang == "de"
        and 0 < noun == position - 1
        and tokens[noun].text[:1].isupper()
        and not tokens[position].text.endswith("s")
    )


_PARTICIPLE_ENDINGS = ("te", "ten", "tes", "ter", "tem", "ene", "enen", "ener", "enes", "enem")


def agent_of_participle(tokens: Sequence[Token], first: int, end: int) -> bool:
    """Whether the place from token `first` to character `end` follows an article and "von" (over
    an article) and comes before an attributive participle and its noun: whose act the participle names
    ("der von Moskau eingesetzte Verwaltungschef", "die von den USA unterstützten Kämpfer"), no
    place of the sentence's event."""
    k = first - 1
    if k > 0 and tokens[k].text.lower() in ("den", "der", "dem"):
        k -= 1
    after = [t for t in tokens if t.start >= end][:2]
    return (
        k > 0
        and tokens[k].text.lower() in ("von", "vom")
        and tokens[k - 1].text.lower()
        in _ARTICLES_OF["de"]  # "der von Moskau eingesetzte"; not "sich von X weiter"
        and len(after) == 2
        and after[0].text.islower()
        and after[0].text.endswith(_PARTICIPLE_ENDINGS)
        and after[1].text[:1].isupper()
    )


def earlier_event_place(tokens: Sequence[Token], position: int, trigger: int, table: dict) -> bool:
    """Whether the place at `position` is what an earlier event a time word governs happened to
    ("Nach dem Fall von Awdijiwka hat sich die Armee aus drei Dörfern zurückgezogen", "after the
    fall of Avdiivka", "seit der Eroberung von Bachmut"): an after-word, an article, a noun and
    "of", "von" or a genitive article right before it; the place of that noun, not of the verb at
    `trigger` (a movement sets out from it: extractor)."""
    k = position - 1
    if k < 3 or tokens[k].text.lower() not in OF:
        return False
    noun = k - 1
    if noun == trigger or not tokens[noun].text.isalpha():
        return False
    word = tokens[noun].text.lower()
    if word not in table["_words"] and word not in table.get("event_nouns", ()):
        return False  # an event's noun (Eroberung, Fall, capture), not "nach eigenen Angaben von X"
    for j in range(noun - 1, max(-1, noun - 4), -1):
        if tokens[j].text.lower() in table.get("after_words", ()):
            return True  # "Nach dem Fall", "after the fall", "since its capture"
        if not (tokens[j].text.isalpha() and tokens[j].text.islower()):
            return False
    return False


def region_origin(mention: PlaceMention) -> bool:
    """A region or state, not a country: a movement may set out from it ("from the Sumy region")."""
    return mention.place is not None and mention.place.kind in ORIGIN_AREA_KINDS


def from_the_positions(tokens: Sequence[Token], j: int, role_of: dict, positions: frozenset) -> bool:
    """Whether the locative preposition at j follows a noun of where forces are based that an
    origin preposition governs ("from bases in", "aus Stellungen bei", "from the army's positions
    near"), over articles and adjectives."""
    if j < 2 or tokens[j - 1].text.lower() not in positions:
        return False
    for k in range(j - 2, max(-1, j - 5), -1):
        word = tokens[k].text.lower()
        if role_of.get(word) == "origin":
            return True
        if not (word.isalpha() and tokens[k].text[:1].islower()) and not word.endswith("'s"):
            return False
    return False


def measured_from(tokens: Sequence[Token], j: int, relative: frozenset, cues: frozenset) -> bool:
    """The preposition at j follows a direction or a distance, also over "the city of"
    ("südlich von", "5 km west of", "southwest of the city of Kursk")."""
    k = j - 1
    while k >= 1 and (
        tokens[k].text.lower() in cues or tokens[k].text.lower() in ("the", "der", "die", "das")
    ):
        if tokens[k - 1].text.lower() in OF:
            k -= 2  # "of the city of": measured from the city
            continue
        k -= 1
    if k < 0 or tokens[k].text.lower() not in relative:
        return False
    # "pushed south from Izium": where the move set out; "20 km north from X" is measured
    return tokens[j].text.lower() != "from" or (k > 0 and _distance_word(tokens[k - 1].text))


def _distance_word(word: str) -> bool:
    """A number, a unit of distance or a word of estimate before one ("20", "20km", "miles",
    "just", "some"; data/positions.json, in English: only an English "from" is read so)."""
    lowered = word.lower()
    return bool(_MEASURE.fullmatch(lowered)) or lowered in _distance_words()


_MEASURE = re.compile(r"[\d.,]+\s*(?:km|mi|m|kilometres|kilometers|miles)?")


@cache
def _distance_words() -> frozenset:
    words = position_words("en")
    return frozenset(w.lower() for w in [*words["units"], *words["numbers"], *words["about"]] if " " not in w)


def before_in_clause(lowered: Sequence[str], i: int, words: Sequence[str]) -> bool:
    """Whether one of `words` stands among the five words before i, within its clause."""
    for j in range(i - 1, max(-1, i - 6), -1):
        if lowered[j] in CLAUSE_BREAKS:
            return False
        if lowered[j] in words:
            return True
    return False


def subject_at(
    lowered: Sequence[str], i: int, words: Sequence[str], after: int = 0, before: int = 5
) -> Optional[int]:
    """Where one of `words` stands as the subject of the verb at i: among the `before` words
    before it or the `after` words after it ("verließ ein Konvoi"), within its clause, and not in
    a phrase of manner ("in einer Kolonne", "in a convoy", "mit einem Konvoi"); nearest first
    after the verb, then before it; None when none does."""
    window = list(range(i + 1, min(len(lowered), i + 1 + after))) + list(
        range(i - 1, max(-1, i - 1 - before), -1)
    )
    for j in window:
        between = range(min(i, j) + 1, max(i, j))
        if any(lowered[k] in CLAUSE_BREAKS for k in between) or lowered[j] in CLAUSE_BREAKS:
            continue
        if lowered[j] in words and not any(w in _MANNER for w in lowered[max(0, j - 2) : j]):
            return j
    return None


_MANNER = frozenset({"in", "im", "mit", "with"})  # before a convoy it rides in, not the one that moves


def along_it(tokens: Sequence[Token], noun: int, along: Sequence[str]) -> bool:
    """Whether a route noun is the way a move goes ("along the road to X", "über die Straße nach X"):
    then X is where it went."""
    return any(t.text.lower() in along for t in tokens[max(0, noun - 3) : noun])


# Auxiliaries of a passive: "were pushed back", "zurückgedrängt worden".
_PASSIVE_BEFORE = frozenset({"was", "were", "been", "being", "be", "is", "are", "get", "got"})
_PASSIVE_AFTER = frozenset({"worden", "wurde", "wurden", "werden", "wird"})
_AGENT_WORDS = frozenset({"by", "von", "vom", "durch"})


def passive_kind(spec: dict, kind: str, tokens: Sequence[Token], trigger: int) -> str:
    """A trigger's 'passive_type' where it stands in a passive that names no agent: "Russian
    troops were pushed back from X", "die Soldaten seien aus Y zurückgedrängt worden", "wurden
    die letzten IS-Kämpfer aus der Stadt vertrieben" (they withdrew); else its kind."""
    if not spec.get("passive_type"):
        return kind
    start = next((k + 1 for k in range(trigger - 1, -1, -1) if tokens[k].text in CLAUSE_BREAKS), 0)
    end = next((k for k in range(trigger + 1, len(tokens)) if tokens[k].text in CLAUSE_BREAKS), len(tokens))
    clause = [t.text.lower() for t in tokens[start:end]]
    before = [t.text.lower() for t in tokens[max(start, trigger - 2) : trigger]]
    after = [t.text.lower() for t in tokens[trigger + 1 : min(end, trigger + 3)]]
    participle = not tokens[trigger].text.lower().endswith("ing")  # "were pushed", not "were pushing"
    passive = (participle and bool(set(before) & _PASSIVE_BEFORE)) or bool(set(after) & _PASSIVE_AFTER)
    # German puts the auxiliary second and the participle last: "wurden … aus der Stadt vertrieben"
    sentence = tokens[trigger].sentence
    nxt = tokens[trigger + 1] if trigger + 1 < len(tokens) else None
    last = nxt is None or nxt.sentence != sentence or not nxt.text[:1].isalnum()
    auxiliary = any(
        t.sentence == sentence and t.text.lower() in _PASSIVE_AFTER for t in tokens[start:trigger]
    )
    passive = passive or (last and auxiliary)
    return spec["passive_type"] if passive and not set(clause) & _AGENT_WORDS else kind


def verb_role(spec: dict, role: Optional[str], after: bool, holder: bool = False) -> Optional[str]:
    """The role a place gets from the verb itself, where its preposition gives none or another;
    `after` when the place follows the verb, `holder` when it is the genitive right after a noun
    of holding ("in Händen Kiews", "unter Kontrolle Moskaus": who holds, not what is held)."""
    if holder:
        return "reference"
    if spec.get("departure") and (role is None or (role in ("location", "target") and after)):
        # ein Konvoi verließ Niono, a convoy of tanks left Niono, Niono verließ ein Konvoi
        return "origin"
    if role == "origin" and spec.get("origin_taken"):
        return "target"  # drove the militants from X: X is what they took
    if role == "via" and not spec.get("motion"):
        return "location"  # über Cherson gehisst, Luftangriffe über Aleppo: a way only for a move
    if role in (None, "location") and spec.get("object_goal") and after:
        return "destination"  # näherten sich Ljubimowka, approached Kupiansk, closing in on X
    return role


def owned_noun_near(tokens: Sequence[Token], i: int, nouns: Sequence[str]) -> bool:
    """Whether one of `nouns` stands within four words before i or ten after, in its clause, of a
    nation or a force: after an adjective of nationality ("die irakische Flagge"), after "the"
    and a name ("the Iraqi flag", "the Islamic State flag"), before "of the" and a name ("the
    black flag of the Islamic State"), or as a compound's head ("IS-Fahne", "Nationalflagge")."""
    for j in range(max(0, i - 4), min(len(tokens), i + 11)):  # "hissten am Montag in X die … Flagge"
        word = tokens[j].text.lower()
        if j == i or any(tokens[k].text.lower() in CLAUSE_BREAKS for k in range(min(i, j) + 1, max(i, j))):
            continue
        head = next((n for n in nouns if word.endswith(n)), None)
        if head is None:
            continue
        if word != head:
            if "-" in word or word[: -len(head)] in _OWNER_STEMS:
                return True
            continue
        k = j - 1
        while (
            k >= 0 and k != i and tokens[k].text[:1].isupper() and tokens[k].text.lower() not in _DETERMINERS
        ):
            k -= 1
        named = k < j - 1 and k >= 0 and tokens[k].text.lower() in _DETERMINERS
        adjective = j > 0 and tokens[j - 1].text.lower().endswith(_OWNER_ENDINGS)
        after = [t.text for t in tokens[j + 1 : j + 4]]
        of_named = (
            len(after) == 3
            and after[0].lower() in OF
            and (after[1][:1].isupper() or (after[1].lower() in _DETERMINERS and after[2][:1].isupper()))
        )
        if named or adjective or of_named:
            return True
    return False


# an owner of a flag written into its noun (Nationalflagge, Staatsflagge) or as an adjective
# (die irakische Flagge, the national flag), and the articles before a name that owns one
_OWNER_STEMS = frozenset({"national", "staats", "landes"})
_OWNER_ENDINGS = ("ische", "ischen", "national")
_DETERMINERS = frozenset({"the", "a", "an", "der", "des"})


# Words between "on" and the goal's name: "marched on the city of X", "on the besieged town of X".
GOAL_WORDS = frozenset({"the", "town", "city", "village", "capital", "of", "besieged", "strategic", "key"})


def into_goal(tokens: Sequence[Token], position: int, table: dict, verb_end: int = -1) -> bool:
    """Whether the place at token `position` follows a preposition of place and its accusative
    article (the table's 'motion_into': "in die Stadt Gao", "ins Dorf"), over cue nouns and
    adjectives and a part of the town ("in den Westteil von X", "in die Innenstadt von X"), or one
    of the 'goal_after_verb' right after the verb ending at `verb_end` ("advancing on Saraqib",
    "marched on the city of X"): the goal of a verb of movement, not where it happened."""
    after_verb = verb_end + 1
    if (
        0 <= after_verb < position
        and tokens[after_verb].text.lower() in table.get("goal_after_verb", ())
        and all(t.text.lower() in GOAL_WORDS for t in tokens[after_verb + 1 : position])
    ):
        return True
    into = table.get("motion_into", {})
    prepositions = {w for words in table.get("roles", {}).values() for w in words}
    parts = frozenset(table.get("part_nouns", ()))
    for j in range(position - 1, max(0, position - 7), -1):
        word = tokens[j].text.lower()
        if word in ("von", "vom") and j > 0 and _part_noun(tokens[j - 1].text, parts):
            continue
        if word in CLAUSE_BREAKS or word in prepositions:
            return False  # "in die Dörfer bei Kupjansk": Kupjansk is where they lie
        if tokens[j - 1].text.lower() in into:  # "in den Westteil": a masculine singular, no dative plural
            return word in into[tokens[j - 1].text.lower()] or (
                word == "den" and tokens[j + 1].text.endswith("teil")
            )
    return False


def subordinate_before(tokens: Sequence[Token], trigger: int, place: int, table: dict) -> bool:
    """Whether the trigger stands in a subordinate clause ("da", "weil", "since" …: the table's
    'subordinators') that ends between it and the place: "Nun, da die Stadt in Händen Kiews ist,
    ist der Weg frei bis Donezk" (Donezk is the main clause's), not "controls 300 settlements,
    including Izium" (a list that goes on)."""
    words = frozenset(table.get("subordinators", ()))
    end = next((k for k in range(trigger + 1, place) if tokens[k].text in CLAUSE_BREAKS), None)
    if end is None:
        return False
    for k in range(trigger - 1, -1, -1):
        if tokens[k].text in CLAUSE_BREAKS:
            return False
        if tokens[k].text.lower() in words:
            return True
    return False


# words between a place and the word that says it lies near: articles, "of", "von"
_BETWEEN_NEAR = frozenset({"the", "der", "die", "das", "dem", "den", "des", "of", "von", "vom", "to"})
_ARTICLES = frozenset({"the", "a", "der", "die", "das", "dem", "den", "des", "ein", "eine", "einen", "einem"})


def near_it(
    tokens: Sequence[Token],
    position: int,
    words: frozenset,
    cues: frozenset,
    end: int = -1,
    features=frozenset(),
) -> bool:
    """Whether the place at `position` is named as what another lies near ("a village near
    Mosul", "ein Dorf unweit von X", "im Umland Mossuls", "in the vicinity of the town of X"):
    one of the language's `words` (data/events_<lang>.json, "proximity_words") before it, over
    articles, "of", "to" and cue nouns ("close to X"); not one that stands right before the cue
    noun or after an article, as an adjective ("the nearby village of X", "das nahe Dorf X",
    "das nahe Isjum": X was taken). Or a feature noun of the land follows the name, which ends at
    offset `end` ("feature_nouns_after": "Kobane hill", "Kobane's hills": the hill was taken)."""
    after = next((t for t in tokens if t.start >= end), None) if features else None
    if after is not None and after.text in ("'s", "’s"):
        after = next((t for t in tokens if t.start > after.start), None)
    following = next((t for t in tokens if t.start > after.start), None) if after is not None else None
    if (
        after is not None
        and after.text in features
        and not (following and following.text in ("by", "after", "to"))
    ):
        return True  # "Kobane hill"; not "the town hill by hill"
    k = position - 1
    while k >= 0 and (
        tokens[k].text.lower() in _BETWEEN_NEAR
        or tokens[k].text in cues
        or (
            tokens[k].text.isalpha()
            and tokens[k].text.islower()
            and tokens[k].text not in words
            and k > 0
            and tokens[k - 1].text.lower() in _ARTICLES
        )
    ):  # "overlooking the besieged city of X": over an adjective after its article
        k -= 1
    if k < 0 or tokens[k].text.lower() not in words:
        return False
    # "das nahe Dorf X", "das nahe Isjum": an adjective of what follows, which is the place taken
    adjective = tokens[k + 1].text in cues or (
        k + 1 == position and k > 0 and tokens[k - 1].text.lower() in _ARTICLES
    )
    return not adjective


_QUOTES = frozenset('"“”„«»')  # not the apostrophes, which also mark possessives (Ukraine’s)


def beyond_quote(tokens: Sequence[Token], trigger: int, position: int, speech: frozenset) -> bool:
    """Whether the place at `position` stands in who said the quotation the trigger is in: after
    its close and a verb of `speech` (“… managed to liberate the college,” said the Ramadi
    district mayor), or before a verb of speech with no comma between ("…,” the Ramadi mayor
    said), not in what was said („… befreit“, zuletzt die Städte Isjum und Kupjansk, sagte …)."""
    if position < trigger or sum(t.text in _QUOTES for t in tokens[:trigger]) % 2 == 0:
        return False
    close = next((k for k in range(trigger + 1, position) if tokens[k].text in _QUOTES), None)
    if close is None:
        return False
    if any(t.text.lower() in speech for t in tokens[close + 1 : min(position, close + 4)]):
        return True  # “…,” said the Ramadi district mayor
    # “…,” the Ramadi district mayor said: a verb of saying after the place, with no comma
    # between the quotation's close and it
    for k in range(close + 1, min(len(tokens), close + 10)):
        if tokens[k].text in CLAUSE_BREAKS and k > close + 1:
            return False
        if tokens[k].text.lower() in speech:
            return k > position
    return False


_ROLE_SKIP = 7  # words a preposition may stand before its place (von der erst kürzlich eroberten Stadt X)
# the articles of a genitive a compass adverb governs (östlich der Stadt, nördlich des Flusses)
_GENITIVE_ARTICLES = frozenset({"der", "des"})
HOLDING_NOUNS = frozenset({"kontrolle", "control"})
# nouns of holding or taking: the place after them (over "von", "of") is what is held or taken
CONTROL_NOUNS = frozenset(
    {
        "kontrolle",
        "control",
        "einnahme",
        "eroberung",
        "rückeroberung",
        "befreiung",
        "übernahme",
        "capture",
        "recapture",
        "seizure",
        "fall",
        "liberation",
        "takeover",
    }
)


def governing_role(
    tokens,
    position,
    role_of,
    relative,
    cues,
    previous_role,
    positions=frozenset(),
    routes=(frozenset(), -1, (), lambda _word: False),
    genitives=frozenset(),
) -> Optional[str]:
    """The role the word governing a place gives it: the nearest preposition before it over
    articles, adjectives and cue nouns (vom erst kürzlich wiedereroberten Anah → origin); none
    where the event's own verb comes first: the place is its object ("advanced from X and
    approached Y": Y is what was approached, not a second place set out from)."""
    for step in range(1, _ROLE_SKIP + 1):
        j = position - step
        if j < 0 or j == routes[1]:
            return None
        text = tokens[j].text
        word = text.lower()
        if word in ("und", "sowie", "and", "&", "oder", "or"):
            # "took A, the capital of X, and B", "reached A, opposite X, and B": A's role
            listed = before_apposition(
                tokens, j, frozenset(w for w, r in role_of.items() if r == "reference")
            )
            if listed is not None:
                return governing_role(
                    tokens, listed, role_of, relative, cues, None, positions, routes, genitives
                )
            return None if coordinated_clause(tokens, j) else previous_role
        if word in CLAUSE_BREAKS:
            if word == "," and j > 0 and tokens[j - 1].text.lower() in cues:
                continue  # apposition: "from the capital, Bamako" takes the capital's role
            if (
                word == ","
                and step == 1
                and j > 0
                and tokens[j - 1].text[:1].isupper()
                and _list_goes_on(tokens, position)
            ):
                return previous_role  # a list: "aus Lastotschkyne, Sjewerne und Stepowe"
            return None
        role = role_of.get(word)
        if word in ("von", "vom") and j > 0 and tokens[j - 1].text in _compass_nouns():
            return "reference"  # "im Norden von Bachmut", "den Osten von Bachmut": a part, not the town
        if word in ("of", "von", "vom") and j > 0 and tokens[j - 1].text.lower() in _facility_words():
            return "location"  # "the airport of al-Bab", "den Flughafen von Gao": where the thing is
        if role is None:
            if word in genitives and (j + 1 == position or tokens[j + 1].text.lower() in _GENITIVE_ARTICLES):
                return (
                    "reference"  # "östlich der Millionenstadt Mossul", "östlich Mossuls": a direction from it
                )
            if text[:1].isupper() and text not in cues and not _part_noun(text, cues):
                return None  # another noun: the place is not governed by what stands before it
            continue
        before = tokens[j - 1].text.lower() if j > 0 else ""
        if before in HOLDING_NOUNS or (before in CONTROL_NOUNS and j - 1 == routes[1]):
            # "die Kontrolle über den Ort X", "control of X": what is held; "die Befreiung von
            # Kupjansk": what the noun's own event took (not another verb's: "Nach der
            # Befreiung von Cherson rückten Truppen … vor" set out from Cherson)
            return "target"
        if word in OF and measured_from(tokens, j, relative, cues):
            return "reference"  # südlich von Abu Kamal; 105 km southwest of the city of Kursk
        if (
            role == "origin"
            and j > 0
            and _part_noun(tokens[j - 1].text, cues)
            and tokens[j - 1].text[:1].isupper()
        ):
            continue  # den Stadtrand von Pokrowsk, den Westteil von X: governed by what governs the part
        if word == "of" and j > 0 and tokens[j - 1].text.lower() == "direction":
            return "destination"  # "advanced in the direction of Hrushivka"
        if word == "of" and j > 0 and _part_noun(tokens[j - 1].text.lower(), cues):
            continue  # "to the town of Sevare", "into the western part of X": governed by what governs the town
        if before == "bis":
            return "destination"  # bis in das Dorf
        if role == "location" and from_the_positions(tokens, j, role_of, positions):
            return "origin"  # "reinforcements from bases in Jarabulus", "aus Stellungen bei X"
        nouns, trigger, along, operations = routes
        # the ends of a road a thing was taken on; a move on it goes from one end to the other
        # (`positions` are given for movements only)
        ends = not positions and j > 2 and tokens[j - 2].text.lower() in ("from", "von")
        road = j - 1 if before in nouns else j - 3 if ends else -1
        if (
            (role == "destination" or (role == "origin" and not positions))
            and road >= 0
            and j - 1 != trigger
            and tokens[road].text.lower() in nouns
            and not along_it(tokens, road, along)
        ):
            # "supply lines to Aleppo", "die Straße nach Kupjansk", "a checkpoint on the highway
            # from Kramatorsk to Sloviansk": where it leads or runs from
            return "reference"
        if role == "destination" and j - 1 != trigger and operations(before):
            return (
                "reference"  # "Woche der Großoffensive auf Mossul": the operation's aim, not the verb's goal
            )
        return role
    return None


def negated(tokens: Sequence[Token], index: int, end: int, table: dict) -> bool:
    """Whether a negation stands with the trigger at index..end: in the four words before it, in
    it, or (for a one-word trigger) in the two after it ("did not enter", "nahmen X nicht ein").
    "Without" says how a move went, not that it did not, after the verb or before a manner noun
    ("entered without resistance", "withdrew without taking X")."""
    negations = table["negations"]
    manner = frozenset(table.get("manner_after_without", ()))
    high = index + 3 if end == index else end + 1
    for k in range(max(0, index - 4), min(high, len(tokens))):
        word = tokens[k].text.lower()
        if word not in negations:
            continue
        after = tokens[k + 1].text.lower() if k + 1 < len(tokens) else ""
        if word == "without" and (k > index or after in manner):
            continue
        return True
    return False


_JOINING = frozenset({"and", "und", "or", "oder", ";", "but", "aber"})
_LOCATIVES = frozenset({"of", "im", "am", "vom", "zum"})
_ARTICLES_OF = {
    "de": frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer"}),
    "en": frozenset({"the", "a", "an"}),
}


def thing_taken(tokens: Sequence[Token], trigger: int, mention: PlaceMention, lang: str, table: dict) -> bool:
    """Whether a verb of taking has a thing in a place as its object, so that the town a locative
    names is where it lies, not what was taken ("captured the stadium in Raqqa", "haben im Norden
    von Awdijiwka die Abraumhalde erobert"): a common noun after its article (and an adjective)
    in the verb's clause, not after a preposition, none of the words for a town or a part of one
    or holding ("the town", "die Kontrolle"), no force, no name; and no "and" between it and the
    place `mention` ("took the barracks and control the town of Konna": the town is held). A
    facility of the town's ("captured the airport of al-Bab") is such a thing too."""
    if any(spec.get("owned_noun") for spec in table["_words"].get(tokens[trigger].text.lower(), ())):
        return False  # a flag hoisted over a building in a town takes the town
    position = token_at(tokens, mention.start)
    if position is None:
        return False
    of = position > 1 and tokens[position - 1].text.lower() in ("of", "von", "vom")
    if of and tokens[position - 2].text.lower() in _facility_words():
        # "captured the airport of al-Bab", "eroberten den Flughafen von Gao": unless the name
        # is read as the airport itself (the gazetteer knows Gao's)
        return mention.place is None or mention.place.kind in ("city", "town", "village")
    articles = _ARTICLES_OF.get(lang, _ARTICLES_OF["en"])
    exclude = _not_things(lang, table)
    prepositions = frozenset(w for words in table["roles"].values() for w in words) | _LOCATIVES
    start = trigger
    while start > 0 and tokens[start - 1].text not in CLAUSE_BREAKS:
        start -= 1
    end = trigger
    while end + 1 < len(tokens) and tokens[end + 1].text not in CLAUSE_BREAKS and tokens[end + 1].text != ".":
        end += 1
    span = range(trigger, min(end, trigger + 4) + 1) if lang == "en" else range(start, end + 1)
    for k in span:
        word = tokens[k].text
        bare = lang == "en" and k == trigger  # "captured heights on the outskirts of Hadrut"
        if not bare and (k == trigger or word.lower() not in articles):
            continue
        if k > 0 and tokens[k - 1].text.lower() in prepositions:
            continue  # "im Norden", "von der Stadt": a phrase of place, no object
        if lang == "en":  # the last of up to three lower-case words before a preposition: the noun
            words = []
            j = k + 1
            while j <= end and j - k <= 2 and j != position and tokens[j].text[:1].isupper():
                j += 1  # "the Ghazlani military base in Mosul": a name of the thing
            while j <= end and len(words) < 3 and tokens[j].text[:1].islower():
                if tokens[j].text.lower() in prepositions or tokens[j].text.lower() in _JOINING:
                    break
                words.append(j)
                j += 1
            if not words or (bare and not tokens[words[-1]].text.endswith("s")):
                continue  # a bare object is a plural ("heights", "villages"), not "victory over"
            j = words[-1]
        else:  # up to two adjectives, then the capitalised noun
            j = k + 1
            while j <= end and tokens[j].text[:1].islower() and j - k < 3:
                j += 1
            if j > end or not tokens[j].text[:1].isupper():
                continue
        noun = tokens[j].text
        listed = j + 1 < len(tokens) and tokens[j + 1].text.lower() in ("of", ":")  # "the villages of A, B"
        plural = noun.lower() in table.get("list_heads", ()) and not listed  # "villages in the X district"
        if (
            j in (position, trigger)
            or (noun.lower() in exclude and not plural)
            or names_a_force([tokens[j]], lang)
        ):
            continue
        low, high = sorted((j, position))
        return not any(tokens[m].text.lower() in _JOINING for m in range(low, high))
    return False


_NOT_THINGS: dict[str, frozenset] = {}
_WHOLE_WORDS = (
    "rest",
    "remainder",
    "half",
    "stronghold",
    "strongholds",
    "bastion",
    "rest",
    "reste",
    "rest",
    "hälfte",
    "bastion",
    "hochburg",
)


def _not_things(lang: str, table: dict) -> frozenset:
    """The nouns a taking's object may be that are the place itself, a part of it or its holding:
    the place cues, the events table's anaphoric, holding and part nouns, the quarter nouns, and
    what a force hoists (a flag raised in a town takes the town)."""
    if lang not in _NOT_THINGS:
        words = [
            *toponym_table(lang)["place_cues"],
            *table.get("anaphoric_nouns", {}),
            *table.get("holding_nouns", ()),
            *table.get("part_nouns", ()),
            *position_words(lang).get("quarter_nouns", ()),
            *position_words(lang).get("part_nouns", ()),
            *position_words(lang).get("edge_nouns", ()),
            *_WHOLE_WORDS,  # "the rest of Mariupol", "the last stronghold in Luhansk"
            *(
                noun for trigger in table["triggers"] for noun in trigger.get("owned_noun", ())
            ),  # a flag: the town
        ]
        _NOT_THINGS[lang] = frozenset(w.lower() for w in words)
    return _NOT_THINGS[lang]


_HEADING_WORDS = frozenset({"richtung", "toward", "towards"})


def heading_kind(
    kind: str, tokens: Sequence[Token], places: Sequence[PlaceMention], roles, trigger: int
) -> str:
    """ "advance" for an arrival whose goal is only the way it went ("in Richtung Solota Balka … tief
    in die Verteidigung eingedrungen", "broke through toward X"), else `kind`."""
    return "advance" if kind == "arrival" and _headed_for(tokens, places, roles, trigger) else kind


def _headed_for(tokens: Sequence[Token], places: Sequence[PlaceMention], roles, trigger: int) -> bool:
    """Whether every destination of a move stands right after "Richtung", "toward" (within six
    words, in its clause, and no clause of another verb between it and the one at `trigger`: not
    "pushed toward X and reached the city"): a movement, not an arrival there."""
    goals = [r for r in roles if r.role in ("destination", "target")]
    if not goals:
        return False
    for goal in goals:
        k = token_at(tokens, places[goal.place].start)
        if k is None:
            return False
        low, high = sorted((k, trigger))
        if any(
            tokens[j].text.lower() in ("and", "und") and tokens[j + 1].text[:1].islower()
            for j in range(low, high)
        ):
            return False  # "pushed toward X and reached the city": another verb's way
        before = [t.text.lower() for t in tokens[max(0, k - 6) : k]]  # "Richtung A, B und C"
        heading = max((j for j, w in enumerate(before) if w in _HEADING_WORDS), default=None)
        if heading is None or any(w in CLAUSE_BREAKS and w != "," for w in before[heading:]):
            return False
    return True


@cache
def _compass_nouns() -> frozenset:
    """The German compass nouns of "im Osten von Y" (positions.json 'region_directions')."""
    return frozenset(position_words("de").get("region_directions", {}))


# the nouns that end the name of a movement or a force ("… Liberation Front", "… Liberation Army")
_NAME_HEADS = frozenset(
    {
        "Front",
        "Army",
        "Movement",
        "Forces",
        "Organization",
        "Organisation",
        "Party",
        "Council",
        "Brigade",
        "Brigades",
    }
)


def in_a_name(tokens: Sequence[Token], i: int, lang: str) -> bool:
    """Whether an English event word is part of a name: capitalised mid-sentence after a
    possessive name or before the noun that ends a movement's name ("the Tigray People's
    Liberation Front", "Kosovo Liberation Army")."""
    word = tokens[i].text
    if lang != "en" or i == 0 or not word[:1].isupper() or tokens[i - 1].sentence != tokens[i].sentence:
        return False
    before = tokens[i - 1].text
    after = tokens[i + 1].text if i + 1 < len(tokens) else ""
    return (before[:1].isupper() and before.endswith(("'s", "’s"))) or after in _NAME_HEADS


def later_verb(
    tokens: Sequence[Token], rival, position: int, journey: frozenset, table: dict, own: int = -1
) -> bool:
    """Whether a trigger after the place at `position` cannot have it: an earlier event's noun
    ("Bachmut nach monatelangen Kämpfen erobert"), or a verb of another clause joined by "and"
    when a word of a journey governs the place ("advanced from Balakliia to Kupiansk and took the
    town", "rückten bis nach Kupjansk vor und nahmen die Stadt ein": the goal of the advance), or
    the place of a noun's own phrase right before it ("Nach ihrem Vormarsch von Isjum eroberten
    Truppen …": the noun at `own`, its preposition, the place)."""
    if rival.index <= position:
        return False
    if own == position - 2 and tokens[position - 1].text.lower() in journey:
        return True
    if after_it(tokens, rival.index, table):
        return True
    governed = any(tokens[k].text.lower() in journey for k in range(max(0, position - 2), position))
    joined = any(tokens[k].text.lower() in ("and", "und") for k in range(position + 1, rival.index))
    return governed and joined and not rival.spec.get("motion")


def before_apposition(tokens: Sequence[Token], coordinator: int, landmarks=frozenset()) -> Optional[int]:
    """The first token of the name before an apposition that a comma closes right before the
    coordinator ("A, the capital of X, and B", "A, die Hauptstadt der Provinz X, und B"): B is
    listed with A, not with X. None else."""
    last = name_before_apposition(tokens, coordinator, landmarks)
    if last is None:
        return None
    first = last
    while first > 0 and (tokens[first - 1].text[:1].isupper() or tokens[first - 1].text in ("-", "al", "el")):
        first -= 1
    return first


def _list_goes_on(tokens: Sequence[Token], position: int) -> bool:
    """Whether the name at `position` after a comma is an item of a list that a coordinator closes
    ("A, B und C", "A, B and C"), not an apposition ("the last stronghold in Luhansk,
    Lysychansk"): over names and commas, "und", "and", "sowie", "or" comes before any other word."""
    for k in range(position, min(len(tokens), position + 10)):
        word = tokens[k].text
        if word.lower() in ("und", "and", "sowie", "or", "oder"):
            return True
        if word != "," and not word[:1].isupper() and word not in ("-", "al", "el"):
            return False
    return False


@cache
def _facility_words() -> frozenset:
    """The one-word facility nouns of both languages, lower case (airport, Flughafen, dam)."""
    return frozenset(n.lower() for lang in ("de", "en") for n in facility_nouns(lang) if " " not in n)


def _part_noun(word: str, parts) -> bool:
    """A noun of a part of a town: the table's, "Teil", "Rand", "Hälfte" or a German compound
    of one that names one (Westteil, Stadtteile, Nordrand, Osthälfte; not Großteil, Vorteil) or
    English "part", "centre"."""
    return word in parts or _PART_OF_TOWN.fullmatch(word.lower()) is not None or word in _EN_PARTS


_PART_OF_TOWN = re.compile(
    r"(?:nord|süd|ost|west|nordost|nordwest|südost|südwest|stadt|orts|innen)?(?:teil|teile|rand|hälfte)"
)
_EN_PARTS = frozenset({"part", "parts", "centre", "center"})
