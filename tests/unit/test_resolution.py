"""Which place a name means: the candidate ranking (pure) and `resolve` on the real gazetteer.

Sentences here are our own; the real-gazetteer cases are skipped when it is not built.
"""

from __future__ import annotations

import pytest

from frontline.plugin.core.places.gazetteer import Gazetteer, Place, default_path, distance_km
from frontline.plugin.core.places.recognizer import PlaceRecognizer
from frontline.plugin.core.places.resolution import Focus, expand_short_form, rank_candidates
from frontline.plugin.core.places.sources.tables import read_country_points

from .test_toponyms import locations, read


def _place(pid, name, lat, lon, kind="town", country="US", population=0, admin1=None) -> Place:
    return Place(pid, name, lat, lon, kind, country, population, admin1, "test")


class _Span:
    def __init__(self, key, *places):
        self.keys = [key]
        self.places = list(places)
        self.cue = None


LONDON_GB = _place("gb", "London", 51.51, -0.13, "city", "GB", 8_900_000, "ENG")
LONDON_KY = _place("ky", "London", 37.13, -84.08, "town", "US", 8_000, "KY")
KENTUCKY = _place("kys", "Kentucky", 37.5, -85.0, "admin1", "US", 0, "KY")
CORBIN = _place("corbin", "Corbin", 36.95, -84.1, "town", "US", 7_000, "KY")


def test_a_bare_name_means_the_big_place():
    ranked = rank_candidates([LONDON_KY, LONDON_GB], None, Focus(), ["london"])
    assert ranked[0].place is LONDON_GB


def test_the_article_s_state_brings_the_small_namesake_forward():
    focus = Focus.from_spans([_Span("kentucky", KENTUCKY), _Span("corbin", CORBIN)])
    ranked = rank_candidates([LONDON_GB, LONDON_KY], None, focus, ["london"])
    assert ranked[0].place is LONDON_KY


def test_a_name_does_not_vote_for_itself():
    """Five mentions of London do not make London, England more likely by agreeing."""
    focus = Focus.from_spans([_Span("london", LONDON_GB, LONDON_KY)] * 5 + [_Span("kentucky", KENTUCKY)])
    ranked = rank_candidates([LONDON_GB, LONDON_KY], None, focus, ["london"])
    assert ranked[0].place is LONDON_KY


def test_a_state_beats_a_town_of_its_name():
    state = _place("ca", "California", 37.25, -119.75, "admin1", "US", 0, "CA")
    town = _place("pa", "California", 40.07, -79.89, "town", "US", 6_000, "PA")
    assert rank_candidates([town, state], None, Focus(), ["california"])[0].place is state


def test_an_own_name_beats_an_alternate_name():
    """GeoNames lists "Missouri" among the alternate names of a town; the state is named so."""
    state = _place("mo", "Missouri", 38.25, -92.5, "admin1", "US", 0, "MO")
    town = _place("bz", "Bozeman", 45.68, -111.04, "town", "US", 50_000, "MT")
    assert rank_candidates([town, state], None, Focus(), ["missouri"])[0].place is state


def test_short_forms():
    assert expand_short_form("Ky.", "en") == ("Kentucky", "US", "admin1")
    assert expand_short_form("B.C.", "en") == ("British Columbia", "CA", "admin1")
    assert expand_short_form("European", "en") == ("Europe", None, "continent")
    assert expand_short_form("europäischen", "de") == ("Europa", None, "continent")
    assert expand_short_form("Kentucky", "en") is None


def test_country_points_name_their_source(repo_root):
    points = read_country_points(repo_root / "plugin" / "core" / "data" / "country_points.csv")
    assert points["RU"] == (60.0, 100.0)
    assert points["CA"] == pytest.approx((60.10867, -113.64258))
    assert len(points) > 190


# -- the real gazetteer ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def recognizer() -> PlaceRecognizer:
    if not default_path().is_file():
        pytest.skip(f"{default_path()} not built (make builds it: tools/build_gazetteer.py)")
    with Gazetteer.open() as gaz:
        yield PlaceRecognizer(gaz)


