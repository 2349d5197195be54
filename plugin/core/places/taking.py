"""A name a verb of taking or holding governs is what was taken or held: right after the verb
("eroberten Lyman"), right before a German participle ("hat Lyman zurückerobert"), the subject of
a passive ("Izium was retaken") or of a holding ("Sudscha steht unter ukrainischer Kontrolle").
Each function reads an evidence context (places.evidence.SpanContext)."""

from __future__ import annotations

from typing import Optional

from ..dates.grammar import load_grammar
from ..language.lexicon import first_names, table_set
from ..language.text import CLAUSE_BREAKS, clause_between


def object_of_taking(ctx) -> bool:
    """The name right after a verb of taking ground or right before a German participle of one."""
    prev, table = ctx.prev, ctx.table
    return (prev is not None and prev.text.lower() in table_set(table, "taking_verbs")) or (
        governed_by_taking(ctx) is not None
    )


def governed_by_taking(ctx) -> Optional[str]:
    """The words of taking or holding that govern the name other than right before it, if any."""
    return taken_after(ctx) or held_after(ctx) or taken_with_particle(ctx) or taken_on_a_day(ctx)


def taken_on_a_day(ctx) -> Optional[str]:
    """A German verb of taking, then the day, then the name ("eroberten am Montag Dudtschany"):
    the day put between them does not make the name any less the verb's object."""
    tokens, first = ctx.tokens, ctx.span.first
    if ctx.lang != "de" or first < 3 or tokens[first - 3].sentence != tokens[first].sentence:
        return None
    verb, on, day = (tokens[first - k].text for k in (3, 2, 1))
    if (
        on.lower() == "am"
        and load_grammar("de").has("weekday", day)
        and verb.lower() in table_set(ctx.table, "taking_verbs")
    ):
        return f"{verb} {on} {day}"
    return None


# prepositions of going somewhere that a person's name does not follow ("nach Lyman", "aus Lyman",
# "into Lyman"; not "to", "von", "bei": "spoke to Lyman", "von Lyman geführt")
_MOVED_TO = frozenset({"nach", "aus", "into"})


# verbs of leaving ground before "from" or "out of" ("withdrew from Lyman", "were driven out of
# Lyman"): a person is not withdrawn from
_LEFT_FROM = frozenset({"withdrew", "withdrawn", "withdrawing", "retreated", "retreating", "pulled", "fled",
                        "driven", "drove", "ousted", "expelled", "evacuated", "pushed", "forced", "ejected"})  # fmt: skip


def goal_of_movement(ctx) -> bool:
    """The name after "nach", "aus", "into" in a sentence that reports an event: where forces
    went or came from ("rückten nach Lyman vor"), not a person; and after "from" or "out of" a
    verb of leaving ground ("withdrew from Lyman")."""
    prev = ctx.prev
    tokens, first = ctx.tokens, ctx.span.first
    word = prev.text.lower() if prev is not None else ""
    if word == "from" and first >= 2:
        return tokens[first - 2].text.lower() in _LEFT_FROM  # "withdrew from Lyman"
    if word == "of" and first >= 3 and tokens[first - 2].text.lower() == "out":
        return tokens[first - 3].text.lower() in _LEFT_FROM  # "were driven out of Lyman"
    if word not in _MOVED_TO:
        return False
    span = ctx.span
    found = ctx.event_tokens.get(ctx.tokens[span.first].sentence, ())
    # an event word of its own clause: not "die Suche nach Anna …, seit Truppen das Dorf besetzten"
    return any(
        not span.first <= i <= span.last and not clause_between(ctx.tokens, i, span.first) for i in found
    )


_HELD_VERBS = frozenset({"steht", "stand", "stehen", "standen", "ist", "war", "sind", "waren", "bleibt", "blieb",
                         "is", "was", "are", "were", "remains", "remained", "stays"})  # fmt: skip
_HELD_PREPOSITIONS = frozenset({"unter", "under", "in"})
_HELD_NOUNS = frozenset({"kontrolle", "control", "hand", "hands", "händen"})
_HELD_OPENINGS = _HELD_VERBS | {"has", "had", "have"}  # the words a holding may begin with


def held_after(ctx) -> Optional[str]:
    """ "Sudscha steht unter ukrainischer Kontrolle", "Kherson has been under Russian control", "Gao
    ist in der Hand der Islamisten": the name is what is held."""
    tokens, sentence = ctx.tokens, ctx.tokens[ctx.span.last].sentence
    after = ctx.span.last + 1
    if (
        after >= len(tokens)
        or tokens[after].sentence != sentence
        or tokens[after].text.lower() not in _HELD_OPENINGS
    ):
        return None  # most names: no verb of holding after them (the words are not read on)
    words = [t.text for t in tokens[after : after + 8] if t.sentence == sentence]
    lowered = [w.lower() for w in words]
    verb = 1 if lowered[:2] in (["has", "been"], ["had", "been"], ["have", "been"]) else 0
    if len(lowered) < 3 + verb or (not verb and lowered[0] not in _HELD_VERBS):
        return None  # "Izium has been under Russian control since April" too
    # over a few words of time ("ist seit Samstag wieder in ukrainischer Hand")
    at = next(
        (i for i in range(verb + 1, min(len(lowered), verb + 5)) if lowered[i] in _HELD_PREPOSITIONS), None
    )
    if at is None:
        return None
    for k in range(at + 1, min(len(lowered), at + 4)):
        if lowered[k] in _HELD_NOUNS:
            return " ".join(words[: k + 1])
    return None


