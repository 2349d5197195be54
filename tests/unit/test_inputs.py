"""What analysts collect, read as articles: a news page by its main text, RSS and Atom feeds, CSV
and JSON Lines exports, Word documents, PDF reports (their logic here; a real multi-page PDF in
tests/qgis), reprints, and bad input reported by name. Fixtures in tests/data/inputs are ours."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from frontline.plugin import cli
from frontline.plugin.core.articles import pdf
from frontline.plugin.core.articles.exports import FieldNames
from frontline.plugin.core.articles.model import Article, ReadProblem
from frontline.plugin.core.articles.reading import read_article, read_articles, read_bytes
from frontline.plugin.core.articles.reprints import story_groups
from frontline.plugin.core.articles.web import drop_teasers
from frontline.plugin.core.pipeline import extraction_record

DATA = Path(__file__).resolve().parents[1] / "data" / "inputs"

STORY_DE = (
    "Die irakische Armee hat am Donnerstag den Stadtrand von al-Qaim erreicht. Die Einheiten waren "
    "zuvor aus Richtung Akashat durch die Wüste nach Norden gezogen, wie ein Sprecher des "
    "Oberkommandos erklärte. Nach der Einnahme der Stadt sollen die Truppen weiter in Richtung der "
    "syrischen Grenzstadt Abu Kamal vorstoßen. Bewohner berichteten von schweren Gefechten in den "
    "Außenbezirken, Hilfsorganisationen bereiten sich auf Flüchtlinge vor."
)


def mentions(result) -> set[str]:
    return {m.text for m in result.places}


# --- a news page ------------------------------------------------------------------------------


def test_a_news_page_is_read_by_its_story_without_teasers_related_links_comments_or_footer(pipeline):
    article = read_article(DATA / "news_page_de.html")
    assert article.title == "Irakische Armee rückt auf al-Qaim vor"
    assert (article.published.value, article.published.source) == ("2017-11-03", "html")
    assert article.url == "https://morgenblatt.example/ausland/al-qaim-vormarsch"
    assert (article.source, article.author) == ("Morgenblatt Beispielstadt", "Lena Beispiel")
    assert article.language == "de"
    assert article.body.startswith("Irakische Armee rückt auf al-Qaim vor\n\nDie irakische Armee")
    for leak in ("Lesen Sie auch", "Mehr zum Thema", "Kommentare", "leser_42", "Impressum", "Startseite"):
        assert leak not in article.text
    # paragraphs stay paragraphs, so sentences and quotes keep to the story's own text
    assert "erklärte.\n\nGleichzeitig" in article.text

    places = mentions(pipeline.process(article))
    assert {"al-Qaim", "Akashat", "Abu Kamal", "Syrien"} <= places
    # the teasers', related links', comments' and footer's places are not the story's
    assert not places & {
        "Mossul",
        "Kirkuk",
        "Rakka",
        "Tikrit",
        "Falludscha",
        "Basra",
        "Erbil",
        "Lübeck",
        "Kiel",
    }


def test_inline_teasers_go_and_the_story_stays():
    paragraphs = [
        "Die Armee rückte vor.",
        "Lesen Sie auch: Mossul ein Jahr danach",
        "Lesen Sie auch:",
        "Kirkuk nach dem Referendum",
        "Read more: Fighting in Raqqa",
        "Mehr zum Thema » Tikrit",
        "Hintergrund: Die Stadt wurde 2014 erobert und ist seither umkämpft.",
        "Die Lage bleibt angespannt.",
    ]
    assert drop_teasers(paragraphs) == [
        "Die Armee rückte vor.",
        "Hintergrund: Die Stadt wurde 2014 erobert und ist seither umkämpft.",
        "Die Lage bleibt angespannt.",
    ]


# --- feeds ------------------------------------------------------------------------------------


def test_an_rss_feed_gives_one_article_per_item_with_full_content_or_its_summary_marked(pipeline):
    articles, problems = read_articles(DATA / "feed_rss.xml")
    assert problems == []
    first, second = articles
    assert first.path.endswith("feed_rss.xml#1")
    assert second.path.endswith("feed_rss.xml#2")
    assert (first.title, first.url) == (
        "Armee erreicht Stadtrand von al-Qaim",
        "https://lagebild.example/2017/11/al-qaim",
    )
    assert (first.published.value, first.published.source) == ("2017-11-03", "feed")
    assert (first.author, first.source, first.language, first.content) == (
        "Jonas Muster",
        "Lagebild Nahost",
        "de",
        "full",
    )
    assert "Lesen Sie auch" not in first.text
    assert {"al-Qaim", "Akashat", "Abu Kamal"} <= mentions(pipeline.process(first))
    assert "Mossul" not in mentions(pipeline.process(first))
    # no content and no fetcher: the summary, marked as such
    assert (second.content, second.published.value) == ("summary", "2017-11-04")
    assert second.text == "Regierungstruppen melden Gefechte nahe Rawa am Euphrat."


def test_an_atom_feed_gives_its_entries_with_published_before_updated(pipeline):
    articles, problems = read_articles(DATA / "feed_atom.xml")
    assert problems == []
    first, second = articles
    assert (first.title, first.url, first.author) == (
        "Troops reach the outskirts of Abu Kamal",
        "https://wire.example/abu-kamal",
        "Sam Example",
    )
    assert (first.published.value, first.language, first.content) == ("2017-11-05", "en", "full")
    assert {"Abu Kamal", "Deir ez-Zor"} <= mentions(pipeline.process(first))
    assert (second.published.value, second.content) == ("2017-11-04", "summary")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (
            b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
            b'<rss version="2.0"><channel><title>&b;</title></channel></rss>',
            "declares XML entities",
        ),
        (b"<html><body><p>no feed here</p></body></html>", "is not an RSS or Atom feed"),
        (
            b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>',
            "without items",
        ),
    ],
)
def test_a_bad_feed_is_reported_by_name(tmp_path, content, reason):
    path = tmp_path / "feed.xml"
    path.write_bytes(content)
    articles, problems = read_articles(path)
    assert articles == []
    assert len(problems) == 1
    assert problems[0].reason.startswith(str(path))
    assert reason in problems[0].reason


# --- exports ----------------------------------------------------------------------------------


def test_a_csv_export_with_quotes_newlines_and_unusual_column_names():
    fields = FieldNames(text="Story Text", date="Veröffentlicht", url="article link")
    articles, problems = read_articles(DATA / "export_semicolon.csv", fields=fields)
    assert [a.title for a in articles] == ["Armee vor al-Qaim", "Gefechte bei Rawa, am Euphrat"]
    first, second = articles
    assert first.text == (
        "Die irakische Armee erreichte am Donnerstag den Stadtrand von al-Qaim.\n"
        'Zuvor waren die Truppen aus Richtung Akashat vorgerückt; die Lage sei "unübersichtlich", hieß es.'
    )
    assert (first.published.value, first.url, first.source) == (
        "2017-11-03",
        "https://a.example/1",
        "Blatt A",
    )
    assert second.published.value == "2017-11-04"  # 04.11.2017
    assert [p.reason.split("#3 ")[-1] for p in problems] == ["row 3 has no text"]


def test_a_csv_export_without_a_known_text_column_says_how_to_name_it(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("id,Inhalt\n1,Text\n", encoding="utf-8")
    articles, problems = read_articles(path)
    assert articles == []
    assert "has no text column" in problems[0].reason
    assert "--text-field" in problems[0].reason
    articles, problems = read_articles(path, fields=FieldNames(text="inhalt"))
    assert [a.text for a in articles] == ["Text"]
    assert problems == []


def test_a_json_lines_export_with_newsapi_fields_and_a_bad_line(pipeline):
    articles, problems = read_articles(DATA / "export_newsapi.jsonl")
    first, second = articles
    assert (first.title, first.source, first.author, first.url) == (
        "Fighting near Abu Kamal",
        "Wire One",
        "A. Writer",
        "https://one.example/abu-kamal",
    )
    assert (first.published.value, first.language) == ("2017-11-05", "en")
    assert "Abu Kamal" in mentions(pipeline.process(first))
    # NewsAPI cuts its content: what is there is read, marked as a summary
    assert second.content == "summary"
    assert second.text.endswith("Damascus …")
    assert second.published.value == "2017-11-04"
    assert ["line 3 is not JSON" in problems[0].reason, "has no text column" in problems[1].reason] == [
        True,
        True,
    ]


def test_a_json_export_holding_articles_and_a_frontline_record_that_is_not_one(tmp_path):
    export = tmp_path / "news.json"
    export.write_text(
        json.dumps({"status": "ok", "articles": [{"headline": "H", "body": STORY_DE, "date": "2017-11-03"}]}),
        encoding="utf-8",
    )
    record = tmp_path / "record.json"
    record.write_text(json.dumps({"frontline": 1, "articles": []}), encoding="utf-8")
    articles, problems = read_articles([export, record])
    assert [(a.title, a.published.value) for a in articles] == [("H", "2017-11-03")]
    assert "is a Frontline extraction record" in problems[0].reason


# --- Word documents ---------------------------------------------------------------------------


def _docx(paragraphs: list[str], title: str = "") -> bytes:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.core_properties.title = title
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_word_document_is_one_article_or_the_articles_an_export_separates(tmp_path):
    one = tmp_path / "one.docx"
    one.write_bytes(_docx(["Datum: 3. November 2017", STORY_DE], title="Lage am Euphrat"))
    article = read_article(one)
    assert (article.title, article.published.value, article.format) == (
        "Lage am Euphrat",
        "2017-11-03",
        "docx",
    )
    assert article.body.startswith("Die irakische Armee")

    export = tmp_path / "export.docx"
    english = "Troops reached the outskirts of Abu Kamal on Sunday after days of fighting along the Euphrates river."
    export.write_bytes(
        _docx(["Armee vor al-Qaim", STORY_DE, "End of Document", "Fighting at Abu Kamal", english * 2])
    )
    articles, problems = read_articles(export)
    assert problems == []
    assert [(Path(a.path).name, a.title) for a in articles] == [
        ("export.docx#1", "Armee vor al-Qaim"),
        ("export.docx#2", "Fighting at Abu Kamal"),
    ]
    assert articles[1].language == "en"


# --- PDF logic (the PDF itself: tests/qgis/test_pdf_reports.py) --------------------------------


def test_running_headers_footers_and_page_numbers_go_and_hyphenated_words_join():
    pages = [
        [
            "Lagebericht Irak 3/2017",
            "",
            "Die Offen-",
            "sive auf al-Qaim begann am Morgen.",
            "",
            "Seite 1 von 3",
        ],
        ["Lagebericht Irak 3/2017", "Die Nord-", "Süd-Achse blieb offen.", "Seite 2 von 3"],
        ["Lagebericht Irak 3/2017", "Ende des Berichts.", "- 3 -"],
    ]
    running = pdf._running_lines(pages)
    bodies = [pdf._body(lines, running) for lines in pages]
    assert bodies == [
        "Die Offensive auf al-Qaim begann am Morgen.",
        "Die Nord-\nSüd-Achse blieb offen.",  # a capital after the hyphen: a compound, kept
        "Ende des Berichts.",
    ]
    assert (
        pdf._first_page_date(["Lagebericht", "Stand: 4. November 2017", "2016 begann"]).value == "2017-11-04"
    )


def _pdf_bytes(text: str | None, password: str | None = None) -> bytes:
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter()
    writer.add_blank_page(595, 842)
    if password:
        writer.encrypt(password)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (lambda: _pdf_bytes(None), "no text layer (a scanned PDF?); run OCR first"),
        (lambda: _pdf_bytes(None, password="geheim"), "is encrypted"),
        (lambda: b"%PDF-1.4\n1 0 obj <<>> garbage", "is not a readable PDF"),
    ],
)
def test_a_scanned_encrypted_or_broken_pdf_is_reported_by_name(tmp_path, content, reason):
    path = tmp_path / "report.pdf"
    path.write_bytes(content())
    articles, problems = read_articles([path, DATA / "feed_atom.xml"])
    assert len(articles) == 2  # the rest of the batch goes on
    assert problems[0].reason.startswith(str(path))
    assert reason in problems[0].reason


# --- reprints, control characters, bad input --------------------------------------------------


def _text_file(folder: Path, name: str, title: str, body: str, source: str) -> Path:
    path = folder / name
    path.write_text(f"title: {title}\nsource: {source}\ndate: 2017-11-03\n\n{body}\n", encoding="utf-8")
    return path


def test_reprints_are_one_story_and_exact_copies_are_read_once(tmp_path, pipeline):
    lead = "Bagdad (dpa) - Irakische Truppen sind in al-Qaim eingerückt."
    rest = (
        "Die Soldaten waren aus Richtung Akashat vorgerückt und hatten die Stadt seit Tagen eingeschlossen. "
        "Nach Angaben des Oberkommandos sollen sie weiter in Richtung Abu Kamal an der syrischen Grenze "
        "vorstoßen. Bewohner berichteten von schweren Gefechten in den Außenbezirken der Stadt am Euphrat. "
        "Hilfsorganisationen bereiten sich auf Flüchtlinge vor, die Lage gilt als unübersichtlich."
    )
    a = _text_file(tmp_path, "a.txt", "Armee nimmt al-Qaim ein", f"{lead} {rest}", "Blatt A")
    b = _text_file(
        tmp_path,
        "b.txt",
        "Al-Qaim ist gefallen",
        f"Die irakische Armee meldet einen Erfolg. {rest}",
        "Blatt B",
    )
    c = _text_file(tmp_path, "c.txt", "Armee nimmt al-Qaim ein", f"{lead} {rest}", "Blatt A")  # the same copy
    d = _text_file(
        tmp_path,
        "d.txt",
        "Anderes Thema",
        STORY_DE.replace("Donnerstag", "Freitag") + " Eine eigene Recherche.",
        "Blatt D",
    )
    results, problems = pipeline.run([a, b, c, d])
    assert [Path(r.article.path).name for r in results] == ["a.txt", "b.txt", "d.txt"]
    assert "is the same article as" in problems[0].reason
    assert problems[0].path.endswith("c.txt")
    stories = {Path(r.article.path).name: r.story for r in results}
    assert stories["a.txt"] == stories["b.txt"] != stories["d.txt"]
    record = extraction_record(results, problems)
    assert [(x["source"], x["story"] == results[0].article.id) for x in record["articles"]] == [
        ("Blatt A", True),
        ("Blatt B", True),
        ("Blatt D", False),
    ]


def test_story_groups_keep_singletons_apart():
    def article(number: int, body: str) -> Article:
        return read_bytes(f"date 2017-11-0{number}\n\n{body}".encode(), f"a{number}.txt")[0]

    words = " ".join(f"wort{i}" for i in range(60))
    other = " ".join(f"anders{i}" for i in range(60))
    items = [article(1, words), article(2, "Neuer Vorspann. " + words), article(3, other)]
    groups = story_groups(items)
    assert groups[items[0].id] == groups[items[1].id] == items[0].id
    assert groups[items[2].id] == items[2].id


def test_a_wire_copy_printed_by_many_outlets_is_one_story_and_a_shared_boilerplate_joins_none():
    def article(number: int, body: str) -> Article:
        return read_bytes(f"date 2017-11-03\n\n{body}".encode(), f"a{number}.txt")[0]

    wire = " ".join(f"wort{i}" for i in range(60))
    footer = " ".join(f"fuss{i}" for i in range(12))
    copies = [article(i, f"Vorspann {i} der Zeitung {i}. {wire}") for i in range(20)]
    others = [
        article(100 + i, " ".join(f"eigen{i}x{k}" for k in range(60)) + " " + footer) for i in range(20)
    ]
    groups = story_groups(copies + others)
    assert {groups[a.id] for a in copies} == {copies[0].id}
    # twenty different stories under one site's footer stay twenty stories
    assert len({groups[a.id] for a in others}) == 20
    # the copies join each other also when the batch's first article only quotes the copy
    quoting = article(99, " ".join(f"meinung{k}" for k in range(200)) + " " + " ".join(wire.split()[:30]))
    groups = story_groups([quoting, *copies])
    assert len({groups[a.id] for a in copies}) == 1


def test_a_stray_nul_or_control_character_is_removed_not_a_reason_to_drop_the_article(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(
        ("date 2017-11-03\n\n" + STORY_DE.replace("Donnerstag", "Donners\x00tag\x07")).encode("utf-8")
    )
    article = read_article(path)
    assert "\x00" not in article.text
    assert "\x07" not in article.text
    assert "Donners tag " in article.text
    assert len(article.text) == len(path.read_text(encoding="utf-8"))


def test_a_typeset_hyphen_in_a_name_is_the_plain_hyphen(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(
        "date 2015-03-17\nlang en\n\nThe YPG took al\u2011Qaim and Tal\u2010Abyad.", encoding="utf-8"
    )
    article = read_article(path)
    assert "al-Qaim" in article.text
    assert "Tal-Abyad" in article.text
    assert len(article.text) == len(path.read_text(encoding="utf-8"))


def test_a_url_without_a_fetcher_and_other_schemes_are_reported():
    articles, problems = read_articles(["https://example.invalid/a", "ftp://example.invalid/b"])
    assert articles == []
    assert "fetching is off" in problems[0].reason
    assert "fetching is off" in problems[1].reason


# --- the command line -------------------------------------------------------------------------


def test_text_prints_each_article_as_frontline_reads_it(capsys):
    assert (
        cli.main(
            ["text", "--json", str(DATA / "news_page_de.html"), str(DATA / "feed_atom.xml"), "--offline"]
        )
        == 0
    )
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(x["title"], x["published"], x["language"]) for x in lines] == [
        ("Irakische Armee rückt auf al-Qaim vor", "2017-11-03", "de"),
        ("Troops reach the outskirts of Abu Kamal", "2017-11-05", "en"),
        ("Convoy arrives in Deir ez-Zor", "2017-11-04", "en"),
    ]
    assert {"path", "url", "title", "published", "language", "text"} <= set(lines[0])
    assert "Lesen Sie auch" not in lines[0]["text"]
    assert lines[1]["url"] == "https://wire.example/abu-kamal"

    assert cli.main(["text", str(DATA / "feed_rss.xml"), "--offline"]) == 0
    out = capsys.readouterr().out
    assert "=== " in out
    assert "date:     2017-11-03 (feed)" in out
    assert "content:  the summary only" in out


def test_a_gazetteer_file_without_places_is_an_error(tmp_path, capsys, gazetteer):
    empty = tmp_path / "places.csv"
    empty.write_text("Ort;Breite\nnirgends;x\n", encoding="utf-8")
    assert cli.main(["extract", "--gazetteer", str(empty), str(DATA / "feed_atom.xml")]) == 2
    assert "no place could be read from" in capsys.readouterr().err


def test_layers_refuses_a_record_without_articles(tmp_path, capsys):
    record = tmp_path / "record.json"
    record.write_text(json.dumps({"frontline": 1, "articles": [], "advances": []}), encoding="utf-8")
    assert cli.main(["layers", str(record), "--out", str(tmp_path / "out")]) == 2
    assert "holds no articles" in capsys.readouterr().err


def test_nothing_to_read_is_an_error(capsys):
    assert cli.main(["extract"]) == 2
    assert "nothing to read" in capsys.readouterr().err


def test_problems_name_the_item(tmp_path):
    found = read_bytes(b'{"title": "x"}\n', "export.jsonl")
    assert isinstance(found[0], ReadProblem)
    assert "export.jsonl" in found[0].reason


def test_without_an_input_package_the_message_names_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setitem(__import__("sys").modules, "pypdf", None)
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.4")
    articles, problems = read_articles([path, DATA / "export_newsapi.jsonl"])
    assert "needs pypdf to be read (pip install pypdf)" in problems[0].reason
    assert len(articles) == 2  # the rest is read


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    content=st.binary(max_size=300),
    suffix=st.sampled_from([".pdf", ".csv", ".json", ".jsonl", ".xml", ".rss", ".docx"]),
)
def test_any_bytes_in_a_new_input_give_articles_or_problems_never_a_crash(tmp_path, content, suffix):
    path = tmp_path / f"random{suffix}"
    path.write_bytes(content)
    articles, problems = read_articles(path)
    assert all(isinstance(a, Article) for a in articles)
    assert all(p.reason.startswith(str(path)) for p in problems)


def test_a_folder_s_json_and_xml_files_that_hold_no_articles_are_passed_over(tmp_path):
    (tmp_path / "2017-11-03_report.txt").write_text(STORY_DE, encoding="utf-8")
    (tmp_path / "gold.json").write_text(
        json.dumps([{"file": "a.txt", "url": "https://x.example"}]), encoding="utf-8"
    )
    (tmp_path / "layout.xml").write_text("<config><a>1</a></config>", encoding="utf-8")
    articles, problems = read_articles(tmp_path)
    assert [Path(a.path).name for a in articles] == ["2017-11-03_report.txt"]
    assert problems == []
    articles, problems = read_articles([tmp_path / "gold.json"])  # named: reported
    assert "has no text column" in problems[0].reason
