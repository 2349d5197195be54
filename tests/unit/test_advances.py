"""Fusing legs into advances across articles: same routes, continuations, objectives taken
later, contradicting reports, estimated starts, and legs that go different ways."""

from __future__ import annotations

import pytest

from frontline.plugin.core.events.advances import Advance, Denial, Evidence, Waypoint, fuse, road_followed
from frontline.plugin.core.events.routes import follow_key

PLACES = {  # facts: GeoNames points
    "Anah": (34.36857, 41.98194),
    "al-Qaim": (34.39251, 40.98945),
    "Suwayyah": (34.43415, 40.93473),
    "Abu Kamal": (34.45226, 40.91854),
    "Rawa": (34.48229, 41.91898),
    "Haditha": (34.13661, 42.37727),
}


def point(name, time=None, reached=True, certainty="confirmed"):
    lat, lon = PLACES[name]
    return Waypoint(name, f"test:{name}", lat, lon, time, reached, certainty)


def leg(route, article="a1", certainty="confirmed", actors=("Iraqi forces",)):
    return Advance(
        list(route),
        list(actors),
        certainty,
        [Evidence(article, 0, f"quote in {article}")],
        articles=[article],
    )


def test_the_same_route_in_two_articles_is_one_advance_with_both_sources():
    first = leg([point("Anah"), point("al-Qaim", "2017-11-02")], "a1")
    second = leg([point("Anah"), point("al-Qaim", "2017-11-03")], "a2", actors=("Hashd al-Shaabi",))
    (advance,) = fuse([first, second])
    assert [e.article for e in advance.evidence] == ["a1", "a2"]
    assert advance.actors == ["Iraqi forces", "Hashd al-Shaabi"]
    assert advance.route[-1].time == "2017-11-02"


def test_a_continuation_starts_when_the_advance_it_continues_ended():
    before = leg([point("Anah"), point("al-Qaim", "2017-11-02")], "a1")
    after = leg([point("al-Qaim"), point("Suwayyah", "2017-11-30", certainty="claimed")], "a2", "claimed")
    first, second = fuse([after, before])
    assert (first.origin.name, second.origin.name) == ("Anah", "al-Qaim")
    assert second.t_start == first.t_end == "2017-11-02"
    assert second.t_start_estimated
    assert "continues it" in second.estimate_note


def test_a_start_the_text_does_not_give_is_estimated_and_explained():
    (advance,) = fuse([leg([point("Anah"), point("al-Qaim", "2017-11-02")])], lead_days=7)
    assert advance.t_start == "2017-10-26"
    assert advance.t_start_estimated
    assert "estimated 7 days before" in advance.estimate_note


def test_a_later_report_takes_the_objective_an_advance_was_heading_for():
    heading = leg(
        [point("al-Qaim"), point("Suwayyah", "2017-11-08"), point("Abu Kamal", reached=False)], "a1"
    )
    taken = leg([point("Suwayyah"), point("Abu Kamal", "2017-11-19", certainty="claimed")], "a2", "claimed")
    (advance,) = fuse([heading, taken])
    assert [w.reached for w in advance.route] == [True, True, True]
    assert advance.route[-1].time == "2017-11-19"
    assert advance.certainty == "claimed"
    assert len(advance.evidence) == 2


def test_a_later_denial_makes_a_waypoint_unreached_and_is_kept_as_evidence():
    claim = leg([point("Anah"), point("Rawa", "2017-10-12", certainty="claimed")], "a1", "claimed")
    lat, lon = PLACES["Rawa"]
    denial = Denial("test:Rawa", lat, lon, "2017-10-13", Evidence("a2", 0, "Rawa was not taken"))
    (advance,) = fuse([claim], [denial])
    assert advance.route[-1].reached is False
    assert advance.contradicted_by == [denial.evidence]
    earlier = Denial("test:Rawa", lat, lon, "2017-10-01", Evidence("a0", 0, "not yet"))
    (advance,) = fuse([leg([point("Anah"), point("Rawa", "2017-10-12")])], [earlier])
    assert advance.route[-1].reached is True  # an older denial does not undo a newer report


def test_legs_from_one_place_in_different_directions_stay_apart():
    west = leg([point("Anah"), point("al-Qaim", "2017-11-02")], "a1")
    east = leg([point("Anah"), point("Haditha", "2017-11-02")], "a1")
    assert len(fuse([west, east])) == 2


