"""Which place a name means: ranking a name's gazetteer candidates.

A candidate's score has two parts. Its prior: its size (population, or for a country or state
the size such areas have), what its kind suggests (a country before a village), whether the
name is its own or only one of its many alternate names, how well it fits a cue word
(Dorf → village, Luftwaffenstützpunkt → air base) and whether it is Frontline's own checked
supplement. Its fit with the article (the focus): the other names of the article vote, each for
what it most likely means on its own, and a candidate gains for lying in the countries and
first-level divisions they point to and near the places they mean ("London" beside "Kentucky"
and "Laurel County" is London, Kentucky; beside nothing it is the capital).
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Iterable, NamedTuple, Optional, Sequence

from ..datafiles import DATA_DIR
from ..language.lexicon import exonyms_by_place
from .gazetteer import POINT_KINDS, Place, distance_km
from .mentions import Candidate
from .names import normalize, strip_article
from .spellings import final_y_spellings, german_spellings, plain_a_spellings

_STRONG_KINDS = frozenset({"country", "continent", "admin1"})
# How well a cue's kind fits a candidate's kind (cue kind → candidate kinds).
_KIND_FITS = {
    "city": {"city": 3.0, "town": 2.5, "village": 1.0, "admin2": 0.5},
    "town": {"town": 3.0, "city": 2.5, "village": 2.0},
    "village": {"village": 3.0, "town": 2.0, "city": 1.0, "place": 1.0},
    "place": {"city": 1.0, "town": 1.0, "village": 1.0, "place": 1.0},
    "admin1": {"admin1": 3.0, "region": 2.0, "admin2": 1.5},
    "admin2": {"admin2": 3.0, "admin1": 1.5, "region": 1.5},
    "region": {"region": 3.0, "admin1": 2.5, "admin2": 2.0},
    "airbase": {"airbase": 4.0, "town": 0.5, "village": 0.5},
    "crossing": {"crossing": 4.0, "town": 0.5},
    "river": {"river": 4.0},
    "country": {"country": 3.0},
}
# Prior on what a bare name means, by kind.
_KIND_PRIOR = {
    "country": 2.0, "continent": 1.5, "admin1": 1.2, "city": 0.4, "river": 0.5, "region": 0.5, "sea": 0.5,
    "town": 0.2, "admin2": 0.2, "crossing": 0.0, "airbase": 0.0, "village": -0.3, "place": -0.3,
    "island": 0.5, "lake": 0.3, "mountain": 0.0,
}  # fmt: skip
# Size an area stands for when its population is unknown (GeoNames gives states none): a state
# is named in the news as often as a large city.
# An airport or air base stands for the traffic or the war it sees: as often named as a town.
# A sea or ocean is named as often as a country: "the Pacific" is the ocean before any village;
# an island or a lake as often as a region (Luzon the island before the village in Mindanao), a
# mountain as a small town.
_AREA_SIZE = {
    "continent": 100_000_000, "country": 1_000_000, "admin1": 1_000_000, "sea": 1_000_000, "region": 100_000,
    "airbase": 100_000, "island": 100_000, "lake": 100_000, "mountain": 10_000,
}  # fmt: skip
_SIZE_WEIGHT = 0.5  # per power of ten of population
_ALTERNATE_ONLY = -1.0  # the name is only one of the candidate's alternate names
# A national capital is named far more often than its size says: it stands for its government
# ("Washington warned Moscow"), so bare "Washington" is the capital before the state. Capitals of
# small territories (George Town, Cayman Islands; Douglas, Isle of Man) do not stand for a
# government in the news: the weight is for capitals of CAPITAL_POPULATION or more.
_CAPITAL = 0.8
_CAPITAL_POPULATION = 100_000
# Weights of the article's fit (each multiplies a share between 0 and 1).
_COUNTRY_FIT = 1.5
_DIVISION_FIT = 2.0
_NEAR_FIT = 1.5
_NEAR_KM = 300.0
_LOCAL_FIT = 1.0  # ... and next to one of the article's towns (a village 5 km away, not 40)
_LOCAL_KM = 15.0
_CONTAINS_FIT = 1.5  # a country or state that holds the article's other places
_NAMED_COUNTRY_FIT = 1.0  # a place in a country the article names ("Canada" → London, Ontario)
_WITHIN_FIT = 4.0  # a place in the state or country named right after it ("Paris, Illinois")


# A look-alike: a village or small town (fewer than _LOOK_ALIKE_PEOPLE) that only one of its
# alternate names links to the text ("Konna" is an alternate name of Conna, a village in
# Ireland), in a country the article's other names give less than _LOOK_ALIKE_SHARE of their
# weight, while at least _FOCUS_NAMES other names give one country _FOCUS_SHARE or more ("Konna"
# in a report naming Mali, Bamako and Mopti). It is not what the text means, however it ranks:
# the name is read as one the gazetteer lacks. The alternate names of bigger towns are mostly
# their names in other languages (Venedig, Abbasiya for Yehud): they stay.
_LOOK_ALIKE_PEOPLE = 20_000
_LOOK_ALIKE_SHARE = 0.05
_FOCUS_SHARE = 0.5
_FOCUS_NAMES = 3
# Or, with this many other names, however they share out between countries (an article about
# Mali and France names both often; neither is Ireland).
_FOCUS_MANY_NAMES = 6

# A far homonym: a village or small town (fewer than _HOMONYM_PEOPLE, or of unknown size) of the
# name itself, more than _HOMONYM_KM from every place the article's other names give, in a
# country those names give less than _LOOK_ALIKE_SHARE of their weight, while they point to one
# country clearly (as for look-alikes). "Tilîk" among Kurdish villages east of Kobani is no
# village in the Philippines, "Habur" on the Turkish border no hamlet in Yemen: the gazetteer
# lacks the village the text means.
_HOMONYM_PEOPLE = 10_000
_HOMONYM_KM = 1_500.0
# A name the text calls a village ("his village, Celebi", "the village of X") lies near the
# places the report is about: a namesake this far from all of them is not the one meant.
_HOMONYM_VILLAGE_KM = 250.0
_FAR_TOWN_PEOPLE = 100_000  # a town smaller than this, far from all the article's towns, is a namesake

_NAMED_AFTER_CAPITAL = 2.0
# A settlement of the division's own name inside it is its seat (Zangilan, 7,500 people, of the
# Zangilan district) from this size up; a hamlet of that name is not
_SEAT_POPULATION = 2_000


def prior(place: Place, cue: Optional[str] = None, keys: Sequence[str] = (), seat: bool = False) -> float:
    """How likely a name means this place before the article's other names are considered.
    A `seat` shares the name with the division it lies in: the name is as much its own as the
    division's, whatever GeoNames calls it (Daraa, Dar‘ā)."""
    size = max(place.population, _AREA_SIZE.get(place.kind, 0) if not place.population else 0)
    s = math.log10(size + 10) * _SIZE_WEIGHT + _KIND_PRIOR.get(place.kind, 0.0)
    if cue:
        s += _KIND_FITS.get(cue, {}).get(place.kind, -1.0 if place.kind in _STRONG_KINDS else 0.0)
    if curated(place):
        s += 0.8
    own = not keys or seat or own_name(place, keys)
    if place.feature_code == "PPLC" and own and place.population >= _CAPITAL_POPULATION:
        s += _CAPITAL
    if not own:
        s += _ALTERNATE_ONLY
    return s


