"""Where a report says a place lies from another one: "Kani Harami rund 40 Kilometer südwestlich
von Mossul", "Tel Shahir, five kilometers east of Kobane", "the village of X, 12 km (7 miles)
north of Y", "Jampil – etwa 13 Kilometer südöstlich der Stadt", "die 15 Kilometer südöstlich von
Mossul gelegene Ortschaft X".

Villages, hills and outskirts that no offline gazetteer holds are named this way in war
reporting, and the statement is the best evidence of where they are. Stage 1 finds the
statements and makes sure the name they are about is a candidate span (`stated_positions`,
`with_stated_names`); stage 4 (`place_by_positions`), once names are resolved, computes the
point the text gives from the place it is measured from (the anchor) and decides:

- a candidate of the name that lies within `agreement_km` of the point is what the text means
  (the offset is evidence: Jampil is the Yampil 4 km from the point 13 km south-east of Lyman);
- else another place of the name the candidates left out, or a namesake with a word that sets
  villages of one name apart (`namesake`: Shuyukh Fawqani for "ash-Shuyukh, thirty kilometers
  west of Kobani"), by the point;
- else a reading of WEAK_BELOW confidence or more stays, the statement among its reasons (the
  anchor may be what is misread);
- else (a name the gazetteer lacks or resolves only weakly), for a distance up to
  PLACE_WITHIN_KM, the name is drawn at the point, flagged approximate, with the anchor in its
  record (placed "relative");
- else (700 km north-east of the capital: a compass direction is no position that far out) the
  name stays unplaced, with no stand-in at the anchor (the text says it is not there).

A name that is resolved but whose anchor is not ("die 60 Kilometer südlich von Diabali gelegene
Stadt Niono", Diabali unknown) places the anchor the other way round.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import cache
from typing import Callable, Optional, Sequence

from ..datafiles import DATA_DIR, language_section
from ..language.lexicon import lower_case_words, toponym_table
from ..language.text import Segmented, Token
from .candidates import Span
from .gazetteer import POINT_KINDS, Place, distance_km
from .mentions import Candidate, PlaceMention, Placing
from .names import normalize
from .words import CONNECTORS, OPENERS, alternatives, is_noun, may_start_name

# A candidate of the name within this distance of the stated point is the place the text means;
# farther, the stated point wins. An 8-point compass direction leaves up to 0.38 of the distance
# to either side and "rund", "about" a fifth of it either way; a town's point is a few km from
# its edge.
AGREE_KM = 10.0
AGREE_SHARE = 0.45
# Up to this distance a name the gazetteer lacks is drawn at the stated point; beyond it the
# point is too uncertain to draw (at 150 km a direction leaves some 60 km either side).
PLACE_WITHIN_KM = 150.0
# A name the gazetteer resolves with less confidence than this ("resolves only weakly") is drawn
# at the stated point when none of its candidates lies near it; a confident reading stays (the
# anchor may be the name misread: "35 miles south of Austin" is Austin, Indiana).
WEAK_BELOW = 0.5
# A namesake with a qualifying word (Velyka X for X) must lie this much nearer the stated point
# than a place of the name itself: the text did not give its full name.
QUALIFIED_SHARE = 0.75
# What a relative placement's confidence is: a point the text gives, not a gazetteer entry.
RELATIVE_CONFIDENCE = 0.5
# A name is at most this many words ("Tall Abu Shair Bilal"), and its distance phrase begins
# within this many characters after it (", a city of 50,000 people 700 kilometres …").
_NAME_WORDS = 4
_GAP_CHARS = 70
EARTH_RADIUS_KM = 6371.0
_SETTLEMENT_KINDS = frozenset({"city", "town", "village"})
_ARTICLES = ("der", "die", "das", "den", "dem", "des", "the", "this", "dieser", "diese")


@dataclass(frozen=True)
class Offset:
    """A distance and direction in the text: "rund 40 Kilometer südwestlich von"."""

    start: int  # the number (an "about" word before it is part of the gap)
    end: int  # after the direction and its "von"/"of"
    km: float
    bearing: float  # degrees clockwise from north
    direction: str  # in English words, for the reason ("south-west")
    of: Optional[str]  # the word after the direction (von, der, of), if any


@dataclass(frozen=True)
class Position:
    """A statement that the name at `target` lies `offset` from a place named after the offset
    (or, `anaphoric`, from the town the article named last: "südöstlich der Stadt")."""

    offset: Offset
    target: tuple[int, int]
    anaphoric: bool = False
    anchor: Optional[tuple[int, int]] = None  # the name after "von", "of", if it is one


# -- the words ---------------------------------------------------------------------------------


@cache
def position_words(lang: str) -> dict:
    """The words of data/positions.json for one language (English for any other)."""
    return language_section("positions.json", lang)


@cache
def _patterns(lang: str) -> dict:
    words = position_words(lang)
    directions: dict[str, float] = {}
    for word, bearing in words["directions"].items():
        for variant in {word, word.replace("-", " "), word.replace("-", "")}:
            directions[variant.lower()] = float(bearing)
    numbers = {k.lower(): float(v) for k, v in words["numbers"].items()}
    units = {k.lower(): float(v) for k, v in words["units"].items()}
    digits = r"(?<![\d.,])(?:\d{1,3}(?:[.,]\d{3})+(?![.,]?\d)|\d+(?:[.,]\d+)?)"
    number = rf"(?P<num>{digits}|\b(?:{alternatives(numbers)}))"
    unit = rf"\s*(?P<unit>{alternatives(units)})\b\.?"
    alternative = r"(?:\s*\([^()\n]{1,40}\))?"  # "12 km (7 miles)"
    direction = rf"\s+(?:(?:to\s+the|im)\s+)?(?P<dir>{alternatives(directions)})\b"
    of = rf"(?:\s+(?P<of>{alternatives(words['of'])})\b)?"
    about = rf"(?:(?:{alternatives(words['about'])})\s+)*"
    links = rf"(?:(?:{alternatives(words['links'])})\s+)*"
    # between a name and its distance: a comma, a dash, a bracket, "liegt", "located", "which
    # is" …, estimate words; or (English) an apposition ", a city of 50,000 people"
    # a feature noun may follow the name ("the Tabqa hill, two kilometres south of …")
    feature = rf"(?:\s+(?:{alternatives(_feature_nouns(lang))}))?" if _feature_nouns(lang) else ""
    gap = rf"{feature}\s*(?:[,(–—-]\s*)?{links}{about}"
    apposition = rf"\s*,\s+(?:a|an|the)\s+(?:[^,.;:()\n]|\d[,.]\d)*?\s+{about}"
    cues = set(toponym_table(lang)["place_cues"]) | set(words["the_settlement"])
    settlement = rf"(?:{alternatives(words['the_settlement'])})"
    glue = rf"(?:(?:{alternatives(_ARTICLES)})\s+)?(?:(?-i:[a-zäöüß])[\w-]*\s+){{0,3}}"
    return {
        "offset": re.compile(number + unit + alternative + direction + of, re.IGNORECASE),
        "gap": re.compile(rf"(?:{gap}|{apposition})", re.IGNORECASE),
        "anchor_gap": re.compile(
            rf"\s*{glue}(?:(?:{alternatives(cues)})\s+(?:of\s+)?(?:the\s+)?)?", re.IGNORECASE
        ),
        "the_settlement": re.compile(
            rf"\s*{glue}{settlement}\b(?!\s+(?:of\s+)?(?-i:[A-ZÄÖÜ]))", re.IGNORECASE
        ),
        "attributive": re.compile(rf"\b(?:{alternatives(words['attributive'])})\b")
        if words["attributive"]
        else None,
        "directions": directions,
        "numbers": numbers,
        "units": units,
        # the shortest spellings that begin every unit word ("km" for "kms", "kilometer" for
        # "Kilometern"), for the search around them
        "unit_words": sorted({u for u in units if not any(v != u and u.startswith(v) for v in units)}),
    }


def direction_bearings(lang: str) -> dict[str, float]:
    """Compass words in every spelling (lower case; "north-east", "north east", "northeast") and
    their bearings in degrees."""
    return _patterns(lang)["directions"]


def anchor_gap(lang: str) -> re.Pattern:
    """What stands between "south-west of" and the name it is measured from: articles,
    adjectives, a place word ("der historischen Stadt", "the town of")."""
    return _patterns(lang)["anchor_gap"]


def _number(text: str, lang: str, numbers: dict) -> Optional[float]:
    word = re.sub(r"\s+", " ", text.lower())
    if word in numbers:
        return numbers[word]
    if lang == "de":
        digits = text.replace(".", "").replace(",", ".") if "," in text else text.replace(".", "")
        if "," not in text and re.fullmatch(r"\d+\.\d{1,2}", text):
            digits = text  # "2.5 km" in German text written the English way
    else:
        digits = text.replace(",", "")
    try:
        return float(digits)
    except ValueError:
        return None


_COMPASS = (
    "north", "north-north-east", "north-east", "east-north-east", "east", "east-south-east",
    "south-east", "south-south-east", "south", "south-south-west", "south-west",
    "west-south-west", "west", "west-north-west", "north-west", "north-north-west",
)  # fmt: skip


def compass(bearing: float) -> str:
    """A bearing in English compass words (16 points)."""
    return _COMPASS[round((bearing % 360.0) / 22.5) % 16]


# The kinds of German compound heads that name a point of their own (not "-Offensive", "-Ufer").
_POINT_HEADS = frozenset({"mountain", "crossing", "airbase"})


@cache
def _feature_nouns(lang: str) -> tuple[str, ...]:
    """The lower-case words for a hill ("hill", "hilltop") a name may stand before."""
    return tuple(position_words(lang).get("hill_nouns", ()))


def offsets(text: str, lang: str) -> list[Offset]:
    """Every distance with a direction in the text ("40 Kilometer südwestlich von")."""
    patterns = _patterns(lang)
    found = []
    for match in _offset_matches(text, patterns):
        number = _number(match.group("num"), lang, patterns["numbers"])
        unit = patterns["units"].get(re.sub(r"\s+", " ", match.group("unit").lower()))
        bearing = patterns["directions"].get(re.sub(r"\s+", " ", match.group("dir").lower()))
        if number is None or unit is None or bearing is None or number <= 0:
            continue
        of = match.group("of")
        found.append(
            Offset(
                match.start(),
                match.end(),
                number * unit,
                bearing,
                compass(bearing),
                of.lower() if of else None,
            )
        )
    return found


def _offset_matches(text: str, patterns: dict) -> list:
    """The offset pattern's matches, sought only around the unit words the text holds (the
    pattern tried at every character costs a tenth of reading an article's places)."""
    lower = text.lower()
    units = sorted({i for unit in patterns["unit_words"] for i in _occurrences(lower, unit)})
    matches: dict[int, re.Match] = {}
    for at in units:
        for match in patterns["offset"].finditer(text, max(0, at - 40), min(len(text), at + 90)):
            if match.start("unit") == at:
                matches.setdefault(match.start(), match)
    return [matches[start] for start in sorted(matches)]


