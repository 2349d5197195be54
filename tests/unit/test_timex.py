"""The temporal tagger on our own German and English fixture articles (tests/data/timex/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontline.plugin.core.dates.tagging import TimeExpression, tag

DATA = Path(__file__).resolve().parents[1] / "data" / "timex"
FUNCTION_WORDS = {"die", "mit", "so", "do", "mi", "sa", "so.", "der", "das", "may", "march", "sat", "sun"}


def article(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def by_text(found: list[TimeExpression], text: str) -> TimeExpression:
    hits = [e for e in found if e.text == text]
    assert hits, f"{text!r} not tagged; tagged: {[e.text for e in found]}"
    return hits[0]


# (expression text, type, value, start_date, end_date, precision)
DE_EXPECTED = [
    ("Donnerstag", "DATE", "2017-11-02", "2017-11-02", "2017-11-02", "day"),
    ("gestern", "DATE", "2017-11-03", "2017-11-03", "2017-11-03", "day"),
    ("vor zwei Wochen", "DATE", "2017-W42", "2017-10-16", "2017-10-22", "week"),
    ("einige Tage", "DURATION", "PXD", None, None, None),
    ("kürzlich", "DATE", "PAST_REF", None, "2017-11-04", None),
    ("September", "DATE", "2017-09", "2017-09-01", "2017-11-04", "month"),
    ("Anfang November", "DATE", "2017-11", "2017-11-01", "2017-11-10", "month"),
    ("Nacht zum Freitag", "TIME", "2017-11-02TNI", "2017-11-02", "2017-11-03", "time"),
    ("4.30 Uhr", "TIME", "2017-11-03T04:30", "2017-11-03", "2017-11-03", "time"),
    ("Jahresende", "DATE", "2017", "2017-11-04", "2017-12-31", "year"),
    ("jetzt", "DATE", "PRESENT_REF", "2017-11-04", "2017-11-04", None),
    ("täglich", "SET", "P1D", None, None, None),
    ("3. November 2017", "DATE", "2017-11-03", "2017-11-03", "2017-11-03", "day"),
    ("28.10.2017", "DATE", "2017-10-28", "2017-10-28", "2017-10-28", "day"),
    ("Mittwoch, 8. November", "DATE", "2017-11-08", "2017-11-08", "2017-11-08", "day"),
    ("Vor einem Jahr", "DATE", "2016", "2016-01-01", "2016-12-31", "year"),
    ("letzte Woche", "DATE", "2017-W43", "2017-10-23", "2017-10-29", "week"),
    ("drei Wochen", "DURATION", "P3W", None, None, None),
    ("Mai nächsten Jahres", "DATE", "2018-05", "2018-05-01", "2018-05-31", "month"),
]

EN_EXPECTED = [
    ("Thursday", "DATE", "2017-11-02", "2017-11-02", "2017-11-02", "day"),
    ("yesterday", "DATE", "2017-11-03", "2017-11-03", "2017-11-03", "day"),
    ("two weeks ago", "DATE", "2017-W42", "2017-10-16", "2017-10-22", "week"),
    ("a few days", "DURATION", "PXD", None, None, None),
    ("recently", "DATE", "PAST_REF", None, "2017-11-04", None),
    ("September", "DATE", "2017-09", "2017-09-01", "2017-11-04", "month"),
    ("Early November", "DATE", "2017-11", "2017-11-01", "2017-11-10", "month"),
    ("the night to Friday", "TIME", "2017-11-02TNI", "2017-11-02", "2017-11-03", "time"),
    ("4:30 a.m.", "TIME", "2017-11-03T04:30", "2017-11-03", "2017-11-03", "time"),
    ("the end of the year", "DATE", "2017", "2017-11-04", "2017-12-31", "year"),
    ("now", "DATE", "PRESENT_REF", "2017-11-04", "2017-11-04", None),
    ("daily", "SET", "P1D", None, None, None),
    ("November 3, 2017", "DATE", "2017-11-03", "2017-11-03", "2017-11-03", "day"),
    ("28 October 2017", "DATE", "2017-10-28", "2017-10-28", "2017-10-28", "day"),
    ("Wednesday, November 8", "DATE", "2017-11-08", "2017-11-08", "2017-11-08", "day"),
    ("A year ago", "DATE", "2016", "2016-01-01", "2016-12-31", "year"),
    ("last week", "DATE", "2017-W43", "2017-10-23", "2017-10-29", "week"),
    ("three weeks", "DURATION", "P3W", None, None, None),
    ("May next year", "DATE", "2018-05", "2018-05-01", "2018-05-31", "month"),
]


@pytest.mark.parametrize(
    ("lang", "name", "expected"),
    [
        ("de", "de_offensive.txt", DE_EXPECTED),
        ("en", "en_offensive.txt", EN_EXPECTED),
    ],
)
def test_fixture_article_values(lang, name, expected):
    found = tag(article(name), lang, "2017-11-04")
    for text, kind, value, start, end, precision in expected:
        expr = by_text(found, text)
        assert (expr.type, expr.value) == (kind, value), text
        assert (expr.start_date, expr.end_date, expr.precision) == (start, end, precision), text


@pytest.mark.parametrize(("lang", "name"), [("de", "de_offensive.txt"), ("en", "en_offensive.txt")])
def test_offsets_point_into_the_text(lang, name):
    text = article(name)
    found = tag(text, lang, "2017-11-04")
    assert found
    assert all(text[e.start : e.end] == e.text for e in found)
    assert [e.start for e in found] == sorted(e.start for e in found)


@pytest.mark.parametrize(("lang", "name"), [("de", "de_offensive.txt"), ("en", "en_offensive.txt")])
def test_function_words_and_names_never_become_dates(lang, name):
    found = tag(article(name), lang, "2017-11-04")
    tagged = {e.text.lower() for e in found}
    assert not tagged & FUNCTION_WORDS
    assert not [e for e in found if e.text.startswith("August")]  # 'August Schmidt' is a person
    assert "Mai nächsten Jahres" in {e.text for e in found} or "May next year" in {e.text for e in found}


def test_dateparser_traps_are_not_weekdays():
    text = "Die Truppen rückten mit Panzern vor, die Offensive lief so weiter. Do sind sie. Mi amigo, Sa."
    assert tag(text, "de", "2016-10-21") == []


def test_weekday_abbreviation_counts_in_a_date():
    (expr,) = tag("Die Sitzung beginnt am Do., 2.11. um neun.", "de", "2017-10-30")
    assert (expr.text, expr.value) == ("Do., 2.11.", "2017-11-02")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Am Donnerstag wurde die Stadt erobert."),
        ("en", "The town was captured on Thursday."),
    ],
)
def test_without_publication_date_relative_expressions_stay_unresolved(lang, text):
    (expr,) = tag(text, lang, None)
    assert expr.value == "XXXX-WXX-4"
    assert (expr.unresolved, expr.start_date, expr.anchor) == (True, None, "none")


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("de", "Der Sender berichtete gestern live.", "gestern"),
        ("en", "The station reported yesterday.", "yesterday"),
    ],
)
def test_month_precision_anchor_keeps_month_precision(lang, text, word):
    (expr,) = tag(text, lang, "2017-11")
    assert expr.text == word
    assert (expr.value, expr.precision, expr.unresolved) == ("2017-11", "month", True)
    assert (expr.start_date, expr.end_date) == ("2017-11-01", "2017-11-30")


def test_absolute_dates_need_no_anchor():
    (expr,) = tag("Am 3. November 2017 fiel die Stadt.", "de", None)
    assert (expr.value, expr.anchor, expr.unresolved) == ("2017-11-03", "absolute", False)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Die Armee wird am Donnerstag angreifen.", "2017-11-09"),
        ("Am kommenden Donnerstag beginnt der Prozess.", "2017-11-09"),
        ("Am Donnerstag griff die Armee an.", "2017-11-02"),
    ],
)
def test_weekday_direction_follows_tense_and_cue_words(text, value):
    (expr,) = [e for e in tag(text, "de", "2017-11-04") if "Donnerstag" in e.text]
    assert expr.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Am 28. Dezember wurde die Brücke gesprengt.", "2016-12-28"),  # past, published in January
        ("Im Dezember soll gewählt werden.", "2017-12"),
    ],
)
def test_year_of_a_date_without_year(text, value):
    found = tag(text, "de", "2017-01-05")
    assert found[0].value == value


def test_ambiguous_month_needs_date_context():
    assert tag("Sie sprach mit Mai Nguyen.", "de", "2017-11-04") == []
    assert [e.value for e in tag("Die Wahl findet im Mai statt.", "de", "2017-11-04")] == ["2018-05"]
    assert tag("Officials may march on.", "en", "2017-11-04") == []


def test_record_has_the_pipeline_keys():
    (expr,) = tag("Gestern fiel die Stadt.", "de", "2017-11-04")
    record = expr.to_record()
    assert record == {
        "text": "Gestern",
        "start": 0,
        "end": 7,
        "type": "DATE",
        "value": "2017-11-03",
        "start_date": "2017-11-03",
        "end_date": "2017-11-03",
        "precision": "day",
        "anchor": "publication",
        "unresolved": False,
    }


def test_unknown_language_is_an_error():
    with pytest.raises(ValueError, match="language"):
        tag("heute", "fr", None)


def test_malformed_publication_date_is_an_error():
    with pytest.raises(ValueError, match="publication date"):
        tag("heute", "de", "04.11.2017")