def look_alike(place: Place, keys: Sequence[str], focus: Focus) -> Optional[str]:
    """Why a candidate is a look-alike of the name (see _LOOK_ALIKE_PEOPLE), or None."""
    country, _share = focus.top_country(keys)
    if stray_village(place, keys, focus):
        return (
            f"{place.name} ({place.country}) is a village only Who's On First knows, "
            f"in a country the article does not point to (it points to {country})"
        )
    if place.population >= _LOOK_ALIKE_PEOPLE or not foreign_alternate(place, keys, focus):
        return None
    return (
        f"{place.name} ({place.country}) has this name only as an alternate name, "
        f"in a country the article does not point to (it points to {country})"
    )


def _focused_elsewhere(place: Place, keys: Sequence[str], focus: Focus) -> bool:
    """Whether the article's other names point to a country other than the candidate's: one
    country clearly (_FOCUS_SHARE of at least _FOCUS_NAMES names) or many names in all."""
    country, share = focus.top_country(keys)
    if country is None or country == place.country:
        return False
    names = focus.names(keys)
    return (share >= _FOCUS_SHARE and names >= _FOCUS_NAMES) or names >= _FOCUS_MANY_NAMES


def far_homonym(place: Place, keys: Sequence[str], focus: Focus, cue: Optional[str] = None) -> Optional[str]:
    """Why a candidate is a far homonym of the name (see _HOMONYM_PEOPLE), or None."""
    if (
        place.kind in _STRONG_KINDS
        or curated(place)
        or place.kind in ("admin1", "admin2", "region", "airport", "airbase")
    ):
        return None
    if cue == "village" and place.kind in POINT_KINDS and place.population < _FAR_TOWN_PEOPLE:
        # called a village or settlement, a town a continent away from all the article's towns
        # (Mirny in Yakutia for a settlement of the Kursk border) is a namesake the gazetteer
        # lacks; two towns at least, or of two far apart each would be the other's namesake
        nearest = focus.nearest_km(place, keys, at_least=2)
        if nearest is not None and nearest > _HOMONYM_KM:
            return f"{place.name} ({place.country}) lies {nearest:,.0f} km from the article's other places: not the village meant"
    if place.population >= _HOMONYM_PEOPLE:
        return None
    if cue == "village" or (minor_place(place) and place.country not in focus.local_countries(keys)):
        # a village, by its cue or because only Who's On First knows it in a country none of the
        # article's towns lie in: hundreds of kilometres from all of them it is a namesake
        # (Novyy Put' in Kherson for a village on the Kursk border; not Konna in an article on Mali);
        # another country's capital is often named for its government ("Ukrainische Truppen haben
        # Nowoprokopiwka befreit. Moskau schweigt."): no town to measure from
        nearest = focus.nearest_km(place, keys, capitals=False)
        if nearest is not None and nearest > _HOMONYM_VILLAGE_KM:
            return f"{place.name} ({place.country}) lies {nearest:,.0f} km from the article's other places: not the village meant"
        return None
    if (
        not _focused_elsewhere(place, keys, focus)
        or focus.country_share(place.country, keys) >= _LOOK_ALIKE_SHARE
    ):
        return None
    country, _share = focus.top_country(keys)
    nearest = focus.nearest_km(place, keys)
    if nearest is None or nearest <= _HOMONYM_KM:
        return None
    return (
        f"{place.name} ({place.country}) lies {nearest:,.0f} km from the article's other places, "
        f"in a country it does not point to (it points to {country})"
    )


