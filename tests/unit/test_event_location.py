"""Which place is where a verb's event happened: the answers an analyst reads on the map."""

from __future__ import annotations

import pytest

from frontline.plugin.core.events.location import locate
from frontline.plugin.core.language.text import segment
from frontline.plugin.core.places.recognizer import PlaceRecognizer


@pytest.fixture(scope="module")
def where(gazetteer):
    recognizer = PlaceRecognizer(gazetteer)

    def answer(sentence: str, verb: str) -> list[str]:
        doc = segment(sentence, "en")
        places = recognizer.recognize(doc, "en")
        start = sentence.index(verb)
        return [sentence[a:b] for a, b in locate(doc, places, start, start + len(verb), "en")]

    return answer


def test_a_place_after_a_locative_preposition(where):
    assert where("Two soldiers were wounded near Kirkuk on Monday.", "wounded") == ["Kirkuk"]


def test_no_place_when_the_country_only_owns_the_actor(where):
    assert where("Turkey's army announced new recruitment rules on Friday.", "announced") == []
    assert where("French soldiers and U.S. advisers trained together for a week.", "trained") == []


def test_a_reporting_verb_far_from_the_place_gets_none(where):
    sentence = "A mortar round hit a market in Mosul, a police officer who asked not to be named said."
    assert where(sentence, "said") == []


def test_the_most_specific_place_of_a_nested_phrase(where):
    sentence = "Gunmen attacked a checkpoint in the Qaim district of Anbar province."
    assert where(sentence, "attacked") == ["Qaim"]
    assert where("Shells fell on the Syrian city of Homs overnight, killing four.", "fell") == ["Homs"]


def test_a_town_and_its_country_give_the_town(where):
    assert where("A car bomb exploded in Peshawar, Pakistan, on Tuesday.", "exploded") == ["Peshawar"]


def test_a_place_measured_from_another_gives_the_first(where):
    sentence = "Rebels ambushed a convoy at Ramadi, 100 kilometres west of Baghdad."
    assert where(sentence, "ambushed") == ["Ramadi"]


def test_coordinated_places_are_all_named(where):
    sentence = "Militants raided police posts in Kirkuk and Tikrit before dawn."
    assert where(sentence, "raided") == ["Kirkuk", "Tikrit"]


def test_a_fronted_place_belongs_to_the_main_verb(where):
    assert where("In Mosul, a suicide bomber killed nine people at a wedding.", "killed") == ["Mosul"]


def test_a_name_the_gazetteer_lacks_in_a_place_position(where):
    sentence = "The brigade stormed the Zarqat Hill checkpoint after a long night of shelling."
    assert where(sentence, "stormed") == ["Zarqat Hill"]
    assert where("Fighters captured the village of Umm Ghazlan on Friday.", "captured") == ["Umm Ghazlan"]


def test_a_place_inside_an_organisation_name_is_not_a_location(where):
    sentence = "The Syrian Arab Army launched a dawn assault, officials said."
    assert where(sentence, "launched") == []


def test_an_acronym_in_brackets_does_not_push_the_object_away(where):
    sentence = (
        "The rebels opened an offensive in the Idlib countryside on Monday, "
        "targeting the Syrian Arab Army (SAA) held village of Kafr Zayta."
    )
    assert where(sentence, "targeting") == ["Kafr Zayta"]


def test_a_place_named_after_a_title_word_in_a_place_position(where):
    assert where("Troops renewed their assault at Sheikh Maqsoud on Sunday.", "renewed") == ["Sheikh Maqsoud"]
    assert where("Crowds cheered as President Karzai spoke on Friday.", "cheered") == []


def test_the_town_named_in_a_region_phrase_and_a_village_of_a_district(where):
    assert where("Soldiers shelled houses in the West Bank town of Jenin.", "shelled") == ["Jenin"]
    sentence = "Gunmen killed six farmers in Kukawa village of Gubio local government area."
    assert where(sentence, "killed") == ["Kukawa"]


def test_a_district_of_a_city_named_with_a_possessive(where):
    sentence = "A bomb exploded in Baghdad's western neighborhood of Mansour on Friday."
    assert where(sentence, "exploded") == ["Mansour"]


def test_a_capital_named_after_its_country(where):
    sentence = "Peacekeepers were patrolling the capital of Mali, Bamako, after the mutiny."
    assert where(sentence, "patrolling") == ["Bamako"]


def test_a_list_with_articles_and_common_heads_is_named_whole(where):
    sentence = "The army captured Kafr Nabl, the Tal Hamra hilltop, and the nearby village of Hass."
    assert where(sentence, "captured") == ["Kafr Nabl", "Tal Hamra", "Hass"]


def test_a_religious_adjective_is_not_a_place(where):
    sentence = "Settlers attacked a Christian school near the village of Taybeh."
    assert where(sentence, "attacked") == ["Taybeh"]


def test_the_place_of_the_verbs_own_conjunct(where):
    sentence = (
        "Students marched through Lahore on Friday and burned tyres outside the parliament in Islamabad."
    )
    assert where(sentence, "burned") == ["Islamabad"]
