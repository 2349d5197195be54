"""A claim the other side denies is flagged contested, on sentences written here."""

from __future__ import annotations

import pytest

from frontline.plugin.core.plan.layers import plan_layers


def _events(record):
    article = record["articles"][0]
    return [
        (e, article["places"][e["place"]]["text"] if e["place"] is not None else None)
        for e in article["events"]
    ]


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        (
            "en",
            "Azerbaijan said its forces had captured the town of Jabrayil. Armenia's defence ministry denied that.",
        ),
        (
            "en",
            "Azerbaijan said its forces had captured the town of Jabrayil. Yerevan rejected the claim on Friday.",
        ),
        (
            "de",
            "Aserbaidschan hat nach eigenen Angaben die Stadt Dschebrail eingenommen. Armenien dementierte.",
        ),
        (
            "de",
            "Aserbaidschan hat nach eigenen Angaben die Stadt Dschebrail eingenommen. Armenien wies die Darstellung zurück.",
        ),
        # a denial followed by a clause of its own, and calling a claim false
        (
            "de",
            "Aserbaidschan hat nach eigenen Angaben die Stadt Dschebrail eingenommen. Armenien dementierte dies "
            "und sprach von andauernden Kämpfen.",
        ),
        (
            "de",
            "Aserbaidschan hat nach eigenen Angaben die Stadt Dschebrail eingenommen. Ein armenischer Sprecher "
            "nannte die Meldung falsch.",
        ),
        (
            "en",
            "Azerbaijan said its forces had captured the town of Jabrayil. Yerevan called the claim false.",
        ),
        # a denial that names the place, a bare verb of rejection, a later word that it did not fall
        (
            "en",
            "Azerbaijan said its forces had captured the town of Jabrayil. Armenia denied that Jabrayil had been lost.",
        ),
        (
            "de",
            "Aserbaidschan hat nach eigenen Angaben die Stadt Dschebrail eingenommen. Armenien widersprach.",
        ),
        (
            "de",
            "Aserbaidschan hat nach eigenen Angaben die Stadt Dschebrail eingenommen. Entgegen diesen Angaben ist "
            "Dschebrail nicht gefallen.",
        ),
        (
            "en",
            "Azerbaijan said its forces had captured the town of Jabrayil. An Armenian spokesman said Jabrayil had "
            "not fallen.",
        ),
        # the other side says it still holds the place
        (
            "en",
            "Azerbaijan said its forces had captured the town of Jabrayil, but an Armenian official said the town "
            "remained in Armenian hands.",
        ),
        (
            "de",
            "Aserbaidschan hat nach eigenen Angaben die Stadt Dschebrail eingenommen. Die Stadt wird weiterhin "
            "von der armenischen Armee gehalten.",
        ),
    ],
)
def test_a_denial_after_a_claim_makes_it_contested_and_keeps_its_certainty(record_of, lang, body):
    record = record_of("2020-10-09", lang, body)
    (capture,) = [e for e, _place in _events(record) if e["type"] == "capture" and not e["negated"]]
    assert capture["contested"]
    assert capture["certainty"] == "claimed"
    # the control point and the event carry the flag on the map
    plan = plan_layers(record)
    assert all("contested" in r["attrs"]["flags"] for r in plan.layers["control"].rows)
    assert any("contested" in (r["attrs"]["flags"] or "") for r in plan.layers["events"].rows)


