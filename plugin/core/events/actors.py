"""Who acts: the forces a sentence names, each with a name and the side it fights for.

Actors are open-ended. A named force comes from the table in data/actors_<lang>.json (IS, the
Peshmerga, the RSF, M23, Wagner …); any other is read from its words: a force noun (Truppen,
Streitkräfte, Kämpfer, forces, troops, rebels) with what qualifies it — a country's demonym
("ukrainische Truppen" → Ukrainian forces, side UA), a side adjective (prorussische Separatisten
→ pro-Russian separatists, side RU), a named group glued to it (IS-Kämpfer, M23-Rebellen), a
country after it (die Armee Malis) or a country or capital before it in the genitive (Kiews
Truppen, Russia's forces). A bare force noun (die Truppen) names no one; the extractor may read
it as the force the paragraph spoke of last. Sides are what the map colours by.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Optional, Sequence

from ..datafiles import language_file
from ..language.lexicon import toponym_table
from ..language.text import CLAUSE_BREAKS, Token, clause_between, clause_distance, token_at
from .clauses import (
    BE_WORDS,
    COUNT_WORDS,
    HELD_SUFFIXES,
    attributive_agent,
    backing,
    clause_start,
    held_compound,
    object_position,
    other_clause,
    relative_subject,
    second_verb,
    state_passive,
    suffered,
    two_nations,
    verb_object,
)
from .group_patterns import group_pattern, group_prefilter, groups_in
from .sides import side_of

_DEFINITE = frozenset({"die", "den", "der", "the"})


@dataclass(frozen=True)
class Actor:
    """A force named in a sentence: its name, its side (None when the words give none) and the
    token span (first, last) that names it."""

    name: Optional[str]
    side: Optional[str]
    first: int
    last: int
    group: bool = False  # a named group (IS, Peshmerga), not a force read from its words


@cache
def actor_table(lang: str) -> dict:
    """The language's actor table with compiled patterns and demonym lookups."""
    path = language_file("actors", lang)
    table = json.loads(path.read_text(encoding="utf-8"))
    compiled = []
    for group in table["groups"]:
        pattern = group_pattern(group)
        if pattern is not None:
            compiled.append((group["name"], group["side"], pattern))
    table["_groups"] = compiled
    table["_group_prefilter"] = group_prefilter(table["groups"])
    demonyms: dict[str, str] = {}
    for source in (lang, "en"):
        topo = toponym_table(source)
        for stem, code in topo["demonyms"].items():
            if code:
                for ending in topo["demonym_endings"]:
                    demonyms.setdefault(stem + ending, code)
    table["_demonyms"] = demonyms
    table["_not_agents"] = frozenset({*table["target_markers"], *table.get("source_markers", ())})
    return table


@cache
def english_adjective(code: str) -> str:
    """The English adjective of a country code (UA → Ukrainian), for naming its forces."""
    for stem, found in toponym_table("en")["demonyms"].items():
        if found == code:
            return " ".join(word.capitalize() for word in stem.split())
    return code


def group_spans(sentence_text: str, offset: int, lang: str) -> list[tuple[int, int, str, str]]:
    """(start, end, name, side) of the named groups in a sentence; offsets in the document."""
    return [
        (offset + a, offset + b, name, side)
        for a, b, name, side in groups_in(sentence_text, lang, actor_table)
    ]


@cache
def group_words(lang: str) -> frozenset[str]:
    """Every word the names of the table's groups are written with, lower-case (azov, donetsk …)."""
    return frozenset(
        word
        for _name, _side, pattern in actor_table(lang)["_groups"]
        for word in re.findall(r"[^\W\d_]+", pattern.pattern.lower())
    )


