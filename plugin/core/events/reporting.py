"""Who reports, and from where: the parts of a sentence that belong to the source, not to the
event.

A dateline ("KIEW (dpa-AFX) -", "BAMAKO, Mali -", "Berlin/Kobane -") names where the report was
filed; a place governed by a source ("nach Angaben aus Kiew", "das Verteidigungsministerium in
Moskau", "die in London ansässige Beobachtungsstelle", "erklärte in Paris", "Moskau meldete",
"Russia's defence ministry") is where the source sits; a country or its capital that acts ("Moskau
schickt Truppen", "Kiews Truppen") stands for its government or army. None of them is where the
event happened. The words are in data/reporting_<lang>.json.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from functools import cache
from typing import Optional, Sequence

from ..datafiles import language_file
from ..language.lexicon import trigger_words
from ..language.text import CLAUSE_BREAKS, Segmented, Token, token_at
from ..places.mentions import PlaceMention
from .actors import actor_table, group_words
from .governed import CONTROL_NOUNS

# What a place mention in a sentence is, for the events of that sentence.
EVENT, SOURCE, DATELINE, ACTOR, AREA = "event", "source", "dateline", "actor", "area"
# An event named only by a country, a state or a region is an area on the map, never a point
# at its centre.
_AREA_KINDS = frozenset({"country", "continent", "admin1", "admin2", "region"})
_ARTICLES = frozenset(
    {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen", "the", "a", "an"}
)
_PREPOSITIONS = frozenset(
    {"in", "im", "aus", "von", "vom", "bei", "nach", "from", "at", "of", "inside", "out"}
)
# What may stand right before the subject that opens a clause.
_CLAUSE_OPENERS = frozenset(
    {",", ";", ":", "–", "-", "—", "„", '"', "“", "if", "when", "as", "after", "since", "because", "that", "once",
     "wenn", "als", "nachdem", "dass", "weil", "sobald", "falls", "what", "which", "who", "wie", "was"}
)  # fmt: skip
# A finite verb right before a country or a capital in German makes it the subject (inversion).
_INVERTED_VERBS = frozenset(
    {"hat", "haben", "hatte", "hatten", "will", "wollte", "kann", "konnte", "meldet", "meldete",
     "erklärte", "erklärt", "verkündete", "schickt", "schickte", "zog", "zieht", "gab", "gibt",
     "startete", "startet", "begann", "beginnt", "entsandte", "entsendet", "verlegte", "verlegt",
     "kündigte", "kündigt", "forderte", "fordert", "warnte", "warnt", "bestätigte", "bestätigt"}
)  # fmt: skip
_PASSIVE_AUXILIARIES = frozenset({"wurde", "wurden", "wird", "ist", "war", "was", "were", "is", "are"})
# After a place, a word that carries a route on to its goal (von X nach Y, from X to Y).
_ROUTE_ON = frozenset({"nach", "bis", "richtung", "zum", "zur", "to", "toward", "towards", "into"})
# A dateline opens a report: up to this many characters of place names, a country, an agency
# in brackets and a date, then a dash.
_DATELINE = re.compile(r"[^\n.!?]{2,90}?(?:\([^)\n]{1,40}\)\s*[-–—:]?|[-–—:])\s+(?=\S)")
_DATELINE_WORD = re.compile(r"[\w'’.-]+|[/,()]")


@cache
def reporting_table(lang: str) -> dict:
    path = language_file("reporting", lang)
    table = json.loads(path.read_text(encoding="utf-8"))
    # the phrases behind one word-start test: what each behind its own would find, tried only
    # where a word starts
    phrases = "|".join(
        "(?:"
        + r"(?:\W+\w+){0,8}?\W+".join(re.escape(part.strip()) for part in phrase.split("*"))
        + r"(?!\w))"
        for phrase in table["attribution"]
    )
    # no phrases: a pattern that matches nothing (an empty one would match every sentence)
    table["_attribution"] = re.compile(rf"(?<!\w)(?:{phrases})" if phrases else r"(?!)", re.I)
    for key in ("speech_verbs", "source_nouns", "based", "own_reporters", "konjunktiv", "concession_verbs"):
        table[key] = frozenset(table[key])
    return table


def dateline_spans(doc: Segmented, places: Sequence[PlaceMention]) -> list[tuple[int, int]]:
    """The datelines of an article (character spans): a paragraph that opens with place names
    (and an agency, a country, a date) and a dash before the story ("KIEW (dpa-AFX) -",
    "BAMAKO, Mali -", "Berlin/Kobane -"); a ticker has one per item."""
    spans = []
    seen = set()
    named = sorted(p.start for p in places)  # (sorted once: a ticker has many paragraphs)
    located = sorted(p.start for p in places if p.role == "location")
    for sentence in doc.sentences:
        if sentence.paragraph in seen:
            continue
        seen.add(sentence.paragraph)
        end = _dateline_end(doc, sentence.start, named, located)
        if end:
            spans.append((sentence.start, end))
    return spans


def _dateline_end(doc: Segmented, start: int, named: Sequence[int], located: Sequence[int]) -> int:
    """Where the dateline opening at `start` ends, or 0; `named` are the sorted starts of the
    article's place mentions, `located` those of its location mentions."""
    line_end = doc.text.find("\n", start)
    line = doc.text[start : line_end if line_end >= 0 else len(doc.text)]
    if (
        len(line) <= 40
        and not any(c.islower() for c in line)
        and _any_within(named, start, start + len(line))
    ):
        return start + len(line)  # a line of its own in capitals: "BAGHDAD", "KYIV, UKRAINE"
    match = _DATELINE.match(doc.text, start)
    if match is None:
        return 0
    head_end = match.end()
    if not _any_within(located, start, head_end):
        return 0
    # only names, agencies and dates before the dash: no sentence ("Ukraine rückt vor - Kiew …")
    head = doc.text[start : match.start() + len(match.group().rstrip().rstrip("-–—:"))]
    words = [w for w in _DATELINE_WORD.findall(head) if w not in "/,()"]
    lower = [w for w in words if w[:1].islower() and not w.startswith(("dpa", "afp", "ap"))]
    dashed = any(c in match.group() for c in "-–—:")
    # without a dash only names and an agency in brackets: "Paris (AFP) Nach dem Flughafen …"
    return head_end if len(lower) <= (1 if dashed else 0) and len(words) <= 10 else 0


