"""Advance routes: geodesic geometry, per-vertex times, reached share, degenerate routes."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pyproj import Geod

from frontline.plugin.core.events.routes import (
    NO_PLACED_WAYPOINTS,
    SINGLE_POINT,
    ZERO_LENGTH,
    LineNetwork,
    build_route,
    parse_time,
)

GEOD = Geod(ellps="WGS84")
QAIM = {"name": "al-Qaim", "lat": 34.39251, "lon": 40.98945}
SUWAYYAH = {"name": "Suwayyah", "lat": 34.43415, "lon": 40.93473}
ABU_KAMAL = {"name": "Abu Kamal", "lat": 34.45226, "lon": 40.91854}
ANAH = {"name": "Anah", "lat": 34.36857, "lon": 41.98194}


def km(a, b):
    return GEOD.inv(a["lon"], a["lat"], b["lon"], b["lat"])[2] / 1000


def test_length_is_geodesic_and_line_is_densified_between_waypoints():
    route = build_route([dict(ANAH, time="2017-10-26"), dict(QAIM, time="2017-11-02")], step_km=5)
    assert route.length_km == pytest.approx(km(ANAH, QAIM), rel=1e-6)
    assert 91 < route.length_km < 92
    assert len(route.coords) == 20  # ceil(91.3 / 5) legs of under 5 km
    assert route.coords[0] == (ANAH["lon"], ANAH["lat"])
    assert route.coords[-1] == (QAIM["lon"], QAIM["lat"])
    steps = [b - a for a, b in zip(route.vertex_km, route.vertex_km[1:])]
    assert max(steps) <= 5.0 + 1e-9
    # the inner vertices lie on the geodesic: start→vertex→end adds no length
    lon, lat = route.coords[7]
    detour = km(ANAH, {"lon": lon, "lat": lat}) + km({"lon": lon, "lat": lat}, QAIM)
    assert detour == pytest.approx(route.length_km, abs=1e-3)


def test_vertex_times_interpolate_by_distance_between_timed_waypoints():
    route = build_route(
        [dict(QAIM, time="2017-11-05"), dict(SUWAYYAH, time="2017-11-08"), dict(ABU_KAMAL, reached=False)],
        step_km=1,
    )
    assert len(route.vertex_times) == len(route.coords)
    suwayyah = route.waypoint_vertices[1]
    assert route.vertex_times[0] == "2017-11-05T00:00:00"
    assert route.vertex_times[suwayyah] == "2017-11-08T00:00:00"
    # the objective is not reached: its segment has no times
    assert route.vertex_times[suwayyah + 1 :] == [None] * (len(route.coords) - suwayyah - 1)
    assert route.reached_vertex == suwayyah
    assert route.reached_km == pytest.approx(km(QAIM, SUWAYYAH), rel=1e-6)
    middle = route.vertex_times[3]
    share = route.vertex_km[3] / route.reached_km
    expected = datetime(2017, 11, 5) + share * timedelta(days=3)
    assert abs((parse_time(middle) - expected).total_seconds()) <= 1


def test_untimed_first_and_last_waypoints_take_the_advance_start_and_end():
    route = build_route([ANAH, QAIM], t_start="2017-10-26", t_end="2017-11-02")
    assert route.vertex_times[0] == "2017-10-26T00:00:00"
    assert route.vertex_times[-1] == "2017-11-02T00:00:00"


def test_fraction_reached_grows_from_zero_to_the_reached_share():
    route = build_route(
        [dict(QAIM, time="2017-11-05"), dict(SUWAYYAH, time="2017-11-08"), dict(ABU_KAMAL, reached=False)]
    )
    moments = ["2017-11-01", "2017-11-05", "2017-11-06T12:00", "2017-11-08", "2017-11-30"]
    shares = [route.fraction_reached(m) for m in moments]
    assert shares[0] == 0.0
    assert shares[1] == 0.0
    assert shares[2] == pytest.approx(0.5 * route.reached_km / route.length_km, rel=1e-3)
    assert shares[3] == pytest.approx(route.reached_km / route.length_km)
    assert shares[4] == shares[3] < 1.0  # Abu Kamal stays an objective


@pytest.mark.parametrize(
    ("waypoints", "problem", "wkt"),
    [
        ([], NO_PLACED_WAYPOINTS, None),
        ([{"name": "Nowhere", "lat": None, "lon": None}], NO_PLACED_WAYPOINTS, None),
        ([QAIM], SINGLE_POINT, "POINT (40.989450 34.392510)"),
        ([QAIM, dict(QAIM, time="2017-11-04")], ZERO_LENGTH, "POINT (40.989450 34.392510)"),
        ([QAIM, {"name": "x", "lat": "n/a", "lon": 3}], SINGLE_POINT, "POINT (40.989450 34.392510)"),
    ],
)
def test_degenerate_routes_are_flagged_not_raised(waypoints, problem, wkt):
    route = build_route(waypoints)
    assert route.problem == problem
    assert route.wkt() == wkt
    assert route.length_km == 0.0
    assert route.fraction_reached("2017-11-05") in (0.0, 1.0)


def test_waypoints_without_coordinates_are_skipped_and_named():
    route = build_route([ANAH, {"name": "Ghost town", "lat": None, "lon": None}, QAIM])
    assert route.skipped == ["Ghost town"]
    assert route.is_line
    assert len(route.waypoint_vertices) == 2


def test_out_of_order_waypoint_times_are_held_not_reversed():
    route = build_route([dict(ANAH, time="2017-11-05"), dict(QAIM, time="2017-11-01")])
    assert route.warnings
    times = [parse_time(t) for t in route.vertex_times]
    assert times == sorted(times)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2017-11-02", datetime(2017, 11, 2)),
        ("2017-11-02T13:30:00", datetime(2017, 11, 2, 13, 30)),
        ("2017-11-02T03:00:00+03:00", datetime(2017, 11, 2, 0, 0)),
        ("2017-11-02T00:00:00Z", datetime(2017, 11, 2)),
        ("2017-11", datetime(2017, 11, 1)),
        ("P3D", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_time(text, expected):
    assert parse_time(text) == expected


coordinate = st.one_of(st.none(), st.floats(-200, 200), st.just(float("nan")), st.just("x"))
day = st.one_of(
    st.none(), st.dates(min_value=datetime(2017, 1, 1).date(), max_value=datetime(2018, 1, 1).date())
)
waypoint = st.fixed_dictionaries(
    {"name": st.text(max_size=5), "lat": coordinate, "lon": coordinate, "time": day, "reached": st.booleans()}
)


@settings(max_examples=150, deadline=None)
@given(st.lists(waypoint, max_size=6), day, day)
def test_any_waypoints_give_a_consistent_route(waypoints, t_start, t_end):
    for w in waypoints:
        w["time"] = w["time"] and w["time"].isoformat()
    route = build_route(waypoints, t_start=t_start and t_start.isoformat(), t_end=t_end and t_end.isoformat())
    assert len(route.coords) == len(route.vertex_times) == len(route.vertex_km)
    assert route.vertex_km == sorted(route.vertex_km)
    times = [parse_time(t) for t in route.vertex_times if t is not None]
    assert times == sorted(times)
    assert all(t is None for t in route.vertex_times[route.reached_vertex + 1 :])
    assert 0.0 <= route.fraction_reached("2017-06-01") <= 1.0
    assert route.is_line == (route.wkt() or "").startswith("LINESTRING")


# A river that bends north between Anah and al-Qaim (made-up geometry, in two pieces that meet
# at 41.5° E as tiled river data do), and a town far from it.
RIVER = [
    [(42.05, 34.40), (41.80, 34.50), (41.50, 34.60)],
    [(41.50, 34.60), (41.20, 34.50), (41.00, 34.42), (40.90, 34.45)],
]
AKASHAT = {"name": "Akashat", "lat": 33.696, "lon": 39.955}


def _off_river_km(point, network):
    return network.snap(point)[0]


def test_a_route_that_follows_a_river_runs_along_it_with_consistent_times():
    river = LineNetwork(RIVER)
    route = build_route(
        [dict(ANAH, time="2017-10-26"), dict(QAIM, time="2017-11-02")], guide=river, step_km=5
    )
    assert route.followed_legs == [True]
    assert route.coords[0] == (ANAH["lon"], ANAH["lat"])
    assert route.coords[-1] == (QAIM["lon"], QAIM["lat"])
    # every vertex lies on the river, except on the short way from each town to its bank
    assert max(_off_river_km(p, river) for p in route.coords) <= 8.5
    assert max(_off_river_km(p, river) for p in route.coords[3:-3]) < 0.1
    assert (41.5, 34.6) in route.coords  # through the bend, not across it
    assert route.length_km > km(ANAH, QAIM) + 15
    times = [parse_time(t) for t in route.vertex_times]
    assert times[0] == datetime(2017, 10, 26)
    assert times[-1] == datetime(2017, 11, 2)
    assert times == sorted(times)
    # half the way along the river is half the time
    middle = min(range(len(route.coords)), key=lambda v: abs(route.vertex_km[v] - route.length_km / 2))
    expected = datetime(2017, 10, 26) + timedelta(days=7) * (route.vertex_km[middle] / route.length_km)
    assert abs((times[middle] - expected).total_seconds()) <= 1


def test_a_leg_far_from_the_river_stays_a_geodesic_line():
    river = LineNetwork(RIVER)
    route = build_route([dict(AKASHAT, time="2017-10-26"), dict(QAIM, time="2017-11-02")], guide=river)
    straight = build_route([dict(AKASHAT, time="2017-10-26"), dict(QAIM, time="2017-11-02")])
    assert route.followed_legs == [False]
    assert route.coords == straight.coords
    assert route.vertex_times == straight.vertex_times


def test_only_the_legs_near_the_river_follow_it():
    river = LineNetwork(RIVER)
    route = build_route([AKASHAT, QAIM, ANAH], guide=river, t_start="2017-10-20", t_end="2017-11-02")
    assert route.followed_legs == [False, True]
    assert route.waypoint_vertices[-1] == len(route.coords) - 1


def test_disconnected_river_pieces_are_not_bridged():
    gap = [RIVER[0], [(41.30, 34.55), (41.00, 34.42), (40.90, 34.45)]]  # 20 km apart
    route = build_route([ANAH, QAIM], guide=LineNetwork(gap))
    assert route.followed_legs == [False]
    assert route.length_km == pytest.approx(km(ANAH, QAIM), rel=1e-6)
