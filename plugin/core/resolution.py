"""Which place a name means: ranking a name's gazetteer candidates.

A candidate's score adds its size (population), what its kind suggests (a country before a
village), how well it fits a cue word (Dorf → village, Luftwaffenstützpunkt → air base),
whether it is Frontline's own checked supplement, and the article's geographic focus (the
countries named in it and the centre of its unambiguous places).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Optional, Sequence

from .gazetteer import Place

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
    "country": 2.0, "continent": 1.5, "admin1": 1.2, "city": 0.4, "river": 0.5, "region": 0.5,
    "town": 0.2, "admin2": 0.2, "crossing": 0.0, "airbase": 0.0, "village": -0.3, "place": -0.3,
}  # fmt: skip


@dataclass(frozen=True)
class Candidate:
    place: Place
    score: float

    def to_record(self) -> dict:
        p = self.place
        return {
            "id": p.id, "name": p.name, "lat": p.lat, "lon": p.lon, "kind": p.kind,
            "country": p.country, "population": p.population, "score": round(self.score, 3),
        }  # fmt: skip


def rank_candidates(
    places: Sequence[Place], cue: Optional[str], focus: Focus, keys: Sequence[str] = ()
) -> list[Candidate]:
    """The candidates of one name, best first."""
    scored = []
    for place in places:
        s = math.log10(place.population + 10) * 0.5 + _KIND_PRIOR.get(place.kind, 0.0)
        if cue:
            s += _KIND_FITS.get(cue, {}).get(place.kind, -1.0 if place.kind in _STRONG_KINDS else 0.0)
        if curated(place):
            s += 0.8
        s += focus.bonus(place)
        scored.append(Candidate(place, s))
    scored.sort(key=lambda c: -c.score)
    return scored


def confidence_share(scored: Sequence[Candidate]) -> float:
    """How much of the candidates' combined weight the best one holds (softmax of scores)."""
    if not scored:
        return 0.0
    top = scored[0].score
    return 1.0 / sum(math.exp(c.score - top) for c in scored)


class Focus:
    """Where an article is about: the countries and the centre of its unambiguous places."""

    def __init__(self, countries: Counter, lat: Optional[float], lon: Optional[float]) -> None:
        self.countries = countries
        self.lat = lat
        self.lon = lon
        total = sum(countries.values())
        self.top = {code: n / total for code, n in countries.items()} if total else {}

    @classmethod
    def from_spans(cls, spans: Iterable, countries_named: Iterable[str] = ()) -> Focus:
        """Countries: those named outright (irakische, Syrien) and those every candidate of a
        name lies in. Centre: the median of names whose candidates all lie close together."""
        countries: Counter = Counter(countries_named)
        points = []
        for span in spans:
            if not span.places:
                continue
            codes = {p.country for p in span.places}
            best = max(span.places, key=lambda p: (p.kind in _STRONG_KINDS, p.population))
            if (len(codes) == 1 and best.country) or (best.kind in _STRONG_KINDS and best.country):
                countries[best.country] += 1
            local = [p for p in span.places if p.kind not in ("country", "continent", "admin1")]
            if local and all(_distance_km(local[0].lat, local[0].lon, p.lat, p.lon) < 50 for p in local):
                points.append((local[0].lat, local[0].lon))
        if points:
            lat = sorted(p[0] for p in points)[len(points) // 2]
            lon = sorted(p[1] for p in points)[len(points) // 2]
        else:
            lat = lon = None
        return cls(countries, lat, lon)

    def bonus(self, place: Place) -> float:
        bonus = 0.0
        if place.country and place.country in self.top:
            bonus += 1.5 * self.top[place.country]
        if self.lat is not None and place.kind not in ("country", "continent"):
            distance = _distance_km(self.lat, self.lon, place.lat, place.lon)
            bonus += 1.5 * math.exp(-distance / 400.0)
        return bonus


def curated(place: Place) -> bool:
    """A place from Frontline's own supplement (checked facts for what GeoNames lacks)."""
    return place.id.startswith("frontline:")


def _distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance on a sphere (good enough to rank candidates)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dlat = p2 - p1
    dlon = math.radians(lon2 - lon1)
    h = math.sin(dlat / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))