def _any_within(starts: Sequence[int], low: int, high: int) -> bool:
    """Whether a sorted list of offsets holds one in [low, high)."""
    i = bisect_left(starts, low)
    return i < len(starts) and starts[i] < high


def attribution(sentence_text: str, tokens: Sequence[Token], lang: str) -> bool:
    """Whether the sentence attributes what it says to someone other than the outlet's own
    reporters: an attribution phrase (nach Angaben, laut, zufolge, according to) or a verb of
    saying (sagte, erklärte, meldete, said, claimed)."""
    table = reporting_table(lang)
    lowered = [t.text.lower() for t in tokens]
    for i, word in enumerate(lowered):
        if word in table["speech_verbs"] and not _own_reporters(lowered, i, table):
            return True
    for match in table["_attribution"].finditer(sentence_text):
        # who the attribution names: the words of the phrase and the few after it ("nach
        # Angaben der Nachrichtenagentur AFP", "wie AFP-Reporter berichteten")
        words = [w.lower() for w in re.findall(r"[\w-]+", sentence_text[match.start() : match.end()])]
        after = [w.lower() for w in re.findall(r"[\w-]+", sentence_text[match.end() : match.end() + 40])][:3]
        if words[-2:] == ["according", "to"] and after[:1] and after[0] in _WITNESSES:
            continue  # "according to residents": independent witnesses, as "residents said"
        named = [*words, *after]
        if not _own_reporters(named, len(named), table, reach=len(named)):
            return True
    return False


# The people whose word after "according to" is an independent witness's, not a party's.
_WITNESSES = frozenset({"residents", "witnesses", "eyewitnesses", "locals", "inhabitants", "villagers"})


