"""Ground ahead of a front: the towns a side is reported attacking or setting out to take, which
it has not taken yet. An axis step (axes.py, rule 3) does not jump across such a town: Schura
south of Mosul and Bawisa north of it, both taken by Iraqi forces while the offensive on Mosul
was still going on, are two fronts, not one arrow through the city.

Rule: an objective is the place of an attack, a shelling or an intended capture or recapture
(an offensive's aim, "to retake Mosul"), a city or town, with the day it was reported and the side
that attacks (or none, when the report names none). A step from M to N of side S is blocked
when the straight line between them passes within OBJECTIVE_KM of an objective of S (or of no
named side) reported on or before N's day, more than OBJECTIVE_KM from both M and N (a step to
Gao's airport reaches Gao; it does not cross it), that S has not taken by then.

Objectives also order two takings of one side on one day (`told_ahead`): a report that tells
one taken while the other's town is still ahead of the side ("Drobyschewe has been given up …
troops could take Lyman within 72 hours") puts the first before the second; a report that tells
both orders neither."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Mapping, Optional, Sequence

from ..places.gazetteer import distance_km
from .advances import SAME_PLACE_KM
from .sides import first_side

OBJECTIVE_KM = 8.0  # a step passing this close to a town still ahead of the side crosses it
_TAKINGS = frozenset({"capture", "recapture"})
_STRIKES = frozenset({"attack", "airstrike"})  # a town a side attacks or shells is not its own
_AIM_ROLES = frozenset({"target", "location", "destination", "objective"})


@dataclass(frozen=True)
class Objective:
    """A town a side attacks or means to take: where the front has not reached yet."""

    lat: float
    lon: float
    day: int  # ordinal of the day it was reported
    side: Optional[str]  # who attacks it; None when the report names nobody
    name: str
    article: Optional[str] = None  # the report that has it ahead


def article_objectives(
    places: Sequence, events: Iterable, article_id: Optional[str] = None
) -> list[Objective]:
    """The towns one article has a side attack or set out to take (not past history, not denied)."""
    found = []
    for event in events:
        aim = event.type in _STRIKES or (event.type in _TAKINGS and event.certainty == "intended")
        if not aim or event.past or event.negated or event.t_start is None:
            continue
        for ep in event.places:
            place = places[ep.place].place
            if ep.role in _AIM_ROLES and place is not None and place.kind in ("city", "town"):
                day = date.fromisoformat(event.t_start[:10]).toordinal()
                side = first_side(event.actors)
                found.append(Objective(place.lat, place.lon, day, side, place.name, article_id))
    return found


def crosses_objective(
    start, end, side: str, day: int, objectives: Sequence[Objective], taken: Sequence
) -> Optional[Objective]:
    """The objective a step of `side` from `start` to `end` (on `day`) would jump across, if any
    (see the module's rule); `taken` are the side's takings (lat, lon, day) so far."""
    for objective in objectives:
        if objective.day > day or objective.side not in (None, side):
            continue
        if min(_km(objective, start), _km(objective, end)) <= OBJECTIVE_KM:
            continue  # the step sets out from it or reaches it (Gao's airport before Gao)
        if _off_line_km(objective, start, end) > OBJECTIVE_KM:
            continue
        if any(
            d <= day and distance_km(lat, lon, objective.lat, objective.lon) <= SAME_PLACE_KM
            for lat, lon, d in taken
        ):
            continue  # the side had taken it already: behind its front
        return objective
    return None


def objectives_by_article(objectives: Iterable[Objective]) -> dict[Optional[str], list[Objective]]:
    """The objectives grouped by the report that has them ahead (for `told_ahead`)."""
    found: dict[Optional[str], list[Objective]] = {}
    for objective in objectives:
        found.setdefault(objective.article, []).append(objective)
    return found


def told_ahead(first, second, by_article: Mapping[Optional[str], Sequence[Objective]]) -> bool:
    """Whether a report that tells `first` taken (a node with `evidence`, `parent`) has the place
    of `second` (same side, same day) still ahead of the side, and tells not `second`'s taking:
    then `first` came first. Never when `second` is an ancestor of `first` (no loop of steps)."""
    articles = {e.article for e in first.evidence} - {e.article for e in second.evidence}
    if not any(
        o.side in (None, second.side) and _km(o, second) <= SAME_PLACE_KM
        for article in articles
        for o in by_article.get(article, ())
    ):
        return False
    up = first
    while up is not None:
        if up is second:
            return False
        up = up.parent
    return True


def _km(a, b) -> float:
    return distance_km(a.lat, a.lon, b.lat, b.lon)


def _off_line_km(point, start, end) -> float:
    """How far `point` lies from the segment start–end (on a local flat projection)."""
    scale = math.cos(math.radians((start.lat + end.lat) / 2))

    def xy(p) -> tuple[float, float]:
        return ((p.lon - start.lon) * 111.32 * scale, (p.lat - start.lat) * 110.57)

    (px, py), (ex, ey) = xy(point), xy(end)
    length = ex * ex + ey * ey
    t = 0.0 if length == 0 else max(0.0, min(1.0, (px * ex + py * ey) / length))
    return math.hypot(px - t * ex, py - t * ey)