# forms of "haben" right before a name make it the subject of an active perfect (hat Lauterbach
# aufgegeben: he gave up), not what was given up
_HAVE = frozenset({"hat", "haben", "hatte", "hatten", "hätte", "hätten"})


def _a_person(ctx) -> bool:
    """Whether the name before a participle a person may undergo is a person's: a given name, a
    word of captivity or release in the sentence (data 'person_context'), or "hat" before it."""
    if ctx.surface in first_names() or (ctx.prev is not None and ctx.prev.text.lower() in _HAVE):
        return True
    stems = tuple(ctx.table.get("person_context", ()))
    sentence = ctx.tokens[ctx.span.first].sentence
    return bool(stems) and any(
        t.text.lower().startswith(stems) for t in ctx.doc.tokens if t.sentence == sentence
    )


def taken_after(ctx) -> Optional[str]:
    """The words of taking right after the name, if any: a German participle or infinitive that
    ends its clause ("hat Lyman zurückerobert") or a passive ("Izium was retaken", "Isjum wurde
    befreit", "Kherson has been liberated"), which makes the name what was taken; a word like
    "bereits", "now" may stand between ("Kreminna has now been encircled"), but not before a
    participle a person may undergo too when the name is a person's ("Marshall was reportedly
    freed after weeks in captivity")."""
    # (as sets: asked of the words after every name of every article)
    taking = table_set(ctx.table, "taking_verbs_after")
    auxiliaries = table_set(ctx.table, "passive_auxiliaries")
    adverbs = table_set(ctx.table, "taking_adverbs")
    persons = table_set(ctx.table, "person_participles")
    tokens, sentence = ctx.tokens, ctx.tokens[ctx.span.last].sentence
    words = []
    adverb = False
    for j in range(ctx.span.last + 1, min(len(tokens), ctx.span.last + 5)):
        if tokens[j].sentence != sentence:
            return None
        words.append(tokens[j].text)
        word = tokens[j].text.lower()
        if word in taking:
            # "Marshall was reportedly freed after weeks in captivity": a person
            return None if adverb and word in persons and _a_person(ctx) else " ".join(words)
        adverb = adverb or word in adverbs
        if word not in auxiliaries and word not in adverbs:
            return _closing_participle(ctx, taking) if ctx.lang == "de" else None
    return None


def _closing_participle(ctx, taking) -> Optional[str]:
    """A German participle of taking that closes the name's clause a short phrase after it ("hat
    Lyman am Sonntag eingenommen", "hat Torske nach schweren Kämpfen eingenommen"): the name is its
    object. Up to _PHRASE_WORDS words of no other clause stand between."""
    tokens, sentence = ctx.tokens, ctx.tokens[ctx.span.last].sentence
    first = ctx.span.first
    if (first == 0 or tokens[first - 1].sentence != sentence or tokens[first - 1].text in CLAUSE_BREAKS) and (
        ctx.span.last + 1 < len(tokens) and tokens[ctx.span.last + 1].text.lower() in _ACTIVE
    ):
        return None  # "Abiy hat nach eigenen Angaben Mekele eingenommen": the subject, who took it
    for j in range(ctx.span.last + 1, min(len(tokens) - 1, ctx.span.last + _PHRASE_WORDS + 2)):
        if (
            tokens[j].sentence != sentence
            or tokens[j].text in CLAUSE_BREAKS
            or tokens[j].text in (".", "und")
        ):
            return None
        if tokens[j].text.lower() in taking:
            k = j + 1
            while k < len(tokens) - 1 and tokens[k].text.lower() in _CLOSING_AUXILIARIES:
                k += 1  # "eingenommen worden", "erobert worden sei"
            return tokens[j].text if tokens[k].text in (*CLAUSE_BREAKS, ".", "!", "?") else None
    return None


_CLOSING_AUXILIARIES = frozenset(
    {"worden", "sei", "seien", "ist", "war", "wurde", "hat", "haben", "habe", "hatte"}
)


_PHRASE_WORDS = 7
_ACTIVE = frozenset(
    {"hat", "habe", "hatte"}
)  # an active perfect, one name its subject (not "X haben Truppen …")


def taken_with_particle(ctx) -> Optional[str]:
    """A German verb of taking whose separable particle closes the clause right after the name
    ("nahmen Bartella ein", "nahm am Montag Isjum ein"): the verb stands at most four words before
    the name, in its clause (the table's 'taking_particle_verbs', each with its particle)."""
    verbs = ctx.table.get("taking_particle_verbs", {})
    tokens, span = ctx.tokens, ctx.span
    j = span.last + 1
    sentence = tokens[span.last].sentence
    if not verbs or j >= len(tokens) or tokens[j].sentence != sentence:
        return None
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    if (
        after is not None
        and after.sentence == sentence
        and (after.text[:1].isalnum() and after.text != "und")
    ):
        return None  # "nahm Bartella ein Dorf weg": the particle does not close the clause
    for k in range(span.first - 1, max(-1, span.first - 5), -1):
        if tokens[k].sentence != sentence or tokens[k].text in CLAUSE_BREAKS:
            return None
        if verbs.get(tokens[k].text.lower()) == tokens[j].text.lower():
            return f"{tokens[k].text} … {tokens[j].text}"
    return None
