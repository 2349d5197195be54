"""The analyst's corrections: found again by article hash and span, replayed on every record, and
reported when they no longer match anything."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from frontline.plugin.core.corrections.apply import apply_corrections
from frontline.plugin.core.corrections.model import (
    Correction,
    correction_key,
    describe,
    item_key,
    item_key_parts,
    new_correction,
)
from frontline.plugin.core.pipeline import extraction_record
from frontline.plugin.core.plan.layers import plan_layers

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
T0 = datetime(2024, 5, 2, 10, 0)


@pytest.fixture(scope="module")
def record(pipeline):
    results, problems = pipeline.run([EXAMPLES])
    return extraction_record(results, problems)


def article(record, fragment):
    return next(a for a in record["articles"] if fragment in a["path"])


def event(record, fragment, trigger):
    found = article(record, fragment)
    return found, next(e for e in found["events"] if e["trigger"] == trigger)


def place(record, fragment, text):
    found = article(record, fragment)
    return found, next(p for p in found["places"] if p["text"] == text)


def correct(target, action, item, source=None, value=None, minutes=0):
    return new_correction(
        target,
        action,
        item_key_parts(target, item, source),
        value,
        author="anna",
        when=T0 + timedelta(minutes=minutes),
    )


def rows(plan, layer):
    return plan.layers[layer].rows


def test_a_rejected_event_leaves_the_map_and_the_others_keep_their_ids(record):
    source, recapture = event(record, "qaim_retaken", "retook")
    before = {r["attrs"]["event_id"] for r in rows(plan_layers(record), "events")}
    applied = apply_corrections(record, [correct("event", "reject", recapture, source)])
    assert applied.unmatched == []
    after = {r["attrs"]["event_id"] for r in rows(plan_layers(applied.record), "events")}
    assert before - after == {f"{source['id']}:0"}
    assert "retook" not in [r["attrs"]["trigger"] for r in rows(plan_layers(applied.record), "events")]
    assert recapture.get("rejected") is None  # the pipeline's record is never changed


def test_another_candidate_moves_every_mention_of_the_name_and_the_advance_from_it(record):
    source, anah = place(record, "offensive_beginnt", "Anah")
    other = next(c for c in anah["candidates"] if c["id"] != anah["id"])
    correction = correct("place", "place", anah, source, {**other, "how": "candidate"})
    plan = plan_layers(apply_corrections(record, [correction]).record)
    anahs = [r for r in rows(plan, "places") if r["attrs"]["mention"] == "Anah"]
    assert len(anahs) == 2  # both articles name it
    assert {r["attrs"]["name"] for r in anahs} == {other["name"]}
    assert all(r["wkt"] == f"POINT ({other['lon']:.6f} {other['lat']:.6f})" for r in anahs)
    first = next(r for r in anahs if r["attrs"]["article"] == source["id"])
    assert first["attrs"]["review"] == "corrected"
    assert first["attrs"]["corrected_by"] == "anna"
    assert first["attrs"]["corrected"] == f"placed: {other['name']}"
    (route,) = [r for r in rows(plan, "advances") if r["attrs"]["route"] == f"{other['name']} → Al Qā’im"]
    lon, lat = map(float, route["wkt"][len("LINESTRING (") :].split(",")[0].split())
    assert (lon, lat) == (pytest.approx(other["lon"], abs=1e-4), pytest.approx(other["lat"], abs=1e-4))


def test_a_name_placed_on_the_map_is_drawn_there_labelled_and_its_events_get_the_point(record):
    source, husaybah = place(record, "qaim_retaken", "Husaybah")
    correction = correct(
        "place", "place", husaybah, source, {"name": "Husaybah", "lat": 34.3905, "lon": 40.9660, "how": "map"}
    )
    plan = plan_layers(apply_corrections(record, [correction]).record)
    (row,) = [r for r in rows(plan, "places") if r["attrs"]["mention"] == "Husaybah"]
    assert row["wkt"] == "POINT (40.966000 34.390500)"
    assert row["attrs"]["name"] == "Husaybah"
    assert row["attrs"]["flags"] is None
    (captured,) = [
        r
        for r in rows(plan, "events")
        if r["attrs"]["trigger"] == "captured" and r["attrs"]["article"] == source["id"]
    ]
    assert captured["wkt"] == "POINT (40.966000 34.390500)"


def test_a_new_date_moves_the_event_and_the_change_of_control_it_dates(record):
    source, entered = event(record, "qaim_retaken", "entered")
    plan = plan_layers(
        apply_corrections(
            record, [correct("event", "date", entered, source, {"t_start": "2017-11-01"})]
        ).record
    )
    (row,) = [r for r in rows(plan, "events") if r["attrs"]["trigger"] == "entered"]
    assert row["attrs"]["t_start"] == "2017-11-01T00:00:00"
    assert row["attrs"]["corrected"] == "date 2017-11-01"
    qaim = [r for r in rows(plan, "control") if r["attrs"]["name"] == "Al Qā’im"]
    assert [r["attrs"]["valid_from"] for r in qaim] == ["2017-11-01T00:00:00"]


def test_certainty_actors_and_side_of_an_advance_and_of_a_control_period(record):
    advance = next(a for a in record["advances"] if a["route"][-1]["name"] == "Ālbū Kamāl")
    period = next(p for p in record["control"] if p["name"] == "Ālbū Kamāl")
    corrections = [
        correct("advance", "certainty", advance, value={"certainty": "confirmed"}),
        correct("advance", "actors", advance, value={"actors": ["Iraqi forces", "PMU"]}, minutes=1),
        correct("control", "side", period, value={"side": "SY"}, minutes=2),
    ]
    applied = apply_corrections(record, corrections)
    assert applied.unmatched == []
    plan = plan_layers(applied.record)
    (arrow,) = [r for r in rows(plan, "advances") if r["attrs"]["route"].endswith("Ālbū Kamāl")]
    assert arrow["attrs"]["certainty"] == "confirmed"
    assert arrow["attrs"]["actors"] == "Iraqi forces; PMU"
    assert arrow["attrs"]["corrected"] == "certainty confirmed; actors Iraqi forces, PMU"
    (held,) = [r for r in rows(plan, "control") if r["attrs"]["name"] == "Ālbū Kamāl"]
    assert held["attrs"]["side"] == "SY"


def test_corrections_survive_a_rerun_with_a_new_article(pipeline, record, tmp_path):
    source, anah = place(record, "offensive_beginnt", "Anah")
    _, recapture = event(record, "qaim_retaken", "retook")
    corrections = [
        correct("place", "place", anah, source, {"name": "Anah (old town)", "lat": 34.47, "lon": 41.98}),
        correct("event", "reject", recapture, article(record, "qaim_retaken"), minutes=1),
    ]
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in EXAMPLES.iterdir():
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "2017-11-21_en_rawa.txt").write_text(
        "title Rawa quiet\ndate 2017-11-21\nlang en\n\nIraqi forces held Rawa on Monday, officials said.\n",
        encoding="utf-8",
    )
    results, problems = pipeline.run([folder])
    again = apply_corrections(extraction_record(results, problems), corrections)
    assert again.unmatched == []
    plan = plan_layers(again.record)
    assert {r["attrs"]["name"] for r in rows(plan, "places") if r["attrs"]["mention"] == "Anah"} == {
        "Anah (old town)"
    }
    assert "retook" not in [r["attrs"]["trigger"] for r in rows(plan, "events")]


def test_a_correction_whose_article_is_gone_is_reported_unmatched(record):
    source, recapture = event(record, "qaim_retaken", "retook")
    correction = correct("event", "reject", recapture, source)
    smaller = {**record, "articles": [a for a in record["articles"] if a["id"] != source["id"]]}
    applied = apply_corrections(smaller, [correction])
    assert applied.unmatched == [correction]
    assert applied.applied == []


def test_an_added_event_is_on_the_map_with_its_source_and_can_be_rejected_later(record):
    source = article(record, "abu_kamal")
    add = new_correction(
        "event",
        "add",
        {"article": source["id"], "start": 281, "end": 290, "item": {}},
        {
            "type": "withdrawal",
            "t_start": "2017-11-20",
            "certainty": "confirmed",
            "actors": ["Islamic State"],
            "quote": "Islamic State fighters withdrew toward the villages along the Euphrates.",
            "place": {"name": "Hajin", "lat": 34.69, "lon": 40.83},
        },
        author="anna",
        when=T0,
    )
    plan = plan_layers(apply_corrections(record, [add]).record)
    (row,) = [r for r in rows(plan, "events") if r["attrs"]["review"] == "added"]
    assert row["wkt"] == "POINT (40.830000 34.690000)"
    assert row["attrs"]["t_start"] == "2017-11-20T00:00:00"
    assert row["attrs"]["outlet"] == "Frontline example (own text)"
    added = next(
        e for e in apply_corrections(record, [add]).record["articles"][3]["events"] if e.get("added")
    )
    reject = correct("event", "reject", added, source, minutes=5)
    assert correction_key(reject) == item_key("event", added, source)
    plan = plan_layers(apply_corrections(record, [add, reject]).record)
    assert [r for r in rows(plan, "events") if r["attrs"]["review"] == "added"] == []


def test_join_and_split_advances(record):
    anah = next(a for a in record["advances"] if a["route"][0]["name"] == "‘Anah")
    onward = next(a for a in record["advances"] if a["route"][0]["name"] == "Al Qā’im")
    join = correct("advance", "join", anah, value={"with": item_key_parts("advance", onward)})
    joined = apply_corrections(record, [join])
    assert joined.unmatched == []
    routes = [r["attrs"]["route"] for r in rows(plan_layers(joined.record), "advances")]
    assert "‘Anah → Al Qā’im → Suwayyah → Ālbū Kamāl" in routes
    assert not any(r.startswith("Al Qā’im") for r in routes)

    split = correct("advance", "split", onward, value={"at": 1})
    parts = [
        r["attrs"]["route"] for r in rows(plan_layers(apply_corrections(record, [split]).record), "advances")
    ]
    assert "Al Qā’im → Suwayyah" in parts
    assert "Suwayyah → Ālbū Kamāl" in parts


def test_rejecting_every_event_of_its_only_sentence_removes_a_control_period(record):
    source, captured = event(record, "abu_kamal", "captured")
    _, pushing = event(record, "abu_kamal", "pushing")
    one = apply_corrections(record, [correct("event", "reject", captured, source)])
    # "captured Abu Kamal … after pushing into the town": the sentence still says it was taken
    assert "Ālbū Kamāl" in [r["attrs"]["name"] for r in rows(plan_layers(one.record), "control")]
    both = apply_corrections(
        record,
        [
            correct("event", "reject", captured, source),
            correct("event", "reject", pushing, source, minutes=1),
        ],
    )
    assert "Ālbū Kamāl" not in [r["attrs"]["name"] for r in rows(plan_layers(both.record), "control")]


def test_a_correction_is_a_table_row_and_back(record):
    source, recapture = event(record, "qaim_retaken", "retook")
    correction = correct("event", "date", recapture, source, {"t_start": "2017-11-02"})
    row = correction.to_row()
    assert row["article"] == source["id"]
    assert (row["span_start"], row["span_end"]) == (recapture["start"], recapture["end"])
    assert Correction.from_row(row) == correction
    assert describe(correction) == "date 2017-11-02"
    assert describe(correction, {"date": "Datum"}) == "Datum 2017-11-02"
    with pytest.raises(ValueError, match="no such correction"):
        Correction("event", "explode")


def test_accepting_marks_the_item_reviewed(record):
    source, entered = event(record, "qaim_retaken", "entered")
    plan = plan_layers(apply_corrections(record, [correct("event", "accept", entered, source)]).record)
    (row,) = [r for r in rows(plan, "events") if r["attrs"]["trigger"] == "entered"]
    assert row["attrs"]["review"] == "accepted"
    assert row["attrs"]["corrected_at"] == "2024-05-02T10:00:00"
