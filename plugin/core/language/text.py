"""Tokens, sentences and paragraphs of an article body, with character offsets into the text.

A regular-expression tokenizer and a rule-based sentence splitter: about twenty times faster
than spaCy's blank pipeline (6,400 vs 340 three-kilobyte documents a second measured here),
which the throughput goals need. A full spaCy model, when one is configured, only adds entity
evidence on top (see toponyms.py).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Optional, Sequence

from ..datafiles import DATA_DIR

# A word keeps inner hyphens and apostrophes (al-Qaim, Husaybah-Grenzübergang, Kata'ib, H-3);
# anything else that is not space is a token of its own.
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}(?:-\w+)*|\w+(?:[-'’ʼʿ]\w+)*|[^\w\s]")  # U.S., U.S.-led
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")
_TERMINAL = ".!?"
_CLOSERS = "\"'“”«»›‹)]’"
# Punctuation that ends a clause inside a sentence: what the distance between two words counts.
CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "–", "—"})


@dataclass(frozen=True, init=False)
class Token:
    start: int
    end: int
    text: str
    sentence: int

    def __init__(self, start: int, end: int, text: str, sentence: int) -> None:
        # the generated frozen __init__ sets each field through object.__setattr__, three times
        # slower, and an article has thousands of tokens
        fields = self.__dict__
        fields["start"], fields["end"], fields["text"], fields["sentence"] = start, end, text, sentence

    @property
    def is_title(self) -> bool:
        return self.text[:1].isupper()


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int


@dataclass(frozen=True)
class Segmented:
    """An article body cut into sentences and tokens; offsets refer to the full article text."""

    text: str
    sentences: list[Sentence]
    tokens: list[Token]

    def sentence_text(self, index: int) -> str:
        sentence = self.sentences[index]
        return self.text[sentence.start : sentence.end]

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence that holds a character offset (the last one before it)."""
        low, high = 0, len(self.sentences) - 1
        while low < high:
            middle = (low + high + 1) // 2
            if self.sentences[middle].start <= offset:
                low = middle
            else:
                high = middle - 1
        return low


def token_at(tokens: Sequence[Token], offset: int) -> Optional[int]:
    """The index of the token that holds a character offset, or None."""
    for i, token in enumerate(tokens):
        if token.start <= offset < token.end:
            return i
    return None


# Words that begin a second complement clause after "and" ("said that X was taken and that Y
# had been blocked", "erklärte, dass … und dass …"): the pair ends a clause as a comma does.
_COMPLEMENTIZERS = frozenset({"that", "dass", "daß", "That", "Dass", "Daß"})
_AND = frozenset({"and", "und", "sowie", "And", "Und", "Sowie"})


def coordinated_clause(tokens: Sequence[Token], i: int) -> bool:
    """True when tokens[i] is a semicolon, or "and"/"und" and the word after it begins a new
    "that" clause: what stands beyond it is another statement's ("In Homs war es ruhig; nun
    haben Rebellen Damaskus angegriffen")."""
    return (tokens[i].text == ";" and not _list_item_after(tokens, i)) or (
        tokens[i].text in _AND and i + 1 < len(tokens) and tokens[i + 1].text in _COMPLEMENTIZERS
    )


def _list_item_after(tokens: Sequence[Token], i: int) -> bool:
    """Whether a semicolon separates the items of a list ("captured Izium; Balakliia; and
    Kupiansk"): one capitalised word after it, then another separator or the sentence's end."""
    j = i + 1
    if j < len(tokens) and tokens[j].text.lower() in _AND:
        j += 1
    if j >= len(tokens) or not tokens[j].text[:1].isupper() or tokens[j].sentence != tokens[i].sentence:
        return False
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    return (
        nxt is None or nxt.sentence != tokens[i].sentence or nxt.text in (";", ",", ".") or nxt.text in _AND
    )


def clause_between(tokens: Sequence[Token], a: int, b: int, lists: bool = False) -> bool:
    """Whether a clause break (a comma, a dash …) stands between two tokens; with `lists`, not a
    comma between two names ("Sie haben Nowohrodiwka, Selydowe und Myrnohrad eingenommen")."""
    low, high = sorted((a, b))
    return any(
        t.text in CLAUSE_BREAKS
        and not (
            lists and t.text == "," and low < k < high - 1 and _name(tokens[k - 1]) and _name(tokens[k + 1])
        )
        for k, t in enumerate(tokens[low:high], start=low)
    )


def _name(token: Token) -> bool:
    return token.text[:1].isupper()


def clause_distance(tokens: Sequence[Token], a: int, b: int) -> int:
    """Distance in words between two tokens, a clause break (or "and that") counting as ten."""
    low, high = sorted((a, b))
    breaks = 0
    for k, token in enumerate(tokens[low:high], start=low):
        text = token.text
        if text in CLAUSE_BREAKS or (text in _AND and coordinated_clause(tokens, k)):
            breaks += 1
    return (high - low) + 10 * breaks


