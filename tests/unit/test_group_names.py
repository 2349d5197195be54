"""The named groups of the actor tables are found as fast as sentences allow: a literal prefilter
decides which sentences to try the groups' full patterns on, and it never drops a sentence that
names one. Sentences written here."""

from __future__ import annotations

import pytest

from frontline.plugin.core.events import actors
from frontline.plugin.core.events.group_patterns import group_prefilter

SENTENCES = {
    "de": [
        "Die Terrormiliz Islamischer Staat (IS) hat die Stadt eingenommen.",
        "Kämpfer der YPG und der Volksverteidigungseinheiten rückten vor.",
        "Die Peschmerga-Kämpfer erreichten Baschika.",
        "Einheiten des Regiments „Asow“ halten das Werk.",
        "Die Regimetruppen meldeten Geländegewinne.",
        "Tschetschenische Kämpfer sollen beteiligt gewesen sein.",
        "Der Bürgermeister eröffnete die Brücke.",
    ],
    "en": [
        "Islamic State fighters overran the town, while ISIL denied it.",
        "The U.S.-led coalition struck positions held by Daesh.",
        "Luhansk People's Militia units and Chechen fighters advanced.",
        "The 'Azov' regiment held out in the plant.",
        "Kurdish YPG fighters and Peshmerga reinforcements arrived.",
        "The mayor opened the bridge on Monday.",
    ],
}


def slow_spans(text: str, lang: str):
    """The groups' full patterns tried on every sentence, without the prefilter."""
    return [
        (m.start(), m.end(), name, side)
        for name, side, pattern in actors.actor_table(lang)["_groups"]
        for m in pattern.finditer(text)
    ]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_prefilter_drops_no_sentence_that_names_a_group(lang):
    named = 0
    for text in SENTENCES[lang]:
        assert actors.group_spans(text, 0, lang) == slow_spans(text, lang), text
        named += bool(slow_spans(text, lang))
    assert named >= 4  # the sentences do name groups


def test_a_letter_a_pattern_makes_optional_is_not_required_by_the_prefilter():
    prefilter = group_prefilter([{"patterns": ["rebels? alliance", "front[(]x|y"], "acronyms": ["XYZ"]}])
    for text in ("the rebel alliance", "a front(x", "y", "the XYZ said"):
        assert prefilter.search(text), text
    assert not prefilter.search("the town hall")


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        # German and English spellings of the same name
        ("Kämpfer von Hajat Tahrir al-Scham haben Sarakib eingenommen.", "de", "HTS"),
        ("Fighters from Hayat Tahrir al-Sham captured Saraqib.", "en", "HTS"),
        ("Fighters from Ahrar al-Sham captured Saraqib.", "en", "Ahrar al-Sham"),
        ("Die Miliz Ahrar al-Scham hat Sarakib eingenommen.", "de", "Ahrar al-Sham"),
    ],
)
def test_syrian_groups_are_found_in_either_spelling(text, lang, name):
    assert [found for _s, _e, found, _side in actors.group_spans(text, 0, lang)] == [name]


@pytest.mark.parametrize(
    ("text", "lang", "actor"),
    [
        ("Kämpfer von Hajat Tahrir al-Scham haben Sarakib am Freitag eingenommen.", "de", "HTS"),
        ("Fighters from Ahrar al-Sham captured Saraqib on Friday.", "en", "Ahrar al-Sham"),
    ],
)
def test_a_group_s_fighters_take_the_town_not_a_place_in_its_name(record_of, text, lang, actor):
    record = record_of("2020-02-10", lang, text)
    events = record["articles"][0]["events"]
    places = record["articles"][0]["places"]
    takings = [(places[e["place"]]["name"], e["actors"]) for e in events if e["type"] == "capture"]
    assert takings == [("Saraqib", [actor])]  # not Damascus, the "al-Sham" of the name


@pytest.mark.parametrize(
    ("text", "not_a_place"),
    [
        ("Fighters from the Oromo Liberation Army captured Kemise.", "Liberation"),
        ("The Tigray Defense Forces captured Kombolcha.", "Tigray"),
    ],
)
def test_a_name_that_ends_in_a_force_s_head_noun_names_no_place(record_of, text, not_a_place):
    record = record_of("2021-11-01", "en", text)
    places = record["articles"][0]["places"]
    assert not_a_place not in [p["text"] for p in places if p.get("name")]
    # nor is the army of its name a bare "army" of the country it fights in
    events = [e for e in record["articles"][0]["events"] if e["type"] == "capture"]
    assert all("Ethiopian forces" not in e["actors"] for e in events)
