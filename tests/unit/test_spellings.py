"""German spellings of names that GeoNames romanises the English way (plugin/core/spellings.py)."""

from __future__ import annotations

import pytest

from frontline.plugin.core.places.names import normalize
from frontline.plugin.core.places.spellings import (
    german_cases,
    german_spellings,
    plain_a_spellings,
    russian_forms,
    script_of,
)

# (GeoNames' spelling, country, the spelling of German press and of German Wikipedia's article title)
CYRILLIC = [
    ("Lysychansk", "UA", "Lyssytschansk"),
    ("Vuhledar", "UA", "Wuhledar"),
    ("Chasiv Yar", "UA", "Tschassiw Jar"),
    ("Avdiyivka", "UA", "Awdijiwka"),
    ("Kupyansk", "UA", "Kupjansk"),
    ("Izyum", "UA", "Isjum"),
    ("Zaporizhzhya", "UA", "Saporischschja"),
    ("Kharkiv", "UA", "Charkiw"),
    ("Mykolayiv", "UA", "Mykolajiw"),
    ("Kryvyi Rih", "UA", "Krywyj Rih"),
    ("Sloviansk", "UA", "Slowjansk"),
    ("Sievierodonetsk", "UA", "Sjewjerodonezk"),
    ("Hulyaypole", "UA", "Huljajpole"),
    ("Nova Kakhovka", "UA", "Nowa Kachowka"),
    ("Zhytomyr", "UA", "Schytomyr"),
    ("Cherkasy", "UA", "Tscherkassy"),
    ("Odesa", "UA", "Odessa"),
    ("Dzhankoy", "UA", "Dschankoj"),
    ("Yevpatoriya", "UA", "Jewpatorija"),
    ("Bryansk", "RU", "Brjansk"),
    ("Voronezh", "RU", "Woronesch"),
    ("Novorossiysk", "RU", "Noworossijsk"),
    ("Sudzha", "RU", "Sudscha"),
    ("Tskhinvali", "GE", "Zchinwali"),
    ("Jabrayil", "AZ", "Dschabrajil"),  # the Latin Azerbaijani j
    ("Lachin", "AZ", "Latschin"),
    ("Huliaipole", "UA", "Huljajpole"),
    ("Pervomaisk", "UA", "Perwomajsk"),
    ("Makiivka", "UA", "Makijiwka"),
    ("Nizhniy Novgorod", "RU", "Nischni Nowgorod"),
    ("Novosibirsk", "RU", "Nowosibirsk"),
    ("Sovetsk", "RU", "Sowetsk"),
    ("Staromaiorske", "UA", "Staromajorske"),  # i between vowels
    ("Kraiove", "UA", "Krajowe"),
]
ARABIC = [
    ("Khan Shaykhun", "SY", "Chan Scheichun"),
    ("Khan Yunis", "PS", "Chan Junis"),
    ("Jabalia", "PS", "Dschabalija"),
    ("Bayt Lahiya", "PS", "Beit Lahija"),
    ("Beit Hanoun", "PS", "Beit Hanun"),
    ("Lashkar Gah", "AF", "Laschkar Gah"),
    ("Jalalabad", "AF", "Dschalalabad"),
    ("Ashkelon", "IL", "Aschkelon"),
    ("Baqubah", "IQ", "Bakuba"),
    ("Fallujah", "IQ", "Falludscha"),
    ("Hawijah", "IQ", "Hawidscha"),
    ("Bayji", "IQ", "Baidschi"),
    ("Manbij", "SY", "Manbidsch"),
    ("Qamishli", "SY", "Kamischli"),
    ("Raqqa", "SY", "Rakka"),
    ("Peshawar", "PK", "Peschawar"),
    ("Netanya", "IL", "Netanja"),
    ("Karachi", "PK", "Karatschi"),
]


@pytest.mark.parametrize(("geonames", "country", "german"), CYRILLIC + ARABIC)
def test_the_german_press_spelling_is_among_the_spellings(geonames, country, german):
    assert normalize(german) in german_spellings(normalize(geonames), country)


def test_spellings_are_normalised_keys_other_than_the_name():
    for geonames, country, _german in CYRILLIC + ARABIC:
        spellings = german_spellings(normalize(geonames), country)
        assert normalize(geonames) not in spellings
        assert all(normalize(s) == s for s in spellings)


