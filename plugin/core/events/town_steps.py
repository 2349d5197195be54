"""Axis steps in and out of a town's quarters (events/axes.py, rule 3): quarters a kilometre apart
are places apart, a town's taking told by one of its quarters is one node, and a step out of a
quarter goes on the way the side came in."""

from __future__ import annotations

from typing import Optional

from ..places.gazetteer import bearing, turn_deg
from ..places.quarters import PART_PREFIX, QUARTER_PREFIX, drawn_by_town

CONTINUE_TURN_DEG = 60.0  # axes rule 4: a child turning at most this much continues its arrow
QUARTER_REACH_KM = 10.0  # a step from a town's quarter to a place this near may go any way


def leaves_town_sideways(quarter, node, distance: float) -> bool:
    """A step from a town's quarter to a place beyond QUARTER_REACH_KM that turns more than
    CONTINUE_TURN_DEG from the way the side entered the quarter: the street fighting there takes
    no village off to the side (Gogjali in eastern Mosul, entered from the east, is no step to
    Hammam al-Alil in the south); going on the same way through the town is (Balakliia's centre,
    then Kupiansk beyond)."""
    town = _town_of(quarter)
    if (
        distance <= QUARTER_REACH_KM
        or town is None
        or town in (node.id, _town_of(node))
        or quarter.bearing_in is None
    ):
        return False
    return turn_deg(quarter.bearing_in, bearing(quarter, node)) > CONTINUE_TURN_DEG


def _town_of(node) -> Optional[str]:
    """The town id of a quarter or a part of a town drawn here (quarter:<town id>:…), else None."""
    for prefix in (QUARTER_PREFIX, PART_PREFIX):
        if (node.id or "").startswith(prefix):
            return node.id[len(prefix) :].rsplit(":", 1)[0]
    return None


def quarters_apart(a, b) -> bool:
    """Two named quarters of a town, or a quarter and another place: places apart however near
    (the fighting in a city goes from quarter to quarter, some of them a kilometre apart)."""
    return bool(a.id and b.id) and a.id != b.id and (drawn_by_town(a.id) or drawn_by_town(b.id))


def town_told_by_its_quarter(nodes: list) -> list:
    """A town's taking and the taking of one of its named quarters by one side on one day are one
    taking told twice ("recaptured large parts of Ramadi, mainly Al-Tameem"): the quarter's node
    is where the front stood, and keeps both reports."""
    quarters = {}
    for node in nodes:
        if (node.id or "").startswith(QUARTER_PREFIX):
            town = node.id[len(QUARTER_PREFIX) :].rsplit(":", 1)[0]
            quarters.setdefault((town, node.side, node.day), node)
    out = []
    for node in nodes:
        told = quarters.get((node.id, node.side, node.day))
        if told is not None:
            told.evidence += [e for e in node.evidence if e not in told.evidence]
            continue
        out.append(node)
    return out