def _occurrences(text: str, word: str) -> list[int]:
    found, at = [], text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def destination(lat: float, lon: float, bearing: float, km: float) -> tuple[float, float]:
    """The point `km` from (lat, lon) on a great circle in direction `bearing` (on a sphere of
    radius 6371 km, as distance_km measures: a few metres from the ellipsoid at these
    distances, well inside what a stated distance means)."""
    phi1, lam1, theta = math.radians(lat), math.radians(lon), math.radians(bearing)
    delta = km / EARTH_RADIUS_KM
    phi2 = math.asin(math.sin(phi1) * math.cos(delta) + math.cos(phi1) * math.sin(delta) * math.cos(theta))
    lam2 = lam1 + math.atan2(
        math.sin(theta) * math.sin(delta) * math.cos(phi1), math.cos(delta) - math.sin(phi1) * math.sin(phi2)
    )
    return math.degrees(phi2), (math.degrees(lam2) + 540.0) % 360.0 - 180.0


def agreement_km(km: float) -> float:
    """How far a candidate may lie from a stated point and still be what the text means."""
    return AGREE_KM + AGREE_SHARE * km


# -- stage 1: the statements and the names they are about -----------------------------------


def stated_positions(doc: Segmented, lang: str, nouns: frozenset) -> list[Position]:
    """The statements of where a name lies, each with the name it is about: the name right
    before its distance (after a comma, a dash, "liegt", "located", "which is" or an English
    apposition), or in German the name after "… gelegene (Ortschaft)"."""
    found = offsets(doc.text, lang)
    if not found:
        return []
    patterns = _patterns(lang)
    tokens = doc.tokens
    starts = [t.start for t in tokens]
    positions = []
    for offset in found:
        anaphoric = offset.of is not None and bool(patterns["the_settlement"].match(doc.text, offset.end))
        if offset.of is None and lang != "de":
            continue  # "about 50 km (30 miles) south": of what, the text does not say here
        at = bisect_left(starts, offset.start)  # the first token of the distance
        if at >= len(tokens):
            continue
        target = _name_before(doc, tokens, at, offset, patterns, lang, nouns)
        if target is None and patterns["attributive"] is not None:
            target = _name_after_participle(doc, tokens, at, offset, patterns, lang, nouns)
        if target is not None:
            anchor = None if anaphoric else _name_after_offset(doc, tokens, offset, patterns, lang, nouns)
            positions.append(Position(offset, target, anaphoric, anchor))
    return positions


