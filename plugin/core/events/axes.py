"""Axes of advance a batch implies: successive places one side took, chained in time and space
into growing arrows, and captures whose origin no report states drawn from the side's nearest
earlier position. Stated advances (advances.fuse) come first; these only add what they lack.

How an analyst draws an offensive from a week of reports, as rules with their parameters:

0. The batch is about one offensive. Its theatre is the ground within max(THEATRE_MIN_KM,
   THEATRE_SPREAD × median distance) of the median point of its control changes, each weighted
   by the reports that tell it (for batches of THEATRE_MIN_CHANGES changes or more). A taking
   outside it (a capital named as the source of a statement, another war mentioned in passing)
   stays on the control layer but is no node of an axis.
1. The nodes are takings with a side (control.ControlPeriod, change "taken"). A taking that
   names no side joins the side S of the nearest earlier taking only when S's taking was
   stated, lies within UNSTATED_REACH_KM and UNSTATED_DAYS before, S still held it, and within
   that distance and time (before or after) no other side is named taking anything and only
   other sides left anything: one side's front, told without its subject ("Drobyschewe was
   liberated", 6 km from Lyman, which Ukrainian troops retook and Russian troops left). Otherwise
   it joins no axis.
   A taking placed where its report says the place lies (no gazetteer name) and one the
   gazetteer places, by one side on one day, within STATED_AGREE_KM and with names whose first
   words (past an Arabic article) share a consonant skeleton (Hamam al-Halil, "15 km south-east
   of Mosul", and Hammam al-Alil), are one node; so are a town's taking and that of one of its
   named quarters by one side on one day (at the quarter: "large parts of Ramadi, mainly Al-Tameem").
   A taking a report dates by a week or month only ("Anfang Oktober") is ordered by the middle
   of that span: the hill "overrun early in October" comes before the town entered on the 6th.
   A place one side left and nobody is reported taking afterwards is a node of the one other
   side that took ground within UNSTATED_REACH_KM in the UNSTATED_DAYS before (rule 1b).
2. A taking reached by a stated advance of its side (a reached waypoint, or an objective the
   stated arrow was heading for) keeps its stated origin; arrows may continue from it.
3. Any other taking N extends the side's nearest earlier node M (an earlier taking, or the last
   reached place of a stated advance): at least one day earlier (takings of one day cannot be
   ordered, unless a report tells M taken while N is still ahead of the side: "Drobyschewe has
   been given up … troops could take Lyman within 72 hours"), at most AXIS_MAX_GAP_DAYS before
   N or before the last report that the side took or held it (Mariupol, taken early in March
   and reported in Russian hands again in April, before Azovstal in May), still held by the
   side, no nearer than SAME_PLACE_KM (QUARTER_STEP_KM between named quarters of a town) and
   no farther than
   reach_km(days) = min(AXIS_MAX_STEP_KM, AXIS_BASE_KM + AXIS_KM_PER_DAY × days). The fastest
   mechanised advances cover some 80 km a day: 120 km for a step a day apart, 400 km across a
   desert after five days; Balaklija → Kupjansk, 75 km in two days, is well inside. A step
   turning back by more than REVERSAL_TURN_DEG from the way M was reached is no advance from M
   (mopping up behind the line): the next nearest M is tried, and so is it when the step would
   jump across a town the side still attacks or means to take (ahead.py: two fronts); a step
   between a town and a part named after it (its airport, AXIS_TIE_KM at most) has no way of
   its own and never turns back; a step out of a town's quarter beyond QUARTER_REACH_KM goes on
   the way the side came in (town_steps.py). A place drawn at the town a report says it is near
   (Tob Sawa "nahe Bartella") is no step of its own, but an arrow may start there. Distances
   are compared in bands of AXIS_TIE_KM: of two earlier nodes about as far from N (Verbivka and
   Balaklija, both some 60 km from Kupjansk), the later is where the front stood, and N extends
   it; of two taken the same day, the tip of a stated advance (Gao, reached from Sévaré) rather
   than a taking beside it (Gao's airport), so the stated arrow goes on.
4. Steps form a tree. Each node's child that turns least (at most CONTINUE_TURN_DEG; a step
   within one town turns none) continues its arrow; every other child starts a new arrow
   from it, so an axis branches (two towns taken after a third are two arrows from it).
   FAN_MIN or more children taken on one day within FAN_DEG of one direction are one thrust:
   one arrow, to the one most reports name, else the farthest (a list of villages taken the
   same day is no fan of arrows; two are still two arrows). A stated advance is continued the
   same way from its tip.
5. A taking with no node to extend (a root) is drawn from the side's nearest earlier position
   that is not a taking, found "origin inferred": where a stated movement of the side set out
   or arrived, or where the side was reported present or advancing (not the aim an offensive
   was launched on), at least a day before the taking and within reach_km(days) capped at
   ORIGIN_MAX_KM, and not where the arrow goes on to (a hill outside a town is no step out of the
   town it then enters). With none, it stays a control change; so does a taking where a stated
   movement of its side set out (it was there already).

Certainty of an arrow is the weakest of its waypoints; each waypoint says how it was found.
Nodes are found with a grid of cells and ring search, so a batch of 10,000 takings compares each
with its neighbours, not with all the others.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Optional, Sequence

from ..places.gazetteer import POINT_KINDS, bearing, distance_km, turn_deg
from ..places.quarters import QUARTER_STEP_KM
from ..places.skeletons import skeleton
from ..places.stand_ins import told_near_id
from .advances import SAME_PLACE_KM, Advance, Evidence, Waypoint
from .ahead import Objective, crosses_objective, objectives_by_article, told_ahead
from .certainty import weakest
from .control import SAME_CHANGE_DAYS, ControlPeriod
from .grid import Grid
from .headings import ORIGIN_INFERRED, Heading, Position, heading_arrows
from .sides import first_side, side_of, sides_of
from .town_steps import CONTINUE_TURN_DEG, leaves_town_sideways, quarters_apart, town_told_by_its_quarter

AXIS_BASE_KM = 40.0  # rule 3: reach of a step a day apart, besides the day's march
AXIS_KM_PER_DAY = 80.0
AXIS_MAX_STEP_KM = 400.0
AXIS_MAX_GAP_DAYS = 45
AXIS_TIE_KM = 10.0  # rule 3: earlier nodes this close in distance are equally near; the later wins
FAN_DEG = 30.0
FAN_MIN = 3
REVERSAL_TURN_DEG = 120.0  # rule 3
ORIGIN_MAX_KM = 100.0  # rule 5
UNSTATED_REACH_KM = 50.0  # rule 1
UNSTATED_DAYS = 7
THEATRE_MIN_KM = 150.0  # rule 0
THEATRE_SPREAD = 3.0
THEATRE_MIN_CHANGES = 5
_ARTICLES = frozenset({"al", "el", "as", "ash", "ar", "an", "at", "ad", "az"})
STATED_AGREE_KM = 15.0  # a taking placed from a stated distance this near one the gazetteer places
_POSITION_TYPES = frozenset({"advance", "presence", "consolidation", "crossing"})
_POSITION_ROLES = frozenset({"origin", "location"})
# Nouns that name an operation, not a movement: the place they name is its aim (rule 5)
_OPERATIONS = frozenset(
    {
        "offensive",
        "gegenoffensive",
        "counteroffensive",
        "counter-offensive",
        "operation",
        "operationen",
        "operations",
    }
)

AXIS = "axis"
STATED = "stated"


def reach_km(days: float) -> float:
    """How far one side's successive takings `days` apart may lie to be one axis."""
    return min(AXIS_MAX_STEP_KM, AXIS_BASE_KM + AXIS_KM_PER_DAY * max(0.0, days))


