"""The dates a user sees on events: read from the report's own words, relative to its publication
date, never after it unless the report speaks of a plan, and carried only within a paragraph.

Every article here is written for these tests; the expected values are what the extraction record
(`cli extract --json`) shows for the event.
"""

from __future__ import annotations

import pytest

from frontline.plugin.core.pipeline import extraction_record


@pytest.fixture
def events(pipeline, tmp_path):
    """The record's events of one article: (trigger, t_start, t_end, precision, time_source)."""

    def read(body: str, date: str = "2022-10-01", lang: str = "de") -> list[tuple]:
        path = tmp_path / "article.txt"
        header = f"date {date}\nlang {lang}\n\n" if date else f"lang {lang}\n\n"
        path.write_text(header + body, encoding="utf-8")
        results, problems = pipeline.run([path])
        assert not problems
        (article,) = extraction_record(results)["articles"]
        return [
            (e["trigger"], e["t_start"], e["t_end"], e["precision"], e["time_source"])
            for e in article["events"]
        ]

    return read


def when(found: list[tuple], trigger: str) -> tuple:
    """(t_start, t_end, precision, time_source) of the event with this trigger word."""
    hits = [e[1:] for e in found if e[0] == trigger]
    assert hits, f"no event {trigger!r} in {[e[0] for e in found]}"
    return hits[0]


# -- weekdays: the most recent such day, the publication day itself included ----------------------

# 2022-10-01 is a Saturday.


@pytest.mark.parametrize(
    ("body", "lang", "trigger", "day"),
    [
        ("Die Armee hat das Dorf Kupjansk am Samstag zurückerobert.", "de", "zurückerobert", "2022-10-01"),
        ("Die Armee hat das Dorf Kupjansk am Donnerstag zurückerobert.", "de", "zurückerobert", "2022-09-29"),
        ("The army recaptured Kupiansk on Saturday.", "en", "recaptured", "2022-10-01"),
        ("The army recaptured Kupiansk on Monday.", "en", "recaptured", "2022-09-26"),
    ],
)
def test_a_weekday_is_the_last_such_day_up_to_the_publication_day(events, body, lang, trigger, day):
    assert when(events(body, lang=lang), trigger) == (day, day, "day", "sentence")


def test_a_future_auxiliary_elsewhere_does_not_send_a_reported_day_into_the_next_week(events):
    # 'werde' belongs to the quoted plan; the day is when the governor spoke (a Saturday here)
    found = events("Kupjansk werde geräumt, teilte der Gouverneur am Freitag mit. Die Truppen zogen ab.")
    assert when(found, "geräumt")[:2] == ("2022-09-30", "2022-09-30")


def test_a_plan_for_the_weekday_of_publication_means_that_day_not_a_week_later(events):
    found = events("Die Armee wird am Samstag Kupjansk angreifen.")
    assert when(found, "angreifen")[:2] == ("2022-10-01", "2022-10-01")
    found = events("Die Armee wird am Montag Kupjansk angreifen.")
    assert when(found, "angreifen")[:2] == ("2022-10-03", "2022-10-03")


@pytest.mark.parametrize(
    ("body", "lang", "trigger"),
    [
        ("Die Offensive auf Kupjansk hatte am vergangenen Samstag begonnen.", "de", "Offensive"),
        ("The offensive on Kupiansk began last Saturday.", "en", "offensive"),
    ],
)
def test_last_saturday_in_a_saturday_report_is_a_week_earlier(events, body, lang, trigger):
    assert when(events(body, lang=lang), trigger)[:2] == ("2022-09-24", "2022-09-24")


# -- 'seit': an open interval that began before the report ----------------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "trigger", "start"),
    [
        ("Seit Dezember kontrollieren die Rebellen Kupjansk.", "de", "kontrollieren", "2022-12-01"),
        ("Seit Dezember wird Kupjansk von den Rebellen kontrolliert.", "de", "kontrolliert", "2022-12-01"),
        ("Rebels have controlled Kupiansk since December.", "en", "controlled", "2022-12-01"),
    ],
)
def test_since_december_in_a_january_report_began_the_december_before(events, body, lang, trigger, start):
    found = events(body, date="2023-01-15", lang=lang)
    assert when(found, trigger) == (start, "2023-01-15", "month", "sentence")