def far_fallback(place: Place, keys: Sequence[str], focus: Focus) -> bool:
    """Whether a town that would stand in for a namesake found far away lies far from the
    article's towns too (Myrnyi in Crimea for the Mirny of the Kursk border): then neither."""
    if place.kind not in POINT_KINDS or place.population >= _FAR_TOWN_PEOPLE:
        return False
    nearest = focus.nearest_km(place, keys)
    return nearest is not None and nearest > _HOMONYM_VILLAGE_KM


def minor_place(place: Place) -> bool:
    """A village or quarter that only Who's On First knows (a gazetteer pack): thousands of
    hamlets share a name, so the text's other evidence weighs more than its mere existence."""
    return place.source == "wof" and place.kind in ("village", "place")


def stray_village(place: Place, keys: Sequence[str], focus: Focus) -> bool:
    """Whether a candidate is a minor place in a country the article's other names do not
    point to, while they clearly point to another ("Zuwayqat near Rawa": not the hamlet of that
    name in Syria). One other name is enough: a hamlet's own prior is weak."""
    if not minor_place(place) or place.population >= _LOOK_ALIKE_PEOPLE:
        return False
    # "Russian forces withdrew from Robotyne": a nation's adjective points to no country's hamlets
    country, share = focus.top_country(keys, located=True)
    if country is None or country == place.country or share < _FOCUS_SHARE:
        return False
    return focus.country_share(place.country, keys) < _LOOK_ALIKE_SHARE


def foreign_alternate(place: Place, keys: Sequence[str], focus: Focus) -> bool:
    """Whether only an alternate name links a candidate to the text while the article is
    clearly about another country than the candidate's (whatever the candidate's size: no
    fallback for a look-alike)."""
    if place.kind in _STRONG_KINDS or curated(place) or own_name(place, keys) or _spelt_alike(place, keys):
        return False
    if not _focused_elsewhere(place, keys, focus):
        return False
    return focus.country_share(place.country, keys) < _LOOK_ALIKE_SHARE