def _initial(tokens, k: int) -> bool:
    j = k - 1
    while j >= 0 and tokens[j].sentence == tokens[k].sentence and tokens[j].text in OPENERS:
        j -= 1
    return j < 0 or tokens[j].sentence != tokens[k].sentence


def _name_token(token: Token, lang: str, nouns: frozenset, cues, initial: bool = False) -> bool:
    """Whether a word may be part of a name: capitalised (or al-…), no noun (German), no
    calendar word, and no lower-case word where its capital may be the sentence's (an English
    word capitalised inside a sentence is a name: Tell Zarbun)."""
    text = token.text
    if not may_start_name(token) or (text.isupper() and len(text) <= 3):
        return False
    if text in cues or text.lower() in _calendar_words(lang):
        return False
    if text.lower() in lower_case_words(lang) and (lang != "en" or initial):
        return False
    head = text.split("-")[-1]
    if "-" in text and toponym_table(lang).get("compound_heads", {}).get(head) in _POINT_HEADS:
        return True  # "der Mishtanur-Hügel liegt zwei Kilometer südlich", "der Husaybah-Grenzübergang"
    return not (lang == "de" and text[:1].isupper() and is_noun(head, nouns))


@cache
def _calendar_words(lang: str) -> frozenset[str]:
    """Month and weekday names (data/timex_<lang>.json): "on Monday, 5 km north of" names no place."""
    path = DATA_DIR / f"timex_{lang}.json"
    if not path.is_file():
        return frozenset()
    words = json.loads(path.read_text(encoding="utf-8"))["words"]
    return frozenset(w for group in ("month", "weekday") for w in words.get(group, ()))