def article_positions(article_id: str, places: Sequence, events: Iterable) -> list[Position]:
    """Where one article puts a named side, short of taking a place: the origin of its movement,
    where it is present, advancing or consolidating (not an attack's target: the side is not there)."""
    found = []
    for event in events:
        if event.past or event.negated or event.certainty == "intended" or event.type not in _POSITION_TYPES:
            continue
        if event.trigger.lower() in _OPERATIONS:
            continue  # "eine Offensive begonnen, mit der Mossul befreit werden soll": its aim, not where it stands
        side = first_side(event.actors)
        if side is None or event.t_start is None:
            continue
        for ep in event.places:
            place = places[ep.place].place
            if ep.role in _POSITION_ROLES and place is not None and place.kind in POINT_KINDS:
                when = event.t_start[:10]
                evidence = Evidence(article_id, event.sentence, event.quote)
                found.append(Position(side, place.name, place.id, place.lat, place.lon, when, evidence))
    return found


@dataclass(eq=False)
class _Node:
    side: str
    name: str
    id: Optional[str]
    lat: float
    lon: float
    when: str
    day: int  # ordinal of `when`
    certainty: str
    actors: list[str]
    evidence: list[Evidence]
    until: Optional[int] = None  # ordinal of the day the side lost it
    period: Optional[ControlPeriod] = None
    stated: Optional[Advance] = None  # the stated advance that reaches it
    parent: Optional[_Node] = None
    bearing_in: Optional[float] = None
    children: list[_Node] = field(default_factory=list)
    source: str = AXIS  # how the node is on its arrow: axis (a taking) | stated | origin inferred
    seen: Optional[int] = None  # ordinal of the last day a report had the side take or hold it
    given_way: Optional[str] = None  # rule 1b: the side whose leaving the place puts it on this axis
    near: bool = False  # drawn at the town it is near: where an arrow may start, never a step to it