def test_a_taking_denied_in_its_own_sentence_is_negated_and_no_advance_reaches_it(record_of):
    body = (
        "Ukrainian troops captured the town of Sudzha on Tuesday. Russia's defence ministry denied "
        "that Ukrainian troops had entered Tetkino."
    )
    record = record_of("2024-08-08", "en", body)
    (denied,) = [e for e, place in _events(record) if place == "Tetkino"]
    assert denied["negated"]
    assert denied["contested"]
    assert all(w["name"] != "Tëtkino" or not w["reached"] for a in record["advances"] for w in a["route"])
    # the claim of the sentence before is not what this denial disputes
    (sudzha,) = [e for e, place in _events(record) if place == "Sudzha"]
    assert not sudzha["contested"]


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        # "denies" someone the use of something, "rejected" a ceasefire: no claim denied
        (
            "en",
            "Kurdish fighters retook the village of Tall Shair. Ankara denies the US use of its air bases.",
        ),
        ("en", "Kurdish fighters retook the village of Tall Shair. Ankara rejected the ceasefire on Friday."),
        (
            "en",
            "Kurdish fighters retook the village of Tall Shair. Journalists were denied access to the area.",
        ),
        (
            "de",
            "Kurdische Kämpfer eroberten das Dorf Tall Shair zurück. Der Sprecher wies auf die Luftangriffe hin.",
        ),
        # a denial of something else, or a source that is no rejected claim
        (
            "en",
            "Kurdish fighters retook the village of Tall Shair. Ankara denied reports that it had shelled the area.",
        ),
        ("en", "Kurdish fighters retook the village of Tall Shair. Ankara denied any role in the fighting."),
        (
            "de",
            "Kurdische Kämpfer eroberten das Dorf Tall Shair zurück. Ankara bestritt, Zivilisten beschossen zu haben.",
        ),
        (
            "de",
            "Kurdische Kämpfer eroberten das Dorf Tall Shair zurück. Sie wiesen nach eigenen Angaben zwei Angriffe zurück.",
        ),
        ("en", "Reports from the disputed area said Kurdish fighters retook the village of Tall Shair."),
    ],
)
def test_no_denial_of_a_claim_contests_nothing(record_of, lang, body):
    record = record_of("2014-10-14", lang, body)
    assert not any(e["contested"] for e, _place in _events(record))


def test_a_denial_reaches_only_its_own_clause_and_what_a_relative_points_back_to(record_of):
    body = (
        "The ministry denied that its aircraft had struck a hospital, and said its troops had "
        "captured the village of Tetkino."
    )
    (capture,) = [e for e, _place in _events(record_of("2024-08-08", "en", body)) if e["type"] == "capture"]
    assert not capture["negated"]
    assert not capture["contested"]
    body = "Russia said its forces had captured Tetkino, which Ukraine denied."
    (capture,) = [e for e, _place in _events(record_of("2024-08-08", "en", body)) if e["type"] == "capture"]
    assert capture["contested"]
    assert not capture["negated"]


@pytest.mark.parametrize(
    ("lang", "body", "taken"),
    [
        # a clause of its own after the claim: the capital denies, it is not taken
        ("en", "Russian forces captured Avdiivka on Friday, though Kyiv denied it.", "Avdiivka"),
        ("en", "The Taliban captured Kunduz on Monday, a claim the government denied.", "Kunduz"),
        ("en", "Wagner fighters captured Bakhmut on Saturday, but Ukraine denied it.", "Bakhmut"),
        ("de", "Russische Truppen eroberten am Freitag Awdijiwka, während Kiew das bestritt.", "Awdijiwka"),
    ],
)
def test_a_denial_in_a_clause_after_the_claim_contests_it_and_takes_nothing(record_of, lang, body, taken):
    record = record_of("2023-05-21", lang, body)
    captures = [(e, place) for e, place in _events(record) if e["type"] == "capture"]
    assert [place for _e, place in captures] == [taken]
    assert captures[0][0]["contested"]
    assert not captures[0][0]["negated"]


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", "Prigozhin said Wagner had taken Bakhmut on Saturday.\n\nUkraine denied the claim."),
        (
            "de",
            "Wagner hat nach eigenen Angaben Bachmut am Samstag eingenommen.\n\nKiew wies die Angaben zurück.",
        ),
    ],
)
def test_a_denial_that_opens_the_next_paragraph_contests_the_claim_before_it(record_of, lang, body):
    record = record_of("2023-05-21", lang, body)
    (capture,) = [e for e, _place in _events(record) if e["type"] == "capture"]
    assert capture["contested"]


