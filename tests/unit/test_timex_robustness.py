"""Whatever the text, the tagger never crashes and every value it produces is well-formed TIMEX3."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from frontline.plugin.core.dates.calendar import is_valid_value
from frontline.plugin.core.dates.tagging import tag

WORDS = [
    "am",
    "3.",
    "31.02.2017",
    "99.99.9999",
    "0000",
    "00.00.0000",
    "Donnerstag",
    "gestern",
    "vor",
    "zwei",
    "Wochen",
    "seit",
    "September",
    "Anfang",
    "Ende",
    "Jahr",
    "2017",
    "9999",
    "1999",
    "Uhr",
    "25:61",
    "17.30",
    "Nacht",
    "zum",
    "Freitag",
    "the",
    "night",
    "to",
    "ago",
    "years",
    "99999999999999999999",
    "Mai",
    "May",
    "Thursday",
    "last",
    "next",
    "in",
    "days",
    "täglich",
    "der",
    "90er",
    "Jahre",
    "11/31/2017",
    "2017-02-30",
    "2017-13-01",
    "Q5",
    "dritten",
    "Quartal",
    "Ostern",
    "heuer",
    "Vorjahr",
    ",",
    ".",
    "\n",
]
DCTS = st.sampled_from([None, "2017-11-04", "2017-11", "2017", "1000-01-01", "2999-12-31", "2016-02-29"])


def check(text: str, lang: str, dct) -> None:
    for expr in tag(text, lang, dct):
        assert text[expr.start : expr.end] == expr.text
        assert is_valid_value(expr.value, expr.type), expr
        starts = [date.fromisoformat(d) for d in (expr.start_date, expr.end_date) if d is not None]
        if len(starts) == 2:
            assert starts[0] <= starts[1], expr
        assert expr.anchor in {"publication", "text", "absolute", "none"}
        assert expr.precision in {
            None,
            "day",
            "week",
            "month",
            "quarter",
            "year",
            "decade",
            "century",
            "time",
        }


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=25), st.sampled_from(["de", "en"]), DCTS)
def test_word_salad_of_date_words(words, lang, dct):
    check(" ".join(words), lang, dct)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["de", "en"]), DCTS)
def test_random_text(text, lang, dct):
    check(text, lang, dct)


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=10**40), st.sampled_from(["Jahre", "Tage", "Wochen", "years"]))
def test_long_numbers(number, unit):
    check(f"vor {number} {unit} und in {number} {unit}, {number} {unit} später", "de", "2017-11-04")
    check(f"{number} {unit} ago and in {number} {unit}", "en", "2017-11-04")


@pytest.mark.parametrize(
    "text", ["am 31.02.2017", "am 99.99.9999", "am 00.00.0000", "im Jahr 0", "30. Februar"]
)
def test_impossible_dates_are_not_tagged_as_dates(text):
    assert [e for e in tag(text, "de", "2017-11-04") if e.type == "DATE"] == []


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("2017-11-02", "DATE"),
        ("2017-11", "DATE"),
        ("2017-W44", "DATE"),
        ("2017-W44-WE", "DATE"),
        ("2017", "DATE"),
        ("199", "DATE"),
        ("18", "DATE"),
        ("2017-Q3", "DATE"),
        ("2017-SU", "DATE"),
        ("XXXX-WXX-4", "DATE"),
        ("PAST_REF", "DATE"),
        ("P3D", "DURATION"),
        ("PXD", "DURATION"),
        ("PT1.5H", "DURATION"),
        ("2017-11-02T17:30", "TIME"),
        ("T18:00", "TIME"),
        ("2017-11-02TNI", "TIME"),
        ("P1D", "SET"),
        ("XXXX-WXX-1TEV", "SET"),
        ("2016-02-29", "DATE"),
    ],
)
def test_validator_accepts_timex3_values(value, kind):
    assert is_valid_value(value, kind)


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("2017-02-30", "DATE"),
        ("2017-13", "DATE"),
        ("0000", "DATE"),
        ("2017-W54", "DATE"),
        ("P3", "DURATION"),
        ("2017-11-02T25:00", "TIME"),
        ("2017-11-02T12:61", "TIME"),
        ("die", "DATE"),
        ("2017-11-02", "DURATION"),
        ("2017-Q5", "DATE"),
        ("2015-02-29", "DATE"),
        ("", "DATE"),
    ],
)
def test_validator_rejects_malformed_values(value, kind):
    assert not is_valid_value(value, kind)
