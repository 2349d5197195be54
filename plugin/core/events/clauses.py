"""Who the subject of a German or English subordinate clause is, where its verb's event needs it:
the force a relative pronoun stands for ("von Rebellen eingenommen, die … wieder aufgaben"), the
agent of a state passive ("die seit März von Russland besetzt gewesen war")."""

from __future__ import annotations

import json
from functools import cache
from typing import Optional, Sequence

from ..datafiles import language_file
from ..language.lexicon import toponym_table
from ..language.text import CLAUSE_BREAKS, Token, clause_between


def clause_start(tokens: Sequence[Token], index: int) -> int:
    j = index
    while j > 0 and tokens[j - 1].text not in CLAUSE_BREAKS:
        j -= 1
    return j


def clause_of(tokens: Sequence[Token], i: int) -> list[tuple[int, Token]]:
    """(index, token) of the clause the token at i stands in."""
    low, high = i, i + 1
    while low > 0 and tokens[low - 1].text not in CLAUSE_BREAKS:
        low -= 1
    while high < len(tokens) and tokens[high].text not in CLAUSE_BREAKS:
        high += 1
    return list(enumerate(tokens[low:high], start=low))


def relative_subject(
    actors: Sequence, tokens: Sequence[Token], trigger: int, table: dict
) -> Optional[object]:
    """The force a relative clause's pronoun stands for, when the pronoun is the clause's subject
    and the force ends right before its comma: "von Rebellen eingenommen, die jedoch Teile der
    Stadt wieder aufgaben", "militants, who withdrew from X" ('relative_subjects'). A German
    relative clause ends in its verb; an English pronoun comes right before its verb."""
    start = clause_start(tokens, trigger)
    if (
        start < 2
        or tokens[start - 1].text != ","
        or tokens[start].text.lower() not in table.get("relative_subjects", ())
    ):
        return None
    if (
        start > 1
        and tokens[start - 2].text.lower() in _reporting_words("de", "speech_verbs")
        and any(a.name and start < a.first <= start + 2 for a in actors)
    ) or _said_before(tokens, start - 1):
        return None  # "sagte, die türkischen Truppen hätten X eingenommen": an article and its force
    if table.get("verb_final_relatives"):
        if tokens[trigger].text[:1].isupper():
            return None  # a noun in the clause ("nach Luftangriffen") is no act of its subject
        end = trigger + 1
        if end < len(tokens) and tokens[end].text not in CLAUSE_BREAKS and tokens[end].text != ".":
            return None  # "…, die Rebellen zogen ab": an article, and a main clause
    elif trigger - start > 2:
        return None
    # German may close the clause before with its verb: "von Rebellen eingenommen, die …"
    gap = 2 if table.get("verb_final_relatives") else 0
    for actor in sorted(actors, key=lambda a: -a.last):
        between = tokens[actor.last + 1 : start - 1]
        if (
            actor.last < start - 1
            and actor.name
            and len(between) <= gap
            and all(t.text[:1].islower() for t in between)
        ):
            return actor
    return None


def _said_before(tokens: Sequence[Token], comma: int) -> bool:
    """Whether the clause before the comma has a verb of saying (or its particle: "gaben
    bekannt") and ends in a lower-case word, a verb or its particle ("Die SDF teilten mit, die
    letzten IS-Kämpfer hätten …"): what follows is what was said, not a relative clause, which
    follows a noun."""
    if comma < 2 or tokens[comma - 1].text[:1].isupper() or tokens[comma - 1].text in CLAUSE_BREAKS:
        return False
    speech = _reporting_words("de", "speech_verbs") | _reporting_words("de", "speaker_particles")
    k = comma - 1
    while k >= 0 and tokens[k].sentence == tokens[comma].sentence and tokens[k].text not in CLAUSE_BREAKS:
        if tokens[k].text.lower() in speech:
            return True
        k -= 1
    return False


_BEING = frozenset({"war", "waren", "ist", "sind", "gewesen", "sei", "seien", "wäre", "wären"})
_HAVING = frozenset({"hat", "haben", "hatte", "hatten", "habe", "hätte", "hätten"})


