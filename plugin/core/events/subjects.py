"""Who a verb's subject is, where that decides whether it is an event at all: a force hoisting a
flag or leaving a town (not activists, not a minister), civilians fleeing (no ground changes
hands)."""

from __future__ import annotations

from functools import cache
from typing import Optional, Sequence

from ..language.lexicon import common_words, toponym_table
from ..language.text import CLAUSE_BREAKS, Token, token_at
from . import particles
from .actors import actor_table, bare_force, names_a_force
from .clauses import clause_of
from .event_tables import event_table
from .governed import subject_at
from .particles import object_stretch


def force_acts(tokens: Sequence[Token], i: int, lang: str) -> bool:
    """Whether a force is named in the clause of the verb at i, other than as what a protest or a
    fight is against (Soldaten haben … die Flagge gehisst, was raised … by soldiers; not "raised
    the flag to protest against Russian troops")."""
    clause = clause_of(tokens, i)
    against = frozenset(actor_table(lang).get("against_words", ()))
    near_against = {k for k, t in clause if t.text.lower() in against}
    kept = [t for k, t in clause if k != i and not any(k - 3 <= a < k for a in near_against)]
    return names_a_force(kept, lang)


def force_before(tokens: Sequence[Token], i: int, lang: str) -> bool:
    """Whether a force is named among the five words before the verb at i, in its clause: an
    English subject ("Russian troops left Kupiansk")."""
    before = [t for k, t in clause_of(tokens, i) if i - 5 <= k < i]
    return names_a_force(before, lang)


def copula_of_other(tokens: Sequence[Token], trigger, triggers: Sequence) -> bool:
    """Whether the copula `trigger` ("sind in", "are in": forces present in a place) is the auxiliary
    or the frame of another event word in its clause ("sind in Kidal eingerückt", "were in the
    process of taking Izium"); or, in German, of a verb that closes its clause ("sind in Saraqib
    gefallen": soldiers killed there, whatever the verb): that word tells the event, the copula none."""
    spec = trigger.spec
    if spec.get("type") != "presence" or not spec.get("force_before") or not spec.get("followed_by"):
        return False
    if any(t.text.lower() in _HELD_PEOPLE for t in tokens[max(0, trigger.index - 5) : trigger.index]):
        return True  # "wounded soldiers are in Kharkiv hospitals", "captured troops are in X": not a front
    clause = clause_of(tokens, trigger.index)
    if (
        tokens[trigger.index].text.lower() in ("sind", "seien", "waren", "wären")
        and next((t.text for _, t in reversed(clause) if t.text[:1].isalnum()), "")[:1].islower()
    ):
        return True
    return any(other is not trigger and other.index in {k for k, _ in clause} for other in triggers)