def _resolve(recognizer, text, name, *others):
    spans = [(text.index(n), text.index(n) + len(n)) for n in (name, *others)]
    return recognizer.resolve(text, *spans[0], context=spans).place


def test_demonyms_mean_their_country(recognizer):
    text = "Canadian and Spanish officials met Cuban diplomats."
    assert _resolve(recognizer, text, "Canadian").country == "CA"
    assert _resolve(recognizer, text, "Spanish").kind == "country"
    assert _resolve(recognizer, text, "Cuban").country == "CU"


def test_countries_sit_where_geonames_puts_them(recognizer):
    russia = _resolve(recognizer, "Talks in Russia.", "Russia")
    assert (russia.lat, russia.lon) == (60.0, 100.0)


def test_a_state_abbreviation_and_its_town(recognizer):
    text = "A fire destroyed a barn near London, Ky., on Sunday, Laurel County officials said."
    ky = _resolve(recognizer, text, "Ky.", "London")
    assert (ky.name, ky.kind) == ("Kentucky", "admin1")
    london = _resolve(recognizer, text, "London", "Ky.")
    assert london.country == "US"
    assert london.lon == pytest.approx(-84.08, abs=0.5)


def test_a_big_city_alone_is_the_big_city(recognizer):
    assert _resolve(recognizer, "Prices rose in Paris.", "Paris").country == "FR"


def test_a_state_is_not_a_town_of_its_name(recognizer):
    place = _resolve(recognizer, "Wildfires spread across California and Oregon.", "California", "Oregon")
    assert (place.kind, place.country) == ("admin1", "US")


def test_washington_alone_is_the_capital_and_with_state_the_state(recognizer):
    """A national capital stands for its government; a cue word around the name asks for the state."""
    capital = _resolve(recognizer, "Officials in Washington rejected the plan.", "Washington")
    assert (capital.kind, capital.lat) == ("city", pytest.approx(38.9, abs=0.2))
    for text in (
        "Apple growers in Washington state lost half the harvest.",
        "Wildfires burned for weeks in the state of Washington last summer.",
    ):
        state = _resolve(recognizer, text, "Washington")
        assert (state.kind, state.country) == ("admin1", "US"), text
        assert state.lon == pytest.approx(-120.5, abs=2.0)
    # a cue word of the sentence before is no cue
    text = "Prices rose across the state. Washington officials disagreed with Moscow."
    assert _resolve(recognizer, text, "Washington", "Moscow").kind == "city"


def test_a_country_the_article_names_brings_its_namesake_forward(recognizer):
    """Refugees from Aleppo settling in Canada's London are in London, Ontario."""
    text = (
        "A family from Aleppo arrived in London this week. Canada has taken in many refugees "
        "from Syria, and Canada plans to take more."
    )
    london = _resolve(recognizer, text, "London", "Aleppo", "Canada", "Syria")
    assert (london.country, london.lon) == ("CA", pytest.approx(-81.2, abs=0.5))
    plain = _resolve(recognizer, "A family from Aleppo arrived in London this week.", "London", "Aleppo")
    assert plain.country == "GB"


def test_us_counties_are_places_and_their_state_picks_one(recognizer):
    """Some twenty states have a Jefferson County; the article's other places say which one."""
    text = "Flooding hit Jefferson County, and Birmingham and Bessemer closed schools."
    county = _resolve(recognizer, text, "Jefferson County", "Birmingham", "Bessemer")
    assert (county.kind, county.country, county.admin1) == ("admin2", "US", "AL")
    loving = _resolve(recognizer, "Oil rigs crowd Loving County.", "Loving County")
    # Loving County, Texas: 31°51′N 103°35′W (its seat Mentone's county, as atlases give it)
    assert (loving.lat, loving.lon) == (pytest.approx(31.85, abs=0.1), pytest.approx(-103.58, abs=0.1))


