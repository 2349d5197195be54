"""A town a report calls the staging ground of attacks is where the arrows to their goals start."""

from __future__ import annotations

from .test_headings import batch_advances


def routes(advances) -> list[list[tuple[str, bool]]]:
    return sorted([(w["name"], w["reached"]) for w in a["route"]] for a in advances)


def test_a_staging_ground_draws_an_unreached_arrow_to_each_goal_of_its_attacks(pipeline, tmp_path):
    advances = batch_advances(
        pipeline,
        tmp_path,
        ("2023-06-10", "en", "Tokmak had for months served as a staging ground for Russian attacks "
         "aimed at capturing Orikhiv and Huliaipole."),
    )  # fmt: skip
    assert routes(advances) == [
        [("Tokmak", True), ("Hulyaypole", False)],
        [("Tokmak", True), ("Orikhiv", False)],
    ]
    assert {a["side"] for a in advances} == {"RU"}


def test_the_staging_ground_is_where_attacks_came_from_not_where_they_struck(record_of):
    record = record_of(
        "2022-09-10", "de", "Isjum war monatelang Ausgangspunkt russischer Angriffe, um Slowjansk zu erobern."
    )
    (article,) = record["articles"]
    where = {
        e["type"]: article["places"][e["place"]]["text"] if e["place"] is not None else None
        for e in article["events"]
    }
    assert where.get("attack") != "Isjum"
    assert [[w["name"] for w in a["route"]] for a in record["advances"]] == [["Izyum", "Slovyansk"]]


def test_a_noun_pointing_back_names_the_staging_town_of_the_sentence_before(pipeline, tmp_path):
    advances = batch_advances(
        pipeline,
        tmp_path,
        ("2022-11-11", "de", "Die russischen Truppen haben Cherson verlassen. "
         "Die Stadt war zuvor ein Sprungbrett für Angriffe auf Mykolajiw."),
    )  # fmt: skip
    assert routes(advances) == [[("Kherson", True), ("Mykolayiv", False)]]


def test_a_goal_on_another_front_is_not_drawn_from_the_staging_town(pipeline, tmp_path):
    advances = batch_advances(
        pipeline, tmp_path, ("2022-11-11", "de", "Donezk war Ausgangspunkt für Angriffe auf Charkiw.")
    )
    assert advances == []


def test_without_a_staging_word_an_attack_draws_no_arrow(pipeline, tmp_path):
    advances = batch_advances(
        pipeline, tmp_path, ("2022-11-11", "en", "Russian troops attacked Orikhiv, officials in Tokmak said.")
    )
    assert advances == []


def test_the_nation_of_the_attacks_after_the_staging_word_is_who_moves(pipeline, tmp_path):
    (advance,) = batch_advances(
        pipeline,
        tmp_path,
        ("2022-11-11", "de", "Die Armee hat Cherson verlassen. Die Stadt war monatelang Ausgangspunkt "
         "russischer Vorstöße, um Mykolajiw einzunehmen."),
    )  # fmt: skip
    assert [w["name"] for w in advance["route"]] == ["Kherson", "Mykolayiv"]
    assert (advance["side"], advance["actors"]) == ("RU", ["Russian forces"])


def test_a_town_taken_that_had_been_a_staging_ground_keeps_its_taking(record_of):
    record = record_of("2022-09-10", "en", "Ukrainian forces recaptured Izium, which had served as a staging "
                       "ground for Russian attacks on Sloviansk.")  # fmt: skip
    (article,) = record["articles"]
    taken = [e for e in article["events"] if e["type"] == "recapture"]
    assert [article["places"][e["place"]]["text"] for e in taken] == ["Izium"]
    assert [p["name"] for p in record["control"] if p["change"] == "taken"] == ["Izyum"]


def test_only_the_staging_clause_s_attacks_set_out_from_it(pipeline, tmp_path):
    advances = batch_advances(
        pipeline,
        tmp_path,
        ("2011-03-20", "en", "Khan Younis has been a launch pad for rocket fire, officials said, as Israeli "
         "troops attacked Rafah."),
        ("2022-09-10", "de", "Russische Truppen griffen Kramatorsk an; Ausgangspunkt der Angriffe war Isjum."),
    )  # fmt: skip
    assert advances == []


def test_the_town_after_the_staging_noun_and_a_copula_is_the_staging_ground(pipeline, tmp_path):
    (advance,) = batch_advances(
        pipeline,
        tmp_path,
        ("2022-09-10", "de", "Ausgangspunkt der russischen Angriffe auf Slowjansk war Isjum."),
    )
    assert [w["name"] for w in advance["route"]] == ["Izyum", "Slovyansk"]
    assert advance["side"] == "RU"


def test_the_nation_of_the_targets_is_not_the_attacker(pipeline, tmp_path):
    (advance,) = batch_advances(
        pipeline,
        tmp_path,
        (
            "2022-10-10",
            "de",
            "Kupjansk wurde zum Ausgangspunkt für Angriffe auf russische Stellungen bei Swatowe.",
        ),
    )
    assert advance["actors"] == []