_HELD_PEOPLE = frozenset(
    {"wounded", "injured", "captured", "surrendered", "detained", "prisoners", "dead", "killed",
     "verwundete", "verwundeten", "verletzte", "verletzten", "gefangene", "gefangenen", "kriegsgefangene", "tote"}
)  # fmt: skip
# Words between a place and its verb of falling: an auxiliary, an adverb ("has fallen", "ist nun gefallen")
_BETWEEN_SUBJECT = frozenset(
    {"has", "had", "have", "was", "is", "finally", "reportedly", "also", "now", "ist", "war", "sei", "sind", "waren",
     "seien", "nun", "auch", "schließlich", "bereits", "endgültig", "am", "mittlerweile", "not", "never", "yet",
     "nicht", "noch", "hasn't", "hadn't", "n't"}
)  # fmt: skip
_TO_HOLDER = frozenset({"to", "into", "under", "an"})  # fell to the rebels, fiel an die Rebellen
_HANDS = frozenset({"hands", "hände", "händen"})
_PLACE_PREPOSITIONS = frozenset(
    {"in", "im", "on", "at", "near", "bei", "nahe", "über", "auf", "across", "over"}
)
# Plural nouns of places a list of names follows ("die Städte Isjum und Kupjansk", "die Viertel …").
_PLACE_PLURALS = frozenset(
    {"städte", "dörfer", "ortschaften", "orte", "siedlungen", "viertel", "stadtteile", "stadtviertel", "bezirke",
     "towns", "villages", "districts", "neighbourhoods", "neighborhoods", "cities", "settlements"}
)  # fmt: skip
_SOURCE_WORDS = frozenset({"laut", "nach", "um", "according", "to"})  # "Laut Kiew fielen in Bachmut …"
# words right after the verb that make falling no taking: a person it befell, a mood, an idiom
_NOT_FALLING = frozenset(
    {"es", "mir", "uns", "ihm", "ihr", "ihnen", "dir", "mich", "schwer", "leicht", "auf", "aus", "silent", "asleep",
     "ill", "short", "behind", "apart", "victim", "prey", "within", "under", "quiet", "off", "out", "foul", "flat"}
)  # fmt: skip
_INTO_STATES = frozenset(
    {"love", "darkness", "ruin", "ruins", "disrepair", "chaos", "silence", "despair", "line", "each", "every",
     "dunkelheit", "trümmer", "schutt", "stille", "jeder", "jedem", "ungnade"}
)  # fmt: skip
_HAVE = frozenset({"hat", "haben", "hatte", "hatten", "habe", "hätte", "hätten"})
_PARTICLES = frozenset(
    {"aus", "auf", "ein", "weg", "ab", "zurück"}
)  # "fiel … aus", "fiel … ein": other verbs