def _name_before(doc, tokens, at, offset, patterns, lang, nouns) -> Optional[tuple[int, int]]:
    """The name whose position the distance at token `at` gives: the nearest name before it
    in its sentence with only a gap the patterns allow between them."""
    sentence = tokens[at].sentence
    cues = toponym_table(lang)["place_cues"]
    j = at - 1
    while j >= 0 and tokens[j].sentence == sentence and offset.start - tokens[j].end <= _GAP_CHARS:
        if _name_token(tokens[j], lang, nouns, cues, _initial(tokens, j)) and patterns["gap"].fullmatch(
            doc.text, tokens[j].end, offset.start
        ):
            return _name_span(doc, tokens, j, -1, lang, nouns, cues)
        j -= 1
    return None


def _name_after_participle(doc, tokens, at, offset, patterns, lang, nouns) -> Optional[tuple[int, int]]:
    """ "die 15 Kilometer südöstlich von Mossul am Westufer des Tigris gelegene Ortschaft X": the
    name after the participle and a place word, within the sentence."""
    sentence = tokens[at].sentence
    cues = toponym_table(lang)["place_cues"]
    j = at
    while j < len(tokens) and tokens[j].end <= offset.end:
        j += 1
    for k in range(j, min(len(tokens), j + 10)):
        if tokens[k].sentence != sentence:
            return None
        if patterns["attributive"].fullmatch(tokens[k].text):
            first = k + 1
            if first < len(tokens) and tokens[first].text in cues:
                first += 1
            if (
                first < len(tokens)
                and tokens[first].sentence == sentence
                and _name_token(tokens[first], lang, nouns, cues, _initial(tokens, first))
            ):
                return _name_span(doc, tokens, first, +1, lang, nouns, cues)
            return None
    return None