def infer_unstated_sides(periods: Sequence[ControlPeriod]) -> None:
    """Rule 1: a taking that names no force joins the one side whose front it lies on, or none."""
    grid = Grid(UNSTATED_REACH_KM)
    for period in periods:
        grid.add(period.lat, period.lon, period)
    for period in periods:
        if period.change != "taken" or period.side is not None or period.actors:
            continue  # a force named with no side ("Rebels seized X") is not the side that holds the front
        day = _day(period.valid_from)
        nearby = [
            (d, q)
            for d, q in grid.near(period.lat, period.lon, UNSTATED_REACH_KM)
            if q is not period and abs(_day(q.valid_from) - day) <= UNSTATED_DAYS
        ]
        named = {q.side for _, q in nearby if q.side_stated}
        if any(q.change == "left" and (q.left_by is None or q.left_by in named) for _, q in nearby):
            continue  # a side that takes ground here gave some too: whose taking this is cannot be told
        before = [
            (d, q)
            for d, q in nearby
            if q.side_stated
            and d >= SAME_PLACE_KM
            and _day(q.valid_from) <= day
            and (q.valid_to is None or _day(q.valid_to) >= day)
        ]
        if len(named) != 1 or not before:
            continue  # no side near, or two
        distance, nearest = min(before, key=lambda item: (item[0], item[1].name))
        days = day - _day(nearest.valid_from)
        period.side = nearest.side
        period.side_note = (
            f"side not stated; {nearest.side} took {nearest.name} {distance:.0f} km away {days} days "
            f"before, and no other side is reported taking ground within {UNSTATED_REACH_KM:.0f} km and "
            f"{UNSTATED_DAYS} days"
        )


def build_axes(
    periods: Sequence[ControlPeriod],
    stated: Sequence[Advance],
    positions: Sequence[Position] = (),
    headings: Sequence[Heading] = (),
    objectives: Sequence[Objective] = (),
) -> list[Advance]:
    """Arrows the batch's takings imply (rules 2–6). Stated advances get their side, are
    completed when their side takes their objective and extended when it takes places beyond
    their tip, in place; the new arrows are returned."""
    _side_stated(stated, periods)
    inside = _theatre(periods)
    nodes = [n for n in _taking_nodes(periods) if inside(n.lat, n.lon)]
    nodes += [n for n in _given_way_nodes(periods, nodes) if inside(n.lat, n.lon)]
    nodes = town_told_by_its_quarter(_one_place_told_twice(nodes))
    by_side: dict[str, list[_Node]] = {}
    for node in nodes:
        by_side.setdefault(node.side, []).append(node)
    for side, tips in _stated_tips(stated).items():
        by_side.setdefault(side, []).extend(tips)
    starting: dict[int, list[Advance]] = {}
    arrows: list[Advance] = []
    for side, side_nodes in by_side.items():
        _attach_to_stated(side_nodes, [a for a in stated if side in _sides(a)])
        _link(side_nodes, objectives)
        for start, arrow in _arrows(side_nodes):
            starting.setdefault(id(start), []).append(arrow)
            arrows.append(arrow)
    known = [p for p in list(positions) + _stated_positions(stated) if inside(p.lat, p.lon)]
    setting_out = Grid(10.0)  # where stated movements of a side set out: it was there already
    for advance in stated:
        if advance.side is not None:
            setting_out.add(advance.origin.lat, advance.origin.lon, advance.side)
    roots = [
        n
        for n in nodes
        if n.parent is None
        and not n.near
        and n.stated is None
        and n.source == AXIS
        and not any(side == n.side for _, side in setting_out.near(n.lat, n.lon, SAME_PLACE_KM))
    ]
    arrows += _inferred_origins(roots, starting, known)
    # rule 6 (headings.py): a movement with a goal and no start, from the side's nearest taking
    arrows += heading_arrows(headings, by_side, [*stated, *arrows], inside, reach_km, _day, AXIS_TIE_KM)
    return arrows