def place_subject(tokens: Sequence[Token], i: int, lang: str, anaphoric: frozenset[str]) -> bool:
    """Whether the verb of falling at i has a place as its subject or says whom it fell to: "Saraqib
    fell", "the town has fallen", "Am Montag fiel die Stadt", "fiel an die Rebellen", "fell into
    rebel hands"; not "shells fell on Kharkiv", "two soldiers fell", "Schüsse fielen", "die
    Entscheidung fiel"."""
    sentence = tokens[i].sentence
    after = [t.text.lower() for t in tokens[i + 1 : i + 5] if t.sentence == sentence]
    clause = [k for k, _ in clause_of(tokens, i)]
    words_of_clause = [tokens[k].text.lower() for k in clause if tokens[k].text[:1].isalnum()]
    if (
        (after and after[0] in _NOT_FALLING)
        or any(  # "ist in Dunkelheit gefallen", "fallen in love"
            w in ("in", "into") and set(words_of_clause[n + 1 : n + 3]) & _INTO_STATES
            for n, w in enumerate(words_of_clause)
        )
        or "opfer" in words_of_clause  # "fiel den Bomben zum Opfer"
        or (lang == "de" and words_of_clause and words_of_clause[-1] in _PARTICLES)
    ):
        return False  # "fiel es schwer", "fiel der Strom aus", "falls within range"
    if tokens[i].text.lower() == "gefallen" and _HAVE & set(words_of_clause):
        return False  # "Charkiw hat mir gefallen": it pleased; a town that fell "ist gefallen"
    if (after and after[0] in _TO_HOLDER) or _HANDS & set(after):
        return True
    if lang == "de" and any(tokens[k].text.lower() in _HANDS and k < i for k in clause):
        return True  # "Am Sonntag ist Timbuktu in die Hände der Rebellen gefallen"
    if lang == "de" and any(
        tokens[k].text.lower() == "an" and k > clause[0] and names_a_force(tokens[k + 1 : k + 4], lang)
        for k in clause
        if k != i
    ):
        return True  # "Afrin ist am Sonntag an die türkischen Truppen gefallen", "fiel am Sonntag an die …"
    k = i - 1
    while (
        k >= 0
        and tokens[k].sentence == sentence
        and tokens[k].text.lower() in _BETWEEN_SUBJECT
        and i - k <= 3
    ):
        k -= 1
    candidates = [k] if k >= 0 and tokens[k].sentence == sentence else []
    if candidates and tokens[k].text == ",":
        # the name before an inserted clause: "Saraqib, which lies on the M5, fell", "Sarakib, das
        # an der M5 liegt, fiel"
        opening = next(
            (c for c in range(k - 1, -1, -1) if tokens[c].sentence != sentence or tokens[c].text == ","), 0
        )
        if opening > 0 and tokens[opening].text == "," and tokens[opening - 1].sentence == sentence:
            candidates.append(opening - 1)
    if (
        lang == "de"
        and clause
        and clause[0] < k
        and tokens[clause[0]].text.lower() not in _PLACE_PREPOSITIONS
    ):
        candidates.append(clause[0] + (1 if tokens[clause[0]].text.lower() in ("die", "der", "das") else 0))
    if lang == "de" and i + 1 < len(tokens) and tokens[i + 1].sentence == sentence:
        # German puts the subject after the verb when a time or place opens the sentence, also
        # after a place it fell in ("fielen in Aleppo die Viertel …")
        j = i + 1
        if (
            tokens[j].text.lower() in _PLACE_PREPOSITIONS
            and j + 2 < len(tokens)
            and tokens[j + 1].text[:1].isupper()
        ):
            j += 2
        j += tokens[j].text.lower() in ("die", "der", "das")
        while (
            j + 1 < len(tokens)
            and tokens[j].text.islower()
            and tokens[j + 1].sentence == sentence
            and j - i < 5
        ):
            j += 1  # "fiel die nordsyrische Stadt Sarakib", "fiel die strategisch wichtige Stadt X"
        candidates.append(j)
    words = common_words(lang)
    for j in candidates:
        if j >= len(tokens) or (j > 0 and tokens[j - 1].text.lower() in _PLACE_PREPOSITIONS | _SOURCE_WORDS):
            continue  # "In Saraqib fiel die Entscheidung", "sind in Saraqib gefallen": not the subject
        text = tokens[j].text
        lowered = text.lower()
        if lowered in anaphoric or (
            lowered in _PLACE_PLURALS and tokens[j + 1 : j + 2] and tokens[j + 1].text[:1].isupper()
        ):
            return True  # "the town fell", "fiel die Stadt", "fielen die Städte Isjum und Kupjansk"
        common = (
            {text, lowered, lowered[:-1], lowered[:-2]} & words if lang == "en" else {text, lowered} & words
        )
        after_it = tokens[j + 1].text if j + 1 < len(tokens) else ""
        if after_it[:1].isupper() and after_it in words:
            continue  # "Zwei Soldaten sind … gefallen": a word before a noun
        noun_before = tokens[j - 1].text if j > 0 else ""
        if (
            lang == "de"
            and noun_before[:1].isupper()
            and noun_before in words
            and noun_before.lower() not in anaphoric
        ):
            continue  # "Der Name Bachmut fiel": an apposition to another noun, not "Die Stadt Saraqib fiel"
        if text[:1].isupper() and not common:
            return True  # a name: "Saraqib fell", "Am Montag fiel Saraqib"; not "Shells fell"
    return False


def civilians_leave(
    tokens: Sequence[Token], lowered: Sequence[str], i: int, people: Sequence[str], lang: str
) -> bool:
    """Whether people who are no force leave at i: one of `people` is its subject (not after a
    preposition: "according to residents"), and its clause names no force ("residents said the
    troops had left", "the army evacuated civilians and withdrew") or they are told to leave
    ("the army asked residents to evacuate the city"); or they leave their homes, one of
    data/actors_<lang>.json 'home_objects' near the verb in its clause ("Thousands fled their
    homes in X", "Sie hätten ihre Wohnungen verlassen")."""
    homes = frozenset(actor_table(lang).get("home_objects", ()))
    reach = (8, 0) if lang == "de" else (0, 3)  # a German object before its verb, an English one after
    if any(-reach[0] <= k - i <= reach[1] and t.text.lower() in homes for k, t in clause_of(tokens, i)):
        return True
    j = subject_at(lowered, i, people, 6, 12)
    if j is None:
        j = _relative_antecedent(lowered, i, people)  # "Menschen, die nach Wad Madani geflohen waren"
    if j is None or (j > 0 and lowered[j - 1] in actor_table(lang).get("people_prepositions", ())):
        return False
    if j + 2 == i and lowered[j + 1] == "to":
        return True  # "the command asked residents to evacuate the city": they leave, whoever asks
    return not names_a_force([t for k, t in clause_of(tokens, i) if k != i], lang)