@pytest.mark.parametrize(
    ("body", "lang", "trigger"),
    [
        ("Die Stadt Kupjansk wird seit Sonntag angegriffen.", "de", "angegriffen"),
        ("Kupiansk has been attacked since Sunday.", "en", "attacked"),
    ],
)
def test_since_sunday_is_an_interval_from_that_sunday_to_the_report(events, body, lang, trigger):
    assert when(events(body, lang=lang), trigger) == ("2022-09-25", "2022-10-01", "day", "sentence")


@pytest.mark.parametrize(
    ("body", "lang", "trigger", "day"),
    [
        ("By August 20, Ukrainian troops had captured Kupiansk.", "en", "captured", "2022-08-20"),
        ("By Tuesday, Ukrainian troops had captured Kupiansk.", "en", "captured", "2022-09-27"),
        ("Bis Dienstag hatten die Truppen Kupjansk erobert.", "de", "erobert", "2022-09-27"),
    ],
)
def test_by_a_date_in_a_past_sentence_is_that_past_date(events, body, lang, trigger, day):
    assert when(events(body, lang=lang), trigger)[:2] == (day, day)


# -- dates with a year of their own --------------------------------------------------------------


def test_a_past_event_with_a_perfect_tense_stays_in_the_year_before_the_report(events):
    # 'hat … begonnen': a perfect without 'ge-'; 24 February lies 219 days before the report
    found = events("Russland hat am 24. Februar den Angriff auf Kupjansk begonnen und hielt die Stadt.")
    assert when(found, "Angriff")[:2] == ("2022-02-24", "2022-02-24")


def test_a_number_of_soldiers_is_not_a_year(events):
    found = events("In die Stadt Kupjansk sind 1800 tschadische Soldaten eingerückt. Sie eroberten Kupjansk.")
    assert all(e[1] is None or e[1] >= "2022" for e in found)
    assert when(found, "eroberten")[:2] == ("2022-10-01", "2022-10-01")


def test_day_first_numeric_dates_are_read_in_english_reports(events):
    found = events("Russian forces captured Kupiansk on 27.09.2022.", lang="en")
    assert when(found, "captured") == ("2022-09-27", "2022-09-27", "day", "sentence")


# -- paragraphs: a date is carried within its paragraph only --------------------------------------


def test_a_date_carries_to_the_next_sentence_of_its_paragraph_but_not_beyond(events):
    found = events(
        "Am Donnerstag rückten die Truppen auf Kupjansk vor. Danach eroberten sie Kupjansk.\n\n"
        "In Isjum kam es zu Kämpfen."
    )
    assert when(found, "eroberten") == ("2022-09-29", "2022-09-29", "day", "paragraph")
    assert when(found, "Kämpfen") == ("2022-10-01", "2022-10-01", "day", "publication")


@pytest.mark.parametrize(
    ("body", "lang", "trigger"),
    [
        (
            "Am Donnerstag rückten die Truppen auf Kupjansk vor.\nIn Isjum kam es zu Kämpfen.\n"
            "Die Lage blieb unklar.",
            "de",
            "Kämpfen",
        ),
        (
            "Troops advanced on Kupiansk on Thursday.\nHeavy fighting was reported in Izium.\n"
            "The situation remained unclear.",
            "en",
            "fighting",
        ),
    ],
)
def test_a_report_with_one_paragraph_a_line_carries_no_date_to_the_next_line(events, body, lang, trigger):
    assert when(events(body, lang=lang), trigger) == ("2022-10-01", "2022-10-01", "day", "publication")


