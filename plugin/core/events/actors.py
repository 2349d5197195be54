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
from ..language.lexicon import remembered, toponym_table
from ..language.text import CLAUSE_BREAKS, Token, clause_between, clause_distance
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
    verb_object,
)
from .group_patterns import group_pattern, group_prefilter, groups_in
from .sides import side_of


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


def side_of_code(code: str) -> Optional[str]:
    """The map's side of a country's forces (UA → UA, TD → ML: Chad fought with France and Mali)."""
    return side_of(f"{english_adjective(code)} forces") or code


def names_a_force(tokens: Sequence[Token], lang: str) -> bool:
    """Whether a sentence names an armed force: a noun of one (Soldaten, fighters, Peschmerga-
    Kämpfer) or a group of the table (the YPG, der IS)."""
    table = actor_table(lang)
    peoples = toponym_table(lang)["person_demonyms"]
    if any(force_noun(t.text, table) or t.text in peoples or t.text in table["peoples"] for t in tokens):
        return True  # also a people at war: "the Russians withdrew"
    return bool(tokens) and bool(group_spans(" ".join(t.text for t in tokens), 0, lang))


def force_noun(word: str, table: dict) -> Optional[str]:
    """The English noun an actor is named with, when the word names an armed force (also as the
    head of a compound: Peschmerga-Kämpfer, Regierungstruppen)."""
    return remembered(table, word, _force_noun)  # asked of every word of many sentences


def _force_noun(word: str, table: dict) -> Optional[str]:
    """force_noun, worked out once per word."""
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


def word_stem(word: str) -> str:
    """A German or English adjective without its inflected ending (ukrainischen → ukrainisch)."""
    for ending in ("en", "er", "es", "em", "e"):
        if word.endswith(ending) and len(word) > len(ending) + 3:
            return word[: -len(ending)]
    return word


def acting(actors: Sequence[Actor], tokens: Sequence[Token], lang: str) -> list[Actor]:
    """The named forces of a sentence that may be its subjects: not a target or an owner
    ("Stellungen der Terrormiliz IS", "gegen den IS"). A pronoun in the next sentence stands
    for one of them."""
    table = actor_table(lang)
    kept = []
    for actor in actors:
        named = _named_before(actors, actor, tokens)  # "(IS)" after an owner's name is that owner
        governing = _governing_word(tokens, named.first, table)
        if actor.name is None and len(actors) == 1:
            # the sentence's only force, named by its kind: "Die Rebellen griffen X an. … sie"
            actor = _self_named(actor, tokens, table) or actor
        if (
            actor.name
            and not _marked(tokens, named, governing, table)
            and not attributive_agent(tokens, actor)
            and not (actor.group and object_position(tokens, named.first, lang))
        ):
            kept.append(actor)
    return kept


def _self_named(actor: Actor, tokens: Sequence[Token], table: dict) -> Optional[Actor]:
    """A bare force noun that names its kind alone ("the rebels", "Regierungstruppen", "rebel
    fighters": the actors table's 'self_named' nouns and qualifiers), named so; else None."""
    noun = force_noun(tokens[actor.last].text, table)
    qualifier = tokens[actor.last - 1].text.lower() if actor.last > 0 else ""
    if noun is None:
        return None
    if qualifier in table.get("self_named_qualifiers", ()):
        return replace(actor, name=f"{qualifier} {noun}")
    return replace(actor, name=noun) if noun in table.get("self_named", ()) else None


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
    speaker = _said_it(tokens, trigger) if lang == "en" else None
    if speaker is not None:  # "…, days after Moscow announced it had regained X": the speaker's
        # "The Wagner group said it …"; a state's the extractor finds (speakers.speaker_force)
        said = [a for a in actors if a.first <= speaker <= a.last + 1]
        if said and said[0].name is None:  # "the army said it had entered X"
            return bare_force(said[0], actors, tokens, trigger, table, previous)
        return [a for a in said if a.name][:1]
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
    conjunct = (
        _german_conjunct(tokens, trigger, actors)
        if lang == "de" and not _passive(tokens, trigger, table, words_only=True)
        else None
    )
    for actor in actors:
        if (infinitive and actor.first >= opening) or (
            taken_before and other_clause(tokens, actor, trigger, lang)
        ):
            continue
        if (
            lang == "de"
            and actor.first > trigger
            and tokens[trigger].text.islower()  # a verb; a noun's force may be told in a clause after it
            and _subordinate_after(tokens, trigger, actor.first)
        ):
            continue  # "hatten Homs eingenommen, nachdem die Armee abgezogen war": that clause's subject
        if dative_loser and _dative(tokens, actor, table):
            continue  # "hat Ramadi dem IS entrissen": whom it was wrested from
        if object_loser and (
            any(
                opening <= o.first and o.last < actor.first and not _fronted_object(tokens, o) for o in actors
            )
            or _fronted_object(tokens, actor)
        ):
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
        if (
            conjunct is not None
            and actor.last < conjunct
            and tokens[max(0, actor.first - 1)].text.lower() not in agents | {"von", "vom"}
            and any(
                o.name
                and o.last < actor.first
                and not clause_between(tokens, o.last, actor.first)
                and _subject_like(tokens, o, table)
                for o in actors
            )
        ):  # "drängten ukrainische Truppen die russischen Einheiten zurück, eroberten X", "haben die
            continue  # russischen Einheiten vertrieben und X erobert": the first verb's object
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
        elif lang == "en" and actor.first > trigger and not _holds(tokens, actor, table):
            continue  # an English object; not "fell into the hands of the rebels", who hold it
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