def test_airports_by_their_short_names(recognizer):
    text = "Flights from London were diverted from Heathrow Airport."
    heathrow = _resolve(recognizer, text, "Heathrow Airport", "London")
    assert (heathrow.kind, heathrow.country) == ("airbase", "GB")
    text = "He landed at Dulles International Airport."
    dulles = _resolve(recognizer, text, "Dulles International Airport")
    assert (dulles.country, dulles.lat) == ("US", pytest.approx(38.95, abs=0.05))
    shayrat = _resolve(recognizer, "Missiles struck Shayrat Air Base in Syria.", "Shayrat Air Base", "Syria")
    assert (shayrat.kind, shayrat.country) == ("airbase", "SY")
    shayrat = _resolve(recognizer, "Jets left Shayrat at dawn, Syria said.", "Shayrat", "Syria")
    assert (shayrat.kind, shayrat.country) == ("airbase", "SY")


def test_england_is_not_the_united_kingdom(recognizer):
    england = _resolve(recognizer, "Rain is expected across England.", "England")
    assert (england.kind, england.country) == ("admin1", "GB")
    assert england.lat < 54.0  # the UK's point lies in the north of England


def test_an_item_of_a_list_of_states_is_the_state(recognizer):
    text = "Cases were reported in Oregon, Utah, Washington and Wisconsin."
    state = _resolve(recognizer, text, "Washington", "Oregon", "Utah", "Wisconsin")
    assert (state.kind, state.admin1) == ("admin1", "WA")
    # a town and its state is no list: London, Ontario is the town
    text = "The family settled in London, Ontario."
    assert _resolve(recognizer, text, "London", "Ontario").kind == "city"


def test_regions_made_of_several_divisions(recognizer):
    flanders = _resolve(recognizer, "Farmers in Flanders protested.", "Flanders")
    assert (flanders.kind, flanders.country) == ("region", "BE")


def test_the_capital_of_a_small_territory_is_no_government(recognizer):
    """George Town alone is the Malaysian city, not the Cayman Islands' capital of 30,000."""
    place = _resolve(recognizer, "Flooding closed schools in George Town.", "George Town")
    assert place.country == "MY"


def test_resolving_a_whole_text_at_once_gives_what_each_span_gives(recognizer):
    text = (
        "Shelling hit Zuwayqat near Rawa on Monday. Later fighting spread to Anah, Haditha and "
        "Hit, and London, Ontario sent aid. Paris and Texas officials said Qaim was quiet."
    )
    names = ["Zuwayqat", "Rawa", "Anah", "Haditha", "Hit", "London", "Ontario", "Paris", "Texas", "Qaim"]
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    together = recognizer.resolve_all(text, spans)
    one_by_one = [recognizer.resolve(text, s, e, context=spans) for s, e in spans]
    assert [(m.place, m.near) for m in together] == [(m.place, m.near) for m in one_by_one]
    zuwayqat = together[0]
    assert zuwayqat.place is None
    assert zuwayqat.near == together[1].place  # Rawa, named next to it, stands in
    assert together[6].place.kind == "admin1"  # Ontario: London's state


def test_a_name_repeated_a_thousand_times_votes_as_its_share_not_pairwise():
    """A long report repeats its places: the context is their distinct readings weighted by how
    often they are named, so the ranking is the same as for the short text it repeats."""
    short = Focus.from_spans([_Span("kentucky", KENTUCKY), _Span("corbin", CORBIN)])
    long = Focus.from_spans([_Span("kentucky", KENTUCKY), _Span("corbin", CORBIN)] * 1000)
    for focus in (short, long):
        ranked = rank_candidates([LONDON_GB, LONDON_KY], None, focus, ["london"])
        assert ranked[0].place is LONDON_KY
    assert long.bonus(LONDON_KY, ["london"]) == pytest.approx(short.bonus(LONDON_KY, ["london"]))
    assert long.bonus(LONDON_GB, ["london"]) == pytest.approx(short.bonus(LONDON_GB, ["london"]))