def test_hard_wrapped_lines_are_one_paragraph(events):
    found = events(
        "Am Donnerstag rückten die Truppen entlang des Flusses\nweiter auf Kupjansk vor. Danach\n"
        "eroberten sie die Stadt Kupjansk nach kurzen\nGefechten."
    )
    assert when(found, "eroberten")[3] == "paragraph"


def test_an_event_told_in_the_present_is_at_the_report_not_at_the_last_date(events):
    found = events(
        "Die Armee hatte am Montag eine Offensive auf Kupjansk begonnen. "
        "Mit der Einnahme von Kupjansk schließen die Truppen nun eine Lücke."
    )
    assert when(found, "Einnahme") == ("2022-10-01", "2022-10-01", "day", "publication")


def test_a_plan_is_not_dated_by_the_sentence_before(events):
    found = events("Troops entered Kupiansk on Monday. They will attack Izium.", lang="en")
    assert when(found, "entered")[:2] == ("2022-09-26", "2022-09-26")
    assert when(found, "attack")[3] == "publication"


def test_a_past_narrative_keeps_the_date_it_opened_with(events):
    found = events(
        "Die Miliz hatte im September ihren Vormarsch auf Kupjansk begonnen. "
        "Zunächst überrannten ihre Kämpfer die Dörfer um Isjum."
    )
    assert when(found, "überrannten") == ("2022-09-01", "2022-09-30", "month", "paragraph")


def test_a_date_of_earlier_history_is_not_carried(events):
    found = events(
        "Früher hatte die Armee Kupjansk schon im Mai erobert. Die Truppen rückten auf Isjum vor.",
    )
    assert when(found, "rückten … vor")[3] == "publication"


# -- in a sentence: the time that belongs to the event ----------------------------------------------


def test_a_time_inside_a_participle_phrase_dates_that_participle_only(events):
    found = events(
        "Die Armee brachte die am Donnerstag von Rebellen eroberte Stadt Kupjansk unter Kontrolle."
    )
    assert when(found, "eroberte")[:2] == ("2022-09-29", "2022-09-29")
    assert when(found, "brachte") == ("2022-10-01", "2022-10-01", "day", "publication")


@pytest.mark.parametrize(
    ("body", "lang", "trigger"),
    [
        ("Am Montag rückten die Truppen auf Kupjansk vor und eroberten die Stadt.", "de", "eroberten"),
        ("Troops pushed south and seized Kupiansk on Monday.", "en", "pushed"),
    ],
)
def test_coordinated_verbs_share_their_time(events, body, lang, trigger):
    assert when(events(body, lang=lang), trigger) == ("2022-09-26", "2022-09-26", "day", "sentence")


def test_each_event_takes_its_own_time(events):
    found = events(
        "Die Armee eroberte Kupjansk am Freitag zurück, das die Rebellen am 3. September erobert hatten."
    )
    assert when(found, "eroberte … zurück")[:2] == ("2022-09-30", "2022-09-30")
    assert when(found, "erobert")[:2] == ("2022-09-03", "2022-09-03")


def test_a_time_after_since_dates_only_its_own_clause(events):
    found = events(
        "Rebels who have controlled Kupiansk since April pushed south and seized Izium on Thursday.",
        lang="en",
    )
    assert when(found, "controlled") == ("2022-04-01", "2022-10-01", "month", "sentence")
    assert when(found, "pushed")[:2] == ("2022-09-29", "2022-09-29")


def test_the_time_of_an_event_after_since_dates_no_other_event(events):
    found = events(
        "Rebels drove the army out of Kupiansk on Thursday, residents said, in the heaviest fighting "
        "since rebels seized Izium nine months ago.",
        lang="en",
    )
    assert when(found, "fighting")[:2] == ("2022-09-29", "2022-09-29")
    assert when(found, "seized")[:3] == ("2022-01-01", "2022-01-31", "month")


