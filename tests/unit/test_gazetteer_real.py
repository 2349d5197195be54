"""The real built gazetteer (resources/gazetteer.sqlite, made by `make`) and the shared WOF extracts.

Skipped with a reason when the file is absent; tests/unit/test_gazetteer.py covers the build itself.
"""

from __future__ import annotations

import csv

import pytest

from frontline.plugin.core.places.gazetteer import Gazetteer, default_path
from frontline.plugin.core.places.sources.tables import EXONYMS, SUPPLEMENT


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    if not default_path().is_file():
        pytest.skip(f"{default_path()} not built (make builds it: tools/build_gazetteer.py)")
    with Gazetteer.open() as opened:
        yield opened


def _rows(path) -> list[dict]:
    return list(
        csv.DictReader(line for line in path.read_text(encoding="utf-8").splitlines() if line[:1] != "#")
    )


def test_all_of_cities500_is_there(gaz):
    places = int(gaz.meta["count_places"])
    assert places >= 234_908 + 240  # every cities500 place, the countries, states, supplement
    assert gaz.max_tokens == 6


@pytest.mark.parametrize("text", ["al-Qaim", "Qaim", "Al Qa'im", "Al-Qā’im", "القائم", "Al-Kaim"])
def test_al_qaim(gaz, text):
    best = gaz.lookup_name(text)[0]
    assert best.id == "geonames:92138"
    assert (best.lat, best.lon) == pytest.approx((34.39251, 40.98945), abs=1e-4)


@pytest.mark.parametrize("text", ["Anah", "‘Anah", "Ana"])
def test_anah(gaz, text):
    ids = [p.id for p in gaz.lookup_name(text)]
    assert "geonames:6765385" in ids
    iraqi = [p for p in gaz.lookup_name(text) if p.country == "IQ"]
    assert iraqi[0].id == "geonames:6765385"  # the new town, where the 2017 fighting was


def test_husaybah_means_al_qaim_or_the_crossing(gaz):
    places = gaz.lookup("husaybah")
    ids = [p.id for p in places]
    assert "geonames:92138" in ids
    assert "frontline:husaybah-crossing" in ids
    crossing = gaz.get("frontline:husaybah-crossing")
    assert crossing.kind == "crossing"
    assert (crossing.lat, crossing.lon) == pytest.approx((34.407, 40.980), abs=1e-3)


@pytest.mark.parametrize("row", _rows(SUPPLEMENT), ids=lambda r: r["id"])
def test_supplement_in_the_real_file(gaz, row):
    for name in [row["name"], *filter(None, row["alt_names"].split("|"))]:
        place = next((p for p in gaz.lookup_name(name) if p.id == row["id"]), None)
        assert place is not None, name
        assert (place.lat, place.lon) == pytest.approx((float(row["lat"]), float(row["lon"])), abs=1e-5)


@pytest.mark.parametrize("row", _rows(EXONYMS), ids=lambda r: f"{r['exonym']}-{r['language']}")
def test_every_exonym_finds_its_target(gaz, row):
    assert row["target"] in [p.id for p in gaz.lookup_name(row["exonym"])]


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Mossul", "geonames:99072"),
        ("Bagdad", "geonames:98182"),
        ("Euphrat", "frontline:euphrates"),
        ("Irak", "geonames:99237"),
        ("Syrien", "geonames:163843"),
        ("Deir ez-Zor", "geonames:170794"),
        ("Anbar", "geonames:99592"),
        ("Abu Kamal", "geonames:174448"),
        ("Suwayyah", "geonames:163846"),
        ("Akashat", "frontline:akashat"),
    ],
)
def test_the_reader_means_this_one_first(gaz, text, place_id):
    assert gaz.lookup_name(text)[0].id == place_id


@pytest.mark.parametrize(
    ("german", "geonames"),
    [
        # German spellings that GeoNames' alternate names lack
        ("Wuhledar", "Vuhledar"),
        ("Lyssytschansk", "Lysychansk"),
        ("Tschassiw Jar", "Chasiv Yar"),
        ("Makijiwka", "Makiivka"),
        ("Chan Scheichun", "Khan Shaykhun"),
        ("Chan Junis", "Khan Yunis"),
        ("Dschabalija", "Jabalia"),
        ("Laschkar Gah", "Lashkar Gah"),
        # and some it has (kept as they were)
        ("Kupjansk", "Kupyansk"),
        ("Sudscha", "Sudzha"),
        ("Kamischli", "Qamishli"),
    ],
)
def test_german_spellings_find_the_place_geonames_spells_the_english_way(gaz, german, geonames):
    (wanted,) = [p for p in gaz.lookup_name(geonames) if p.kind in ("city", "town", "village")][:1]
    assert wanted.id in [p.id for p in gaz.lookup_name(german)]


@pytest.mark.parametrize(("name", "country"), [("Inner Mongolia", "CN"), ("Khyber Pakhtunkhwa", "PK")])
def test_divisions_known_by_their_name_without_the_kind_word(gaz, name, country):
    if "Natural Earth" not in gaz.meta.get("sources", ""):
        pytest.skip("gazetteer built without QGIS's world_map.gpkg (Natural Earth divisions)")
    assert [(p.kind, p.country) for p in gaz.lookup_name(name)][:1] == [("admin1", country)]


def test_no_division_is_known_by_a_generic_word_or_by_a_label_it_shares(gaz):
    if "Natural Earth" not in gaz.meta.get("sources", ""):
        pytest.skip("gazetteer built without QGIS's world_map.gpkg (Natural Earth divisions)")
    for word in ("free", "federal", "far north", "mountain"):
        assert not [p for p in gaz.lookup(word) if p.source == "naturalearth"], word
    # "Andalusia" labels eight Spanish provinces in Natural Earth: none of them is "Andalusia"
    assert {p.kind for p in gaz.lookup_name("Andalusia") if p.country == "ES"} == {"region"}


def test_countries_have_iso_codes_and_points_inside(gaz):
    iraq, syria = gaz.get("geonames:99237"), gaz.get("geonames:163843")
    assert (iraq.kind, iraq.country, syria.country) == ("country", "IQ", "SY")
    assert 29 < iraq.lat < 37.5
    assert 38.8 < iraq.lon < 48.6
    assert 32.3 < syria.lat < 37.3
    assert 35.7 < syria.lon < 42.4


def test_shared_wof_extracts(shared_dir):
    if not default_path().is_file():
        pytest.skip(f"{default_path()} not built")
    folder = shared_dir / "data" / "gazetteer"
    with Gazetteer.open() as gaz:
        # the village is built in from the WOF pack; the user's extract adds it no second time
        (jubbah,) = gaz.lookup_name("Qaryat Jubbah")
        assert (jubbah.id, jubbah.kind, jubbah.country) == ("wof:1293018711", "village", "IQ")
        assert (jubbah.lat, jubbah.lon) == (33.9075, 42.54353)
        added = gaz.add_wof(folder / "wof_iq.jsonl") + gaz.add_wof(folder / "wof_sy.jsonl")
        # what the packs leave out is new: districts, regions, places no longer current
        assert 0 < added < 3_000
        assert [p.id for p in gaz.lookup_name("Qaryat Jubbah")] == ["wof:1293018711"]
        assert [p.id for p in gaz.lookup_name("Suwayyah")] == ["geonames:163846"]  # no WOF copy
        qaim = [p.id for p in gaz.lookup_name("al-Qaim")]
        assert qaim[0] == "geonames:92138"
        assert "wof:1276777483" not in qaim
        assert gaz.get("wof:1108562669").kind == "admin2"  # the al-Qaim district, new from WOF
