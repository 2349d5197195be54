"""Place labels in the reporting's spelling, and a derived front that stops at the borders."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from shapely import wkt as shapely_wkt
from shapely.geometry import box

from frontline.plugin.core.plan.fronts import Held, front_areas
from frontline.plugin.core.plan.labels import choose_form, place_labels
from frontline.plugin.core.plan.layers import plan_layers

RECORDS = Path(__file__).resolve().parents[1] / "data" / "records"


def article(language, *mentions):
    return {
        "language": language,
        "places": [
            {"text": text, "name": name, "id": pid, "kind": kind, "role": role}
            for text, name, pid, kind, role in mentions
        ],
    }


def test_a_place_is_labelled_as_the_articles_write_it_not_as_the_gazetteer_transliterates_it():
    labels = place_labels(
        [
            article("de", ("Abu Kamal", "Ālbū Kamāl", "geonames:174448", "town", "location")),
            article("en", ("Abu Kamal", "Ālbū Kamāl", "geonames:174448", "town", "location")),
            article("en", ("al-Qaim", "Al Qā’im", "geonames:92138", "town", "location")),
        ]
    )
    assert labels["geonames:174448"].reporting == "Abu Kamal"
    assert labels["geonames:92138"].reporting == "al-Qaim"


def test_the_form_used_most_wins_and_a_tie_goes_to_the_gazetteer_s_spelling():
    assert choose_form({"Izium": 7, "Izyum": 4}, "Izyum") == "Izium"
    assert choose_form({"Kharkov": 4, "Kharkiv": 4}, "Kharkiv") == "Kharkiv"
    assert choose_form({"al-Qaim": 2, "Al-Qaim": 1}, "Al Qā’im") == "al-Qaim"  # one spelling, as written most


def test_datelines_genitives_demonyms_and_facilities():
    assert choose_form({"MOSCOW": 1, "Moscow": 2}, "Moscow") == "Moscow"
    assert choose_form({"MOSCOW": 1}, "Moscow") == "MOSCOW"  # nothing else written
    assert choose_form({"al-Qaims": 2, "al-Qaim": 1}, "Al Qā’im") == "al-Qaim"  # German genitive
    assert choose_form({"Mossuls": 1}, "Mossul") == "Mossul"
    assert choose_form({"Akashat": 2}, "Akashat Airport", "airbase") == "Akashat Airport"
    labels = place_labels(
        [article("en", ("Iraqi", "Iraq", "geonames:99237", "country", "adjective"),
                 ("Iraq", "Iraq", "geonames:99237", "country", "location"),
                 ("U.S.", "United States", "geonames:6252001", "country", "location"))]
    )  # fmt: skip
    assert labels["geonames:99237"].reporting == "Iraq"
    assert labels["geonames:6252001"].reporting == "U.S."


def test_german_and_english_names_come_from_the_exonym_table_else_from_articles_in_that_language():
    labels = place_labels(
        [
            article("de", ("Mossul", "Mosul", "geonames:99072", "city", "location")),
            article("de", ("Suwayyah", "Suwayyah", "geonames:163846", "village", "location")),
        ]
    )
    mosul = labels["geonames:99072"]
    assert (mosul.reporting, mosul.de, mosul.en) == ("Mossul", "Mossul", "Mosul")
    assert mosul.get("en") == "Mosul"
    suwayyah = labels["geonames:163846"]
    assert (suwayyah.de, suwayyah.en, suwayyah.get("en")) == ("Suwayyah", None, "Suwayyah")


def test_the_places_layer_carries_the_labels():
    record = json.loads((RECORDS / "offensive_2017.json").read_text(encoding="utf-8"))
    rows = [r["attrs"] for r in plan_layers(record).layers["places"].rows]
    qaim = next(r for r in rows if r["mention"] == "al-Qaim")
    assert qaim["label"] == "al-Qaim"
    assert {"label", "label_de", "label_en"} <= set(qaim)


def test_the_derived_front_stops_at_the_border_of_the_country_its_place_lies_in():
    day = datetime(2017, 11, 3)
    qaim = Held("IQ", "al-Qaim", 34.37, 41.09, day, None, "confirmed")
    # a border running north-south at 41.0°E a few kilometres west of al-Qaim
    iraq, syria = box(41.0, 33.0, 43.0, 36.0), box(39.0, 33.0, 41.0, 36.0)
    (unclipped,) = front_areas([qaim])
    (clipped,) = front_areas([qaim], [iraq, syria])
    assert shapely_wkt.loads(unclipped.wkt).bounds[0] < 41.0
    assert shapely_wkt.loads(clipped.wkt).bounds[0] >= 41.0 - 1e-6
    # a side holding a place on each side keeps ground in both countries
    abu_kamal = Held("IQ", "Abu Kamal", 34.45, 40.92, day, None, "confirmed")
    (both,) = front_areas([qaim, abu_kamal], [iraq, syria])
    assert shapely_wkt.loads(both.wkt).bounds[0] < 40.9


def test_a_town_a_coarse_world_map_puts_across_the_border_keeps_its_ground_in_its_own_country():
    day = datetime(2014, 10, 6)
    # Kobani lies a kilometre south of the Turkish border; a coarse map's border passes south of it
    kobani = Held("IS", "Kobani", 36.891, 38.354, day, None, "confirmed", country="SY")
    turkey, syria = box(37.0, 36.85, 40.0, 38.0), box(37.0, 35.0, 40.0, 36.85)
    (by_point,) = front_areas([replace(kobani, country=None)], [("TR", turkey), ("SY", syria)])
    (by_code,) = front_areas([kobani], [("TR", turkey), ("SY", syria)])
    assert shapely_wkt.loads(by_point.wkt).bounds[1] >= 36.85 - 1e-6  # all in "Turkey"
    assert shapely_wkt.loads(by_code.wkt).bounds[3] <= 36.85 + 1e-6  # all in Syria


def test_a_place_the_map_draws_in_another_country_keeps_the_ground_of_that_one():
    # the world map draws Crimea with Russia while the gazetteer says Ukraine: the point decides
    day = datetime(2022, 3, 1)
    town = Held("RU", "Dzhankoi", 45.71, 34.39, day, None, "confirmed", country="UA")
    mainland, peninsula = box(33.0, 46.1, 38.0, 48.0), box(32.5, 44.4, 36.6, 46.0)
    (area,) = front_areas([town], [("UA", mainland), ("RU", peninsula)])
    assert shapely_wkt.loads(area.wkt).bounds[3] <= 46.0 + 1e-6
    assert shapely_wkt.loads(area.wkt).area > 0.02


def test_the_control_layer_carries_each_place_s_country_from_its_articles():
    record = {
        "frontline": 1,
        "articles": [{"id": "a", "places": [{"id": "geonames:1", "country": "SY", "lat": 36.9, "lon": 38.35}]}],
        "control": [
            {"id": "c", "name": "Kobani", "place_id": "geonames:1", "lat": 36.9, "lon": 38.35, "change": "taken",
             "side": "IS", "valid_from": "2014-10-06", "certainty": "confirmed", "evidence": []}
        ],
    }  # fmt: skip
    turkey, syria = box(37.0, 36.95, 40.0, 38.0), box(37.0, 35.0, 40.0, 36.95)
    plan = plan_layers(record, borders=[("TR", turkey), ("SY", syria)])
    (front,) = plan.layers["fronts"].rows
    assert shapely_wkt.loads(front["wkt"]).bounds[3] <= 36.95 + 1e-6


def test_every_derived_area_is_valid_as_written():
    """Areas of nearby towns, one of them misread an ocean away, written with 5 decimals, stay
    valid (QGIS's intersection, which draws their hatching, refuses an invalid one)."""
    first, second, third = datetime(2022, 9, 8), datetime(2022, 9, 9), datetime(2022, 9, 10)
    towns = [  # (side, lat, lon, from, to): towns of eastern Ukraine, and "Republic" in Missouri
        ("UA", 49.45595, 36.84433, first, None), ("UA", 49.98177, 36.25475, first, None),
        ("RU", 49.71003, 37.61581, first, second), ("RU", 48.56814, 39.30553, first, None),
        ("RU", 37.12005, -93.48019, first, None), ("UA", 49.6951, 37.17625, first, None),
        ("UA", 49.50286, 36.9705, second, None), ("UA", 49.71003, 37.61581, second, None),
        ("UA", 49.60132, 36.97828, second, None), ("UA", 46.71268, 34.54975, second, None),
        ("UA", 49.20697, 37.27679, third, None),
    ]  # fmt: skip
    held = [
        Held(side, f"P{i}", lat, lon, start, end, "claimed")
        for i, (side, lat, lon, start, end) in enumerate(towns)
    ]
    areas = front_areas(held)
    assert areas
    for area in areas:
        assert shapely_wkt.loads(area.wkt).is_valid, (area.side, area.valid_from)