@pytest.mark.parametrize(
    ("body", "lang", "trigger"),
    [
        (
            "Die Truppen sind seit Beginn der Offensive am 24. September 30 Kilometer vorgerückt.",
            "de",
            "vorgerückt",
        ),
        (
            "Ukrainian troops have advanced 30 kilometres since they launched the assault on September 24.",
            "en",
            "advanced",
        ),
    ],
)
def test_an_event_since_a_dated_start_lasts_from_that_day_to_the_report(events, body, lang, trigger):
    assert when(events(body, lang=lang), trigger) == ("2022-09-24", "2022-10-01", "day", "sentence")


def test_since_then_carries_the_paragraphs_date_as_the_start_of_a_period(events):
    found = events(
        "Die Offensive auf Kupjansk begann am 24. September. Seitdem eroberten die Truppen zehn Dörfer."
    )
    assert when(found, "eroberten") == ("2022-09-24", "2022-10-01", "day", "paragraph")


def test_a_period_dates_no_event_of_another_clause(events):
    found = events(
        "Kupiansk had been shelled since the rebels seized it a week ago, but troops entered it without a fight.",
        lang="en",
    )
    assert when(found, "shelled") == ("2022-09-19", "2022-10-01", "week", "sentence")
    assert when(found, "entered") == ("2022-10-01", "2022-10-01", "day", "publication")


def test_a_date_before_now_is_not_carried_past_it(events):
    found = events(
        "On Monday, troops captured Kupiansk. The front now runs east of the town. Analysts said the advance slowed.",
        lang="en",
    )
    assert when(found, "advance")[3] == "publication"


def test_the_start_of_a_period_is_not_carried_as_the_day_of_a_later_event(events):
    found = events(
        "Seit dem 24. September hatten sich dort 300 Soldaten ergeben. Danach meldete Moskau die Einnahme von Kupjansk."
    )
    assert when(found, "Einnahme") == ("2022-10-01", "2022-10-01", "day", "publication")


@pytest.mark.parametrize(
    "second",
    [
        "Der Angriff auf Kupjansk gilt als gut vorbereitet.",  # -tet: a participle, not a past
        "Die Brücken bei Kupjansk würden gehalten.",  # a participle in -ten
    ],
)
def test_participles_do_not_make_a_sentence_past(events, second):
    found = events("Am Donnerstag rückten die Truppen auf Isjum vor. " + second)
    assert [e[4] for e in found if e[0] != "rückten … vor"] == ["publication"]


def test_now_is_the_report_date_at_its_precision(events):
    found = events("Die Truppen kontrollieren jetzt Kupjansk.", date="2022-09")
    assert when(found, "kontrollieren") == ("2022-09-01", "2022-09-30", "month", "sentence")
    found = events("Ukrainian forces now control Kupiansk.", lang="en")
    assert when(found, "control") == ("2022-10-01", "2022-10-01", "day", "sentence")


# -- the report's date: the dateline's day, else the publication date at its precision -----------


def test_an_undated_event_gets_the_publication_date_at_its_precision(events):
    assert when(events("Die Armee hat Kupjansk eingenommen."), "eingenommen") == (
        "2022-10-01",
        "2022-10-01",
        "day",
        "publication",
    )
    assert when(events("The army took Kupiansk.", date="2022-09", lang="en"), "took") == (
        "2022-09-01",
        "2022-09-30",
        "month",
        "publication",
    )


def test_a_dateline_dates_an_undated_article_and_anchors_its_weekdays(events):
    found = events(
        "Kiew, 7. August 2015 (dpa) - Die Armee hat am Donnerstag Kupjansk erobert.\n\n"
        "Bei Isjum kam es zu Kämpfen.",
        date=None,
    )
    assert when(found, "erobert") == ("2015-08-06", "2015-08-06", "day", "sentence")
    assert when(found, "Kämpfen") == ("2015-08-07", "2015-08-07", "day", "dateline")


@pytest.mark.parametrize(
    "body",
    [
        "Kiew (7.8.2015) - Die Armee hat Kupjansk erobert.\n\nBei Isjum kam es zu Kämpfen.",
        "Kiew, 2015-08-07: Die Armee hat Kupjansk erobert.\n\nBei Isjum kam es zu Kämpfen.",
    ],
)
def test_a_numeric_dateline_is_the_report_date(events, body):
    found = events(body, date="2015-08")
    assert when(found, "Kämpfen") == ("2015-08-07", "2015-08-07", "day", "dateline")


