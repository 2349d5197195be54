"""Whose gain a report announces when it names no force: the side its speaker speaks for
("Kupjansk befreit, sagte Selenskyj", "Russia's defence ministry said the villages had been
retaken"), the holder a demonym names before a word of control ("under Russian control"), and
the force an adjective names before an event noun ("after the Russian withdrawal"); and when
the side that loses by a claim is the one that makes it, which confirms it."""

from __future__ import annotations

import re
from functools import cache
from typing import Optional, Sequence

from ..language.text import Token, clause_between, token_at
from ..places.mentions import PlaceMention
from .actors import Actor, actor_table, english_adjective, group_spans, side_of, side_of_code
from .clauses import clause_of
from .reporting import SOURCE, a_state, reporting_table

_GAINS = frozenset({"capture", "recapture", "arrival"})
_HOLDING_NOUNS = frozenset({"control", "kontrolle", "hand", "hands", "händen"})
_NOT = frozenset({"nicht", "not", "nie", "never", "n't"})
_NO = frozenset({"kein", "keinen", "keine"})
_AUXILIARIES_EN = frozenset({"had", "has", "have", "was", "were", "would", "is", "are"})


def holder_named(tokens: Sequence[Token], trigger: int, lang: str) -> list[Actor]:
    """The holder a demonym names right before a word of control: "under Russian control", "unter
    ukrainischer Kontrolle", "in russischer Hand"."""
    if trigger == 0 or tokens[trigger].text.lower() not in _HOLDING_NOUNS:
        return []
    code = actor_table(lang)["_demonyms"].get(tokens[trigger - 1].text.lower())
    if not code:
        return []
    return [Actor(f"{english_adjective(code)} forces", side_of_code(code), trigger - 1, trigger)]


def modifier_named(tokens: Sequence[Token], trigger: int, lang: str) -> list[Actor]:
    """The force an adjective right before an event noun names: "after the Russian withdrawal",
    "die ukrainische Gegenoffensive", "after government withdrawal" (a force of no side); not a
    verb after a people ("the Russians withdrew")."""
    if trigger == 0:
        return []
    word, before = tokens[trigger].text, tokens[trigger - 1].text
    if lang == "de" and not (word[:1].isupper() and before[:1].islower()):
        return []  # a German noun after a lower-case adjective
    if lang != "de" and not (word[:1].islower() and not before.lower().endswith("s")):
        return []  # an English noun after an adjective, not after a people ("Russians")
    table = actor_table(lang)
    code = table["_demonyms"].get(before.lower())
    if code:
        return [Actor(f"{english_adjective(code)} forces", side_of_code(code), trigger - 1, trigger)]
    if before.lower() in table.get("self_named_qualifiers", ()):
        return [Actor(f"{before.lower()} forces", None, trigger - 1, trigger)]  # "a government withdrawal"
    return []


def claims_a_gain(
    kind: str,
    tokens: Sequence[Token],
    trigger: int,
    certainty: str,
    lang: str,
    loss_words: Sequence[str],
    bare_subject: bool = False,
) -> bool:
    """A taking the speaker's side would announce as its own: not intended, not one of the
    events table's `loss_words` (a town that "fell" or was "occupied" is as often a loss
    conceded), not in a sentence that concedes. An advance too, when its subject is a bare force
    noun (`bare_subject`: "a spokesman said troops pushed into downtown Ramadi")."""
    gain = kind in _GAINS or (kind == "advance" and bare_subject)
    if not gain or certainty == "intended":
        return False
    if tokens[trigger].text.lower() in loss_words:
        return False
    words = {t.text.lower() for t in tokens}
    # "Selenskyj sagte, Bachmut sei nicht eingenommen worden": a denial in the taking's clause, no
    # gain of the speaker's ("…, a claim Kyiv did not confirm" denies nothing of it)
    denied = {t.text.lower() for _, t in clause_of(tokens, trigger)} & _NOT
    return not words & set(reporting_table(lang)["concession_verbs"]) and not denied


def own_troops(actors: Sequence, tokens: Sequence[Token], trigger: int, lang: str) -> bool:
    """Whether the subject of the verb at `trigger` is a bare word for regular forces ("troops",
    "die Truppen"): the force in its clause nearest before it has no name and is of the kind
    "forces" (not "the occupiers", "militants", "Söldner", nor named "Russian units")."""
    return _bare_subject_kind(actors, tokens, trigger, lang) == "forces"


