"""Where the event a verb reports took place: a place (or several coordinated ones) per verb.

Without a parser: the sentence's names (places the recogniser found and capitalised names in a
place position the gazetteer may not know) are grouped into locative phrases ("the Vedeno region
of southern Chechnya", "Laredo, Texas", "in Agatu and Logo"); each phrase gets the role of the
word governing it (in, at, near → location; from → origin; north of → reference; a noun it
modifies → none) and a cost from its distance to the verb over clause boundaries; the cheapest
phrase within a limit wins and its most specific names are the answer. Word lists are in
data/event_location_<lang>.json. Used by the event-location evaluation (tools/eval_events.py).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from typing import Optional, Sequence

from ..datafiles import language_file
from ..language.lexicon import common_words, first_names, toponym_table, trigger_words
from ..language.text import Segmented, Token
from ..places.gazetteer import Place
from ..places.mentions import PlaceMention

# What each kind of governing word costs: a place "in" something is where it happened; one a
# verb acts on (stormed X) nearly so; a destination, route, origin or reference point less so.
_ROLE_COST = {
    "location": 0,
    "object": 1,
    "destination": 3,
    "via": 4,
    "origin": 8,
    "reference": 9,
    "of": 7,
    "bare": 9,
    "other": 12,
    "modifier": 40,
}
_LIMIT = 20  # a phrase that costs more than this is not the event's location
_PER_WORD, _PER_BREAK, _PER_SUBORDINATE = 0.5, 5, 4  # distance to the verb
_PER_CLAUSE = 1  # another verb's conjunct: shared location is common ("killing five and wounding 64")
_BEFORE, _REPORTING = 3, 10  # a phrase before the verb; a verb of saying (rarely located)
_BREAK = frozenset({",", ";", ":", "(", ")", "–", "—", "--", '"', "“", "”"})
_SIZE = {"country": 6, "admin1": 5, "region": 4, "admin2": 3}


@dataclass
class _Name:
    first: int  # token indexes, inclusive
    last: int
    place: Optional[Place] = None  # what the recogniser resolved it to
    role: str = "bare"
    governor: int = -1  # token index of the governing word
    container: bool = False  # holds another name of its phrase (Chechnya in "Vedeno … of Chechnya")
    reference: bool = False  # a point others are measured from (north of Mogadishu)
    links: list = field(default_factory=list)


@cache
def location_table(lang: str) -> dict:
    """The word lists of data/event_location_<lang>.json (English when the language has none)."""
    path = language_file("event_location", lang)
    table = json.loads(path.read_text(encoding="utf-8"))
    words = {key: frozenset(value) for key, value in table.items() if isinstance(value, list)}
    words["role_of"] = {word: role for role, group in table["roles"].items() for word in group}
    topo = toponym_table(lang)
    words["excluded"] = frozenset(topo.get("not_places", ()))
    words["titles"] = frozenset(w for w in topo.get("not_place_cues", ()) if w[:1].isupper())
    words["demonyms"] = frozenset(topo.get("demonyms", {})) | words["group_words"]
    return words


def locate(
    doc: Segmented, places: Sequence[PlaceMention], start: int, end: int, lang: str
) -> list[tuple[int, int]]:
    """Where the event a given verb reports took place: character spans (several when places
    are coordinated: "in Agatu and Logo"), or none when no place of the sentence is where the
    verb happened ("the conflict in Syria has killed …" for killed, "Kenya's police said")."""
    words = location_table(lang)
    sentence = doc.sentence_of(start)
    tokens = [t for t in doc.tokens if t.sentence == sentence]
    verb = next((i for i, t in enumerate(tokens) if t.start <= start < t.end or start <= t.start < end), None)
    if verb is None:
        return []
    names = _names(tokens, places, words, lang, sentence)
    if not names:
        return []
    for name in names:
        name.role, name.governor = _governor(tokens, name, words, verb)
    groups = _phrases(tokens, names, words, verb)
    costed = [(_phrase_cost(tokens, group, words, verb), group) for group in groups]
    costed = [(cost, group) for cost, group in costed if cost <= _LIMIT]
    if not costed:
        return []
    best = min(costed, key=lambda item: item[0])[1]
    chosen = (
        [n for n in best if not n.container and not n.reference]
        or [n for n in best if not n.container]
        or best[:1]
    )
    return [(tokens[n.first].start, _name_end(tokens[n.last])) for n in chosen]


# --- names --------------------------------------------------------------------------------


def _is_name_word(token: Token, words: dict, common: frozenset) -> bool:
    text = token.text
    head, _, rest = text.partition("-")
    if head in words["name_particles"] and rest[:1].isupper():
        return True  # al-Kubra, el-Arish
    if not text[:1].isupper() or any(part in words["excluded"] for part in text.split("-")):
        return False
    if rest and rest.split("-")[-1].islower() and rest.endswith(("ed", "held", "led", "run", "style")):
        return False  # Palestinian-ruled, Kurdish-held: an adjective, not a name
    return not (text.lower() in common and text.lower() in words["determiners"] | words["subordinators"]
                | frozenset(words["role_of"]) | words["time_words"])  # fmt: skip


def _run(tokens: Sequence[Token], first: int, last: int, words: dict, common: frozenset) -> tuple[int, int]:
    """The whole capitalised name around tokens[first:last+1], over particles (Tall ad-Dirrah,
    Al - Sina'a) and capitalised heads (the Kuweires Military Airport, Al-Bab City)."""
    particles = words["name_particles"]

    def joins(k: int) -> bool:
        return (
            k + 1 < len(tokens)
            and tokens[k].text.lower() in particles
            and (_is_name_word(tokens[k + 1], words, common) or tokens[k + 1].text.lower() in particles)
        )

    while last + 1 < len(tokens) and not _possessive(tokens, last):
        nxt = tokens[last + 1]
        word = _is_name_word(nxt, words, common) and nxt.text not in words["demonyms"] | words["titles"]
        if word or (joins(last + 1) and nxt.text not in ("'", "’") and last + 2 < len(tokens)):
            last += 1
        else:
            break
    while first > 0:
        before = tokens[first - 1]
        if before.text in words["compass"] and not _possessive(tokens, first - 1):
            first -= 1  # East Ghouta, South Vietnam
            continue
        if before.text.lower() in particles and first > 1 and before.text not in ("'", "’", "."):
            if _is_name_word(tokens[first - 2], words, common) or before.text in ("-",):
                first -= 1
                continue
            if before.text.islower() and before.text in particles:  # "al - Sayyid" after Jabal
                first -= 1
                continue
            break
        if (
            _is_name_word(before, words, common)
            and before.text.lower() not in common
            and before.text.lower() not in words["demonyms"]
            and not _possessive(tokens, first - 1)
            and first - 1 > 0
        ):
            first -= 1
            continue
        break
    while first < last and (tokens[first].text in ("-", "’", "'") or tokens[first].text.islower()):
        first += 1
    while last > first and (tokens[last].text in ("-", "’", "'", ".") or tokens[last].text.islower()):
        last -= 1
    return first, last


def _possessive(tokens: Sequence[Token], k: int) -> bool:
    """Whether tokens[k] ends in a possessive: "Syria's", "Syria ’s" (tokenised apart)."""
    if tokens[k].text.endswith(("'s", "’s")):
        return True
    return k + 2 < len(tokens) and tokens[k + 1].text in ("'", "’") and tokens[k + 2].text == "s"


def _names(tokens, places, words, lang, sentence) -> list[_Name]:
    """The names of the sentence that may be places: the recogniser's, widened to the whole
    name, and capitalised names the gazetteer lacks where the words around them say "place";
    organisation names (Syrian Arab Army, Agence France Presse) and people are dropped."""
    common = common_words(lang)
    given = first_names()
    triggers = trigger_words(lang)
    spans: dict[tuple[int, int], Optional[Place]] = {}
    covered = set()
    for mention in places:
        if mention.sentence != sentence or mention.role != "location":
            continue
        first = next((i for i, t in enumerate(tokens) if t.start <= mention.start < t.end), None)
        if first is None:
            continue
        last = max(i for i, t in enumerate(tokens) if t.start < mention.end)
        if tokens[first].text.lower() in common and first == 0 and last == first:
            continue  # a sentence-initial common word the gazetteer happens to know
        span = _run(tokens, first, last, words, common)
        spans[span] = mention.place
        covered |= set(range(first, last + 1))
    taken = {i for a, b in spans for i in range(a, b + 1)}
    unknown: set[tuple[int, int]] = set()
    waiting = []
    for i, token in enumerate(tokens):
        if i in taken or not _is_name_word(token, words, common):
            continue
        if token.text in words["demonyms"] or token.text.lower() in words["demonyms"]:
            continue
        span = _run(tokens, i, i, words, common)
        if any(k in taken for k in range(span[0], span[1] + 1)) or (span[0] == 0 and span[1] == 0):
            continue
        head = tokens[span[1]].text.lower()
        if all(
            t.text.lower() in common or not t.text[:1].isupper() for t in tokens[span[0] : span[1] + 1]
        ) and not (span[1] > span[0] and head in words["area_nouns"] | words["place_nouns"]):
            continue  # Improvised Explosive Devices, but the Industrial District
        if _place_position(tokens, span, words, triggers):
            spans[span] = None
            unknown.add(span)
            taken |= set(range(span[0], span[1] + 1))
        else:
            waiting.append(span)
    added = True
    while added:  # a name listed with a place is one too: the villages of Sees, Tees and Beer Al-Nimr
        added = False
        for span in waiting:
            if span in spans or any(k in taken for k in range(span[0], span[1] + 1)):
                continue
            before = span[0] - 1 - (span[0] > 1 and tokens[span[0] - 1].text.lower() in ("and", "or")
                                    and tokens[span[0] - 2].text == ",")  # fmt: skip
            after = span[1] + 1
            joined = (
                (before > 0 and tokens[before].text.lower() in (",", "and", "or") and before - 1 in taken)
                or (after + 1 < len(tokens) and tokens[after].text.lower() in (",", "and", "or") and after + 1 in taken)
            )  # fmt: skip
            if joined:
                spans[span] = None
                unknown.add(span)
                taken |= set(range(span[0], span[1] + 1))
                added = True
    names = []
    for (first, last), place in sorted(spans.items()):
        person = (
            (first, last) not in unknown
            and last not in covered
            and _person(tokens, first, last, words, given)
            and not _place_position(tokens, (first, last), words, triggers)
        )
        titled = tokens[first].text.rstrip(".") in words["titles"]
        if titled and not _place_position(tokens, (first, last), words, frozenset(), strict=True):
            continue  # President George W. Bush, Mr. Weiner; not Sheikh Miskeen after "at"
        if person or _organisation(tokens, first, last, words):
            continue
        if names and first <= names[-1].last:
            continue
        names.append(_Name(first, last, place))
    return names


def _place_position(tokens, span, words, triggers, strict: bool = False) -> bool:
    """A name the gazetteer does not know counts where a place would stand: with a place noun
    for its head (the Deir Ezzor Airport) or after it (Sontyo village, Guma local government
    area), after a locative preposition (at Tall ad-Dirrah), a place noun and "of" (the village
    of Mainok), or as what a verb of taking or attacking acts on (entered Kafr Naya)."""
    first, last = span
    head = tokens[last].text.lower()
    if last > first and (head in words["area_nouns"] or head in words["place_nouns"]):
        return True
    nxt = tokens[last + 1].text.lower() if last + 1 < len(tokens) else ""
    if nxt in words["area_nouns"] or (nxt in words["place_nouns"] and nxt not in ("local", "refugee")):
        return True
    if nxt == "local" and last + 2 < len(tokens) and tokens[last + 2].text.lower() == "government":
        return True
    j = first - 1
    skipped = 0
    while j >= 0 and skipped < 4:
        word = tokens[j].text.lower()
        if word in words["determiners"] or word in words["direction_adjectives"]:
            j -= 1
            skipped += 1
            continue
        break
    if j < 0:
        return False
    word = tokens[j].text.lower()
    role = words["role_of"].get(word)
    if role == "location" and (not strict or word in ("in", "at", "near", "outside", "inside")):
        return True
    if role in ("destination", "via") and not strict:
        return True
    if (
        word == "of"
        and j > 0
        and tokens[j - 1].text.lower() in words["area_nouns"] | words["settlement_nouns"]
    ):
        return True
    return not strict and (word in triggers or word in words["naming_words"])


def _organisation(tokens, first, last, words) -> bool:
    """Part of an organisation's name: a head such as Army or Party in the capitalised run
    around it, or an "X of Y" name (Islamic State of Iraq and Al-Sham)."""
    heads = words["organisation_heads"]
    j = last + 1
    while j < len(tokens) and j - last <= 4 and (tokens[j].text[:1].isupper() or tokens[j].text == "-"):
        if tokens[j].text in heads or tokens[j].text.rstrip("’'s") in heads:
            return True
        j += 1
    j = first - 1
    while j >= 0 and first - j <= 6:
        text = tokens[j].text
        if text in heads:
            return True
        if text[:1].isupper() or text in ("of", "and", "-", "al"):
            j -= 1
            continue
        break
    return any(tokens[k].text in heads for k in range(first, last + 1))


def _person(tokens, first, last, words, given) -> bool:
    """A person's name: after a title (President Obama), or a given name leading a longer name
    the gazetteer did not match as a whole (Maria Jose Bravo)."""
    if first > 0 and tokens[first - 1].text.rstrip(".") in words["person_titles"]:
        return True
    if tokens[first].text.rstrip(".") in words["person_titles"] and last > first:
        return True
    return last > first and tokens[first].text in given


# --- governing words ----------------------------------------------------------------------


def _governor(tokens, name, words, verb) -> tuple[str, int]:
    """The role the word governing a name gives it and that word's index: the nearest
    preposition or verb before it over articles and adjectives ("in the northern city of
    Mosul" → location); a lower-case noun right after it that is not a place makes it a
    modifier ("U.S. soldiers", "Bermuda shorts")."""
    after = name.last + 1
    aside = _bracketed(tokens)
    while after in aside:
        after += 1  # "an Improvised Explosive Devices (IED) blast"
    if after < len(tokens):
        word = tokens[after].text.lower()
        if _possessive(tokens, name.last):
            k = name.last + 1 if tokens[name.last].text.endswith(("'s", "’s")) else name.last + 3
            while (
                k < len(tokens)
                and tokens[k].text.lower() in words["direction_adjectives"] | words["determiners"]
            ):
                k += 1
            head = tokens[k].text.lower() if k < len(tokens) else ""
            if k < len(tokens) and not tokens[k].text[:1].isupper() and head not in words["area_nouns"] \
                    and head not in words["place_nouns"]:  # fmt: skip
                return "modifier", -1  # Syria's military, Kenya's Turkana community
        elif word in words["people_nouns"] and word not in words["place_nouns"]:
            return "modifier", -1
    if _acted_on(tokens, name, words, verb):
        return "object", verb
    j = name.first - 1
    skipped = 0
    while j >= 0 and skipped <= 6:
        token = tokens[j]
        word = token.text.lower()
        if j == verb:
            return "object", j
        if word in _BREAK or (word in words["subordinators"] and word not in words["role_of"]):
            return "bare", j
        if word == "of":
            before = tokens[j - 1].text.lower() if j > 0 else ""
            if before in words["directions"]:
                return "reference", j
            if before in words["area_nouns"] or before in words["place_nouns"]:
                j -= 1  # the role of "the outskirts of X" is the role of its noun phrase
                skipped += 1
                continue
            return "of", j
        role = words["role_of"].get(word)
        if role is not None:
            if role == "origin" and j > 0 and tokens[j - 1].text.lower() in words["directions"]:
                return "reference", j
            return role, j
        if word in words["determiners"] or word in words["direction_adjectives"] or word.isdigit():
            j -= 1
            skipped += 1
            continue
        if word in words["area_nouns"] or word in words["place_nouns"]:
            j -= 1
            skipped += 1
            continue
        if token.text[:1].isupper():
            if token.text.lower() in words["demonyms"] or token.text in words["demonyms"]:
                j -= 1
                skipped += 1
                continue
            return "bare", j
        if word.endswith(("ed", "ing")) and not (
            j > 0 and tokens[j - 1].text.lower() in words["determiners"]
        ):
            return "object", j
        if word in ("-", "’", "'", "s"):
            j -= 1
            continue
        j -= 1
        skipped += 1
    return "bare", j


def _acted_on(tokens, name, words, verb) -> bool:
    """A name inside the noun phrase right after the verb, before any preposition, conjunction
    or clause break: what the verb acts on ("targeting the Syrian Arab Army (SAA) held village of
    Al-Sathiyat", "stormed the eastern slopes of Jabal Zayn")."""
    if not verb < name.first <= verb + 14:
        return False
    aside = _bracketed(tokens)
    for k in range(verb + 1, name.first):
        word = tokens[k].text.lower()
        if k in aside or word == "of":
            continue
        if (
            word in _BREAK
            or word in words["subordinators"]
            or word in words["role_of"]
            or word in ("and", "or")
        ):
            return False
    return True


# --- phrases ------------------------------------------------------------------------------


def _phrases(tokens, names, words, verb) -> list[list[_Name]]:
    """Consecutive names joined into one locative phrase: containment ("X in Y", "X, Y",
    "Y's X", "the Y city of X", "X north of Y") or coordination ("X and Y", "X, Y and Z")."""
    groups: list[list[_Name]] = [[names[0]]]
    links = []
    for a, b in zip(names, names[1:]):
        links.append(_link(tokens, a, b, words, verb))
    # a run of comma links that ends in "and" is a list, not a chain of containers
    for k in range(len(links) - 1, -1, -1):
        if links[k] == "comma" and k + 1 < len(links) and links[k + 1] in ("and", "list"):
            links[k] = "list"
    for (a, b), link in zip(zip(names, names[1:]), links):
        if link in ("and", "list") and "modifier" in (a.role, b.role):
            link = None  # the Chechen Republic and Chechnya's industrial production
        if link is None:
            groups.append([b])
            continue
        groups[-1].append(b)
        if link in ("and", "list"):
            if a.container:
                b.container = True
            continue
        if link == "reference":
            b.reference = True
        elif link == "possessive":
            a.container = True
        elif link == "comma" and _bigger(a, b) and b.place is not None and _closed(tokens, b):
            a.container = True  # the capital of the Central African Republic, Bangui
        elif link == "named-in":
            noun = tokens[a.last + 1].text.lower()
            if noun not in words["settlement_nouns"] or _direction_before(tokens, b, words):
                bigger = _bigger(a, b)
            elif not _determined(tokens, a, words):
                bigger = False  # Kayamla village of Konduga LGA
            else:  # the West Bank town of Nablus; the gazetteer decides "the X suburb of Y"
                bigger = noun != "suburb" or _bigger(a, b) is not False
            if bigger:
                a.container = True  # the West Bank city of Nablus
            else:
                b.container = True  # the Vedeno region of southern Chechnya
        else:
            b.container = True
    return groups


def _link(tokens, a: _Name, b: _Name, words, verb) -> Optional[str]:
    if a.last < verb <= b.first:
        return None
    between = [t.text.lower() for t in tokens[a.last + 1 : b.first]]
    if _possessive(tokens, a.last):
        rest = [w for w in between if w not in ("’", "'", "s")]
        if rest[-1:] == ["of"]:
            rest = rest[:-1]  # Baghdad's northwestern neighborhood of Hurriyah
        if all(w in words["direction_adjectives"] or w in words["area_nouns"] or "-" in w for w in rest):
            return "possessive"
        return None
    if not between:
        return None
    if len(between) > 12 or any(w in (";", ".") for w in between):
        return None
    joiners = {",", "and", "or", "as", "well", "in", "at", "near", "the", "of"} | words["area_nouns"]
    if ("and" in between or "or" in between) and all(
        w in joiners or w in words["direction_adjectives"] | words["phrase_adjectives"] | words["place_nouns"]
        for w in between
    ):
        return "and" if len(between) <= 8 else None
    if _bare(between, words) == [","]:
        return "comma"  # Alqarmeel, Nahshaba, the Rasha hilltop, Ard Alwata
    glue = (
        {",", "in", "of", "(", ")", "about", "some", "just", "nearly", "around", "roughly", "approximately"}
        | words["direction_adjectives"] | words["area_nouns"] | words["directions"] | words["place_nouns"]
        | words["determiners"]
    )  # fmt: skip

    def gluey(w: str) -> bool:
        return w in glue or w.replace(",", "").replace(".", "").isdigit() or ("-" in w and w.islower())

    if all(gluey(w) for w in between):
        if any(w in words["directions"] for w in between) and "of" in between:
            return "reference"
        if between[-1] == "of" and between[0] in words["area_nouns"] and between[0] != ",":
            return "named-in"  # the West Bank city of Nablus, the Vedeno region of Chechnya
        return "contained"
    if between[-1] in ("near", "outside") and all(gluey(w) or w in ("near", "outside") for w in between):
        return "reference"
    return None


def _bare(between: list, words) -> list:
    """The words between two names without the first one's common-noun head ("Rasha hilltop")
    and the second one's article and adjectives ("the nearby")."""
    nouns = words["place_nouns"] | words["area_nouns"]
    before = words["determiners"] | words["direction_adjectives"] | words["phrase_adjectives"]
    first, last = 0, len(between)
    while first < last and between[first] in nouns:
        first += 1
    while last > first and between[last - 1] in before:
        last -= 1
    return between[first:last]


def _bigger(a: _Name, b: _Name) -> Optional[bool]:
    """Whether a is the larger place of the two (None when the gazetteer cannot tell)."""
    if a.place is None or b.place is None:
        return None if a.place is None and b.place is None else a.place is not None
    size_a, size_b = _SIZE.get(a.place.kind, 0), _SIZE.get(b.place.kind, 0)
    if size_a != size_b:
        return size_a > size_b
    return a.place.population > b.place.population


def _determined(tokens, name: _Name, words) -> bool:
    """Whether an article or other determiner opens the name's noun phrase ("the Nablus …")."""
    j = name.first - 1
    while j >= 0 and tokens[j].text.lower() in words["direction_adjectives"] | words["phrase_adjectives"]:
        j -= 1
    return j >= 0 and tokens[j].text.lower() in words["determiners"]


def _closed(tokens, name: _Name) -> bool:
    """Whether a clause break or the sentence end follows the name (an apposition: ", Bangui,")."""
    return name.last + 1 >= len(tokens) or tokens[name.last + 1].text in _BREAK | {"."}


def _direction_before(tokens, name: _Name, words) -> bool:
    return name.first > 0 and tokens[name.first - 1].text.lower() in words["direction_adjectives"]


def _phrase_cost(tokens, group: list[_Name], words, verb) -> float:
    """How unlikely a phrase is to be where the verb happened: its role, its distance to the
    verb in words, clause breaks and subordinate clauses between, and a name before the verb
    (unless the sentence opens with it: "In Nablus, a man was shot")."""
    head = group[0]
    cost = _ROLE_COST.get(head.role, 9)
    nearest = min(group, key=lambda n: min(abs(n.first - verb), abs(n.last - verb)))
    if nearest.first > verb:
        low, high = verb, nearest.first
    else:
        low, high = nearest.last, verb
    aside = _bracketed(tokens)
    span = [t for k, t in enumerate(tokens[low + 1 : high], low + 1) if k not in aside]
    breaks = sum(1 for t in span if t.text in _BREAK)
    subordinate = sum(1 for t in span if t.text.lower() in words["subordinators"])
    fronted = (
        nearest.last < verb and head.role == "location" and _opens_sentence(tokens, head.governor, words)
    )
    if fronted:
        breaks = max(0, breaks - 1)
    cost += _PER_WORD * (len(span) + 1) + _PER_BREAK * breaks + _PER_SUBORDINATE * subordinate
    cost += _PER_CLAUSE * _new_clauses(tokens, low, high, verb)
    if nearest.last < verb and not fronted:
        cost += _BEFORE
    if tokens[verb].text.lower() in words["reporting_verbs"]:
        cost += _REPORTING
    return cost


def _new_clauses(tokens, low: int, high: int, verb: int) -> int:
    """Clauses joined by "and" or "but" plus a verb between two tokens ("protested … in Gaza and
    burned … in Auckland"), not the verb's own pair ("shot and killed in a camp")."""
    count = 0
    for k in range(low + 1, high):
        if tokens[k].text.lower() not in ("and", "but") or k == verb + 1 or k + 1 >= len(tokens):
            continue
        nxt = tokens[k + 1].text
        if k + 1 == verb or (nxt.islower() and len(nxt) > 4 and nxt.endswith(("ed", "ing"))):
            count += 1
    return count


def _bracketed(tokens) -> set[int]:
    """Token indexes of short asides in brackets ("the Syrian Arab Army (SAA) controlled …"):
    an acronym or a gloss that neither lengthens the way to the verb nor breaks the clause."""
    inside, opened = set(), None
    for k, token in enumerate(tokens):
        if token.text == "(":
            opened = k
        elif token.text == ")" and opened is not None:
            if k - opened <= 6:
                inside |= set(range(opened, k + 1))
            opened = None
    return inside


def _opens_sentence(tokens, governor: int, words) -> bool:
    """A locative phrase at the head of the sentence, perhaps after a time or a connective."""
    if governor < 0:
        return False
    before = [t.text.lower() for t in tokens[:governor]]
    return all(
        w in words["time_words"] or w in (",", "meanwhile", "elsewhere", "also", "and", "but") for w in before
    )


def _name_end(token: Token) -> int:
    """A name's end without an English possessive ("Sarajevo's streets" → "Sarajevo")."""
    for suffix in ("'s", "’s"):
        if token.text.endswith(suffix):
            return token.end - len(suffix)
    return token.end