def said_later(tokens: Sequence[Token], trigger: int, lang: str) -> bool:
    """Whether every verb of saying of the sentence stands in a clause of time that opens after the
    event's word ("pulled out of Sudzha, days after Moscow announced a new offensive", "zogen ab,
    nachdem Moskau die Offensive verkündet hatte"): what is said there is not the event; not a
    trailing "…, after a week of fighting, the ministry said" (a clause break between)."""
    table = reporting_table(lang)
    if table["_attribution"].search(" ".join(t.text for t in tokens)):
        return False  # "According to the ministry, troops took X after what locals said …"
    verbs = [i for i, t in enumerate(tokens) if t.text.lower() in table["speech_verbs"]]
    return bool(verbs) and all(
        any(
            tokens[k].text.lower() in _TIME_OPENERS
            and not any(t.text in CLAUSE_BREAKS for t in tokens[k + 1 : verb])
            for k in range(trigger + 1, verb)
        )
        for verb in verbs
    )


# ("since", "seit", "until" also open a time: "the group controlling Gao since June said …")
_TIME_OPENERS = frozenset({"after", "before", "when", "while", "nachdem", "bevor", "seitdem", "während"})


def _own_reporters(lowered: Sequence[str], i: int, table: dict, reach: int = 6) -> bool:
    """ "Wie AFP-Reporter berichteten", "AFP reported", "residents said": the outlet's own eyes
    or independent witnesses speak (before the verb), not a party speaking to them ("told
    Reuters", "gegenüber der Nachrichtenagentur dpa bestätigte")."""
    own = table["own_reporters"]
    start = max(0, i - reach)
    # "KYIV (Reuters) - Russia said": the agency of a dateline does not say what follows it
    start = max([start, *(j + 1 for j in range(start, i) if lowered[j] in _DATELINE_ENDS)])
    party = frozenset(table.get("party_media", ()))
    return any(
        (lowered[j] in own or lowered[j].split("-")[0] in own)
        and not any(w in _TO_WHOM for w in lowered[max(0, j - 3) : j])
        and not (j > 0 and lowered[j - 1] in party)  # "der staatlichen Nachrichtenagentur": a party's voice
        for j in range(start, i)
    )


_DATELINE_ENDS = frozenset({"-", "–", "—", ")"})
# verbs (and the particle of "handed X over to") before "to"/"an" and the state a place went to
_FELL = frozenset(
    {
        "fell",
        "fallen",
        "falls",
        "lost",
        "over",
        "ceded",
        "fiel",
        "fielen",
        "gefallen",
        "verlor",
        "verloren",
        "übergab",
        "übergeben",
        "abgetreten",
    }
)


_TO_WHOM = frozenset({"gegenüber", "told", "to"})
# Quotation marks that open a quote: what stands in a quote is its speaker's claim.
_QUOTE_OPEN = '„“"«‚'
_QUOTE_CLOSE = '“”"»‘’'


def quoted(sentence_text: str, offset: int) -> bool:
    """Whether the character at `offset` of the sentence stands inside a quotation of four
    words or more (a scare-quoted word, "zurückgedrängt", is the writer's, not a speaker's)."""
    opened = None
    for position, char in enumerate(sentence_text[:offset]):
        if opened is None and char in _QUOTE_OPEN:
            opened = position
        elif opened is not None and char in _QUOTE_CLOSE:
            opened = None
    if opened is None:
        return False
    rest = sentence_text[opened + 1 :]
    close = min((rest.find(c) for c in _QUOTE_CLOSE if c in rest), default=len(rest))
    return len(re.findall(r"\w+", rest[:close])) >= 4


_DOUBLE_OPEN = '„“"«'
_DOUBLE_CLOSE = '“”"»'
_DOUBLE_MARKS = re.compile("[" + re.escape("".join(sorted(set(_DOUBLE_OPEN + _DOUBLE_CLOSE)))) + "]")


def quoted_across(doc: Segmented) -> dict[int, int]:
    """Sentences inside a quotation that opened in an earlier sentence of their paragraph
    ("… has liberated Volnovakha. The settlements of A and B were also taken under control. …",
    the spokesman said): each such sentence → the offset in it where the quotation closes (its
    length when it goes on). A quotation that opens and closes in one sentence is quoted()'s."""
    inside: dict[int, int] = {}
    opened_in = None
    for index, sentence in enumerate(doc.sentences):
        if index and sentence.paragraph != doc.sentences[index - 1].paragraph:
            opened_in = None  # a quotation does not run on into the next paragraph
        if opened_in is not None and opened_in != index:
            inside[index] = sentence.end - sentence.start
        # only the quotation marks count: found by one scan, not read character by character
        for mark in _DOUBLE_MARKS.finditer(doc.text, sentence.start, sentence.end):
            position, char = mark.start() - sentence.start, mark[0]
            if opened_in is None and char in _DOUBLE_OPEN:
                opened_in = index
            elif opened_in is not None and char in _DOUBLE_CLOSE:
                if opened_in != index:
                    inside[index] = position
                opened_in = None
    return inside


