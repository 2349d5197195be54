"""A named quarter of a town: "the Tamim district of Falluja", "the Jubail neighbourhood in
western Falluja", "Falluja's Askari quarter", "Nazal, a district on the southern side of the
city", "the Sina'a district just east of Falluja", "der Stadtteil Dschulan im Osten von
Falludscha". The fighting for a city is told quarter by quarter, and the quarters' names are
mostly missing from a gazetteer of settlements or belong to towns elsewhere (At-Ta'mim is also
the old name of Kirkuk's province; Al Jubayl a Saudi port), so a quarter must not leave its town.

Rule: a name that a quarter noun ties to a town (data/positions.json: quarter_nouns; English
after the name, German before it, also for a list of names; "the city", "der Stadt" mean the
town last named; after one of quarter_alone_nouns with no town, the town the article names last,
else next) keeps its gazetteer reading when that lies within QUARTER_SLACK_KM of the town's
built-up radius (parts.radius_km), or takes the candidate that does. Some readings stand
farther out: after a district noun (quarter_admin_nouns: "the Izium district of Kharkiv", the
district of the city's province) a town or administrative unit of the town's country within
DISTRICT_KM; after a suburb noun or on a side of the town ("Irpin, a suburb of Kyiv", "Bucha,
on the edge of Kyiv") one within SUBURB_KM; with the town only guessed, any in its country.
Otherwise the name is drawn in its town: at the part the text gives ("in western Falluja", "on
the southern side of", "im Osten von": PART_SHARE of the radius out, EDGE_SHARE for its
outskirts), just outside it for "just east of" (OUTSIDE_SHARE), else at the town's point;
flagged approximate, placed "part", the town its anchor. "The Kyiv suburb of Irpin" is the
other way round (a bigger town before the noun, the smaller near it after). A hill the gazetteer
lacks, told on a side of a town ("the Mishtenur hill south of Kobani"), is drawn just outside
it on that side (OUTSIDE_SHARE), with an id of its own. Only towns of parts.MIN_POPULATION or
more have quarters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Optional, Sequence

from ..language.lexicon import toponym_table
from .gazetteer import distance_km
from .mentions import PlaceMention, Placing
from .names import normalize
from .parts import EDGE_SHARE, MIN_POPULATION, PART_PREFIX, PART_SHARE, point_in_town, radius_km
from .place import Place
from .quarter_words import in_town_after
from .relative import compass, position_words
from .words import alternatives

QUARTER_PREFIX = "quarter:"  # the id of a quarter drawn here: quarter:<town id>:<name>
HILL_PREFIX = "hill:"  # … of a hill by a town: hill:<town id>:<name>
QUARTER_STEP_KM = 0.5  # named quarters this far apart are places apart (an axis step, a heading)
QUARTER_SLACK_KM = 3.0  # a quarter may lie this far beyond the town's estimated radius
DISTRICT_KM = 150.0  # "the Izium district of Kharkiv": a district of the town's province lies within
DISTRICT_SEAT_POPULATION = 5_000  # … and is an administrative unit, a town, or a village this big: its seat
SUBURB_KM = 40.0  # "Irpin, a suburb of Kyiv", "Bucha, on the north-western edge of Kyiv"
OUTSIDE_SHARE = 1.2  # "just east of": a little beyond the town's radius
_TOWNS = frozenset({"city", "town", "village"})
_AFTER = 140  # characters after a name the phrase may take
_TOWN_AFTER = 70  # … and within which its town follows it
_LIST_GLUE = re.compile(r"\s*(?:,|,?\s+(?:and|und|sowie|or|oder))\s*")
_ALONE_NOUNS = frozenset(
    w.lower() for lang in ("de", "en") for w in position_words(lang).get("quarter_alone_nouns", ())
)
_SUBURB_NOUNS = frozenset(
    w.lower() for lang in ("de", "en") for w in position_words(lang).get("quarter_suburb_nouns", ())
)
_EDGE_NOUNS = frozenset(
    w.lower() for lang in ("de", "en") for w in position_words(lang).get("edge_nouns", ())
)
_ADMIN_NOUNS = frozenset(
    w.lower() for lang in ("de", "en") for w in position_words(lang).get("quarter_admin_nouns", ())
)


@cache
def _patterns(lang: str) -> dict:
    words = position_words(lang)
    nouns = alternatives(sorted(words.get("quarter_nouns", ()), key=len, reverse=True))
    if not nouns:
        return {}
    adjectives = alternatives(sorted(words["part_directions"], key=len, reverse=True))
    compasses = alternatives(sorted(words["directions"], key=len, reverse=True))
    near = alternatives(words.get("near", ()))
    sides = alternatives(sorted([*words["part_nouns"], *words["edge_nouns"]], key=len, reverse=True))
    settlements = alternatives(sorted(words["the_settlement"], key=len, reverse=True))
    if lang == "de":
        endings = r"(?:e|en|er|es|em)?"
        regions = alternatives(sorted(words.get("region_directions", {}), key=len, reverse=True))
        tail = (
            rf"(?:im\s+(?P<region>{regions})\s+(?:von\s+)?"
            rf"|(?:im|in\s+der|in\s+den)\s+(?P<adj>{adjectives}){endings}\s+(?P<sidenoun>{sides})\s+(?:von\s+)?"
            rf"|(?:{near})\s+(?P<comp>{compasses})\s+(?:von\s+)?"
            rf"|(?:im|in\s+der)\s+(?:Zentrum|Stadtzentrum|Herzen|Mitte|Innenstadt)\s+(?:von\s+)?"
            rf"|(?:von|in|bei)\s+)"
        )
        the_town = rf"(?:der|dem)\s+(?:{settlements})\b"
        before = re.compile(rf"\b(?:(?P<adj>{adjectives}){endings}\s+)?(?P<noun>{nouns})\s+$")
        apposition = re.compile(
            rf"\s*,\s+(?:ein|einem|einen|der|dem|den)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{nouns})\s+",
            re.IGNORECASE,
        )
        share = re.compile(r"\b(?:ein|eine|einem|einen|zwei|drei|vier|halbe[nm]?)\s+$", re.IGNORECASE)
        return {
            "before": before,
            "apposition": apposition,
            "tail": _told_tail(tail, the_town),
            "share": share,
        }
    tail = (
        rf"(?:in\s+the\s+(?:center|centre|heart|middle)\s+of\s+"
        rf"|(?:in|of)\s+(?:the\s+(?:{settlements})\s+of\s+)?(?:(?P<adj>{adjectives})\s+)?"
        rf"|on\s+the\s+(?P<side>{adjectives})\s+(?P<sidenoun>{sides})\s+of\s+(?:the\s+(?:{settlements})\s+of\s+)?"
        rf"|(?:{near})\s+(?P<comp>{compasses})\s+of\s+)"
    )
    return {
        "noun_after": re.compile(rf"\s+(?P<noun>{nouns})\b\s*,?\s*", re.IGNORECASE),
        "apposition": re.compile(
            rf"\s*,\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{nouns})\s+", re.IGNORECASE
        ),
        "bare": re.compile(r"\s*,\s+"),
        "possessive": re.compile(rf"['’]s\s+(?:(?P<adj>{adjectives})\s+)?$", re.IGNORECASE),
        "tail": _told_tail(tail, rf"the\s+(?:{settlements})\b"),
    }


def _told_tail(tail: str, the_town: str) -> re.Pattern:
    """What follows a quarter's name and noun up to its town: "in western", "just east of",
    "im Osten von", or "the city" for the town named before."""
    return re.compile(rf"\s*(?:{tail})(?P<the>{the_town})?", re.IGNORECASE)


@cache
def _bearings(lang: str) -> dict[str, float]:
    words = position_words(lang)
    found: dict[str, float] = {}
    for table in ("part_directions", "directions", "region_directions"):
        for word, bearing in words.get(table, {}).items():
            found[word.lower()] = float(bearing)
    return found


def place_quarters(mentions: list[PlaceMention], text: str, lang: str) -> list[PlaceMention]:
    """The mentions, each name a quarter noun ties to a town kept in that town (see the module)."""
    patterns = _patterns(lang)
    if not patterns:
        return mentions
    out = list(mentions)
    named = _quarter_names(out, text, lang, patterns)
    quarters: dict[str, PlaceMention] = {}
    for at, mention in enumerate(out):
        if mention.role != "location" or (mention.placing is not None and mention.placing.how != "part"):
            continue
        found = (
            _quarter_of(out, at, text, lang, patterns, named)
            or _hill_of(out, at, text, lang)
            or _generic_of(out, at, text, lang)
        )
        if found is not None:
            out[at] = _in_town(mention, found)
            key = normalize(mention.text)
            if quarter(out[at]) and (key not in quarters or quarters[key].placing.km is None):
                quarters[key] = out[at]  # the one told with its direction, if any
    if quarters:  # "der Bezirk Karama … den Stadtteil Karama": one quarter, told twice
        out = [_as_told(m, quarters) for m in out]
    return out


def _generic_of(mentions, at: int, text: str, lang: str) -> Optional[_Told]:
    """A quarter every old town has, named by a common name (positions.json
    'generic_quarter_names': "Aleppo's historic Old City", "the Old City of Raqqa", "die Altstadt"):
    of the town a possessive names before it, or "of" after it, else of the town the article
    named last, else next; never Jerusalem's Old City in a report on Raqqa."""
    mention = mentions[at]
    if normalize(mention.text) not in _generic_names(lang):
        return None
    before = mentions[at - 1] if at else None
    after = mentions[at + 1] if at + 1 < len(mentions) else None
    if (
        before is not None
        and _town(before) is not None
        and re.fullmatch(r"['’]s\s+(?:\w+\s+)?", text[before.end : mention.start])
    ):
        town = before  # "Aleppo's historic Old City"
    elif (
        after is not None
        and _town(after) is not None
        and re.fullmatch(r"\s+of\s+", text[mention.end : after.start])
    ):
        town = after  # "the Old City of Raqqa"
    else:
        town = next((m for m in reversed(mentions[:at]) if _town(m) is not None and not quarter(m)), None)
        town = town or next((m for m in mentions[at + 1 :] if _town(m) is not None and not quarter(m)), None)
    return _told(town, None, None, None, text, lang, inferred=town not in (before, after)) if town else None


