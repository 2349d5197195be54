"""Who held which place from when to when: periods from a batch's takings and withdrawals."""

from __future__ import annotations

from dataclasses import replace

import pytest

from frontline.plugin.core.events.advances import Evidence
from frontline.plugin.core.events.control import ControlChange, article_changes, control_periods, held_at
from frontline.plugin.core.events.extractor import Event, EventPlace
from frontline.plugin.core.places.gazetteer import Place
from frontline.plugin.core.places.mentions import PlaceMention

TOWN = (49.50, 36.80)  # made-up places on the steppe
VILLAGE = (49.51, 36.81)  # 1.3 km from TOWN: the same place
FAR = (49.50, 37.40)


def change(kind, side, when, where=TOWN, name="Town", certainty="confirmed", article="a1", event_type=None):
    lat, lon = where
    evidence = Evidence(article, 0, f"{name} {kind} in {article}")
    event_type = event_type or ("withdrawal" if kind == "left" else "capture")
    actors = (f"{side} forces",) if side else ()
    return ControlChange(
        kind, event_type, f"test:{name}", name, lat, lon, side, actors, when, certainty, evidence
    )


def test_a_place_is_held_from_its_taking_until_the_other_side_retakes_it():
    periods = control_periods([change("taken", "RU", "2022-03-01"), change("taken", "UA", "2022-09-08")])
    first, second = periods
    assert (first.side, first.valid_from, first.valid_to) == ("RU", "2022-03-01", "2022-09-08")
    assert (second.side, second.valid_from, second.valid_to) == ("UA", "2022-09-08", None)
    assert [p.side for p in held_at(periods, "2022-05-01")] == ["RU"]
    assert [p.side for p in held_at(periods, "2022-09-08")] == ["UA"]
    assert held_at(periods, "2022-02-28") == []


def test_reports_of_one_taking_are_one_period_with_all_evidence_and_the_surest_certainty():
    periods = control_periods(
        [
            change("taken", "UA", "2022-09-08", certainty="claimed", article="a1"),
            change("taken", "UA", "2022-09-09", certainty="confirmed", article="a2"),
            change("taken", "UA", "2022-09-09", where=VILLAGE, name="Town station", article="a3"),
        ]
    )
    (period,) = periods
    assert period.valid_from == "2022-09-08"
    assert period.certainty == "confirmed"
    assert [e.article for e in period.reports] == ["a1", "a2", "a3"]


def test_a_report_that_names_no_side_never_ends_a_named_holding():
    periods = control_periods(
        [change("taken", "UA", "2022-09-08"), change("taken", None, "2022-09-20", article="a2")]
    )
    (period,) = periods
    assert (period.side, period.valid_to) == ("UA", None)
    assert len(period.reports) == 2


def test_a_withdrawal_ends_the_holding_and_the_other_side_takes_over_in_a_two_sided_batch():
    changes = [
        change("taken", "RU", "2022-03-01"),
        change("left", "RU", "2022-09-10"),
        change("taken", None, "2022-09-11", article="a2"),
        change("taken", "UA", "2022-09-01", where=FAR, name="Other"),
    ]
    periods = [p for p in control_periods(changes) if p.name == "Town"]
    held, left, retaken = periods
    assert (held.side, held.valid_to) == ("RU", "2022-09-10")
    assert (left.change, left.side, left.left_by, left.valid_to) == ("left", None, "RU", "2022-09-11")
    assert retaken.side == "UA"
    assert "only other side" in retaken.side_note
    assert not retaken.side_stated


def test_with_three_sides_in_the_batch_who_took_a_place_left_by_one_stays_unstated():
    changes = [
        change("left", "RU", "2022-09-10"),
        change("taken", None, "2022-09-11"),
        change("taken", "UA", "2022-09-01", where=FAR, name="Other"),
        change("taken", "IS", "2022-09-01", where=(40.0, 40.0), name="Elsewhere"),
    ]
    retaken = next(p for p in control_periods(changes) if p.name == "Town" and p.change == "taken")
    assert retaken.side is None