def test_an_english_agency_dateline_refines_a_month_dated_report(events):
    found = events(
        "KYIV, August 7. /AP/. The army captured Kupiansk on Thursday.\n\nFighting raged in Izium.",
        date="2015-08",
        lang="en",
    )
    assert when(found, "captured")[:2] == ("2015-08-06", "2015-08-06")
    assert when(found, "Fighting") == ("2015-08-07", "2015-08-07", "day", "dateline")


def test_a_dateline_is_no_time_of_its_sentence_s_events(events):
    # "said on Sunday" dates the capture, not the dateline's Monday before it
    found = events(
        "ADDIS ABABA, Nov 1 (Reuters) - Tigrayan forces said on Sunday they had captured Kombolcha.",
        date="2021-11-01",
        lang="en",
    )
    assert when(found, "captured")[:2] == ("2021-10-31", "2021-10-31")
    # a sentence with no time of its own still takes the dateline's day
    found = events("Kiew (7.8.2015) - Die Armee hat Kupjansk erobert.", date="2015-08")
    assert when(found, "erobert") == ("2015-08-07", "2015-08-07", "day", "dateline")


@pytest.mark.parametrize(
    ("body", "lang", "trigger", "day"),
    [
        (
            "Die Armee hat das Dorf Klischtschijiwka zurückerobert. Das teilte der Generalstab am Sonntag mit.",
            "de",
            "zurückerobert",
            "2023-09-17",
        ),
        (
            "Ukrainian forces recaptured the village of Klishchiivka. This was announced by the general staff "
            "on Sunday.",
            "en",
            "recaptured",
            "2023-09-17",
        ),
        # the sentence after says who reported it, but not when: the publication date
        (
            "Die Armee hat das Dorf Klischtschijiwka zurückerobert. Das teilte der Generalstab mit.",
            "de",
            "zurückerobert",
            "2023-09-18",
        ),
    ],
)
def test_the_day_an_undated_report_was_told_in_the_sentence_after_dates_it(events, body, lang, trigger, day):
    assert when(events(body, date="2023-09-18", lang=lang), trigger)[:2] == (day, day)


def test_a_dateline_after_the_publication_date_is_not_the_report_date(events):
    found = events("Kiew (9.10.2022) - Die Armee hat Kupjansk erobert.\n\nBei Isjum kam es zu Kämpfen.")
    assert when(found, "Kämpfen")[3] == "publication"


@pytest.mark.parametrize(
    ("body", "lang", "trigger"),
    [
        (
            "Kupiansk was recaptured while a commander, born in 1977 in Kharkiv, was captured alive.",
            "en",
            "recaptured",
        ),
        ("Die Armee eroberte Kupjansk, sagte ein Kommandeur, geboren 1971 in Charkiw.", "de", "eroberte"),
    ],
)
def test_a_date_of_birth_does_not_date_the_event(events, body, lang, trigger):
    start = when(events(body, lang=lang), trigger)[0]
    assert start.startswith("2022-"), start


@pytest.mark.parametrize(
    ("body", "lang", "trigger"),
    [
        (
            "Rebels swept into Kupiansk on Friday, entering the town for the first time since 2015.",
            "en",
            "entering",
        ),
        ("Die Armee drang am Freitag in Kupjansk ein, erstmals seit 2015.", "de", "drang … ein"),
        ("Zum ersten Mal seit 2015 ist die Armee am Freitag in Kupjansk eingedrungen.", "de", "eingedrungen"),
    ],
)
def test_the_last_time_before_the_first_time_since_does_not_date_the_event(events, body, lang, trigger):
    assert when(events(body, lang=lang), trigger)[:2] == ("2022-09-30", "2022-09-30")


