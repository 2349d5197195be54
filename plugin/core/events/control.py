"""Who held which place from when to when: control changes read from events, and per place the
periods they give across a batch.

A capture, recapture or arrival ("entered") is a place *taken* by the side of its first actor
(sides.side_of); a withdrawal is a place *left* by its actor's side. Per place (one gazetteer id,
or points within SAME_PLACE_KM), reports in time order make periods: a taking by a side holds the
place until another side takes it or that side leaves; several reports of one change are one
period with all their evidence and the strongest certainty among them.

Reports that name no side are kept, but never end a named side's holding:
- within SAME_CHANGE_DAYS of a named taking of the same place they are that taking (the same news
  told twice, once without its subject);
- a taking that names no side, after a side left the place (or told within SAME_CHANGE_DAYS
  beside its leaving), is the other side's when the batch's takings and withdrawals name exactly
  two sides; otherwise its side stays unstated.
Whether an unnamed taking belongs to a side's axis of advance is decided in axes.py, not here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Iterable, Optional, Sequence

from ..places.gazetteer import POINT_KINDS, distance_km
from ..places.parts import at_edge, at_edge_of_the_town
from ..places.quarters import drawn_by_town
from ..places.stand_ins import told_near_id
from .advances import SAME_PLACE_KM, Evidence, grid_cell, neighbour_cells
from .certainty import CERTAINTY_ORDER
from .sides import first_side

SAME_CHANGE_DAYS = 3  # an unnamed taking this close to a named one of the same place is that one
TAKEN_TYPES = frozenset({"capture", "recapture", "arrival"})
LEFT_TYPES = frozenset({"withdrawal"})
_TAKEN_ROLES = ("target", "destination")  # what was taken; else where it happened
_LEFT_ROLES = ("origin", "target")  # what was left; else where it happened


@dataclass(frozen=True)
class ControlChange:
    """One report that a place was taken or left by a side."""

    change: str  # "taken" | "left"
    event_type: str  # capture | recapture | arrival | withdrawal
    place_id: Optional[str]
    name: str
    lat: float
    lon: float
    side: Optional[str]  # who took it, or who left it; None when the report names no side
    actors: tuple[str, ...]
    when: str  # ISO date: the day for a day-precise date, else the end of the period it names
    certainty: str
    report: Evidence
    destination: Optional[tuple[str, Optional[str], float, float]] = None  # left for: name, id, lat, lon
    contested: bool = False  # a denial in its report disputes it (events/denials.py)
    earliest: Optional[str] = None  # for a week or month ("Anfang Oktober"), the first day it names
    dated: bool = True  # its report gives the day (not a week or month, not only the report's date)


@dataclass
class ControlPeriod:
    """A place held by one side (or left by one) from valid_from until valid_to (None: still)."""

    place_id: Optional[str]
    name: str
    lat: float
    lon: float
    change: str  # "taken" | "left"
    side: Optional[str]  # the holder; for "left", None (the side that left is left_by)
    valid_from: str
    valid_to: Optional[str] = None
    left_by: Optional[str] = None
    actors: list[str] = field(default_factory=list)
    certainty: str = "confirmed"
    reports: list[Evidence] = field(default_factory=list)
    event_types: list[str] = field(default_factory=list)
    side_note: Optional[str] = None  # how a side no report names was worked out
    id: str = ""
    last_seen: Optional[str] = None  # the latest day a report of this change is dated (axes: still held)
    contested: bool = False  # a report of it is disputed by a denial
    earliest: Optional[str] = None  # the first day of its week or month, when no report dates it to the day

    @property
    def side_stated(self) -> bool:
        return self.side is not None and self.side_note is None

    def to_record(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "place_id": self.place_id,
            "lat": self.lat,
            "lon": self.lon,
            "change": self.change,
            "side": self.side,
            "left_by": self.left_by,
            "actors": list(self.actors),
            "valid_from": self.valid_from,
            "valid_to": self.valid_to,
            "certainty": self.certainty,
            "side_note": self.side_note,
            "contested": self.contested,
            "events": list(self.event_types),
            "evidence": [r.to_record() for r in self.reports],
        }


# -- one article -------------------------------------------------------------------------------

# The precisions whose span a taking keeps (`earliest`): a week or a month, not a season or a year
# ("earlier this year" has no middle worth ordering by).
_SPANS = frozenset({"week", "month"})
_TOLD = frozenset({"sentence", "paragraph"})  # a date the text gives, not the report's own


def article_changes(article_id: str, places: Sequence, events: Iterable) -> list[ControlChange]:
    """The control changes one article reports: `places` are its PlaceMentions, `events` its Events.

    Not past history, not negated, not intended, dated; the places must be settlements or other
    point-like places (not a region or a country)."""
    changes: list[ControlChange] = []
    for event in events:
        if event.past or event.negated or event.certainty == "intended":
            continue
        if event.type in TAKEN_TYPES:
            change, roles = "taken", _TAKEN_ROLES
        elif event.type in LEFT_TYPES:
            change, roles = "left", _LEFT_ROLES
        else:
            continue
        when = _when(event.t_start, event.t_end, event.precision)
        if when is None:
            continue
        points = [
            (ep, places[ep.place].place)
            for ep in event.places
            if places[ep.place].place is not None and places[ep.place].place.kind in POINT_KINDS
        ]
        # a taking's object before any goal: "captured Soledar, opening the way to Bakhmut"
        named = [place for ep, place in points if ep.role == roles[0]] or [
            place for ep, place in points if ep.role in roles
        ]
        edge = []
        if event.type == "arrival":  # "reached the outskirts of Stepanakert": at its edge, not in it
            edge = [p for ep, p in points if _at_edge(event.quote, places[ep.place].text, event.trigger)]
            named = [p for p in named if p not in edge]
        if not named:
            named = [place for ep, place in points if ep.role == "location" and place not in edge]
        destination = None
        if change == "left":
            to = next((place for ep, place in points if ep.role == "destination"), None)
            if to is not None:
                destination = (to.name, to.id, to.lat, to.lon)
        side = first_side(event.actors)
        report = Evidence(article_id, event.sentence, event.quote)
        seen: set = set()
        for place in named:
            if place.id in seen:
                continue
            seen.add(place.id)
            changes.append(
                ControlChange(
                    change,
                    event.type,
                    place.id,
                    place.name,
                    place.lat,
                    place.lon,
                    side,
                    tuple(event.actors),
                    when,
                    event.certainty,
                    report,
                    destination,
                    event.contested,
                    event.t_start[:10] if event.precision in _SPANS and event.t_start[:10] < when else None,
                    event.precision == "day" and event.time_source in _TOLD,
                )
            )
    return changes


# Verbs of reaching a place, whose goal an edge word may be ("reached the outskirts of the city").
_REACHING = ("reach", "erreich", "arriv", "approach", "näher")


def _at_edge(quote: str, name: str, trigger: str = "") -> bool:
    """At the town's edge, where the sentence first names the town ("reached the outskirts of Kyiv,
    Kyiv mayor … said"; "entered Kherson, a day after reaching the outskirts of Kherson" entered it)."""
    first = quote.find(name)
    if first < 0:  # "reaching the outskirts of the city": the town pointed back to, by that verb
        return trigger.lower().startswith(_REACHING) and at_edge_of_the_town(quote)
    return at_edge(quote[: first + len(name)], name)