def _relative_antecedent(lowered: Sequence[str], i: int, people: Sequence[str]) -> Optional[int]:
    """The people noun a relative pronoun right after it points back to, when that pronoun opens
    the clause of the verb at i ("Menschen, die nach X geflohen waren", "residents who fled X")."""
    for k in range(i - 1, max(0, i - 10), -1):
        if lowered[k] in _RELATIVE_PRONOUNS:
            before = k - 1 if lowered[k - 1] == "," else k
            return before - 1 if before > 0 and lowered[before - 1] in people else None
        if lowered[k] in (",", ";", ".", "und", "and"):
            return None
    return None


_RELATIVE_PRONOUNS = frozenset({"die", "der", "welche", "who", "that"})


def people_move(tokens: Sequence[Token], i: int, people: frozenset, lang: str) -> bool:
    """Whether the nearest subject before the verb of advancing at i, in its sentence and over
    commas, is people who are no force ("Tens of thousands of people … were on the move, heading
    toward Sennar"; not "Residents said troops headed toward Sennar")."""
    for k in range(i - 1, max(-1, i - 20), -1):
        if tokens[k].sentence != tokens[i].sentence:
            return False
        if names_a_force([tokens[k]], lang):
            return False
        if tokens[k].text.lower() in people:
            # "Ukrainian troops, greeted by cheering villagers, pushed …", "drove residents out and
            # advanced": a force before them is the subject
            before = [t for t in tokens[max(0, k - 20) : k] if t.sentence == tokens[i].sentence]
            return not names_a_force(before, lang)
    return False