# Kinds of unnamed forces no state's spokesman speaks of as its own ("Militants have seized Tal
# Afar, Iraqi officials said": not Iraq's gain).
HOSTILE_KINDS = frozenset(
    {"militants", "rebels", "insurgents", "jihadists", "Islamists", "terrorists", "extremists", "occupiers",
     "attackers", "mercenaries"}
)  # fmt: skip


def hostile_subject(actors: Sequence, tokens: Sequence[Token], trigger: int, lang: str) -> bool:
    """Whether the subject of the verb at `trigger` is an unnamed force of one of HOSTILE_KINDS,
    with no passive before the verb in its sentence ("Militants were driven out of X and the town
    was retaken": not theirs)."""
    passive = any(t.text.lower() in ("was", "were", "wurde", "wurden") for t in tokens[:trigger])
    return not passive and _bare_subject_kind(actors, tokens, trigger, lang) in HOSTILE_KINDS


def _bare_subject_kind(actors: Sequence, tokens: Sequence[Token], trigger: int, lang: str) -> Optional[str]:
    """The kind of the unnamed force nearest before the verb in its clause, if it is unnamed."""
    before = [a for a in actors if a.last < trigger and not clause_between(tokens, trigger, a.first)]
    if not before:
        return None
    subject = max(before, key=lambda a: a.last)
    nouns = actor_table(lang)["force_nouns"]
    return nouns.get(tokens[subject.last].text.lower()) if subject.name is None else None


def _inside_a_name(tokens: Sequence[Token], k: int, head: int) -> bool:
    """Whether the demonym at k belongs to a movement's proper name with the noun at `head`, not
    to a state's army or ministry: a German demonym written with a capital inside the sentence
    (die Rebellen der Freien Syrischen Armee), or one next to a word such names hold (Free Syrian
    Army, Syrian Democratic Forces)."""
    if (
        k > 0
        and tokens[k].text[:1].isupper()
        and tokens[k].text[1:].islower()
        and tokens[k].text.endswith(_GERMAN_ENDINGS)
    ):
        return True
    return any(tokens[m].text.lower() in _MOVEMENT_WORDS for m in range(max(0, k - 1), head))


# German demonyms end so; English ones are always written with a capital.
_GERMAN_ENDINGS = ("sche", "schen", "scher", "sches")
# Words the names of movements hold beside a nation's adjective (Free Syrian Army, Syrian
# Democratic Forces, Tigray People's Liberation Front); a state's army or ministry is named
# without them.
_MOVEMENT_WORDS = frozenset(
    {"free", "freie", "freien", "freier", "democratic", "demokratische", "demokratischen", "liberation",
     "befreiungsfront", "revolutionary", "revolutionäre", "revolutionären"}
)  # fmt: skip


def speaker_force(
    tokens: Sequence[Token], places: Sequence[PlaceMention], readings: dict, lang: str, agent=None
) -> Optional[tuple[str, Optional[str]]]:
    """(name, side) of the force the sentence's speaker speaks for: a country or capital read as
    the source ("Moskau meldete", "Russia's defence ministry", "laut Kiew"), a demonym before a
    party's noun ("das russische Verteidigungsministerium", "Iraqi officials"), or a speaker the
    actor table knows by name (Selenskyj, Shoigu). None when there is none, or several sides. The
    words of an `agent` name who acts, not who speaks ("die russische Armee habe sich zurückgezogen")."""
    table = actor_table(lang)
    party = frozenset(reporting_table(lang).get("party_nouns", ()))
    unofficial = frozenset(reporting_table(lang).get("unofficial_sources", ()))
    compounds = [n for n in party if len(n) >= 6]
    speakers = table.get("speakers", {})
    found: dict[Optional[str], str] = {}
    for index, reading in readings.items():
        place = places[index].place
        if (
            reading == SOURCE
            and a_state(places[index])
            and not _where_it_sits(tokens, places[index], lang)
            and not _denies(tokens, places[index], lang)
        ):
            found[side_of_code(place.country)] = f"{english_adjective(place.country)} forces"
    for j, token in enumerate(tokens):
        word = token.text.lower()
        if agent is not None and agent.first <= j <= agent.last:
            continue
        pair = f"{tokens[j - 1].text.lower()} {word}" if j else word  # "Russian state media"
        if word in speakers:
            found[side_of(speakers[word])] = speakers[word]
        elif word in party or pair in party or (len(word) > 8 and any(word.endswith(n) for n in compounds)):
            if tokens[j + 1 : j + 2] and tokens[j + 1].text.lower() in unofficial:
                continue  # "Russian military bloggers": no party's voice
            head = j - 1 if pair in party else j
            for k in range(max(0, head - 2), head):
                code = table["_demonyms"].get(tokens[k].text.lower())
                if code and not _inside_a_name(tokens, k, head):
                    found[side_of_code(code)] = f"{english_adjective(code)} forces"
    speech = frozenset(reporting_table(lang)["speech_verbs"])
    if tokens:
        pieces, at = [], tokens[0].start
        for token in tokens:  # the sentence as written, from its tokens' offsets
            pieces += [" " * max(0, token.start - at), token.text]
            at = token.end
        for _start, end, name, _side in group_spans("".join(pieces), tokens[0].start, lang):
            after = next((t for t in tokens if t.start >= end), None)
            if after is not None and after.text.lower() in speech:
                found[side_of(name)] = name  # "YPG said the villages … were liberated"
    found.pop(None, None)
    if len(found) != 1:
        return None
    side, name = next(iter(found.items()))
    return name, side