# -- nodes ------------------------------------------------------------------------------------


def _side_stated(stated: Sequence[Advance], periods: Sequence[ControlPeriod]) -> None:
    """A stated advance's side: its first actor's; with no actor named, the one side that took its
    last reached place within SAME_CHANGE_DAYS of reaching it (the same news, told twice)."""
    grid = None
    for advance in stated:
        if advance.side is not None:
            continue
        sides = sides_of(advance.actors)
        if sides:
            advance.side = sides[0]
            continue
        tip = advance.last_reached()
        if tip is advance.route[0] or tip.time is None:
            continue
        if grid is None:
            grid = Grid(10.0)
            for period in periods:
                if period.change == "taken" and period.side_stated:
                    grid.add(period.lat, period.lon, period)
        day = _day(tip.time)
        takers = {
            p.side
            for _, p in grid.near(tip.lat, tip.lon, SAME_PLACE_KM)
            if abs(_day(p.valid_from) - day) <= SAME_CHANGE_DAYS
        }
        if len(takers) == 1:
            advance.side = takers.pop()


def _theatre(periods: Sequence[ControlPeriod]):
    """Rule 0: a test whether a point lies in the batch's theatre (every point, for a batch of
    fewer than THEATRE_MIN_CHANGES control changes)."""
    if len(periods) < THEATRE_MIN_CHANGES:
        return lambda lat, lon: True
    weights = [len(p.reports) or 1 for p in periods]
    lat = _median([p.lat for p in periods], weights)
    lon = _median([p.lon for p in periods], weights)
    spread = _median([distance_km(lat, lon, p.lat, p.lon) for p in periods], weights)
    radius = max(THEATRE_MIN_KM, THEATRE_SPREAD * spread)
    return lambda plat, plon: distance_km(lat, lon, plat, plon) <= radius


def _median(values: list[float], weights: list[int]) -> float:
    """The weighted median: the value at half the total weight."""
    pairs = sorted(zip(values, weights))
    half, total = sum(weights) / 2, 0
    for value, weight in pairs:
        total += weight
        if total >= half:
            return value
    return pairs[-1][0]


def _taking_nodes(periods: Sequence[ControlPeriod]) -> list[_Node]:
    nodes = []
    for p in periods:
        if p.change != "taken" or p.side is None:
            continue
        day = _day(p.valid_from)
        if p.earliest:  # a week or month: its middle (rule 1)
            day = (_day(p.earliest) + day) // 2
        nodes.append(
            _Node(
                p.side,
                p.name,
                p.place_id,
                p.lat,
                p.lon,
                date.fromordinal(day).isoformat(),
                day,
                p.certainty,
                list(p.actors),
                list(p.reports),
                _day(p.valid_to) if p.valid_to else None,
                p,
                seen=_day(p.last_seen) if p.last_seen else None,
                near=told_near_id(p.place_id),
            )
        )
    return nodes


def _one_place_told_twice(nodes: list[_Node]) -> list[_Node]:
    """A taking placed where its report says the place lies ("15 km south-east of Mosul … Hamam
    al-Halil") and one the gazetteer places (Hammam al-Alil), by one side on one day, within
    STATED_AGREE_KM and with first words of one skeleton, are one place told twice: the gazetteer's
    node keeps both reports (else one town would fan into three arrows)."""
    placed = [n for n in nodes if not (n.id or "").startswith("relative:")]
    out = []
    for node in nodes:
        if (node.id or "").startswith("relative:"):
            same = [
                n
                for n in placed
                if n.side == node.side
                and n.day == node.day
                and _km(n, node) <= STATED_AGREE_KM
                and _first_word_skeleton(n.name) == _first_word_skeleton(node.name)
            ]
            if same:
                twin = min(same, key=lambda n: _km(n, node))
                twin.evidence += [e for e in node.evidence if e not in twin.evidence]
                continue
        out.append(node)
    return out