def test_an_article_s_takings_and_withdrawals_with_the_place_they_name():
    def mention(name, lat, lon, kind="town"):
        place = Place(f"test:{name}", name, lat, lon, kind, "UA", 1000, None, "test")
        return PlaceMention(name, 0, len(name), 0, "location", place, 1.0)

    places = [mention("Town", *TOWN), mention("Region", 49.0, 36.0, "admin1"), mention("Other", *FAR)]

    def event(kind, roles, actors=("Ukrainian forces",), certainty="confirmed", negated=False):
        return Event(kind, kind, 0, 0, 1, tuple(roles), actors, None, "2022-09-08", "2022-09-08", "day",
                     certainty, negated, False, "quote")  # fmt: skip

    events = [
        event("recapture", [EventPlace(0, "target"), EventPlace(1, "location")]),
        event("withdrawal", [EventPlace(2, "origin"), EventPlace(0, "destination")], ("Russian forces",)),
        event("capture", [EventPlace(2, "target")], certainty="intended"),  # never happened
        event("capture", [EventPlace(2, "target")], negated=True),
        event("attack", [EventPlace(2, "location")]),
    ]
    taken, left = article_changes("a1", places, events)
    assert (taken.change, taken.name, taken.side, taken.when) == ("taken", "Town", "UA", "2022-09-08")
    assert (left.change, left.name, left.side) == ("left", "Other", "RU")
    assert left.destination[0] == "Town"


def test_a_holding_since_a_month_dates_its_taking_in_that_month_not_on_the_report_s_day():
    place = Place("test:Town", "Town", *TOWN, "town", "ML", 1000, None, "test")
    places = [PlaceMention("Town", 0, 4, 0, "location", place, 1.0)]

    def held_since(t_start, t_end, precision):
        return Event("capture", "Hand", 0, 0, 1, (EventPlace(0, "target"),), ("Islamists",), None, t_start, t_end,
                     precision, "confirmed", False, False, "seit April in ihrer Hand")  # fmt: skip

    # "seit April in ihrer Hand", reported in January: April to the report, taken by April's end
    (taken,) = article_changes("a1", places, [held_since("2012-04-01", "2013-01-27", "month")])
    assert taken.when == "2012-04-30"
    # a week or a month the report names without "since" still dates by its last day
    (taken,) = article_changes("a1", places, [held_since("2013-01-14", "2013-01-20", "week")])
    assert taken.when == "2013-01-20"
    assert taken.earliest == "2013-01-14"  # the span is kept: the axes order by its middle
    (taken,) = article_changes("a1", places, [held_since("2013-01-16", "2013-01-16", "day")])
    assert (taken.when, taken.earliest) == ("2013-01-16", None)


def test_a_named_quarter_near_the_town_centre_is_a_place_of_its_own():
    # the Jolan district of a town, drawn 1.3 km from its centre (places/quarters.py): taken weeks
    # before the town itself, it is no early taking of the town
    lat, lon = VILLAGE
    quarter = ControlChange(
        "taken", "capture", "quarter:test:Town:jolan", "Jolan, Town", lat, lon, "UA", ("UA forces",),
        "2022-09-08", "confirmed", Evidence("a2", 0, "Jolan taken"),
    )  # fmt: skip
    periods = control_periods(
        [change("taken", "RU", "2022-03-01"), quarter, change("taken", "UA", "2022-09-20")]
    )
    town = [(p.side, p.valid_from, p.valid_to) for p in periods if p.name == "Town"]
    assert town == [("RU", "2022-03-01", "2022-09-20"), ("UA", "2022-09-20", None)]
    assert [(p.side, p.valid_from) for p in periods if p.name == "Jolan, Town"] == [("UA", "2022-09-08")]