def test_fusing_many_articles_keeps_distinct_routes_apart():
    legs = [leg([point("Anah"), point("al-Qaim", f"2017-11-{1 + i % 28:02d}")], f"a{i}") for i in range(2000)]
    legs += [leg([point("Haditha"), point("Rawa", "2017-11-05")], f"b{i}") for i in range(2000)]
    advances = fuse(legs)
    assert len(advances) == 2
    assert sorted(len(a.evidence) for a in advances) == [2000, 2000]


@pytest.mark.parametrize(
    ("sentence", "road"),
    [
        ("Die Kolonne rückte entlang der Autobahn 1 nach Rutba vor.", "Autobahn 1"),
        ("Der Konvoi fuhr über die A 1 nach Norden.", "A 1"),
        ("Troops advanced along Highway 12 towards al-Qaim.", "Highway 12"),
        ("They pushed on via the M4 highway to Saraqib.", "M4 highway"),
        ("The column drove along I-95 to the coast.", "I-95"),
        ("Die Armee rückte auf Rawa vor.", None),
        ("Fighting on 12 November along the river.", None),
        ("Angriffe über T-72 Panzer hinweg.", None),  # a tank, not a road
        ("Bombers flew along the B-52 corridor.", None),
        ("Gespräche über G7-Gipfel.", None),
    ],
)
def test_the_numbered_road_a_sentence_says_an_advance_went_along(sentence, road):
    assert road_followed(sentence) == road


def test_a_road_named_in_the_text_meets_its_line_on_the_map():
    assert follow_key("Autobahn 1") == follow_key("A 1") == follow_key("A-1") == follow_key("A1") == "a1"
    assert follow_key("the M4 highway") == follow_key("M4") == "m4"
    assert follow_key("Interstate 95") == follow_key("I-95") == "i95"
    assert follow_key("Highway 12") != follow_key("Route 12")  # two roads, not one network
    assert follow_key("Bundesstraße 12") == "b12"
    assert follow_key("Euphrates") == "euphrates"


def test_an_event_dated_only_by_an_open_start_times_the_waypoint_it_happened_at():
    from frontline.plugin.core.events.advances import ArticleEvents, article_advances
    from frontline.plugin.core.events.extractor import Event, EventPlace
    from frontline.plugin.core.places.gazetteer import Place
    from frontline.plugin.core.places.mentions import PlaceMention

    def mention(name):
        lat, lon = PLACES[name]
        place = Place(f"test:{name}", name, lat, lon, "town", "IQ", 1000, None, "test")
        return PlaceMention(name, 0, len(name), 0, "location", place, 1.0)

    def event(kind, places, t_start, t_end, precision):
        return Event(kind, kind, 0, 0, 1, tuple(places), ("Iraqi forces",), None, t_start, t_end, precision,
                     "confirmed", False, False, "quote", "sentence")  # fmt: skip

    item = ArticleEvents(
        "a1",
        [mention("Anah"), mention("al-Qaim")],
        [
            event(
                "advance",
                [EventPlace(0, "origin"), EventPlace(1, "destination")],
                "2017-10-30",
                "2017-10-30",
                "day",
            ),
            # fighting at al-Qaim with a start and no end or precision (an open "since")
            event("attack", [EventPlace(1, "location")], "2017-11-01", None, None),
        ],
    )
    (advance,) = article_advances(item)
    assert [w.name for w in advance.route] == ["Anah", "al-Qaim"]
    assert advance.route[-1].time == "2017-11-01"


def test_reinforcements_brought_from_a_town_go_to_the_town_their_side_took_that_day(record_of):
    record = record_of(
        "2014-10-20",
        "en",
        "Fighting began at dawn in Siftek, five kilometers south of Kobani, which fell to IS militants "
        "on Monday. Residents said the militants had moved reinforcements from bases in Jarabulus and "
        "from Raqqa.",
    )
    # the town measured from is no place of the capture: the name before the position is
    (capture,) = [e for e in record["articles"][0]["events"] if e["type"] == "capture"]
    taken = record["articles"][0]["places"][capture["place"]]
    assert taken["text"] == "Siftek"
    routes = sorted([w["name"] for w in a["route"]] for a in record["advances"])
    assert routes == [["Ar Raqqah", taken["name"]], ["Jarābulus", taken["name"]]]