def find_actors(
    tokens: Sequence[Token], sentence_text: str, offset: int, lang: str, country_of=None
) -> list[Actor]:
    """The forces one sentence names, in text order. `tokens` are the sentence's tokens,
    `offset` the sentence's start in the document; `country_of(token_index)` gives the country
    code of a place mention at that token (a country, or a capital standing for it), if any."""
    table = actor_table(lang)
    groups = group_spans(sentence_text, offset, lang)
    actors: list[Actor] = []
    covered: set[int] = set()
    for start, end, name, side in groups:
        first = token_at(tokens, start)
        last = token_at(tokens, end - 1)
        if first is None or last is None or first in covered:
            continue
        first = _members_before(tokens, first, table)
        # a force noun after the group's name belongs to it (IS fighters, Peschmerga-Kämpfer),
        # also over the capitalised words of a longer name (DPR People's Militia)
        while last + 1 < len(tokens) and _force_noun(tokens[last + 1].text, table):
            last += 1
        named_on = _name_to_force_noun(tokens, last + 1, table)
        if named_on is not None:
            last = named_on
        actors.append(Actor(name, side, first, last, group=True))
        covered.update(range(first, last + 1))
    people = toponym_table(lang)["person_demonyms"]
    for i, token in enumerate(tokens):
        if i in covered:
            continue
        if (
            i > 0
            and tokens[i - 1].text.lower() in _DEFINITE
            and (people.get(token.text) or token.text in table["peoples"])
            and not _in_a_name(tokens, i, table)
        ):
            # "die Ukrainer eroberten", "the Russians withdrew", "den Kurden gelang": a people at
            # war stands for its forces
            code = people.get(token.text)
            name, side = (f"{english_adjective(code)} forces", code) if code else table["peoples"][token.text]
            actors.append(Actor(name, side, i - 1, i))
            covered.add(i)
            continue
        home = table["_demonyms"].get(tokens[i - 1].text.lower()) if i > 0 else None
        counted = (
            i > 1
            and (  # "45,000 Syrian Kurds", "Tausende syrische Kurden", "thousands of Syrian Kurds": people
                any(c.isdigit() for c in tokens[i - 2].text) or tokens[i - 2].text.lower() in _COUNTS
            )
        )
        if home and token.text in table["peoples"] and i - 1 not in covered and not counted:
            # "Syrian Kurds", "irakische Kurden": the people of that country, its side by sides.json
            name = f"{english_adjective(home)} {table['peoples'][token.text][0]}"
            actors.append(Actor(name, side_of(name) or table["peoples"][token.text][1], i - 1, i))
            covered.update((i - 1, i))
            continue
        noun = _force_noun(token.text, table)
        if noun is None:
            continue
        if (
            i - 1 in covered
            and actors
            and actors[-1].last == i - 1
            and _force_noun(tokens[i - 1].text, table)
        ):
            if actors[-1].name:
                actors[-1] = replace(actors[-1], last=i)  # "Sudanese army troops": one force
                covered.add(i)
                continue
            covered.discard(actors.pop().first)  # "Coalition aircraft": the second noun names it
        prefix = token.text.rsplit("-", 1)[0] if "-" in token.text else None
        head = i
        if i > 0 and i - 1 not in covered:
            pair = f"{tokens[i - 1].text.lower()} {token.text.lower()}"
            if pair in table["force_nouns"]:  # "Iraqi security forces", "Ukrainian special forces"
                noun, head = table["force_nouns"][pair], i - 1
        names, sides, first = _qualifiers(tokens, head, lang, table, _outside(country_of, covered))
        if prefix is not None and not names:
            code = _code_of(prefix, table)
            if code is not None:
                names, sides = [english_adjective(code)], [code]
        after = _country_after(tokens, i, country_of)
        if after is not None and not names:
            names, sides = [english_adjective(after)], [after]
        if names:  # "Malian and French forces"; "US-backed Syrian forces", one qualifying the other
            joined = any(
                t.text.lower() in table["coordinators"] or two_nations(t.text) for t in tokens[first:i]
            )
            actors.append(Actor(f"{(' and ' if joined else ' ').join(names)} {noun}", sides[0], first, i))
        elif token.text.lower() in table["generic_sides"]:
            actors.append(Actor(noun, table["generic_sides"][token.text.lower()], i, i))
        else:
            actors.append(Actor(None, None, i, i))  # "die Truppen": who, the context may tell
        covered.add(i)
    # one registry of sides for the whole map (data/sides.json); the words' own side where it
    # names none (a country's code, a group's)
    actors = [replace(a, side=side_of(a.name) or a.side) if a.name else a for a in actors]
    return sorted(actors, key=lambda a: a.first)


def _in_a_name(tokens: Sequence[Token], i: int, table: dict) -> bool:
    """Whether a people's word that is also an adjective opens a name ("der Deutschen
    Presse-Agentur"): no force."""
    return (
        tokens[i].text.lower() in table["_demonyms"]
        and tokens[i].text.lower().endswith(("e", "en"))  # an adjective's ending: not "Israelis"
        and i + 1 < len(tokens)
        and tokens[i + 1].text[:1].isupper()
    )


_NAME_REACH = 3  # capitalised words between a group's name and the force noun that ends it


def _name_to_force_noun(tokens: Sequence[Token], start: int, table: dict) -> Optional[int]:
    """The force noun ending a name that goes on from `start` over capitalised words and
    possessive endings ("People's Militia", "Special Forces"), or None."""
    for j in range(start, min(len(tokens), start + _NAME_REACH + 1)):
        text = tokens[j].text
        if text[:1].isupper() and _force_noun(text, table):
            return j
        if not (text[:1].isupper() or text in ("'s", "’s", "'", "’")):
            return None
    return None


def side_of_code(code: str) -> Optional[str]:
    """The map's side of a country's forces (UA → UA, TD → ML: Chad fought with France and Mali)."""
    return side_of(f"{english_adjective(code)} forces") or code