def _name_after_offset(doc, tokens, offset, patterns, lang, nouns) -> Optional[tuple[int, int]]:
    """The name a distance is measured from, after "von", "of", "der Hauptstadt" …"""
    glue = patterns["anchor_gap"].match(doc.text, offset.end)
    at = bisect_left([t.start for t in tokens], glue.end() if glue else offset.end)
    if at >= len(tokens) or tokens[at].start != (glue.end() if glue else offset.end):
        return None
    cues = toponym_table(lang)["place_cues"]
    if tokens[at].end > offset.end and _name_token(tokens[at], lang, nouns, cues, _initial(tokens, at)):
        return _name_span(doc, tokens, at, +1, lang, nouns, cues)
    return None


def _name_span(doc, tokens, j, step, lang, nouns, cues) -> tuple[int, int]:
    """The words of a name from token j on, backwards (step -1) or forwards (+1): names and
    the lower-case particles inside them (al, el, de), glued by single spaces."""
    first = last = j
    k = j + step
    while 0 <= k < len(tokens) and abs(k - j) < _NAME_WORDS and tokens[k].sentence == tokens[j].sentence:
        a, b = (tokens[k], tokens[k + 1]) if step < 0 else (tokens[k - 1], tokens[k])
        if doc.text[a.end : b.start] != " ":
            break
        if _name_token(tokens[k], lang, nouns, cues, _initial(tokens, k)):
            first, last = (k, last) if step < 0 else (first, k)
        elif not (tokens[k].text in CONNECTORS and tokens[k].text.islower()):
            break
        k += step
    return tokens[first].start, tokens[last].end


def with_stated_names(spans: list[Span], positions: Sequence[Position], doc: Segmented) -> list[Span]:
    """The spans, each name a position is stated for among them as one span: a name the finder
    missed ("Tel Shahir") or read in parts ("Kani" of "Kani Harami", "Hamam" and "al-Halil")
    becomes one candidate of a name the gazetteer lacks; so does the name a position is measured
    from, and the same name wherever else the article names it."""
    if not positions:
        return spans
    starts = [t.start for t in doc.tokens]
    for position in positions:
        spans = _one_span(spans, position.target, position, "a name with its position", doc, starts)
        if position.anchor is not None:
            spans = _one_span(spans, position.anchor, position, "a position is measured from it", doc, starts)
    named = {(s.start, s.end): s for s in spans if s.position is not None and s.unknown == "name"}
    for (start, end), span in named.items():
        for match in re.finditer(rf"(?<![\w-]){re.escape(doc.text[start:end])}(?![\w-])", doc.text):
            if match.start() != start:
                reason = "a name with its position elsewhere in the article"
                spans = _one_span(spans, match.span(), span.position, reason, doc, starts)
    return sorted(spans, key=lambda s: s.start)


def _one_span(
    spans: list[Span], where: tuple[int, int], position: Position, reason: str, doc, starts
) -> list[Span]:
    """The spans with the name at `where` as one span that carries the position: the finder's
    span if it is that name, else a new one in place of the spans inside it (none if a longer
    name overlaps it, or it does not begin and end with words)."""
    start, end = where
    same = next((s for s in spans if s.start == start and s.end == end), None)
    if same is not None:
        same.position = same.position or position
        return spans
    inside = [s for s in spans if start <= s.start and s.end <= end]
    first, last = bisect_left(starts, start), bisect_left(starts, end) - 1
    if (
        any(s.start < end and start < s.end for s in spans if s not in inside)
        or first >= len(starts)
        or starts[first] != start
        or doc.tokens[last].end != end
    ):
        return spans
    span = Span(first, last, start, end, [normalize(doc.text[start:end])], unknown="name", position=position)
    span.reasons.append(reason)
    return [s for s in spans if s not in inside] + [span]


# -- stage 4: placing ----------------------------------------------------------------------------