@pytest.mark.parametrize(
    ("body", "lang", "trigger", "expected"),
    [
        # told as earlier than the paragraph's day: the week before it
        (
            "Die Armee nahm am Freitag Kupjansk ein. Zuvor hatten die Truppen Isjum erobert.",
            "de",
            "erobert",
            ("2022-09-23", "2022-09-29", "week", "paragraph"),
        ),
        (
            "The army took Kupiansk on Friday. Earlier in the week, troops had captured Izium.",
            "en",
            "captured",
            ("2022-09-23", "2022-09-29", "week", "paragraph"),
        ),
        # earlier the same day: that day
        (
            "The army took Kupiansk on Friday. Earlier in the day, troops had captured Izium.",
            "en",
            "captured",
            ("2022-09-30", "2022-09-30", "day", "paragraph"),
        ),
    ],
)
def test_an_event_told_as_earlier_is_in_the_week_before_the_paragraph_s_day(
    events, body, lang, trigger, expected
):
    assert when(events(body, lang=lang), trigger) == expected


@pytest.mark.parametrize(
    ("body", "lang", "trigger", "start"),
    [
        # counted back from the day of the news
        (
            "Militants overran Kupiansk on Friday, a day after they seized Izium.",
            "en",
            "seized",
            "2022-09-29",
        ),
        (
            "Militants overran Kupiansk on Friday, two days after the capture of Izium.",
            "en",
            "capture",
            "2022-09-28",
        ),
        ("Militants overran Kupiansk on Friday, a day after seizing Izium.", "en", "seizing", "2022-09-29"),
        (
            "Die Armee nahm am Freitag Kupjansk ein, einen Tag nachdem sie Isjum erobert hatte.",
            "de",
            "erobert",
            "2022-09-29",
        ),
        # when it was said, not when it happened
        (
            "The commander said on Saturday that troops had withdrawn from Izium on Friday.",
            "en",
            "withdrawn",
            "2022-09-30",
        ),
        # … but said after it, the day it was said, not a time of something else
        (
            "Russian troops captured Izium, the ministry said on Saturday, after fighting that began on Thursday.",
            "en",
            "captured",
            "2022-10-01",
        ),
        # months back from the report's own day, known to the month
        (
            "Isjum ist wieder unter Kontrolle der Armee, acht Monate nachdem die Separatisten die Stadt erobert hatten.",
            "de",
            "erobert",
            "2022-02-01",
        ),
        # an event after "two days after that" is no earlier one
        (
            "Russian troops entered Izium on Friday and two days after that captured Kupiansk.",
            "en",
            "captured",
            "2022-09-30",
        ),
        # "earlier" goes with the saying
        (
            "On Friday, Ukrainian troops repelled attacks. The ministry earlier said its forces had captured Izium.",
            "en",
            "captured",
            "2022-09-30",
        ),
        # the month of an earlier taking is not the day of the news after it
        (
            "Nach der Einnahme von Isjum im Juli hat die Armee ihre Angriffe auf Kupjansk verstärkt.",
            "de",
            "Angriffe",
            "2022-10-01",
        ),
    ],
)
def test_a_time_dates_the_event_its_clause_gives_it_to(events, body, lang, trigger, start):
    assert when(events(body, lang=lang), trigger)[0] == start


def test_a_period_s_start_in_a_relative_clause_does_not_date_the_main_event(events):
    found = events("Die Islamisten, die seit April den Norden kontrollierten, hatten Kupjansk eingenommen.")
    assert when(found, "eingenommen")[3] == "publication"


@pytest.mark.parametrize(
    ("body", "lang", "trigger", "start"),
    [
        ("Russian forces captured Lyman earlier this year, officials said.", "en", "captured", "2022-01-01"),
        ("Russische Truppen hatten Lyman in diesem Monat eingenommen.", "de", "eingenommen", "2022-10-01"),
    ],
)
def test_a_year_or_month_that_runs_on_past_the_report_ends_on_the_report_s_day(
    events, body, lang, trigger, start
):
    # "earlier this year" in a report of 13 October: January to that day, never the year's end
    t_start, t_end, _precision, _source = when(events(body, date="2022-10-13", lang=lang), trigger)
    assert (t_start, t_end) == (start, "2022-10-13")


