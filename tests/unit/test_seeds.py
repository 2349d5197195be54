"""The reference case: the two German seed articles read as the answer key (shared/gold/seeds.md)
says. Runs only where ../shared is present; our own corpus covers the same phenomena otherwise."""

from __future__ import annotations

import math

import pytest

from frontline.plugin.core.pipeline import extraction_record

SEED_000 = "000_024516dab5a9576a.txt"
SEED_001 = "001_2228cc42524cde0c.txt"

# (mention, lat, lon, tolerance km) from the answer key
PLACES_000 = [
    ("al-Qaim", 34.39251, 40.98945, 10),
    ("Anah", 34.36857, 41.98194, 15),
    ("Akashat", 33.696, 39.955, 15),
    ("Husaybah", 34.407, 40.980, 10),
    ("Rawa", 34.48229, 41.91898, 10),
    ("Anbar", 33.4, 42.0, 150),
    ("Tel Afar", 36.37913, 42.44806, 10),
    ("Hawijah", 35.32592, 43.77267, 10),
    ("Mossul", 36.33500, 43.11889, 10),
    ("Bagdad", 33.34058, 44.40088, 25),
    ("Nord-Bagdad", 33.34058, 44.40088, 25),
]
PLACES_001 = [
    ("al-Qaim", 34.39251, 40.98945, 10),
    ("al-Husaybah", 34.407, 40.980, 10),
    ("Abu Kamal", 34.45226, 40.91854, 10),
    ("Suwayyah", 34.43415, 40.93473, 5),
    ("Bagdad", 33.34058, 44.40088, 25),
]
NOT_PLACES = {
    SEED_000: ["Islamischen Staates", "IS", "Hashd al-Shaabi", "Volksmobilisierungseinheiten", "Haidar al-Abadi"],
    SEED_001: ["Syrisch-Arabischen Armee", "SAA", "Kata’ib Hisbollah", "al-Araby al-Jadeed", "SDF", "YPG", "T-90",
               "Sahab-1", "Hisbollah"],
}  # fmt: skip


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(h))


@pytest.fixture(scope="module")
def record(shared_dir, pipeline):
    results, problems = pipeline.run([shared_dir / "seeds"], batch_date="2017-11-04")
    assert problems == []
    return extraction_record(results, problems)


@pytest.fixture(scope="module")
def articles(record):
    return {a["path"].rsplit("/", 1)[-1]: a for a in record["articles"]}


def same_mention(text, mention):
    """ "Husaybah" is read either alone or with the cue noun it is compounded with."""
    return text == mention or text.startswith(mention + "-")


def locations(article):
    return [p for p in article["places"] if p["role"] == "location"]


@pytest.mark.parametrize(("seed", "expected"), [(SEED_000, PLACES_000), (SEED_001, PLACES_001)])
def test_every_place_is_found_and_resolved_within_tolerance(articles, seed, expected):
    found = locations(articles[seed])
    for mention, lat, lon, tolerance in expected:
        hits = [p for p in found if same_mention(p["text"], mention)]
        assert hits, f"{mention} not found in {seed}"
        for hit in hits:
            assert km(lat, lon, hit["lat"], hit["lon"]) <= tolerance, f"{mention} resolved to {hit['name']}"


def test_countries_and_the_river(articles):
    for seed in (SEED_000, SEED_001):
        countries = {p["text"]: p["country"] for p in locations(articles[seed]) if p["kind"] == "country"}
        assert countries.get("Irak") == "IQ"
    assert {p["text"]: p["country"] for p in locations(articles[SEED_001]) if p["kind"] == "country"}[
        "USA"
    ] == "US"
    rivers = [p for p in locations(articles[SEED_000]) if p["text"] == "Euphrats"]
    assert len(rivers) == 2
    assert all(p["kind"] == "river" and p["name"] == "Euphrates" for p in rivers)


def test_adjectives_are_recorded_as_adjectives(articles):
    adjectives = [p for p in articles[SEED_000]["places"] if p["role"] == "adjective"]
    assert {p["country"] for p in adjectives} >= {"IQ", "SY"}
    assert all(p["text"][0].lower() in "is" for p in adjectives)


@pytest.mark.parametrize("seed", [SEED_000, SEED_001])
def test_no_listed_non_place_is_reported_as_a_place(articles, seed, shared_dir):
    text = (shared_dir / "seeds" / seed).read_text(encoding="utf-8")
    found = locations(articles[seed])
    for name in NOT_PLACES[seed]:
        start = 0
        while (start := text.find(name, start)) != -1:
            end = start + len(name)
            overlapping = [p["text"] for p in found if p["start"] < end and start < p["end"]]
            assert overlapping == [], f"{name} at {start} reported as {overlapping}"
            start = end


def value_of(article, text):
    hits = [t for t in article["times"] if text in t["text"] or t["text"] in text]
    assert hits, f"no time expression in {text!r}: {[t['text'] for t in article['times']]}"
    return hits[0]


def test_time_expressions_of_the_undated_article_with_the_batch_date(articles):
    article = articles[SEED_000]
    assert article["published"]["value"] == "2017-11-04"
    assert value_of(article, "Am Donnerstag")["value"] == "2017-11-02"
    assert value_of(article, "Für einige Tage")["value"] == "PXD"
    assert value_of(article, "erst kürzlich")["value"] == "PAST_REF"
    assert value_of(article, "vor kurzem")["value"] == "PAST_REF"
    for time in article["times"]:
        assert time["text"].lower() not in ("die", "mit", "so", "do", "nach kurzer zeit")


