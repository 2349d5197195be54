"""Movements a report gives a goal and no start ("drängen in Richtung X", "advanced in the
direction of X"): drawn from the side's nearest earlier taking (rule 6), on sentences and made-up
towns written here."""

from __future__ import annotations

from dataclasses import replace

import pytest

from frontline.plugin.core.events.advances import Evidence
from frontline.plugin.core.events.axes import ORIGIN_INFERRED, build_axes
from frontline.plugin.core.events.control import control_periods
from frontline.plugin.core.events.headings import Heading, approach_of
from frontline.plugin.core.pipeline import extraction_record

from .test_axes import PLACES, names, taking


def heading(name, side, day, reached=False, article="h"):
    lat, lon = PLACES[name]
    evidence = Evidence(article, 0, f"{side} moves towards {name}")
    return Heading(side, name, f"test:{name}", lat, lon, f"2022-09-{day:02d}", evidence, reached, "claimed",
                   (f"{side} forces",))  # fmt: skip


def arrows(*changes, headings=()):
    return build_axes(control_periods(list(changes)), [], [], list(headings))


def test_a_goal_with_no_start_is_drawn_from_the_side_s_nearest_earlier_taking():
    (arrow,) = arrows(taking("A", "UA", 1), taking("Far", "UA", 1), headings=[heading("B", "UA", 3)])
    assert names(arrow) == ["A", "B"]
    assert arrow.found == ORIGIN_INFERRED
    assert [w.found for w in arrow.route] == [ORIGIN_INFERRED, "stated"]
    assert [w.reached for w in arrow.route] == [True, False]  # "towards": not reached
    assert arrow.certainty == "claimed"
    assert "no report states where it set out" in arrow.estimate_note


def test_no_line_without_a_taking_of_that_side_before_and_within_reach():
    assert arrows(taking("A", "RU", 1), headings=[heading("B", "UA", 3)]) == []  # the other side's
    assert arrows(taking("A", "UA", 5), headings=[heading("B", "UA", 3)]) == []  # taken after
    assert arrows(taking("D", "UA", 1), headings=[heading("Far", "UA", 2)]) == []  # 300 km in a day


def test_a_goal_on_another_front_is_drawn_from_no_taking_however_long_ago():
    # a town taken ten days before, 300 km off, is no start of a push on the goal (an axis step
    # of ten days may be that long; an inferred start may not)
    assert arrows(taking("D", "UA", 1), taking("A", "UA", 1), headings=[heading("Far", "UA", 11)]) == []
    (near,) = arrows(taking("D", "UA", 1), headings=[heading("C", "UA", 11)])
    assert names(near) == ["D", "C"]


def test_the_taking_the_same_report_tells_is_where_the_move_starts():
    # B is nearer Ahead than A is; the report that tells the move names A's taking
    changes = [taking("A", "UA", 1, article="r"), taking("B", "UA", 2)]
    drawn = arrows(*changes, headings=[heading("Ahead", "UA", 3, article="r")])
    assert ["A", "Ahead"] in [names(a) for a in drawn]
    assert ["B", "Ahead"] not in [names(a) for a in drawn]


def batch_advances(pipeline, tmp_path, *articles: tuple[str, str, str]) -> list[dict]:
    """The advances of a batch of articles, each (date, lang, body)."""
    paths = []
    for n, (date, lang, body) in enumerate(articles):
        path = tmp_path / f"{n}.txt"
        path.write_text(f"date {date}\nlang {lang}\n\n{body}", encoding="utf-8")
        paths.append(path)
    results, problems = pipeline.run(paths)
    return extraction_record(results, problems)["advances"]


def test_a_report_s_movement_towards_a_town_extends_the_front_across_the_batch(pipeline, tmp_path):
    (advance,) = batch_advances(
        pipeline,
        tmp_path,
        ("2024-08-08", "de", "Die Ukraine hat die Stadt Sudscha eingenommen."),
        ("2024-08-20", "de", "In der Zwischenzeit setzten die ukrainischen Streitkräfte ihre Angriffe fort. "
         "Sie drängen Berichten zufolge in Richtung Gluschkowo im Gebiet Kursk."),
    )  # fmt: skip
    assert [w["name"] for w in advance["route"]] == ["Sudzha", "Glushkovo"]
    assert (advance["side"], advance["found"]) == ("UA", ORIGIN_INFERRED)
    assert advance["route"][-1]["reached"] is False