def fits_cue(place: Place, cue: str) -> bool:
    """Whether a cue word's kind allows the place at all (a village for "village", a state,
    region or district for "province")."""
    return _KIND_FITS.get(cue, {}).get(place.kind, 0.0) >= 1.5


def own_name(place: Place, keys: Sequence[str]) -> bool:
    """Whether one of the mention's keys is the place's own name (not only an alternate name).

    Countries, continents, curated places and airports count their listed names as their own:
    those lists are curated (Deutschland, USA, Bagdad) or made by rule from the airport's name
    (Heathrow), unlike the thousands of GeoNames alternate names that make "Missouri" a name of
    Bozeman. The own name's German spellings are its own too (Wuhledar for Vuhledar).
    """
    if place.kind in ("country", "continent") or curated(place) or place.source == "airportsdata":
        return True
    own = own_keys(place)
    return any(key in own or strip_article(key) in own for key in keys)


@lru_cache(maxsize=65536)
def own_keys(place: Place) -> frozenset[str]:
    """The keys of a place's own name: with and without its Arabic article, and the same for its
    German spellings (Wuhledar for Vuhledar, Rakka for Ar Raqqah) and its curated exonyms (Bagdad
    for Baghdad)."""
    name = normalize(place.name)
    names = {
        name,
        *german_spellings(name, place.country),
        *plain_a_spellings(name, place.country),
        *final_y_spellings(name, place.country),
        *exonyms_by_place().get(place.id, ()),
    }
    return frozenset({*names, *map(strip_article, names)})


def _spelt_alike(place: Place, keys: Sequence[str]) -> bool:
    """Whether a key is the place's own name but for a final h of Arabic transliteration
    (Basra, Basrah; Hilla, Hillah)."""
    own = strip_article(normalize(place.name)).removesuffix("h")
    return any(strip_article(key).removesuffix("h") == own for key in keys)


def rank_candidates(
    places: Sequence[Place],
    cue: Optional[str],
    focus: Focus,
    keys: Sequence[str] = (),
    within: Optional[Place] = None,
) -> list[Candidate]:
    """The candidates of one name, best first. `within` is a state or country the text puts the
    place in ("Paris, Illinois"; "Richmond, Virginia"): its places come first."""
    # a governorate named after its capital (Kirkuk, Aleppo, Homs) is meant only when a cue says
    # so, and so is a state named like its country's big city (Washington, New York) ...
    towns = {
        p.country
        for p in places
        if p.kind == "city" and p.population >= 100_000 and (own_name(p, keys) or _spelt_alike(p, keys))
    }
    # ... or like a town of some size inside it (Kherson). The press spellings we list for a
    # governorate are its capital's too, however GeoNames spells the town (Daraa, Dar‘ā).
    divisions = {(p.country, p.admin1) for p in places if p.kind == "admin1" and p.admin1}
    listed = {
        (p.country, p.admin1) for p in places if p.kind == "admin1" and p.admin1 and p.source == "frontline"
    }
    seats = {
        p.id
        for p in places
        if p.kind in ("city", "town", "village")
        and p.population >= _SEAT_POPULATION
        and (p.country, p.admin1) in divisions
        and ((p.country, p.admin1) in listed or own_name(p, keys) or _spelt_alike(p, keys))
    }
    seated = {(p.country, p.admin1) for p in places if p.id in seats}
    scored = [
        Candidate(
            place,
            prior(place, cue, keys, place.id in seats) + focus.bonus(place, keys) + _within(place, within),
        )
        for place in places
    ]
    # a region we curated is what the news means by its name, not a province of that name in
    # another country (Balkan, not Turkmenistan's Balkan province; Gaza, not Mozambique's)
    meant = {p.country for p in places if curated(p) and p.kind in ("region", "admin1")}
    if cue not in ("admin1", "admin2", "region"):
        scored = [
            Candidate(c.place, c.score - _NAMED_AFTER_CAPITAL)
            if c.place.kind in ("admin1", "admin2")
            and (
                c.place.country in towns
                or (c.place.country, c.place.admin1) in seated
                or (meant and not curated(c.place) and c.place.country not in meant)
            )
            else c
            for c in scored
        ]
    scored.sort(key=lambda c: -c.score)
    return scored


