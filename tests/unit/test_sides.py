"""A side key from any actor's name: the table's names, names read from text, in German and English."""

from __future__ import annotations

import pytest

from frontline.plugin.core.events.sides import side_colour, side_keys, side_label, side_of, sides_of


@pytest.mark.parametrize(
    ("actor", "side"),
    [
        ("Ukrainian forces", "UA"),
        ("ukrainische Truppen", "UA"),
        ("Kiews Armee", "UA"),
        ("Russian forces", "RU"),
        ("russische Einheiten", "RU"),
        ("Kadyrov's fighters", "RU"),
        ("the DPR People's Militia", "RU"),
        ("Islamic State", "IS"),
        ("IS-Miliz", "IS"),
        ("Islamic State of Iraq", "IS"),  # the group, not the country in its name
        ("Iraqi forces", "IQ"),
        ("Hashd al-Shaabi", "IQ"),
        ("Kata'ib Hezbollah", "IQ"),  # an Iraqi militia, not the Lebanese party
        ("Hezbollah", "SY"),
        ("Syrian army", "SY"),
        ("Syrian Democratic Forces", "SDF"),  # before "Syrian"
        ("kurdische Volksverteidigungseinheiten", "SDF"),
        ("Kurdish Peshmerga", "KRG"),  # before "Kurdish"
        ("Free Syrian Army", "TR"),
        ("Turkish army", "TR"),
        ("französische und malische Truppen", "ML"),
        ("Chadian soldiers", "ML"),
        ("Islamist rebels", "REB"),
        ("Israel Defense Forces", "IL"),
    ],
)
def test_a_force_is_given_the_side_it_fights_for(actor, side):
    assert side_of(actor) == side


@pytest.mark.parametrize("actor", ["government forces", "security forces", "", None])
def test_names_of_no_particular_war_have_no_side(actor):
    assert side_of(actor) is None


def test_sides_of_several_actors_in_order_without_repeats():
    assert sides_of(["Iraqi forces", "Hashd al-Shaabi", "Syrian army", "the militias"]) == ["IQ", "SY"]


def test_every_side_has_a_label_and_its_own_colour():
    colours = [side_colour(key) for key in side_keys()]
    assert all(c.startswith("#") and len(c) == 7 for c in colours)
    assert len(set(colours)) == len(colours)
    assert side_label("UA") == "Ukraine"
    assert side_colour(None) == side_colour("no such side") == "#9e9e9e"


def test_every_side_has_a_german_name_for_a_german_legend():
    assert side_label("IQ", "de") == "irakische Regierung und Verbündete"
    assert side_label("IQ") == "Iraqi government and allies"
    assert side_label(None, "de") == "Seite nicht genannt"
    assert all(
        side_label(key, "de") != side_label(key) or key in ("UA", "IL", "TG", "TAL") for key in side_keys()
    )


@pytest.mark.parametrize(
    ("date", "lang", "body", "side", "actor"),
    [
        (
            "2016-11-07",
            "en",
            "Government forces recaptured the town of Bartella on Monday.",
            "IQ",
            "Iraqi government forces",
        ),
        (
            "2016-11-07",
            "de",
            "Regierungstruppen eroberten am Montag die Stadt Bartella.",
            "IQ",
            "Iraqi government forces",
        ),
        ("2020-11-20", "en", "Federal forces captured Axum on Friday.", "ET", "Ethiopian government forces"),
        (
            "2015-03-01",
            "en",
            "Government troops took Jisr al-Shughur on Sunday.",
            "SY",
            "Syrian government forces",
        ),
    ],
)
def test_government_forces_are_the_army_of_the_country_they_take_ground_in(
    record_of, date, lang, body, side, actor
):
    record = record_of(date, lang, body)
    (change,) = record["control"]
    assert change["side"] == side
    (event,) = [e for e in record["articles"][0]["events"] if e["type"] in ("capture", "recapture")]
    assert event["actors"] == [actor]