def place_by_positions(
    mentions: list[PlaceMention],
    positions: Sequence[Position],
    text: str,
    lang: str,
    lookup: Optional[Callable[[str], list[Place]]] = None,
) -> list[PlaceMention]:
    """The mentions (in text order), each one a position is stated for resolved in its light;
    see the module's docstring for the rules. `lookup` (a name's places, best first) finds the
    namesakes the candidates left out (`namesake`)."""
    if not positions:
        return mentions
    patterns = _patterns(lang)
    mentions = list(mentions)
    index = {(m.start, m.end): i for i, m in enumerate(mentions)}
    for position in sorted(positions, key=lambda p: p.offset.km):
        at = index.get(position.target)
        if at is None or mentions[at].role != "location":
            continue
        anchor_at = _anchor(mentions, position, text, patterns, at)
        if anchor_at is None:
            continue
        at = _the_town_before_its_area(mentions, at, text)
        target, anchor = mentions[at], mentions[anchor_at]
        if anchor.place is not None and anchor.place.kind in POINT_KINDS:
            if target.placing is None:  # (a nearer statement already placed it)
                mentions[at] = _placed(target, anchor.place, position.offset, lookup)
        elif (
            anchor.place is None
            and anchor.placing is None
            and target.place is not None
            and target.place.kind in POINT_KINDS
            and target.place.source != "relative"
        ):
            back = replace(position.offset, bearing=(position.offset.bearing + 180.0) % 360.0)
            back = replace(back, direction=compass(back.bearing))
            mentions[anchor_at] = _placed(anchor, target.place, back)
    return _same_name_alike(mentions)