def names_a_force(tokens: Sequence[Token], lang: str) -> bool:
    """Whether a sentence names an armed force: a noun of one (Soldaten, fighters, Peschmerga-
    Kämpfer) or a group of the table (the YPG, der IS)."""
    table = actor_table(lang)
    peoples = toponym_table(lang)["person_demonyms"]
    if any(_force_noun(t.text, table) or t.text in peoples or t.text in table["peoples"] for t in tokens):
        return True  # also a people at war: "the Russians withdrew"
    return bool(tokens) and bool(group_spans(" ".join(t.text for t in tokens), 0, lang))


def _members_before(tokens: Sequence[Token], first: int, table: dict) -> int:
    """Where a group's actor begins when its members are named before it: "Fighters from the
    Syrian Democratic Forces", "Kämpfer der YPG" (a force noun, "from", "of" or a genitive
    article); else at its name."""
    k = first - 1
    if k >= 0 and tokens[k].text.lower() == "the":
        k -= 1
    if (
        k >= 1
        and tokens[k].text.lower() in ("from", "of", "der", "des")
        and _force_noun(tokens[k - 1].text, table)
    ):
        return k - 1
    return first


def _force_noun(word: str, table: dict) -> Optional[str]:
    """The English noun an actor is named with, when the word names an armed force (also as the
    head of a compound: Peschmerga-Kämpfer, Regierungstruppen)."""
    nouns = table["force_nouns"]
    lowered = word.lower()
    if lowered in nouns:
        return nouns[lowered]
    if "-" in lowered:
        head = lowered.rsplit("-", 1)[1]
        if head in nouns:
            return nouns[head]
    if word[:1].isupper():
        # a German compound closed up: Extremistenmiliz, Regierungssoldaten, Widerstandskämpfer
        for head in table.get("compound_heads", ()):
            if lowered.endswith(head) and len(lowered) >= len(head) + 3 and head in nouns:
                return nouns[head]
        for prefix in table.get("military_prefixes", ()):  # Panzerverbände, Sondereinheit, Kampfeinheiten
            if lowered.startswith(prefix) and lowered[len(prefix) :] in nouns:
                return nouns[lowered[len(prefix) :]]
    return None


def _code_of(word: str, table: dict) -> Optional[str]:
    lowered = word.lower()
    if lowered in table["_demonyms"]:
        return table["_demonyms"][lowered]
    adjective = table["side_adjectives"].get(lowered) or table["side_adjectives"].get(_stem(lowered))
    return adjective[1] if adjective else None


def _stem(word: str) -> str:
    for ending in ("en", "er", "es", "em", "e"):
        if word.endswith(ending) and len(word) > len(ending) + 3:
            return word[: -len(ending)]
    return word


def _qualifiers(tokens, i, lang, table, country_of) -> tuple[list[str], list[Optional[str]], int]:
    """Demonyms and side adjectives before a force noun ("malische und französische Truppen",
    "pro-Russian separatists", "Kiews Truppen"): their English names, sides, and first token."""
    names: list[str] = []
    sides: list[Optional[str]] = []
    first = i
    j = i - 1
    coordinators = set(table["coordinators"])
    while j >= 0 and tokens[j].sentence == tokens[i].sentence:
        word = tokens[j].text
        lowered = word.lower()
        parts = lowered.split("-")
        codes = [table["_demonyms"].get(p) for p in parts]
        if all(codes) and (lang != "de" or word[:1].islower() or j == 0 or _initial(tokens, j)):
            for code in reversed(codes):
                names.insert(0, english_adjective(code))
                sides.insert(0, code)
            first = j
        elif lowered in table["side_adjectives"] or _stem(lowered) in table["side_adjectives"]:
            name, side = table["side_adjectives"].get(lowered) or table["side_adjectives"][_stem(lowered)]
            names.insert(0, name)
            sides.insert(0, side)
            first = j
        elif country_of is not None and country_of(j) is not None and _possessive(word, table):
            code = country_of(j)
            names.insert(0, english_adjective(code))
            sides.insert(0, code)
            first = j
            break
        elif lowered in coordinators and names:
            pass
        elif j == i - 1 and not names and lowered in table.get("owner_pronouns", ()):
            code = _owner_before(tokens, j, table, country_of)
            if code is not None:  # "Russia confirmed its troops had retreated": Russia's
                names, sides, first = [english_adjective(code)], [code], j
            break
        elif word[:1].islower() and lang == "de" and j == i - 1 and not names:
            pass  # an adjective that names no side: "die irakischen schiitischen Milizen"
        elif j == i - 1 and not names and lowered in table.get("country_qualifiers", ()):
            pass  # "Syrian government forces": the country's forces
        else:
            break
        j -= 1
    return names, sides, first


