"""The parts of a trigger that stand apart from its verb: a separable particle (drangen … vor,
drove … out) and, for a verb whose particle follows its object, that object (drove the militants
from X); and whether a participle form is a finite verb or an attribute of a noun (Truppen
eroberten Gao; die eroberten Städte). Also what around a trigger word makes it another sense or
no event: the words after it ("took place"), its object ("befreiten Hunderte Häftlinge"), the name
a noun of loss needs ("the loss of Shusha"), a participle that only describes its noun ("the
liberated city")."""

from __future__ import annotations

from typing import Optional, Sequence

from ..language.lexicon import common_words, toponym_table
from ..language.text import CLAUSE_BREAKS, Token
from ..places.words import maybe_demonym, name_cue
from .clauses import BE_WORDS


def particle_end(lowered: Sequence[str], i: int, particle: str, lang: str = "de") -> Optional[int]:
    """The separable particle closing the verb's clause: drangen … vor(,|.|und); in English
    the particle after the verb in its clause: drove … out (of), took … back."""
    for j in range(i + 1, len(lowered)):
        if lang == "en" and lowered[j] == particle:
            return j
        if lang == "en" and lowered[j] in (",", ";", ":"):
            return None
        if lowered[j] == particle and (
            j + 1 == len(lowered)
            or not lowered[j + 1][:1].isalnum()
            or lowered[j + 1] in ("und", "oder", "um")
        ):
            return j
        if lowered[j] in (";",):
            return None
    return None


def other_particle(lowered: Sequence[str], i: int, spec: dict, lang: str) -> bool:
    """Whether the first separable particle closing a clause after the verb at i is one of the
    spec's 'not_with_particle' (man greife auf Reservisten zurück: resorts), not its own
    'particle' or none ("greifen Awdijiwka an und rücken vor": the attack's own "an" comes first)."""
    others = spec.get("not_with_particle", ())
    if not others:
        return False
    ends = [(particle_end(lowered, i, p, lang), p) for p in (*others, *spec.get("own_particles", ()))]
    found = min(((j, p) for j, p in ends if j is not None), default=None)
    return found is not None and found[1] in others


_BE = BE_WORDS | {"be"}  # "will be driven out of X" too


def passive_participle(lowered: Sequence[str], verb: int, spec: dict) -> bool:
    """Whether the English verb at `verb` is a participle after a form of "be", over one adverb
    ("were driven out of X", "was finally expelled from X"): its object is its subject, which
    may not be one of the spec's 'unless_object' ("mines were cleared from the road")."""
    before = lowered[max(0, verb - 5) : verb]
    return any(w in _BE for w in before[-2:]) and not set(before) & set(spec.get("unless_object", ()))


def object_between(lowered: Sequence[str], verb: int, particle: int, spec: dict) -> bool:
    """ "drove the militants from X": words stand between the verb and its particle, and the clause
    goes on to no goal after it ("drove the tanks from X to Y" is a journey, not an expulsion)."""
    if particle - verb < 2:
        return False
    if set(lowered[verb + 1 : particle]) & set(spec.get("unless_object", ())):
        return False  # "cleared mines from the village": no force driven out
    if "to" in lowered[verb + 2 : particle]:
        return False  # "forced the rebels to withdraw from X": the verb after "to" tells what happened
    goals = frozenset(spec.get("unless_then", ()))
    for word in lowered[particle + 1 :]:
        if word in CLAUSE_BREAKS:
            return True
        if word in goals:
            return False
    return True


# -- participle forms: a finite verb or an attribute -------------------------------------------

# words that open the object (or a time before it) after a German verb and its subject
_OBJECT_OPENERS = frozenset(
    {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "am", "im", "auch"}
)
_AGENT_WORDS = frozenset({"von", "vom", "durch", "mit"})
# words that open a phrase between a German verb's subject and its object ("eroberten Rebellen
# laut Aktivisten Rastan", "erreichten Kämpfer nach Angaben der Beobachtungsstelle die Stadt")
_INSERTED = frozenset(
    {"laut", "nach", "unter", "trotz", "bei", "mit", "offenbar", "bereits", "schließlich", "erstmals",
     "inzwischen", "zudem", "erneut", "wieder", "schon", "nun", "jetzt", "gemeinsam", "zunächst"}
)  # fmt: skip
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")


