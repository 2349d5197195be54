"""A named quarter of a town: "the Tamim district of Falluja", "the Jubail neighbourhood in
western Falluja", "Falluja's Askari quarter", "Nazal, a district on the southern side of the
city", "the Sina'a district just east of Falluja", "der Stadtteil Dschulan im Osten von
Falludscha". The fighting for a city is told quarter by quarter, and the quarters' names are
mostly missing from a gazetteer of settlements or belong to towns elsewhere (At-Ta'mim is also
the old name of Kirkuk's province; Al Jubayl a Saudi port), so a quarter must not leave its town.

Rule: a name that a quarter noun ties to a town (data/positions.json: quarter_nouns; English
after the name, German before it; "the city", "der Stadt" mean the town last named; after one
of quarter_alone_nouns with no town, the town the article names last, else next) keeps its
reading when that lies within QUARTER_SLACK_KM of the town's built-up radius (parts.radius_km),
or takes the candidate that does; a district noun that may also mean the district around the
town (quarter_admin_nouns) keeps a reading of an administrative division within DISTRICT_KM. Otherwise the name is drawn in
its town: at the part the text gives ("in western Falluja", "on the southern side of",
"im Osten von": PART_SHARE of the radius out), just outside it for "just east of"
(OUTSIDE_SHARE), else at the town's point; flagged approximate, placed "part", the town its
anchor. Only towns of parts.MIN_POPULATION or more have quarters.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Optional

from ..language.lexicon import toponym_table
from .gazetteer import distance_km
from .mentions import PlaceMention, Placing
from .names import normalize
from .parts import MIN_POPULATION, PART_SHARE, radius_km
from .place import Place
from .relative import compass, destination, position_words
from .words import alternatives

QUARTER_PREFIX = "quarter:"  # the id of a quarter drawn here: quarter:<town id>:<name>
QUARTER_SLACK_KM = 3.0  # a quarter may lie this far beyond the town's estimated radius
DISTRICT_KM = 60.0  # a district of that name around the town (an administrative one) lies within
OUTSIDE_SHARE = 1.2  # "just east of": a little beyond the town's radius
_TOWNS = frozenset({"city", "town", "village"})
_AFTER = 140  # characters after a name the phrase may take
_LIST_GLUE = re.compile(r"\s*(?:,|,?\s+(?:and|und|sowie|or|oder))\s*")
_ALONE_NOUNS = frozenset(
    w.lower() for lang in ("de", "en") for w in position_words(lang).get("quarter_alone_nouns", ())
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
            rf"|(?:im|in\s+der|in\s+den)\s+(?P<adj>{adjectives}){endings}\s+(?:{sides})\s+(?:von\s+)?"
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
            "tail": tail,
            "the_town": the_town,
            "share": share,
        }
    tail = (
        rf"(?:in\s+the\s+(?:center|centre|heart|middle)\s+of\s+"
        rf"|(?:in|of)\s+(?:the\s+(?:{settlements})\s+of\s+)?(?:(?P<adj>{adjectives})\s+)?"
        rf"|on\s+the\s+(?P<side>{adjectives})\s+(?:{sides})\s+of\s+(?:the\s+(?:{settlements})\s+of\s+)?"
        rf"|(?:{near})\s+(?P<comp>{compasses})\s+of\s+)"
    )
    return {
        "noun_after": re.compile(rf"\s+(?P<noun>{nouns})\b\s*,?\s*", re.IGNORECASE),
        "apposition": re.compile(
            rf"\s*,\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{nouns})\s+", re.IGNORECASE
        ),
        "bare": re.compile(r"\s*,\s+"),
        "possessive": re.compile(rf"['’]s\s+(?:(?P<adj>{adjectives})\s+)?$", re.IGNORECASE),
        "tail": tail,
        "the_town": rf"the\s+(?:{settlements})\b",
    }


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
        found = _quarter_of(out, at, text, lang, patterns, named)
        if found is not None:
            out[at] = _in_town(mention, *found)
            key = normalize(mention.text)
            if quarter(out[at]) and (key not in quarters or quarters[key].placing.km is None):
                quarters[key] = out[at]  # the one told with its direction, if any
    if quarters:  # "der Bezirk Karama … den Stadtteil Karama": one quarter, told twice
        out = [_as_told(m, quarters) for m in out]
    return out


def _quarter_names(mentions: list[PlaceMention], text: str, lang: str, patterns: dict) -> frozenset:
    """The names the article puts with a quarter noun ("Stadtteil Karama", "the Hoz district",
    "die Stadtteile Gogdschali und Karama")."""
    names = set()
    for at in range(len(mentions)):
        first, last = _run(mentions, at, text)
        de = lang == "de"
        found = (
            _lead(mentions[first], text, patterns)
            if de
            else patterns["noun_after"].match(text, mentions[last].end)
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
    reason = f"the quarter of {town.name} the article names: drawn where it is"
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
    """(town, bearing, share, noun, phrase) when the name at `at` is told as a quarter of a town;
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
    lead = None
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
        if rest is None:
            return None
    tail = re.compile(rf"\s*(?:{patterns['tail']})(?P<the>{patterns['the_town']})?", re.IGNORECASE)
    told = tail.match(window, rest)
    town_mention = None
    if told is not None:
        if told.group("the"):
            town_mention = previous
        elif following is not None and following.start == end + told.end():
            town_mention = following
    if town_mention is not None and noun is None and not told.groupdict().get("side"):
        return None  # "Azaz, in northern Aleppo" (the province): an apposition needs a quarter noun or a side
    if town_mention is not None and _town(town_mention) is not None:
        if _division_after(town_mention, text, lang):
            return None  # "the Kobani district of Aleppo province": the province, not the city
        directed = (
            told.groupdict().get("adj") or told.groupdict().get("side") or told.groupdict().get("region")
        )
        if lang == "de" and lead is not None and not directed:
            directed = lead.group("adj")
        return _told(town_mention, directed, told.groupdict().get("comp"), noun, text, lang)
    if noun is not None and noun.lower() in _ALONE_NOUNS:
        # "der Mossuler Stadtteil X", "den östlichen Stadtteil X", "the Hoz neighbourhood": a
        # quarter of the town its adjective names, else of the town the article named last (or,
        # with none, next)
        adjective = _adjective_before(mentions, first, lead.start(), text) if lead is not None else None
        town_mention = adjective or previous or next((m for m in mentions[last + 1 :] if town_like(m)), None)
        if town_mention is not None:
            return _told(
                town_mention, lead.group("adj") if lead is not None else None, None, noun, text, lang
            )
    return None