def _outside(country_of, covered: set):
    """`country_of` blind to the words of a group's name ("Hayat Tahrir al-Sham said its fighters":
    not Syria's, whose capital al-Sham may name)."""
    if country_of is None:
        return None
    return lambda k: None if k in covered else country_of(k)


def _owner_before(tokens, j: int, table: dict, country_of) -> Optional[str]:
    """The country a possessive pronoun at j refers to: the one country its sentence names
    before it, by name or adjective ("Russia said its troops", "the Russian ministry said its
    troops"), outside insertions between commas ("The Syrian army, backed by Russia, said its
    troops": Syria's; "Islamic State, which controls parts of Iraq, said its fighters": not
    Iraq's). None when it names two ("Kyiv says Russia … its troops"): whose troops they are is
    then not told by the nearest name."""
    first = j
    while first > 0 and tokens[first - 1].sentence == tokens[j].sentence:
        first -= 1
    commas = [k for k in range(first, j) if tokens[k].text == ","]
    # an insertion between two commas (", backed by Russia,", ", which controls parts of Iraq,")
    # names no owner
    inserted = {k for a, b in zip(commas, commas[1:]) for k in range(a, b)}
    codes = set()
    for k in range(first, j):
        if k in inserted:
            continue
        code = country_of(k) if country_of is not None else None
        code = code or table["_demonyms"].get(tokens[k].text.lower())
        if code is not None:
            codes.add(code)
    return codes.pop() if len(codes) == 1 else None


def _initial(tokens, j: int) -> bool:
    return j == 0 or tokens[j - 1].sentence != tokens[j].sentence or tokens[j - 1].text in "„“\"'(–-:"


def _possessive(word: str, table: dict) -> bool:
    return any(word.endswith(ending) for ending in table["possessive_endings"])


def _country_after(tokens, i, country_of) -> Optional[str]:
    """ "die Armee Malis", "troops of Ukraine": a country right after the force noun."""
    if country_of is None:
        return None
    j = i + 1
    if j < len(tokens) and tokens[j].text.lower() in ("of", "der", "des"):
        j += 1
    if j < len(tokens) and tokens[j].sentence == tokens[i].sentence:
        return country_of(j)
    return None


def acting(actors: Sequence[Actor], tokens: Sequence[Token], lang: str) -> list[Actor]:
    """The named forces of a sentence that may be its subjects: not a target or an owner
    ("Stellungen der Terrormiliz IS", "gegen den IS"). A pronoun in the next sentence stands
    for one of them."""
    table = actor_table(lang)
    kept = []
    for actor in actors:
        named = _named_before(actors, actor, tokens)  # "(IS)" after an owner's name is that owner
        governing = _governing_word(tokens, named.first, table)
        if (
            actor.name
            and not _marked(tokens, named, governing, table)
            and not attributive_agent(tokens, actor)
            and not (actor.group and object_position(tokens, named.first, lang))
        ):
            kept.append(actor)
    return kept


_COUNTS = frozenset(
    {"of", "tausende", "hunderte", "zehntausende", "thousands", "hundreds", "tens", "viele", "many"}
)
_OWNERS = frozenset({"his", "her", "their", "its", "seine", "seinen", "seiner", "ihre", "ihren", "ihrer"})