def _when(t_start: Optional[str], t_end: Optional[str], precision: Optional[str]) -> Optional[str]:
    """A change's date: its day, or for a week or month the last day (by then it had happened).
    An end that runs on to the report ("seit April in ihrer Hand": April until now) is the end
    of the month or week it began in, not the report's day."""
    if t_start is None:
        return None
    if precision == "day" or not t_end:
        return t_start[:10]
    start = date.fromisoformat(t_start[:10])
    if precision == "month":
        following = (start.replace(day=28) + timedelta(days=4)).replace(day=1)
        return min(t_end[:10], (following - timedelta(days=1)).isoformat())
    if precision == "week":
        return min(t_end[:10], (start + timedelta(days=6)).isoformat())
    if precision == "year":  # "kontrollieren Hodeidah seit 2014": by the end of 2014
        return min(t_end[:10], f"{start.year:04d}-12-31")
    return t_end[:10]


# -- a batch -----------------------------------------------------------------------------------


def control_periods(changes: Sequence[ControlChange]) -> list[ControlPeriod]:
    """Per place, who held it from when to when, from a batch's control changes (any order)."""
    sides = {c.side for c in changes if c.side is not None}
    periods: list[ControlPeriod] = []
    for group in _by_place(changes):
        periods += _place_periods(group, sides)
    periods.sort(key=lambda p: (p.valid_from, p.name, p.side or ""))
    for number, period in enumerate(periods, start=1):
        period.id = f"control-{number}"
    return periods