def rank_alone(places: Sequence[Place], cue: Optional[str], keys: Sequence[str] = ()) -> list[Candidate]:
    """rank_candidates with no article context (an empty Focus): what a name means on its own."""
    return list(_ranked_alone(tuple(places), cue, tuple(keys)))


@lru_cache(maxsize=8192)
def _ranked_alone(places: tuple[Place, ...], cue: Optional[str], keys: tuple[str, ...]) -> tuple:
    """Memoised, as it depends on the places' fields alone: every article ranks each of its names
    alone several times (first votes, anchors, lists, appositions), and the same names recur."""
    return tuple(rank_candidates(places, cue, Focus(), keys))


def lies_within(place: Place, area: Place) -> bool:
    """Whether a settlement lies in a country or a state ("Atlanta" in Georgia, the state)."""
    return _within(place, area) > 0


def _within(place: Place, area: Optional[Place]) -> float:
    if area is None or place.kind in ("country", "continent", "admin1") or place.country != area.country:
        return 0.0
    if area.kind == "country" or (area.admin1 is not None and place.admin1 == area.admin1):
        return _WITHIN_FIT
    return 0.0


def confidence_share(scored: Sequence[Candidate]) -> float:
    """How much of the candidates' combined weight the best one holds (softmax of scores)."""
    if not scored:
        return 0.0
    top = scored[0].score
    return 1.0 / sum(math.exp(c.score - top) for c in scored)


def _shares(scored: Sequence[Candidate]) -> list[float]:
    top = scored[0].score
    weights = [math.exp(c.score - top) for c in scored]
    total = sum(weights)
    return [w / total for w in weights]


class _Context(NamedTuple):
    """What the article's other names say (Focus._context): country and division shares, the
    points they likely mean, the countries they name, those points prepared for distances, and
    the country shares by the names of places alone (not nations' adjectives of forces)."""

    countries: dict
    divisions: dict
    points: dict
    named: frozenset
    prepared: tuple
    located: dict


@dataclass
class _Vote:
    """What one name of the article says about where the article is."""

    key: str
    countries: dict  # country code → share
    divisions: dict  # (country, admin1) → share
    point: Optional[tuple]  # (lat, lon, weight) of the local place it most likely means
    country: Optional[str] = None  # the country the name is, when it names a country
    point_country: Optional[str] = None  # the country of the local place it most likely means
    demonym: bool = False  # a nation's adjective (Russian forces): whose forces, not where
    capital: bool = False  # the local place it most likely means is a national capital