def agent_for(
    actors: Sequence[Actor],
    tokens: Sequence[Token],
    trigger: int,
    lang: str,
    previous: Sequence[Actor] = (),
    moves: bool = True,
    dative_loser: bool = False,
    taking: bool = False,
    object_loser: bool = False,
    suffers: bool = False,
) -> list[Actor]:
    """Who does what the trigger at token `trigger` says (`dative_loser`: not a force in the
    dative, whom a verb of wresting takes the place from; `object_loser`: in German not a force
    after another in its clause, whom a verb of driving out drives out): the agent of a passive ("wurde von X
    eingenommen", "von den Aufständischen eroberte", "taken by X", "fell to X"), else the subject
    of its clause: in English the force before the verb (after it is its object: "drove IS
    militants out"), in German the nearest force of the clause. Not a force marked as target or
    owner ("gegen den IS", "Stellungen der Terrormiliz"). A bare "die Truppen" is the force the
    paragraph named last (`previous`), and so is "sie", "they" when the trigger `moves` ground;
    no readable actor gives none. After a German noun of a `taking`, "von" names whom the
    place was taken from ("die Rückeroberung Mossuls vom IS"), "durch" who took it. An attack
    that `suffers` a passive or a verb of repelling is not made by the forces it befalls."""
    table = actor_table(lang)
    # "fell to X", "lost it to X": the one it went to; "stormed X to dislodge IS" names no agent
    to_agent = tokens[trigger].text.lower() in table.get("to_agent_verbs", ())
    agents = set(table["passive_agent"]) | ({"to"} if to_agent else set())
    passive = lang == "de" and (
        _passive(tokens, trigger, table) or (taking and state_passive(tokens, trigger))
    )
    # "wurde von den Kurden vertrieben": the agent acts; German puts the subject first
    object_loser = object_loser and lang == "de" and not passive
    if lang == "de" and not passive:
        # "hat Isjum von den russischen Truppen zurückerobert": von is "from" here; after a noun
        # "durch" names who does it ("die Verstärkung durch kurdische Kämpfer")
        agents = {"durch"} if tokens[trigger].text[:1].isupper() else set()
    taken_from = taking and agents == {"durch"}
    # "Russian troops were surrounded in Lyman", "wurden eingekesselt", "withdrew from the besieged
    # town", "repelled an assault": the force suffers the attack; only an agent after by/von does it
    patient = suffers and suffered(tokens, trigger, lang, table)
    # "Die Stadt sei vom IS befreit worden": freed of the IS; "durch" names who freed it
    freed = lang == "de" and tokens[trigger].text.lower().startswith(("befrei", "gesäubert"))
    antecedent = relative_subject(actors, tokens, trigger, table)
    if antecedent is not None:
        return [antecedent]
    chosen: Optional[Actor] = None
    best = None
    # "gelang es den Kurden, die IS-Kämpfer aus dem Dorf zu vertreiben": the forces in a
    # zu-infinitive clause are its objects; its agent stands in the clause before
    infinitive = lang == "de" and trigger > 0 and tokens[trigger - 1].text.lower() == "zu"
    opening = clause_start(tokens, trigger)
    # "Fallujah, the first city IS seized, was retaken", "X withdrew, and Russia said the city had
    # been captured": a force in another clause before an English passive of taking took nothing
    # (its speaker may: "reported the YPG, adding that the villages were liberated")
    taken_before = (
        lang == "en"
        and taking
        and tokens[trigger].text.lower().endswith(("ed", "en", "un"))
        and any(t.text in BE_WORDS for t in tokens[max(0, trigger - 3) : trigger])
    ) or (passive and taking)  # "räumte ein, dass X eingenommen worden sei": the speaker took nothing
    for actor in actors:
        if (infinitive and actor.first >= opening) or (
            taken_before and other_clause(tokens, actor, trigger, lang)
        ):
            continue
        if dative_loser and _dative(tokens, actor, table):
            continue  # "hat Ramadi dem IS entrissen": whom it was wrested from
        if object_loser and any(opening <= o.first and o.last < actor.first for o in actors):
            continue  # "Kurden haben den IS aus Kobani vertrieben": the object is driven out, the subject acts
        cost = clause_distance(tokens, trigger, actor.first if actor.first > trigger else actor.last)
        named = _named_before(actors, actor, tokens)  # "von den Milizen des Islamischen Staates (IS)"
        # in an active clause no word before the verb governs its subject after it; in a passive
        # the force after the auxiliary is what was done to ("Von Charkiw aus sind die Truppen
        # angegriffen worden")
        before = _governing_word(tokens, named.first, table, -1 if passive else trigger, passive)
        if (freed and before in ("von", "vom")) or (
            patient
            and before not in table["passive_agent"]
            and _genitive_head(tokens, actor, table) != trigger
        ):
            continue  # what the place was freed of, not who freed it; who suffered the attack
        if named is not actor and (before in agents or _marked(tokens, named, before, table)):
            continue  # the abbreviation is the force its name is: ranked there
        if (
            lang == "en"
            and second_verb(tokens, trigger)
            and actor.last < trigger
            and verb_object(tokens, actor, table)
            and any(other.name and other.last < actor.first for other in actors)
        ):
            continue  # "troops drove IS militants out of X and seized Y": the first verb's object
        if (trigger > actor.last + 1 or (moves and any(o.last < named.first for o in actors))) and backing(
            tokens, named.first, table
        ):  # "Iraqi troops, backed by coalition airstrikes, retook X", "troops backed by militias took X"
            continue  # not the subject
        if _genitive_head(tokens, actor, table) == trigger:
            rank = 0  # "das Voranschreiten der YPG", "the advance of Ukrainian troops": its agent
        elif before in agents and not clause_between(tokens, trigger, actor.first):
            rank = 0  # the agent of a passive or "fell to"
        elif before in agents and lang == "en" and actor.first > trigger:
            continue  # another verb's agent: "has taken X, previously held by the army"
        elif _marked(tokens, actor, before, table) or (
            before in table["passive_agent"] and (not agents or (taken_from and actor.first > trigger))
        ):
            continue  # a target, an owner, or "von den russischen Truppen zurückerobert" (from them)
        elif lang == "en" and actor.first > trigger:
            continue  # an English object
        else:
            rank = 1
        key = (rank, cost)
        if best is None or key < best:
            best, chosen = key, actor
    if chosen is None:  # a pronoun is the subject of a movement or a taking, not of an air strike
        return _pronoun_subject(tokens, trigger, table, previous) if moves else []
    head = _named_partner(actors, chosen, tokens, table) if moves or chosen.name else None
    # "Türkische Truppen und syrische Rebellen" act together; "Ukrainian and Russian forces both claimed" do not
    if (
        chosen.name
        and head is not None
        and head.side is not None
        and not _EACH & {t.text.lower() for t in tokens}
        and not (chosen.side and chosen.side != head.side and len(chosen.side) == len(head.side) == 2)
    ):  # two states' armies are no one force: "Ukrainian troops and Russian forces fought for X"
        pair = [head, chosen, *_allies(actors, head, tokens, trigger, table)]
        return list({a.name: a for a in pair}.values())
    if chosen.name is None and moves:
        chosen = head or chosen  # "the CTS and the army", "Russian troops and separatist fighters"
    if chosen.name is None and _enemy(tokens, chosen, table):
        # "Moscow said enemy troops had captured X": not the speaker's, whoever they are
        return [replace(chosen, name="enemy forces")]
    if chosen.name is None and chosen.first > 0 and tokens[chosen.first - 1].text.lower() in _OWNERS:
        # "The TPLF said its forces had withdrawn": the force that opens its sentence;
        # "Karabakh leader X acknowledged that his forces …": nobody named, not the last paragraph's
        dash = next((k + 1 for k in range(min(len(tokens), 12)) if tokens[k].text in ("-", "–", "—")), 0)
        opening = dash + (1 if dash < len(tokens) and tokens[dash].text.lower() in table["articles"] else 0)
        owner = [a for a in actors if a.name and a.side and a.first in (0, opening) and a.last < chosen.first]
        return owner[:1]  # else the speaker's, if the sentence reports one (extractor)
    if chosen.name is None:
        return bare_force(chosen, actors, tokens, trigger, table, previous)
    return [chosen, *_allies(actors, chosen, tokens, trigger, table)]


