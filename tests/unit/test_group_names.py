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