def _first_word_skeleton(name: str) -> str:
    """The consonant skeleton of a name's first word past an Arabic article: Hamam al-Halil and
    Hammam al-Alil "HM"; al-Houd "HD" and al-Hurriya "HR" differ."""
    words = [w for w in re.findall(r"[^\W\d_]+", name) if w.lower() not in _ARTICLES]
    return skeleton(words[0]) if words else ""


def _given_way_nodes(periods: Sequence[ControlPeriod], takings: Sequence[_Node]) -> list[_Node]:
    """Rule 1b: a place one side left and nobody is reported taking afterwards is a node of the
    one other side that took ground within UNSTATED_REACH_KM and UNSTATED_DAYS before it was left
    (Russian troops retreat from Izium as the Ukrainian front nears it): the front it gave way
    to. With two other sides near, or none, it joins no axis."""
    grid = Grid(UNSTATED_REACH_KM)
    for node in takings:
        grid.add(node.lat, node.lon, node)
    nodes = []
    for period in periods:
        if period.change != "left" or period.left_by is None or period.valid_to is not None:
            continue
        day = _day(period.valid_from)
        near = [
            (d, n)
            for d, n in grid.near(period.lat, period.lon, UNSTATED_REACH_KM)
            if n.side != period.left_by and 0 <= day - n.day <= UNSTATED_DAYS
        ]
        if len({n.side for _, n in near}) != 1 or any(d < SAME_PLACE_KM for d, _ in near):
            continue  # no other side near, two of them, or it took the place already
        side = near[0][1].side
        node = _Node(
            side,
            period.name,
            period.place_id,
            period.lat,
            period.lon,
            period.valid_from,
            day,
            period.certainty,
            [],
            list(period.reports),
            None,
            period,
        )  # seen: no report has this side hold it
        node.given_way = period.left_by
        nodes.append(node)
    return nodes


def _sides(advance: Advance) -> list[str]:
    sides = sides_of(advance.actors)
    if advance.side is not None and advance.side not in sides:
        sides.insert(0, advance.side)
    return sides


def _stated_tips(stated: Sequence[Advance]) -> dict[str, list[_Node]]:
    """The last reached place of each dated stated advance: where an axis may continue it."""
    tips: dict[str, list[_Node]] = {}
    for advance in stated:
        if advance.movement != "advance" or advance.side is None or advance.certainty == "intended":
            continue
        if any(not w.reached for w in advance.route) or len(advance.route) < 2:
            continue  # still heading for its objective: a taking there completes it (rule 2)
        tip = advance.route[-1]
        when = tip.until or tip.time or advance.t_end
        if when is None:
            continue
        node = _Node(
            advance.side,
            tip.name,
            tip.id,
            tip.lat,
            tip.lon,
            when[:10],
            _day(when),
            tip.certainty,
            list(advance.actors),
            list(advance.evidence),
            stated=advance,
            source=STATED,
        )
        node.bearing_in = bearing(advance.route[-2], tip)
        tips.setdefault(advance.side, []).append(node)
    return tips


def _stated_positions(stated: Sequence[Advance]) -> list[Position]:
    """Where stated movements put their side: each reached waypoint with its time."""
    found = []
    for advance in stated:
        if advance.side is None or advance.certainty == "intended":
            continue
        evidence = advance.evidence[0] if advance.evidence else Evidence("", 0, "")
        for i, waypoint in enumerate(advance.route):
            when = waypoint.time or (advance.t_start if i == 0 else None)
            if waypoint.reached and when:
                found.append(
                    Position(
                        advance.side,
                        waypoint.name,
                        waypoint.id,
                        waypoint.lat,
                        waypoint.lon,
                        when[:10],
                        evidence,
                    )
                )
    return found