def test_a_relative_clauses_date_is_its_own_not_the_main_verbs(events):
    found = events(
        "Russian troops have been advancing westward from Avdiivka, which fell to Russian forces in February.",
        "2024-06-10",
        "en",
    )
    assert when(found, "advancing")[:2] == ("2024-06-10", "2024-06-10")
    assert when(found, "fell")[:2] == ("2024-02-01", "2024-02-29")


@pytest.mark.parametrize(
    ("body", "lang", "trigger", "start"),
    [
        # a month the report has not reached yet, told in the past: last year's
        ("The Houthis seized the town of Marib in March.", "en", "seized", "2020-03-01"),
        ("Die Huthis eroberten die Stadt Marib im März.", "de", "eroberten", "2020-03-01"),
        # told as a plan it stays ahead
        ("The Houthis will seize the town of Marib in March.", "en", "seize", "2021-03-01"),
    ],
)
def test_a_month_ahead_of_the_report_told_in_the_past_is_last_years(events, body, lang, trigger, start):
    assert when(events(body, "2021-02-15", lang), trigger)[0][:10] == start


@pytest.mark.parametrize(
    ("body", "lang", "trigger"),
    [
        ("The army retook Kupiansk on Monday and will now advance towards Izium.", "en", "retook"),
        (
            "Die Armee eroberte am Montag Kupjansk zurück und will nun auf Isjum vorrücken.",
            "de",
            "eroberte … zurück",
        ),
    ],
)
def test_a_day_belongs_to_the_tense_of_its_own_clause_not_a_plan_joined_after_it(events, body, lang, trigger):
    # 2022-10-01 is a Saturday: the Monday of a taking told in the past is the one before
    assert when(events(body, lang=lang), trigger)[:2] == ("2022-09-26", "2022-09-26")


@pytest.mark.parametrize(
    ("body", "lang", "trigger"),
    [
        ("The Taliban seized Kunduz, their fifth provincial capital in three days.", "en", "seized"),
        ("Die Taliban eroberten Kundus, die fünfte Provinzhauptstadt in drei Tagen.", "de", "eroberten"),
    ],
)
def test_in_so_many_days_after_a_taking_told_in_the_past_is_how_long_it_took(events, body, lang, trigger):
    assert when(events(body, "2021-08-08", lang), trigger)[:2] == ("2021-08-08", "2021-08-08")


def test_in_so_many_days_in_a_plan_is_a_day_ahead(events):
    found = events("The army will attack Kunduz in three days.", "2021-08-08", "en")
    assert when(found, "attack")[:2] == ("2021-08-11", "2021-08-11")


@pytest.mark.parametrize(
    ("body", "lang", "trigger"),
    [
        ("Rebel commanders said they would reach Hama in three days.", "en", "reach"),
        ("Ein Kommandeur sagte, in drei Tagen würden seine Truppen Hama erreichen.", "de", "erreichen"),
    ],
)
def test_in_so_many_days_in_a_reported_plan_is_a_day_ahead(events, body, lang, trigger):
    assert when(events(body, "2021-08-08", lang), trigger)[:2] == ("2021-08-11", "2021-08-11")


def test_a_progressive_goes_on_when_it_is_told_not_at_the_paragraphs_earlier_month(events):
    body = "The rebels retook most of Tigray in June. A diplomat said the fighters were moving toward Woldia."
    assert when(events(body, "2021-08-05", "en"), "moving")[:2] == ("2021-08-05", "2021-08-05")
    body = "The rebels retook most of Tigray in June. The fighters then advanced on Woldia."
    assert when(events(body, "2021-08-05", "en"), "advanced")[:2] == ("2021-06-01", "2021-06-30")