def _recognized(recognizer, text: str, lang: str = "en") -> dict:
    """The place each located name of the text is read as (test_toponyms.locations)."""
    return {name: m.place for name, m in locations(recognizer, text, lang).items() if m.place}


def test_a_name_listed_with_a_place_is_its_namesake_next_to_that_place(recognizer):
    # Husaybah alone is the town by al-Qaim on the Syrian border; listed with Khalidiya it is the
    # village of that name 8 km from it, east of Ramadi
    alone = _recognized(recognizer, "Police returned to Husaybah this week.")["Husaybah"]
    assert alone.lon < 41.5
    listed = _recognized(
        recognizer, "Police returned to Khalidiya and Husaybah, two suburbs east of Ramadi, this week."
    )
    assert distance_km(listed["Husaybah"].lat, listed["Husaybah"].lon, 33.42, 43.45) < 5
    # a list of far places with no namesake near each other keeps each where it is
    far = _recognized(
        recognizer, "Iraqi troops east of Ramadi captured the towns of Khalidiya and al-Qaim on Sunday."
    )
    assert far["al-Qaim"].id == "geonames:92138"


def test_a_name_far_from_the_rest_of_its_list_is_its_namesake_among_them(recognizer):
    # Viktorovka alone is the village near Kupiansk; in a list of villages south of Donetsk it is
    # the Viktorivka 4 km from Bohdanivka
    text = "Shelling hit the villages of Novognatovka, Bogdanovka, Viktorovka and Staroignatovka overnight."
    found = _recognized(recognizer, text)
    near = found["Bogdanovka"]
    assert distance_km(found["Viktorovka"].lat, found["Viktorovka"].lon, near.lat, near.lon) < 10
    alone = _recognized(recognizer, "Shelling hit the village of Viktorovka overnight.")["Viktorovka"]
    assert distance_km(alone.lat, alone.lon, near.lat, near.lon) > 60
    # a list of big cities keeps each where it is
    cities = _recognized(recognizer, "Missiles hit Kyiv, Lviv, Odesa and Kharkiv.")
    assert distance_km(cities["Lviv"].lat, cities["Lviv"].lon, 49.84, 24.03) < 10


def test_a_name_a_list_placed_is_that_place_wherever_the_article_names_it(recognizer):
    text = (
        "Security forces east of Ramadi captured the districts of Khalidiya and Husaybah on Tuesday. "
        "A commander said his troops evacuated Husaybah."
    )
    mentions = [m for m in read(recognizer, text, "en") if m.text == "Husaybah"]
    assert len(mentions) == 2
    for mention in mentions:
        assert distance_km(mention.place.lat, mention.place.lon, 33.42, 43.45) < 5


def test_a_big_city_far_from_a_list_of_villages_that_lie_together_is_drawn_among_them(recognizer):
    # Rybinsk on the Volga is the only Rybinsk the gazetteer has; among villages south of
    # Donetsk it is one of theirs, drawn approximately at the village named before it
    text = (
        "The militia took Pavlopol, Bogdanovka, Novognatovka, Nikolaevka, Rybinsk, Vasilievka and "
        "Gnutovo on Sunday."
    )
    found = locations(recognizer, text, "en")
    rybinsk = found["Rybinsk"]
    assert rybinsk.place is None
    assert rybinsk.approximate
    assert (
        distance_km(
            rybinsk.near.lat, rybinsk.near.lon, found["Nikolaevka"].place.lat, found["Nikolaevka"].place.lon
        )
        < 1
    )
    # a list that spans a country keeps its big cities where they are
    cities = _recognized(recognizer, "Missiles hit Kyiv, Lviv, Odesa, Kharkiv and Rybinsk.")
    assert cities["Rybinsk"].country == "RU"