def _attach_to_stated(nodes: list[_Node], stated: Sequence[Advance]) -> None:
    """Rule 2: takings a stated advance of the side already reaches, or was heading for."""
    if not stated:
        return
    grid = Grid(10.0)
    for advance in stated:
        if advance.certainty == "intended":
            continue  # a plan reaches nothing, and a taking does not say the plan's route was taken
        for i, waypoint in enumerate(advance.route[1:], start=1):
            grid.add(waypoint.lat, waypoint.lon, (advance, i))
    for node in nodes:
        if node.stated is not None:
            continue
        for _, (advance, i) in sorted(grid.near(node.lat, node.lon, SAME_PLACE_KM), key=lambda t: t[0]):
            waypoint = advance.route[i]
            if not waypoint.reached:
                last = max((w.time for w in advance.route if w.reached and w.time), default=None)
                if advance.movement != "advance" or (last is not None and node.when < last[:10]):
                    continue
                if waypoint.denied and node.when <= waypoint.denied[:10]:
                    continue  # a taking a later report denies reaches nothing
                waypoint.reached, waypoint.time, waypoint.until = True, node.when, node.when
                waypoint.certainty = node.certainty
                advance.evidence += [e for e in node.evidence if e not in advance.evidence]
                advance.certainty = weakest([w.certainty for w in advance.route[1:]])
                advance.t_end = max(t for t in (advance.t_end, node.when) if t)
            node.stated = advance
            node.bearing_in = bearing(advance.route[i - 1], waypoint)
            break
    # a stated advance's tip and the taking there are one node: the tip
    tips = {id(n.stated): n for n in nodes if n.source == STATED}
    for node in nodes:
        tip = tips.get(id(node.stated)) if node.source == AXIS else None
        if tip is not None and _km(tip, node) < SAME_PLACE_KM:
            tip.day = min(tip.day, node.day)
            tip.until = node.until
            node.source = "merged"


def _link(nodes: list[_Node], objectives: Sequence[Objective] = ()) -> None:
    """Rule 3: each taking not reached by a stated advance extends the nearest earlier node
    that no step across a town still ahead of the side separates from it (ahead.py)."""
    live = [n for n in nodes if n.source != "merged"]
    # of one day's takings, those a report has still ahead come after the others, which have
    # their own step (and way in) by then: the order of the day, not of the names
    by_article = objectives_by_article(objectives)
    by_day: dict[int, list[_Node]] = {}
    for n in live:
        by_day.setdefault(n.day, []).append(n)
    ahead = {
        id(n)
        for day in (by_day.values() if objectives else ())
        for n in day
        if any(o is not n and told_ahead(o, n, by_article) for o in day)
    }
    live.sort(key=lambda n: (n.day, id(n) in ahead))
    taken = [(n.lat, n.lon, n.day) for n in live]
    grid = Grid(40.0)
    added = 0
    for node in live:
        while added < len(live) and live[added].day <= node.day:
            grid.add(live[added].lat, live[added].lon, live[added])
            added += 1
        if node.stated is not None or node.source == STATED or node.near:
            continue  # a name drawn at the town it is near has the town's point: no step to it

        def rank(distance: float, other: _Node, node=node):
            days = node.day - other.day
            gap = node.day - max(other.day, other.seen or other.day)  # from the last report it held there
            shortest = QUARTER_STEP_KM if quarters_apart(other, node) else SAME_PLACE_KM
            if days < 0 or (days == 0 and not told_ahead(other, node, by_article)):
                return None  # a day's takings are unordered unless a report orders them
            if gap > AXIS_MAX_GAP_DAYS or not shortest <= distance <= reach_km(days):
                return None
            if other.until is not None and other.until < node.day:
                return None  # the side had lost it by then
            if leaves_town_sideways(other, node, distance):
                return None  # out of a town's quarter, not on the way the side came in
            if objectives and crosses_objective(other, node, node.side, node.day, objectives, taken):
                return None  # across a town the side still attacks: another front
            if (
                other.bearing_in is not None
                and not _one_town(other, node)
                and turn_deg(other.bearing_in, bearing(other, node)) > REVERSAL_TURN_DEG
            ):
                return None  # back the way it came: not an advance from there (a step within a
                # town, from its airport to its centre, has no way)
            # nodes about as near (the same AXIS_TIE_KM band): the later, where the front now is;
            # of those taken the same day, the tip of a stated advance, which the step then continues
            band = (
                math.floor(distance / AXIS_TIE_KM) + 1
            ) * AXIS_TIE_KM  # its far edge: ranks grow with distance
            return (band, -other.day, other.source != STATED, distance, other.name)

        found = grid.nearest(node.lat, node.lon, AXIS_MAX_STEP_KM, rank)
        if found is not None:
            other = found[1]
            node.parent, node.bearing_in = other, bearing(other, node)
            other.children.append(node)


