"""Places named in one list lie near each other: "the eastern districts of Khalidiya and
Husaybah" are two districts east of Ramadi, not Khalidiya and the Husaybah on the Syrian border
270 km away, though that town is the bigger; "Pavlopol, Pishchevik, Viktorovka, Bogdanovka,
Nikolaevka, Rybinsk …" are villages of one front, not a Mykolaivka 140 km north and Rybinsk on
the Volga. A name whose reading lies far from the places it is listed with, while another
place of that name lies next to one of them, takes the near one.

A list is a run of names in one sentence joined only by commas, "and", "or" (und, oder, sowie).
Its settlement readings vote for where the list lies: their median point. A reading farther
than LISTED_FAR_KM from it (or, for a pair, from the other name) is replaced by the place of its
name nearest another item of the list, if one lies within LISTED_NEAR_KM of it. A city of
_BIG people or more keeps its reading: a list of big cities spans a country (Kyiv, Lviv). But in
a list of three or more whose other items (two thirds of them at least) lie together, a big
city farther than LISTED_FAR_KM from them with no namesake near them is a village the
gazetteer lacks: drawn, flagged approximate, at the item named before it."""

from __future__ import annotations

from dataclasses import replace
from statistics import median
from typing import Callable, Optional, Sequence

from .gazetteer import distance_km
from .mentions import PlaceMention
from .place import Place
from .words import COORDINATORS

LISTED_NEAR_KM = 30.0  # a place of the name this near another item is the one meant ...
LISTED_FAR_KM = 150.0  # ... when the reading chosen lies farther than this from the others
LIST_FAR_KM = 30.0  # in a list of three or more: farther than this from its median point
_SETTLEMENTS = frozenset({"city", "town", "village", "district"})
_BIG = 100_000


def listed_together(
    mentions: Sequence[PlaceMention], text: str, namesakes: Callable[[str], Sequence[Place]] = lambda _t: ()
) -> list[PlaceMention]:
    """The mentions, each settlement of a list read as the place of its name near the list's
    other items when the reading chosen lies far from them. `namesakes(text)` gives every
    place of a name (the mention keeps only its best few candidates)."""
    out = list(mentions)
    for run in _lists(out, text):
        points = [out[i].place for i in run if _settlement(out[i].place)]
        if len(points) < 2:
            continue
        if len(run) == 2:
            # of a pair, the reading the recognizer is less sure of moves
            pair = sorted(run, key=lambda k: out[k].confidence)
            for i, other in (pair, pair[::-1]):
                moved = _nearer(out[i], [out[other].place], LISTED_FAR_KM, namesakes)
                if moved is not None:
                    out[i] = moved
                    break
            continue
        centre = (median(p.lat for p in points), median(p.lon for p in points))
        for i in run:
            place = out[i].place
            if not _settlement(place) or distance_km(place.lat, place.lon, *centre) <= LIST_FAR_KM:
                continue
            others = [
                out[j].place
                for j in run
                if j != i
                and _settlement(out[j].place)
                and distance_km(out[j].place.lat, out[j].place.lon, *centre) <= LIST_FAR_KM
            ]
            moved = _nearer(out[i], others, 0.0, namesakes)
            if moved is not None and distance_km(moved.place.lat, moved.place.lon, *centre) < distance_km(
                place.lat, place.lon, *centre
            ):
                out[i] = moved
        _big_city_among_villages(out, run)
    return _as_listed(mentions, out)


def _as_listed(before: Sequence[PlaceMention], after: list[PlaceMention]) -> list[PlaceMention]:
    """A name a list moved is that place wherever else the article names it alone, as long as
    it was read as the place the list moved it from ("the eastern districts of Khalidiya and
    Husaybah … his troops evacuated Husaybah": both the Husaybah east of Ramadi)."""
    moved = {
        (old.text, old.place.id): new
        for old, new in zip(before, after)
        if old.place is not None and new is not old and (new.place is None or new.place.id != old.place.id)
    }
    if not moved:
        return after
    out = []
    for old, new in zip(before, after):
        listed = moved.get((new.text, new.place.id)) if new is old and new.place is not None else None
        if listed is not None:
            reason = f"as where the article lists it: {listed.reasons[-1]}"
            new = replace(new, place=listed.place, near=listed.near, reasons=(*new.reasons, reason))
        out.append(new)
    return out