def _by_place(changes: Sequence[ControlChange]) -> list[list[ControlChange]]:
    """Changes grouped by place: the same gazetteer id, or points closer than SAME_PLACE_KM (on a
    grid of cells larger than that, so each change is compared with its neighbours only); a named
    quarter of a town (places/quarters.py) and a name drawn at the town the text puts it near
    (places/stand_ins.py) by its id only, apart from its town's centre."""
    groups: list[list[ControlChange]] = []
    by_id: dict[str, int] = {}
    cells: dict[tuple[int, int], list[int]] = {}
    for change in sorted(changes, key=lambda c: (c.when, c.name)):
        index = by_id.get(change.place_id) if change.place_id else None
        if index is None:
            for near in neighbour_cells(grid_cell(change)):
                for i in cells.get(near, []):
                    first = groups[i][0]
                    if any(
                        drawn_by_town(pid) or told_near_id(pid) for pid in (first.place_id, change.place_id)
                    ):
                        continue  # a named quarter, a name drawn at its town: places of their own
                    if distance_km(first.lat, first.lon, change.lat, change.lon) < SAME_PLACE_KM:
                        index = i
                        break
                if index is not None:
                    break
        if index is None:
            index = len(groups)
            groups.append([])
            cells.setdefault(grid_cell(change), []).append(index)
        groups[index].append(change)
        if change.place_id:
            by_id.setdefault(change.place_id, index)
    return groups


def _place_periods(changes: list[ControlChange], sides: set) -> list[ControlPeriod]:
    periods: list[ControlPeriod] = []
    current: Optional[ControlPeriod] = None
    # named reports first on a day: an unnamed one of the same day then joins the named period
    # a report dated to the day before one dated by its week or month on the same last day
    for change in sorted(
        changes,
        key=lambda c: (c.when, c.side is None, c.change != "taken", not c.dated, c.earliest is not None),
    ):
        if change.change == "taken":
            if current is not None and _same_taking(current, change):
                _add(current, change)
                if current.side is None and change.side is not None:
                    current.side, current.side_note = change.side, None
                continue
            if (
                change.side is None
                and current is not None
                and current.change == "taken"
                and not _retaken(current, change)
            ):
                # an unnamed report ends a named side's holding only as a retaking (_retaken)
                _add(current, change)
                continue
            side, note = change.side, None
            if side is None and current is not None and current.change == "left":
                side, note = _other_side(current.left_by, sides)
            current = _open(periods, current, change, "taken", side, note)
        elif change.side is not None:
            if current is not None and current.change == "left" and current.left_by == change.side:
                _add(current, change)
            elif (
                current is not None and current.change == "taken" and current.side not in (None, change.side)
            ):
                _add(current, change)  # the side that left; the holder named already took it
            elif (
                current is not None
                and current.change == "taken"
                and current.side is None
                and _days(current.valid_from, change.when) <= SAME_CHANGE_DAYS
            ):
                # the side that left, told beside a taking that names no one: the other side took it
                current.side, current.side_note = _other_side(change.side, sides)
                _add(current, change)
            else:
                current = _open(periods, current, change, "left", None, None)
                current.left_by = change.side
    return periods