def test_a_move_from_a_region_is_drawn_from_its_centre_a_withdrawal_from_one_is_no_point(record_of):
    body = "150 Kämpfer der Peschmerga machten sich am Samstag aus dem Nordirak auf den Weg nach Kobane."
    (advance,) = record_of("2014-10-25", "de", body)["advances"]
    origin = advance["route"][0]
    assert origin["name"] == "Nordirak"
    # the north of Iraq, not the middle of the country (33.0, 44.0)
    assert origin["lat"] > 35.5
    record = record_of("2022-09-10", "en", "Russian forces withdrew from the Kharkiv region on Saturday.")
    (withdrawal,) = [e for e in record["articles"][0]["events"] if e["type"] == "withdrawal"]
    assert withdrawal["place"] is None
    assert record["advances"] == []


def test_reinforcements_of_one_side_do_not_go_to_the_town_the_other_side_took(record_of):
    record = record_of(
        "2014-10-20",
        "de",
        "Die IS-Miliz hat am Montag das Dorf Tall Shair bei Kobane erobert. "
        "Seit einer Verstärkung durch kurdische Kämpfer aus Suruç können die Verteidiger die Stadt halten.",
    )
    (move,) = [e for e in record["articles"][0]["events"] if e["trigger"] == "Verstärkung"]
    assert move["actors"] == ["Kurdish fighters"]  # durch after a noun names who does it
    assert move["past"]  # since the reinforcement: before the news
    assert not [a for a in record["advances"] if a["route"][0]["name"] == "Suruç"]


def test_a_unit_named_after_a_town_puts_no_place_on_the_map(record_of):
    body = "Russian officers said Azov units and marines were still holding out in the port of Mariupol."
    places = [p["text"] for p in record_of("2022-04-14", "en", body)["articles"][0]["places"]]
    assert "Mariupol" in places
    assert "Azov" not in places
    # in quotation marks after its kind of unit, or before its commander; the town of Azov stays
    body = (
        'Moscow said the plant was cleared of the formation ‘Azov’. The "Azov" commander surrendered. '
        "Later a convoy reached the town of Azov."
    )
    places = [p["text"] for p in record_of("2022-05-20", "en", body)["articles"][0]["places"]]
    assert places.count("Azov") == 1


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        (
            "de",
            "Malische Soldaten sind am Dienstag in Richtung der Stadt Kati aufgebrochen. Ein Konvoi "
            "verließ am Morgen die 40 Kilometer östlich von Kati gelegene Stadt Koulikoro, hieß es.",
        ),
        (
            "en",
            "Malian soldiers moved on Tuesday towards the town of Kati. A convoy left the town of "
            "Koulikoro, 40 kilometres east of Kati, early in the morning, army sources said.",
        ),
    ],
)
def test_the_town_a_convoy_left_is_where_the_move_to_its_goal_set_out(record_of, lang, body):
    record = record_of("2013-01-22", lang, body)
    (advance,) = record["advances"]
    assert [w["name"] for w in advance["route"]] == ["Koulikoro", "Kati"]
    # a convoy setting out gives up no town
    assert not [e for e in record["articles"][0]["events"] if e["type"] == "withdrawal"]


def test_fighters_leaving_a_town_withdraw_from_it(record_of):
    record = record_of("2013-01-22", "de", "Die Islamisten verließen am Montag die Stadt Koulikoro.")
    (withdrawal,) = [e for e in record["articles"][0]["events"] if e["type"] == "withdrawal"]
    assert record["articles"][0]["places"][withdrawal["place"]]["text"] == "Koulikoro"


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", "A convoy of evacuees left Mariupol for Zaporizhzhia on Sunday."),
        ("de", "Ein Konvoi mit Zivilisten verließ Mariupol am Sonntag in Richtung Saporischschja."),
        ("en", "The convoy turned left at Kupiansk on Tuesday."),
        ("en", "A roadside bomb left the convoy stranded outside Izium."),
        ("de", "Der Außenminister verließ Bagdad am Abend nach einem kurzen Besuch."),
    ],
)
def test_civilians_visitors_and_other_senses_of_leaving_draw_no_move(record_of, lang, body):
    record = record_of("2022-03-20", lang, body)
    assert record["advances"] == []
    assert not [e for e in record["articles"][0]["events"] if e["type"] in ("advance", "withdrawal")]