@cache
def _generic_names(lang: str) -> frozenset:
    return frozenset(normalize(n) for n in position_words(lang).get("generic_quarter_names", ()))


def _quarter_names(mentions: list[PlaceMention], text: str, lang: str, patterns: dict) -> frozenset:
    """The names the article puts with a quarter noun ("Stadtteil Karama", "the Hoz district",
    "die Stadtteile Gogdschali und Karama")."""
    names = set()
    for at in range(len(mentions)):
        first, last = _run(mentions, at, text)
        after = patterns.get("noun_after")
        found = (
            _lead(mentions[first], text, patterns) if after is None else after.match(text, mentions[last].end)
        )
        if found is not None:
            names.add(normalize(mentions[at].text))
    return frozenset(names)


def _run(mentions: list[PlaceMention], at: int, text: str) -> tuple[int, int]:
    """The first and last index of the list of names the mention at `at` stands in ("Gogdschali
    und Karama", "Jolan, Askari and Nazal"), or (at, at)."""
    first = last = at
    while first > 0 and _LIST_GLUE.fullmatch(text, mentions[first - 1].end, mentions[first].start):
        first -= 1
    while last + 1 < len(mentions) and _LIST_GLUE.fullmatch(
        text, mentions[last].end, mentions[last + 1].start
    ):
        last += 1
    return first, last