def after_subject(tokens: Sequence[Token], i: int, forces: frozenset[str]) -> bool:
    """Whether the German participle form at i follows a force noun that is its clause's subject
    ("Malische Truppen eroberten Gao und Timbuktu", "Die Rebellen eroberten …"): a finite verb,
    not an attribute ("die von russischen Truppen eroberten Städte": the force is an agent)."""
    k = i - 1
    if k < 0 or tokens[k].text.lower() not in forces or tokens[k].sentence != tokens[i].sentence:
        return False
    k -= 1
    while k >= 0 and tokens[k].text[:1].islower() and tokens[k].text.endswith(_ADJECTIVE_ENDINGS):
        k -= 1  # "russischen", "den": over adjectives and articles
    return k < 0 or tokens[k].text.lower() not in _AGENT_WORDS


def finite_before_subject(tokens: Sequence[Token], i: int, forces: frozenset[str]) -> bool:
    """A German participle form that is the clause's finite verb before its subject: a force
    noun follows it and an article after that opens its object ("Am Montag eroberten Truppen
    das Dorf", "Wie gemeldet wurde, eroberten Truppen am Montag das Dorf"); not "die
    befreiten Soldaten kehrten zurück", "Melitopol, besetzte Stadt im Süden"."""
    j = i + 1
    while j < len(tokens) and tokens[j].text[:1].islower() and tokens[j].text.endswith(_ADJECTIVE_ENDINGS):
        j += 1  # "eroberten syrische Rebellen"
    if j + 1 >= len(tokens) or tokens[j].text.lower() not in forces:
        return False
    after = tokens[j + 1].text
    if after.lower() in _OBJECT_OPENERS and j == i + 1:
        return True
    # "Am Freitag eroberten Rebellen laut Aktivisten Rastan", "… nach heftigen Kämpfen Rastan":
    # a phrase or the name of the object after the subject; not "die befreiten Soldaten in Kiew"
    opened = i > 0 and tokens[i - 1].text.lower() in _DETERMINERS
    return not opened and (after.lower() in _OBJECT_OPENERS | _INSERTED or after[:1].isupper())


def is_attributive(tokens: Sequence[Token], i: int, lang: str, forces: frozenset[str], end: int = -1) -> bool:
    """A lower-case participle with an adjective ending right before a noun or a name; not a verb
    whose particle (at `end`) closes its clause ("Am Montag rückten Soldaten in die Stadt ein")."""
    word = tokens[i].text
    if not word[:1].islower() or i + 1 >= len(tokens) or end > i:
        return False
    following = tokens[i + 1].text
    if lang == "de" and (finite_before_subject(tokens, i, forces) or after_subject(tokens, i, forces)):
        return False  # "eroberten Truppen das Dorf", "Truppen eroberten Gao": finite verbs
    if lang == "de":
        endings = ("ten", "te", "tes", "ter", "tem", "nen", "ene", "enes")
        if not word.endswith(endings):
            return False
        j = i + 1
        # "eroberten oder eingekesselten ukrainischen Städte": over a coordinated participle
        # and adjectives to the noun they describe
        while j + 1 < len(tokens) and (
            tokens[j].text in ("oder", "und", "bzw.", ",")
            or (
                tokens[j].text[:1].islower()
                and tokens[j].text.endswith((*endings, "en", "e", "es", "er", "em"))
            )
        ):
            j += 1
        if j == i + 1:
            # "Die Taliban eroberten Asadabad": after a name and before one, a finite verb; "die
            # von den Taliban eroberten Städte" describes a common noun
            named = i > 1 and tokens[i - 1].text[:1].isupper() and following not in common_words("de")
            return following[:1].isupper() and not named
        # coordinated: only before a common noun ("… eingekesselten Städte"), not two finite
        # verbs before their object ("eroberten und sicherten Isjum")
        return tokens[i + 1].text in ("oder", "und", "bzw.", ",") and tokens[j].text in common_words("de")
    cues = toponym_table(lang)["place_cues"]
    return word.endswith("ed") and following.lower() in cues


# Words that open a noun phrase right before its participle: "die befreite Stadt", "in den
# zurückeroberten Dörfern", "the liberated city of Kherson".
_DETERMINERS = frozenset(
    {
        "die", "der", "das", "den", "dem", "des", "eine", "einer", "einem", "eines", "ihre", "ihren",
        "ihrer", "ihrem", "seine", "seinen", "seiner", "seinem", "im", "zum", "zur", "vom", "beim",
        "the", "a", "an", "its", "their", "his", "her",
    }
)  # fmt: skip