def withdraws_itself(kind: str, tokens: Sequence[Token], trigger: int, lang: str, bare_subject: bool) -> bool:
    """A withdrawal whose subject is the speaker's own: a bare force noun ("the General Staff said
    troops had pulled out") or a pronoun for the speaker (data/actors_<lang>.json
    'speaker_pronouns': "Ukraine said it had withdrawn", "Die Ukraine teilte mit, sie habe sich
    … zurückgezogen"), the pronoun opening the trigger's clause or, in English, right before its
    verb and auxiliaries."""
    if kind != "withdrawal":
        return False
    table = actor_table(lang)
    pronouns = frozenset(table.get("speaker_pronouns", ()))
    lowered = [t.text.lower() for t in tokens[:trigger]]
    if lang == "en":
        j = len(lowered) - 1
        while j >= 0 and lowered[j] in _AUXILIARIES_EN:
            j -= 1
        if j >= 0 and lowered[j] in pronouns:
            return True
    else:
        opening = max((j for j, w in enumerate(lowered) if w in (",", "dass", ":", ";")), default=-1) + 1
        if opening < len(lowered) and lowered[opening] in pronouns:
            return True
    # a bare noun, not one an owner's pronoun gives to whoever it stands for ("its troops")
    return bare_subject and not set(lowered[-4:]) & set(table.get("owner_pronouns", ()))


def conceded(
    kind: str, agents: Sequence[Actor], tokens: Sequence[Token], places, readings: dict, lang: str
) -> bool:
    """Whether the side that loses by an event is the one that tells it: a loss announced by the
    losing side is confirmed, not only claimed. A withdrawal its own side announces (named outside
    the force's words, or the force itself as the speaker: "The Ukrainian army said it had pulled
    out", "nach eigenen Angaben"); a taking the taker's enemy admits ("Moskau räumte ein,
    ukrainische Truppen hätten X erobert"). Allies are told apart from enemies by no table, so a
    taking needs a verb of concession and a speaker of another side."""
    if not agents or agents[0].side is None:
        return False
    agent = agents[0]
    words = {t.text.lower() for t in tokens}
    if kind == "withdrawal":
        if words & (_NOT | _NO):
            return False  # "said it had not pulled out", "keinen Rückzug": nothing conceded
        if agent.side in sides_named(tokens, agent, lang) or _speaks_itself(tokens, agent, lang):
            return True
        force = speaker_force(tokens, places, readings, lang, agent)  # "Ukraine said it had withdrawn"
        return force is not None and force[1] == agent.side
    if (
        kind not in _GAINS | {"advance"}
        or not words & set(reporting_table(lang)["concession_verbs"])
        or words & _NOT
    ):
        return False  # no admission, or one denied ("bestätigte … nicht", "did not confirm")
    force = speaker_force(tokens, places, readings, lang)
    return force is not None and force[1] not in (None, agent.side)