def object_distance(
    tokens: Sequence[Token], verb: int, place: int, verbs: Sequence[int], shared: frozenset = frozenset()
) -> int:
    """clause_distance from a verb to a place, where an "and" between the place and a verb after
    it counts as a clause break when another of `verbs` stands before the place in its clause:
    the place is that verb's object ("recaptured Balakliia and were approaching Kupiansk",
    "rückten in Balaklija ein und eroberten …": Balakliia is what was recaptured, entered). A
    place one of the `shared` words governs (from, nach …) is a journey's end or start the next
    verb shares ("brachen von al-Qaim auf und überquerten die Grenze"). An "and" that a new
    subject follows ("took Lysychansk and Ukrainian units near Siversk withdrew": a capitalised
    word between it and the verb) joins two clauses, each with its own places; and an "und" with an
    auxiliary after it opens a verb-final clause whose places are its participle's ("sind
    vorgerückt und haben die Stadt Singa erobert")."""
    distance = clause_distance(tokens, verb, place)
    joint = (
        next((k for k in range(place + 1, verb) if tokens[k].text in _AND), None) if verb > place else None
    )
    if (
        joint is not None
        and all(t.text[:1].islower() for t in tokens[joint + 1 : verb])
        and any(
            v < place
            and not clause_between(tokens, v, place)
            and not any(t.text.lower() in shared for t in tokens[v + 1 : place])
            for v in verbs
        )
    ):
        distance += 10
    if (
        verb < place
        and any(
            tokens[k].text in _AND and tokens[k + 1].text.lower() in _AUXILIARIES
            for k in range(verb + 1, place - 1)
        )
        and any(v > place for v in verbs)
    ):
        # "sind vorgerückt und haben die Stadt Singa, Hauptstadt des …, erobert": after "und"
        # and an auxiliary the place is the object of the participle that closes that clause
        distance += 40
    return distance


# German auxiliaries that open a verb-final clause after "und" (und haben … erobert).
_AUXILIARIES = frozenset(
    {"haben", "hat", "hatten", "hatte", "sind", "ist", "waren", "war", "wurde", "wurden"}
)


@cache
def _table() -> dict:
    return json.loads((DATA_DIR / "abbreviations.json").read_text(encoding="utf-8"))


@cache
def abbreviations(lang: str) -> frozenset[str]:
    table = _table()
    return frozenset(table.get(lang, [])) | frozenset(table["en"] if lang != "en" else [])


@cache
def months() -> frozenset[str]:
    """Month names that may follow an ordinal number ("am 3. November")."""
    return frozenset(_table()["months"])


def _sentence_ends(text: str, start: int, end: int, lang: str) -> list[int]:
    """Offsets where sentences end inside one paragraph text[start:end]."""
    known = abbreviations(lang)
    ends = []
    for match in re.finditer(r"[.!?]+[" + re.escape(_CLOSERS) + r"]*(?=\s+|$)", text[start:end]):
        stop = start + match.end()
        after = text[stop:end].lstrip()
        if not after:
            continue
        if match.group()[0] == "." and len(match.group().rstrip(_CLOSERS)) == 1:
            dot = start + match.start()
            word_end = dot
            while word_end > start and text[word_end - 1] == " ":  # tokenised text: "St . Moritz"
                word_end -= 1
            word_start = max(text.rfind(" ", start, word_end), text.rfind("\n", start, word_end)) + 1
            before = text[word_start:word_end]
            if before in known or before.rstrip(".") in known:
                continue
            if len(before) == 1 and before.isalpha():  # an initial: "H. Schmidt"
                continue
            if before.isdigit() and (
                after[0].isdigit()
                or after[0].islower()
                or after.split(maxsplit=1)[0].rstrip(".,") in months()
            ):
                continue  # an ordinal or a date: "am 3. November", "03.11.", "3. Jh."
            if before.isdigit() and _ordinal_of_a_noun(text, start, word_start, after):
                continue  # "der 1. Infanteriedivision", "die 3. Sturmbrigade"
        if after[0].islower() and lang != "de":
            continue
        ends.append(stop)
    return ends


def _ordinal_of_a_noun(text: str, start: int, number: int, after: str) -> bool:
    """Whether the number at text[number:] with its dot is an ordinal between an article and its
    noun ("der 1. Infanteriedivision", "Die 3. Sturmbrigade", "die ukrainische 3. Sturmbrigade"):
    an article or an adjective right before it and a capitalised word after it that is no article,
    pronoun or adjective opening a sentence ("bis zum 12. Die Armee …", "bis zum 28. Ukrainische
    Truppen …", "verwundet wurden 30. Ukrainische …")."""
    words = text[start:number].split()
    following = after.split(maxsplit=1)[0].rstrip(".,;:")
    return (
        bool(words)
        and (
            words[-1].lower() in _ORDINAL_ARTICLES
            or (words[-1].islower() and words[-1].endswith(_ADJECTIVES))
        )
        and following[:1].isupper()
        and following.lower() not in _ORDINAL_ARTICLES | _SENTENCE_OPENERS
        and not following.lower().endswith(_ADJECTIVES)  # "bis zum 28. Ukrainische Truppen …"
    )