@pytest.mark.parametrize(
    ("date", "lang", "body", "side", "actor"),
    [
        # rebels named by the noun alone are the rebels of the war their country and time say
        ("2011-03-28", "en", "The rebels recaptured Brega on Sunday.", "NTC", "NTC forces"),
        (
            "2014-08-30",
            "de",
            "Am Freitag haben die Aufständischen die Küstenstadt Nowoasowsk eingenommen.",
            "RU",
            "pro-Russian separatists",
        ),
        ("2024-08-31", "en", "Rebels captured Novoazovsk on Friday.", None, "rebels"),
    ],
)
def test_bare_rebels_are_the_rebels_of_their_country_s_war_at_the_time(
    record_of, date, lang, body, side, actor
):
    record = record_of(date, lang, body)
    assert [c["side"] for c in record["control"]] == [side]
    (event,) = [e for e in record["articles"][0]["events"] if e["type"] in ("capture", "recapture")]
    assert event["actors"] == [actor]


def test_government_forces_in_a_country_no_side_stands_for_keep_no_side(record_of):
    record = record_of("2021-05-01", "en", "Government forces captured the town of Maiduguri on Saturday.")
    assert [c["side"] for c in record["control"]] == [None]


@pytest.mark.parametrize(
    ("date", "lang", "body", "side"),
    [
        ("2025-01-27", "de", "Die M23 hat Goma eingenommen.", "M23"),
        ("2021-08-15", "de", "Die Taliban haben Kabul eingenommen.", "TAL"),
        ("2016-12-06", "de", "Libysche Truppen haben Sirte vom IS zurückerobert.", "LY"),
        ("2019-04-05", "en", "The Libyan National Army (LNA) seized Gharyan on Thursday.", "LNA"),
        ("2018-03-01", "de", "Pro-türkische Rebellen haben Radschu eingenommen.", "TR"),
        # separatists named alone: a force of their own, in Ukraine the Russian-backed ones
        ("2014-08-29", "de", "Die Separatisten haben nach eigenen Angaben Nowoasowsk eingenommen.", "RU"),
        ("2015-02-03", "en", "Separatists seized the town of Starobesheve on Monday.", "RU"),
        # Yemen's government forces fight with the Saudi-led coalition
        ("2021-02-17", "de", "Die jemenitische Armee hat die Stadt Sirwah zurückerobert.", "SA"),
        ("2018-06-20", "de", "Regierungstreue Truppen eroberten am Mittwoch die Stadt Hodeidah.", "SA"),
    ],
)
def test_the_forces_of_other_wars_take_ground_for_their_side(record_of, date, lang, body, side):
    assert [c["side"] for c in record_of(date, lang, body)["control"]] == [side]


@pytest.mark.parametrize(
    ("body", "actor", "side"),
    [
        (
            "U.S.-backed Syrian forces took full control of Manbij on Friday.",
            "US-backed Syrian forces",
            "SDF",
        ),
        ("Malian and French troops took Gao on Saturday.", "Malian and French forces", "ML"),
    ],
)
def test_a_qualifying_adjective_is_no_second_force(record_of, body, actor, side):
    record = record_of("2016-08-12", "en", body)
    (event,) = [e for e in record["articles"][0]["events"] if e["type"] == "capture"]
    assert event["actors"] == [actor]
    assert [c["side"] for c in record["control"]] == [side]


@pytest.mark.parametrize(
    ("date", "lang", "body", "side"),
    [
        # a force's stronghold or position names who held the place, not who took it
        ("2017-10-17", "de", "Die SDF haben die einstige IS-Hochburg Rakka eingenommen.", "SDF"),
        ("2021-08-10", "de", "Afghanische Truppen haben die Taliban-Hochburg Musa Kala zurückerobert.", "AF"),
        # freed of a force: the force lost it
        ("2015-11-13", "de", "Kurdische Peschmerga haben Sindschar vom IS befreit.", "KRG"),
        ("2015-11-13", "de", "Die Stadt Sindschar sei vom IS befreit worden, sagte ein Sprecher.", None),
        # Kurdish forces without their organisation's name: in Iraq the Peshmerga, in Syria the YPG
        ("2016-10-20", "en", "Kurdish forces captured the town of Bashiqa on Thursday.", "KRG"),
        (
            "2014-10-10",
            "de",
            "Kurdische Kämpfer haben am Freitag das Dorf Tal Shair bei Kobane eingenommen.",
            "SDF",
        ),
    ],
)
def test_the_side_that_takes_a_place_is_not_the_one_that_held_it(record_of, date, lang, body, side):
    assert [c["side"] for c in record_of(date, lang, body)["control"]] == [side]