def test_a_future_in_a_relative_clause_does_not_send_the_takings_day_ahead(events):
    body = "Russian forces captured Lyman, which Ukraine had vowed it would defend, on Saturday."
    assert when(events(body, "2022-05-30", "en"), "captured")[:2] == ("2022-05-28", "2022-05-28")


def test_a_progressive_the_writer_tells_goes_on_at_the_paragraphs_day(events):
    body = "Russian troops were advancing toward Bakhmut on Monday. By evening they were fighting on the outskirts."
    assert when(events(body, "2023-01-20", "en"), "fighting")[:2] == ("2023-01-16", "2023-01-16")


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Government forces took Kafr Nabl on Friday and Saraqib on Saturday.", "en"),
        ("Regierungstruppen eroberten am Freitag Kafr Nabl und am Samstag die Stadt Sarakib.", "de"),
        ("Regierungstruppen eroberten Kafr Nabl am Freitag und Sarakib am Samstag.", "de"),
    ],
)
def test_each_place_of_a_list_taken_on_a_day_of_its_own_has_that_day(events, body, lang):
    # 2020-02-08 is a Saturday: Friday is the day before
    found = events(body, "2020-02-08", lang)
    assert [(e[1], e[2]) for e in found] == [("2020-02-07", "2020-02-07"), ("2020-02-08", "2020-02-08")]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("The army said on Monday it had retaken Kupiansk on Saturday and Izium on Sunday.", "en"),
        ("Die Armee meldete am Montag die Rückeroberung von Kupjansk am Samstag und Isjum am Sonntag.", "de"),
    ],
)
def test_the_day_a_list_was_told_is_no_day_of_its_places(events, body, lang):
    # 2022-09-12 is a Monday: Saturday and Sunday are the two days before
    found = events(body, "2022-09-12", lang)
    assert [(e[1], e[2]) for e in found] == [("2022-09-10", "2022-09-10"), ("2022-09-11", "2022-09-11")]


def test_a_list_taken_on_one_day_is_all_of_that_day(events):
    found = events("Regierungstruppen eroberten am Freitag Kafr Nabl und Sarakib.", "2020-02-08")
    assert [(e[1], e[2]) for e in found] == [("2020-02-07", "2020-02-07")] * 2


@pytest.mark.parametrize(
    ("body", "lang", "trigger", "expected"),
    [
        # told as earlier than the report, with no day of its own: the week before the report
        (
            "Earlier in the week, Russian troops captured Soledar.",
            "en",
            "captured",
            ("2020-02-01", "2020-02-07"),
        ),
        ("Zuvor hatten russische Truppen Soledar erobert.", "de", "erobert", ("2020-02-01", "2020-02-07")),
        # during the week: the week the report is of, up to it (Monday 3 February to Saturday 8)
        (
            "Im Laufe der Woche hatten russische Truppen Soledar erobert.",
            "de",
            "erobert",
            ("2020-02-03", "2020-02-08"),
        ),
    ],
)
def test_a_taking_told_as_earlier_in_the_week_is_dated_to_a_week_not_the_report_s_day(
    events, body, lang, trigger, expected
):
    assert when(events(body, "2020-02-08", lang), trigger)[:3] == (*expected, "week")


@pytest.mark.parametrize(
    ("body", "lang", "trigger"),
    [
        # "earlier" in a relative clause dates that clause, not the main clause's taking
        ("Russian troops, who had earlier withdrawn from the Kyiv region, captured Lyman.", "en", "captured"),
        (
            "Ukrainische Truppen, die zuvor Balaklija befreit hatten, nahmen Kupjansk ein.",
            "de",
            "nahmen … ein",
        ),
        # earlier in the war is no week before the report
        ("Earlier in the war, Russian troops had captured Kherson.", "en", "captured"),
    ],
)
def test_an_earlier_of_another_clause_or_of_the_war_leaves_the_report_s_day(events, body, lang, trigger):
    assert when(events(body, "2022-09-12", lang), trigger)[:2] == ("2022-09-12", "2022-09-12")