def subjunctive(tokens: Sequence[Token], lang: str) -> bool:
    """German reported speech: a subjunctive form (sei, seien, habe, hätten) in the sentence."""
    forms = reporting_table(lang)["konjunktiv"]
    return any(t.text in forms for t in tokens)  # as written: "Gewinne" is a noun, "halte" a verb


def place_readings(
    tokens: Sequence[Token],
    sentence_places: Sequence[int],
    places: Sequence[PlaceMention],
    lang: str,
    datelines: Sequence[tuple[int, int]],
    force_nouns: frozenset[str],
) -> dict[int, str]:
    """What each place of a sentence is for its events: EVENT (where something may happen),
    SOURCE, DATELINE, ACTOR (a country or capital acting) or AREA (a country or continent: an
    event there is an area on the map, not a point)."""
    table = reporting_table(lang)
    readings = {}
    for index in sentence_places:
        mention = places[index]
        position = token_at(tokens, mention.start)
        place = mention.place if mention.place is not None else mention.near
        if any(start <= mention.start < end for start, end in datelines):
            readings[index] = DATELINE
        elif position is not None and _is_source(tokens, position, mention, table):
            readings[index] = SOURCE
        elif (
            position is not None and place is not None and _acts(tokens, position, mention, lang, force_nouns)
        ):
            readings[index] = ACTOR
        elif mention.place is not None and mention.place.kind in _AREA_KINDS:
            readings[index] = AREA
        elif position is not None and place is not None and _after_a_measure_of_area(tokens, position, table):
            readings[index] = AREA  # "1,300 square kilometres in Kursk": the region, not the town
        else:
            readings[index] = EVENT
    return readings


def _after_a_measure_of_area(tokens: Sequence[Token], position: int, table: dict) -> bool:
    """A unit of area among the four words before the place, in its sentence."""
    units = frozenset(table.get("area_units", ()))
    sentence = tokens[position].sentence
    return any(
        t.sentence == sentence and t.text.lower() in units for t in tokens[max(0, position - 4) : position]
    )