def test_a_denial_two_paragraphs_on_contests_nothing(record_of):
    body = (
        "Wagner hat nach eigenen Angaben Bachmut am Samstag eingenommen.\n\n"
        "In Cherson fiel der Strom aus.\n\nKiew wies die Angaben zurück."
    )
    record = record_of("2023-05-21", "de", body)
    (capture,) = [e for e, _place in _events(record) if e["type"] == "capture"]
    assert not capture["contested"]


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        # more ways of denying what the sentence before claimed
        (
            "en",
            "Turkish-backed rebels captured Tal Abyad, the defence ministry said. The SDF denied losing the town.",
        ),
        (
            "en",
            "Russia said its forces had taken Vovchansk on Friday. Ukrainian commanders disputed the claim.",
        ),
        (
            "en",
            "The Houthis claimed on Sunday to have taken Marib. "
            "The government denied the claim, saying its troops held the city.",
        ),
        (
            "de",
            "Separatisten haben nach eigenen Angaben Wuhlehirsk eingenommen. Die ukrainische Armee wies dies zurück.",
        ),
        (
            "de",
            "Separatisten haben nach eigenen Angaben Wuhlehirsk eingenommen. Die Armee dementierte das umgehend.",
        ),
        (
            "de",
            "Die SDF haben sich nach eigenen Angaben aus Kobane zurückgezogen. "
            "Die Türkei widersprach: Es werde weiter gekämpft.",
        ),
    ],
)
def test_more_ways_of_denying_a_claim_contest_it(record_of, lang, body):
    record = record_of("2024-05-17", lang, body)
    claims = [
        e for e, _place in _events(record) if e["type"] in ("capture", "withdrawal") and not e["negated"]
    ]
    assert claims
    assert all(e["contested"] for e in claims)


def test_a_denial_of_what_a_dass_clause_says_negates_it_and_contests_the_claim_before(record_of):
    body = (
        "Prorussische Separatisten haben nach eigenen Angaben Wuhlehirsk eingenommen. "
        "Die ukrainische Armee bestritt, dass Wuhlehirsk eingenommen worden sei."
    )
    record = record_of("2015-01-28", "de", body)
    claim, denied = [e for e, _place in _events(record) if e["type"] == "capture"]
    assert claim["contested"]
    assert not claim["negated"]
    assert denied["negated"]
    assert [c["side"] for c in record["control"]] == ["RU"]


@pytest.mark.parametrize(
    "text",
    [
        "Das Ministerium dementierte Berichte, wonach die Armee Tikrit eingenommen habe.",
        "Das Ministerium wies Berichte zurück, wonach der IS Tikrit eingenommen habe.",
        "Das Ministerium dementierte Berichte, denen zufolge der IS Tikrit eingenommen habe.",
    ],
)
def test_reports_a_german_denial_rejects_with_wonach_are_denied(text, record_of):
    (taken,) = [
        e for e in record_of("2015-03-07", "de", text)["articles"][0]["events"] if e["type"] == "capture"
    ]
    assert taken["negated"]
    assert taken["contested"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Ukrainian forces have retaken Siversk, the defence ministry said. "
            "A separatist spokesman denied that Siversk had fallen.",
        ),
        ("de", "Russland meldete die Einnahme von Soledar. Kiew bestreitet, dass Soledar gefallen ist."),
    ],
)
def test_a_denial_that_the_town_fell_contests_the_claim_before_it(record_of, lang, text):
    events = record_of("2023-01-12", lang, text)["articles"][0]["events"]
    claim = [e for e in events if e["type"] in ("capture", "recapture") and not e["negated"]]
    assert claim
    assert all(e["contested"] for e in claim)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "Die Dschihadisten eroberten am Montag Tal Afar. Ein Armeesprecher dementierte den Fall der Stadt.",
        ),
        ("en", "Militants seized Tal Afar on Monday. A government spokesman denied the fall of the town."),
        ("en", "Government forces said they had entered Bani Walid, but this was denied by local elders."),
        ("en", "Government forces said they had entered Bani Walid, which was denied by local elders."),
    ],
)
def test_a_denial_of_the_fall_or_in_the_passive_contests_the_claim(record_of, lang, text):
    events = record_of("2014-06-16", lang, text)["articles"][0]["events"]
    assert [e["contested"] for e in events if e["type"] in ("capture", "arrival")] == [True]


