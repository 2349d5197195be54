"""A move with a stated start and a compass direction but no goal is an arrow that way."""

from __future__ import annotations

import pytest

from frontline.plugin.core.places.gazetteer import distance_km

from .test_headings import batch_advances


def ends(advances) -> list[tuple[str, str, bool]]:
    return sorted(
        (a["route"][0]["name"], a["route"][-1]["name"], a["route"][-1]["reached"]) for a in advances
    )


def test_advancing_north_from_a_town_draws_an_unreached_arrow_north_of_it(pipeline, tmp_path):
    (advance,) = batch_advances(
        pipeline, tmp_path, ("2024-08-10", "en", "From Sudzha, Ukrainian troops are rapidly advancing north.")
    )
    start, end = advance["route"]
    assert (start["name"], end["name"], end["reached"]) == ("Sudzha", "north of Sudzha", False)
    assert end["lat"] > start["lat"]
    assert abs(end["lon"] - start["lon"]) < 0.01
    assert 20 <= distance_km(start["lat"], start["lon"], end["lat"], end["lon"]) <= 40
    assert (advance["side"], advance["found"]) == ("UA", "direction")


def test_each_direction_of_a_list_is_an_arrow_named_in_the_report_s_language(pipeline, tmp_path):
    advances = batch_advances(
        pipeline,
        tmp_path,
        (
            "2022-09-12",
            "de",
            "Von Charkiw aus sind die ukrainischen Truppen Richtung Süden und Osten vorgerückt.",
        ),
    )
    assert ends(advances) == [
        ("Kharkiv", "südlich von Charkiw", False),
        ("Kharkiv", "östlich von Charkiw", False),
    ]
    assert {a["side"] for a in advances} == {"UA"}


def test_a_direction_a_taking_of_the_side_already_shows_is_not_drawn_again(pipeline, tmp_path):
    advances = batch_advances(
        pipeline,
        tmp_path,
        ("2022-09-12", "de", "Von Charkiw aus sind die ukrainischen Truppen Richtung Süden und nach Norden "
         "vorgerückt. Ukrainische Soldaten haben auch Smijiw eingenommen."),
    )  # fmt: skip
    assert ends(advances) == [("Kharkiv", "nördlich von Charkiw", False)]


def test_one_start_and_direction_told_twice_is_one_arrow_with_both_reports(pipeline, tmp_path):
    (advance,) = batch_advances(
        pipeline,
        tmp_path,
        ("2022-09-14", "en", "Ukrainian forces pushed south from Kharkiv, the ministry said."),
        ("2022-09-15", "en", "The Ukrainian army kept pushing south from Kharkiv."),
    )
    assert advance["route"][-1]["name"] == "south of Kharkiv"
    assert len(advance["evidence"]) == 2


def test_a_position_north_of_a_town_or_a_move_with_a_goal_draws_no_direction(pipeline, tmp_path):
    advances = batch_advances(
        pipeline,
        tmp_path,
        ("2022-09-12", "en", "Ukrainian forces advanced north of Kharkiv on Monday."),
        ("2022-09-13", "en", "Russian troops advanced from Belgorod towards Kharkiv to the south."),
    )
    assert all(a["found"] != "direction" for a in advances)
    assert ends(advances) == [("Belgorod", "Kharkiv", False)]


def test_the_subject_after_a_fronted_start_is_who_moves(record_of):
    record = record_of(
        "2022-09-12", "de", "Von Charkiw aus sind die ukrainischen Truppen nach Isjum vorgerückt."
    )
    (event,) = record["articles"][0]["events"]
    assert event["actors"] == ["Ukrainian forces"]


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", "Ukrainian forces advanced from Kharkiv as thousands of civilians fled to the west."),
        ("en", "Ukrainian forces advanced from Izium to the north-east of the city."),
        ("en", "Thousands of civilians headed west from Mariupol."),
        ("en", "Ukrainian forces advanced from Kharkiv, and Zelensky appealed to the West for weapons."),
        ("en", "Ukrainian forces pushed from Kherson to the east bank of the Dnipro."),
        (
            "de",
            "Die ukrainischen Truppen rückten von Charkiw aus vor, während Tausende Zivilisten nach Westen flohen.",
        ),
        ("de", "Von Isjum aus sind die russischen Truppen nach Osten zurückgedrängt worden."),
        (
            "de",
            "Die ukrainische Armee rückte von Charkiw aus vor, nachdem Russland Truppen nach Süden verlegt hatte.",
        ),
    ],
)
def test_a_direction_of_another_clause_of_people_or_of_a_position_draws_no_arrow(
    pipeline, tmp_path, lang, body
):
    advances = batch_advances(pipeline, tmp_path, ("2022-09-12", lang, body))
    assert [a for a in advances if a["found"] == "direction"] == []


def test_a_compound_direction_is_the_one_drawn(pipeline, tmp_path):
    (advance,) = batch_advances(
        pipeline, tmp_path, ("2022-09-12", "en", "Ukrainian troops advanced south-eastwards from Izium.")
    )
    assert advance["route"][-1]["name"] == "south-east of Izium"


def test_one_report_naming_the_side_and_one_not_are_one_arrow(pipeline, tmp_path):
    (advance,) = batch_advances(
        pipeline,
        tmp_path,
        ("2022-09-13", "en", "Ukrainian forces pushed south from Kharkiv."),
        ("2022-09-14", "en", "We pushed south from Kharkiv, the commander said."),
    )
    assert (advance["side"], len(advance["evidence"])) == ("UA", 2)
