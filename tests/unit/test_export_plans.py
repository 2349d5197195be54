"""What exports plan without QGIS: animation frames, small-multiple panels, titles, sources, the
detail inset and the manifest."""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path

import pytest

from frontline.plugin.core.plan.manifest import article_entries, build_manifest, manifest_path
from frontline.plugin.core.plan.schedule import change_days, panel_days, picture_count, plan_animation
from frontline.plugin.core.plan.sheet import (
    Source,
    credits_text,
    date_span,
    default_title,
    dense_cluster,
    grid,
    main_places,
    sources_text,
    weights_by_place,
)

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def d(text: str) -> datetime:
    return datetime.fromisoformat(text)


def test_every_day_is_a_frame_and_key_days_are_held():
    frames = plan_animation(d("2017-11-01"), d("2017-11-05"), key_days=[d("2017-11-03")], hold=3)
    assert [f.label for f in frames] == ["2017-11-01", "2017-11-02", "2017-11-03", "2017-11-04", "2017-11-05"]
    assert [f.repeat for f in frames] == [1, 1, 4, 1, 1]
    assert picture_count(frames) == 8


def test_days_where_nothing_changes_are_skipped_but_not_the_first_last_or_key_ones():
    changes = {d("2017-11-02"), d("2017-11-06")}
    frames = plan_animation(
        d("2017-11-01"), d("2017-11-10"), key_days=[d("2017-11-08")], changes=changes, skip_unchanged=True
    )
    assert [f.label for f in frames] == ["2017-11-01", "2017-11-02", "2017-11-06", "2017-11-08", "2017-11-10"]


def test_a_step_of_several_days_and_a_reversed_range():
    frames = plan_animation(d("2017-11-10"), d("2017-11-01"), step_days=3)
    assert [f.label for f in frames] == ["2017-11-01", "2017-11-04", "2017-11-07", "2017-11-10"]


def test_a_growing_arrow_changes_the_map_every_day_of_its_growth():
    days = change_days(
        instants=[d("2017-11-01T00:00")],
        spans=[(d("2017-11-05"), d("2017-11-07T12:00"))],
        lingering=[(d("2017-11-01"), 2)],
    )
    assert sorted(f"{x:%d}" for x in days) == ["01", "03", "05", "06", "07", "08"]


def test_panels_evenly_spaced_or_at_key_events():
    even = panel_days(d("2017-10-26"), d("2017-11-19"), 4)
    assert [f"{x:%m-%d}" for x in even] == ["10-26", "11-03", "11-11", "11-19"]
    keys = [d(f"2017-11-{n:02d}") for n in (2, 3, 8, 9, 19)]
    assert panel_days(d("2017-10-26"), d("2017-11-19"), 3, mode="key", key_days=keys) == [
        keys[0],
        keys[2],
        keys[4],
    ]
    assert panel_days(d("2017-10-26"), d("2017-11-19"), 9, mode="key", key_days=keys) == keys
    with pytest.raises(ValueError, match="panel mode"):
        panel_days(d("2017-10-26"), d("2017-11-19"), 3, mode="weekly")


def test_a_grid_keeps_panels_large_and_square():
    assert grid(4, 1.4) == (2, 2)
    assert grid(6, 1.4) == (3, 2)
    assert grid(3, 1.4) == (2, 2)  # larger panels beat an empty cell
    assert grid(3, 3.5) == (3, 1)
    assert grid(1, 1.4) == (1, 1)


def test_the_default_title_names_the_main_places_and_the_date_range():
    weights = weights_by_place(
        [
            {"place": "al-Qaim", "type": "capture", "certainty": "confirmed"},
            {"place": "al-Qaim", "type": "attack", "certainty": "claimed"},
            {"place": "al-Qaim", "type": "airstrike", "certainty": "claimed"},
            {"place": "Abu Kamal", "type": "capture", "certainty": "claimed"},
            {"place": "Abu Kamal", "type": "capture", "certainty": "intended"},
            {"place": "Anah", "type": "advance", "certainty": "confirmed"},
            {"place": "Rawa", "type": "presence", "certainty": "confirmed"},
        ]
    )
    places = main_places(weights)
    assert places == ["al-Qaim", "Abu Kamal", "Anah"]
    assert default_title(places, d("2017-10-26"), d("2017-11-19")) == (
        "al-Qaim, Abu Kamal and Anah, 26 October – 19 November 2017"
    )
    assert date_span(d("2022-09-08"), d("2022-09-12")) == "8–12 September 2022"
    assert date_span(d("2016-12-30"), d("2017-01-02"), "de") == "30. Dezember 2016 – 2. Januar 2017"


def test_sources_list_title_outlet_and_date_oldest_first_and_count_what_does_not_fit():
    sources = [
        Source("Abu Kamal changes hands", "Example Wire", d("2017-11-20")),
        Source("Iraqi forces retake al-Qaim", "Example Post", d("2017-11-03")),
        Source(None, None, None, "articles/untitled.txt"),
    ]
    text = sources_text(sources)
    assert text.startswith("Sources: “Iraqi forces retake al-Qaim”, Example Post, 3 November 2017; ")
    assert "untitled.txt" in text
    assert sources_text(sources, limit=1).endswith("and 2 more, listed in the manifest.")
    credits = credits_text(["countries", "rivers"], "1.2")
    assert "GeoNames (CC BY 4.0)" in credits
    assert "Natural Earth" in credits
    assert "WDBII" in credits


def test_a_dense_cluster_of_labelled_places_gets_a_detail_box():
    cluster = [(0.0, 0.0), (1.0, 0.5), (0.5, 1.2)]
    spread = [(-40.0, -30.0), (45.0, 20.0)]
    found = dense_cluster(cluster + spread, (-50, -40, 50, 40))
    assert found is not None
    x0, y0, x1, y1 = found
    assert x0 < 0 < 1 < x1
    assert y0 < 0 < 1.2 < y1
    assert x1 - x0 < 12
    assert dense_cluster(spread, (-50, -40, 50, 40)) is None


def test_the_manifest_lists_articles_with_the_hash_of_the_file_as_it_is(tmp_path):
    path = sorted(EXAMPLES.glob("*.txt"))[0]
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    rows = [
        {"article_id": "a", "path": f"examples/{path.name}", "title": "T", "source": "O",
         "published": "2017-10-27T00:00:00", "sha256": digest},
        {"article_id": "b", "path": "gone.txt", "title": "U", "source": None, "published": None,
         "sha256": "00"},
    ]  # fmt: skip
    entries = article_entries(rows, [tmp_path, EXAMPLES.parent])
    first = next(e for e in entries if e["id"] == "a")
    assert first["sha256"] == digest
    assert first["unchanged"] is True
    assert first["outlet"] == "O"
    missing = next(e for e in entries if e["id"] == "b")
    assert missing["file"] is None
    assert missing["sha256"] == "00"
    assert missing["unchanged"] is None
    out = tmp_path / "situation_2017-11-19.pdf"
    out.write_bytes(b"%PDF-")
    manifest = build_manifest("situation map", [out], version="9", articles=entries, corrections=None)
    assert manifest["outputs"][0]["sha256"] == hashlib.sha256(b"%PDF-").hexdigest()
    assert manifest["corrections_table"] is False
    assert manifest["frontline_version"] == "9"
    assert manifest_path(out).name == "situation_2017-11-19.manifest.json"