def test_fighters_riding_in_a_column_withdraw_from_the_town_they_leave(record_of):
    record = record_of("2013-01-28", "de", "Die Islamisten verließen in einer Kolonne Gao in Richtung Kidal.")
    (advance,) = record["advances"]
    assert advance["movement"] == "withdrawal"
    assert [w["name"] for w in advance["route"]] == ["Gao", "Kidal"]


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", "Malian troops captured Niono on Monday. On Tuesday a convoy left the town for Diabaly."),
        (
            "de",
            "Malische Truppen eroberten am Montag Niono. Am Dienstag verließ ein Konvoi die Stadt in Richtung Diabaly.",
        ),
    ],
)
def test_the_town_a_convoy_left_named_before_is_where_it_set_out(record_of, lang, body):
    (advance,) = record_of("2013-01-22", lang, body)["advances"]
    assert [w["name"] for w in advance["route"]] == ["Niono", "Diabali"]


@pytest.mark.parametrize(
    ("lang", "body", "route"),
    [
        ("en", "A long convoy of armoured vehicles left Niono for Diabaly.", ["Niono", "Diabali"]),
        ("en", "A French military convoy left Niono for Diabaly to aid Malian troops.", ["Niono", "Diabali"]),
        (
            "en",
            "Malian troops recaptured Diabaly on Monday. On Tuesday a French convoy left Niono for the town.",
            ["Niono", "Diabali"],
        ),
    ],
)
def test_a_convoy_sets_out_from_the_town_it_leaves_for_the_town_it_heads_to(record_of, lang, body, route):
    (advance,) = [a for a in record_of("2013-01-22", lang, body)["advances"] if a["movement"] == "advance"]
    assert [w["name"] for w in advance["route"]] == route


@pytest.mark.parametrize(
    ("body", "left"),
    [
        ("Die russische Armee verließ Cherson am Freitag.", 1),
        ("Das letzte Bataillon verlässt Bachmut.", 1),
        ("Der Außenminister verließ Bagdad am Abend.", 0),
    ],
)
def test_a_force_that_leaves_a_town_withdraws_a_visitor_does_not(record_of, body, left):
    events = record_of("2022-11-11", "de", body)["articles"][0]["events"]
    assert len([e for e in events if e["type"] == "withdrawal"]) == left


@pytest.mark.parametrize(
    ("lang", "body", "reached"),
    [
        ("en", "Ukrainian troops advanced from Izium to Lyman on Friday.", True),
        ("en", "Ukrainian troops advanced from Izium towards Lyman on Friday.", False),
        ("en", "Ukrainian troops advanced from Izium and approached Lyman on Friday.", False),
        (
            "de",
            "Ukrainische Truppen rückten am Freitag von Isjum aus in Richtung der Stadt Lyman vor.",
            False,
        ),
        ("de", "Ukrainische Truppen rückten am Freitag von Isjum nach Lyman vor.", True),
    ],
)
def test_a_move_towards_a_town_has_not_reached_it(record_of, lang, body, reached):
    (advance,) = record_of("2022-09-10", lang, body)["advances"]
    assert [w["name"] for w in advance["route"]] == ["Izyum", "Lyman"]
    assert advance["route"][-1]["reached"] is reached


def test_the_place_after_a_second_verb_is_that_verb_s_not_the_first_one_s_origin(record_of):
    record = record_of(
        "2022-09-10", "en", "Ukrainian troops advanced from Izium and approached Lyman on Friday."
    )
    article = record["articles"][0]
    roles = {
        (e["trigger"], article["places"][p["place"]]["text"]): p["role"]
        for e in article["events"]
        for p in e["places"]
    }
    assert roles[("approached", "Lyman")] == "destination"
    assert ("advanced", "Lyman") not in roles or roles[("advanced", "Lyman")] != "origin"


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        (
            "en",
            "French troops have retaken the airport of Gao. 'Very soon we will move into Gao,' a captain said.",
        ),
        (
            "de",
            "Französische Truppen haben den Flughafen von Gao erobert. Sie wollen bald in die Stadt Gao einrücken.",
        ),
    ],
)
def test_a_plan_with_no_start_sets_out_from_the_place_the_side_just_took(record_of, lang, body):
    (advance,) = record_of("2013-01-27", lang, body)["advances"]
    assert [w["name"] for w in advance["route"]] == ["Gao Airport", "Gao"]
    assert advance["certainty"] == "intended"
    assert advance["route"][-1]["reached"] is False


def test_a_plan_draws_no_start_from_a_town_far_from_its_goal(record_of):
    body = "French troops have retaken Sevare. 'Very soon we will move into Gao,' a captain said."
    assert record_of("2013-01-27", "en", body)["advances"] == []  # Sevare is 400 km from Gao