def state_passive(tokens: Sequence[Token], trigger: int) -> bool:
    """A German participle of taking with a form of "sein" and none of "haben" in its clause: a
    state ("die seit März von Russland besetzt gewesen war", "ist von Rebellen erobert"), whose
    "von" names who did it."""
    if not tokens[trigger].text[:1].islower():
        return False
    start, end = trigger, trigger
    while start > 0 and tokens[start - 1].text not in CLAUSE_BREAKS:
        start -= 1
    while end + 1 < len(tokens) and tokens[end + 1].text not in CLAUSE_BREAKS:
        end += 1
    words = {t.text.lower() for t in tokens[start : end + 1]}
    return bool(words & _BEING) and not words & _HAVING


def attributive_agent(tokens: Sequence[Token], actor) -> bool:
    """ "auf die von der Ukraine besetzten Gebiete": the agent of a participle before a noun
    describes the noun; it is no subject a pronoun after the sentence stands for."""
    j = actor.first - 1
    if j > 0 and tokens[j].text.lower() in ("der", "den", "dem", "die"):
        j -= 1  # "von der Ukraine": over the article, which the actor need not cover
    after = tokens[actor.last + 1 : actor.last + 3]
    return (
        j >= 0
        and tokens[j].text.lower() in ("von", "vom")
        and len(after) == 2
        and after[0].text[:1].islower()
        and after[1].text[:1].isupper()
    )


def other_clause(tokens: Sequence[Token], actor, trigger: int, lang: str) -> bool:
    """Whether a force before the passive verb at `trigger` stands in another clause that tells it
    did something else: an insertion between commas right before the verb ("Fallujah, the first
    city IS seized in Iraq, was retaken") or a clause in which it left or lost ground ("Ukrainian
    forces withdrew from X, and Russia said the city had been captured"); not one in which it
    advanced ("Ukrainian troops advanced, and by Sunday Izium had been recaptured")."""
    if actor.last >= trigger or not clause_between(tokens, actor.last, trigger):
        return False
    commas = [k for k in range(actor.last + 1, trigger) if tokens[k].text == ","]
    before = [k for k in range(actor.first - 1, -1, -1) if tokens[k].text in CLAUSE_BREAKS][:1]
    if commas and before and tokens[before[0]].text == "," and trigger - commas[-1] <= 3:
        return True  # ", the first city IS seized in Iraq, was retaken"
    end = commas[0] if commas else trigger
    return any(tokens[k].text.lower() in _LEAVING for k in range(actor.last + 1, end))


_LEAVING = frozenset(
    {"withdrew", "retreated", "pulled", "fled", "abandoned", "left", "lost", "surrendered", "evacuated",
     "zogen", "zog", "flohen", "floh", "verloren", "verlor", "räumten", "räumte", "verließen", "verließ"}
)  # fmt: skip


@cache
def _reporting_words(lang: str, key: str) -> frozenset:
    """A word list of data/reporting_<lang>.json (read here: reporting.py imports this module)."""
    return frozenset(json.loads(language_file("reporting", lang).read_text(encoding="utf-8")).get(key, ()))


BE_WORDS = frozenset({"was", "were", "been", "being", "is", "are"})
HELD_SUFFIXES = (
    "-held",
    "-controlled",
    "-occupied",
    "-kontrolliert",
    "-kontrollierten",
    "-kontrollierte",
    "-besetzten",
    "-besetzte",
)
# The heads of a compound that names a force's place ("IS-Hochburg Rakka", "die Taliban-Stellungen",
# "the IS-stronghold"): the force held the place, it does not take it.
HELD_HEADS = frozenset(
    {
        "hochburg", "hochburgen", "stellung", "stellungen", "enklave", "bastion", "bastionen", "festung",
        "gebiet", "gebiete", "gebieten", "gebiets", "territorium", "stützpunkt", "stützpunkte",
        "hauptquartier", "hauptstadt", "zentrale", "stronghold", "strongholds",
        "enclave", "positions", "territory",
    }
)  # fmt: skip


