"""Events per sentence: type, places with roles, actors, time, certainty, negation, history."""

from __future__ import annotations

import pytest

from frontline.plugin.core.dates.tagging import tag
from frontline.plugin.core.events.extractor import EventExtractor
from frontline.plugin.core.language.text import segment
from frontline.plugin.core.places.recognizer import PlaceRecognizer


@pytest.fixture(scope="module")
def read(gazetteer):
    recognizer = PlaceRecognizer(gazetteer)

    def read(text, lang="de", published=("2017-11-04", "2017-11-04", "day")):
        doc = segment(text, lang)
        places = recognizer.recognize(doc, lang)
        times = tag(text, lang, published[0])
        events = EventExtractor(lang).extract(doc, places, times, published)
        return [(e, {places[p.place].text: p.role for p in e.places}) for e in events]

    return read


def only(events, kind):
    found = [(e, roles) for e, roles in events if e.type == kind]
    assert found, f"no {kind} event in {[e.type for e, _ in events]}"
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "certainty"),
    [
        ("Die Armee hat Rawa eingenommen.", "confirmed"),
        ("Unbestätigten Angaben zufolge hat die Armee Rawa eingenommen.", "claimed"),
        ("Die Armee soll Rawa eingenommen haben.", "claimed"),
        ("Gerüchten zufolge hat die Armee Rawa eingenommen.", "rumoured"),
        ("Die Armee will Rawa in den nächsten Tagen einnehmen, um den Fluss zu sichern.", "intended"),
        ("The army reportedly captured Rawa.", "claimed"),
        # a future is not a taking: it is what someone means or expects to happen
        ("Die Armee wird Rawa in den nächsten Tagen einnehmen.", "intended"),
        ("Die Armee dürfte Rawa bald einnehmen.", "intended"),
        ("The army will probably capture Rawa within days.", "intended"),
        ("The army is expected to capture Rawa.", "intended"),
        ("The army captured Rawa, which will open the road west.", "confirmed"),
        # a conditional in a clause added after the taking is that clause's, not the taking's
        ("The army captured Rawa, which could open the road west.", "confirmed"),
        ("The army captured Rawa on Sunday, in what would be a major victory.", "confirmed"),
        ("The army captured Rawa, while fighting could go on for weeks.", "confirmed"),
        ("Die Armee hat Rawa eingenommen, was den Weg nach Westen öffnen könnte.", "confirmed"),
        # ... and the whole sentence's where it opens it or stands in its own clause
        ("Die Einnahme von Rawa würde den Weg nach Westen öffnen.", "intended"),
        ("The army could capture Rawa, Anah and Haditha.", "intended"),
        ("If the army captures Rawa, the road west is open.", "intended"),
        ("Falls die Armee Rawa erobert, ist der Weg frei.", "intended"),
        # a modal that ends a German clause after its infinitive plans the clause
        ("Die Regierung teilte mit, dass die Armee Rawa einnehmen will.", "intended"),
        ("Die Armee, die Rawa einnehmen will, sammelt Truppen.", "intended"),
        ("Es heißt, dass die Armee Rawa eingenommen haben soll.", "claimed"),
        # an assessment is a claim; an expectation plans what its dass-clause tells
        ("Die Armee hat Rawa wahrscheinlich eingenommen.", "claimed"),
        ("Nach Einschätzung von Beobachtern hat die Armee Rawa eingenommen.", "claimed"),
        ("The army likely captured Rawa, analysts said.", "claimed"),
        ("Beobachter rechnen damit, dass die Armee Rawa bald erobert.", "intended"),
        # doubt and talk are rumours, an estimate a claim
        ("Es ist unklar, ob die Armee Rawa eingenommen hat.", "rumoured"),
        ("In sozialen Netzwerken kursieren Berichte, wonach die Armee Rawa eingenommen hat.", "rumoured"),
        ("The army captured Rawa, though it was unclear whether the town was fully held.", "rumoured"),
        ("Die Armee dürfte Rawa eingenommen haben.", "claimed"),
        # conflicting accounts of whether it happened are no more than a rumour
        ("Widersprüchliche Angaben gab es darüber, ob die Armee Rawa eingenommen hat.", "rumoured"),
        ("There were conflicting reports on whether the army had captured Rawa.", "rumoured"),
        # a town wholly under a force's control has been taken by it
        ("Rawa ist vollständig unter der Kontrolle der Armee, teilte das Ministerium mit.", "claimed"),
        # an expectation or an intention of a taking plans it, also in the infinitive it governs
        ("Die Armee erwartet die Einnahme von Rawa in den nächsten Tagen.", "intended"),
        ("Der Kommandeur rechne mit der Einnahme von Rawa.", "intended"),
        ("Die Armee habe keine Absicht, Rawa dauerhaft einzunehmen.", "intended"),
        ("The army expects the capture of Rawa within days.", "intended"),
        ("The army has no intention of capturing Rawa.", "intended"),
        # "würde(n)" in reported speech stands for the subjunctive of what is going on, a claim;
        # with an infinitive of taking it reports a future, with a noun it stays hypothetical
        ("Ein Sprecher sagte, Rawa würde von der Armee eingenommen.", "claimed"),
        ("Ein Sprecher sagte, die Armee würde Rawa bald einnehmen.", "intended"),
        ("Die Einnahme von Rawa würde den Weg nach Westen öffnen, sagte der General.", "intended"),
    ],
)
def test_hedges_set_the_certainty(read, sentence, certainty):
    lang = "en" if sentence.startswith(("The", "If")) else "de"
    event, roles = only(read(sentence, lang), "capture")
    assert event.certainty == certainty
    assert "Rawa" in roles