class Focus:
    """Where an article is about: the votes of its names, each for what it means on its own.

    A candidate's bonus leaves out the votes of its own name, so five mentions of "London" do
    not make London, England more likely by agreeing with themselves.
    """

    def __init__(
        self,
        votes: Sequence[_Vote] = (),
        countries_named: Iterable[str] = (),
        forces_named: Iterable[str] = (),
    ) -> None:
        self.votes = list(votes)
        self.named = Counter(c for c in countries_named if c)
        # the nations' adjectives of forces (Russian forces): whose forces act, not where
        self.forces_named = Counter(c for c in forces_named if c)
        self._cache: dict[str, tuple] = {}
        self._bonuses: dict[tuple[str, str], float] = {}
        # A long report names the same places thousands of times: identical votes are counted
        # once with their number, so the context costs the distinct names, not the mentions.
        self._distinct: dict[tuple, list] = {}
        for vote in self.votes:
            signature = (
                vote.key,
                tuple(vote.countries.items()),
                tuple(vote.divisions.items()),
                vote.point,
                vote.country,
                vote.demonym,
            )
            entry = self._distinct.setdefault(signature, [vote, 0])
            entry[1] += 1

    @classmethod
    def from_spans(
        cls, spans: Iterable, countries_named: Iterable[str] = (), forces_named: Iterable[str] = ()
    ) -> Focus:
        """Votes of the spans' names: first from their priors, then once more in the light of
        the others' first votes (a name that was ambiguous alone often is not in company)."""
        spans = [s for s in spans if getattr(s, "places", None)]
        named = [c for c in countries_named if c]
        first = cls(
            [_vote(s, rank_alone(s.places, getattr(s, "cue", None), s.keys)) for s in spans],
            named,
            forces_named,
        )
        votes = [_vote(s, rank_candidates(s.places, getattr(s, "cue", None), first, s.keys)) for s in spans]
        return cls(votes, named, forces_named)

    def bonus(self, place: Place, keys: Sequence[str] = ()) -> float:
        own = _own_key(keys)
        cached = self._bonuses.get((place.id, own))
        if cached is None:
            cached = self._bonuses[(place.id, own)] = self._bonus(place, own)
        return cached

    def _bonus(self, place: Place, own: str) -> float:
        context = self._context(own)
        countries, divisions, named, prepared = (
            context.countries,
            context.divisions,
            context.named,
            context.prepared,
        )
        bonus = 0.0
        if place.country and countries:
            bonus += _COUNTRY_FIT * countries.get(place.country, 0.0)
        if place.country in named and place.kind != "country":
            bonus += _NAMED_COUNTRY_FIT
        if place.kind in ("country", "continent"):
            if place.kind == "country" and place.country:
                bonus += _CONTAINS_FIT * countries.get(place.country, 0.0)
            return bonus
        if place.admin1 and divisions:
            bonus += _DIVISION_FIT * divisions.get((place.country, place.admin1), 0.0)
        if place.kind == "admin1":
            return bonus
        if prepared:
            near = local = 0.0
            for km, w in _distances(place, prepared):
                if w <= near and w <= local:
                    break  # the heaviest points come first: no lighter one can raise either maximum
                near = max(near, w * math.exp(-km / _NEAR_KM))
                # places a report names together lie together: a village next to one of its towns
                local = max(local, w * math.exp(-km / _LOCAL_KM))
            bonus += _NEAR_FIT * near + _LOCAL_FIT * local
        return bonus

    def nearest_km(
        self, place: Place, keys: Sequence[str] = (), at_least: int = 1, capitals: bool = True
    ) -> Optional[float]:
        """How far the place lies from the nearest town the article's other names likely mean
        (None when they name fewer than `at_least` towns); without `capitals`, not counting
        another country's capital, which a report names for its government ("Moskau schweigt")."""
        points = self._context(_own_key(keys)).points
        abroad = (
            set()
            if capitals
            else {
                vote.point[:2] for vote in self.votes if vote.capital and vote.point_country != place.country
            }
        )
        likely = [
            (lat, lon) for (lat, lon), weight in points.items() if weight >= 0.5 and (lat, lon) not in abroad
        ]
        if len(likely) < max(1, at_least):
            return None
        return min(distance_km(lat, lon, place.lat, place.lon) for lat, lon in likely)

    def local_countries(self, keys: Sequence[str] = ()) -> frozenset:
        """The countries of the towns the article's other names likely mean."""
        own = _own_key(keys)
        return frozenset(
            vote.point_country
            for vote, _n in self._distinct.values()
            if vote.point_country and vote.point[2] >= 0.5 and not (own and vote.key == own)
        )

    def country_share(self, country: Optional[str], keys: Sequence[str] = ()) -> float:
        """How much the article's other names point to a country (0 to 1)."""
        return self._context(_own_key(keys)).countries.get(country, 0.0)

    def names(self, keys: Sequence[str] = ()) -> int:
        """How many of the article's names (other than these keys') vote."""
        own = _own_key(keys)
        return sum(1 for vote in self.votes if not (own and vote.key == own)) + sum(self.named.values())

    def top_country(self, keys: Sequence[str] = (), located: bool = False) -> tuple[Optional[str], float]:
        """The country the article's other names point to most, and its share (0 to 1); `located`:
        by the names of places only, not by nations' adjectives (Russian forces fight abroad)."""
        context = self._context(_own_key(keys))
        countries = context.located if located else context.countries
        if not countries:
            return None, 0.0
        code = max(countries, key=lambda c: (countries[c], c))
        return code, countries[code]

    def _context(self, own: str) -> _Context:
        """Country shares, division shares and points of every vote but those of `own`; a point
        named several times counts with its likeliest reading (the nearness bonus is a maximum)."""
        cached = self._cache.get(own)
        if cached is not None:
            return cached
        countries: dict = defaultdict(float)
        divisions: dict = defaultdict(float)
        points: dict = {}
        named = set()
        total = 0.0
        located: dict = defaultdict(float)  # the same without demonyms: where, not whose forces
        for code, n in self.named.items():  # nations' adjectives
            countries[code] += n
            located[code] += max(0, n - self.forces_named.get(code, 0))  # not of forces
            total += n
        for vote, n in self._distinct.values():
            if own and vote.key == own:
                continue
            total += n
            if vote.country:
                named.add(vote.country)
            for code, share in vote.countries.items():
                countries[code] += share * n
                located[code] += 0.0 if vote.demonym else share * n
            for division, share in vote.divisions.items():
                divisions[division] += share * n
            if vote.point is not None:
                lat, lon, weight = vote.point
                points[(lat, lon)] = max(weight, points.get((lat, lon), 0.0))
        if total:
            countries = {c: v / total for c, v in countries.items()}
            located = {c: v / total for c, v in located.items() if v}
            divisions = {d: min(1.0, v / max(1.0, total * 0.5)) for d, v in divisions.items()}
        prepared = tuple(
            (math.radians(lat), math.radians(lon), math.cos(math.radians(lat)), w)
            for (lat, lon), w in sorted(points.items(), key=lambda point: -point[1])
        )
        result = _Context(dict(countries), dict(divisions), points, frozenset(named), prepared, dict(located))
        self._cache[own] = result
        return result