def quarter(mention: PlaceMention) -> bool:
    """Whether a mention is drawn as a named quarter of a town (its placing's anchor)."""
    return mention.place is not None and mention.place.id.startswith(QUARTER_PREFIX)


def _adjective_before(mentions, at: int, start: int, text: str) -> Optional[PlaceMention]:
    """The town adjective right before a quarter noun ("der Mossuler Stadtteil")."""
    for mention in reversed(mentions[:at]):
        if mention.end <= start and not text[mention.end : start].strip():
            place = mention.place
            if mention.role == "adjective" and place is not None and place.kind in _TOWNS:
                return mention
            return None
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


def _told(town_mention: PlaceMention, directed, outside, noun, text: str, lang: str):
    town = town_mention.place if town_mention.role == "adjective" else _town(town_mention)
    bearings = _bearings(lang)
    phrase = text[town_mention.start : town_mention.end]
    if outside:
        return town, bearings.get(outside.lower()), OUTSIDE_SHARE, noun, phrase
    if directed:
        return town, bearings.get(directed.lower()), PART_SHARE, noun, phrase
    placing = town_mention.placing
    if placing is not None and placing.how == "part" and placing.bearing is not None:
        return town, placing.bearing, placing.km / max(radius_km(town), 0.1), noun, phrase
    return town, None, 0.0, noun, phrase


def _in_town(mention: PlaceMention, town: Place, bearing, share: float, noun, phrase: str) -> PlaceMention:
    """The mention kept in `town`: its reading or candidate there, else drawn in its part."""
    radius = radius_km(town)
    reach = radius * max(share, 1.0) + QUARTER_SLACK_KM
    place = mention.place
    if place is not None and distance_km(place.lat, place.lon, town.lat, town.lon) <= reach:
        return mention
    if (
        _admin(noun)
        and place is not None
        and place.kind.startswith("admin")
        and distance_km(place.lat, place.lon, town.lat, town.lon) <= DISTRICT_KM
    ):
        return mention  # the district around the town, as the gazetteer holds it
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
    lat, lon = destination(town.lat, town.lon, bearing, km) if km else (town.lat, town.lon)
    quarter = Place(
        id=f"{QUARTER_PREFIX}{town.id}:{normalize(mention.text)}",
        name=f"{mention.text}, {town.name}",
        lat=round(lat, 5),
        lon=round(lon, 5),
        kind="place",
        country=town.country,
        population=0,
        admin1=town.admin1,
        source="part",
    )
    where = (
        f"{km:.1f} km {compass(bearing)} of the centre of {town.name}"
        if km
        else f"at the centre of {town.name}"
    )
    reason = f"a quarter of {town.name} ('{phrase}'), not in the gazetteer there: drawn {where}"
    placing = Placing("part", town, km, bearing, compass(bearing)) if km else Placing("part", town)
    return replace(mention, place=quarter, placing=placing, near=None, reasons=(*mention.reasons, reason))