def _is_source(tokens: Sequence[Token], position: int, mention: PlaceMention, table: dict) -> bool:
    last = _last_token(tokens, position, mention.end)
    nxt = tokens[last + 1].text.lower() if last + 1 < len(tokens) else ""
    after = [t.text.lower() for t in tokens[last + 1 : last + 4]]
    # "Moskau meldete", "Kiew zufolge", "Moscow said", "London-based", "in London ansässige";
    # not what a report of a taking names ("hatte die Befreiung von Kupjansk gemeldet")
    if (
        (nxt in table["speech_verbs"] and not _taken_before(tokens, position))
        or nxt == "zufolge"
        or nxt in table["based"]
    ):
        return True
    if nxt in table.get("denial_verbs", ()) or nxt in table.get("rejection_verbs", ()):
        return True  # "Kiew dementierte dies und sprach von Kämpfen", "Moscow denied it": the state speaks
    if nxt in table.get("accusation_verbs", ()):
        return True  # "Die Ukraine warf Russland vor, ein Schiff besetzt zu haben": the accuser
    said = [w for w in after if w not in _DO_NOT]
    if a_state(mention) and nxt in _DO_NOT and said and (said[0] in table["speech_verbs"] or said[0] in _SAY):
        return True  # "a claim Kyiv did not confirm", "Moscow has denied": the state speaks
    if _says_at_clause_end(tokens, position, last, mention, table):
        return True  # "…, nachdem Moskau den Abzug seiner Truppen gemeldet hatte": Moscow speaks
    if _possessive(tokens, last) and any(_source_noun(w, table) for w in after[:2]):
        return True  # "Russia's defence ministry", "Moskaus Verteidigungsministerium"
    if tokens[position].text.lower().endswith("-based"):
        return True
    attributed_to = [t.text.lower() for t in tokens[max(0, position - 2) : position]]
    if attributed_to[-1:] in (["laut"], ["per"], ["citing"]) or attributed_to == ["according", "to"]:
        return True  # "according to Moscow", "laut Kiew"
    if attributed_to[-1:] and _source_noun(attributed_to[-1], table) and a_state(mention):
        return True  # "nach Angaben Kiews", "nach Angaben Moskaus": the state in the genitive speaks
    if attributed_to[-1:] and attributed_to[-1] in table["speech_verbs"] and a_state(mention):
        # "…, teilte Moskau mit", "…,” said Kyiv": the state speaks after its verb, which follows
        # what it says; not "Residents said Kabul fell", where the verb's clause names the state
        verb = position - 1
        trailing = verb > 0 and tokens[verb - 1].text in (",", "”", '"', "“", "»", "«", "'", "’")
        if trailing or table.get("speaker_after_verb"):
            return True  # German: "Am Samstag teilte Kiew mit, …" (a clause said is set off by a comma)
    governor = _governor(tokens, position)
    if governor is None or nxt in _ROUTE_ON:
        return False  # "nach eigenen Angaben von Deir ez-Zor nach Mayadin": a route, not a source
    if (
        tokens[governor].text.lower() in ("in", "aus", "from")
        and _trailing_attribution(tokens, position, table)
        and not _taken_before(tokens, position)  # "hat den Sieg über den IS in Mossul verkündet"
    ):
        return True  # "…, sagte der Sprecher des Ministeriums am Samstag in Moskau."
    before = tokens[governor - 1].text.lower() if governor > 0 else ""
    if governor > 1 and tokens[governor - 2].text.lower() in ("eigenen", "own"):
        return False  # "haben sich nach eigenen Angaben aus Kobane zurückgezogen": own word, the place left
    # "fighting was reported in Fuzuli": where it happened; "was announced in Moscow": a capital speaks
    reported = (
        governor > 1 and tokens[governor - 2].text.lower() in _PASSIVE_END | _BE and not a_state(mention)
    )
    return _source_noun(before, table) or (before in table["speech_verbs"] and not reported)


_BE = frozenset({"was", "were", "is", "are", "been", "being"})


_DO_NOT = frozenset({"did", "does", "do", "has", "had", "have", "not", "n't", "also", "later", "quickly"})
_SAY = frozenset(
    {"confirm", "deny", "say", "comment", "report", "announce", "acknowledge", "admit", "dispute"}
)


# "als", "da" open a subject clause only at a clause's start ("Als Kiew die Stadt zurückeroberte");
# elsewhere they are "as" and "there" ("mehr als Kiew")
_AS_WHEN = frozenset({"als", "da"})


def _gone_to(tokens: Sequence[Token], first: int) -> bool:
    """Whether a verb of falling or giving up stands among the five words before the "to" or "an"
    at first - 1, in its clause and its coordinate ("ceded Kalbajar to Azerbaijan", "handed over
    Kalbajar to Azerbaijan"; not "lost Kupiansk and withdrew to Russia"), or as a German participle
    right after the state ("ist an Russland gefallen")."""
    for k in range(first - 2, max(-1, first - 7), -1):
        word = tokens[k].text.lower()
        if tokens[k].text in CLAUSE_BREAKS or word in ("and", "und"):
            return False
        if word in _FELL:
            return True
    after = tokens[first + 1].text.lower() if first + 1 < len(tokens) else ""
    return tokens[first - 1].text.lower() == "an" and after in _FELL


def _zu_infinitive_after(tokens: Sequence[Token], last: int) -> bool:
    """A German zu-infinitive among the three words after a place, before a clause break: the
    place is its object ("Damaskus einzunehmen", "Kiew erneut anzugreifen", "Kiew zu erobern")."""
    for token in tokens[last + 1 : last + 4]:
        word = token.text.lower()
        if token.text in CLAUSE_BREAKS:
            return False
        if word == "zu" or re.fullmatch(r"\w+zu\w+en", word):
            return True
    return False


def _says_at_clause_end(tokens: Sequence[Token], position: int, last: int, mention, table: dict) -> bool:
    """Whether a country or a capital opens a German subordinate clause whose verb, at its end, is
    one of saying ("nachdem Moskau den Abzug gemeldet hatte", "dass Kiew die Einnahme bestätigt
    habe"): the state is the clause's subject and speaks."""
    if position == 0 or tokens[position - 1].text.lower() not in _SUBORDINATE or not a_state(mention):
        return False
    end = next((k for k in range(last + 1, len(tokens)) if tokens[k].text in CLAUSE_BREAKS), len(tokens))
    return any(t.text.lower() in table["speech_verbs"] for t in tokens[max(last + 1, end - 3) : end])


