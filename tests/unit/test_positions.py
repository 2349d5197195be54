"""Where the text says a place lies ("12 Kilometer nördlich von Aleppo"), the facilities of a town
("der Flughafen von Kidal", "the airport") and look-alikes in the wrong country, on sentences
written here. The villages are invented: no gazetteer holds them."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from frontline.plugin.core.language.text import segment
from frontline.plugin.core.pipeline import extraction_record
from frontline.plugin.core.places.gazetteer import bearing as bearing_of
from frontline.plugin.core.places.gazetteer import distance_km, turn_deg
from frontline.plugin.core.places.recognizer import PlaceRecognizer
from frontline.plugin.core.places.relative import PLACE_WITHIN_KM, agreement_km, destination, offsets
from frontline.plugin.core.plan.layers import plan_layers

ALEPPO = (36.20124, 37.16117)
MOSUL = (36.335, 43.11889)
GAO_AIRPORT = "airport:GAGO"


@pytest.fixture(scope="module")
def recognizer(gazetteer):
    return PlaceRecognizer(gazetteer)


def mentions(recognizer, text, lang="de"):
    return {m.text: m for m in recognizer.recognize(segment(text, lang), lang) if m.role == "location"}


def km_from(mention, point):
    return distance_km(mention.place.lat, mention.place.lon, *point)


# -- reading a distance and a direction ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "km", "bearing"),
    [
        ("rund 40 Kilometer südwestlich von Mossul", "de", 40.0, 225.0),
        ("zwölf Kilometer nördlich von Aleppo", "de", 12.0, 0.0),
        ("2,5 km nordnordöstlich der Stadt", "de", 2.5, 22.5),
        ("five kilometers east of Kobane", "en", 5.0, 90.0),
        ("12 km (7 miles) north of Hama", "en", 12.0, 0.0),
        ("10 miles south-west of the city", "en", 16.09344, 225.0),
        ("located 105km southwest of the city of Kursk", "en", 105.0, 225.0),
        ("about 1,500 metres north-northwest of the town", "en", 1.5, 337.5),
    ],
)
def test_a_distance_and_a_direction_are_read_in_german_and_english(text, lang, km, bearing):
    (offset,) = offsets(text, lang)
    assert offset.km == pytest.approx(km)
    assert offset.bearing == bearing


def test_areas_and_distances_without_a_direction_are_no_positions():
    assert (
        offsets("mehr als 3000 Quadratkilometer zurückerobert, sechs Kilometer weit vorgedrungen", "de") == []
    )
    assert offsets("advanced 35 kilometers (21.7 miles) through Russian defenses", "en") == []


def test_the_point_lies_the_stated_distance_away_in_the_stated_direction():
    lat, lon = destination(*ALEPPO, 0.0, 12.0)
    assert distance_km(*ALEPPO, lat, lon) == pytest.approx(12.0, abs=0.01)
    assert lon == pytest.approx(ALEPPO[1])
    assert lat > ALEPPO[0]
    lat, lon = destination(*MOSUL, 225.0, 40.0)
    assert lat < MOSUL[0]
    assert lon < MOSUL[1]


# -- relative positions ------------------------------------------------------------------------


def test_a_village_the_gazetteer_lacks_is_drawn_where_the_german_text_puts_it(recognizer):
    found = mentions(recognizer, "Die Armee eroberte das Dorf Tell Zarbun, 12 Kilometer nördlich von Aleppo.")
    village = found["Tell Zarbun"]
    assert km_from(village, destination(*ALEPPO, 0.0, 12.0)) < 2.0
    assert village.approximate
    record = village.to_record()
    assert record["placed"] == "relative"
    assert record["anchor"]["name"] == "Aleppo"
    assert record["offset"] == {"km": 12.0, "bearing": 0.0, "direction": "north"}
    assert record["approximate"] is True
    assert record["near"] is None
    assert "12 km north of Aleppo, as the text says" in record["reasons"]
    assert found["Aleppo"].place.name == "Aleppo"


def test_a_name_read_in_parts_is_one_village_with_its_position(recognizer):
    # "Kani" alone is a city in Japan: the stated position makes the two words one name
    found = mentions(
        recognizer,
        "Soldaten hätten den Ort Kani Harami rund 40 Kilometer südwestlich von Mossul eingenommen.",
    )
    assert "Kani" not in found
    village = found["Kani Harami"]
    assert village.place.country == "IQ"
    # the Who's On First pack knows the village (Qaryat Kani Harami, east of the point the text
    # gives): a confident reading keeps its own point, a little more than the stated 40 km away
    assert (village.place.id, village.placing) == ("wof:1293866723", None)
    assert km_from(village, MOSUL) < 45.0


def test_an_english_village_after_a_comma_and_a_bracketed_conversion(recognizer):
    found = mentions(
        recognizer,
        "Fighting began at midnight in Tell Zarbun, twelve kilometers (7 miles) north of Aleppo, residents said.",
        "en",
    )
    assert km_from(found["Tell Zarbun"], destination(*ALEPPO, 0.0, 12.0)) < 2.0
    assert found["Tell Zarbun"].to_record()["placed"] == "relative"


def test_the_city_means_the_town_the_article_named_last(recognizer):
    text = (
        "Die Truppen zogen sich aus Aleppo zurück. Auch in Tell Zarbun – etwa 13 Kilometer südöstlich "
        "der Stadt – zogen sie sich zurück."
    )
    village = mentions(recognizer, text)["Tell Zarbun"]
    assert village.placing.anchor.name == "Aleppo"
    assert km_from(village, destination(*ALEPPO, 135.0, 13.0)) < 2.0


def test_the_german_participle_form_names_the_village_after_the_distance(recognizer):
    text = (
        "Die Einheiten rückten in die etwa 15 Kilometer südöstlich von Mossul am Ufer des Tigris "
        "gelegene Ortschaft Tell Zarbun ein. Später wurde Tell Zarbun gesichert."
    )
    found = recognizer.recognize(segment(text, "de"), "de")
    villages = [m for m in found if m.text == "Tell Zarbun"]
    assert len(villages) == 2  # named again: the same village, at the same point
    for village in villages:
        assert km_from(village, destination(*MOSUL, 135.0, 15.0)) < 2.0


def test_a_place_measured_from_a_name_the_gazetteer_lacks_places_that_name(recognizer):
    # Niono is known; the village it is measured from is put the other way round
    found = mentions(
        recognizer, "Ein Konvoi verließ die 60 Kilometer südlich von Tell Zarbun gelegene Stadt Niono."
    )
    niono = found["Niono"].place
    assert niono.country == "ML"
    village = found["Tell Zarbun"]
    assert km_from(village, destination(niono.lat, niono.lon, 0.0, 60.0)) < 2.0
    assert village.placing.anchor.name == "Niono"


def test_a_candidate_near_the_stated_point_is_what_the_text_means(recognizer):
    # Manhush lies 5 km from the point 20 km west of Mariupol: the gazetteer's village stays
    found = mentions(
        recognizer,
        "Am Friedhof des Dorfes Manhusch, das rund 20 Kilometer westlich der Hafenstadt Mariupol liegt, "
        "wird gegraben.",
    )
    assert found["Manhusch"].place.name == "Manhush"
    assert found["Manhusch"].to_record()["placed"] == "gazetteer"
    assert any("as the text says" in r for r in found["Manhusch"].reasons)


def test_a_confident_reading_is_kept_however_far_the_stated_point(recognizer):
    # the statement may measure from a misread anchor; a confident name keeps its reading
    found = mentions(
        recognizer, "The village of Kafr Zayta, 12 km (7 miles) north of Hama, was shelled.", "en"
    )
    assert found["Kafr Zayta"].place.source == "geonames"
    assert any("the name's reading is kept" in r for r in found["Kafr Zayta"].reasons)


KHARKIV = (49.98177, 36.25475)


def test_a_village_of_the_name_at_another_distance_from_the_anchor_is_another_village(recognizer):
    # the gazetteer's villages called Danylivka lie hundreds of kilometres away, and Velyka
    # Danylivka by Kharkiv is 47 km from the point the text gives
    found = mentions(
        recognizer,
        "Ukrainian troops retook the village of Danylivka, forty kilometres south of Kharkiv.",
        "en",
    )
    village = found["Danylivka"]
    assert village.to_record()["placed"] == "relative"
    assert village.place.country == "UA"
    assert km_from(village, KHARKIV) == pytest.approx(40.0, abs=1.0)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ukrainian troops retook the village of Danylivka, eight kilometres north-east of Kharkiv.", "en"),
        (
            "Ukrainische Truppen eroberten das Dorf Danyliwka acht Kilometer nordöstlich von Charkiw zurück.",
            "de",
        ),
    ],
)
def test_a_bare_name_by_the_stated_point_is_its_namesake_with_a_qualifying_word(recognizer, text, lang):
    # reports drop the word that sets namesakes apart: the Danylivka 8 km north-east of Kharkiv is
    # Velyka (Great) Danylivka, not a point drawn beside it
    village = next(m for name, m in mentions(recognizer, text, lang).items() if name.startswith("Danyl"))
    assert village.place.name == "Velyka Danylivka"
    assert village.to_record()["placed"] == "gazetteer"
    assert any("Velyka Danylivka lies 1 km from that point" in r for r in village.reasons)


@pytest.mark.parametrize("anchor", ["Ayn-Kuru (Kobani)", "\u02bfAyn al-\u02bfArab (Kobani)"])
def test_an_anchor_the_gazetteer_lacks_is_read_by_its_other_name_in_brackets(recognizer, anchor):
    text = f"The YPG expelled the militants from the village of Girê Pelûr, 20 kilometers south of {anchor}."
    village = mentions(recognizer, text, "en")["Girê Pelûr"]
    assert village.to_record()["placed"] == "relative"
    assert km_from(village, (36.89095, 38.35347)) == pytest.approx(20.0, abs=1.0)


def test_a_place_far_away_is_no_position_and_gets_no_stand_in_at_the_anchor(recognizer):
    assert PLACE_WITHIN_KM < 700
    found = mentions(
        recognizer,
        "The seizure of Tell Zarbun, a city of 50,000 people 700 kilometres (435 miles) northeast of the "
        "capital Bamako, marks a push.",
        "en",
    )
    village = found["Tell Zarbun"]
    assert village.place is None
    assert village.near is None
    assert any("too far to draw from a compass direction" in r for r in village.reasons)


def test_the_tolerance_grows_with_the_distance():
    assert agreement_km(5) < 15 < agreement_km(40) < 30 < agreement_km(105)


def test_a_relative_place_keeps_its_events_point_on_the_map(pipeline, tmp_path):
    (tmp_path / "a.txt").write_text(
        "date 2017-11-04\nlang de\n\nIrakische Truppen eroberten am Freitag das Dorf Tell Zarbun, "
        "zwölf Kilometer nördlich von Mossul.\n",
        encoding="utf-8",
    )
    results, problems = pipeline.run([tmp_path])
    record = json.loads(json.dumps(extraction_record(results, problems)))
    (article,) = record["articles"]
    (village,) = [p for p in article["places"] if p["text"] == "Tell Zarbun"]
    assert village["placed"] == "relative"
    assert village["approximate"] is True
    assert any(article["places"][e["place"]]["text"] == "Tell Zarbun" for e in article["events"])
    plan = plan_layers(record)
    (drawn,) = [row for row in plan.layers["places"].rows if row["attrs"]["mention"] == "Tell Zarbun"]
    assert drawn["attrs"]["drawn_at"] == "12 km north of Mosul"
    assert drawn["attrs"]["primary"] is True  # its own point, labelled
    events = [row for row in plan.layers["events"].rows if row["attrs"]["place"] == "Tell Zarbun"]
    assert events
    assert all(row["wkt"] is not None for row in events)
    assert all("approximate" in row["attrs"]["flags"] for row in events)


# -- facilities ----------------------------------------------------------------------------------


def test_the_airport_of_a_town_is_the_gazetteers_airport(recognizer):
    for text, lang in (
        ("French troops seized the airport of Gao on Saturday.", "en"),
        ("French troops seized Gao airport on Saturday.", "en"),
        ("Soldaten besetzten den Flughafen von Gao.", "de"),
    ):
        (gao,) = [
            m for m in mentions(recognizer, text, lang).values() if m.place is not None and "Gao" in m.text
        ]
        assert gao.place.id == GAO_AIRPORT, text
        assert gao.to_record()["placed"] == "facility"
        assert gao.placing.anchor.name == "Gao"


def test_the_airport_in_a_longer_phrase_and_the_airport_of_the_city(recognizer):
    found = mentions(
        recognizer, "Troops seized the airport in the key northern city of Timbuktu on Monday.", "en"
    )
    assert found["Timbuktu"].place.name == "Timbuktu Airport"
    found = mentions(
        recognizer,
        "Malische Truppen haben am Samstag die Stadt Gao erreicht. Der Flughafen der Stadt sowie die Brücke "
        "seien unter Kontrolle.",
    )
    assert found["Flughafen"].place.id == GAO_AIRPORT
    assert found["Gao"].place.kind == "city"  # the town itself stays the town
    bridge = found["Brücke"]  # no bridge of Gao in the gazetteer: approximate, at the town
    assert bridge.place is None
    assert bridge.near.name == "Gao"
    assert bridge.approximate


def test_the_airport_after_a_sentence_that_named_the_town(recognizer):
    found = mentions(
        recognizer, "The army reached Timbuktu on Sunday. Soldiers then seized the airport.", "en"
    )
    assert found["airport"].place.name == "Timbuktu Airport"
    assert found["airport"].confidence > 0.5


def test_an_airport_without_an_event_or_a_town_is_no_place(recognizer):
    found = mentions(recognizer, "Travellers should contact their airline before going to the airport.", "en")
    assert "airport" not in found
    found = mentions(recognizer, "Soldaten besetzten einen Flugplatz.", "de")
    assert "Flugplatz" not in found


def test_a_town_with_no_airport_in_reach_stays_the_town(recognizer):
    found = mentions(recognizer, "Französische Soldaten landeten in der Nacht auf dem Flughafen von Kidal.")
    kidal = found["Kidal"]
    assert kidal.place.name == "Kidal"
    assert kidal.placing is None
    assert any("none in the gazetteer" in r for r in kidal.reasons)


def test_a_curated_dam_or_plant_is_the_one_of_its_town(recognizer):
    found = mentions(recognizer, "Die Dschihadisten eroberten am Montag den Staudamm von Tabka.")
    assert found["Tabka"].place.name == "Tabqa Dam"
    found = mentions(recognizer, "Kurdish fighters captured the dam at Tabqa on Monday.", "en")
    assert found["Tabqa"].place.name == "Tabqa Dam"
    found = mentions(recognizer, "Russische Truppen besetzten das Atomkraftwerk bei Enerhodar.")
    assert found["Enerhodar"].place.name == "Zaporizhzhia Nuclear Power Plant"


# -- look-alikes ---------------------------------------------------------------------------------


MALI = (
    "Islamist rebels seized the central town of Tonka on Thursday, residents in Mopti said. "
    "The army of Mali retreated from Tonka to the town of Mopti, officials in Bamako said. "
    "France sent troops to Mali."
)


def test_a_look_alike_in_a_country_the_article_is_not_about_loses(recognizer):
    found = recognizer.recognize(segment(MALI, "en"), "en")
    tonka = [m for m in found if m.text == "Tonka"]
    assert tonka
    for mention in tonka:
        # not Tonk, a city in India that also goes by Tonka, but the village in Mali the WOF pack knows
        assert (mention.place.country, mention.place.source) == ("ML", "wof")
        assert distance_km(mention.place.lat, mention.place.lon, 16.13, -3.75) < 5


def test_the_exonym_of_a_town_of_some_size_is_no_look_alike(recognizer):
    found = mentions(
        recognizer,
        "Er fuhr von Füssen über Kempten und Lindau nach Venedig, sagte man in Füssen und Kempten.",
    )
    assert found["Venedig"].place.country == "IT"


def test_a_slavic_adjective_and_its_name_are_one_village_spelled_otherwise(recognizer):
    # the gazetteer knows "Zeleny" alone (a village elsewhere) and "Zelenyy Hay" near Volnovakha
    found = mentions(
        recognizer,
        "The militia liberated Volnovakha. The settlements of Olginka, Veliko-Anadol, Zeleny Gai were taken.",
        "en",
    )
    assert "Zeleny" not in found
    assert "Gai" not in found
    village = found["Zeleny Gai"]
    assert village.place.name == "Zelenyy Hay"
    assert km_from(village, (47.6008, 37.49358)) < 15
    # a pair the gazetteer knows as written stays the gazetteer's
    town = mentions(recognizer, "Russian troops shelled Nova Kakhovka.", "en")["Nova Kakhovka"]
    assert town.place.country == "UA"


@pytest.mark.parametrize(
    "text",
    [
        "Irakische Truppen rückten von Mossul aus vor. Kämpfer seien bis ins Zentrum von Bashikah vorgedrungen.",
        "Irakische Truppen rückten von Mossul aus vor. Die Kämpfe am Stadtrand von Bashikah dauerten an.",
    ],
)
def test_a_german_name_after_a_towns_part_and_von_is_a_village_spelled_otherwise(recognizer, text):
    # the gazetteer writes Ba'shiqah; "Zentrum von", "Stadtrand von" govern a place, not a person
    village = mentions(recognizer, text)["Bashikah"]
    assert village.place.name == "Ba'shiqah"
    assert set(
        mentions(recognizer, "Im Zentrum von Mossul sprach Merkel. Die Befreiung von Gefangenen.")
    ) == {"Mossul"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kurdish fighters took Tal Shair near Kobane.", "en"),
        ("Kurdische Kämpfer eroberten das Dorf Tal Shair bei Kobane.", "de"),
    ],
)
def test_an_arabic_names_first_word_and_its_name_are_one_village_spelled_otherwise(recognizer, text, lang):
    # the gazetteer knows "Tal" as At Tall near Damascus; "Tal Shair" is Tall ash Sha`ir by Kobani
    found = mentions(recognizer, text, lang)
    assert "Tal" not in found
    assert km_from(found["Tal Shair"], (36.776, 37.951)) < 5
    # a pair the gazetteer knows as written stays the gazetteer's
    town = mentions(recognizer, "The jihadists captured Tal Abyad on Monday.", "en")["Tal Abyad"]
    assert km_from(town, (36.697, 38.954)) < 5


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Syrian troops captured the village of Abu Dhuhur near Saraqib.", "en"),
        ("Syrische Truppen eroberten das Dorf Abu Dhuhur bei Saraqib.", "de"),
    ],
)
def test_abu_and_the_name_after_it_are_one_name(recognizer, text, lang):
    # "Abu" alone is a village in Nigeria; "Abu Dhuhur" (Abu az-Zuhur) is one name, not "Abu"
    found = {m.text: m for m in recognizer.recognize(segment(text, lang), lang)}
    assert "Abu" not in found
    assert "Abu Dhuhur" in found
    town = mentions(recognizer, "Iraqi troops captured Abu Ghraib on Monday.", "en")["Abu Ghraib"]
    assert town.place.country == "IQ"


def test_a_german_text_reads_a_name_in_english_spelling_as_its_german_one(recognizer):
    # German reports copy English spellings: "Karakosh" is Karakosch (Al-Hamdaniya), 24 km from
    # Mosul, a name the gazetteer indexes only in German and Arabic spellings, and whose
    # consonants are not those of the town's own name
    found = mentions(recognizer, "Panzer der Armee fuhren am Morgen aus Mossul in die Stadt Karakosh ein.")
    town = found["Karakosh"]
    assert town.place.name == "Al-Hamdaniya"
    assert any("spelled otherwise" in r for r in town.reasons)
    # not where none of the article's places lie near
    far = mentions(recognizer, "Panzer der Armee fuhren am Morgen aus Gao in die Stadt Karakosh ein.")
    assert far["Karakosh"].place is None or far["Karakosh"].place.country != "IQ"


def test_a_namesake_by_the_stated_point_wins_though_the_name_has_many(recognizer):
    # Mykolaivka is a common name: the one 48 km north-west of Donetsk is the one meant, not a
    # village with a qualifying word 25 km from there
    found = mentions(
        recognizer, "Russian forces shelled Mykolaivka, 48 kilometres north-west of Donetsk.", "en"
    )
    point = destination(48.023, 37.80224, 315.0, 48.0)
    assert km_from(found["Mykolaivka"], point) < 3


def test_respelling_applies_the_longest_letters_first():
    from frontline.plugin.core.places.spellings import respelled

    assert "chernihiv" in respelled("Tschernihiw", "en")
    assert "karakosch" in respelled("Karakosh", "de")


# -- a direction with no distance tells namesakes apart (places/bearings.py) -------------------

# Mykolaivka: a town 12 km east of Sloviansk, a village 34 km south (GeoNames); Novoselivka: a
# village 12 km north-west of Lyman, another 38 km south of it, and many across Ukraine.
SLOVIANSK = (48.85, 37.60)
LYMAN = (48.99, 37.81)


@pytest.mark.parametrize(
    ("text", "lang", "name", "anchor", "bearing"),
    [
        ("Russian troops shelled Mykolaivka, south of Sloviansk, on Monday.", "en", "Mykolaivka", SLOVIANSK, 180),
        ("Russian troops shelled Mykolaivka, east of Sloviansk, on Monday.", "en", "Mykolaivka", SLOVIANSK, 90),
        ("Die Armee eroberte Nowoseliwka südlich der Stadt Lyman.", "de", "Nowoseliwka", LYMAN, 180),
        ("Die Armee eroberte Nowoseliwka nordwestlich der Stadt Lyman.", "de", "Nowoseliwka", LYMAN, 315),
    ],
)  # fmt: skip
def test_a_place_named_in_a_direction_from_a_town_is_the_one_of_its_name_that_lies_that_way(
    recognizer, text, lang, name, anchor, bearing
):
    place = mentions(recognizer, text, lang)[name].place
    assert distance_km(place.lat, place.lon, *anchor) < 60
    assert turn_deg(bearing_of(SimpleNamespace(lat=anchor[0], lon=anchor[1]), place), bearing) <= 35


def test_a_direction_that_fits_no_place_of_the_name_keeps_its_reading(recognizer):
    # Kramatorsk lies south of Sloviansk, and no other Kramatorsk north of it: the reading stays
    stated = mentions(recognizer, "Russian troops shelled Kramatorsk, north of Sloviansk, on Monday.", "en")
    plain = mentions(recognizer, "Russian troops shelled Kramatorsk and Sloviansk on Monday.", "en")
    assert stated["Kramatorsk"].place.id == plain["Kramatorsk"].place.id


# -- the part of a town a report names (places/parts.py) -----------------------------------------

KOBANE = (36.89095, 38.35347)  # GeoNames ‘Ayn al ‘Arab, 50,000 people
MARIUPOL = (47.09514, 37.54131)


@pytest.mark.parametrize(
    ("text", "lang", "name", "town", "bearing"),
    [
        ("Kurdish forces recaptured the eastern districts of Kobane on Monday.", "en", "Kobane", KOBANE, 90),
        ("Die Kurden eroberten die östlichen Viertel Kobanes zurück.", "de", "Kobanes", KOBANE, 90),
        ("Russian troops held the southern part of the city of Mariupol.", "en", "Mariupol", MARIUPOL, 180),
        ("Die Armee erreichte den westlichen Stadtrand von Mariupol.", "de", "Mariupol", MARIUPOL, 270),
    ],
)
def test_the_part_of_a_town_a_report_names_is_drawn_on_that_side_of_it(
    recognizer, text, lang, name, town, bearing
):
    mention = mentions(recognizer, text, lang)[name]
    assert mention.approximate
    assert mention.placed() == "part"
    km = km_from(mention, town)
    assert 0.5 < km < 6
    at = bearing_of(SimpleNamespace(lat=town[0], lon=town[1]), mention.place)
    assert turn_deg(at, bearing) < 10


def test_the_outskirts_lie_farther_out_than_the_districts(recognizer):
    part = mentions(recognizer, "Russian troops held the eastern part of Mariupol.", "en")["Mariupol"]
    edge = mentions(recognizer, "Russian troops reached the eastern outskirts of Mariupol.", "en")["Mariupol"]
    assert km_from(part, MARIUPOL) < km_from(edge, MARIUPOL)


@pytest.mark.parametrize(
    "text",
    [
        # the districts are the places listed
        "Security forces captured the eastern districts of Mariupol and Volnovakha.",
        # a village of a few thousand has no quarters worth a point of their own
        "Troops entered the eastern part of the village of Hrushivka.",
        "Troops entered Mariupol on Monday.",
    ],
)
def test_no_part_where_the_names_are_a_list_a_small_village_or_no_part_is_named(recognizer, text):
    assert all(m.placed() != "part" for m in mentions(recognizer, text, "en").values())


def test_of_several_namesakes_in_the_direction_the_one_nearest_the_town(recognizer):
    # Oleksandrivka: one 25 km north of Kherson (GeoNames), others farther north
    place = mentions(recognizer, "Fighting continued in Oleksandrivka, north of Kherson.", "en")[
        "Oleksandrivka"
    ].place
    assert distance_km(place.lat, place.lon, 46.63695, 32.61458) < 40


def test_a_direction_from_a_river_chooses_no_namesake_by_the_town_of_its_name(recognizer):
    stated = mentions(recognizer, "Fighting continued in Novoselivka, east of the Dnipro.", "en")[
        "Novoselivka"
    ]
    assert not any("as the text says" in reason for reason in stated.reasons)


@pytest.mark.parametrize(
    ("text", "lang", "part"),
    [
        ("Russian troops encircled Mariupol. Kadyrov said Moscow's forces had cleared the residential areas "
         "in the eastern part of the city.", "en", "eastern part of the city"),
        ("Russische Truppen haben Mariupol eingekesselt. Die Kämpfer hätten den östlichen Teil der Stadt "
         "eingenommen.", "de", "östlichen Teil der Stadt"),
    ],
)  # fmt: skip
def test_a_part_of_the_town_named_before_is_drawn_at_that_part_of_it(recognizer, text, lang, part):
    found = mentions(recognizer, text, lang)
    told = found[part]
    assert told.placed() == "part"
    assert told.placing.anchor.name == "Mariupol"  # not Moscow, named as a state's forces
    assert 1 < km_from(told, MARIUPOL) < 8
    assert 45 < bearing_of(SimpleNamespace(lat=MARIUPOL[0], lon=MARIUPOL[1]), told.place) < 135


def test_a_part_of_the_country_or_of_a_town_named_after_is_no_part_told_back(recognizer):
    found = mentions(recognizer, "Troops held Mariupol and the eastern part of the country.", "en")
    assert "eastern part of the country" not in found
    named = mentions(recognizer, "Troops reached Mariupol and the eastern part of the city of Kherson.", "en")
    assert [m.placing.anchor.name for m in named.values() if m.placed() == "part"] == ["Kherson"]


@pytest.mark.parametrize(
    "text",
    [
        # the capital speaks for its state
        "Iraqi forces have pushed into Mosul. Baghdad said troops retook the eastern part of the city.",
        # the town named last is a small one: its part is nothing a map shows apart
        "Iraqi forces set out from Erbil and reached Bartella. Fighting continued in the eastern part of the town.",
    ],
)
def test_no_part_told_back_of_a_capital_that_speaks_or_past_the_small_town_named_last(recognizer, text):
    assert all(m.placed() != "part" for m in mentions(recognizer, text, "en").values())


@pytest.mark.parametrize(
    ("text", "lang", "name", "far"),
    [
        ("Türkische Truppen haben den Ort Owsa nördlich von Afrin erreicht.", "de", "Owsa", "IR"),
        ("Libysche Truppen haben östlich von Sirte den Ort Ben Jawad zurückerobert.", "de", "Ben", "IR"),
        ("Libyan forces retook Bin Jawad, east of Sirte.", "en", "Bin Jawad", "AT"),
    ],
)
def test_a_name_said_to_lie_by_a_town_is_no_namesake_a_country_away(recognizer, text, lang, name, far):
    # Owsa in Iran, Ben in Iran, Vienna ("Bin"): far namesakes of places the gazetteer lacks
    found = {m.text: m for m in recognizer.recognize(segment(text, lang), lang)}
    assert found[name].place is None or found[name].place.country != far
    # a town of the region in the stated direction stays itself (Gao, 320 km east of Timbuktu)
    gao = mentions(recognizer, "French troops seized the town of Gao, east of Timbuktu.", "en")["Gao"]
    assert gao.place.country == "ML"


def test_the_german_press_spellings_of_azaz_and_deir_ez_zor(recognizer):
    found = mentions(recognizer, "Türkische Truppen erreichten Asas. Die Armee rückte auf Deir as-Saur vor.")
    assert found["Asas"].place.country == found["Deir as-Saur"].place.country == "SY"
    assert km_from(found["Deir as-Saur"], (35.336, 40.141)) < 5