def right_after(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether a place starting at character `start` follows token `end` right away, over an
    article and a place noun ("are in Kupiansk", "sind in der Stadt Kupjansk", "threaten the town
    of X"; not "threatened civilians in Kherson", "are in talks … in X")."""
    at = token_at(tokens, start)
    return (
        at is not None
        and end < at <= end + 4
        and all(t.text.lower() in _WORDS_BEFORE for t in tokens[end + 1 : at])
    )


_WORDS_BEFORE = frozenset(
    {"the", "town", "city", "village", "of", "now", "already", "die", "der", "das", "den", "dem", "stadt", "dorf",
     "ort", "ortschaft", "nun", "jetzt", "bereits", "schon"}
)  # fmt: skip


def subject_places(
    trigger, roles: list, tokens: Sequence[Token], places: Sequence, sentence_places, lang: str
) -> Optional[list]:
    """The places of a trigger that needs its place in a fixed slot, or None when none is there:
    a verb of falling its subject (a target, or a place pointed back to from another sentence:
    "Saraqib fell", "the town fell"); a copula of presence or a verb with a direct object the place
    right after it ("are in Kupiansk", "threaten Lysychansk")."""
    spec = trigger.spec
    pronoun = trigger.index > 0 and tokens[trigger.index - 1].text.lower() in (
        "it",
        "sie",
    )  # "since it fell to"
    if spec.get("place_subject") and not (
        pronoun or any(p.role == "target" or p.place not in sentence_places for p in roles)
    ):
        return None
    if spec.get("direct_object") or (spec.get("followed_by") and spec["type"] == "presence"):
        # German puts the object after a time ("verlor am Montag Goma") or before a participle
        stretch = object_stretch(tokens, trigger.index) if spec.get("name_after") and lang == "de" else ()
        roles = [
            p
            for p in roles
            if right_after(tokens, places[p.place].start, trigger.end_index)
            or token_at(tokens, places[p.place].start) in stretch
            or p.place not in sentence_places  # "moved into the town": the one named before
        ]
        return roles or None
    return roles


def next_clause(
    tokens: Sequence[Token], trigger: int, first: int, end: int, verbs: Sequence[int], lang: str
) -> bool:
    """Whether the place from token `first` to character `end`, after the verb at `trigger`, stands
    in a clause of its own: it is the subject of one after "und"/"and" (next_clause_subject), or
    another verb that is no event word follows "und"/"and" between them ("eroberten Popasna und
    feuerten Raketen auf Kramatorsk", "befreiten Isjum und brachten Verwundete nach Charkiw"), or an
    English participle that is no event word after a comma ("took Kandahar, leaving Kabul …")."""
    finite = tokens[trigger].text[:1].islower()
    for k in range(trigger + 1, first - 1):
        word = tokens[k + 1].text
        if (
            tokens[k].text.lower() in ("und", "and")
            and k + 1 not in verbs
            and word.isalpha()
            and word[:1].islower()
            and word.lower() not in _function_words(lang)
            and word.endswith(("ten", "te") if lang == "de" else ("ed",))  # a past verb: feuerten, fired
            and word.lower() not in _MODALS
        ):
            return True
        if (
            lang == "en"
            and tokens[k].text == ","
            and _participle(word)
            and k + 1 not in verbs
            and not any(t.text.lower() in _ONWARD for t in tokens[k + 2 : min(first, k + 5)])
        ):  # "took Kandahar, leaving Kabul isolated": its own clause; not "…, pressing on towards X"
            return True
    return next_clause_subject(tokens, first, end, lang, finite) or _opens_clause(tokens, trigger, first)


# English words in -ing after a comma that introduce a list, a source or the extent of what was
# taken ("100 villages, spanning 1,300 square kilometres in Kursk"), not a clause of their own.
_NOT_PARTICIPLES = frozenset(
    {"including", "according", "excluding", "notwithstanding", "spanning", "covering", "stretching",
     "totalling", "totaling", "comprising", "encompassing"}
)  # fmt: skip


_ONWARD = frozenset({"towards", "toward", "to", "into", "on", "onwards"})


def _participle(word: str) -> bool:
    """An English present participle that opens a clause after a comma ("…, leaving Kabul …")."""
    return word.isalpha() and word.islower() and word.endswith("ing") and word not in _NOT_PARTICIPLES


# Words after a comma that open a clause whose subject the next name is: "captured Avdiivka,
# though Kyiv denied it", "eroberten Awdijiwka, während Kiew das bestritt".
_CLAUSE_OPENERS = frozenset(
    {"though", "although", "while", "whereas", "but", "yet", "obwohl", "während", "aber", "doch", "jedoch"}
)


def _opens_clause(tokens: Sequence[Token], trigger: int, first: int) -> bool:
    k = first - 1
    if k > trigger and tokens[k].text.lower() in _GLUE:
        k -= 1  # "though the Kremlin"
    return k - 1 > trigger and tokens[k].text.lower() in _CLAUSE_OPENERS and tokens[k - 1].text == ","


def next_clause_subject(
    tokens: Sequence[Token], first: int, end: int, lang: str, finite: bool = False
) -> bool:
    """Whether the name from token `first` to character `end`, after "und"/"and", opens a clause of its own: a
    lower-case word that is no preposition, article, adverb of time or particle follows it
    ("eroberten Isjum und Charkiw feierte", "and Kupiansk remained contested"; not "und Kupjansk
    am Montag", "und Kupjansk zurück", "and Kupiansk on Monday")."""
    last = token_at(tokens, end - 1) or first
    if first < 1 or tokens[first - 1].text.lower() not in ("und", "and") or last + 1 >= len(tokens):
        return False
    word = tokens[last + 1].text
    if not (word.isalpha() and word[:1].islower()) or tokens[last + 1].sentence != tokens[first].sentence:
        return False
    if lang == "de" and not finite:  # a verb-final clause: only a one-word predicate ("Charkiw feierte.")
        closing = tokens[last + 2].text if last + 2 < len(tokens) else "."
        if closing not in CLAUSE_BREAKS and closing != ".":
            return False
        if word.endswith(("t", "en")) and any(t.text.lower() in _AUXILIARIES for t in tokens[:first]):
            return False  # "hat die Einnahme von Axum und Adigrat gemeldet": the participle ends the clause
    if (lang == "en" and not (word.endswith(("ed", "es")) or word in _EN_VERBS)) or word.endswith("ly"):
        return False  # "retook Izium and Kupiansk overnight", "… quickly": no verb
    return word.lower() not in _function_words(lang)


_AUXILIARIES = frozenset(
    {"hat", "haben", "hatte", "hatten", "habe", "ist", "sind", "war", "waren", "sei", "seien"}
)
_MODALS = frozenset({"sollten", "wollten", "konnten", "mussten", "durften", "hatten", "hätten", "sollte", "wollte", "konnte",
                     "musste", "hatte", "hätte", "wurde", "wurden", "würden"})  # fmt: skip
_EN_VERBS = frozenset({"was", "is", "were", "are", "came", "remained", "remains", "said", "says", "held", "holds", "fell",
                       "saw", "sees", "has", "had", "stood", "stands", "went", "got", "became", "lay", "lies"})  # fmt: skip


@cache
def _function_words(lang: str) -> frozenset:
    table = toponym_table(lang)
    return frozenset(table.get("prepositions", ())) | _GLUE


_GLUE = frozenset(
    {"am", "an", "auf", "und", "oder", "sowie", "zurück", "ein", "ab", "vor", "aus", "mit", "bereits", "schon",
     "nun", "jetzt", "der", "die", "das", "den", "dem", "des", "and", "or", "on", "the", "a", "last", "this",
     "also", "as", "back", "earlier", "later", "after", "before", "since", "until", "by", "with", "for"}
)  # fmt: skip


def fell_to(spec: dict, agents: list, tokens: Sequence[Token], actors: Sequence) -> list:
    """The agents of a verb of falling: only the force a town fell to, named after "to", "an" or
    "into the hands of" ("Soledar fell to Russian forces", "an die Rebellen gefallen"); never
    the speaker or another force of the sentence ("Kyiv admitted that Soledar had fallen")."""
    if not spec.get("place_subject"):
        return agents
    named = [
        a
        for a in [*agents, *actors]
        if a.name and any(t.text.lower() in _HOLDER_WORDS for t in tokens[max(0, a.first - 3) : a.first])
    ]
    return named[:1]


_HOLDER_WORDS = frozenset({"to", "an", "into", "hands", "hände", "händen"})


# Words before a force that mark it as whom ground went to ("to the rebels", "an die Rebellen"), the
# German dative articles of "überließ den Rebellen …", and prepositions that govern a force that is
# no recipient ("überließ mit russischen Truppen …").
_TAKER_MARKS = frozenset({"to", "an"})
_DATIVE = frozenset({"dem", "den"})
_NOT_DATIVE = frozenset({"von", "vom", "durch", "gegen", "mit", "bei", "aus", "für", "trotz"})


def given_to(
    found, kind: str, agents: list, tokens: Sequence[Token], actors: Sequence, context, lang: str
) -> tuple[Optional[str], list]:
    """A trigger of giving ground up ('to_taker': lost, ceded, handed over, verlor, überließ) with
    the force it went to named in its clause after the verb, after "to" or "an", or in German in
    the dative ("lost Timbuktu to the rebels", "verlor Gao an die Rebellen", "überließ den Rebellen
    die Kontrolle über Kidal"): a taking by that force, whoever gave it up. Without one it stays
    the trigger's own kind and agents (the army lost Gao: it withdrew); a trigger that
    'requires_taker' is then no event at all (None: "handed over the prisoners"). `found` is the
    trigger found in the sentence (extractor._Trigger), `context` the paragraph's (its forces named
    last)."""
    spec, trigger, previous = found.spec, found.index, context.last_actors
    agents = fell_to(spec, agents, tokens, actors)
    lost = event_table(lang).get("control_lost_words", ())
    # "lost control of Kidal to the rebels": the noun of holding is the trigger
    lost_control = kind == "withdrawal" and any(
        t.text.lower() in lost for k, t in clause_of(tokens, trigger) if trigger - 5 <= k < trigger
    )
    if not (spec.get("to_taker") or lost_control):
        return kind, agents
    dative = spec.get("to_taker") == "dative"
    marks = _TAKER_MARKS | (_DATIVE if dative else frozenset())
    clause = {k for k, _ in clause_of(tokens, trigger)}
    # a German participle at its clause's end has its taker before it ("hat Goma an die M23 verloren")
    before = frozenset(object_stretch(tokens, trigger)) if lang == "de" else frozenset()
    for actor in actors:
        if actor.first < trigger and actor.first in before:
            j = actor.first - 1
            while j > 0 and tokens[j].text[:1].islower() and tokens[j].text.lower() not in marks:
                j -= 1  # "an die vorrückenden Rebellen"
            if tokens[j].text.lower() == "an":
                taker = (
                    [actor]
                    if actor.name
                    else bare_force(actor, actors, tokens, trigger, actor_table(lang), previous)
                )
                return ("capture", taker) if taker else (kind, agents)
            continue
        if actor.first <= trigger or actor.first not in clause:
            continue
        j = actor.first
        while (
            j > trigger
            and tokens[j].text.lower() not in marks
            and (j == actor.first or tokens[j].text[:1].islower())
        ):
            j -= 1  # over the article and adjectives: "to the advancing rebels", "an die Rebellen"
        # "überließ damit russischen Truppen …": a dative with no article, no preposition before it
        bare_dative = (
            dative and j == trigger and not _NOT_DATIVE & {t.text.lower() for t in tokens[j : actor.first]}
        )
        if (j > trigger and tokens[j].text.lower() in marks) or bare_dative:
            taker = (
                [actor]
                if actor.name
                else bare_force(actor, actors, tokens, trigger, actor_table(lang), previous)
            )
            return ("capture", taker) if taker else (kind, agents)  # "to the troops": whose, unknown
    return (None, agents) if spec.get("requires_taker") else (kind, agents)


def particle_closes(
    tokens: Sequence[Token], lowered: Sequence[str], i: int, spec: dict, lang: str
) -> Optional[int]:
    """Where the separable particle of the trigger `spec` at `i` closes its clause (drangen … vor,
    pushed … out), when the trigger counts there; None else."""
    if lowered[i + 1 : i + 2] and lowered[i + 1] in spec.get("not_followed_by", ()):
        return None  # "gibt es … auf": there is, whatever "auf" closes later
    end = particles.particle_end(lowered, i, spec["particle"], lang)
    if end is None:
        return None
    if (
        spec.get("object_first")
        and not particles.object_between(lowered, i, end, spec)
        and not (spec.get("passive_type") and particles.passive_participle(lowered, i, spec))
    ):
        return None
    if spec.get("force_object") and (
        not names_a_force(tokens[i + 1 : end], lang) or names_a_force(tokens[end + 1 : end + 5], lang)
    ):
        return None  # "pushed the militants back from X"; not "pushed south from X", "fighters from IS"
    if spec.get("not_subject") and civilians_leave(tokens, lowered, i, spec["not_subject"], lang):
        return None  # not "civilians were forced out of their homes"
    if spec.get("force_subject") and not force_acts(tokens, i, lang):
        return None
    if particles.object_in_clause(tokens, i, spec.get("not_object", ()), lang):
        return None
    return end