def bare_force(chosen: Actor, actors, tokens, trigger: int, table: dict, previous) -> list[Actor]:
    """A bare "die Truppen", "the troops": the force of that kind the paragraph named last, only
    when the sentence before named one side, and never for "die Armee", "the army", which is as
    often the speaker's own as the one named before."""
    word = tokens[chosen.last].text.lower()
    noun = _force_noun(tokens[chosen.last].text, table)  # as written: a closed-up compound too
    if noun is None:
        return []  # no force noun at its end: nothing to look back for
    qualifier = tokens[chosen.last - 1].text.lower() if chosen.last > 0 else ""
    kind = noun.split()[-1]  # "eine Sondereinheit" (special forces) after "irakische Streitkräfte"
    if qualifier in table.get("self_named_qualifiers", ()):
        noun = kind = f"{qualifier} {noun}"  # "rebel fighters", "government troops": that kind only
    named = [a for a in previous if a.name and not a.group and a.name.endswith(f" {kind}")]
    if word in table.get("home_nouns", ()) or len({a.side for a in previous if a.name}) != 1:
        # "the rebels" after "Tuareg rebels and Malian troops": the kind tells which
        named = named if noun in table.get("self_named", ()) or " " in noun else []
    if named:
        return named[-1:]
    if noun in table.get("self_named", ()) or qualifier in table.get("self_named_qualifiers", ()):
        # "the rebels", "Regierungstruppen", "government troops" with no such force named before:
        # the noun itself, whose side this war's reporting may tell (sides.json guesses none)
        chosen = replace(chosen, name=noun)
        return [chosen, *_allies(actors, chosen, tokens, trigger, table)]
    return []


def _enemy(tokens: Sequence[Token], actor: Actor, table: dict) -> bool:
    """Whether a word before a bare force noun makes it the other side's ("enemy troops",
    "feindliche Truppen")."""
    return any(
        t.text.lower() in table.get("enemy_words", ()) for t in tokens[max(0, actor.first - 2) : actor.last]
    )


def _pronoun_subject(
    tokens: Sequence[Token], trigger: int, table: dict, previous: Sequence[Actor]
) -> list[Actor]:
    """ "Sie durchbrachen die Grenze und drängen in Richtung X", "On Friday they fled", "Später
    eroberten sie …": a subject pronoun before the verb in its clause, or right after it where
    the language inverts them, continues with the force the sentence before named,
    when that sentence named forces of one side only (and the sentence names no force itself)."""
    pronouns = {p.lower() for p in table.get("subject_pronouns", ())}
    at = next((j for j in range(trigger - 1, -1, -1) if tokens[j].text.lower() in pronouns), None)
    after = trigger + 1  # "Später brachten sie auch ein Dorf unter ihre Kontrolle": after the verb
    if at is None and after < len(tokens) and tokens[after].text in table.get("subject_pronouns_after", ()):
        at = after
    if at is None or clause_between(tokens, at, trigger, lists=True):
        return []
    named = [a for a in previous if a.name]
    sides = {a.side for a in named}
    if len(sides) != 1 or None in sides:
        return []
    return named[-1:]