def sides_named(tokens: Sequence[Token], agent: Actor, lang: str) -> set[str]:
    """Sides the sentence names outside its agent's words: by a demonym or a country (the
    source of a report: "der Sprecher des russischen Verteidigungsministeriums"), or the agent
    itself when it is the one that speaks ("Russland hat einen Rückzug … bekannt gegeben"), or
    owns it as the one country the sentence names ("Russland hat einen Rückzug seiner Truppen
    bekannt gegeben"; actors._owner_before names none when the sentence names two)."""
    table = actor_table(lang)
    unofficial = frozenset(reporting_table(lang).get("unofficial_sources", ()))
    sides = set()
    for i, token in enumerate(tokens):
        if agent.first <= i <= agent.last:
            continue
        code = table["_demonyms"].get(token.text.lower())
        # "Russian military bloggers", "russische Telegram-Kanäle": no voice of the side; "the
        # Russian military's Telegram channel" is its own
        after = [t.text.lower() for t in tokens[i + 1 : i + 4]]
        owned = any(w.endswith(("'s", "’s")) or w in ("des", "der") for w in after)
        if code and (owned or not any(w.split("-")[-1] in unofficial for w in after)):
            sides.add(side_of_code(code))
    speaks = any(t.text.lower() in _speech(lang) for t in tokens[agent.last + 1 :])
    if speaks and agent.first == agent.last and (agent.name or "").endswith("forces"):
        sides.add(agent.side)  # a country or capital as the speaker and the actor
    if tokens[agent.first].text.lower() in table.get("owner_pronouns", ()):
        sides.add(agent.side)  # "Russland hat einen Rückzug seiner Truppen bekannt gegeben": its owner
    return sides


def _speaks_itself(tokens: Sequence[Token], agent: Actor, lang: str) -> bool:
    """The force is its own source: the sentence says so ("nach eigenen Angaben", "by its own
    account": data/reporting_<lang>.json 'self_sources'), or a verb of saying follows the force's
    words, an auxiliary at most between ("The Ukrainian army said it had pulled out", "Die Armee
    hat mitgeteilt, sie habe …")."""
    if _self_source(lang).search(" ".join(t.text.lower() for t in tokens)):
        return True
    after = [t.text.lower() for t in tokens[agent.last + 1 : agent.last + 3]]
    auxiliaries = set(actor_table(lang).get("finite_auxiliaries", ())) | {"has", "had", "have"}
    if after and after[0] in auxiliaries:
        after = after[1:]
    return bool(after) and after[0] in _speech(lang)


@cache
def _speech(lang: str) -> frozenset:
    reporting = reporting_table(lang)
    return frozenset(reporting["speech_verbs"]) | frozenset(reporting.get("speaker_particles", ()))


@cache
def _self_source(lang: str) -> re.Pattern:
    phrases = reporting_table(lang).get("self_sources", ())
    return re.compile(
        r"(?<!\w)(?:" + "|".join(map(re.escape, phrases)) + r")(?!\w)" if phrases else r"(?!x)x"
    )


def _where_it_sits(tokens: Sequence[Token], mention: PlaceMention, lang: str) -> bool:
    """Whether the country or capital is only where the speaker is: after "in" and a noun that is
    no party's or source's, in the subject right before its verb of saying ("A coalition of rebel
    groups in Syria said", "Western diplomats in Kyiv said"; not "officials in Moscow said",
    "military sources in Damascus said", who speak for the state)."""
    position, last = token_at(tokens, mention.start), token_at(tokens, mention.end - 1)
    if position is None or position < 2 or tokens[position - 1].text.lower() not in ("in", "im"):
        return False
    speech = reporting_table(lang)["speech_verbs"]
    if last is None or last + 1 >= len(tokens) or tokens[last + 1].text.lower() not in speech:
        return False  # "…, sagte der Sprecher am Samstag in Moskau": where it was said
    noun = tokens[position - 2].text.lower()
    party = (*reporting_table(lang).get("party_nouns", ()), "sources", "quellen", "kreise")
    return noun not in party and not any(noun.endswith(n) for n in party if len(n) >= 6)


def _denies(tokens: Sequence[Token], mention, lang: str) -> bool:
    """Whether a state read as a source denies ("a claim Kyiv did not confirm", "Kiew bestritt
    das": a negation or one of the reporting table's 'denial_verbs' right after it): it speaks
    against the claim, not for the side that made it."""
    last = token_at(tokens, mention.end - 1)
    denying = _NOT | frozenset(reporting_table(lang).get("denial_verbs", ()))
    return last is not None and bool({t.text.lower() for t in tokens[last + 1 : last + 4]} & denying)


def visit(trigger, tokens: Sequence[Token], lang: str) -> bool:
    """A person with a title moves or visits ("Außenminister X traf in Kiew ein"): a verb of
    motion (an extractor trigger) with a title among the eight words either side of it."""
    titles = actor_table(lang)["person_titles"]
    near = tokens[max(0, trigger.index - 8) : trigger.index + 8]
    return bool(trigger.spec.get("motion")) and any(t.text.lower() in titles for t in near)