@pytest.mark.parametrize(
    ("lang", "body", "route", "reached"),
    [
        # a taking months before the move does not say the move got there
        ("en", "Ukrainian forces advanced from Izium towards Lyman on Monday. Lyman has been under Russian "
         "control since it was seized in late May.", ["Izyum", "Lyman"], False),
        # a manner of moving is no goal short of which it stopped
        ("en", "Ukrainian forces advanced from Izium in a south-easterly direction to Sviatohirsk.",
         ["Izyum", "Svyatohirsk"], True),
        ("de", "Ukrainische Truppen sind von Isjum bis in die Nähe der Stadt Lyman vorgerückt.", ["Izyum", "Lyman"], False),
        ("en", "Russian forces retreated from Izium towards Lyman on Saturday.", ["Izyum", "Lyman"], False),
    ],
)  # fmt: skip
def test_whether_a_move_reached_its_goal(record_of, lang, body, route, reached):
    (advance,) = record_of("2022-09-10", lang, body)["advances"]
    assert [w["name"] for w in advance["route"]] == route
    assert advance["route"][-1]["reached"] is reached


@pytest.mark.parametrize(
    "body",
    [
        "Officials urged civilians in Izium to move to Kharkiv.",
        # the plan is Moscow's, the towns were taken by Ukraine: no Russian arrow from them
        "Ukrainian forces said Balakliia and Shevchenkove were recaptured. Moscow said it would move more troops to Kupiansk.",
    ],
)
def test_a_move_of_civilians_or_of_a_side_the_text_does_not_name_draws_no_arrow(record_of, body):
    assert record_of("2022-09-10", "en", body)["advances"] == []


def test_a_compass_point_before_from_is_the_way_the_move_went_not_a_measure(record_of):
    record = record_of(
        "2022-09-12", "en", "Ukrainian troops pushed south from Izium towards Lyman on Monday."
    )
    (advance,) = record["advances"]
    assert [w["name"] for w in advance["route"]] == ["Izyum", "Lyman"]
    # with a distance it is measured from the town, which is no start
    for text in (
        "Ukrainian troops took a village 20 km south from Izium on Monday.",
        "Ukrainian troops advanced to Dovhenke, 20km south from Izium, on Monday.",
        "Ukrainian troops took Dovhenke, just south from Izium, on Monday.",
    ):
        record = record_of("2022-09-12", "en", text)
        assert all(a["route"][0]["name"] != "Izyum" for a in record["advances"]), text


def test_carrying_the_fight_to_a_village_does_not_reach_it(record_of):
    record = record_of("2015-01-28", "en", "From Kobani, Kurdish fighters took the fight yesterday to the village "
                       "of Shiran, southeast of the town, an activist said.")  # fmt: skip
    (advance,) = record["advances"]
    assert [(w["name"], w["reached"]) for w in advance["route"]] == [
        ("‘Ayn al ‘Arab", True),
        ("Arsalan Tash", False),
    ]


def test_a_push_to_a_quarter_of_the_city_entered_is_not_drawn_from_the_city_s_centre(record_of):
    record = record_of("2016-11-01", "de", "Irakische Soldaten haben Mossul betreten. Bei ihrem Vorstoß auf den "
                       "östlichen Stadtteil Intisar setzten die Soldaten Artillerie ein.")  # fmt: skip
    assert record["advances"] == []


def test_entering_a_town_is_where_the_next_move_sets_out(record_of):
    record = record_of("2022-11-11", "de", "Ukrainische Soldaten betraten am Freitag Cherson. "
                       "Von dort rückten sie nach Oleschky vor.")  # fmt: skip
    assert [[w["name"] for w in a["route"]] for a in record["advances"]] == [["Kherson", "Oleshky"]]


def test_an_advance_on_a_town_from_another_is_a_line_that_has_not_reached_it(record_of):
    body = "Syrian government troops were advancing on Saraqib from Maarat al-Numan in Idlib province."
    (advance,) = record_of("2020-02-06", "en", body)["advances"]
    assert [w["name"] for w in advance["route"]] == ["Ma‘arrat an Nu‘mān", "Saraqib"]
    assert advance["route"][-1]["reached"] is False
    # a grip tightened on a town is no move towards it
    body = "Russia has tightened its grip on Mariupol since the first weeks, the ministry said on Monday."
    assert record_of("2022-04-21", "en", body)["advances"] == []