def _lead(mention: PlaceMention, text: str, patterns: dict):
    """The German quarter noun before a name ("den östlichen Stadtteil X"), but not a share of a
    town ("drei Viertel Mossuls") or a genitive after it."""
    lead = patterns["before"].search(text, max(0, mention.start - 40), mention.start)
    if lead is None or "genitive" in mention.reasons:
        return None
    share = patterns["share"].search(text, max(0, lead.start() - 12), lead.start())
    fraction = share is not None and lead.group("adj") is None and lead.group("noun").startswith("Viertel")
    return None if fraction else lead


def _as_told(mention: PlaceMention, quarters: dict[str, PlaceMention]) -> PlaceMention:
    """A mention of a name the article tells elsewhere as a quarter of a town, drawn there too
    unless it has a reading in that town or a point of its own."""
    told = quarters.get(normalize(mention.text))
    if told is None or told is mention or mention.role != "location":
        return mention
    if quarter(mention):  # told again without its direction: one point for one quarter
        same = mention.placing.anchor.id == told.placing.anchor.id and mention.placing.km is None
        if not same:
            return mention
        reason = f"drawn where the article tells it lies ({told.placing.phrase()})"
        return replace(mention, place=told.place, placing=told.placing, reasons=(*mention.reasons, reason))
    if mention.placing is not None:
        return mention
    town = told.placing.anchor
    place = mention.place
    if (
        place is not None
        and distance_km(place.lat, place.lon, town.lat, town.lon) <= radius_km(town) + QUARTER_SLACK_KM
    ):
        return mention
    reason = f"{told.place.name}, as the article tells it elsewhere: drawn where it is"
    return replace(
        mention, place=told.place, placing=told.placing, near=None, reasons=(*mention.reasons, reason)
    )