# subordinators that open a clause with its subject next ("als", "wie", "da" are as often "as",
# "like" or "there": "Städte wie Kiew")
_SUBORDINATE = frozenset({"nachdem", "dass", "weil", "obwohl", "sobald", "während"})
# at the end of that clause, a passive or a copula: the state is what was done to, or what is held
_PASSIVE_END = frozenset(
    {"wurde", "wurden", "worden", "werde", "werden", "wird", "sei", "ist", "war", "wäre", "fiel", "fällt",
     "gefallen", "stand", "steht", "stehe", "lag", "liegt", "liege", "geriet", "gerät", "geraten"}
)  # fmt: skip


def _taken_before(tokens: Sequence[Token], position: int) -> bool:
    """Whether a noun of taking governs the place at `position` ("die Befreiung von Kupjansk",
    "die Einnahme Bachmuts", "die Einnahme der Stadt Bachmut", "den Sieg über den IS in Mossul"),
    over the words of its phrase in the clause and a list of names."""
    for k in range(position - 1, max(-1, position - 12), -1):
        word = tokens[k].text.lower()
        if word in CONTROL_NOUNS or word in _VICTORY:
            return True
        if word == "," and tokens[k + 1].text[:1].isupper():
            continue  # a list of names: "die Einnahme von Axum, Adigrat und Shire"
        if word in CLAUSE_BREAKS or (
            tokens[k].text[:1].islower()
            and word not in _PHRASE_WORDS
            and not word.endswith(_ADJECTIVE_ENDINGS)
            and not _participle_adjective(tokens, k)
        ):
            return False  # a verb or another word of the clause: no noun of taking governs it
    return False


_VICTORY = frozenset({"sieg", "victory"})


def _participle_adjective(tokens: Sequence[Token], k: int) -> bool:
    """A German participle inflected as an adjective in a noun phrase, after its article, another
    adjective or a "seit" phrase: "der belagerten Stadt", "der seit Monaten umkämpften Stadt", "des
    eingekesselten Dorfes"; not a finite verb ("Truppen eroberten Kupjansk")."""
    word = tokens[k].text.lower()
    before = tokens[k - 1].text.lower() if k > 0 else ""
    return (
        len(word) > 7
        and word.endswith(_PARTICIPLE_ENDINGS)
        and word.startswith(("ge", "be", "um", "ein", "er", "ver", "zer", "aus", "zurück"))
        and (
            before in actor_table("de")["articles"]
            or before.endswith(_ADJECTIVE_ENDINGS)
            or (k > 1 and tokens[k - 2].text.lower() == "seit")
        )
    )


_PARTICIPLE_ENDINGS = ("te", "ten", "ter", "tes", "tem", "ene", "enen", "ener", "enes", "enem")
# words inside a noun phrase of taking: its articles and the prepositions of its loser and place
# Endings of adjectives in a noun phrase: "der ostukrainischen Stadt", "der strategisch wichtigen Stadt".
_ADJECTIVE_ENDINGS = tuple(
    f"{stem}{ending}" for stem in ("isch", "lich", "ig") for ending in ("", "e", "en", "er", "es", "em")
)
_PHRASE_WORDS = frozenset(
    {
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "von",
        "vom",
        "seit",
        "über",
        "in",
        "im",
        "the",
        "of",
        "over",
        "und",
        "and",
        "sowie",
    }
)


def _possessive(tokens: Sequence[Token], last: int) -> bool:
    """ "Moscow's", "Moscow’s", "Moskaus Ministerium", "Kiews ukrainische Truppen": the name
    ending at `last` owns what follows. A German genitive has no apostrophe, so a bare "s" owns
    only a noun or an adjective right after it; "Homs after government forces" names a town."""
    text = tokens[last].text
    if text.endswith(("'s", "’s")):
        return True
    following = tokens[last + 1].text if last + 1 < len(tokens) else ""
    return text.endswith("s") and (following[:1].isupper() or following.lower().endswith(_ADJECTIVE_ENDINGS))