def held_compound(word: str) -> bool:
    """Whether a hyphenated word names a force's place: "IS-Hochburg", "Taliban-Stellungen"."""
    return "-" in word.strip("-") and word.lower().rsplit("-", 1)[1] in HELD_HEADS


def two_nations(word: str) -> bool:
    """ "malisch-französische": two adjectives of nations joined by a hyphen; not "US-backed"."""
    return "-" in word.strip("-") and not word.lower().rsplit("-", 1)[1].startswith(_BACKED)


_BACKED = ("backed", "led", "loyal", "held", "controlled", "treu", "geführt", "unterstützt", "nah")


def relative_span(
    tokens: Sequence[Token], i: int, openers: frozenset, closed: bool = True
) -> Optional[tuple[int, int]]:
    """(first, last) token of the relative clause between commas that token i stands in (", which
    is based in Kobani,", ", die in Bengasi stationiert ist,"), or None; not `closed`, also one
    that ends the sentence (", das die Truppen seit Monaten zu erobern versuchen.")."""
    start = next(
        (k for k in range(i - 1, -1, -1) if tokens[k].text in CLAUSE_BREAKS or tokens[k].text == "."), None
    )
    if start is None or tokens[start].text != "," or start + 1 >= len(tokens):
        return None
    opener = tokens[start + 1].text.lower()
    if opener == "in" and start + 2 < len(tokens) and tokens[start + 2].text.lower() == "what":
        opener = "what"  # "…, in what would be a major victory for Kyiv"
    if opener not in openers:
        return None
    if (
        tokens[start + 1].text.lower() in _ARTICLE_LIKE
        and start + 2 < len(tokens)
        and tokens[start + 2].text[:1].isupper()
    ):
        return None  # ", die Stadt wurde eingenommen": an article and its noun, no relative pronoun
    end = next(
        (k for k in range(i + 1, len(tokens)) if tokens[k].text in CLAUSE_BREAKS or tokens[k].text == "."),
        None,
    )
    if end is None or (tokens[end].text != "," and (closed or tokens[end].text != ".")):
        return None
    return start + 1, end - 1


_ARTICLE_LIKE = frozenset({"der", "die", "das"})
# Openers of a clause added after what a sentence tells, about all of it: "…, was den Weg nach X öffnen
# könnte", "…, in what would be a victory for Kyiv".
ADDED_OPENERS = frozenset({"was", "what"})


def second_verb(tokens: Sequence[Token], trigger: int) -> bool:
    """Whether an English verb follows "and" (or "and then"): it shares the first verb's subject."""
    before = [t.text.lower() for t in tokens[max(0, trigger - 2) : trigger]]
    return bool(before) and (before[-1] == "and" or before == ["and", "then"])


def verb_object(tokens: Sequence[Token], actor: object, table: dict) -> bool:
    """Whether an English force stands right after a verb (over articles): its object."""
    j = actor.first - 1
    while j >= 0 and tokens[j].text.lower() in table["articles"]:
        j -= 1
    if j > 1 and tokens[j].text == "of" and tokens[j - 1].text.lower() in COUNT_WORDS:
        j -= 2  # "killed dozens of Islamic State fighters": the verb's object still
    if j < 0 or tokens[j].sentence != tokens[actor.first].sentence:
        return False
    word = tokens[j].text
    closed = {*table["passive_agent"], *table["target_markers"], *table["ally_words"], *table["coordinators"]}
    return (
        word.isalpha()
        and word.islower()
        and word not in closed
        and (
            word not in toponym_table("en")["prepositions"] or word.endswith("ed")
        )  # its verbs of taking too
        and word not in NOT_VERBS
    )


# Words that count a force's fighters: "Hundreds of Taliban fighters", "dozens of Russian soldiers".
COUNT_WORDS = frozenset(
    {
        "hundreds",
        "thousands",
        "dozens",
        "scores",
        "tens",
        "some",
        "several",
        "most",
        "many",
        "hunderte",
        "tausende",
        # parts of a force: "the last pockets of Islamic State fighters", "Teile der Armee"
        "pockets",
        "remnants",
        "groups",
        "elements",
        "parts",
        "reste",
        "teile",
        "gruppen",
    }
)
# Lower-case words before a force that are no verbs governing it as an object.
NOT_VERBS = frozenset(
    {"that", "which", "who", "as", "than", "when", "while", "after", "before", "said", "says"}
)