def test_a_news_agency_named_by_its_country_is_no_force(record_of):
    body = "Ein Sprecher der Rebellen sagte der Deutschen Presse-Agentur, man habe sich aus Saraqib zurückgezogen."
    events = record_of("2020-02-27", "de", body)["articles"][0]["events"]
    assert all("German forces" not in e["actors"] for e in events)
    withdrawal = record_of(
        "2021-06-29", "de", "Die Deutschen zogen sich am Dienstag aus Masar-i-Scharif zurück."
    )
    assert [e["actors"] for e in withdrawal["articles"][0]["events"]] == [["German forces"]]


@pytest.mark.parametrize(
    ("body", "actor"),
    [
        # a kind of unit between the nation and the force noun
        ("Ukrainian armoured units entered Kupiansk on Saturday.", "Ukrainian forces"),
        # "regime troops" are the army of the country they fight in
        ("Regime troops captured Ayyash near Deir ez-Zor on Friday.", "Syrian government forces"),
        # a number of a force's fighters are that force
        ("Hundreds of Taliban fighters captured Kunduz on Monday.", "Taliban"),
        ("Dozens of Russian soldiers entered Khromove on Saturday.", "Russian forces"),
        # the Guardian's spelling of the group
        ("Isis militants withdrew from Raqqa on Tuesday.", "Islamic State"),
    ],
)
def test_forces_counted_or_spelled_otherwise_are_still_the_force(record_of, body, actor):
    events = record_of("2023-05-21", "en", body)["articles"][0]["events"]
    assert [e["actors"] for e in events] == [[actor]]


@pytest.mark.parametrize(
    "body",
    [
        "Syrian troops backed by Iran-backed militias captured Ayyash on Friday.",
        "Syrian troops backed by allied militias captured Ayyash on Friday.",
        "Syrian troops backed by Hezbollah fighters captured Ayyash on Friday.",
    ],
)
def test_the_forces_that_back_the_subject_do_not_take_its_place(record_of, body):
    events = record_of("2017-09-09", "en", body)["articles"][0]["events"]
    assert [e["actors"][:1] for e in events if e["type"] == "capture"] == [["Syrian forces"]]


def test_air_strikes_that_back_a_force_are_their_own_forces(record_of):
    body = "Iraqi troops, backed by US-led coalition airstrikes, retook Ramadi on Monday."
    events = record_of("2015-12-28", "en", body)["articles"][0]["events"]
    assert [e["actors"] for e in events if e["type"] == "airstrike"] == [["US-led coalition"]]


@pytest.mark.parametrize(
    ("name", "side"),
    [
        ("Rwandan forces", "RW"),
        ("Georgian troops", "GE"),
        ("Mozambican army", "MZ"),
        ("Iranian forces", "IR"),
    ],
)
def test_a_states_forces_the_table_lacks_fight_for_their_country(name, side):
    assert side_of(name) == side


@pytest.mark.parametrize("name", ["Syrian fighters", "government forces", "rebels", "Georgian volunteers"])
def test_forces_of_no_state_army_get_no_country(name):
    assert side_of(name) in (None, "REB")


@pytest.mark.parametrize(
    ("name", "side"),
    [
        # a demonym before insurgents says where they fight, not for whom
        ("Malian Islamists", "REB"),
        ("Malian rebels", None),
        ("Iraqi insurgents", None),
        # a side's own words for its rebels still name it
        ("Syrian rebels", "REB"),
        ("Libyan rebels", "NTC"),
        ("pro-Russian separatists", "RU"),
        ("Malian forces", "ML"),
        # a people's adjective is no country's
        ("Kurdish rebels", "SDF"),
    ],
)
def test_insurgents_named_by_their_country_do_not_fight_for_its_state(name, side):
    assert side_of(name) == side


def test_a_country_side_has_its_forces_for_a_label_in_either_language():
    assert side_label("RW") == "Rwandan forces"
    assert side_label("RW", "de") == "Ruandische Streitkräfte"
    assert side_label(None) == "side not stated"