def _source_noun(word: str, table: dict) -> bool:
    """A noun for who reports, also as the head of a compound (Verteidigungsministerium) and in
    the genitive (des Verteidigungsministeriums, des Generalstabs)."""
    for form in (word, word[:-1] if word.endswith("s") else None):
        if not form:
            continue
        if form in table["source_nouns"]:
            return True
        if len(form) > 8 and any(form.endswith(noun) for noun in table["source_nouns"] if len(noun) >= 6):
            return True
    return False


def _acts(tokens, position: int, mention: PlaceMention, lang: str, force_nouns: frozenset[str]) -> bool:
    """A country or a capital that stands for its state: followed by its forces in the genitive
    ("Kiews Truppen", "Russia's forces"), or the subject of a verb at the start of its clause
    ("Moskau schickt Verstärkung", "Russia has recaptured"). A passive verb after it makes it
    the target (Kiew wurde angegriffen)."""
    if not a_state(mention):
        return False
    last = _last_token(tokens, position, mention.end)
    following = [t.text for t in tokens[last + 1 : last + 3]]
    if _possessive(tokens, last) and any(w.lower() in force_nouns for w in following):
        return True
    article = position > 0 and tokens[position - 1].text.lower() in _ARTICLES - (
        {"an"} if lang == "de" else set()
    )
    first = position - 1 if article else position  # German "an" is "to" ("an Russland gefallen")
    before = tokens[first - 1].text.lower() if first > 0 else ""  # over the article of "die Ukraine"
    if _passive_agent(tokens, first, last, lang):
        return True  # "occupied by Russia", "von Russland besetzt": the state that did it
    if before in ("to", "an") and _gone_to(tokens, first):
        return True  # "Avdiivka fell to Moscow", "fiel an Russland", "ceded Kalbajar to Azerbaijan"
    if before in _INVERTED_VERBS and lang == "de":
        # German inversion: "Angesichts der Gegenoffensive hat Russland … bekannt gegeben"; not
        # after a force that is the subject ("Russische Truppen haben Kiew angegriffen": the object)
        return not _force_before(tokens, first - 1, force_nouns, lang)
    opens = first < 2 or tokens[first - 2].text in CLAUSE_BREAKS  # "Als Kiew …", ", als Kiew …"
    if lang == "de" and (before in _SUBORDINATE or (before in _AS_WHEN and opens)):
        # "dass Kiew die Stadt zurückerobert habe": the subject opens a German subordinate clause;
        # "dass Kiew angegriffen worden sei", "dass Kiew unter Kontrolle sei": the place itself
        end = next((k for k in range(last + 1, len(tokens)) if tokens[k].text in CLAUSE_BREAKS), len(tokens))
        return not any(t.text.lower() in _PASSIVE_END for t in tokens[max(last + 1, end - 3) : end])
    starts_clause = first == 0 or before in _CLAUSE_OPENERS
    if not starts_clause or not following:
        return False
    # "Ukraine's offensive": the state's event; "Afghanistan's second-largest city": no act
    if _possessive(tokens, last):
        return following[0].lower() in trigger_words(lang)
    verb = following[0].lower()
    if not verb[:1].isalpha() or verb in _ARTICLES or verb in _PREPOSITIONS or not following[0][:1].islower():
        return False
    if _zu_infinitive_after(tokens, last):
        return False  # "versuchten, Damaskus einzunehmen", "Kiew erneut anzugreifen": its object
    if verb in _PASSIVE_AUXILIARIES and len(following) > 1:
        # "Kiew wurde angegriffen", "Kyiv was shelled": the target of a passive; "Moscow is
        # moving troops", "Russland hat … erobert": the state acts
        participle = following[1].lower()
        return not (participle.endswith(("ed", "en")) or participle.startswith("ge"))
    return True


def _passive_agent(tokens, first: int, last: int, lang: str) -> bool:
    """Whether the country at tokens first..last is the agent of a German passive event word that
    is no attribute of a noun: after "von" and before it ("die seit März von Russland besetzt
    gewesen war"; not "das von Russland besetzte Isjum")."""
    if lang != "de":
        return False  # "held by Ukraine" after a taking names the loser as often as the taker
    nxt = tokens[last + 1].text if last + 1 < len(tokens) else ""
    after = tokens[last + 2].text if last + 2 < len(tokens) else ""
    attributive = after[:1].isupper()  # "das von Russland besetzte Isjum": describes the town
    return (
        first > 0
        and tokens[first - 1].text.lower() == "von"
        and nxt.islower()
        and nxt in trigger_words(lang)
        and not attributive
    )