def test_a_ukrainian_village_named_in_its_russian_form_is_found(recognizer):
    # Russian sources write Nikolaevka and Svobodnoye for Mykolaivka and Svobodne near Volnovakha
    text = "Refugees from Svobodnoye, Nikolaevka and Novognatovka reached Volnovakha by bus."
    found = _recognized(recognizer, text)
    volnovakha = found["Volnovakha"]
    for name in ("Nikolaevka", "Svobodnoye"):
        assert distance_km(found[name].lat, found[name].lon, volnovakha.lat, volnovakha.lon) < 25, name


def test_a_village_next_to_the_article_s_town_beats_a_namesake_a_hundred_kilometres_away():
    # Tall Shair is an other name of a hamlet 5 km west of Kobani (GeoNames calls it Mirshad
    # Binar) and the own name of a village 95 km away beyond the Euphrates
    town = _place("town", "Kobani", 36.89, 38.35, "town", "SY", 50_000, "09")
    near = _place("near", "Mirshad Binar", 36.9, 38.29, "village", "SY", 0, "09")
    far = _place("far", "Tall Shair", 36.61, 37.34, "village", "SY", 0, "09")
    focus = Focus.from_spans([_Span("kobani", town)])
    assert rank_candidates([far, near], "village", focus, ["tall shair"])[0].place is near
    # with no town of the article to be near, its own name wins
    assert rank_candidates([far, near], "village", Focus(), ["tall shair"])[0].place is far


def test_a_village_the_text_puts_in_a_region_is_no_namesake_far_outside_it(recognizer):
    # Ivanivka alone is one of Ukraine's many villages of that name; "in the Kursk region" no
    # Ukrainian Ivanivka is meant: drawn at the town of the region the article names instead
    alone = locations(recognizer, "Russian troops recaptured the village of Ivanivka on Tuesday.", "en")[
        "Ivanivka"
    ]
    assert alone.place is not None
    assert alone.place.country == "UA"
    text = (
        "Ukrainian troops still hold the town of Sudzha. Russian troops recaptured the village of "
        "Ivanivka in the Kursk region on Tuesday, the ministry said."
    )
    found = locations(recognizer, text, "en")
    framed = found["Ivanivka"]
    assert framed.place is None
    assert framed.near is not None
    assert framed.near.name == "Sudzha"
    assert any("Kursk region" in reason for reason in framed.reasons)
    # the German "im Gebiet Kursk" frames it too
    german = locations(
        recognizer, "Russische Soldaten eroberten das Dorf Iwaniwka im Gebiet Kursk zurück, hieß es.", "de"
    )["Iwaniwka"]
    assert german.place is None or german.place.country == "RU"
    # the last item of a list puts the whole list there
    listed = locations(
        recognizer,
        "Ukrainian troops hold the town of Sudzha. Russia retook the villages of Ivanivka and "
        "Novoselivka in the Kursk region.",
        "en",
    )
    assert all((listed[n].place or listed[n].near).country == "RU" for n in ("Ivanivka", "Novoselivka"))
    # "Russia's Kursk region", and a sentence that opens with the region, frame it too
    for text in (
        "Russian forces recaptured the village of Ivanivka in Russia's Kursk region.",
        "In the Kursk region, Russian forces recaptured the village of Ivanivka on Sunday.",
    ):
        place = locations(recognizer, text, "en")["Ivanivka"]
        assert (place.place or place.near) is None or (place.place or place.near).country == "RU", text
    # a village of the region the gazetteer knows stays itself
    known = _recognized(recognizer, "Shelling hit the village of Tetkino in the Kursk region.")["Tetkino"]
    assert known.country == "RU"