@pytest.mark.parametrize(
    ("date", "lang", "body", "actor"),
    [
        # "the army" alone is the army of the country it takes ground in
        ("2020-02-06", "en", "The army captured the town of Saraqib on Thursday.", "Syrian forces"),
        ("2022-09-09", "de", "Die Armee eroberte am Freitag die Stadt Balaklija.", "Ukrainian forces"),
        # "the army said it had …": the army that says so
        ("2022-09-11", "en", "The army said on Sunday it had entered Kupiansk.", "Ukrainian forces"),
        # the sentence before named this country's forces: the same army
        (
            "2016-10-19",
            "de",
            "Irakische Truppen rückten auf Mossul vor. Die Armee nahm am Dienstag den Ort Bartella ein.",
            "Iraqi forces",
        ),
    ],
)
def test_the_army_alone_is_the_army_of_the_country_it_fights_in(record_of, date, lang, body, actor):
    events = record_of(date, lang, body)["articles"][0]["events"]
    takings = [e for e in events if e["type"] in ("capture", "recapture", "arrival")]
    assert [e["actors"] for e in takings] == [[actor]]


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        # the sentence before named another state's forces: whose army is meant is not said
        ("en", "Russian troops shelled the town overnight. The army recaptured Shevchenkove on Friday."),
        (
            "de",
            "Russische Truppen beschossen die Region. Die Armee eroberte am Freitag den Ort Schewtschenkowe.",
        ),
    ],
)
def test_the_army_after_another_states_forces_has_no_side(record_of, lang, body):
    record = record_of("2022-09-10", lang, body)
    events = [e for e in record["articles"][0]["events"] if e["type"] in ("capture", "recapture")]
    assert [e["actors"] for e in events] == [[]]
    assert [c["side"] for c in record["control"]] == [None]


def test_the_speaker_s_side_takes_the_army_s_gain_before_the_country_does(record_of):
    body = "The army captured Soledar on Thursday, the defence ministry in Moscow said."
    events = record_of("2023-01-13", "en", body)["articles"][0]["events"]
    assert [e["actors"] for e in events if e["type"] == "capture"] == [["Russian forces"]]


@pytest.mark.parametrize(
    ("lang", "body", "actor"),
    [
        (
            "de",
            "Die Armee hat mit Unterstützung russischer Kampfjets die Stadt Sarakib eingenommen.",
            "Syrian forces",
        ),
        (
            "de",
            "Mithilfe der russischen Luftwaffe eroberten syrische Regierungstruppen die Stadt Sarakib.",
            "Syrian government forces",
        ),
        ("en", "With the support of Russian jets, Syrian troops captured Saraqib.", "Syrian forces"),
        ("en", "Syrian troops took Saraqib with the help of Iranian-backed militias.", "Syrian forces"),
    ],
)
def test_forces_named_after_a_noun_of_support_back_the_subject(record_of, lang, body, actor):
    events = record_of("2020-02-06", lang, body)["articles"][0]["events"]
    assert [e["actors"][:1] for e in events if e["type"] == "capture"] == [[actor]]


def test_the_army_in_a_report_of_another_states_ground_forces_is_named_only_after_them(record_of):
    # another paragraph has Russian troops leave a town: "the army" could be either state's
    body = (
        "Russian troops withdrew from Izium on Saturday.\n\nThe army recaptured the village of "
        "Shevchenkove on Friday, a regional official said."
    )
    events = record_of("2022-09-11", "en", body)["articles"][0]["events"]
    assert [e["actors"] for e in events if e["type"] == "recapture"] == [[]]
    # named just before: that army
    body = "Ukrainian troops advanced east of Balakliia. The army recaptured the village of Shevchenkove."
    events = record_of("2022-09-11", "en", body)["articles"][0]["events"]
    assert [e["actors"] for e in events if e["type"] == "recapture"] == [["Ukrainian forces"]]


@pytest.mark.parametrize(
    ("date", "body", "actors"),
    [
        # a territory whose army is another state's: no "Palestinian" army
        ("2023-11-10", "The army said it had captured a Hamas stronghold in the town of Jabalia.", []),
        # the Islamic State is no state: "the army" after it is still Iraq's
        (
            "2015-12-28",
            "Islamic State militants seized Ramadi in May.\n\nThe army recaptured the city of Ramadi on Monday.",
            ["Iraqi forces"],
        ),
    ],
)
def test_the_army_is_a_state_s_own_never_a_movement_s(record_of, date, body, actors):
    events = record_of(date, "en", body)["articles"][0]["events"]
    last = [e for e in events if e["type"] in ("capture", "recapture")][-1]
    assert last["actors"] == actors


def test_insurgents_named_by_their_country_take_ground_for_no_side_of_it(record_of):
    (article,) = record_of("2004-04-05", "en", "Iraqi insurgents seized Fallujah.")["articles"]
    assert [(e["actors"], e["sides"]) for e in article["events"]] == [(["Iraqi insurgents"], [None])]