def _subject_like(tokens: Sequence[Token], actor: Actor, table: dict) -> bool:
    """Whether a German force before a verb may be its clause's subject: not a target ("gegen die
    Truppen"), not the source of a report ("Nach Angaben der ukrainischen Armee", "laut dem
    Militär") and not an object in the accusative or dative ("Den IS haben die Kurden …")."""
    before = {t.text.lower() for t in tokens[max(0, actor.first - 3) : actor.first]}
    return (
        _governing_word(tokens, actor.first, table) not in table["target_markers"]
        and not before & _SOURCE_WORDS
        and not (actor.first > 0 and tokens[actor.first - 1].text.lower() in ("den", "dem"))
    )


def _fronted_object(tokens: Sequence[Token], actor: Actor) -> bool:
    """Whether a German force opens its clause in the accusative ("Den IS haben kurdische Kämpfer
    aus Kobane vertrieben"): the one driven out."""
    k = actor.first - 1
    return k >= 0 and tokens[k].text.lower() == "den" and (k == 0 or tokens[k - 1].text in CLAUSE_BREAKS)


_SOURCE_WORDS = frozenset({"angaben", "laut", "zufolge", "aussagen", "informationen"})


def _german_conjunct(tokens: Sequence[Token], trigger: int, actors: Sequence[Actor]) -> Optional[int]:
    """Where the German verb at `trigger` opens a conjunct that shares the subject of the verb
    before it: "und" with no force between it and the verb ("… vertrieben und X erobert"), or a
    comma right before it (", eroberten X"). None else."""
    if not tokens[trigger].text.islower():
        return None  # a noun's force may be told in the clause after it
    if trigger > 0 and tokens[trigger - 1].text == ",":
        return trigger - 1
    for j in range(trigger - 1, max(-1, trigger - 8), -1):
        if tokens[j].text in CLAUSE_BREAKS or any(a.first <= j <= a.last for a in actors):
            return None
        if tokens[j].text == "und":
            return j
    return None


def bare_force(chosen: Actor, actors, tokens, trigger: int, table: dict, previous) -> list[Actor]:
    """A bare "die Truppen", "the troops": the force of that kind the paragraph named last, only
    when the sentence before named one side; "die Armee", "the army", which is as often the
    speaker's own as the one named before, is the army of the country it fights in (HOME_ARMY,
    named in national.py)."""
    word = tokens[chosen.last].text.lower()
    noun = force_noun(tokens[chosen.last].text, table)  # as written: a closed-up compound too
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
    if word in table.get("home_nouns", ()) and not _in_a_proper_name(tokens, chosen.last, table):
        # "the army", "die Armee" with no force of its kind named before: the army of the country
        # it fights in (national.py), unless the sentence before named another state's forces
        states = {a.side for a in previous if a.name and state_side(a.side)}
        if len(states) <= 1:
            return [replace(chosen, name=HOME_ARMY, side=next(iter(states), None))]
    if noun in table.get("self_named", ()) or qualifier in table.get("self_named_qualifiers", ()):
        # "the rebels", "Regierungstruppen", "government troops" with no such force named before:
        # the noun itself, whose side this war's reporting may tell (sides.json guesses none)
        chosen = replace(chosen, name=noun)
        return [chosen, *_allies(actors, chosen, tokens, trigger, table)]
    # "Gemeinsam mit Rebellen der Freien Syrischen Armee seien die Soldaten … vorgerückt": the
    # named force the bare one went with
    return [
        a for a in _allies(actors, chosen, tokens, trigger, table) if a.group and _together(tokens, a, table)
    ]


