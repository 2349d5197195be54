"""The part of a town a report means: "die östlichen Viertel Kobanes", "the eastern part of
Mariupol", "the western outskirts of Kherson". The fighting for a city moves from quarter to
quarter; a point at the city's centre would put the eastern districts' fall in its middle.

Rule: a town named right after a compass adjective and a word for a part of it (data/
positions.json: part_directions, part_nouns, edge_nouns; "of", "von", "der Stadt" may stand
between) is drawn that way from its point, PART_SHARE of its built-up radius out, or EDGE_SHARE
for the outskirts. The radius is that of a disc holding the population at 5,000 people per km²
(RADIUS_KM_PER_SQRT_THOUSAND, between MIN_RADIUS_KM and MAX_RADIUS_KM): 1.8 km for a town of
50,000, 3.8 km for 230,000, 10 km for 1.7 million. A rough rule of where a quarter lies, not a
map of quarters; the point is approximate, placed "part", with the town as its anchor. Only
towns of MIN_POPULATION or more have parts drawn, and not a name that opens a list (the
districts are the places listed).
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from functools import cache
from typing import Optional

from .gazetteer import Place
from .mentions import PlaceMention, Placing
from .relative import compass, destination, position_words
from .words import alternatives

RADIUS_KM_PER_SQRT_THOUSAND = 0.252  # sqrt(1000 / (5000 * pi)): a disc at 5,000 people per km²
MIN_RADIUS_KM = 1.0
MAX_RADIUS_KM = 12.0
PART_SHARE = 0.5  # the eastern districts: half-way out to the east
EDGE_SHARE = 0.9  # the eastern outskirts: near the edge
MIN_POPULATION = 40_000  # a smaller town's quarters are no separate places at a map's scale
_LIST_GLUE = re.compile(r"\s*(?:,|,?\s+(?:and|und|sowie|or|oder))\s*")
PART_PREFIX = "part:"  # the id of a part drawn here: part:<town id>:<direction>[:edge]
_TOWNS = frozenset({"city", "town", "village"})
_SETTLEMENTS = _TOWNS | {"place", "quarter"}
_POSSESSIVE = re.compile(r"['’]s\b")
_WINDOW = 80  # characters before a name the phrase may take


def _part_phrase(lang: str) -> Optional[str]:
    """The words of a part of a town, as a pattern: a compass adjective and a part noun
    ("the eastern part", "die östlichen Viertel"); None when the language has none."""
    words = position_words(lang)
    directions = sorted(words.get("part_directions", {}), key=len, reverse=True)
    nouns = list(words.get("part_nouns", ())) + list(words.get("edge_nouns", ()))
    if not directions or not nouns:
        return None
    # German adjectives decline: östliche, östlichen, östlicher; English ones do not
    endings = r"(?:e|en|er|es|em)?" if lang == "de" else ""
    return (
        rf"\b(?P<dir>{alternatives(directions)}){endings}\s+"
        rf"(?P<noun>{alternatives(sorted(nouns, key=len, reverse=True))})"
    )


@cache
def _pattern(lang: str) -> re.Pattern:
    phrase = _part_phrase(lang)
    if phrase is None:
        return re.compile(r"(?!)")
    settlements = alternatives(position_words(lang)["the_settlement"])
    glue = (
        rf"(?:\s+(?:von|vom|der|des)(?:\s+(?:{settlements}))?)?"
        if lang == "de"
        else rf"\s+of(?:\s+the\s+(?:{settlements})\s+of)?"
    )
    return re.compile(rf"{phrase}{glue}\s+$", re.IGNORECASE)


@cache
def _words(lang: str) -> tuple[dict[str, float], frozenset[str]]:
    words = position_words(lang)
    bearings = {k.lower(): float(v) for k, v in words.get("part_directions", {}).items()}
    return bearings, frozenset(n.lower() for n in words.get("edge_nouns", ()))


def place_parts(mentions: list[PlaceMention], text: str, lang: str) -> list[PlaceMention]:
    """The mentions, each town a phrase names a part of drawn at that part (see the module)."""
    pattern = _pattern(lang)
    bearings, edges = _words(lang)
    result = []
    for at, mention in enumerate(mentions):
        town = mention.place
        if (
            mention.role != "location"
            or mention.placing is not None
            or town is None
            or town.kind not in _TOWNS
            or town.population < MIN_POPULATION
            or _listed(mentions, at, text)
        ):
            result.append(mention)
            continue
        match = pattern.search(text, max(0, mention.start - _WINDOW), mention.start)
        if match is None:
            result.append(mention)
            continue
        bearing = bearings[match.group("dir").lower()]
        edge = match.group("noun").lower() in edges
        km = radius_km(town) * (EDGE_SHARE if edge else PART_SHARE)
        result.append(_at_part(mention, town, bearing, km, match.group(0).strip(), edge))
    return result


def _listed(mentions: list[PlaceMention], at: int, text: str) -> bool:
    """Whether the name goes on a list ("the eastern districts of Khalidiya and Husaybah"): the
    districts are the places named, not parts of the first one."""
    following = next((m for m in mentions[at + 1 :] if m.role == "location"), None)
    return following is not None and bool(_LIST_GLUE.fullmatch(text, mentions[at].end, following.start))


def radius_km(town: Place) -> float:
    """The radius of a town's built-up area, estimated from its population."""
    radius = RADIUS_KM_PER_SQRT_THOUSAND * math.sqrt(max(town.population, 0) / 1000.0)
    return min(MAX_RADIUS_KM, max(MIN_RADIUS_KM, radius))


