"""The playback plan: time range, frames, key dates and next/previous event stepping."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from frontline.plugin.core.plan.frames import plan_frames

RECORDS = Path(__file__).resolve().parents[1] / "data" / "records"


@pytest.fixture(scope="module")
def plan():
    return plan_frames(json.loads((RECORDS / "offensive_2017.json").read_text(encoding="utf-8")))


def test_range_covers_the_data_with_a_margin_in_whole_days(plan):
    assert plan.start == datetime(2017, 10, 24)  # first date 26 Oct, minus two days
    assert plan.end == datetime(2017, 11, 12)  # last date 9 Nov, plus two days, plus its own frame
    assert plan.frame_count() == 19
    assert plan.frames()[0] == plan.start
    assert plan.frames()[-1] == datetime(2017, 11, 11)
    assert plan.frame_range(11) == (datetime(2017, 11, 4), datetime(2017, 11, 5))


def test_key_dates_are_before_each_event_and_each_arrival(plan):
    kinds = {(k.when.date().isoformat(), k.kind) for k in plan.key_dates}
    assert ("2017-10-24", "before") in kinds
    assert ("2017-11-04", "event") in kinds  # al-Qaim captured
    assert ("2017-11-02", "arrival") in kinds  # into al-Qaim
    assert ("2017-11-08", "arrival") in kinds  # Suwayyah
    assert not any(k.label.startswith("withdrawal") for k in plan.key_dates)  # negated, not an event
    assert plan.key_frames() == [0, 2, 8, 9, 11, 12, 15, 16]


def test_next_and_previous_event_skip_empty_frames(plan):
    assert plan.next_key("2017-10-27").when == datetime(2017, 11, 1)
    assert plan.next_key("2017-11-04T18:00").when == datetime(2017, 11, 5)
    assert plan.next_key("2017-11-09") is None
    assert plan.previous_key("2017-11-04").when == datetime(2017, 11, 2)
    assert plan.previous_key("2017-11-01").when == datetime(2017, 10, 26)
    assert plan.previous_key("2017-10-24") is None


def test_a_coarser_step_keeps_whole_frames():
    record = json.loads((RECORDS / "offensive_2017.json").read_text(encoding="utf-8"))
    weekly = plan_frames(record, step_days=7, fps=4)
    assert (weekly.end - weekly.start).days % 7 == 0
    assert weekly.frame_of("2017-11-04") == 1
    assert weekly.fps == 4


def test_nothing_dated_gives_no_plan():
    assert plan_frames({"frontline": 1, "articles": [], "advances": []}) is None
    undated = json.loads((RECORDS / "broken.json").read_text(encoding="utf-8"))
    assert plan_frames(undated) is not None  # the broken record still has a few dates


def test_events_far_from_the_map_or_dated_only_to_a_month_do_not_stretch_playback():
    record = json.loads((RECORDS / "offensive_2017.json").read_text(encoding="utf-8"))
    article = record["articles"][0]
    article["places"].append({"text": "Irak", "name": "Iraq", "kind": "country", "lat": 33.0, "lon": 44.0})
    article["events"].append(
        {"type": "presence", "place": len(article["places"]) - 1, "t_start": "2017-09-01", "t_end": "2017-11-30",
         "precision": "month", "past": False, "negated": False}
    )  # fmt: skip
    assert plan_frames(record).start == datetime(2017, 10, 24)  # as without that event


def test_an_animation_of_a_short_plan_shows_every_day(plan):
    assert plan.animation_frames() == list(range(plan.frame_count()))


def test_an_animation_of_years_of_articles_stays_small_and_keeps_every_key_date():
    from frontline.plugin.core.plan.frames import FramePlan, KeyDate

    start = datetime(2012, 1, 1)
    keys = [
        KeyDate(datetime(2012, 4, 1), "event", "Timbuktu"),
        KeyDate(datetime(2024, 3, 7), "arrival", "Gaza"),
    ]
    long = FramePlan(start, datetime(2024, 5, 10), 1, 2, keys)
    assert long.frame_count() == 4513
    shown = long.animation_frames(limit=120)
    assert len(shown) <= 120 + len(keys) + 1
    assert set(long.key_frames()) <= set(shown)
    assert shown[0] == 0
    assert shown[-1] == long.frame_count() - 1