def test_negation_is_kept_not_dropped(read):
    event, roles = only(read("Die Truppen haben Mayadin bislang nicht eingenommen."), "capture")
    assert event.negated
    assert roles == {"Mayadin": "target"}


def test_routes_get_roles_from_their_prepositions(read):
    event, roles = only(
        read("Irakische Truppen sind von Haditha aus entlang des Euphrats nach Anah vorgerückt."), "advance"
    )
    assert roles == {"Haditha": "origin", "Euphrats": "via", "Anah": "destination"}
    assert event.actors == ("Iraqi forces",)
    event, roles = only(
        read("Sie drangen bis in das Dorf Suwayyah vor, wenige Kilometer südlich von Abu Kamal."), "advance"
    )
    assert event.trigger == "drangen … vor"
    assert roles == {"Suwayyah": "destination", "Abu Kamal": "reference"}


def test_a_participle_describes_the_place_it_stands_before(read):
    events = read(
        "Die Einheiten brachen von der erst kürzlich eroberten Stadt al-Qaim nach Westen auf und überquerten die Grenze."
    )
    _capture, roles = only(events, "capture")
    assert roles == {"al-Qaim": "target"}
    _crossing, roles = only(events, "crossing")
    assert roles.get("al-Qaim") == "origin"


def test_coordinated_participles_describe_the_noun_after_them_not_the_sentence_s_place(read):
    # Mariupol is the largest of the towns taken or encircled: no taking of Mariupol
    events = read(
        "Mariupol ist die größte aller von russischen Truppen eroberten oder eingekesselten Städte."
    )
    assert all("Mariupol" not in roles for e, roles in events if e.type == "capture")
    # two finite verbs before their object still take it
    _event, roles = only(read("Die Truppen eroberten und sicherten Isjum."), "capture")
    assert roles == {"Isjum": "target"}


def test_the_time_nearest_the_trigger_governs_else_the_paragraph_else_the_publication(read):
    events = read(
        "Am Donnerstag begann der Angriff auf Rawa. Danach wurde Anah eingenommen.\n\nDie Kämpfe um Haditha dauern an."
    )
    attack, _ = only(events, "attack")
    assert (attack.t_start, attack.time_source) == ("2017-11-02", "sentence")
    capture, _ = only(events, "capture")
    assert (capture.t_start, capture.time_source) == ("2017-11-02", "paragraph")
    later = next(e for e, roles in events if "Haditha" in roles)
    assert (later.t_start, later.time_source) == ("2017-11-04", "publication")