def _town(mention: Optional[PlaceMention]) -> Optional[Place]:
    """The town a mention names (the town of a part "the southern side of Falluja" names)."""
    if mention is None or mention.role != "location":
        return None
    town = (
        mention.placing.anchor
        if mention.placing is not None and mention.placing.how == "part"
        else mention.place
    )
    if town is None or town.kind not in _TOWNS or town.population < MIN_POPULATION:
        return None
    return town


def _quarter_of(mentions, at: int, text: str, lang: str, patterns: dict, named: frozenset):
    """How the name at `at` is told as a quarter of a town (_Told), or None;
    `named` holds the names a quarter noun goes with, which are no town to another quarter."""
    mention = mentions[at]
    first, last = _run(
        mentions, at, text
    )  # a list of quarters: the noun before the first, the town after the last
    following = mentions[last + 1] if last + 1 < len(mentions) else None
    name = normalize(mention.text)

    def town_like(m: PlaceMention) -> bool:
        return _town(m) is not None and not quarter(m) and normalize(m.text) not in named | {name}

    previous = next((m for m in reversed(mentions[:first]) if town_like(m)), None)
    end = mentions[last].end
    window = text[end : end + _AFTER]
    lead, lacking = None, False
    if lang == "de":
        lead = _lead(mentions[first], text, patterns)
        rest, noun = 0, lead.group("noun") if lead else None
        if lead is None:
            apposed = patterns["apposition"].match(window)
            if apposed is None:
                return None
            rest, noun = apposed.end(), apposed.group("noun")
    else:
        before = mentions[at - 1] if at else None
        possessive = _town(before) is not None and patterns["possessive"].fullmatch(
            text, before.end, mention.start
        )
        after = patterns["noun_after"].match(window)
        if possessive and after is not None:  # "Falluja's Askari quarter"
            return _told(before, possessive.group("adj"), None, after.group("noun"), text, lang)
        rest, noun = None, None
        for key in ("noun_after", "apposition", "bare"):
            match = patterns[key].match(window)
            if match is not None:
                rest, noun = match.end(), match.groupdict().get("noun")
                break
        lacking = mention.place is None and not mention.candidates and in_town_after(text, end)
        if rest is None and lacking:
            rest = 0  # "captured Sinaa in eastern Raqqa": a name the gazetteer lacks, taken in a town
        if rest is None:
            return None
    tail = patterns["tail"]
    told = tail.match(window, rest)
    town_mention = None
    if told is not None:
        if told.group("the"):
            town_mention = previous
        elif following is not None and following.start == end + told.end():
            town_mention = following
    if town_mention is not None and noun is None and not told.groupdict().get("side") and not lacking:
        return None  # "Azaz, in northern Aleppo" (the province): an apposition needs a quarter noun or a side
    if town_mention is not None and _town(town_mention) is not None:
        if _division_after(town_mention, text, lang):
            return None  # "the Kobani district of Aleppo province": the province, not the city
        if town_mention is following and _reversed(mention, town_mention):
            return None  # "the Kyiv suburb of Irpin": Irpin is the suburb, of Kyiv
        directed = (
            told.groupdict().get("adj") or told.groupdict().get("side") or told.groupdict().get("region")
        )
        if lang == "de" and lead is not None and not directed:
            directed = lead.group("adj")
        side = told.groupdict().get("sidenoun")
        return _told(town_mention, directed, told.groupdict().get("comp"), noun, text, lang, side)
    if noun is not None and noun.lower() in _ALONE_NOUNS:
        # "der Mossuler Stadtteil X", "den östlichen Stadtteil X", "the Hoz neighbourhood": a
        # quarter of the town its adjective names, else of the town the article named last (or,
        # with none, next)
        adjective = _adjective_before(mentions, first, lead.start(), text) if lead is not None else None
        town_mention = adjective or previous or next((m for m in mentions[last + 1 :] if town_like(m)), None)
        if town_mention is not None:
            adjective_dir = lead.group("adj") if lead is not None else None
            return _told(town_mention, adjective_dir, None, noun, text, lang, inferred=adjective is None)
    return None


