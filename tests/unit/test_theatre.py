"""A village a report names with nothing near it is read as its namesake in the ground the batch's
other reports are about (places/theatre.py). Every article here is written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from frontline.plugin.core.pipeline import extraction_record
from frontline.plugin.core.places.mentions import Candidate, PlaceMention
from frontline.plugin.core.places.place import Place
from frontline.plugin.core.places.theatre import Theatre, batch_theatre, far_namesake, in_theatre


def place(
    name: str, lat: float, lon: float, kind: str = "village", population: int = 800, code=None
) -> Place:
    return Place(f"test:{name}:{lat}", name, lat, lon, kind, "UA", population, None, "test", code)


FAR = place("Semenivka", 49.60, 33.18)  # some 330 km west of Avdiivka
NEAR = place("Semenivka", 48.18, 37.63)  # beside it
THEATRE = Theatre(48.14, 37.75, 150.0)  # around Avdiivka


def mention(chosen: Place, *others: Place) -> PlaceMention:
    candidates = tuple(Candidate(p, 1.0) for p in (chosen, *others))
    return PlaceMention("Semeniwka", 0, 9, 0, "location", chosen, 0.9, candidates)


def test_the_theatre_is_where_the_batch_s_events_crowd_not_where_one_report_strays():
    points = [(48.14, 37.75), (48.20, 37.60), (48.10, 37.90), (48.25, 37.70), (48.05, 37.55), (50.45, 30.52)]
    theatre = batch_theatre(points)
    assert (theatre.lat, theatre.lon) == pytest.approx((48.14, 37.75), abs=0.3)
    assert theatre.km == 150.0  # the one report about Kyiv does not stretch it
    assert batch_theatre(points[:4]) is None  # too few events to tell a theatre


def test_a_village_read_far_outside_the_theatre_is_its_namesake_inside():
    assert far_namesake(mention(FAR, NEAR), THEATRE) == NEAR
    (read,) = in_theatre([mention(FAR, NEAR)], THEATRE)
    assert read.place == NEAR
    assert "in the ground the batch's reports are about" in read.reasons[-1]
    # a namesake the gazetteer holds beyond the five candidates counts too
    assert far_namesake(mention(FAR), THEATRE, lambda _name: [FAR, NEAR]) == NEAR


def test_what_keeps_its_reading():
    assert far_namesake(mention(NEAR, FAR), THEATRE) is None  # already inside
    assert far_namesake(mention(FAR), THEATRE) is None  # no namesake inside
    capital = place("Semenivka", 49.60, 33.18, "city", 3_000_000, "PPLC")
    assert far_namesake(mention(capital, NEAR), THEATRE) is None  # a capital is named from any front
    big = place("Semenivka", 49.60, 33.18, "city", 300_000)
    assert far_namesake(mention(big, NEAR), THEATRE) is None  # so is a big city
    other = replace(mention(FAR, NEAR), role="adjective")
    assert far_namesake(other, THEATRE) is None


def test_a_batch_reads_a_village_named_alone_where_its_other_reports_fight(pipeline, tmp_path):
    reports = {
        "2024-02-17": "Russische Truppen haben Awdijiwka eingenommen. Zuvor hatten sie Stepowe erobert.",
        "2024-02-25": "Russische Truppen haben Lastotschkyne eingenommen und rücken auf Berdytschi vor.",
        "2024-03-01": "Russische Truppen haben Tonenke und Orliwka erobert.",
        "2024-03-20": "Kiew (dpa) - Das russische Militär hat die Einnahme von Semeniwka gemeldet.",
    }
    for day, body in reports.items():
        (tmp_path / f"{day}.txt").write_text(f"date {day}\nlang de\n\n{body}", encoding="utf-8")
    results, problems = pipeline.run([tmp_path])
    record = extraction_record(results, problems)
    (last,) = [a for a in record["articles"] if a["path"].endswith("2024-03-20.txt")]
    (village,) = [p for p in last["places"] if p["text"] == "Semeniwka"]
    assert (village["lat"], village["lon"]) == pytest.approx((48.18, 37.63), abs=0.05)
    # alone, the report has nothing to tell its Semeniwka from the others
    alone, _ = pipeline.run([tmp_path / "2024-03-20.txt"])
    (read,) = [m for m in alone[0].places if m.text == "Semeniwka"]
    assert abs(read.place.lat - 48.18) > 0.5


def test_a_batch_of_two_wars_has_no_theatre():
    donbas = [(48.14, 37.75), (48.20, 37.60), (48.10, 37.90), (48.25, 37.70)]
    mali = [(14.94, -3.89), (16.27, -0.04), (14.90, -3.90), (16.77, -3.00)]
    assert batch_theatre(donbas + mali) is None


def test_a_village_the_article_puts_beside_another_of_its_places_keeps_its_reading():
    davydiv_brid = place("Davydiv Brid", 47.12, 33.35)
    beside = place("Semenivka", 47.20, 33.40)  # in the Kherson region, far from Avdiivka
    article = [mention(beside, NEAR), replace(mention(davydiv_brid), text="Davydiv Brid")]
    assert [m.place for m in in_theatre(article, THEATRE)] == [beside, davydiv_brid]


def test_a_namesake_in_another_country_is_no_reading():
    abroad = Place("test:abroad", "Semenivka", 48.0, 37.5, "village", "RU", 500, None, "test", None)
    assert far_namesake(mention(FAR, abroad), THEATRE) is None