def _force_before(tokens, verb: int, force_nouns: frozenset[str], lang: str) -> bool:
    """Whether the phrase right before the finite verb at `verb` is a force, its subject: a
    force noun (also as a compound's head: "IS-Kämpfer") or an acronym (IS, YPG) heading a
    phrase that opens its clause ("Russische Truppen haben Kiew angegriffen"); not one a
    preposition or a noun governs ("Nach Angaben der Armee hat Israel …", "Laut UN hat …")."""
    if verb < 1:
        return False
    head = tokens[verb - 1]
    word = head.text.lower()
    acronym = len(head.text) >= 2 and head.text.isupper() and head.text.isalpha()
    if not (
        word in force_nouns or word.rsplit("-", 1)[-1] in force_nouns or acronym or word in group_words(lang)
    ):
        return False  # not "Die Taliban haben Kabul eingenommen" either: a group's name
    k = verb - 2
    while (
        k >= 0
        and tokens[k].sentence == head.sentence
        and (
            tokens[k].text.lower() in _ARTICLES or (tokens[k].text[:1].islower() and tokens[k].text.isalpha())
        )
    ):
        if tokens[k].text.lower() in _PREPOSITIONS or tokens[k].text.lower() in ("laut", "trotz"):
            return False
        k -= 1  # over the phrase's article and adjectives: "die russischen Truppen"
    if k < 0 or tokens[k].sentence != head.sentence or tokens[k].text in CLAUSE_BREAKS:
        return True
    # a capitalised first word of the sentence: a nation's adjective ("Russische Truppen haben
    # …"), not a preposition ("Gegen die Truppen hat …", "Laut UN hat …")
    first = k == 0 or tokens[k - 1].sentence != head.sentence
    return first and tokens[k].text.lower() in actor_table(lang)["_demonyms"]


def _trailing_attribution(tokens: Sequence[Token], position: int, table: dict) -> bool:
    """The place stands in the clause that closes the sentence and says who said it: one that
    begins after a comma with a verb of saying among its first words ("…, sagte der Sprecher … in
    Moskau", "…, the ministry said in Moscow")."""
    sentence = tokens[position].sentence
    if any(t.sentence == sentence and t.text in CLAUSE_BREAKS for t in tokens[position + 1 : position + 12]):
        return False  # the sentence goes on: not its closing attribution
    end = position
    for _ in range(3):  # over an apposition: ", sagte der Sprecher, Igor Konaschenkow, in Moskau"
        start = end
        while (
            start > 0
            and tokens[start - 1].sentence == sentence
            and tokens[start - 1].text not in CLAUSE_BREAKS
        ):
            start -= 1
        if start == 0 or tokens[start - 1].sentence != sentence or tokens[start - 1].text != ",":
            return False
        if any(t.text.lower() in table["speech_verbs"] for t in tokens[start : min(start + 4, end)]):
            return True
        words = [t.text for t in tokens[start:end] if t.text[:1].islower()]
        if any(w not in _PREPOSITIONS and w not in _ARTICLES for w in words):
            return False  # a clause of its own ("…, und rückte in Isjum vor"), not a name or a place
        end = start - 1
    return False


def _governor(tokens: Sequence[Token], position: int) -> Optional[int]:
    """The preposition that governs a place, over articles and lower-case adjectives."""
    for step in range(1, 4):
        j = position - step
        if j < 0:
            return None
        word = tokens[j].text.lower()
        if word in _PREPOSITIONS:
            return j
        if word in _ARTICLES or tokens[j].text[:1].islower():
            continue
        return None
    return None


def _last_token(tokens: Sequence[Token], position: int, end: int) -> int:
    last = position
    while last + 1 < len(tokens) and tokens[last + 1].start < end:
        last += 1
    return last


def a_state(mention: PlaceMention) -> bool:
    """A country or a capital, the names that stand for a state speaking or acting."""
    place = mention.place
    return place is not None and (place.kind == "country" or place.feature_code == "PPLC")