def test_a_taking_dated_by_a_season_or_a_year_keeps_no_span_to_order_by():
    place = Place("test:Town", "Town", *TOWN, "town", "UA", 1000, None, "test")
    places = [PlaceMention("Town", 0, 4, 0, "location", place, 1.0)]
    event = Event("capture", "captured", 0, 0, 1, (EventPlace(0, "target"),), ("Russian forces",), None,
                  "2022-01-01", "2022-09-13", "year", "confirmed", False, False, "earlier this year")  # fmt: skip
    (taken,) = article_changes("a1", places, [event])
    assert taken.earliest is None


def test_a_report_of_no_day_of_its_own_keeps_a_month_s_span():
    # "retook it in early September" (1st to 10th), then a report dated only by its own day
    vague = replace(change("taken", "UA", "2022-09-10"), earliest="2022-09-01", dated=False)
    undated = replace(change("taken", "UA", "2022-09-22", article="a2"), dated=False)
    (period,) = control_periods([vague, undated])
    assert period.earliest == "2022-09-01"
    # a report that gives a day inside the span dates it
    told = change("taken", "UA", "2022-09-10", article="a3")
    (period,) = control_periods([vague, told])
    assert period.earliest is None


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", "Azerbaijani troops reached the outskirts of Stepanakert on Monday."),
        ("en", "Azerbaijani troops pushed from Shusha to the outskirts of Stepanakert on Monday."),
        ("de", "Aserbaidschanische Truppen haben am Montag den Stadtrand von Stepanakert erreicht."),
    ],
)
def test_reaching_a_towns_outskirts_takes_no_town(record_of, lang, body):
    record = record_of("2020-11-09", lang, body)
    assert "Stepanakert" not in [c["name"] for c in record["control"]]


def test_the_way_to_a_towns_outskirts_is_still_drawn_to_the_town(record_of):
    body = "Azerbaijani troops pushed from Shusha to the outskirts of Stepanakert on Monday."
    record = record_of("2020-11-09", "en", body)
    assert [[w["name"] for w in a["route"]] for a in record["advances"]] == [["Shusha", "Stepanakert"]]


def test_a_recapture_months_later_ends_a_holding_even_where_no_side_is_known():
    # Marawi 2017: no side of that war in the table; the recapture still starts a new period
    overrun = change("taken", None, "2017-05-23")
    retaken = replace(
        change("taken", None, "2017-10-17", event_type="recapture"), actors=("government forces",)
    )
    first, second = control_periods([retaken, overrun])
    assert (first.valid_from, first.valid_to) == ("2017-05-23", "2017-10-17")
    assert (second.valid_from, second.valid_to, second.actors) == ("2017-10-17", None, ["government forces"])
    # another report of the same taking a day later is the same period
    again = change("taken", None, "2017-05-24")
    assert len(control_periods([overrun, again])) == 1


def test_a_holding_since_a_year_was_taken_by_the_end_of_that_year(record_of):
    record = record_of("2018-06-20", "de", "Die Huthis kontrollieren die Stadt Hodeidah seit 2014.")
    assert [(c["side"], c["valid_from"]) for c in record["control"]] == [("HOU", "2014-12-31")]


def test_a_force_named_without_a_side_retaking_a_sides_town_weeks_later_ends_its_holding(record_of):
    body = (
        "Syrian troops captured the town of Saraqib on February 6.\n\n"
        "Rebels recaptured the town of Saraqib on February 27."
    )
    record = record_of("2020-02-28", "en", body)
    held = [(c["side"], c["valid_from"], c["valid_to"]) for c in record["control"] if c["change"] == "taken"]
    assert held == [("SY", "2020-02-06", "2020-02-27"), (None, "2020-02-27", None)]


def test_a_states_own_auxiliaries_entering_its_town_end_no_holding(record_of):
    body = (
        "Syrian troops captured the town of Saraqib on February 6.\n\n"
        "Pro-government militias entered Saraqib on March 2."
    )
    record = record_of("2020-03-03", "en", body)
    assert [(c["side"], c["valid_to"]) for c in record["control"] if c["change"] == "taken"] == [("SY", None)]