# German adjective endings (of a unit's ordinal: "die ukrainische 3. Sturmbrigade"; not a verb's:
# "verwundet wurden 30.")
_ADJECTIVES = ("ische", "ischen", "ischer", "liche", "lichen", "licher", "ige", "igen", "iger")
# German articles and prepositions with an article that an ordinal may follow ("der 1. Armee").
_ORDINAL_ARTICLES = frozenset(
    {"der", "die", "das", "des", "dem", "den", "zur", "zum", "am", "im", "vom", "beim", "ihrer", "seiner",
     "ihre", "seine", "ihren", "seinen", "einer", "eine", "einen"}
)  # fmt: skip
# words that open a German sentence after a date's dot ("bis zum 12. Er sagte …")
_SENTENCE_OPENERS = frozenset(
    {"er", "sie", "es", "wir", "ich", "man", "in", "im", "am", "an", "auf", "bei", "nach", "mit", "von", "seit",
     "doch", "aber", "und", "auch", "dort", "dann", "danach", "damit", "so", "nun", "jetzt", "zuvor", "laut",
     "ein", "eine", "dies", "diese", "dieser", "dabei", "als", "wie", "wenn", "nachdem", "bereits", "schon"}
)  # fmt: skip


def _line_breaks(text: str, start: int, end: int) -> list[int]:
    """Single newlines that end a sentence: those after terminal punctuation, and those after the
    lines of their own that open a block, a headline or a byline ("Ukraine retakes Balakliia\n
    September 8, 2022 7:01 pm\nA video …"): lines before the block's first sentence end (or a
    time stamp anywhere), without punctuation, less than half as long as its longest line, before
    a line that opens with a capital or a digit. Others are wraps."""
    lines = text[start:end].split("\n")
    longest = max(len(line.rstrip()) for line in lines)
    breaks = []
    position = start
    opening = True  # no line of the block has ended a sentence yet
    for line, following in zip(lines, lines[1:]):
        position += len(line)
        line = line.rstrip()
        if line and line[-1] in _TERMINAL + _CLOSERS + ":":
            breaks.append(position)
            opening = False
        elif (
            line
            and (opening or _stamp(line))
            and 2 * len(line) < longest
            and line[-1] not in ",;-–"
            and (following.lstrip()[:1].isupper() or following.lstrip()[:1].isdigit())
        ):
            breaks.append(position)
        position += 1
    return breaks


def _stamp(line: str) -> bool:
    """A time stamp or byline line of a saved page ("14:58, UK, Saturday 26 December 2015", "By
    Simon Druker"): a few words with a digit, or "By" and a name."""
    words = line.split()
    return (len(words) <= 8 and any(c.isdigit() for c in line)) or (
        len(words) <= 5 and words[0] in ("By", "Von") and all(w[:1].isupper() for w in words[1:])
    )


def segment(text: str, lang: str = "de", start: int = 0) -> Segmented:
    """Split text[start:] into paragraphs, sentences and tokens.

    A blank line ends a paragraph. So does a line break after a sentence in a block whose lines
    mostly end sentences: pages saved as text often keep one paragraph a line and no blank lines,
    while hard-wrapped prose breaks most lines inside sentences."""
    sentences: list[Sentence] = []
    block_starts = [start] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text, start)]
    block_ends = [m.start() for m in _PARAGRAPH_BREAK.finditer(text, start)] + [len(text)]
    paragraph = -1
    for b_start, b_end in zip(block_starts, block_ends):
        line_ends = _line_breaks(text, b_start, b_end)
        wraps = text.count("\n", b_start, b_end) - len(line_ends)
        paragraph_lines = len(line_ends) > wraps
        cuts = sorted(set(_sentence_ends(text, b_start, b_end, lang) + line_ends))
        begin = b_start
        paragraph += 1
        for cut in [*cuts, b_end]:
            left, right = _trim(text, begin, cut)
            if left < right:
                sentences.append(Sentence(left, right, paragraph))
            if paragraph_lines and cut in line_ends:
                paragraph += 1
            begin = cut
    tokens: list[Token] = []
    # an article has thousands of tokens: each is made without calling __init__ (half the time)
    new = object.__new__
    for index, sentence in enumerate(sentences):
        for match in _TOKEN.finditer(text, sentence.start, sentence.end):
            token = new(Token)
            fields = token.__dict__
            fields["start"], fields["end"] = match.span()
            fields["text"], fields["sentence"] = match[0], index
            tokens.append(token)
    return Segmented(text, sentences, tokens)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
