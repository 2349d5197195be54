"""A named quarter of a town stays in its town (places/quarters.py). Sentences written for these
tests; the towns are real, the reports invented."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from frontline.plugin.core.language.text import segment
from frontline.plugin.core.places.gazetteer import bearing as bearing_of
from frontline.plugin.core.places.gazetteer import distance_km, turn_deg
from frontline.plugin.core.places.recognizer import PlaceRecognizer

FALLUJA = (33.34913, 43.78599)  # GeoNames Al Fallūjah, 190,000 people: a built-up radius of some 3.5 km
ALEPPO = (36.20124, 37.16117)
KHARKIV = (49.98177, 36.25475)


@pytest.fixture(scope="module")
def recognizer(gazetteer):
    return PlaceRecognizer(gazetteer)


def located(recognizer, text, lang):
    return [m for m in recognizer.recognize(segment(text, lang), lang) if m.role == "location"]


def named(recognizer, text, lang, name):
    (mention,) = [m for m in located(recognizer, text, lang) if m.text == name]
    return mention


def km_from(mention, town):
    return distance_km(mention.place.lat, mention.place.lon, *town)


def bearing_from(town, mention):
    return bearing_of(SimpleNamespace(lat=town[0], lon=town[1]), mention.place)


@pytest.mark.parametrize(
    ("text", "lang", "name", "town"),
    [
        # At-Ta'mim is also the old name of Kirkuk's province, 150 km away
        ("Iraqi forces recaptured the Tamim district of Falluja on Sunday.", "en", "Tamim", FALLUJA),
        ("Fighting raged in Falluja's Askari quarter.", "en", "Askari", FALLUJA),
        # a name the gazetteer lacks, of two words, one of which is a village elsewhere
        ("Rebels took the Bustan Qasr neighbourhood of Aleppo.", "en", "Bustan Qasr", ALEPPO),
        ("Security forces took the Hurriya district in the center of Falluja.", "en", "Hurriya", FALLUJA),
        ("Die Armee eroberte den Stadtteil Dschulan in Falludscha.", "de", "Dschulan", FALLUJA),
        # an Arabic article in lower case, after a preposition
        (
            "Security forces took full control of al-Hurriya district in the center of Falluja.",
            "en",
            "al-Hurriya",
            FALLUJA,
        ),
        # a quarter noun that needs no town named: the town the article names
        (
            "The army fought in Falluja. Troops reached a crossroads in the Jolan neighbourhood.",
            "en",
            "Jolan",
            FALLUJA,
        ),
        (
            "Die Armee kämpft in Falludscha. Der IS riegelte den Stadtteil Dschulan ab.",
            "de",
            "Dschulan",
            FALLUJA,
        ),
    ],
)
def test_a_named_quarter_is_drawn_in_its_town_not_at_a_namesake_elsewhere(recognizer, text, lang, name, town):
    mention = named(recognizer, text, lang, name)
    assert km_from(mention, town) < 1.0, mention.reasons
    assert mention.placed() == "part"
    assert mention.approximate
    assert mention.placing.anchor.lat == pytest.approx(town[0], abs=0.01)


@pytest.mark.parametrize(
    ("text", "lang", "name", "bearing"),
    [
        (
            "Iraqi troops drove the militants out of the Jubail neighbourhood in western Falluja.",
            "en",
            "Jubail",
            270,
        ),
        ("Government troops seized the Nazal district on the southern side of Falluja.", "en", "Nazal", 180),
        (
            "Troops took Falluja. They then retook Al-Askari, on the southwestern side of the city.",
            "en",
            "Al-Askari",
            225,
        ),
        # a name the gazetteer lacks, told on a side of the town
        (
            "Troops took most of Falluja, mainly Al-Nazzal, on the southern side of the city.",
            "en",
            "Al-Nazzal",
            180,
        ),
        ("Die Armee eroberte den Stadtteil Dschulan im Osten von Falludscha.", "de", "Dschulan", 90),
        (
            "Die Truppen stehen vor Falludscha und sind in den östlichen Stadtteil Dschulan eingerückt.",
            "de",
            "Dschulan",
            90,
        ),
    ],
)
def test_a_quarter_told_with_its_side_of_the_town_is_drawn_on_that_side(
    recognizer, text, lang, name, bearing
):
    mention = named(recognizer, text, lang, name)
    assert 1.0 < km_from(mention, FALLUJA) < 4.0, mention.reasons
    assert turn_deg(bearing_from(FALLUJA, mention), bearing) < 10


def test_a_quarter_just_outside_the_town_lies_beyond_one_inside_it(recognizer):
    inside = named(recognizer, "Troops cleared the Sinaa district in eastern Falluja.", "en", "Sinaa")
    outside = named(recognizer, "Troops cleared the Sinaa district just east of Falluja.", "en", "Sinaa")
    assert km_from(inside, FALLUJA) + 1.5 < km_from(outside, FALLUJA) < 6.0
    assert turn_deg(bearing_from(FALLUJA, outside), 90) < 10


def test_a_quarter_the_gazetteer_holds_in_the_town_keeps_its_point_and_the_town_stays_the_city(recognizer):
    found = {
        m.text: m
        for m in located(recognizer, "Russian troops shelled the Saltivka district of Kharkiv.", "en")
    }
    assert found["Saltivka"].placed() == "gazetteer"
    assert km_from(found["Saltivka"], KHARKIV) < 12
    # "district of Kharkiv": the district noun goes with Saltivka, Kharkiv is the city
    assert km_from(found["Kharkiv"], KHARKIV) < 1.0


def test_a_quarter_named_twice_is_drawn_once_where_the_article_places_it(recognizer):
    text = (
        "Die Truppen standen vor Falludscha. Sie rückten in den östlichen Stadtteil Dschulan ein und "
        "waren nur noch 800 Meter vom Bezirk Karama entfernt. Der IS riegelte den Stadtteil Karama ab. "
        "Beim Vorstoß auf den Stadtteil Dschulan setzten sie Panzer ein."
    )
    mentions = located(recognizer, text, "de")
    karama = [m for m in mentions if m.text == "Karama"]
    dschulan = [m for m in mentions if m.text == "Dschulan"]
    assert len(karama) == 2
    assert all(km_from(m, FALLUJA) < 1.0 for m in karama), [m.reasons for m in karama]
    assert len(dschulan) == 2
    assert len({(m.place.lat, m.place.lon) for m in dschulan}) == 1
    assert turn_deg(bearing_from(FALLUJA, dschulan[-1]), 90) < 10


@pytest.mark.parametrize(
    ("text", "name", "near"),
    [
        # the district of a province: the province is no town to hold it
        ("Rebels hold the Kobani district of Aleppo province.", "Kobani", (36.89095, 38.35347)),
        # "northern Aleppo" is the province: a town in it stays where it is
        ("The army shelled Azaz, in northern Aleppo.", "Azaz", (36.58662, 37.04628)),
    ],
)
def test_a_district_of_a_province_and_a_town_in_a_region_keep_their_own_points(recognizer, text, name, near):
    mention = named(recognizer, text, "en", name)
    assert mention.placed() == "gazetteer"
    assert km_from(mention, near) < 2.0


def test_an_institution_named_before_district_is_no_quarter(recognizer):
    # a school district, a water district: common nouns in the name
    found = located(recognizer, "Teachers in the Carbon School district of Price went on strike.", "en")
    assert [m.text for m in found if m.placed() == "part"] == []
    assert "Carbon School" not in [m.text for m in found]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the gazetteer lacks them: quarters of the town after the list, not villages elsewhere
        (
            "Government troops captured the neighbourhoods of Salihin and Bustan al-Qasr in Aleppo.",
            ["Salihin", "Bustan al-Qasr"],
        ),
        (
            "The army seized the districts of Sheikh Saeed and Salihin in eastern Aleppo.",
            ["Sheikh Saeed", "Salihin"],
        ),
        # an apposition says what it is
        ("The army took Masaken Hanano, the first district of eastern Aleppo to fall.", ["Masaken Hanano"]),
    ],
)
def test_names_told_as_districts_of_a_town_lie_in_it(recognizer, text, names):
    found = {m.text: m for m in located(recognizer, text, "en")}
    for name in names:
        assert km_from(found[name], ALEPPO) < 8.0, found[name].reasons


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        ("Troops retook the Jolan and Askari neighbourhoods of Falluja.", "en", ["Jolan", "Askari"]),
        # no town named with them: the town the article names, not another name of the list
        (
            "Die Armee kämpft in Falludscha. Die Stadtteile Dschulan und Karama wurden befreit.",
            "de",
            ["Dschulan", "Karama"],
        ),
    ],
)
def test_a_list_of_quarters_lies_in_the_town_named_with_the_list(recognizer, text, lang, names):
    found = {m.text: m for m in located(recognizer, text, lang)}
    for name in names:
        assert km_from(found[name], FALLUJA) < 1.0, found[name].reasons


def test_a_share_of_a_town_is_no_quarter_of_the_town_named_before(recognizer):
    text = "Die Armee rückte auf Falludscha vor. Sie kontrolliert inzwischen drei Viertel Mossuls."
    mosul = named(recognizer, text, "de", "Mossuls")
    assert mosul.placed() == "gazetteer"
    assert km_from(mosul, (36.335, 43.11889)) < 1.0


KYIV = (50.45466, 30.5238)


@pytest.mark.parametrize(
    ("text", "lang", "name", "point"),
    [
        # a district of the province the city gives its name to: the town of that district
        ("Kurdish forces took the Afrin district of Aleppo.", "en", "Afrin", (36.51194, 36.86954)),
        ("Troops entered the Izium district of Kharkiv.", "en", "Izium", (49.20697, 37.27679)),
        ("Kharkiv's Kupiansk district was shelled.", "en", "Kupiansk", (49.71003, 37.61581)),
        # a suburb lies outside the city, and so does a town on its edge
        ("Irpin, a suburb of Kyiv, was shelled.", "en", "Irpin", (50.52201, 30.24037)),
        ("Bucha, on the northwestern edge of Kyiv, was taken.", "en", "Bucha", (50.54741, 30.20879)),
        ("Butscha, einem Vorort von Kiew, wurde beschossen.", "de", "Butscha", (50.54741, 30.20879)),
        # the city before the noun and its suburb after it
        ("Russian troops shelled the Kyiv suburb of Irpin.", "en", "Kyiv", KYIV),
        # no town named with the quarter: a reading in the country of the article's town stands
        (
            "Nach Kämpfen um Isjum beschossen russische Truppen den Stadtteil Saltiwka.",
            "de",
            "Saltiwka",
            (50.02207, 36.34901),
        ),
    ],
)
def test_a_town_a_district_or_suburb_noun_goes_with_keeps_its_own_point(recognizer, text, lang, name, point):
    mention = named(recognizer, text, lang, name)
    assert mention.placed() == "gazetteer", mention.reasons
    assert km_from(mention, point) < 1.0


def test_a_town_told_again_as_a_district_of_its_province_stays_where_it_is(recognizer):
    text = "Kurdish forces took Tal Abyad. Later, rebels captured the Tal Abyad district of Raqqa."
    for mention in [m for m in located(recognizer, text, "en") if m.text == "Tal Abyad"]:
        assert km_from(mention, (36.69648, 38.95382)) < 1.0, mention.reasons


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Shelling hit the Alawite neighbourhood of Homs.", "Homs"),
        ("Fighting raged in the Kurdish district of Kirkuk.", "Kirkuk"),
        ("Troops retook the IS-held district of Hawija.", "Hawija"),
        ("The district of Hawija fell to Islamic State in 2014.", "Hawija"),
    ],
)
def test_a_word_that_describes_a_quarter_is_no_place_and_the_place_stays(recognizer, text, kept):
    found = [m.text for m in located(recognizer, text, "en")]
    assert found == [kept]


RAQQA = (35.95283, 39.00788)


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        # a hill the gazetteer lacks, on a side of a town: just outside it, on that side
        ("The YPG had seized the Mishtenur hilltop, south of Raqqa.", "en", "Mishtenur"),
        ("Kämpfe gab es auf dem Mishtanur-Hügel im Süden der Stadt Rakka.", "de", "Mishtanur-Hügel"),
        # a hill named like a town 43 km away (Al-Tabqa) is no town
        ("Kämpfe gab es auf dem Tabqa-Hügel im Süden der Stadt Rakka.", "de", "Tabqa-Hügel"),
    ],
)
def test_a_hill_told_on_a_side_of_a_town_lies_just_outside_it_there(recognizer, text, lang, name):
    hill = named(recognizer, text, lang, name)
    assert 4.0 < km_from(hill, RAQQA) < 10.0, hill.reasons
    assert turn_deg(bearing_from(RAQQA, hill), 180) < 10


def test_a_hill_the_text_measures_from_a_town_is_where_it_says(recognizer):
    hill = named(recognizer, "Der Tabqa-Hügel liegt zwei Kilometer südlich von Rakka.", "de", "Tabqa-Hügel")
    assert hill.placed() == "relative"
    assert 1.5 < km_from(hill, RAQQA) < 2.5
    # a village on a hill is that village ("the Tall Shair hilltop": a village's name)
    village = named(
        recognizer, "Kurdish militias retook the Tall Shair hilltop west of Kobane.", "en", "Tall Shair"
    )
    assert village.placed() == "gazetteer"


def test_a_hill_with_no_side_told_is_drawn_at_no_town(recognizer):
    text = "Ukrainische Truppen eroberten den Vysota-Hügel bei Klischtschijiwka zurück, hieß es in Kiew."
    hill = named(recognizer, text, "de", "Vysota-Hügel")
    assert hill.place is None
    assert hill.near is None


def test_a_numbered_height_is_a_hill_not_a_town_called_hill(recognizer):
    stormed = named(recognizer, "Russian troops stormed Hill 262 near Bakhmut.", "en", "Hill 262")
    assert stormed.place is None  # not Hill, New Hampshire; no side of Bakhmut told
    bakhmut = (48.59419, 37.99886)
    height = named(recognizer, "Ukrainian forces retook Height 206.3 south of Bakhmut.", "en", "Height 206.3")
    assert 2.0 < km_from(height, bakhmut) < 5.0
    assert turn_deg(bearing_from(bakhmut, height), 180) < 10


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Syrian rebels pulled out of Aleppo's historic Old City on Wednesday.", ALEPPO),
        ("Government troops entered the Old City of Aleppo on Wednesday.", ALEPPO),
        ("Fighting went on in Aleppo. Rebels withdrew from the Old City on Wednesday.", ALEPPO),
    ],
)
def test_an_old_city_is_the_one_of_the_town_named_with_it_not_jerusalems(recognizer, text, town):
    old_city = named(recognizer, text, "en", "Old City")
    assert km_from(old_city, town) < 5
    assert old_city.approximate


def test_a_month_after_in_is_no_town_the_name_is_a_quarter_of(recognizer):
    found = {m.text: m for m in located(recognizer, "The Houthis seized Marib in March.", "en")}
    assert found["Marib"].place.country == "YE"
    assert found["Marib"].placed() != "part"