def test_people_denied_access_deny_nothing(record_of):
    text = "Residents were denied access to Bani Walid after troops entered the town."
    events = record_of("2020-06-05", "en", text)["articles"][0]["events"]
    assert not any(e["contested"] for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces have taken Mariupol, which was denied humanitarian aid for weeks, the ministry said.",
        "Wagner said it had taken Bakhmut. Zelensky rejected a withdrawal from the city.",
    ],
)
def test_a_town_denied_aid_or_a_withdrawal_rejected_contests_no_claim(record_of, text):
    events = record_of("2023-05-20", "en", text)["articles"][0]["events"]
    assert not [e for e in events if e["type"] == "capture" and e["contested"]]


def test_calling_what_happened_fierce_is_no_denial(record_of):
    body = "Azerbaijan said its forces had captured the town of Jabrayil. Yerevan called the fighting fierce."
    (capture,) = [e for e, _place in _events(record_of("2020-10-09", "en", body)) if e["type"] == "capture"]
    assert not capture["contested"]


def test_a_state_that_denies_is_no_force_of_what_its_sentence_tells(record_of):
    body = (
        "Aserbaidschan meldete die Einnahme von Dschebrail. Armenien dementierte dies und sprach von Kämpfen."
    )
    fighting = [e for e, _place in _events(record_of("2020-10-09", "de", body)) if e["type"] == "attack"]
    assert fighting
    assert all(e["actors"] == [] for e in fighting)


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        # a later word that another thing did not happen there
        (
            "en",
            "Armenian troops withdrew from Jabrayil on Sunday. Azerbaijani forces have not yet entered the town, "
            "a spokesman said.",
        ),
        # a claim about something else called false
        (
            "en",
            "Armenian troops withdrew from Jabrayil on Sunday, the ministry said. Baku called Armenian reports of "
            "heavy losses propaganda.",
        ),
        (
            "de",
            "Armenische Truppen zogen sich am Sonntag aus Dschebrail zurück, teilte das Ministerium mit. Baku "
            "nannte Berichte über hohe Verluste Propaganda.",
        ),
    ],
)
def test_what_contradicts_another_thing_contests_nothing(record_of, lang, body):
    record = record_of("2020-10-09", lang, body)
    (withdrawal,) = [e for e, _place in _events(record) if e["type"] == "withdrawal"]
    assert not withdrawal["contested"]


def test_a_taker_that_still_holds_the_place_contests_nothing(record_of):
    # "it remains in control": the same force, told by the writer, a year after it took the town
    body = (
        "In June last year, Islamic State militants overran Mosul. Airstrikes have since forced the group out "
        "of many areas, although it remains in firm control of Mosul."
    )
    record = record_of("2015-12-26", "en", body)
    assert not [e for e, _place in _events(record) if e.get("contested")]


def test_a_place_its_taker_says_it_holds_is_not_contested(record_of):
    # "the city remains under control", no holder named: as likely the taker's own word
    body = (
        "Ukrainian forces recaptured Kherson on Friday, Kyiv said. The city remains under full control, the "
        "regional governor said on Saturday."
    )
    record = record_of("2022-11-12", "en", body)
    assert not [e for e, _place in _events(record) if e.get("contested")]