def _arrows(nodes: list[_Node]) -> list[tuple[_Node, Advance]]:
    """Rule 4: the tree of steps as arrows, each with the node it starts at; the best
    continuation of a stated advance's tip extends that advance instead."""
    arrows: list[tuple[_Node, Advance]] = []
    starts = [n for n in nodes if _drawn(n) and (n.parent is None or _fanned(n))]
    for start in sorted(starts, key=lambda n: (n.day, n.name)):
        continued = _best_child(start) if start.source == STATED else None
        stack = [(start, child) for child in _drawn(start)]
        while stack:
            origin, first = stack.pop(0)
            path = [first]
            while True:
                best = _best_child(path[-1])
                stack += [(path[-1], c) for c in _drawn(path[-1]) if c is not best]
                if best is None:
                    break
                path.append(best)
            if first is continued:
                _extend(origin.stated, path)
            else:
                arrows.append((origin, _arrow([origin, *path])))
    return arrows


def _drawn(node: _Node) -> list[_Node]:
    """The children an arrow goes to: of FAN_MIN or more taken on one day within FAN_DEG of one
    direction from the node, the one most reports name (the thrust's objective), else the farthest."""
    children = sorted(node.children, key=lambda c: (c.day, -len(c.evidence), -_km(node, c), c.name))
    fans: list[list[_Node]] = []
    for child in children:
        fan = next(
            (
                f
                for f in fans
                if f[0].day == child.day and turn_deg(f[0].bearing_in, child.bearing_in) <= FAN_DEG
            ),
            None,
        )
        if fan is None:
            fans.append([child])
        else:
            fan.append(child)
    kept = [c for fan in fans for c in (fan[:1] if len(fan) >= FAN_MIN else fan)]
    return sorted(kept, key=lambda c: (c.day, c.name))


def _fanned(node: _Node) -> bool:
    """A node no arrow goes to (a nearer place of one day's thrust): arrows from it start there."""
    return node.parent is not None and node not in _drawn(node.parent)


def _best_child(node: _Node) -> Optional[_Node]:
    """The child that goes on the way the node was reached, turning at most CONTINUE_TURN_DEG."""
    children = _drawn(node)
    if not children or node.bearing_in is None:
        return None
    turn, _, _, child = min(((_step_turn(node, c), c.day, c.name, c) for c in children), key=lambda t: t[:3])
    return child if turn <= CONTINUE_TURN_DEG else None


def _step_turn(node: _Node, child: _Node) -> float:
    """How far a step to a child turns from the way the node was reached; a step within a town
    (from its airport to its centre) goes on the same way."""
    return 0.0 if _one_town(node, child) else turn_deg(node.bearing_in, child.bearing_in)


def _one_town(a: _Node, b: _Node) -> bool:
    """Whether two nodes are one town and a part of it named after it (Gao and Gao Airport),
    within AXIS_TIE_KM: a step between them has no way of its own."""
    if quarters_apart(a, b):
        return False  # "Jolan, Al Fallūjah" is a quarter of its own, not the town named after it
    first, second = a.name.casefold(), b.name.casefold()
    short, long = sorted((first, second), key=len)
    return len(short) >= 3 and short != long and short in long and _km(a, b) <= AXIS_TIE_KM


def _waypoint(node: _Node, found: str) -> Waypoint:
    waypoint = Waypoint(node.name, node.id, node.lat, node.lon, node.when, True, node.certainty)
    waypoint.found = found
    return waypoint


def _arrow(path: list[_Node]) -> Advance:
    route = [_waypoint(n, STATED if n.source == STATED else AXIS) for n in path]
    actors: list[str] = []
    evidence: list[Evidence] = []
    side = path[-1].side
    for node in path:
        actors += [a for a in _of_side(node.actors, side) if a not in actors]
        evidence += [e for e in node.evidence if e not in evidence]
    names = " → ".join(n.name for n in path)
    advance = Advance(
        route=route,
        actors=actors,
        certainty=weakest([w.certainty for w in route]),
        evidence=evidence,
        t_start=path[0].when,
        t_end=path[-1].when,
        estimate_note=f"axis: places {side} took one after another ({names}){_given_way(path)}; "
        "no report states this route",
        side=side,
        found=AXIS,
    )
    advance.articles = list(dict.fromkeys(e.article for e in evidence))
    return advance