def test_time_expressions_of_the_month_dated_article(articles):
    article = articles[SEED_001]
    assert (article["published"]["value"], article["published"]["precision"]) == ("2017-11", "month")
    yesterday = value_of(article, "gestern")
    assert (yesterday["value"], yesterday["precision"]) == ("2017-11", "month")
    since = value_of(article, "seit September")
    assert since["start_date"] == "2017-09-01"
    assert since["end_date"] == "2017-11-30"
    assert value_of(article, "jetzt")["value"] == "PRESENT_REF"


def events_of(article, kind, place_text=None):
    found = []
    for event in article["events"]:
        names = [article["places"][p["place"]]["text"] for p in event["places"]]
        if event["type"] == kind and (place_text is None or any(same_mention(n, place_text) for n in names)):
            found.append(event)
    return found


def test_events_and_certainties_of_article_000(articles):
    article = articles[SEED_000]
    (capture,) = events_of(article, "capture", "al-Qaim")[:1]
    assert capture["certainty"] == "confirmed"
    assert {"Iraqi forces", "Hashd al-Shaabi"} <= set(capture["actors"])
    assert capture["t_end"] <= "2017-11-04"
    crossing = events_of(article, "capture", "Husaybah")
    assert crossing
    assert crossing[0]["t_start"] == "2017-11-02"
    assert events_of(article, "consolidation", "al-Qaim")
    suicide = events_of(article, "suicide_attack")
    assert suicide
    assert suicide[0]["certainty"] == "claimed"
    assert any(e["certainty"] == "rumoured" for e in article["events"])
    given_up = events_of(article, "withdrawal", "Tel Afar")
    assert given_up
    assert given_up[0]["past"]
    assert given_up[0]["t_start"] is None
    # one event per place of the list "in Tel Afar und Hawijah … aufgegeben"
    also = events_of(article, "withdrawal", "Hawijah")
    assert also
    assert also[0]["past"]
    held = events_of(article, "presence", "Rawa")
    assert held
    assert "Islamic State" in held[0]["actors"]


def test_events_and_certainties_of_article_001(articles):
    article = articles[SEED_001]
    crossing = events_of(article, "crossing", "al-Qaim")
    assert crossing
    roles = {
        article["places"][p["place"]]["text"].split("-Grenz")[0]: p["role"] for p in crossing[0]["places"]
    }
    assert roles["al-Qaim"] == "origin"
    assert roles["al-Husaybah"] == "origin"
    assert crossing[0]["t_start"] == "2017-11-01"
    assert crossing[0]["t_end"] == "2017-11-30"
    reached = events_of(article, "advance", "Suwayyah")
    assert reached
    assert reached[0]["certainty"] == "claimed"
    objective = events_of(article, "capture", "Abu Kamal")
    assert objective
    assert objective[0]["certainty"] == "intended"
    present = [e for e in events_of(article, "presence") if e["t_start"] == "2017-09-01"]
    assert present
    assert present[0]["certainty"] == "claimed"


def test_exactly_the_three_seed_advances_in_time_order(record):
    routes = [[w["id"] for w in a["route"]] for a in record["advances"]]
    anah_qaim = ["geonames:6765385", "geonames:92138"]
    # "vom Luftwaffenstützpunkt Akashat" sets out from the air base, 3 km from the town
    akashat_qaim = ["frontline:akashat-airport", "geonames:92138"]
    onwards = ["geonames:92138", "geonames:163846", "geonames:174448"]
    assert sorted(routes[:2]) == sorted([anah_qaim, akashat_qaim])
    assert routes[2] == onwards
    first, second, third = record["advances"]
    for advance in (first, second):
        assert advance["t_end"] <= "2017-11-04"
        assert advance["route"][-1]["time"] == "2017-11-02"  # fighting inside the city from Thursday
        assert advance["t_start_estimated"]
        assert advance["estimate_note"]
        assert advance["certainty"] == "confirmed"
        assert {"Iraqi forces", "Hashd al-Shaabi"} <= set(advance["actors"])
    assert third["t_start"] >= max(first["t_end"], second["t_end"])
    assert third["t_end"] <= "2017-11-30"
    assert third["certainty"] == "claimed"
    assert [w["reached"] for w in third["route"]] == [True, True, False]
    assert all(a["evidence"] and a["evidence"][0]["quote"] for a in record["advances"])


def test_the_euphrates_thrust_follows_the_river(record):
    anah = next(a for a in record["advances"] if a["route"][0]["id"] == "geonames:6765385")
    akashat = next(a for a in record["advances"] if a["route"][0]["id"] == "frontline:akashat-airport")
    assert anah["follows"] == "Euphrates"
    assert akashat["follows"] is None


def test_no_advance_through_places_of_other_stories(record):
    elsewhere = {"geonames:90393", "geonames:390188", "geonames:99072", "geonames:98182", "geonames:92004"}
    for advance in record["advances"]:
        assert not {w["id"] for w in advance["route"]} & elsewhere