def test_advancing_in_the_direction_of_a_village_after_taking_another(pipeline, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(
        "date 2022-09-09\nlang en\n\nOn Thursday Ukrainian forces liberated Shevchenkove in Kharkiv Oblast. "
        "They then advanced in the direction of Hrushivka in the Kupiansk district, officials said.",
        encoding="utf-8",
    )
    results, problems = pipeline.run([path])
    (advance,) = extraction_record(results, problems)["advances"]
    assert [w["name"] for w in advance["route"]] == ["Shevchenkove", "Hrushivka"]


def test_the_aim_of_an_offensive_is_no_position_a_later_taking_is_drawn_from(pipeline, tmp_path):
    def advances(first_text):
        first = tmp_path / "a.txt"
        first.write_text(f"date 2022-09-05\nlang de\n\n{first_text}", encoding="utf-8")
        second = tmp_path / "b.txt"
        second.write_text(
            "date 2022-09-08\nlang de\n\nUkrainische Truppen nahmen Balaklija ein.", encoding="utf-8"
        )
        results, problems = pipeline.run([first, second])
        return [[w["name"] for w in a["route"]] for a in extraction_record(results, problems)["advances"]]

    launched = (
        "Ukrainische Truppen haben am Montag eine Offensive begonnen, mit der Kupjansk befreit werden soll."
    )
    assert advances(launched) == []
    assert advances("Ukrainische Truppen sind am Montag in Kupjansk stationiert.") == [
        ["Kupyansk", "Balakliya"]
    ]


def test_a_move_the_report_says_came_from_the_south_starts_at_a_taking_south_of_its_goal():
    PLACES["South of B"] = (49.2, 36.4)  # 33 km south of B; A lies 29 km west of it
    changes = [taking("South of B", "UA", 1), taking("A", "UA", 2)]

    def to_b(heading_b):
        return [names(a) for a in arrows(*changes, headings=[heading_b]) if names(a)[-1] == "B"]

    # told no approach, the move starts at the later, nearer taking
    assert to_b(heading("B", "UA", 4)) == [["A", "B"]]
    from_south = replace(
        heading("B", "UA", 4), approach=approach_of("Die Brigade kam von Süden her auf die Stadt zu.")
    )
    assert to_b(from_south) == [["South of B", "B"]]
    from_north = replace(heading("B", "UA", 4), approach=approach_of("They advanced on B from the north."))
    assert to_b(from_north) == []  # no taking north of B: nothing drawn


def test_the_west_and_a_compass_point_of_a_country_are_no_approach():
    assert approach_of("Tanks from the West reached the front.") is None
    assert approach_of("Die Truppen wurden aus dem Osten der Ukraine abgezogen.") is None
    assert approach_of("Reinforcements arrived from the south of Russia.") is None
    assert approach_of("The brigade pushed on towards the town from the south.") == 180.0


@pytest.mark.parametrize(
    ("lang", "body", "taken"),
    [
        ("en", "Ukrainian troops recaptured the town of Kupiansk on Saturday and were approaching Svatove.", "Kupiansk"),
        ("de", "Ukrainische Truppen eroberten am Samstag Isjum zurück und näherten sich der Stadt Lyman.", "Isjum"),
    ],
)  # fmt: skip
def test_a_town_taken_and_the_next_one_approached_in_one_sentence_make_one_arrow(
    record_of, lang, body, taken
):
    # some 50 km apart on one day: farther than two takings a day apart may be one axis, but the
    # sentence itself says the move went on from the town taken
    record = record_of("2022-09-10", lang, body)
    article = record["articles"][0]
    (capture,) = [e for e in article["events"] if e["type"] == "recapture"]
    assert article["places"][capture["place"]]["text"] == taken  # what was recaptured, not approached
    (advance,) = record["advances"]
    assert advance["found"] == ORIGIN_INFERRED
    assert advance["route"][0]["name"] == article["places"][capture["place"]]["name"]
    assert advance["route"][-1]["reached"] is False  # approached: not reached


def test_a_taking_another_sentence_of_the_report_tells_reaches_no_farther(pipeline, tmp_path):
    advances = batch_advances(
        pipeline,
        tmp_path,
        ("2022-09-09", "en", "Ukrainian troops recaptured Shevchenkove."),
        ("2022-09-10", "en", "Ukrainian troops recaptured Izium. In the north, Ukrainian forces were approaching Kupiansk."),
    )  # fmt: skip
    routes = [[w["name"] for w in a["route"]] for a in advances]
    assert ["Shevchenkove", "Kupyansk"] in routes  # the nearer taking, of the day before
    assert ["Izyum", "Kupyansk"] not in routes  # 120 km off, told in another sentence


def test_the_rebels_of_a_batch_whose_only_named_rebels_are_one_side_s_are_that_side(pipeline, tmp_path):
    articles = (
        (
            "2024-11-27",
            "en",
            "Syrian rebels launched a large offensive against government forces on Wednesday.",
        ),
        ("2024-11-30", "en", "Rebels captured the town of Saraqib on Saturday."),
        ("2024-12-01", "en", "Rebels entered the town of Maarrat al-Numan on Sunday."),
    )
    (advance,) = batch_advances(pipeline, tmp_path, *articles)
    assert advance["side"] == "REB"
    assert advance["route"][0]["name"] == "Saraqib"


def test_government_or_other_forces_of_a_batch_take_no_side_from_forces_it_names(pipeline, tmp_path):
    # only rebels and insurgents take the side of the batch's named rebels; "government forces"
    # are not the Russian forces a sentence before names
    paths = []
    for n, body in enumerate(
        (
            "Russian forces shelled Ukrainian positions near Novoazovsk, NATO said. "
            "Government forces retook the town of Sloviansk on Saturday.",
            "Government forces also recaptured the towns of Kramatorsk and Druzhkivka on Sunday.",
        )
    ):
        path = tmp_path / f"{n}.txt"
        path.write_text(f"date 2014-07-0{n + 5}\nlang en\n\n{body}", encoding="utf-8")
        paths.append(path)
    results, problems = pipeline.run(paths)
    record = extraction_record(results, problems)
    taken = [c for c in record["control"] if c["change"] == "taken"]
    assert taken
    assert all(c["side"] != "RU" for c in taken)


def test_a_move_the_report_of_the_last_taking_tells_continues_the_arrow_to_it():
    # A then B taken; the report of B's taking has the side move on towards C, straight ahead:
    # one arrow A → B → C, its last point not reached
    (arrow,) = arrows(
        taking("A", "UA", 1), taking("B", "UA", 2, article="r"), headings=[heading("C", "UA", 2, article="r")]
    )
    assert names(arrow) == ["A", "B", "C"]
    assert [w.reached for w in arrow.route] == [True, True, False]
    assert "then towards C" in arrow.estimate_note


def test_a_move_another_report_tells_or_turning_off_starts_its_own_arrow():
    # another report: the move may be another column's, drawn from B on its own
    drawn = arrows(
        taking("A", "UA", 1), taking("B", "UA", 2, article="r"), headings=[heading("C", "UA", 2, article="x")]
    )
    assert sorted(names(a) for a in drawn) == [["A", "B"], ["B", "C"]]
    # turning north off the eastward arrow (some 90°): no continuation
    drawn = arrows(
        taking("A", "UA", 1),
        taking("B", "UA", 2, article="r"),
        headings=[heading("North", "UA", 2, article="r")],
    )
    assert sorted(names(a) for a in drawn) == [["A", "B"], ["B", "North"]]


def test_a_push_into_a_town_starts_in_the_quarter_of_it_its_side_took(pipeline, tmp_path):
    # the quarter lies some 2 km from the town's point: no taking of the town itself, yet a move
    texts = [
        "2022-02-08 en Iraqi security forces recaptured Al-Nazzal, on the southern side of Falluja.",
        "2022-02-20 en An Iraqi army spokesman said troops crossed the river north of the city and "
        "pushed into downtown Falluja.",
    ]
    for i, text in enumerate(texts):
        day, lang, body = text.split(" ", 2)
        (tmp_path / f"a{i}.txt").write_text(f"date {day}\nlang {lang}\n\n{body}\n", encoding="utf-8")
    results, _ = pipeline.run(sorted(tmp_path.glob("*.txt")))
    record = extraction_record(results, [])
    routes = [[w["name"] for w in a["route"]] for a in record["advances"]]
    assert ["Al-Nazzal, Al Fallūjah", "Al Fallūjah"] in routes, routes


def test_a_heading_its_own_sentence_starts_at_a_town_taken_farther_than_a_day_s_march(record_of):
    # Nawfaliyah lies some 125 km east of Sirte: more than a day's march, but the sentence says
    # the advance went on from the towns the same forces had taken
    body = (
        "Government-allied forces had taken Bin Jawad and Nawfaliyah and were advancing west towards Sirte."
    )
    (advance,) = record_of("2016-05-30", "en", body)["advances"]
    assert [w["name"] for w in advance["route"]] == ["An Nawfaliyah", "Sirte"]
    assert (advance["found"], advance["route"][-1]["reached"]) == (ORIGIN_INFERRED, False)
    assert advance["actors"] == ["Libyan government forces"]