def _allies(actors, chosen: Actor, tokens, trigger: int, table: dict) -> list[Actor]:
    """Forces named with the agent on its side of the verb, in its clause, joined to it by
    "und", "bzw.", "verbündete", "and", "alongside" or fighting for the same side: "Einheiten
    der irakischen Armee und verbündete Milizen … bzw. Hashd al-Shaabi"."""
    allies = []
    names = {chosen.name}
    for actor in actors:
        if actor is chosen or not actor.name or actor.name in names:
            continue
        if (actor.first > trigger) != (chosen.first > trigger):
            continue
        low, high = sorted((actor.last, chosen.last))
        if any(t.text in CLAUSE_BREAKS for t in tokens[low:high]):
            continue
        before = _word_before(tokens, actor.first, table)
        if _marked(tokens, actor, before, table) or before in table["passive_agent"]:
            continue
        joined = before in set(table["ally_words"])
        if joined or (actor.side is not None and actor.side == chosen.side):
            allies.append(actor)
            names.add(actor.name)
    return sorted(allies, key=lambda a: a.first)


def _passive(tokens: Sequence[Token], trigger: int, table: dict) -> bool:
    """A German passive or an attributive participle: "wurde von X eingenommen", "die von den
    Aufständischen eroberte Stadt" (lower-case participle before a noun)."""
    clause = []
    for j in range(trigger - 1, -1, -1):
        if tokens[j].text in CLAUSE_BREAKS:
            break
        clause.append(tokens[j].text.lower())
    for j in range(trigger + 1, len(tokens)):
        if tokens[j].text in CLAUSE_BREAKS:
            break
        clause.append(tokens[j].text.lower())
    word = tokens[trigger].text
    attributive = word[:1].islower() and trigger + 1 < len(tokens) and tokens[trigger + 1].text[:1].isupper()
    return attributive or any(
        w in table["passive_markers"] for w in clause if w in ("wurde", "wurden", "worden", "werden", "wird")
    )


_QUOTES = frozenset("»«„“”\"'‚‘’›‹")


def _dative(tokens: Sequence[Token], actor: Actor, table: dict) -> bool:
    """Whether a force stands in the dative ("dem IS", "den ukrainischen Truppen"), over
    adjectives."""
    j = actor.first if tokens[actor.first].text.lower() in ("dem", "den") else actor.first - 1
    while j >= 0 and tokens[j].text[:1].islower() and tokens[j].text.lower() not in table["articles"]:
        j -= 1
    return j >= 0 and tokens[j].text.lower() in ("dem", "den")


def _named_before(actors: Sequence[Actor], actor: Actor, tokens: Sequence[Token]) -> Actor:
    """The force whose name an abbreviation in brackets follows ("des Islamischen Staates (IS)",
    "the Islamic State (IS)"), else the force itself."""
    if actor.first >= 2 and tokens[actor.first - 1].text == "(":
        j = actor.first - 2
        while j > 0 and tokens[j].text in _QUOTES:
            j -= 1  # »Islamischer Staat« (IS)
        for other in actors:
            if other.last == j:
                return _named_before(actors, other, tokens)
    return actor


def _named_partner(
    actors: Sequence[Actor], bare: Actor, tokens: Sequence[Token], table: dict
) -> Optional[Actor]:
    """The named force a bare one is coordinated with ("Iraq's counter-terrorism service (CTS)
    and the army"): the subject is the pair, named by the force that has a name."""
    words = {w for w in table["coordinators"] if w.isalpha()}  # and, und: not a lone comma
    glue = {*words, *table["articles"], *table["ally_words"], "(", ")"}  # "Syrian troops and allied militias"
    for actor in reversed([a for a in actors if a.name and a.last < bare.first]):
        between = range(actor.last + 1, bare.first)
        covered = {j for a in actors if a.name for j in range(a.first, a.last + 1)}
        if (
            any(tokens[j].text.lower() in words for j in between)
            and all(
                tokens[j].text.lower() in glue
                or j in covered
                or (j > actor.last + 1 and tokens[j].text.isalpha() and tokens[j].text.islower())
                for j in between
            )  # "Russian troops and separatist fighters": an adjective of the second
            and _heads_its_clause(tokens, actor, table)
        ):
            return actor
        return None  # only the force right before it
    return None