def quarter_towns(mentions: Sequence[PlaceMention], indexes: Sequence[int]) -> set[int]:
    """Of the mentions at `indexes` (one sentence's), those that name the town a quarter named
    with them lies in: right after the quarter ("the Jolan district of Falluja") or right before
    it ("Falluja's Askari quarter"), not the same town named elsewhere in the sentence ("recaptured
    Falluja after fighting in the Jolan neighbourhood")."""
    found = set()
    for q in indexes:
        told = mentions[q]
        if not quarter(told):
            continue
        town = told.placing.anchor.id
        for i in indexes:
            m = mentions[i]
            if m.place is None or m.place.id != town or i == q:
                continue
            if 0 <= m.start - told.end <= _TOWN_AFTER or 0 <= told.start - m.end <= 3:
                found.add(i)
    return found


@cache
def _hill_patterns(lang: str) -> re.Pattern:
    """After a hill's name: its side of a town ("south of Kobani", "im Süden der Stadt")."""
    words = position_words(lang)
    compasses = alternatives(sorted(words["directions"], key=len, reverse=True))
    adjectives = alternatives(sorted(words["part_directions"], key=len, reverse=True))
    sides = alternatives(sorted([*words["part_nouns"], *words["edge_nouns"]], key=len, reverse=True))
    settlements = alternatives(sorted(words["the_settlement"], key=len, reverse=True))
    if lang == "de":
        regions = alternatives(sorted(words.get("region_directions", {}), key=len, reverse=True))
        return re.compile(
            rf"\s*,?\s*(?:im\s+(?P<region>{regions})\s+(?:von\s+)?|(?P<comp>{compasses})\s+(?:von\s+)?)"
            rf"(?P<the>(?:der|dem)\s+(?:{settlements})\b)?"
        )
    hills = alternatives(words.get("hill_nouns", ()))
    return re.compile(
        (rf"(?:\s+(?:{hills})\b)?" if hills else "") + rf"\s*,?\s*(?:(?:just|immediately|directly)\s+)?"
        rf"(?:(?P<comp>{compasses})\s+of\s+|on\s+the\s+(?P<side>{adjectives})\s+(?:{sides})\s+of\s+)"
        rf"(?P<the>the\s+(?:{settlements})\b)?",
        re.IGNORECASE,
    )