def _in_a_proper_name(tokens: Sequence[Token], k: int, table: dict) -> bool:
    """Whether the force noun at k ends a proper name (the Oromo Liberation Army, die Kachin
    Armee): a capitalised word other than an article stands before it in its sentence."""
    before = tokens[k - 1] if k > 0 else None
    return (
        before is not None
        and before.sentence == tokens[k].sentence
        and before.text[:1].isupper()
        and before.text.lower() not in table["articles"]
    )


# The name a bare "the army", "die Armee" stands under until national.py names it after the
# country of its event's place (its side: the one state the sentence before named, if any).
HOME_ARMY = "the army"


# Sides whose two-letter keys are no state's (sides.json): the Islamic State, Hamas and its
# allies, Tigray's forces. Every other two-letter key is a state's country code.
_NOT_STATES = frozenset({"IS", "PS", "TG"})


def state_side(side: Optional[str]) -> bool:
    """Whether a side is a state's (a country code), not a movement's."""
    return side is not None and len(side) == 2 and side not in _NOT_STATES


def unnamed(agents: Sequence[Actor]) -> bool:
    """Whether no force is named among an event's agents: none, or only a bare "the army"."""
    return all(a.name == HOME_ARMY for a in agents)


_TOGETHER = frozenset({"gemeinsam mit", "zusammen mit", "together with", "alongside"})


def _together(tokens: Sequence[Token], actor: Actor, table: dict) -> bool:
    """Whether a force is named after "gemeinsam mit", "together with" or "alongside": one that
    goes with another, not one fought with."""
    j = actor.first - 1
    while j >= 0 and tokens[j].text.lower() in table["articles"]:
        j -= 1
    words = " ".join(t.text.lower() for t in tokens[max(0, j - 1) : j + 1])
    return j >= 0 and (words in _TOGETHER or tokens[j].text.lower() in _TOGETHER)


def _enemy(tokens: Sequence[Token], actor: Actor, table: dict) -> bool:
    """Whether a word before a bare force noun makes it the other side's ("enemy troops",
    "feindliche Truppen")."""
    return any(
        t.text.lower() in table.get("enemy_words", ()) for t in tokens[max(0, actor.first - 2) : actor.last]
    )


def _said_it(tokens: Sequence[Token], trigger: int) -> Optional[int]:
    """The token before the verb of saying when the English verb at `trigger` has "it" for its
    subject right after that verb and its subject is no pronoun ("Moscow announced it had regained
    X", "the ministry said it had retaken X", "The Wagner group said it had captured X"): the one
    who says it did it, not a force another clause names. None else."""
    k = trigger - 1
    while k > 0 and tokens[k].text.lower() in _AUXILIARY_OR_ADVERB:
        k -= 1
    if k < 2 or tokens[k].text.lower() != "it":
        return None
    verb = k - 1 - (tokens[k - 1].text.lower() == "that")
    said = tokens[verb].text.lower() in actor_table("en").get("saying_verbs", ())
    return verb - 1 if said and tokens[verb - 1].text.lower() not in ("it", "they", "he", "she") else None