def _heads_its_clause(tokens: Sequence[Token], actor: Actor, table: dict) -> bool:
    """Whether a force opens its clause (over articles and a possessive owner: "Iraq's"), so it
    is a subject; not the object of a verb or of a preposition ("killed IS fighters and …",
    "resistance from IS militants, the army …")."""
    j = actor.first - 1
    while j >= 0 and (tokens[j].text.lower() in table["articles"] or tokens[j].text.endswith(("'s", "’s"))):
        j -= 1
    return j < 0 or tokens[j].sentence != tokens[actor.first].sentence or tokens[j].text in CLAUSE_BREAKS


def _governing_word(
    tokens: Sequence[Token], first: int, table: dict, stop: int = -1, passive: bool = False
) -> str:
    """The word that governs a force's noun phrase, over articles, adjectives and quotation
    marks, and over the force a genitive belongs to: "von den Milizen des IS" → von. Never a
    word before the verb at `stop` or (but in a `passive`) a finite auxiliary: "Von Charkiw aus
    rückten (sind) die Truppen vor(gerückt)" (the verb's subject)."""
    stops = {*table["passive_agent"], *table["_not_agents"], *table["ally_words"]}
    j = first - 1
    while j >= 1 and tokens[j].text in _QUOTES:
        j -= 1  # der Miliz »Islamischer Staat«
    if j >= 1 and tokens[j].text.lower() in ("des", "der") and _force_noun(tokens[j - 1].text, table):
        return _governing_word(tokens, j - 1, table, stop, passive)
    if j >= 0 and tokens[j].text[:1].isupper() and _force_noun(tokens[j].text, table):
        # in apposition: "der Miliz Islamischer Staat"
        return _governing_word(tokens, j, table, stop, passive)
    while j >= 0 and tokens[j].sentence == tokens[first].sentence:
        if j == stop or (not passive and tokens[j].text.lower() in table.get("finite_auxiliaries", ())):
            return ""
        word = tokens[j].text
        if word.lower() in stops or not (
            word.lower() in table["articles"] or word in "»«„“\"'" or word[:1].islower()
        ):
            break
        j -= 1  # articles, adjectives, quotation marks: "von der dschihadistischen Miliz"
    return tokens[j].text.lower() if j >= 0 and tokens[j].sentence == tokens[first].sentence else ""


def _word_before(tokens: Sequence[Token], first: int, table: dict) -> str:
    j = first - 1
    while j >= 0 and tokens[j].text.lower() in table["articles"]:
        j -= 1
    return tokens[j].text.lower() if j >= 0 and tokens[j].sentence == tokens[first].sentence else ""


def _genitive_head(tokens: Sequence[Token], actor: Actor, table: dict) -> int:
    """The index of the noun a force follows in the genitive ("Vormarsch der YPG", "advance of
    the troops"), or -1."""
    j = actor.first - 1
    while (
        j >= 0
        and tokens[j].text.lower() in table["articles"]
        and tokens[j].text.lower() not in ("des", "der")
    ):
        j -= 1
    if j < 1 or tokens[j].text.lower() not in ("des", "der", "of"):
        return -1
    return j - 1


def _marked(tokens: Sequence[Token], actor: Actor, before: str, table: dict) -> bool:
    """A force that is a target (gegen den IS, against IS) or the owner of another noun
    (Stellungen der Terrormiliz, the positions of the militants) — but not the owner of forces
    (die Truppen der Volksrepublik Donezk, forces of the DPR)."""
    k = actor.first - 1
    while k >= 0 and (tokens[k].text in _QUOTES or _force_noun(tokens[k].text, table)):
        k -= 1  # Stellungen der Terrormiliz "Islamischer Staat": the force's name after its noun
    previous = tokens[k].text.lower() if k >= 0 else ""
    if previous in ("des", "der", "of"):
        before = previous
        j = k
        while j >= 0 and tokens[j].text.lower() in {*table["articles"], "of"}:
            j -= 1
        head = tokens[j].text if j >= 0 else ""
        if head.lower() in COUNT_WORDS:  # "Hundreds of Taliban fighters": a number of them, unless
            return j > 0 and tokens[j - 1].text.lower() in table["target_markers"]  # "fighting hundreds of …"
        noun = head.isalpha() and (before == "of" or head[:1].isupper())
        return noun and not (head.lower() in table["force_nouns"] or _force_noun(head, table))
    if tokens[actor.last].text.lower().endswith(HELD_SUFFIXES) or held_compound(tokens[actor.last].text):
        return True  # "the last Islamic State-held district", "IS-kontrollierte Gebiete": whose it was
    return before in table["_not_agents"]  # a target; or who says: "laut ukrainischem Militär"


_EACH = frozenset({"both", "each", "beide", "beiden", "jeweils"})  # "X and Y both claimed": apart