def test_a_month_dated_article_gives_month_precision(read):
    event, _ = only(
        read("Die Armee hat Rawa eingenommen.", published=("2017-11-01", "2017-11-30", "month")), "capture"
    )
    assert (event.t_start, event.t_end, event.precision) == ("2017-11-01", "2017-11-30", "month")


def test_earlier_history_is_past_and_undated_and_there_carries_it(read):
    events = read("Ein gleiches Szenario gab es in Tel Afar. Dort wurde die Stadt kampflos aufgegeben.")
    event, roles = only(events, "withdrawal")
    assert event.past
    assert event.t_start is None
    assert "Tel Afar" in roles


def test_an_unnamed_town_is_the_one_named_before_it_in_its_sentence(read):
    events = read(
        "The advance put the militants' supply lines to Aleppo in the west within range.\n\n"
        "The militants have been battling to capture Manbij since May, and at one point seemed "
        "poised to overrun the border town.",
        "en",
    )
    overrun = [roles for e, roles in events if e.trigger == "overrun"]
    assert overrun == [{"Manbij": "location"}]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "On Thursday, the foreign minister arrived in Lviv for a visit.\n\n"
            "Right now, Ukrainian forces are driving ahead on a daring advance, freeing town after town.",
            "en",
        ),
        (
            "Der Außenminister ist am Donnerstag zu einem Besuch in Lwiw eingetroffen.\n\n"
            "Die ukrainischen Truppen rücken derzeit Dorf um Dorf vor.",
            "de",
        ),
        (
            "Militants overran Raqqa, Syria's sixth largest city, before moving on to seize more ground.",
            "en",
        ),
        (
            "On Thursday, the foreign minister arrived in Lviv for a visit.\n\n"
            "Ukrainian forces are advancing from village to village and liberating one town after another.",
            "en",
        ),
    ],
)
def test_town_after_town_and_a_description_of_a_name_point_back_to_no_place(read, text, lang):
    # "town after town" is many towns, "Syria's sixth largest city" describes Raqqa: neither puts
    # the advance at the minister's visit or at the city taken
    advances = [roles for e, roles in read(text, lang) if e.type == "advance"]
    assert advances
    assert all(roles == {} for roles in advances)


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "Die Truppen griffen am Samstag Tal Afar an. Soldaten hissten im Stadtzentrum die irakische Flagge.",
            "de",
            "Tal Afar",
        ),
        ("Die Dschihadisten hissten in Baidschi die IS-Fahne.", "de", "Baidschi"),
        ("Ukrainian soldiers raised the Ukrainian flag over the town hall in Kupiansk.", "en", "Kupiansk"),
        ("Demonstranten hissten in Bagdad Fahnen.", "de", None),
        ("Protesters raised flags in Baghdad.", "en", None),
        (
            "The Ukrainian flag was raised by soldiers over the administration building in Kherson.",
            "en",
            "Kherson",
        ),
        ("Fighters raised the black flag of the Islamic State over the main mosque in Baiji.", "en", "Baiji"),
        ("Soldaten hissten am Freitag die ukrainische Flagge über Cherson.", "de", "Cherson"),
        ("The mayor raised the Ukrainian flag over city hall in Warsaw in a show of solidarity.", "en", None),
        ("Vor dem Rathaus in Berlin wurde am Donnerstag die ukrainische Flagge gehisst.", "de", None),
        (
            "Aktivisten hissten in Cherson die ukrainische Flagge, obwohl russische Truppen noch in der Stadt waren.",
            "de",
            None,
        ),
        ("Activists raised the Ukrainian flag in Kherson to protest against Russian troops.", "en", None),
        ("In Isjum wurde die ukrainische Flagge von Soldaten gehisst.", "de", "Isjum"),
        (
            "Ukrainische Soldaten haben am Sonntag im Zentrum der Stadt Isjum die ukrainische Flagge gehisst.",
            "de",
            "Isjum",
        ),
        (
            "The Ukrainian flag was raised over the town hall in central Izium by Ukrainian soldiers.",
            "en",
            "Izium",
        ),
    ],
)
def test_a_nations_or_a_forces_flag_hoisted_is_a_place_taken(read, text, lang, place):
    # by a force as its subject or agent; a mayor's, activists' or a crowd's flag takes nothing
    captures = [roles for e, roles in read(text, lang) if e.type == "capture"]
    if place is None:
        assert captures == []
    else:
        assert [p for roles in captures for p in roles] == [place]


