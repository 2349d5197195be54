"""Axes of advance from successive takings, inferred origins, and their meeting with stated advances."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from frontline.plugin.core.events.advances import (
    Advance,
    ArticleEvents,
    Evidence,
    Waypoint,
    article_advances,
    fuse,
)
from frontline.plugin.core.events.ahead import Objective
from frontline.plugin.core.events.axes import (
    AXIS,
    ORIGIN_INFERRED,
    Position,
    build_axes,
    infer_unstated_sides,
    reach_km,
)
from frontline.plugin.core.events.control import ControlChange, control_periods
from frontline.plugin.core.events.extractor import Event, EventPlace
from frontline.plugin.core.places.gazetteer import Place, distance_km
from frontline.plugin.core.places.mentions import PlaceMention

# Made-up towns on a line running east along 49.5° N, some 29 km apart, and a few off it.
PLACES = {
    "A": (49.5, 36.0),
    "B": (49.5, 36.4),
    "C": (49.5, 36.8),
    "D": (49.5, 37.2),
    "North": (49.8, 36.4),  # 33 km north of B
    "Back": (49.52, 36.2),  # between A and B
    "Far": (49.5, 40.6),  # 300 km east of D
    "South": (49.455, 36.0),  # 5 km south of A
    "Ahead": (49.58, 36.6),  # some 45 km east of both A and South, A a little nearer
}


def taking(name, side, day, certainty="confirmed", article=None):
    lat, lon = PLACES[name]
    evidence = Evidence(article or f"{name}-{day}", 0, f"{name} taken")
    actors = (f"{side} forces",) if side else ()
    return ControlChange(
        "taken",
        "capture",
        f"test:{name}",
        name,
        lat,
        lon,
        side,
        actors,
        f"2022-09-{day:02d}",
        certainty,
        evidence,
    )


def axes(*changes, stated=(), positions=()):
    periods = control_periods(list(changes))
    infer_unstated_sides(periods)
    return build_axes(periods, list(stated), list(positions)), periods


def names(advance):
    return [w.name for w in advance.route]


def test_three_takings_by_one_side_in_a_line_over_four_days_are_one_growing_axis():
    (axis,), _ = axes(taking("A", "UA", 1), taking("B", "UA", 2, "claimed"), taking("C", "UA", 4))
    assert names(axis) == ["A", "B", "C"]
    assert (axis.found, axis.side, axis.movement) == (AXIS, "UA", "advance")
    assert [w.time for w in axis.route] == ["2022-09-01", "2022-09-02", "2022-09-04"]
    assert all(w.reached and w.found == AXIS for w in axis.route)
    assert (axis.t_start, axis.t_end) == ("2022-09-01", "2022-09-04")
    assert axis.certainty == "claimed"  # the weakest of its waypoints
    assert len(axis.evidence) == 3
    assert "no report states this route" in axis.estimate_note


def test_a_capture_300_km_away_does_not_join():
    assert distance_km(*PLACES["D"], *PLACES["Far"]) > reach_km(1)
    (axis,), _ = axes(taking("A", "UA", 1), taking("B", "UA", 2), taking("C", "UA", 3), taking("D", "UA", 4),
                      taking("Far", "UA", 5))  # fmt: skip
    assert names(axis) == ["A", "B", "C", "D"]


def test_takings_of_one_day_cannot_be_ordered_and_the_other_side_never_joins():
    assert axes(taking("A", "UA", 1), taking("B", "UA", 1))[0] == []
    assert axes(taking("A", "UA", 1), taking("B", "RU", 2))[0] == []


def test_a_taking_dated_early_in_the_month_comes_before_a_day_inside_that_span():
    # "A was overrun early in September" (1st to 10th), B taken on the 6th: the front went A → B
    early = replace(taking("A", "IS", 10), earliest="2022-09-01")
    (axis,), periods = axes(early, taking("B", "IS", 6))
    assert names(axis) == ["A", "B"]
    assert axis.route[0].time == "2022-09-05"  # the middle of the span, before B
    assert next(p for p in periods if p.name == "A").valid_from == "2022-09-10"  # held by the 10th
    # told to the day (the 10th), A came after B
    (axis,), _ = axes(taking("A", "IS", 10), taking("B", "IS", 6))
    assert names(axis) == ["B", "A"]


def test_an_axis_branches_and_a_sharp_turn_starts_a_new_arrow():
    arrows, _ = axes(
        taking("A", "UA", 1), taking("B", "UA", 2), taking("C", "UA", 3), taking("North", "UA", 3)
    )
    assert sorted(names(a) for a in arrows) == [["A", "B", "C"], ["B", "North"]]
    arrows, _ = axes(taking("A", "UA", 1), taking("B", "UA", 2), taking("North", "UA", 3))  # a right angle
    assert sorted(names(a) for a in arrows) == [["A", "B"], ["B", "North"]]


def test_three_villages_taken_one_day_in_one_direction_are_one_arrow_to_the_most_reported():
    PLACES.update({"V1": (49.55, 36.75), "V2": (49.45, 36.78), "V3": (49.5, 36.7)})  # east of B
    villages = [taking(v, "UA", 3) for v in ("V1", "V2", "V3")]
    villages.append(taking("V3", "UA", 3, article="another report"))
    arrows, _ = axes(taking("A", "UA", 1), taking("B", "UA", 2), *villages)
    assert [names(a) for a in arrows] == [["A", "B", "V3"]]
    arrows, _ = axes(taking("A", "UA", 1), taking("B", "UA", 2), *villages[:2])  # two are two arrows
    assert sorted(names(a)[-1] for a in arrows) == ["V1", "V2"]


def test_of_two_earlier_takings_about_as_near_the_later_is_where_the_front_stood():
    from_a = distance_km(*PLACES["A"], *PLACES["Ahead"])
    from_south = distance_km(*PLACES["South"], *PLACES["Ahead"])
    assert from_a < from_south < from_a + 5  # A is nearer, by a kilometre or two
    arrows, _ = axes(taking("A", "UA", 1), taking("South", "UA", 2), taking("Ahead", "UA", 4))
    # Ahead extends South, the later (a sharp turn there, so a new arrow), not A
    assert sorted(names(a) for a in arrows) == [["A", "South"], ["South", "Ahead"]]


def test_going_back_behind_the_line_is_no_advance_from_the_tip():
    arrows, _ = axes(taking("A", "UA", 1), taking("B", "UA", 2), taking("Back", "UA", 3))
    assert sorted(names(a) for a in arrows) == [["A", "B"], ["A", "Back"]]


def test_a_town_taken_after_its_airport_goes_on_the_arrow_that_reached_the_airport():
    # the airport lies 6 km south-east of the town: the step to the town turns back from the way
    # the airport was reached, but within one town a step has no way of its own
    PLACES.update({"Cadiz Airport": (49.46, 36.85), "Cadiz": (49.5, 36.8)})
    assert distance_km(*PLACES["Cadiz Airport"], *PLACES["Cadiz"]) < 10
    arrows, _ = axes(
        taking("A", "UA", 1), taking("B", "UA", 2), taking("Cadiz Airport", "UA", 4), taking("Cadiz", "UA", 6)
    )
    assert [names(a) for a in arrows] == [["A", "B", "Cadiz Airport", "Cadiz"]]
    # a village of another name 8 km behind the tip is no part of it: the arrow does not double back
    PLACES["Behind C"] = (49.5, 36.69)
    arrows, _ = axes(taking("A", "UA", 1), taking("B", "UA", 2), taking("C", "UA", 3), taking("Behind C", "UA", 4),
                     taking("D", "UA", 5))  # fmt: skip
    assert ["A", "B", "C", "D"] in [names(a) for a in arrows]
    # a step as sharp between two towns still starts a new arrow
    arrows, _ = axes(
        taking("A", "UA", 1), taking("B", "UA", 2), taking("C", "UA", 3), taking("Back", "UA", 5)
    )
    assert ["A", "B", "C", "Back"] not in [names(a) for a in arrows]


def test_a_taking_that_names_no_side_joins_the_one_side_on_that_front():
    (axis,), periods = axes(taking("A", "UA", 1), taking("B", None, 3))
    assert names(axis) == ["A", "B"]
    joined = next(p for p in periods if p.name == "B")
    assert joined.side == "UA"
    assert "side not stated" in joined.side_note


def test_a_taking_by_a_force_named_with_no_side_is_not_the_side_on_that_front():
    # "Rebels seized B" next to Ukrainian takings: the rebels are not the Ukrainian forces
    by_rebels = replace(taking("B", None, 3), actors=("rebels",))
    arrows, periods = axes(taking("A", "UA", 1), by_rebels)
    assert arrows == []
    assert next(p for p in periods if p.name == "B").side is None


def test_a_taking_that_names_no_side_stays_out_where_two_sides_are_reported():
    arrows, periods = axes(taking("A", "UA", 1), taking("B", None, 3), taking("C", "RU", 2))
    assert arrows == []
    assert next(p for p in periods if p.name == "B").side is None


def test_a_capture_with_no_stated_origin_is_drawn_from_the_side_s_nearest_earlier_position():
    seen = Position("UA", "A", "test:A", *PLACES["A"], "2022-09-01", Evidence("a0", 0, "UA units at A"))
    (arrow,), _ = axes(taking("B", "UA", 3), positions=[seen])
    assert names(arrow) == ["A", "B"]
    assert arrow.found == ORIGIN_INFERRED
    assert [w.found for w in arrow.route] == [ORIGIN_INFERRED, AXIS]
    assert arrow.t_start == "2022-09-01"
    assert "origin inferred" in arrow.estimate_note
    later = Position("UA", "A", "test:A", *PLACES["A"], "2022-09-05", Evidence("a0", 0, "UA units at A"))
    far = Position("UA", "Far", "test:Far", *PLACES["Far"], "2022-09-01", Evidence("a0", 0, "UA units far"))
    assert axes(taking("B", "UA", 3), positions=[later, far])[0] == []  # no line is invented
    PLACES["East"] = (49.5, 38.45)  # 148 km from B: a week's march, but farther than an origin is sought
    week = Position("UA", "East", "test:East", *PLACES["East"], "2022-09-01", Evidence("a0", 0, "UA at East"))
    assert axes(taking("B", "UA", 9), positions=[week])[0] == []


def test_no_origin_is_inferred_from_the_same_day_or_where_a_stated_move_set_out():
    same_day = Position("UA", "A", "test:A", *PLACES["A"], "2022-09-03", Evidence("a0", 0, "UA units at A"))
    assert axes(taking("B", "UA", 3), positions=[same_day])[0] == []
    told = stated([("B", "2022-09-03", True), ("C", "2022-09-04", True)])
    seen = Position("UA", "A", "test:A", *PLACES["A"], "2022-09-01", Evidence("a0", 0, "UA units at A"))
    assert axes(taking("B", "UA", 3), stated=[told], positions=[seen])[0] == []  # B is where it set out


def stated(route, actor="Ukrainian forces", certainty="confirmed"):
    waypoints = []
    for name, time, reached in route:
        waypoints.append(Waypoint(name, f"test:{name}", *PLACES[name], time, reached, certainty))
    (advance,) = fuse([Advance(waypoints, [actor], certainty, [Evidence("s", 0, "stated")])])
    return advance


def test_a_stated_advance_is_continued_by_the_places_its_side_takes_beyond_its_tip():
    told = stated([("A", None, True), ("B", "2022-09-02", True)])
    arrows, _ = axes(taking("B", "UA", 2), taking("C", "UA", 4), stated=[told])
    assert arrows == []
    assert names(told) == ["A", "B", "C"]
    assert [w.found for w in told.route] == ["stated", "stated", AXIS]
    assert told.found == AXIS
    assert told.t_end == "2022-09-04"


def test_a_stated_tip_goes_on_rather_than_a_taking_beside_it_the_same_day():
    # the airport 3 km east of B, taken the day B was reached, is a little nearer C
    PLACES["Beside"] = (49.5, 36.44)
    told = stated([("A", "2022-09-01", True), ("B", "2022-09-02", True)])
    arrows, _ = axes(taking("Beside", "UA", 2), taking("C", "UA", 4), stated=[told])
    assert names(told) == ["A", "B", "C"]
    assert all("C" not in names(a) for a in arrows)


def test_a_place_reported_held_again_later_is_still_where_the_front_stands():
    # B taken on 1 September, reported taken again on 10 October; C taken on 30 October
    held_again = replace(taking("B", "UA", 30), when="2022-10-10")
    first = taking("B", "UA", 1)
    later_c = replace(taking("C", "UA", 1), when="2022-10-30")
    (axis,), _ = axes(first, held_again, later_c)
    assert names(axis) == ["B", "C"]
    # with no report in between, 59 days is too long a pause for one axis
    assert axes(first, later_c)[0] == []


def test_a_later_taking_reaches_the_objective_a_stated_advance_was_heading_for():
    told = stated([("A", "2022-09-01", True), ("B", "2022-09-02", True), ("C", None, False)])
    arrows, _ = axes(taking("C", "UA", 6, "claimed"), stated=[told])
    assert arrows == []
    assert [w.reached for w in told.route] == [True, True, True]
    assert told.route[-1].time == "2022-09-06"
    assert told.certainty == "claimed"
    assert told.found == "stated"


def test_a_taking_far_outside_the_batch_s_theatre_is_no_node():
    near = [taking(name, "UA", day) for name, day in (("A", 1), ("B", 2), ("C", 3), ("D", 4))]
    PLACES["Capital"], PLACES["Suburb"] = (55.75, 37.6), (55.6, 37.6)
    arrows, _ = axes(*near, taking("Capital", "UA", 5), taking("Suburb", "UA", 6))
    assert [names(a) for a in arrows] == [["A", "B", "C", "D"]]


def _mention(name):
    lat, lon = PLACES[name]
    return PlaceMention(
        name,
        0,
        len(name),
        0,
        "location",
        Place(f"test:{name}", name, lat, lon, "town", "UA", 1000, None, "test"),
        1.0,
    )


def _event(kind, roles, actors, certainty="confirmed"):
    return Event(kind, kind, 0, 0, 1, tuple(roles), actors, None, "2022-09-05", "2022-09-05", "day", certainty,
                 False, False, "quote")  # fmt: skip


def test_a_withdrawal_to_a_stated_place_is_an_arrow_of_the_side_that_withdrew():
    item = ArticleEvents("a1", [_mention("B"), _mention("A")], [
        _event("withdrawal", [EventPlace(0, "origin"), EventPlace(1, "destination")], ("Russian forces",)),
        _event("withdrawal", [EventPlace(1, "origin")], ("Russian forces",)),  # no destination: no arrow
    ])  # fmt: skip
    (leg,) = article_advances(item)
    assert (names(leg), leg.movement, leg.actors) == (["B", "A"], "withdrawal", ["Russian forces"])
    (advance,) = fuse([leg])
    assert advance.to_record()["movement"] == "withdrawal"


def test_where_an_article_s_forces_set_out_starts_only_the_moves_of_that_operation():
    # "They set out from A" and two arrivals that state no origin: at B, 29 km on, and at Far,
    # 400 km away (other troops arriving in the capital): only the near one starts at A
    item = ArticleEvents("a1", [_mention("A"), _mention("B"), _mention("Far")], [
        _event("advance", [EventPlace(0, "origin")], ("Ukrainian forces",)),
        _event("arrival", [EventPlace(1, "destination")], ()),
        _event("arrival", [EventPlace(2, "destination")], ()),
    ])  # fmt: skip
    assert distance_km(*PLACES["A"], *PLACES["Far"]) > 150
    assert sorted(names(leg) for leg in article_advances(item)) == [["A", "B"]]


def test_an_intended_move_without_a_stated_origin_starts_where_the_force_is_before_the_verb():
    # "fighters paraded through A, saying they would push on to take C and D": two dotted arrows
    where = {"A": 10, "C": 60, "D": 70}
    mentions = [replace(_mention(n), start=where[n], end=where[n] + 1) for n in ("A", "C", "D")]
    push = Event("advance", "push", 0, 40, 44, (EventPlace(0, "via"), EventPlace(1, "destination"),
                 EventPlace(2, "destination")), ("Islamist fighters",), None, "2022-09-05", "2022-09-05", "day",
                 "intended", False, False, "quote")  # fmt: skip
    legs = article_advances(ArticleEvents("a1", mentions, [push]))
    assert sorted(names(leg) for leg in legs) == [["A", "C"], ["A", "D"]]
    assert all(leg.certainty == "intended" and not leg.route[-1].reached for leg in legs)
    # a place named after the verb is no origin ("would push on to take C near A")
    after = Event("advance", "push", 0, 5, 9, (EventPlace(0, "location"), EventPlace(1, "destination")),
                  ("Islamist fighters",), None, "2022-09-05", "2022-09-05", "day", "intended", False, False, "quote")  # fmt: skip
    assert article_advances(ArticleEvents("a1", mentions, [after])) == []


def test_an_intended_move_is_dotted_and_never_reached():
    item = ArticleEvents("a1", [_mention("B"), _mention("C")], [
        _event("capture", [EventPlace(0, "origin"), EventPlace(1, "target")], ("Ukrainian forces",), "intended"),
    ])  # fmt: skip
    (leg,) = article_advances(item)
    (advance,) = fuse([leg])
    assert names(advance) == ["B", "C"]
    assert [w.reached for w in advance.route] == [True, False]
    assert advance.certainty == "intended"
    assert advance.t_start == "2022-09-05"
    assert advance.t_end is None
    periods = control_periods([])
    assert build_axes(periods, [advance]) == []  # an intention is no position an axis grows from
    later = [taking("B", "UA", 1), taking("C", "UA", 7)]  # C taken after all: its own arrow
    (arrow,) = build_axes(control_periods(later), [advance])
    assert names(arrow) == ["B", "C"]
    assert [w.reached for w in advance.route] == [True, False]


def test_the_record_has_control_periods_and_how_each_advance_was_found():
    from frontline.plugin.core.pipeline import Pipeline, extraction_record

    corpus = Path(__file__).resolve().parents[1] / "data" / "corpus"
    results, problems = Pipeline().run([corpus / "04_en_retreat.txt"])
    record = extraction_record(results, problems)
    (advance,) = record["advances"]
    assert (advance["found"], advance["movement"], advance["side"]) == ("stated", "withdrawal", "IS")
    assert all(w["found"] == "stated" for w in advance["route"])
    (held,) = [c for c in record["control"] if c["place_id"] == "geonames:173480"]
    assert (held["change"], held["side"], held["valid_from"], held["valid_to"]) == (
        "taken",
        "SY",
        "2017-10-15",
        None,
    )
    assert len(held["evidence"]) == 2  # the Syrians entering and the jihadists leaving


def leaving(name, side, day):
    return replace(taking(name, side, day), change="left", event_type="withdrawal")


def test_a_place_the_other_side_leaves_ahead_of_a_front_extends_that_fronts_axis():
    # UA takes A and B; RU then leaves C, east of B: the arrow goes on to C, and its note says
    # that nobody reports taking C
    (axis,), periods = axes(taking("A", "UA", 1), taking("B", "UA", 2), leaving("C", "RU", 4))
    assert names(axis) == ["A", "B", "C"]
    assert axis.side == "UA"
    assert "RU left C" in axis.estimate_note
    assert [p.change for p in periods if p.name == "C"] == ["left"]  # the control layer keeps it left


def test_a_place_left_with_no_front_near_or_two_fronts_near_joins_no_axis():
    # nobody took anything near D in the week before RU left it
    (axis,), _ = axes(taking("A", "UA", 1), taking("B", "UA", 2), leaving("D", "RU", 20))
    assert names(axis) == ["A", "B"]
    # two other sides took ground near C: whose front it gave way to cannot be told
    arrows, _ = axes(taking("B", "UA", 2), taking("D", "SY", 3), leaving("C", "RU", 4))
    assert all("C" not in names(a) for a in arrows)


def test_a_side_leaving_its_own_ground_behind_its_front_is_no_advance_of_its_own():
    # RU took A and then left B: RU's own leaving is no node of RU's axis
    arrows, _ = axes(taking("A", "RU", 1), leaving("B", "RU", 3))
    assert all("B" not in names(a) for a in arrows)


def test_a_taking_placed_from_a_stated_distance_and_the_gazetteers_of_one_name_are_one_node():
    # "Bee, 10 km east of A" placed from the text and B from the gazetteer, taken the same day
    stated = replace(
        taking("B", "UA", 2),
        place_id="relative:test:A:bee",
        name="Bee",
        lon=36.45,
        report=Evidence("Bee-2", 0, "Bee, 10 km east of A, taken"),
    )
    (axis,), _ = axes(taking("A", "UA", 1), taking("B", "UA", 2), stated, taking("C", "UA", 3))
    assert names(axis) == ["A", "B", "C"]
    assert {"B-2", "Bee-2"} <= {e.article for e in axis.evidence}  # its reports are B's
    # another name there is another place, also past an Arabic article (al-Houd, al-Hurriya)
    other = replace(stated, name="Kappa", place_id="relative:test:A:kappa")
    arabic = replace(taking("B", "UA", 2), name="al-Houd")
    told = replace(stated, name="al-Hurriya", place_id="relative:test:A:hurriya")
    arrows, _ = axes(taking("A", "UA", 1), arabic, told)
    assert sorted(names(a) for a in arrows) == [["A", "al-Houd"], ["A", "al-Hurriya"]]
    arrows, _ = axes(taking("A", "UA", 1), taking("B", "UA", 2), other)
    assert sorted(names(a) for a in arrows) == [["A", "B"], ["A", "Kappa"]]


def test_no_step_jumps_across_a_town_the_side_still_attacks():
    # UA took A and, two days later, C; in between it was still attacking B: two fronts
    attacked = Objective(PLACES["B"][0], PLACES["B"][1], _ordinal(2), "UA", "B")
    periods = control_periods([taking("A", "UA", 1), taking("C", "UA", 3)])
    assert [names(a) for a in build_axes(periods, [])] == [["A", "C"]]
    assert (
        build_axes(control_periods([taking("A", "UA", 1), taking("C", "UA", 3)]), [], objectives=[attacked])
        == []
    )
    # once UA had taken B, B lies behind its front
    periods = control_periods([taking("A", "UA", 1), taking("B", "UA", 2), taking("C", "UA", 3)])
    assert [names(a) for a in build_axes(periods, [], objectives=[attacked])] == [["A", "B", "C"]]
    # the other side's objective, and one the step reaches, block nothing
    theirs = Objective(PLACES["B"][0], PLACES["B"][1], _ordinal(2), "RU", "B")
    reached = Objective(PLACES["C"][0], PLACES["C"][1] + 0.05, _ordinal(2), "UA", "C outskirts")
    periods = control_periods([taking("A", "UA", 1), taking("C", "UA", 3)])
    assert [names(a) for a in build_axes(periods, [], objectives=[theirs, reached])] == [["A", "C"]]


def _ordinal(day: int) -> int:
    return date(2022, 9, day).toordinal()


def _quarter(name, day, where, town="B"):
    """A taking of the named quarter `name` of the made-up town `town`, at `where`."""
    lat, lon = where
    return replace(taking(town, "UA", day), place_id=f"quarter:test:{town}:{name.lower()}", name=name, lat=lat, lon=lon,
                   report=Evidence(f"{name}-{day}", 0, f"{name} taken"))  # fmt: skip


def test_the_fight_for_a_town_goes_from_quarter_to_quarter_a_kilometre_apart():
    # UA takes B's western quarter (1.5 km out) with "large parts of B" on day 2, its centre
    # quarter on day 5, then C: one arrow through the quarters; B's own taking is the quarter's
    west, centre = (49.5, 36.38), PLACES["B"]
    arrows, _ = axes(taking("A", "UA", 1), taking("B", "UA", 2), _quarter("West", 2, west),
                     _quarter("Centre", 5, centre), taking("C", "UA", 7))  # fmt: skip
    assert [names(a) for a in arrows] == [["A", "West", "Centre", "C"]]
    # two takings of one place 1.5 km apart with no quarter named are one place: no step
    near = replace(taking("B", "UA", 5), place_id="test:B2", name="B2", lon=36.42)
    assert [names(a) for a in axes(taking("A", "UA", 1), taking("B", "UA", 2), near)[0]] == [["A", "B"]]


def test_a_town_and_a_hill_outside_it_are_two_places_and_quarters_do_not_turn_back():
    # a hill 2 km south of B taken the same day as B: B stays a node of its own
    hill = replace(taking("B", "UA", 2), place_id="hill:test:B:mount", name="Mount", lat=49.482, lon=36.4)
    arrows, _ = axes(taking("A", "UA", 1), taking("B", "UA", 2), hill, taking("C", "UA", 4))
    assert ["A", "B", "C"] in [names(a) for a in arrows]
    # from C westwards through B's eastern quarter, its centre and its western quarter; a quarter
    # on the east side taken last is no step back east from them
    east, west, far_east = (49.5, 36.43), (49.5, 36.37), (49.5, 36.44)
    arrows, _ = axes(taking("C", "UA", 1), _quarter("East, B", 2, east), taking("B", "UA", 3),
                     _quarter("West, B", 4, west), _quarter("Far East, B", 5, far_east))  # fmt: skip
    assert ["C", "East, B", "B", "West, B"] in [names(a) for a in arrows]
    assert all(names(a)[-2:] != ["East, B", "Far East, B"] for a in arrows)


def test_a_report_that_has_a_town_still_ahead_orders_two_takings_of_one_day():
    # one report: B "has been given up" and UA "could take C within days"; C taken later that day
    report = "ntv-1"
    b = taking("B", "UA", 5, article=report)
    c = taking("C", "UA", 5, article="faz-1")
    ahead = Objective(PLACES["C"][0], PLACES["C"][1], _ordinal(5), "UA", "C", report)
    periods = control_periods([taking("A", "UA", 1), b, c])
    assert [names(a) for a in build_axes(periods, [], objectives=[ahead])] == [["A", "B", "C"]]
    # without the report the day's two takings are unordered: two arrows from A
    periods = control_periods([taking("A", "UA", 1), b, c])
    assert sorted(names(a) for a in build_axes(periods, [])) == [["A", "B"], ["A", "C"]]
    # another side's objective, or one another report names, orders nothing
    theirs = replace(ahead, side="RU")
    elsewhere = replace(ahead, article="other")
    for objective in (theirs, elsewhere):
        periods = control_periods([taking("A", "UA", 1), b, c])
        assert sorted(names(a) for a in build_axes(periods, [], objectives=[objective])) == [
            ["A", "B"],
            ["A", "C"],
        ]


def test_a_taking_that_names_no_side_joins_the_front_the_other_side_gave_way_to():
    # UA took B; the same week RU left C and someone "liberated" a village 6 km from C: UA's front
    PLACES["By C"] = (49.5, 36.88)
    _, periods = axes(
        taking("A", "UA", 1), taking("B", "UA", 3), leaving("C", "RU", 4), taking("By C", None, 4)
    )
    joined = next(p for p in periods if p.name == "By C")
    assert joined.side == "UA"
    # had UA itself given ground there, whose taking it is cannot be told
    _, periods = axes(
        taking("A", "UA", 1), taking("B", "UA", 3), leaving("C", "UA", 4), taking("By C", None, 4)
    )
    assert next(p for p in periods if p.name == "By C").side is None


def test_a_taking_dated_to_the_day_by_one_report_is_not_moved_by_another_s_vague_month():
    # "Balakliia was retaken in early September" and "… on September 10": the 10th, whichever
    # report comes first; so Shevchenkove (the 7th) came before it
    vague = replace(taking("C", "UA", 10, article="vague"), earliest="2022-09-01")
    precise = taking("C", "UA", 10, article="precise")
    for changes in ([vague, precise], [precise, vague]):
        (axis,), periods = axes(taking("B", "UA", 7), *changes)
        assert names(axis) == ["B", "C"]
        assert next(p for p in periods if p.name == "C").earliest is None


def test_a_report_that_tells_both_takings_of_a_day_orders_neither():
    # one report: UA "attacked C and recaptured C and B on Sunday": no order between them
    report = "both"
    ahead = Objective(PLACES["C"][0], PLACES["C"][1], _ordinal(5), "UA", "C", report)
    periods = control_periods(
        [taking("A", "UA", 1), taking("B", "UA", 5, article=report), taking("C", "UA", 5, article=report)]
    )
    assert sorted(names(a) for a in build_axes(periods, [], objectives=[ahead])) == [["A", "B"], ["A", "C"]]


def test_a_day_s_takings_are_linked_in_the_order_a_report_gives_whatever_their_names():
    # A on day 1; on day 5 "Zed" east of C is taken while C is still ahead, then C: C is no step
    # back from Zed (a reversal) but from A, whether "Zed" sorts before or after "C"
    PLACES["Zed"] = PLACES["D"]
    PLACES["Ace"] = PLACES["D"]
    for east in ("Zed", "Ace"):
        ahead = Objective(PLACES["C"][0], PLACES["C"][1], _ordinal(5), "UA", "C", "r1")
        changes = [
            taking("A", "UA", 1),
            taking(east, "UA", 5, article="r1"),
            taking("C", "UA", 5, article="r2"),
        ]
        arrows = build_axes(control_periods(changes), [], objectives=[ahead])
        assert [east, "C"] not in [names(a)[-2:] for a in arrows], east


def test_a_name_drawn_at_the_town_it_is_near_is_no_node_and_keeps_the_town_s_taking_apart():
    # "Wagner took the village of X near B" (day 2), then B itself (day 3): the arrow is A → B
    near = replace(taking("B", "RU", 2), place_id="near:test:B:x", name="X")
    (axis,), periods = axes(taking("A", "RU", 1), near, taking("B", "RU", 3))
    assert names(axis) == ["A", "B"]
    assert {p.name for p in periods} == {"A", "X", "B"}  # X is a place of its own on the control layer


def test_no_origin_is_inferred_where_the_arrow_comes_back_to():
    # IS reported advancing on B (day 1); the hill by B taken (day 3), then B (day 4): the arrow
    # is hill → B, not B → hill → B
    PLACES["Hill by B"] = (49.48, 36.4)
    position = Position("RU", "B", "test:B", *PLACES["B"], "2022-09-01", Evidence("p", 0, "advancing on B"))
    (axis,), _ = axes(taking("Hill by B", "RU", 3), taking("B", "RU", 4), positions=[position])
    assert names(axis) == ["Hill by B", "B"]
    # a position elsewhere is still the origin
    far = Position("RU", "A", "test:A", *PLACES["A"], "2022-09-01", Evidence("p", 0, "in A"))
    (axis,), _ = axes(taking("Hill by B", "RU", 3), taking("B", "RU", 4), positions=[far])
    assert names(axis) == ["A", "Hill by B", "B"]


def test_a_move_no_force_is_named_for_goes_to_the_force_moving_not_the_one_holding():
    # "Mossul, das vom IS gehalten wird … irakische Soldaten betraten Mossul … bei ihrem Vorstoß
    # auf B": the thrust is the Iraqi troops', not the IS's that hold the city
    item = ArticleEvents("a1", [_mention("A"), _mention("B")], [
        _event("consolidation", [EventPlace(0, "target")], ("Islamic State",)),
        _event("advance", [EventPlace(0, "origin")], ("Iraqi forces",)),
        _event("advance", [EventPlace(1, "destination")], ()),
    ])  # fmt: skip
    (leg,) = article_advances(item)
    assert (names(leg), leg.actors) == (["A", "B"], ["Iraqi forces"])


def test_an_arrow_may_start_where_a_place_told_near_a_town_was_taken_but_never_step_to_it():
    # "Tob Sawa near B" is drawn at B's point: UA's taking there is where its next step starts
    # (C, 29 km on), though A, taken a day earlier, is as near to C's west as B is
    from frontline.plugin.core.places.stand_ins import NEAR_PREFIX

    near_b = replace(taking("B", "UA", 2), place_id=f"{NEAR_PREFIX}test:B:tob sawa", name="Tob Sawa")
    arrows, _ = axes(taking("South", "UA", 1), near_b, taking("C", "UA", 6))
    assert ["Tob Sawa", "C"] in [names(a) for a in arrows]
    # a step to it from an earlier taking is none: its point is the town's, not its own
    assert all(names(a)[-1] != "Tob Sawa" for a in axes(taking("A", "UA", 1), near_b)[0])


def test_a_step_out_of_a_towns_quarter_goes_on_the_way_the_side_came_in():
    # UA comes into B's eastern quarter from C (westward), then takes North, 33 km north of B on
    # day 6: no step out of the street fighting off to the side; A, straight on west, is one
    east = (49.5, 36.41)
    arrows, _ = axes(taking("C", "UA", 1), _quarter("East, B", 2, east), taking("North", "UA", 6))
    assert all(names(a)[-2:] != ["East, B", "North"] for a in arrows)
    arrows, _ = axes(taking("C", "UA", 1), _quarter("East, B", 2, east), taking("A", "UA", 6))
    assert ["C", "East, B", "A"] in [names(a) for a in arrows]


def test_an_axis_names_only_the_forces_of_its_side():
    # A's report also names the Ukrainian forces that gave it up: the arrow is Russia's alone
    def russian(name, day, *also):
        return replace(taking(name, "RU", day), actors=("Russian forces", *also))

    (axis,), _ = axes(russian("A", 1, "Ukrainian forces"), russian("B", 2), russian("C", 4))
    assert (axis.side, axis.actors) == ("RU", ["Russian forces"])