_AUXILIARY_OR_ADVERB = frozenset(
    {"had", "has", "have", "'d", "also", "already", "now", "successfully", "fully"}
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
    sides = {a.side for a in named}  # one side, or one force of no known side ("Die Rebellen …")
    if len(sides) != 1 or (None in sides and len({a.name for a in named}) != 1):
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
        together = _together(tokens, actor, table)  # not "fought with X": X is no target here
        if not together and (_marked(tokens, actor, before, table) or before in table["passive_agent"]):
            continue
        joined = together or before in set(table["ally_words"])
        if joined or (actor.side is not None and actor.side == chosen.side):
            allies.append(actor)
            names.add(actor.name)
    return sorted(allies, key=lambda a: a.first)


def _passive(tokens: Sequence[Token], trigger: int, table: dict, words_only: bool = False) -> bool:
    """A German passive or an attributive participle: "wurde von X eingenommen", "die von den
    Aufständischen eroberte Stadt" (lower-case participle before a noun; not with `words_only`,
    where only a form of "werden" counts: "eroberten Kupjansk" is a finite verb too)."""
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
    return (attributive and not words_only) or any(
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
    if j >= 1 and tokens[j].text.lower() in ("des", "der") and force_noun(tokens[j - 1].text, table):
        return _governing_word(tokens, j - 1, table, stop, passive)
    if j >= 0 and tokens[j].text[:1].isupper() and force_noun(tokens[j].text, table):
        # in apposition: "der Miliz Islamischer Staat"
        return _governing_word(tokens, j, table, stop, passive)
    while j >= 0 and tokens[j].sentence == tokens[first].sentence:
        if j == stop or (not passive and tokens[j].text.lower() in table.get("finite_auxiliaries", ())):
            return ""
        word = tokens[j].text
        if word.lower() in _CLAUSE_OPENING:
            return ""  # "vowed to retaliate after Ukrainian forces retook X": the subject of its clause
        if word.lower() in stops or not (
            word.lower() in table["articles"] or word in "»«„“\"'" or word[:1].islower()
        ):
            break
        j -= 1  # articles, adjectives, quotation marks: "von der dschihadistischen Miliz"
    return tokens[j].text.lower() if j >= 0 and tokens[j].sentence == tokens[first].sentence else ""


# Conjunctions that open a clause: a force after one is that clause's subject, governed by nothing.
_CLAUSE_OPENING = frozenset(
    {
        "after",
        "before",
        "when",
        "while",
        "because",
        "since",
        "once",
        "that",
        "nachdem",
        "weil",
        "als",
        "während",
        "dass",
    }
)


def _subordinate_after(tokens: Sequence[Token], trigger: int, first: int) -> bool:
    """Whether a comma and a subordinator ("nachdem", "als", "während" …) open a clause between
    the verb at `trigger` and the force at `first`."""
    return any(
        tokens[k].text == "," and tokens[k + 1].text.lower() in _CLAUSE_OPENING
        for k in range(trigger + 1, first - 1)
    )


def _word_before(tokens: Sequence[Token], first: int, table: dict) -> str:
    j = first - 1
    while j >= 0 and tokens[j].text.lower() in table["articles"]:
        j -= 1
    return tokens[j].text.lower() if j >= 0 and tokens[j].sentence == tokens[first].sentence else ""


def _genitive_head(tokens: Sequence[Token], actor: Actor, table: dict) -> int:
    """The index of the noun a force follows in the genitive ("Vormarsch der YPG", "advance of
    the troops", "withdrawal of government troops"), or -1."""
    j = actor.first - 1
    qualifiers = frozenset(table.get("country_qualifiers", ())) | frozenset(
        table.get("self_named_qualifiers", ())
    )
    while j >= 0 and (
        (tokens[j].text.lower() in table["articles"] and tokens[j].text.lower() not in ("des", "der"))
        or tokens[j].text.lower() in qualifiers
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
    while k >= 0 and (tokens[k].text in _QUOTES or force_noun(tokens[k].text, table)):
        k -= 1  # Stellungen der Terrormiliz "Islamischer Staat": the force's name after its noun
    if k > 0 and tokens[k].text.lower() == "the" and tokens[k - 1].text.lower() == "of":
        k -= 1  # "the positions of the militants"
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
        if _holding_noun(tokens, j, table):
            return False  # "in die Hände der Rebellen", "under the control of the militants": the holder
        return noun and not (head.lower() in table["force_nouns"] or force_noun(head, table))
    if tokens[actor.last].text.lower().endswith(HELD_SUFFIXES) or held_compound(tokens[actor.last].text):
        return True  # "the last Islamic State-held district", "IS-kontrollierte Gebiete": whose it was
    return before in table["_not_agents"]  # a target; or who says: "laut ukrainischem Militär"


_HOLDING = frozenset({"hand", "hände", "händen", "hands", "control", "kontrolle"})


def _holds(tokens: Sequence[Token], actor: Actor, table: dict) -> bool:
    """Whether the force is the owner of hands or control ("the hands of the rebels")."""
    j = actor.first - 1
    while j >= 0 and tokens[j].text.lower() in table["articles"]:
        j -= 1
    return j > 0 and tokens[j].text.lower() in ("of", "der", "des") and _holding_noun(tokens, j - 1, table)


def _holding_noun(tokens: Sequence[Token], j: int, table: dict) -> bool:
    """Whether token j is hands or control that something is in or under ("in die Hände",
    "into the hands", "unter der Kontrolle"; not "aus den Händen des IS": from whom)."""
    if j < 1 or tokens[j].text.lower() not in _HOLDING:
        return False
    k = j - 1
    while k > 0 and tokens[k].text.lower() in table["articles"]:
        k -= 1
    return tokens[k].text.lower() in ("in", "into", "unter", "under", "im")


_EACH = frozenset({"both", "each", "beide", "beiden", "jeweils"})  # "X and Y both claimed": apart