def test_a_flag_a_force_vows_to_raise_is_a_plan(read):
    (capture,) = [
        e for e, _ in read("Ukrainian soldiers vowed to raise the Ukrainian flag over Kherson.", "en")
    ]
    assert capture.certainty == "intended"


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (  # the town fled to, in a relative clause, is not the town entered
            "Melitopol fiel in den ersten Kriegstagen.\n\nBewohner, die nach Saporischschja geflohen sind, "
            "berichteten, russische Soldaten seien Anfang März in die Stadt eingedrungen.",
            "de",
            "Saporischschja",
        ),
    ],
)
def test_a_town_in_a_relative_clause_is_not_what_the_town_points_back_to(read, text, lang, place):
    entered = [roles for e, roles in read(text, lang) if e.type == "arrival"]
    assert entered
    assert all(place not in roles for roles in entered)


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "Kurdish fighters retook Tall Shair, a hilltop west of Kobani, on Tuesday.\n\n"
            "Ten days ago, militants had captured the hill as they laid siege to the city.",
            "en",
            "Tall Shair",
        ),
        (
            "Die Armee eroberte am Dienstag den Hügel Tall Shair westlich von Kobane zurück.\n\n"
            "Die Islamisten hatten den Hügel vor zehn Tagen eingenommen, als sie die Stadt belagerten.",
            "de",
            "Tall Shair",
        ),
    ],
)
def test_the_noun_a_verb_takes_is_the_one_that_points_back(read, text, lang, place):
    # "captured the hill as they laid siege to the city": the hill is what was taken
    captures = [roles for e, roles in read(text, lang) if e.type == "capture"]
    assert captures == [{place: "location"}]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Fighting raged around Bakhmut on Sunday. Russian troops captured a hill overlooking the main road.",
            "en",
        ),
        (
            "Bei Bachmut wurde am Sonntag gekämpft. Russische Truppen eroberten einen strategisch wichtigen Hügel.",
            "de",
        ),
        (
            "Fighting raged around Bakhmut on Sunday. Senators on Capitol Hill said Ukrainian troops captured two positions.",
            "en",
        ),
    ],
)
def test_a_new_hill_and_a_name_with_hill_point_back_to_no_town(read, text, lang):
    captures = [roles for e, roles in read(text, lang) if e.type == "capture"]
    assert captures
    assert all("Bakhmut" not in roles and "Bachmut" not in roles for roles in captures)


def test_some_of_the_city_is_the_city(read):
    events = read(
        "Russian troops attacked Bakhmut on Monday. On Tuesday they captured some of the city.", "en"
    )
    assert [roles for e, roles in events if e.type == "capture"] == [{"Bakhmut": "location"}]


def test_a_town_named_only_in_a_relative_clause_is_still_the_town(read):
    events = read(
        "The army, which had encircled Kupiansk for weeks, finally entered the town on Monday.", "en"
    )
    assert [roles for e, roles in events if e.type == "arrival"] == [{"Kupiansk": "location"}]


def test_a_contraction_is_no_possessive(read):
    events = read(
        "Russian troops captured Kupiansk in February.\n\nUkraine's army said that it's retaken the town.",
        "en",
    )
    assert [roles for e, roles in events if e.type == "recapture"] == [{"Kupiansk": "location"}]


def test_the_target_of_an_attack_is_not_its_actor(read):
    event, _ = only(read("Die irakische Armee kämpft gegen den Islamischen Staat in Rawa."), "attack")
    assert event.actors == ("Iraqi forces",)


def test_an_unnamed_city_is_the_one_the_sentence_before_was_about(read):
    events = read(
        "Syrian troops pushed from Deir ez-Zor toward Mayadin on Monday. They reached the town on Wednesday.",
        "en",
    )
    arrival, roles = only(events, "arrival")
    assert roles == {"Mayadin": "location"}
    assert arrival.t_start == "2017-11-01"
