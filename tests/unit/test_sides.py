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


@pytest.mark.parametrize("actor", ["government forces", "security forces", "Somali army", "", None])
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
    assert all(side_label(key, "de") != side_label(key) or key in ("UA", "IL", "TG") for key in side_keys())