def bare_attribute(tokens: Sequence[Token], i: int, kind: str) -> bool:
    """Whether an attributive participle of a taking only describes its noun ("besuchte die
    befreite Stadt Cherson", "in the recaptured villages"): a determiner right before it, so no
    agent, time or adverb tells of the taking ("die am Donnerstag von den Rebellen eroberte
    Stadt" does). A siege or an attack goes on: "the besieged city" tells it."""
    return kind in _BARE_KINDS and i > 0 and tokens[i - 1].text.lower() in _DETERMINERS


_BARE_KINDS = frozenset({"capture", "recapture", "arrival"})


def purpose_noun(tokens: Sequence[Token], trigger: int, words: frozenset, table: dict, operations) -> bool:
    """A noun of taking after "zur"/"zum" (over one adjective) that an operation noun or "bis"
    governs: the aim of the operation ("die Offensive zur Rückeroberung Mossuls", "bis zur
    völligen Rückeroberung der Stadt"), not a taking that happened ("gratulierte zur
    Befreiung Chersons", "führte zur Rückeroberung von Isjum"). `words` are the table's
    'purpose_words', `operations(word)` whether a word names an operation."""
    if not words or not tokens[trigger].text[:1].isupper():
        return False
    k = trigger - 1
    if k > 0 and tokens[k].text[:1].islower() and tokens[k].text.lower() not in words:
        k -= 1  # "zur völligen Rückeroberung"
    if k < 1 or tokens[k].text.lower() not in words:
        return False
    before = tokens[k - 1].text.lower()
    return before in table.get("purpose_after", ()) or operations(before)


# Words between a noun of loss and the name it governs: "the loss of the town of Shusha", "den
# Verlust der Stadt Schuscha".
_BEFORE_NAME = frozenset(
    {
        "the",
        "town",
        "city",
        "village",
        "of",
        "der",
        "des",
        "die",
        "das",
        "den",
        "stadt",
        "kleinstadt",
        "ortschaft",
        "gemeinde",
        "dorf",
    }
)


def name_after(tokens: Sequence[Token], start: int, end: int, lang: str) -> bool:
    """Whether a name follows the phrase from `start` to `end`, over articles and a settlement noun
    ("the loss of Shusha", "den Verlust der Stadt Schuscha"; not "the loss of life", "of Ukrainian
    soldiers", "Verlust der Stellungen", "von Panzern"), and no word of sequence stands before it
    ("After the loss of Shusha, …": an earlier event the news follows)."""
    if any(t.text.lower() in _AFTER for t in tokens[max(0, start - 2) : start]):
        return False
    j = end + 1
    while j < len(tokens) and tokens[j].text.lower() in _BEFORE_NAME and j - end < 4:
        j += 1
    return j < len(tokens) and _a_name(tokens[j].text, lang)


def _a_name(word: str, lang: str) -> bool:
    return (
        word[:1].isupper()
        and not name_cue(word, toponym_table(lang))  # "übernahm Generaloberst Syrskyj": a person
        and word.lower() not in _NOT_NAMES
        and not maybe_demonym(word, lang)
        and word not in common_words(lang)
    )


def names_what_it_needs(spec: dict, tokens: Sequence[Token], i: int, lang: str) -> bool:
    """Whether a trigger that counts only before a name (its 'name_after' with no 'followed_by'
    phrase) has one right after it ("lost Hama", "verlor die Stadt Hama"; not "lost 500 soldiers"),
    or in German as its object further on: after a time ("verlor am Montag die Stadt Goma"), or
    between the auxiliary and the participle that closes the clause ("hat Goma an die M23
    verloren"); not a name after a preposition ("hat bei Kämpfen in Goma 500 Soldaten verloren")."""
    if not spec.get("name_after") or name_after(tokens, i, i, lang):
        return True
    return lang == "de" and any(_a_name(tokens[j].text, lang) for j in object_stretch(tokens, i))