def test_villages_counted_in_a_region_frame_the_names_of_the_next_sentence(recognizer):
    text = (
        "Russia said its forces had retaken three villages in the Kursk region. The villages of "
        "Ivanivka and Novoselivka were cleared, the ministry said."
    )
    found = locations(recognizer, text, "en")
    for name in ("Ivanivka", "Novoselivka"):
        place = found[name].place or found[name].near
        assert place is None or place.country == "RU", name
    # a region named before without villages counted in it frames nothing of the next sentence
    loose = (
        "Fighting went on in the Kursk region on Monday. Separately, Russian troops took the village "
        "of Novoselivka in eastern Ukraine."
    )
    assert _recognized(recognizer, loose)["Novoselivka"].country == "UA"
    # nor does it frame a village the next sentence names alone, elsewhere
    alone = (
        "Russia said it had recaptured two villages in the Kursk region. Meanwhile Ukrainian troops "
        "advanced near the village of Robotyne in the south."
    )
    assert _recognized(recognizer, alone)["Robotyne"].country == "UA"


def test_a_region_the_sentence_names_for_something_else_frames_no_village(recognizer):
    # the attack came from the Belgorod region; the town attacked lies across the border
    text = "Russian troops crossed the border from the Belgorod region and attacked the town of Vovchansk."
    assert _recognized(recognizer, text)["Vovchansk"].country == "UA"
    german = "Russische Truppen stießen aus dem Gebiet Belgorod vor und griffen den Ort Wowtschansk an."
    assert _recognized(recognizer, german, "de")["Wowtschansk"].country == "UA"


def test_a_district_s_seat_of_its_own_name_is_the_town_meant_without_a_cue(recognizer):
    # Zangilan is a town of 7,500 people and the district around it; "captured" a town
    text = "Azerbaijani forces advanced towards Zangilan, which they captured on Tuesday."
    town = _recognized(recognizer, text)["Zangilan"]
    assert town.kind in ("town", "village")
    district = _recognized(recognizer, "Fighting went on in the Zangilan district on Tuesday.")["Zangilan"]
    assert district.kind not in ("town", "village")


def test_a_village_spelled_otherwise_where_the_text_puts_it_is_the_gazetteers(recognizer):
    # Kurdish Dibîrik, "25 km south-east of Kobani": the Arabic-spelled Dibrak the gazetteer has
    # there, not a point worked out from a rounded distance; none where the text puts it far off
    (near,) = [
        m
        for m in read(
            recognizer, "Kurdish fighters took the village of Dibirik, 25 km south-east of Kobani.", "en"
        )
        if m.text == "Dibirik"
    ]
    assert near.place.name.startswith("Dibrak")
    assert near.placing is None
    (far,) = [
        m
        for m in read(
            recognizer, "Kurdish fighters took the village of Dibirik, 90 km south-west of Kobani.", "en"
        )
        if m.text == "Dibirik"
    ]
    assert far.placing is not None
    assert far.placing.how == "relative"


def test_a_name_written_another_way_at_its_stated_distance_is_the_gazetteer_s_village(recognizer):
    # "Tel Shahir" is the Tall Shair the gazetteer has 5 km from Kobani: another spelling of the
    # word for hill (Tel, Tall) and an h between vowels; a report near a town may get the side
    # wrong ("east": it lies west-north-west), not far out
    def placed(text, name="Tel Shahir"):
        (mention,) = [m for m in read(recognizer, text, "en") if m.text == name]
        return mention

    near = placed("Kurdish fighters retook Tel Shahir, five kilometres east of Kobani.")
    assert near.placing is None
    assert near.place.source != "relative"
    kobani = next(
        m.place for m in read(recognizer, "Kurdish fighters retook Kobani.", "en") if m.text == "Kobani"
    )
    assert 3 < distance_km(near.place.lat, near.place.lon, kobani.lat, kobani.lon) < 7
    assert near.place.lon < kobani.lon  # where the village is, not where the report puts it
    assert any("spelled otherwise" in r for r in near.reasons)
    # 40 km east: no village of the name lies there (the Tall ash Sha'ir 38 km west is another)
    far = placed("Kurdish fighters retook Tel Shahir, 40 km east of Kobani.")
    assert far.placing is not None
    assert far.placing.how == "relative"
    assert far.place.lon > kobani.lon
