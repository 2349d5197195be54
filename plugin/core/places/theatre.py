"""The ground a batch of reports is about, and the namesakes it tells apart.

A report that names a village and nothing near it leaves recognition only the name: of the
Semenivkas of Ukraine it may take one 300 km from the fighting. The batch knows better: its
reports are about one offensive, and their events cluster where it is fought. The batch's
theatre is the densest cluster of its event places: the event place nearest the centre of the
most crowded block of 3 × 3 one-degree cells, and around it the distance within which
THEATRE_SHARE of the batch's event places lie (at least THEATRE_MIN_KM). It is drawn only from
MIN_EVENT_PLACES event places or more, and only when they lie within THEATRE_MAX_KM (a batch of
two wars, Mali and the Donbas, has no one theatre).

A settlement read farther than FAR_MARGIN_KM beyond the theatre is a namesake of the one the
batch is about when another place of its name, in the same country, lies inside the theatre: the
mention is read as the one of those nearest the theatre's centre, where the fighting is, with the
reason noted. What keeps its reading: capitals and cities of BIG_CITY people or more (Kyiv,
Moscow, Kherson are named from any front), a place the text positions itself (25 km south of X),
and one another place its article reads lies within COMPANY_KM of (Andriivka "in the Kherson
region, near Davydiv Brid": the report is about another front, not a namesake).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import Callable, Iterable, Optional, Sequence

from .gazetteer import distance_km
from .mentions import PlaceMention
from .place import Place

THEATRE_MIN_KM = 150.0
THEATRE_MAX_KM = 400.0
COMPANY_KM = 150.0
THEATRE_SHARE = 0.75
FAR_MARGIN_KM = 100.0
MIN_EVENT_PLACES = 5
BIG_CITY = 250_000
SETTLEMENTS = frozenset({"city", "town", "village"})


@dataclass(frozen=True)
class Theatre:
    lat: float
    lon: float
    km: float

    def distance(self, place: Place) -> float:
        return distance_km(self.lat, self.lon, place.lat, place.lon)


def batch_theatre(points: Iterable[tuple[float, float]]) -> Optional[Theatre]:
    """The theatre of a batch from its event places' points (latitude, longitude), or None."""
    points = list(points)
    if len(points) < MIN_EVENT_PLACES:
        return None
    cells = Counter((round(lat), round(lon)) for lat, lon in points)

    def crowd(cell: tuple[int, int]) -> int:
        return sum(cells.get((cell[0] + a, cell[1] + b), 0) for a in (-1, 0, 1) for b in (-1, 0, 1))

    best = max(sorted(cells), key=crowd)
    block = [
        (lat, lon) for lat, lon in points if abs(round(lat) - best[0]) <= 1 and abs(round(lon) - best[1]) <= 1
    ]
    mean = (sum(p[0] for p in block) / len(block), sum(p[1] for p in block) / len(block))
    centre = min(block, key=lambda p: distance_km(p[0], p[1], *mean))
    distances = sorted(distance_km(*centre, lat, lon) for lat, lon in points)
    km = max(THEATRE_MIN_KM, distances[min(len(distances) - 1, int(len(distances) * THEATRE_SHARE))])
    return Theatre(centre[0], centre[1], km) if km <= THEATRE_MAX_KM else None


def far_namesake(
    mention: PlaceMention,
    theatre: Theatre,
    namesakes: Callable[[str], Sequence[Place]] = lambda _t: (),
    company: Sequence[Place] = (),
) -> Optional[Place]:
    """The place inside the theatre a settlement read far outside it stands for, or None;
    `namesakes(name)` gives every place of a name, `company` the other places its article reads."""
    place = mention.place
    if (
        place is None
        or mention.role != "location"
        or mention.placing is not None
        or any("position is stated" in reason for reason in mention.reasons)
        or place.kind not in SETTLEMENTS
        or place.feature_code == "PPLC"
        or (place.population or 0) >= BIG_CITY
        or theatre.distance(place) <= theatre.km + FAR_MARGIN_KM
        or any(
            other.id != place.id and distance_km(place.lat, place.lon, other.lat, other.lon) <= COMPANY_KM
            for other in company
        )
    ):
        return None
    named = (
        [c.place for c in mention.candidates] + list(namesakes(mention.text)) + list(namesakes(place.name))
    )
    inside = [
        p
        for p in named
        if p.kind in SETTLEMENTS and p.country == place.country and theatre.distance(p) <= theatre.km
    ]
    return min(inside, key=theatre.distance, default=None)


def in_theatre(
    mentions: Sequence[PlaceMention],
    theatre: Theatre,
    namesakes: Callable[[str], Sequence[Place]] = lambda _t: (),
) -> list[PlaceMention]:
    """The mentions with each far namesake read as the one inside the theatre (every mention of
    the same name alike: "Gao" and "Gaos")."""
    company = company_of(mentions)
    moved: dict[str, Place] = {}
    for mention in mentions:
        near = far_namesake(mention, theatre, namesakes, company)
        if near is not None:
            moved[mention.place.id] = near
    out = []
    for mention in mentions:
        near = (
            moved.get(mention.place.id) if mention.place is not None and mention.role == "location" else None
        )
        if near is not None:
            reason = (
                f"read as {near.name}, in the ground the batch's reports are about, not "
                f"{mention.place.name} {theatre.distance(mention.place):.0f} km from it"
            )
            mention = replace(mention, place=near, reasons=(*mention.reasons, reason))
        out.append(mention)
    return out


def company_of(mentions: Sequence[PlaceMention]) -> list[Place]:
    """The places an article reads that may put its others in their region: settlements and
    regions, not countries or continents, and not its dateline."""
    return [
        m.place
        for m in mentions
        if m.place is not None
        and m.role == "location"
        and not m.dateline  # where the report was written
        and m.place.kind not in ("country", "continent")
    ]