def _distances(place: Place, prepared: Sequence[tuple]):
    """(km, weight) from `place` to each point of `prepared` (latitude and longitude in radians,
    the cosine of the latitude, the weight): gazetteer.distance_km with the points' trigonometry
    done once per article, as every candidate of every name is measured against them."""
    lat, lon = math.radians(place.lat), math.radians(place.lon)
    cos_lat = math.cos(lat)
    for p_lat, p_lon, p_cos, weight in prepared:
        h = math.sin((lat - p_lat) / 2) ** 2 + cos_lat * p_cos * math.sin((lon - p_lon) / 2) ** 2
        yield 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h))), weight


def _own_key(keys: Sequence[str]) -> str:
    return keys[0] if keys else ""


def _vote(span, scored: Sequence[Candidate]) -> _Vote:
    """One name's vote: its candidates' shares summed by country and division, and where its
    most likely meaning lies if that is a town."""
    shares = _shares(scored)
    countries: dict = defaultdict(float)
    divisions: dict = defaultdict(float)
    for candidate, share in zip(scored, shares):
        place = candidate.place
        if place.country:
            countries[place.country] += share
            if place.admin1 and place.kind != "country":
                divisions[(place.country, place.admin1)] += share
    best, share = scored[0].place, shares[0]
    local = best.kind not in ("country", "continent", "admin1", "region")
    return _Vote(
        key=_own_key(span.keys),
        countries=dict(countries),
        divisions=dict(divisions),
        point=(best.lat, best.lon, share) if local else None,
        country=best.country if best.kind == "country" and share > 0.5 else None,
        point_country=best.country if local else None,
        demonym="demonym" in getattr(span, "reasons", ()),
        capital=local and best.feature_code == "PPLC",
    )


@cache
def short_forms() -> dict:
    """Abbreviations (Ky., B.C., NSW, DRC) and continent adjectives (European), from
    data/short_forms.json: what a given span stands for when it is not itself a name."""
    path = DATA_DIR / "short_forms.json"
    return json.loads(path.read_text(encoding="utf-8"))


def expand_short_form(surface: str, lang: str) -> Optional[tuple]:
    """(full name, country or None, kind) a short form stands for, or None."""
    table = short_forms()
    found = table["abbreviations"].get(surface.strip())
    if found:
        return tuple(found)
    word = surface.strip().lower()
    adjectives = table["area_demonyms"].get(lang, {})
    for ending in ("", "s", "e", "en", "er", "es", "em"):
        if word.endswith(ending) and word[: len(word) - len(ending)] in adjectives:
            return (adjectives[word[: len(word) - len(ending)]], None, "continent")
    return None


def curated(place: Place) -> bool:
    """A place from Frontline's own supplement (checked facts for what GeoNames lacks)."""
    return place.id.startswith("frontline:")