def _same_name_alike(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Every mention of a name whose position the text stated once read in that light: "Kani
    Harami" named again is the same village, and "Konna" named again is still not at Bamako."""
    stated: dict[str, PlaceMention] = {}
    for mention in mentions:
        if mention.placing is not None and mention.placing.how == "relative":
            stated.setdefault(normalize(mention.text), mention)
    if not stated:
        return mentions
    result = []
    for mention in mentions:
        first = stated.get(normalize(mention.text)) if mention.role == "location" else None
        if first is not None and mention.placing is None:
            p = first.placing
            offset = Offset(first.start, first.end, p.km, p.bearing, p.direction, None)
            mention = _placed(mention, p.anchor, offset)
        result.append(mention)
    return result


def _the_town_before_its_area(mentions, at: int, text: str) -> int:
    """ "Louisville, Kentucky, about 35 miles south of …": the distance is the town's, not its
    state's."""
    target = mentions[at]
    if target.place is None or target.place.kind not in ("admin1", "country"):
        return at
    for i in range(at - 1, -1, -1):
        if mentions[i].role == "location":
            glue = text[mentions[i].end : target.start]
            return i if glue.strip() == "," else at
    return at


def _anchor(mentions, position, text, patterns, at) -> Optional[int]:
    """The mention the distance is measured from: the name after "von", "of", "der Hauptstadt"
    …, or for "der Stadt", "the city" the town the article named last before the target."""
    offset = position.offset
    if position.anaphoric:
        before = [
            i
            for i, m in enumerate(mentions[:at])
            if m.role == "location"
            and m.place is not None
            and m.place.kind in _SETTLEMENT_KINDS
            and not m.dateline
        ]
        return before[-1] if before else None
    for i, mention in enumerate(mentions):
        if i == at or mention.start < offset.end or mention.role != "location":
            continue
        if patterns["anchor_gap"].fullmatch(text, offset.end, mention.start):
            other = i + 1
            if (
                mention.place is None
                and other < len(mentions)
                and re.fullmatch(r"\s*\(\s*", text[mention.end : mentions[other].start])
                and text[mentions[other].end :].startswith(")")
            ):
                return other  # "south of Ayn-Kuru (Kobani)": the name in brackets is the one known
            return i
        if _BRACKETED_OTHER_NAME.fullmatch(text, offset.end, mention.start) and text[
            mention.end :
        ].startswith(")"):
            return i  # "west of ʿAyn al-ʿArab (Kobanî)": the name in brackets is the one known
        break
    return None


# An anchor named in a spelling the gazetteer lacks, then in brackets by one it knows.
_BRACKETED_OTHER_NAME = re.compile(r"\s*[^\s(),.;]+(?:[\s-]+[^\s(),.;]+){0,3}\s+\(")


def _placed(
    mention: PlaceMention,
    anchor: Place,
    offset: Offset,
    lookup: Optional[Callable[[str], list[Place]]] = None,
) -> PlaceMention:
    """The mention in the light of its stated position from `anchor`."""
    placing = Placing("relative", anchor, offset.km, offset.bearing, offset.direction)
    lat, lon = destination(anchor.lat, anchor.lon, offset.bearing, offset.km)
    tolerance = agreement_km(offset.km)
    said = f"{placing.phrase()}, as the text says"
    if mention.place is not None and mention.place.kind not in POINT_KINDS:
        return mention  # a state, a country, a river: the statement is about something else
    if mention.place is not None:
        km = distance_km(mention.place.lat, mention.place.lon, lat, lon)
        if km <= tolerance:
            return replace(mention, reasons=(*mention.reasons, f"{said}: {km:.0f} km from that point"))
    fitting = [
        c
        for c in mention.candidates
        if c.place.kind in POINT_KINDS and distance_km(c.place.lat, c.place.lon, lat, lon) <= tolerance
    ]
    chosen = fitting[0].place if fitting else namesake(mention.text, lat, lon, tolerance, lookup)
    if chosen is not None:
        km = distance_km(chosen.lat, chosen.lon, lat, lon)
        reason = f"{said}: {chosen.name} lies {km:.0f} km from that point"
        confidence = max(mention.confidence, RELATIVE_CONFIDENCE)
        candidates = mention.candidates if fitting else (*mention.candidates, Candidate(chosen, confidence))
        return replace(
            mention,
            place=chosen,
            confidence=confidence,
            candidates=candidates,
            reasons=(*mention.reasons, reason),
        )
    if (
        mention.place is not None
        and mention.confidence >= WEAK_BELOW
        and (
            mention.place.kind != "village"
            or abs(distance_km(anchor.lat, anchor.lon, mention.place.lat, mention.place.lon) - offset.km)
            <= tolerance
        )
    ):
        # a town keeps its reading (the anchor may be misread, a direction loosely given); a
        # village has namesakes everywhere: one at another distance from the anchor is another
        reason = f"{said}, {km:.0f} km from {mention.place.name}: the name's reading is kept"
        return replace(mention, reasons=(*mention.reasons, reason))
    if offset.km > PLACE_WITHIN_KM:
        reason = f"{said}: too far to draw from a compass direction"
        if mention.place is not None:
            reason += f"; no place of this name lies within {tolerance:.0f} km of it"
        return replace(mention, place=None, placing=placing, reasons=(*mention.reasons, reason))
    name = mention.text
    point = Place(
        id=f"relative:{anchor.id}:{normalize(name)}",
        name=name,
        lat=round(lat, 5),
        lon=round(lon, 5),
        kind=mention.cue if mention.cue in POINT_KINDS else "place",
        country=anchor.country,
        population=0,
        admin1=anchor.admin1,
        source="relative",
    )
    reason = (
        said
        if mention.place is None
        else f"{said}; {mention.place.name} lies farther than {tolerance:.0f} km"
    )
    return replace(
        mention,
        place=point,
        placing=placing,
        confidence=max(mention.confidence, RELATIVE_CONFIDENCE),
        reasons=(*mention.reasons, reason),
    )


@cache
def _qualifiers() -> tuple[tuple[str, ...], tuple[str, ...]]:
    table = json.loads((DATA_DIR / "name_qualifiers.json").read_text(encoding="utf-8"))
    return tuple(table["after"]), tuple(table["before"])


def namesake(
    name: str, lat: float, lon: float, tolerance: float, lookup: Optional[Callable[[str], list[Place]]]
) -> Optional[Place]:
    """A place the mention's candidates left out that lies by the stated point: the nearest of
    all the gazetteer's places of the name within `tolerance` km (a village of a common name
    has more namesakes than a mention keeps), else the nearest whose name is `name` with a word
    that sets namesakes apart (data/name_qualifiers.json: Shuyukh Fawqani, Velyka Novosilka,
    Upper X) within QUALIFIED_SHARE of it. A report often gives only the bare name, and where it
    states the position, the namesake by that point is the one it means."""
    if lookup is None:
        return None

    def nearest(names: Sequence[str], reach: float) -> Optional[Place]:
        near = [
            (distance_km(lat, lon, place.lat, place.lon), place.id, place)
            for full in names
            for place in lookup(full)
            if place.kind in POINT_KINDS
        ]
        near = [item for item in near if item[0] <= reach]
        return min(near)[2] if near else None

    after, before = _qualifiers()
    qualified = [f"{name} {word}" for word in after] + [f"{word} {name}" for word in before]
    return nearest([name], tolerance) or nearest(qualified, tolerance * QUALIFIED_SHARE)