def _at_part(
    mention: PlaceMention, town: Place, bearing: float, km: float, phrase: str, edge: bool
) -> PlaceMention:
    direction = compass(bearing)
    part = point_in_town(
        town,
        f"{PART_PREFIX}{town.id}:{direction}{':edge' if edge else ''}",
        f"{town.name} ({direction} {'outskirts' if edge else 'part'})",
        bearing,
        km,
    )
    reason = f"'{phrase} {mention.text}': drawn {km:.1f} km {direction} of the centre of {town.name}"
    return replace(
        mention,
        place=part,
        placing=Placing("part", town, km, bearing, direction),
        reasons=(*mention.reasons, reason),
    )


def point_in_town(town: Place, place_id: str, name: str, bearing: Optional[float], km: float) -> Place:
    """An approximate point `km` from a town's point towards `bearing` (its point itself for
    none): a part of the town, a quarter or a hill by it, placed "part" with the town's country."""
    lat, lon = (
        destination(town.lat, town.lon, bearing, km) if bearing is not None and km else (town.lat, town.lon)
    )
    return Place(
        id=place_id,
        name=name,
        lat=round(lat, 5),
        lon=round(lon, 5),
        kind="place",
        country=town.country,
        population=0,
        admin1=town.admin1,
        source="part",
    )


@cache
def _back_pattern(lang: str) -> re.Pattern:
    """ "the eastern part of the city", "im östlichen Teil der Stadt": a part of a town the text
    does not name again (no name follows the town noun)."""
    phrase = _part_phrase(lang)
    if phrase is None:
        return re.compile(r"(?!)")
    towns = alternatives(position_words(lang)["the_settlement"])
    glue = r"\s+(?:der|dieser)\s+" if lang == "de" else r"\s+of\s+the\s+"
    return re.compile(rf"{phrase}{glue}(?:{towns})\b(?!\s+(?:of\s+)?(?-i:[A-ZÄÖÜ]))", re.IGNORECASE)


def parts_told_back(mentions: list[PlaceMention], doc, lang: str) -> list[PlaceMention]:
    """The parts of a town a report names by pointing back to it ("Kadyrov said his forces had
    cleared the eastern part of the city"): a mention of its own, drawn as place_parts draws
    "the eastern part of Mariupol", at the settlement the article named last before it, in that
    sentence or the one before. None when that is a village or a quarter (the part is of
    nothing a map shows apart), a part already, a capital (it speaks for its state: "Moscow
    said", "told reporters in Baghdad"): the town stays the event's place, as without this
    rule. A name that owns what follows ("Moscow's forces", "Kharkiv's mayor") is no town meant."""
    pattern = _back_pattern(lang)
    bearings, edges = _words(lang)
    added = []
    for match in pattern.finditer(doc.text):
        if any(m.start <= match.start() < m.end for m in mentions):
            continue
        sentence = doc.sentence_of(match.start())
        named = [
            m
            for m in mentions
            if m.end <= match.start()
            and m.role == "location"
            and m.sentence is not None
            and sentence - 1 <= m.sentence <= sentence
            and m.place is not None
            and m.place.kind in _SETTLEMENTS
            and not _POSSESSIVE.match(
                doc.text, m.end
            )  # "Moscow's forces", "Kharkiv's mayor": not the town meant
        ]
        if not named:
            continue
        anchor = named[-1]  # the town the text named last: no other reached back for
        town = anchor.place
        if (
            anchor.placing is not None
            or town.kind not in _TOWNS
            or town.population < MIN_POPULATION
            or town.feature_code == "PPLC"  # "Moscow said", "in Baghdad": a capital speaks for its state
        ):
            continue
        bearing = bearings[match.group("dir").lower()]
        edge = match.group("noun").lower() in edges
        km = radius_km(town) * (EDGE_SHARE if edge else PART_SHARE)
        told = PlaceMention(
            match.group(0), match.start(), match.end(), sentence, "location", None, anchor.confidence
        )
        added.append(_at_part(told, town, bearing, km, match.group(0), edge))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


@cache
def _edge_words() -> str:
    """The words for a town's edge of both languages, as one alternation (longest first)."""
    nouns = {noun for lang in ("de", "en") for noun in position_words(lang).get("edge_nouns", ())}
    return alternatives(sorted(nouns, key=len, reverse=True))


@cache
def _edge_pattern() -> re.Pattern:
    return re.compile(
        rf"\b(?:{_edge_words()})\s+(?:(?:of|to|von|vom|der|den|des|the|city|town|Stadt)\s+){{0,3}}(?P<name>\S+)"
    )


def at_edge(text: str, name: str) -> bool:
    """Whether the text puts the name after a word for a town's edge ("the outskirts of
    Stepanakert", "den Stadtrand von Pokrowsk", "vor den Toren Kiews"): a force there has
    reached the town, not taken it."""
    return any(m.group("name").startswith(name) for m in _edge_pattern().finditer(text))


def at_edge_of_the_town(text: str) -> bool:
    """Whether the text puts a noun pointing back to a town after a word for its edge ("reaching
    the outskirts of the city", "erreichten den Stadtrand der Stadt"), with no name of its own after
    it ("the outskirts of the town of Sirte" names it)."""
    return _edge_of_town_pattern().search(text) is not None


@cache
def _edge_of_town_pattern() -> re.Pattern:
    return re.compile(
        rf"\b(?:{_edge_words()})\s+(?:of\s+|von\s+)?"
        r"(?:the\s+|der\s+|des\s+)?(?:city|town|village|Stadt|Ortes|Dorfes|Ortschaft)\b"
        r"(?!\s+(?:of\s+|von\s+)?(?:the\s+)?[A-ZÄÖÜ])"
    )