def _hill_of(mentions, at: int, text: str, lang: str) -> Optional[_Told]:
    """A hill the gazetteer lacks, told on a side of a town ("the Mishtanur hill south of Kobani",
    "der Mishtanur-Hügel im Süden der Stadt"): just outside the town on that side."""
    mention = mentions[at]
    if mention.cue != "mountain" or mention.place is not None or mention.placing is not None:
        return None
    told = _hill_patterns(lang).match(text, mention.end)
    if told is None:
        return None  # no side told: a hill by a town lies outside it, but on which side?
    named = next(
        (m for m in mentions[at + 1 :] if m.start >= told.end() and not text[told.end() : m.start].strip()),
        None,
    )
    if told.group("the") and named is None:  # "south of the city": the town named before
        town_mention = next((m for m in reversed(mentions[:at]) if _town(m) is not None), None)
    else:  # "south of Kobani", "im Süden der Stadt Kobane"
        town_mention = named
    if town_mention is None or _town(town_mention) is None:
        return None
    direction = told.groupdict().get("region") or told.groupdict().get("comp") or told.groupdict().get("side")
    bearing = _bearings(lang).get(direction.lower())
    town = _town(town_mention)
    phrase = text[town_mention.start : town_mention.end]
    return _Told(town, bearing, OUTSIDE_SHARE, 0.0, False, False, phrase, "hill")


def _reversed(mention: PlaceMention, town_mention: PlaceMention) -> bool:
    """ "the Kyiv suburb of Irpin", "the Baghdad district of Kadhimiya": the name before the
    quarter noun is a town bigger than the one after it, which lies near it."""
    big, small = mention.place, town_mention.place
    return (
        big is not None
        and small is not None
        and big.kind in _TOWNS
        and big.population >= max(MIN_POPULATION, small.population)
        and distance_km(big.lat, big.lon, small.lat, small.lon) <= SUBURB_KM
    )


def quarter(mention: PlaceMention) -> bool:
    """Whether a mention is drawn as a named quarter of a town, or a hill by it (its placing's
    anchor)."""
    return mention.place is not None and drawn_by_town(mention.place.id)


def drawn_by_town(place_id: Optional[str]) -> bool:
    """Whether a place id is one of a quarter or a hill drawn here: a place of its own, however
    near its town's point (control periods and axes keep it apart from the town)."""
    return bool(place_id) and place_id.startswith((QUARTER_PREFIX, HILL_PREFIX))


def within_town(town_id: Optional[str], place_id: Optional[str]) -> bool:
    """Whether a place id is a quarter or a part of the town `town_id` (quarter:<town id>:…,
    part:<town id>:…)."""
    return (
        bool(town_id)
        and bool(place_id)
        and place_id.startswith((f"{QUARTER_PREFIX}{town_id}:", f"{PART_PREFIX}{town_id}:"))
    )


def _adjective_before(mentions, at: int, start: int, text: str) -> Optional[PlaceMention]:
    """The town adjective right before a quarter noun ("der Mossuler Stadtteil")."""
    for mention in reversed(mentions[:at]):
        if mention.end > start:
            continue
        if start - mention.end > 3 or text[mention.end : start].strip():
            return None  # the nearest name before the noun is not right before it
        place = mention.place
        return mention if mention.role == "adjective" and place is not None and place.kind in _TOWNS else None
    return None


def _admin(noun: Optional[str]) -> bool:
    """Whether a quarter noun may also name an administrative district (Stadtbezirk, district)."""
    return noun is not None and noun.lower() in _ADMIN_NOUNS


def _division_after(mention: PlaceMention, text: str, lang: str) -> bool:
    """Whether a word for an administrative division follows the name ("Aleppo province")."""
    word = re.match(r"\s*(?:-\s*)?([^\W\d_]+)", text[mention.end : mention.end + 40])
    if word is None:
        return False
    cues = toponym_table(lang)["place_cues"]
    kind = cues.get(word.group(1)) or cues.get(word.group(1).lower())
    return kind is not None and kind.startswith("admin")