# Words of the names of forces that fight a state, whoever it is (rebels, insurgents, militants):
# not a state's own auxiliaries ("pro-government militias entered X" ends no holding).
_OPPOSED = ("rebel", "insurgent", "militant", "opposition", "jihadist", "islamist", "aufständ", "dschihad")


def _retaken(period: ControlPeriod, change: ControlChange) -> bool:
    """Whether a taking no side is named for ends a holding: one no side is named for either, told
    as a recapture, or by other forces, days later ("Militants overran Marawi on May 23" …
    "government troops recaptured Marawi" in October); a named side's, by other forces named
    days later ("Syrian troops took Saraqib" … "rebels recaptured Saraqib" three weeks on)."""
    if _days(period.valid_from, change.when) <= SAME_CHANGE_DAYS:
        return False
    others = bool(change.actors) and bool(period.actors) and not set(change.actors) & set(period.actors)
    if period.side is not None:  # only a retaking, or one by a force at war with states
        return others and (
            change.event_type == "recapture" or any(w in a.lower() for a in change.actors for w in _OPPOSED)
        )
    return change.event_type == "recapture" or others


def _same_taking(period: ControlPeriod, change: ControlChange) -> bool:
    if period.change != "taken":
        return False
    if change.side is not None and period.side == change.side:
        return True
    close = _days(period.valid_from, change.when) <= SAME_CHANGE_DAYS
    return close and (change.side is None or period.side is None)


def _open(periods, current, change: ControlChange, kind: str, side, note) -> ControlPeriod:
    if current is not None:
        current.valid_to = change.when
    period = ControlPeriod(
        change.place_id,
        change.name,
        change.lat,
        change.lon,
        kind,
        side,
        change.when,
        side_note=note,
        earliest=change.earliest,
    )
    _add(period, change)
    periods.append(period)
    return period


def _add(period: ControlPeriod, change: ControlChange) -> None:
    if (
        change.dated
        and change.earliest is None
        and period.earliest
        and period.earliest <= change.when <= period.valid_from
    ):
        period.earliest = None  # a report dates it to a day of the span: no middle to take
    if change.when and period.change == "taken":
        period.last_seen = max(period.last_seen or period.valid_from, change.when[:10])
    if change.report not in period.reports:
        period.reports.append(change.report)
    period.actors += [a for a in change.actors if a not in period.actors]
    if change.event_type not in period.event_types:
        period.event_types.append(change.event_type)
    period.contested = period.contested or change.contested
    if len(period.reports) == 1:
        period.certainty = change.certainty
    else:
        period.certainty = strongest([period.certainty, change.certainty])


def _other_side(left_by: Optional[str], sides: set) -> tuple[Optional[str], Optional[str]]:
    others = sides - {left_by}
    if left_by is not None and len(sides) == 2 and len(others) == 1:
        (other,) = others
        return other, f"taken after {left_by} left; {other} is the only other side the batch names"
    return None, None


def strongest(certainties: Sequence[str]) -> str:
    """The surest of several reports of one change: a confirmation outweighs a claim."""
    ranked = [c for c in CERTAINTY_ORDER if c in certainties]
    return ranked[0] if ranked else "confirmed"


def held_at(periods: Sequence[ControlPeriod], when: str) -> list[ControlPeriod]:
    """The periods valid on `when` (ISO date): valid_from <= when < valid_to."""
    day = when[:10]
    return [p for p in periods if p.valid_from <= day and (p.valid_to is None or day < p.valid_to)]


def _days(a: str, b: str) -> int:
    return abs((date.fromisoformat(b[:10]) - date.fromisoformat(a[:10])).days)