def object_stretch(tokens: Sequence[Token], i: int) -> list[int]:
    """The German words where the verb at i may have its object, short of a name after a
    preposition: its clause's next seven words, and for a participle the words after the
    auxiliary that opens its stretch ("hat Goma an die M23 verloren")."""
    sentence = tokens[i].sentence
    ahead = []
    k = i + 1
    while (
        k < len(tokens)
        and k - i <= 7
        and tokens[k].sentence == sentence
        and tokens[k].text not in CLAUSE_BREAKS
    ):
        ahead.append(k)
        k += 1
    k = i - 1
    while (
        k > 0 and i - k <= 7 and tokens[k].text not in CLAUSE_BREAKS and tokens[k].text.lower() not in _FINITE
    ):
        k -= 1
    behind = range(k + 1, i) if k >= 0 and tokens[k].text.lower() in _FINITE else ()
    return [
        j
        for j in (*ahead, *behind)
        if tokens[j - 1].text.lower() not in _PREPOSITIONS_BEFORE and not _owned(tokens, j)
    ]


def _owned(tokens: Sequence[Token], j: int) -> bool:
    """Whether the name at j follows a German noun that is no word for a town: it names whose or
    which that thing is ("die Verteidigung Bachmuts", "den Kommandeur der Garnison Awdijiwka")."""
    before = tokens[j - 1].text
    noun = before in common_words("de") or before.lower().endswith(_NOUN_ENDINGS)
    article = j > 1 and tokens[j - 2].text.lower() in _ARTICLES  # not a time: "hat am Montag Goma verloren"
    return before[:1].isupper() and noun and article and before not in toponym_table("de")["place_cues"]


_ARTICLES = frozenset(
    {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einen", "einem", "eines"}
)


_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "ion", "tät", "eur", "ant", "ent", "ismus")


# German auxiliaries that open the stretch of a participle's object ("hat Goma … verloren")
_FINITE = frozenset(
    {"hat", "haben", "hatte", "hatten", "habe", "hätten", "hätte", "ist", "sind", "war", "waren"}
)
# a name after these is where something happened, not what a verb acts on
_PREPOSITIONS_BEFORE = frozenset(
    {"in", "im", "bei", "beim", "nahe", "um", "nach", "aus", "von", "vom", "am", "auf", "über", "durch",
     "gegen", "für", "mit", "zu", "zum", "zur", "seit", "vor", "hinter"}
)  # fmt: skip


_AFTER = frozenset({"after", "since", "following", "nach", "seit", "seitdem"})


_NOT_NAMES = frozenset(
    {"stellungen", "stellung", "positionen", "kontrolle", "gebiete", "gebiets", "territoriums"}
)


def object_in_clause(tokens: Sequence[Token], i: int, words: Sequence[str], lang: str) -> bool:
    """Whether one of `words` stands where the verb at i has its object: in German in its clause
    within eight words ("befreiten Hunderte Häftlinge", "Minen geräumt werden"), in English among
    the four words after it ("freed hundreds of prisoners")."""
    if not words:
        return False
    sentence = tokens[i].sentence
    reach = 8 if lang == "de" else 4
    for step in (-1, 1) if lang == "de" else (1,):
        k = i + step
        while 0 <= k < len(tokens) and abs(k - i) <= reach and tokens[k].sentence == sentence:
            if tokens[k].text in CLAUSE_BREAKS or (
                lang == "de" and tokens[k].text.lower() in ("und", "sowie", "aber")
            ):
                break  # "hat Cherson geräumt und dabei Minen zurückgelassen": another verb's object
            if tokens[k].text.lower() in words:
                return True
            k += step
    return False


def unwanted_after(lowered: Sequence[str], i: int, spec: dict) -> bool:
    """Whether one of a trigger's 'not_followed_by' stands in the two words after it ("took place",
    "verließ sich auf"), or one of its 'not_next' right after it ("took weeks")."""
    if set(lowered[i + 1 : i + 3]) & set(spec.get("not_followed_by", ())):
        return True
    return bool(lowered[i + 1 : i + 2]) and lowered[i + 1] in spec.get("not_next", ())


def governed_nouns(found: Sequence, lowered: Sequence[str]) -> set[int]:
    """Where a noun a trigger 'governs' stands among the six words after it ("handed over control
    of Gao", "überließ den Rebellen die Kontrolle über Kidal"): that noun is the verb's object and
    triggers no event of its own."""
    governed = set()
    for t in found:
        for k in range(t.index + 1, min(len(lowered), t.index + 7)):
            if lowered[k] in CLAUSE_BREAKS:
                break  # "handed over the town, and control …": another clause's
            if lowered[k] in t.spec.get("governs", ()):
                governed.add(k)
    return governed