def test_a_name_already_spelt_the_german_way_gets_no_new_spelling():
    assert german_spellings("belgorod", "RU") == frozenset()
    assert german_spellings("idlib", "SY") == frozenset()


def test_no_spelling_is_shorter_than_five_letters_without_its_article():
    # Al Ain would give "al ein", indexed also as "ein"; Qom would give "kom"
    assert german_spellings("al ain", "AE") == frozenset()
    assert german_spellings("qom", "IR") == frozenset()


def test_only_names_of_cyrillic_and_arabic_script_countries_change():
    # a German, French or American name written with the same letters stays as it is
    for key, country in (
        ("zwickau", "DE"),
        ("chateau thierry", "FR"),
        ("shreveport", "US"),
        ("kherson", None),
    ):
        assert german_spellings(key, country) == frozenset()
    assert [script_of(c) for c in ("UA", "IQ", "DE")] == ["cyrillic", "arabic", None]


def test_names_in_another_script_are_left_alone():
    assert german_spellings("харків", "UA") == frozenset()
    assert german_spellings("الرقة", "SY") == frozenset()


def test_a_german_adjective_name_is_indexed_in_every_case():
    assert {"Schwarze Meer", "Schwarzen Meer", "Schwarzen Meeres"} <= set(german_cases("Schwarzes Meer"))
    assert "Nahen Ostens" in german_cases("Naher Osten")
    assert "Demokratischen Republik Kongo" in german_cases("Demokratische Republik Kongo")
    assert "Vereinigten Arabischen Emirate" in german_cases("Vereinigte Arabische Emirate")
    assert "Schwarzes Meer" not in german_cases("Schwarzes Meer")


@pytest.mark.parametrize(
    "name",
    # no adjective; adjectives made from towns never change; a bracketed qualifier; English
    [
        "Mont Blanc",
        "Siebenbürgen",
        "Kap Verde",
        "Thüringer Wald",
        "Comer See",
        "Seine (Fluss)",
        "Lake Superior",
    ],
)
def test_names_without_a_declinable_adjective_have_no_other_cases(name):
    assert german_cases(name) == []


def test_an_arabic_name_is_also_known_with_a_plain_final_a():
    assert plain_a_spellings("al khalidiyah", "IQ") == {"al khalidiya"}
    assert plain_a_spellings("tall abyad ash sharqiyah", "SY") == {"tall abyad ash sharqiya"}
    assert plain_a_spellings("khalidiyah", "UA") == frozenset()  # Cyrillic names have no such h
    assert plain_a_spellings("al jah", "IQ") == frozenset()  # too short to be told from a word
    assert plain_a_spellings("haditha", "IQ") == frozenset()  # already plain


def test_sahel_names_are_known_with_a_final_y_or_i_as_the_french_press_writes_them():
    from frontline.plugin.core.places.spellings import final_y_spellings

    assert final_y_spellings("diabali", "ML") == {"diabaly"}
    assert final_y_spellings("diabaly", "ML") == {"diabali"}
    assert final_y_spellings("diabali", "IQ") == frozenset()  # only where French spelling rules
    assert final_y_spellings("kati", "ML") == frozenset()  # too short to meet no other word
    assert final_y_spellings("bamako", "ML") == frozenset()


@pytest.mark.parametrize(
    ("ukrainian", "russian"),
    [
        ("Mykolaivka", "nikolaevka"),
        ("Hnutove", "gnutovo"),
        ("Svobodne", "svobodnoye"),
        ("Pavlopil", "pavlopol"),
        ("Pyshchevyk", "pishchevik"),
        ("Bohdanivka", "bogdanovka"),
        ("Vasylivka", "vasilievka"),
        ("Kupiansk", "kupyansk"),
        ("Velykyi Burluk", "velikiy burluk"),
    ],
)
def test_a_ukrainian_village_is_known_by_the_russian_form_russian_sources_write(ukrainian, russian):
    assert russian in russian_forms(normalize(ukrainian), "UA")


def test_russian_forms_keep_kh_zh_sh_and_are_only_made_for_ukraine():
    assert "prokhorovka" in russian_forms("prokhorivka", "UA")
    assert russian_forms("mykolaivka", "RU") == frozenset()
    assert russian_forms("mykolaivka", "IQ") == frozenset()