def _of_side(actors: Sequence[str], side: Optional[str]) -> list[str]:
    """The actors of an arrow's side (those of no known side only when none is the side's): a
    place's report may also name the side that gave it up ("Die ukrainische Armee hat sich aus
    Wuhledar zurückgezogen", "rebels withdrew from Maarat al-Numan")."""
    own = [a for a in actors if side is not None and side_of(a) == side]
    return own or [a for a in actors if side is None or side_of(a) in (None, side)]


def _given_way(path: Sequence[_Node]) -> str:
    """What an arrow's note says of its places no report has the side take (rule 1b)."""
    left = [f"{n.given_way} left {n.name}" for n in path if n.given_way]
    return f" ({', '.join(left)}, no report says who took it)" if left else ""


def _extend(advance: Advance, path: list[_Node]) -> None:
    """A stated advance continued by the places its side took next."""
    for node in path:
        waypoint = _waypoint(node, AXIS)
        before = advance.route[-1].time
        if before and waypoint.time < before[:10]:
            waypoint.time = before[:10]  # the stated tip's own report may be dated later than its taking
        advance.route.append(waypoint)
        advance.actors += [a for a in _of_side(node.actors, advance.side) if a not in advance.actors]
        advance.evidence += [e for e in node.evidence if e not in advance.evidence]
    advance.t_end = max(t for t in (advance.t_end, path[-1].when) if t)
    advance.certainty = weakest([advance.certainty] + [n.certainty for n in path])
    advance.found = AXIS
    advance.articles += [e.article for e in advance.evidence if e.article not in advance.articles]
    if _given_way(path):
        advance.estimate_note = "; ".join(
            n for n in (advance.estimate_note, f"continued{_given_way(path)}") if n
        )


# -- rule 5 -----------------------------------------------------------------------------------


def _inferred_origins(
    roots: list[_Node], starting: dict[int, list[Advance]], positions: Sequence[Position]
) -> list[Advance]:
    """Roots drawn from their side's nearest earlier position: the arrows that start at a root
    start there instead; a root no arrow starts at gets a two-point arrow (returned)."""
    if not roots or not positions:
        return []
    grid = Grid(40.0)
    for position in positions:
        grid.add(position.lat, position.lon, position)
    new: list[Advance] = []
    for root in roots:
        ahead = [w for arrow in starting.get(id(root)) or [] for w in arrow.route]

        def rank(distance: float, position: Position, root=root, ahead=ahead):
            days = root.day - _day(position.when)
            if position.side != root.side or distance < SAME_PLACE_KM or days < 1 or days > AXIS_MAX_GAP_DAYS:
                return None
            if any(_km(position, w) < SAME_PLACE_KM for w in ahead):
                return None  # the arrow comes back there: no way out of the town it goes on to
            if distance > min(ORIGIN_MAX_KM, reach_km(days)):
                return None
            return (distance, -_day(position.when), position.name)

        found = grid.nearest(root.lat, root.lon, ORIGIN_MAX_KM, rank)
        if found is None:
            continue
        (distance, _, _), position = found
        origin = Waypoint(
            position.name, position.id, position.lat, position.lon, position.when, True, "confirmed"
        )
        origin.found = ORIGIN_INFERRED
        note = (
            f"origin inferred: {root.side} was reported at {position.name} on {position.when}, "
            f"{distance:.0f} km from {root.name}, which it took on {root.when}; no report states the route"
        )
        mine = starting.get(id(root)) or []
        if not mine:
            mine = [_arrow([root])]
            new.append(mine[0])
        for arrow in mine:
            arrow.route.insert(0, origin)
            arrow.t_start = position.when
            arrow.found = ORIGIN_INFERRED
            arrow.estimate_note = note + (f"; then {arrow.estimate_note}" if len(arrow.route) > 2 else "")
            if position.evidence not in arrow.evidence:
                arrow.evidence.append(position.evidence)
    return new


# -- geometry ---------------------------------------------------------------------------------


def _km(a, b) -> float:
    return distance_km(a.lat, a.lon, b.lat, b.lon)


def _day(iso: str) -> int:
    return date.fromisoformat(iso[:10]).toordinal()