def backing(tokens: Sequence[Token], first: int, table: dict) -> bool:
    """Whether the force at `first` is named after a word of support and "by" ("backed by",
    "unterstützt von") or after a noun of support ("with the support of", "mit Unterstützung",
    "mithilfe der Luftwaffe"): it backs the subject."""
    support, nouns = table.get("support_words", ()), table.get("support_nouns", ())
    prepositions = table.get("support_prepositions", ())
    broken = False  # a noun of support governs no force after a comma
    for j in range(first - 1, max(0, first - 6), -1):
        if tokens[j].sentence != tokens[first].sentence:
            return False
        word = tokens[j].text.lower()
        broken = broken or word in CLAUSE_BREAKS
        if word in table["passive_agent"] or word == "durch":
            return tokens[j - 1].text.lower() in support
        if word in nouns and not broken:
            return word.startswith("mit") or any(
                t.text.lower() in prepositions for t in tokens[max(0, j - 3) : j]
            )
    return False


def suffered(tokens: Sequence[Token], trigger: int, lang: str, table: dict) -> bool:
    """Whether the forces of an attack's clause suffer it: a passive ("were surrounded", "wurden
    eingekesselt"), a participle after an article ("the besieged town"), or a verb of repelling
    before the noun ("repelled an assault")."""
    before = [t.text.lower() for t in tokens[max(0, trigger - 3) : trigger]]
    word = tokens[trigger].text.lower()
    clause = {t.text.lower() for _k, t in clause_of(tokens, trigger)}
    text = tokens[trigger].text
    participle = text.islower() and (
        word.endswith(("ed", "en")) if lang == "en" else word.endswith(("t", "en"))
    )
    if (
        lang == "en"
    ):  # "were surrounded", "have been shelled", "were also attacked"; not "were reinforced and attacked"
        near = (
            before[-1:] if not before or before[-1] in BE_WORDS or before[-1].endswith("ed") else before[-2:]
        )
        auxiliaries = (BE_WORDS | {"be"}) & set(near)
    else:  # "wurden in Lyman eingekesselt", "sind angegriffen worden": the participle closes the clause
        k = trigger + 1
        while k < len(tokens) and tokens[k].text.lower() in ("worden", "sei", "seien", "sind", "ist"):
            k += 1
        closing = k >= len(tokens) or tokens[k].text in (*CLAUSE_BREAKS, ".", "!", "?", "und")
        auxiliaries = _WERDEN & clause if closing else set()
    return (
        (participle and bool(auxiliaries))
        or (bool(before) and before[-1] in table.get("articles", ()) and participle)
        or bool(set(before) & _REPELLING)
    )


_WERDEN = frozenset({"wurde", "wurden", "worden"})  # not "werden", "wird": a future too
# Verbs of repelling an attack before its noun ("repelled an assault on El Fasher", "wehrten einen Angriff ab").
_REPELLING = frozenset(
    {
        "repelled",
        "repulsed",
        "thwarted",
        "foiled",
        "fended",
        "fought",
        "beat",
        "wehrten",
        "wehrte",
        "abgewehrt",
    }
)


def object_position(tokens: Sequence[Token], first: int, lang: str) -> bool:
    """Whether a group's name at `first` is an object or an owner: in German after "den", "dem",
    "des" or a genitive "der" after a noun ("überraschte den IS", "der Vormarsch der Peschmerga"),
    in English right after a verb ("commanders say Islamic State is still strong")."""
    if first == 0:
        return False
    before = tokens[first - 1].text
    if lang == "de":
        genitive = before == "der" and first > 1 and tokens[first - 2].text[:1].isupper()
        return before in ("den", "dem", "des") or genitive
    return before[:1].islower() and before.isalpha() and before not in ("and", "the", "or", "but", "then")
