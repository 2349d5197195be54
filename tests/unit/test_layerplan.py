"""Layer planning: what each layer holds for the example record, and how bad input is flagged."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shapely import wkt as shapely_wkt
from shapely.geometry import Point

from frontline.plugin.core.plan.layers import LAYER_NAMES, SCHEMAS, plan_layers

RECORDS = Path(__file__).resolve().parents[1] / "data" / "records"


@pytest.fixture(scope="module")
def offensive():
    return json.loads((RECORDS / "offensive_2017.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def plan(offensive):
    return plan_layers(offensive)


def rows(plan, layer):
    return [r["attrs"] for r in plan.layers[layer].rows]


def test_schemas_have_the_six_layers_with_real_datetime_fields():
    assert LAYER_NAMES == ("articles", "places", "events", "advances", "control", "fronts")
    geometry = {name: spec[0] for name, spec in SCHEMAS.items()}
    assert geometry == {
        "articles": "None",
        "places": "Point",
        "events": "Point",
        "advances": "LineString",
        "control": "Point",
        "fronts": "MultiPolygon",
    }
    types = {name: {f.name: f.type for f in spec[1]} for name, spec in SCHEMAS.items()}
    assert types["events"]["t_start"] == "datetime"
    assert types["advances"]["t_start"] == types["advances"]["shown_until"] == "datetime"
    assert types["control"]["valid_from"] == types["control"]["valid_to"] == "datetime"
    assert types["fronts"]["valid_from"] == "datetime"
    assert {"side", "found", "movement"} <= set(types["advances"])
    for name in ("places", "events", "advances", "control"):  # every map feature carries its evidence
        assert {"article", "article_title", "quote", "flags"} <= set(types[name])


def test_example_record_gives_three_advances_with_their_times(plan):
    advances = {a["advance_id"]: a for a in rows(plan, "advances")}
    assert set(advances) == {"adv-anah-qaim", "adv-akashat-qaim", "adv-qaim-abukamal"}
    anah = advances["adv-anah-qaim"]
    assert (anah["t_start"], anah["t_end"]) == ("2017-10-26T00:00:00", "2017-11-04T00:00:00")
    assert anah["t_start_estimated"]
    assert "estimated-start" in anah["flags"]
    assert anah["route"] == "Anah → al-Qaim"
    assert anah["follows"] == "Euphrates"
    assert anah["vertex_times"].split(";")[-1] == "2017-11-02T00:00:00"
    assert anah["length_km"] == pytest.approx(91.3, abs=0.1)
    last = advances["adv-qaim-abukamal"]
    assert last["unreached"]
    assert last["objective"] == "Abu Kamal"
    assert last["t_end"] is None
    assert last["certainty"] == "claimed"
    assert last["vertex_times"].endswith(";")  # the segment to Abu Kamal has no time
    assert last["reached_km"] < last["length_km"]
    assert "reached Suwayyah" in last["quote"]
    assert last["article_title"] == "Vorstoß Richtung Abu Kamal"


def test_advance_geometry_runs_from_origin_to_objective(plan):
    line = shapely_wkt.loads(plan.layers["advances"].rows[2]["wkt"])
    assert line.coords[0] == pytest.approx((40.98945, 34.39251))
    assert line.coords[-1] == pytest.approx((40.91854, 34.45226))


def test_events_are_placed_at_their_place_and_dated(plan):
    events = {(e["type"], e["place"]): e for e in rows(plan, "events")}
    capture = events[("capture", "al-Qaim")]
    assert capture["t_start"] == "2017-11-04T00:00:00"
    # the same day as a number (days since 1970 on the wall clock), which the map ages events by
    assert capture["t_start_day"] == (datetime(2017, 11, 4) - datetime(1970, 1, 1)).days
    assert capture["certainty"] == "confirmed"
    row = next(r for r in plan.layers["events"].rows if r["attrs"] is capture)
    assert shapely_wkt.loads(row["wkt"]).equals_exact(Point(40.98945, 34.39251), 1e-6)
    history = events[("capture", "Rawa")]
    assert history["past"]
    assert history["t_start"] is None
    assert history["t_start_day"] is None
    assert "past" in history["flags"]
    denial = events[("withdrawal", "Abu Kamal")]
    assert denial["negated"]
    assert "negated" in denial["flags"]


def test_places_appear_from_their_first_dated_involvement(plan):
    seen = {p["name"]: p["first_seen"] for p in rows(plan, "places")}
    assert seen["al-Qaim"] == "2017-11-02T00:00:00"  # reached on the routes before its capture
    assert seen["Anah"] == "2017-10-26T00:00:00"
    assert seen["Suwayyah"] == "2017-11-08T00:00:00"
    assert seen["Rawa"] is None  # only earlier history: shown at every time


def test_control_points_say_who_held_each_place_from_when_to_when(plan):
    control = {(c["name"], c["valid_from"][:10]): c for c in rows(plan, "control")}
    assert len(control) == 6
    held = control[("Husaybah crossing", "2017-10-20")]
    assert (held["side"], held["side_label"], held["valid_to"]) == (
        "IS",
        "Islamic State",
        "2017-11-02T00:00:00",
    )
    retaken = control[("Husaybah crossing", "2017-11-02")]
    assert (retaken["side"], retaken["valid_to"], retaken["flags"]) == ("IQ", None, "side-inferred")
    qaim = control[("al-Qaim", "2017-11-04")]
    assert qaim["actors"] == "Iraqi army; PMF"
    assert qaim["quote"] == "Iraqi troops and the PMF took al-Qaim."
    assert qaim["article_title"] == "Irakische Truppen nehmen al-Qaim ein"
    left = control[("Akashat", "2017-10-26")]
    assert (left["change"], left["side"], left["side_label"]) == ("left", None, "left by Islamic State")
    row = next(r for r in plan.layers["control"].rows if r["attrs"] is qaim)
    assert shapely_wkt.loads(row["wkt"]).equals_exact(Point(40.98945, 34.39251), 1e-6)


def test_the_derived_front_is_each_side_s_ground_around_the_places_it_holds(plan):
    fronts = [(r["attrs"], shapely_wkt.loads(r["wkt"])) for r in plan.layers["fronts"].rows]
    qaim, rawa, akashat = Point(40.98945, 34.39251), Point(41.91898, 34.48229), Point(39.955, 33.696)
    by_side = {}
    for attrs, shape in fronts:
        by_side.setdefault(attrs["side"], []).append((attrs, shape))
        assert "derived from control changes" in attrs["method"]
    assert set(by_side) == {"IS", "IQ"}  # a place left by one side holds no ground for anyone
    for snapshots in by_side.values():  # each side's snapshots follow each other, the last stays open
        for (a, _), (b, _) in zip(snapshots, snapshots[1:]):
            assert a["valid_to"] == b["valid_from"]
        assert snapshots[-1][0]["valid_to"] is None
    (first_is, before), *_ = by_side["IS"]
    assert first_is["valid_from"] == "2017-10-20T00:00:00"
    assert before.contains(qaim)  # the crossing 2 km away was IS's until 2 November
    last_iq, after = by_side["IQ"][-1]
    assert last_iq["valid_from"] == "2017-11-08T00:00:00"
    assert after.contains(qaim)
    assert not after.contains(rawa)
    assert by_side["IS"][-1][1].contains(rawa)
    assert not any(shape.contains(akashat) for _, shape in fronts)
    assert all(shape.distance(qaim) < 0.2 or shape.contains(rawa) for _, shape in fronts)  # 15 km, no more
    assert last_iq["places"] == "Husaybah crossing; Suwayyah; al-Qaim"
    assert last_iq["certainty"] == "claimed"  # the weakest of the holdings it is drawn from
    assert last_iq["flags"] == "side-inferred"


def test_broken_record_still_builds_flags_and_warns():
    record = json.loads((RECORDS / "broken.json").read_text(encoding="utf-8"))
    plan = plan_layers(record)
    assert plan.counts()["advances"] == 5
    assert plan.counts()["events"] == 4
    advances = {a["attrs"]["advance_id"]: a for a in plan.layers["advances"].rows}
    assert advances["unknown-places"]["wkt"] is None
    assert "unplaced" in advances["unknown-places"]["attrs"]["flags"]
    zero = advances["zero-length"]
    assert zero["wkt"] == "LINESTRING (40.989450 34.392510, 40.989450 34.392510)"
    assert "zero-length" in zero["attrs"]["flags"]
    assert "single-point" in advances["single-point"]["attrs"]["flags"]
    assert "undated" in advances["undated"]["attrs"]["flags"]
    events = [e["attrs"] for e in plan.layers["events"].rows]
    assert "bad-date" in events[3]["flags"]
    assert "unknown-type" in events[3]["flags"]
    text = "\n".join(plan.warnings)
    assert "2 places without coordinates" in text
    assert "3 events without a placed location" in text
    assert "zero-length" in text
    assert "single placed waypoint" in text
    assert "articles/garbage.bin" in text


def test_a_record_of_the_wrong_shape_gives_empty_layers_and_a_warning():
    plan = plan_layers(["not", "a", "record"])
    assert plan.counts() == dict.fromkeys(LAYER_NAMES, 0)
    assert plan.warnings


junk = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.floats(allow_nan=True), st.text(max_size=4)),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=3), inner, max_size=3)
    ),
    max_leaves=8,
)
field_names = st.sampled_from(["lat", "lon", "time", "t_start", "place", "reached", "name", "route", "type"])


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(field_names, junk, max_size=6), st.dictionaries(field_names, junk, max_size=6))
def test_junk_entries_never_crash_the_planner(event, advance):
    record = {
        "frontline": 1,
        "articles": [{"id": "x", "places": [event, {"lat": 1, "lon": 2}], "events": [event, {"place": 1}]}],
        "advances": [advance, {"route": [event, advance]}],
    }
    plan = plan_layers(record)
    assert plan.counts()["advances"] == 2


def test_a_name_drawn_near_another_place_is_flagged_and_left_unlabelled():
    """approximate.json: an article names Mosul, then a village the gazetteer lacks (drawn at
    Mosul by extraction) where a capture took place."""
    record = json.loads((RECORDS / "approximate.json").read_text(encoding="utf-8"))
    plan = plan_layers(record)
    by_mention = {row["attrs"]["mention"]: row for row in plan.layers["places"].rows}
    drawn = by_mention["Qarmuta"]
    assert drawn["wkt"] == "POINT (43.118890 36.335000)"
    assert "approximate" in drawn["attrs"]["flags"]
    assert drawn["attrs"]["name"] == "Qarmuta"  # its own name, not the town's
    assert drawn["attrs"]["drawn_at"] == "Mosul"
    assert by_mention["Mossul"]["attrs"]["drawn_at"] is None
    assert drawn["attrs"]["primary"] is False  # no label over Mosul's
    assert by_mention["Mossul"]["attrs"]["primary"] is True
    assert not by_mention["Mossul"]["attrs"]["flags"]
    (event,) = plan.layers["events"].rows
    assert event["wkt"] is None  # no event symbol on Mosul for what happened in Qarmuta
    assert "approximate" in event["attrs"]["flags"]
    assert "unplaced" in event["attrs"]["flags"]
    assert any("nearest place the article names" in warning for warning in plan.warnings)


def test_the_articles_layer_carries_each_article_s_story_group():
    """Reprints of one agency copy share a story id; an article without one is its own story."""
    record = {
        "frontline": 1,
        "articles": [
            {"id": "a1", "title": "Armee nimmt al-Qaim ein", "source": "Blatt A", "story": "a1"},
            {"id": "b2", "title": "Al-Qaim ist gefallen", "source": "Blatt B", "story": "a1"},
            {"id": "c3", "title": "Anderes"},
        ],
        "advances": [],
    }
    rows = plan_layers(record).layers["articles"].rows
    assert [(r["attrs"]["article_id"], r["attrs"]["source"], r["attrs"]["story"]) for r in rows] == [
        ("a1", "Blatt A", "a1"),
        ("b2", "Blatt B", "a1"),
        ("c3", None, "c3"),
    ]


def _arrow_record(reached: bool, left_on: str) -> dict:
    izium = {
        "name": "Izyum",
        "id": "gn:izyum",
        "lat": 49.207,
        "lon": 37.277,
        "time": "2022-09-10",
        "reached": True,
    }
    goal = {
        "name": "Slovyansk",
        "id": "gn:slov",
        "lat": 48.850,
        "lon": 37.597,
        "time": None,
        "reached": reached,
    }
    return {
        "frontline": 1,
        "articles": [],
        "advances": [
            {"id": "a1", "route": [izium, goal], "side": "RU", "certainty": "intended",
             "t_start": "2022-09-10", "t_end": None, "evidence": []}
        ],
        "control": [
            {"id": "c1", "name": "Izyum", "place_id": "gn:izyum", "lat": 49.207, "lon": 37.277, "change": "left",
             "side": None, "left_by": "RU", "valid_from": left_on}
        ],
    }  # fmt: skip


def test_an_unreached_arrow_is_shown_until_its_side_loses_the_place_it_set_out_from():
    (arrow,) = rows(plan_layers(_arrow_record(False, "2022-09-11")), "advances")
    assert arrow["shown_until"].startswith("2022-09-11")
    # a loss before the arrow's day is a place retaken since; an arrow that got there stays
    (earlier,) = rows(plan_layers(_arrow_record(False, "2022-05-01")), "advances")
    (reached,) = rows(plan_layers(_arrow_record(True, "2022-09-11")), "advances")
    assert earlier["shown_until"] is None
    assert reached["shown_until"] is None


def test_a_retreat_towards_a_town_is_shown_though_its_side_left_where_it_set_out():
    record = _arrow_record(False, "2022-09-10")
    record["advances"][0]["movement"] = "withdrawal"
    (arrow,) = rows(plan_layers(record), "advances")
    assert arrow["shown_until"] is None