def _big_city_among_villages(out: list[PlaceMention], run: Sequence[int]) -> None:
    """Once the list's namesakes have moved: a big city farther than LISTED_FAR_KM from the
    list's other items, two thirds of which lie within LIST_FAR_KM of their median point, is
    drawn among them (_drawn_with_list)."""
    points = [out[i].place for i in run if _settlement(out[i].place)]
    centre = (median(p.lat for p in points), median(p.lon for p in points))
    together = [
        i
        for i in run
        if _settlement(out[i].place)
        and distance_km(out[i].place.lat, out[i].place.lon, *centre) <= LIST_FAR_KM
    ]
    if len(together) < max(2, 2 * (len(run) - 1) / 3):
        return
    for i in run:
        place = out[i].place
        if (
            _settlement(place)
            and place.population >= _BIG
            and distance_km(place.lat, place.lon, *centre) > LISTED_FAR_KM
        ):
            out[i] = _drawn_with_list(out[i], [out[j] for j in together])


def _drawn_with_list(mention: PlaceMention, items: Sequence[PlaceMention]) -> PlaceMention:
    """A big city far from a list of villages that lie together ("… Nikolaevka, Rybinsk,
    Trudovskoye …" on one front, Rybinsk the only such name, on the Volga): a village the
    gazetteer lacks, drawn at the list item named nearest before it (else after it), flagged
    approximate, as a name the gazetteer lacks is."""
    before = [m for m in items if m.end <= mention.start]
    near = (before[-1] if before else items[0]).place
    reason = (
        f"listed with villages around {near.name}: not {mention.place.name}, "
        f"{distance_km(mention.place.lat, mention.place.lon, near.lat, near.lon):.0f} km away; drawn at {near.name}"
    )
    return replace(mention, place=None, near=near, reasons=(*mention.reasons, reason))


def _lists(mentions: Sequence[PlaceMention], text: str) -> list[list[int]]:
    """Runs of located mentions joined as a list, as index lists."""
    located = [i for i, m in enumerate(mentions) if m.role == "location" and m.place is not None]
    runs: list[list[int]] = []
    for i in located:
        if runs and _joined(mentions[runs[-1][-1]], mentions[i], text):
            runs[-1].append(i)
        else:
            runs.append([i])
    return [run for run in runs if len(run) >= 2]


def _joined(before: PlaceMention, after: PlaceMention, text: str) -> bool:
    if before.sentence != after.sentence:
        return False
    words = text[before.end : after.start].replace(",", " , ").split()
    return 1 <= len(words) <= 2 and all(w.lower() in COORDINATORS for w in words)


def _settlement(place: Optional[Place]) -> bool:
    return place is not None and place.kind in _SETTLEMENTS


def _nearer(
    mention: PlaceMention, others: Sequence[Place], far_km: float, namesakes: Callable[[str], Sequence[Place]]
) -> Optional[PlaceMention]:
    place = mention.place
    others = [o for o in others if _settlement(o)]
    if not _settlement(place) or place.population >= _BIG or not others:
        return None
    if min(distance_km(place.lat, place.lon, o.lat, o.lon) for o in others) <= far_km:
        return None
    readings = {c.place.id: c.place for c in mention.candidates}
    readings.update({p.id: p for p in namesakes(mention.text)})
    near = [
        (km, candidate, other)
        for candidate in readings.values()
        if _settlement(candidate) and candidate.id != place.id
        for other in others
        for km in (distance_km(candidate.lat, candidate.lon, other.lat, other.lon),)
        if km <= LISTED_NEAR_KM
    ]
    if not near:
        return None
    km, chosen, other = min(near, key=lambda item: item[0])
    reason = f"listed with {other.name}: the {chosen.name} {km:.0f} km from it, not the one at {place.name}"
    return replace(mention, place=chosen, reasons=(*mention.reasons, reason))