@dataclass(frozen=True)
class _Told:
    """A name told as a quarter (or suburb, or district) of `town`, on the side `bearing` (None:
    its centre) `share` of the town's radius out. A gazetteer reading of the name stands within
    `keep_km` of the town (in its country, for a district), or anywhere in the town's country when
    `country_wide` (no town was named with it: the article's town is a guess)."""

    town: Place
    bearing: Optional[float]
    share: float
    keep_km: float
    in_country: bool
    country_wide: bool
    phrase: str
    what: str = "quarter"  # or "hill": a hill by the town ("the Mishtanur hill south of Kobani")


def _told(
    town_mention: PlaceMention, directed, outside, noun, text: str, lang: str, side=None, inferred=False
):
    town = town_mention.place if town_mention.role == "adjective" else _town(town_mention)
    bearings = _bearings(lang)
    phrase = text[town_mention.start : town_mention.end]
    bearing, share = None, 0.0
    if outside:
        bearing, share = bearings.get(outside.lower()), OUTSIDE_SHARE
    elif directed:
        edge = side is not None and side.lower() in _EDGE_NOUNS
        bearing, share = bearings.get(directed.lower()), EDGE_SHARE if edge else PART_SHARE
    elif town_mention.placing is not None and town_mention.placing.how == "part":
        placing = town_mention.placing
        if placing.bearing is not None:
            bearing, share = placing.bearing, placing.km / max(radius_km(town), 0.1)
    keep_km = radius_km(town) * max(share, 1.0) + QUARTER_SLACK_KM
    lowered = noun.lower() if noun else None
    if lowered in _SUBURB_NOUNS or (noun is None and side is not None):
        keep_km = max(keep_km, SUBURB_KM)  # "Irpin, a suburb of Kyiv"; "Bucha, on the edge of Kyiv"
    if lowered in _ADMIN_NOUNS:
        keep_km = max(keep_km, DISTRICT_KM)  # "the Izium district of Kharkiv": of its province
    return _Told(town, bearing, share, keep_km, lowered in _ADMIN_NOUNS, inferred, phrase)


def _in_town(mention: PlaceMention, told: _Told) -> PlaceMention:
    """The mention kept in its town: its reading where the text allows it, else a candidate in
    the town, else drawn in the part of the town the text gives."""
    town, bearing, share, phrase = told.town, told.bearing, told.share, told.phrase
    radius = radius_km(town)
    reach = radius * max(share, 1.0) + QUARTER_SLACK_KM
    place = mention.place
    if place is not None:
        km = distance_km(place.lat, place.lon, town.lat, town.lon)
        home = place.country == town.country
        seat = (
            place.kind.startswith("admin")
            or place.kind in ("city", "town")
            or place.population >= DISTRICT_SEAT_POPULATION
        )
        district = home and seat if told.in_country else True
        if km <= reach or (km <= told.keep_km and district) or (told.country_wide and home):
            return mention  # a quarter the gazetteer knows, a suburb, a district of its province
    inside = [
        c.place
        for c in mention.candidates
        if c.place is not None and distance_km(c.place.lat, c.place.lon, town.lat, town.lon) <= reach
    ]
    if inside:
        chosen = min(inside, key=lambda p: distance_km(p.lat, p.lon, town.lat, town.lon))
        reason = f"a quarter of {town.name} ('{phrase}'): its reading there"
        return replace(mention, place=chosen, reasons=(*mention.reasons, reason))
    km = radius * share if bearing is not None else 0.0
    prefix = HILL_PREFIX if told.what == "hill" else QUARTER_PREFIX
    drawn = point_in_town(
        town, f"{prefix}{town.id}:{normalize(mention.text)}", f"{mention.text}, {town.name}", bearing, km
    )
    where = (
        f"{km:.1f} km {compass(bearing)} of the centre of {town.name}"
        if km
        else f"at the centre of {town.name}"
    )
    reason = f"a {told.what} of {town.name} ('{phrase}'), not in the gazetteer there: drawn {where}"
    placing = Placing("part", town, km, bearing, compass(bearing)) if km else Placing("part", town)
    return replace(mention, place=drawn, placing=placing, near=None, reasons=(*mention.reasons, reason))
