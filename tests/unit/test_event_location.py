"""Which place is where a verb's event happened: the answers an analyst reads on the map."""

from __future__ import annotations

import pytest

from frontline.plugin.core.event_location import locate
from frontline.plugin.core.text import segment
from frontline.plugin.core.toponyms import PlaceRecognizer


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
