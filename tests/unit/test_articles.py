"""Reading article files: formats, encodings, header lines, publication dates, language, bad input."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from frontline.plugin.core.articles import reading as articles
from frontline.plugin.core.articles.decoding import clean_controls
from frontline.plugin.core.articles.language import detect_language
from frontline.plugin.core.articles.model import Article, ArticleError, ReadProblem
from frontline.plugin.core.articles.reading import (
    MAX_ARTICLE_BYTES,
    iter_articles,
    read_article,
    read_articles,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "articles"

GERMAN = (
    "Die Truppen der Regierung haben am Morgen die Stadt am Fluss erreicht. Nach Angaben der Armee "
    "wurden die Kämpfer aus den Vororten vertrieben, die seit dem Sommer von ihnen gehalten wurden.\n"
)
ENGLISH = (
    "Government troops reached the town on the river in the morning. According to the army, the "
    "fighters were driven out of the suburbs that they had held since the summer.\n"
)


def write(folder: Path, name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
    return path


# --- the reference articles ---------------------------------------------------------------------


def test_seed_articles_with_a_batch_date(shared_dir):
    seeds = shared_dir / "seeds"
    found, problems = read_articles(seeds, batch_date="2017-11-04")
    assert problems == []
    by_name = {Path(a.path).name[:3]: a for a in found}

    first = by_name["000"]
    assert (first.published.value, first.published.source, first.published.precision) == (
        "2017-11-04",
        "batch",
        "day",
    )
    assert first.language == "de"
    assert first.language_source == "detected"
    assert first.body_start == 0

    second = by_name["001"]
    assert (second.published.value, second.published.source, second.published.precision) == (
        "2017-11",
        "header",
        "month",
    )
    assert (second.published.start, second.published.end) == ("2017-11-01", "2017-11-30")
    assert second.body.startswith("Einheiten")
    assert second.text == (seeds / Path(second.path).name).read_text(encoding="utf-8")
    assert second.language == "de"


# --- formats -------------------------------------------------------------------------------------


def test_plain_text_keeps_the_whole_file_and_points_past_the_header():
    path = DATA / "headers_en.txt"
    article = read_article(path)
    assert article.format == "text"
    assert article.text == path.read_text(encoding="utf-8")
    assert article.body.startswith("The ferry that links")
    assert article.title == "Ferry service resumes on the lower river"
    assert article.source == "Riverside Courier"
    assert article.url == "https://news.example.org/2017/ferry-resumes"
    assert (article.published.value, article.published.source) == ("2017-11-04", "header")
    assert (article.language, article.language_source) == ("en", "header")


def test_markdown_is_kept_as_written_so_offsets_match_the_file():
    path = DATA / "report.md"
    article = read_article(path)
    assert article.format == "markdown"
    assert article.text == path.read_text(encoding="utf-8")
    assert article.body.startswith("# Checkpoint moved")
    assert article.title == "Checkpoint moved to the northern bridge"
    assert article.source == "Field notes"
    assert article.published.value == "2017-11-02"
    offset = article.text.index("*slow*")
    assert article.text[offset : offset + 6] == "*slow*"


def test_markdown_front_matter_is_metadata():
    article = read_article(DATA / "front_matter.md")
    assert article.title == "Wasserversorgung wiederhergestellt"
    assert (article.published.value, article.published.precision) == ("2017-11-03", "day")
    assert (article.language, article.language_source) == ("de", "header")
    assert article.body.startswith("Nach zwei Wochen")


@pytest.mark.parametrize("suffix", [".markdown", ".MD"])
def test_other_markdown_suffixes(tmp_path, suffix):
    article = read_article(write(tmp_path, f"note{suffix}", "# Heading\n\n" + ENGLISH))
    assert (article.format, article.title) == ("markdown", "Heading")


def test_html_gives_visible_text_only():
    article = read_article(DATA / "page.html")
    assert article.format == "html"
    assert article.body_start == 0
    assert article.text.startswith("Brücke über den Kanal gesprengt\n\nUnbekannte haben")
    for leak in ("LEAK", "font-family", "document.write", "Startseite", "Beispielzeitung"):
        assert leak not in article.text
    assert "Zufahrtsstraßen & richtete" in article.text  # entity decoded, line break in <p> folded
    assert "verletzt.\nDie Reparatur" in article.text  # <br>
    assert "Nordstraße\nFähre ab Montag" in article.text  # list items on their own lines
    assert article.title == "Brücke über den Kanal gesprengt"
    assert article.source == "Beispielzeitung"
    assert article.url == "https://zeitung.example.de/welt/bruecke-gesprengt"
    assert (article.published.value, article.published.source) == ("2017-11-05", "html")
    assert article.language == "de"


def test_html_without_article_element_reads_the_body(tmp_path):
    page = (
        '<html><body><nav><a href="/">Startseite</a></nav><h2>Lage</h2><div>'
        + GERMAN
        + "</div><p>Zweiter&nbsp;Absatz.</p></body></html>"
    )
    article = read_article(write(tmp_path, "page.htm", page))
    assert article.text.startswith("Lage\n\nDie Truppen der Regierung")  # the menu is not text
    assert article.text.endswith("Zweiter Absatz.")


def test_html_unclosed_title_does_not_hide_the_page(tmp_path):
    article = read_article(write(tmp_path, "x.html", "<title>Kurz<p>" + GERMAN))
    assert article.title == "Kurz"
    assert article.text.startswith("Die Truppen")


# --- encodings -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("codec", "prefix", "expected"),
    [
        ("utf-8", b"", "utf-8"),
        ("utf-8", b"\xef\xbb\xbf", "utf-8-sig"),
        ("utf-16-le", b"\xff\xfe", "utf-16"),
        ("utf-16-be", b"\xfe\xff", "utf-16"),
        ("cp1252", b"", "cp1252"),
    ],
)
def test_encodings_are_detected_and_recorded(tmp_path, codec, prefix, expected):
    content = "date 2017-11-04\nDie Kämpfe um die Straße kosteten 5 € pro Liter Wasser; " + GERMAN
    article = read_article(write(tmp_path, "a.txt", prefix + content.encode(codec)))
    assert article.encoding == expected
    assert article.text == content  # the byte-order mark is not part of the text
    assert article.body.startswith("Die Kämpfe um die Straße")
    assert article.published.value == "2017-11-04"


def test_latin1_file_reads_as_cp1252(tmp_path):
    article = read_article(write(tmp_path, "a.txt", "Grüße aus Düsseldorf. " + GERMAN, "latin-1"))
    assert article.encoding == "cp1252"
    assert article.text.startswith("Grüße aus Düsseldorf.")


def test_html_declared_charset_is_honoured(tmp_path):
    page = '<html><head><meta charset="koi8-r"></head><body><p>Москва. ' + ENGLISH + "</p></body></html>"
    article = read_article(write(tmp_path, "a.html", page, "koi8-r"))
    assert article.encoding == "koi8-r"
    assert article.text.startswith("Москва.")


def test_html_declared_latin1_is_read_as_browsers_do(tmp_path):
    page = '<meta charset="iso-8859-1"><p>Kosten: 5 € pro Tag. ' + GERMAN + "</p>"
    article = read_article(write(tmp_path, "a.html", page, "cp1252"))
    assert article.encoding == "cp1252"
    assert article.text.startswith("Kosten: 5 € pro Tag.")


def test_same_bytes_same_id_and_different_bytes_different_id(tmp_path):
    one = read_article(write(tmp_path, "one.txt", GERMAN))
    two = read_article(write(tmp_path, "copy/two.txt", GERMAN))
    other = read_article(write(tmp_path, "three.txt", GERMAN + "Ende.\n"))
    assert one.id == two.id == one.sha256[:12]
    assert other.id != one.id


# --- header lines --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "value", "precision", "start", "end"),
    [
        ("date 2017-11", "2017-11", "month", "2017-11-01", "2017-11-30"),
        ("date: 2017-11-04", "2017-11-04", "day", "2017-11-04", "2017-11-04"),
        ("Date:2017-02", "2017-02", "month", "2017-02-01", "2017-02-28"),
        ("DATE 2016-02", "2016-02", "month", "2016-02-01", "2016-02-29"),
        ("date 2017", "2017", "year", "2017-01-01", "2017-12-31"),
        ("Date: 04.11.2017", "2017-11-04", "day", "2017-11-04", "2017-11-04"),
        ("datum 4. November 2017", "2017-11-04", "day", "2017-11-04", "2017-11-04"),
        ("Datum: 3. März 2018", "2018-03-03", "day", "2018-03-03", "2018-03-03"),
        ("date November 4, 2017", "2017-11-04", "day", "2017-11-04", "2017-11-04"),
        ("date Nov. 4, 2017", "2017-11-04", "day", "2017-11-04", "2017-11-04"),
        ("date 4 November 2017", "2017-11-04", "day", "2017-11-04", "2017-11-04"),
        ("date: November 2017", "2017-11", "month", "2017-11-01", "2017-11-30"),
        ("date: Samstag, 4. November 2017", "2017-11-04", "day", "2017-11-04", "2017-11-04"),
        ("published: 2017-11-04T09:30:00+01:00", "2017-11-04", "day", "2017-11-04", "2017-11-04"),
        ("date 2017/11/04", "2017-11-04", "day", "2017-11-04", "2017-11-04"),
    ],
)
def test_date_header_forms(tmp_path, line, value, precision, start, end):
    article = read_article(write(tmp_path, "a.txt", line + "\n" + GERMAN))
    published = article.published
    assert (published.value, published.precision, published.start, published.end) == (
        value,
        precision,
        start,
        end,
    )
    assert published.source == "header"
    assert article.body == GERMAN


def test_inline_date_header_the_body_starts_on_the_same_line():
    path = DATA / "inline_date_header.txt"
    article = read_article(path)
    assert article.text == path.read_text(encoding="utf-8")
    assert article.body.startswith("Verbände der Regierungstruppen")
    assert article.text[: article.body_start] == "  date 2017-10 "
    assert (article.published.value, article.published.precision) == ("2017-10", "month")


def test_after_an_inline_date_the_rest_of_the_line_is_body_even_if_it_looks_like_a_key(tmp_path):
    article = read_article(write(tmp_path, "a.txt", "date 2017-11 Source of the unrest was the bridge.\n"))
    assert article.body.startswith("Source of the unrest")
    assert article.source is None


def test_prose_that_starts_with_date_is_not_a_header():
    article = read_article(DATA / "date_palms.txt")
    assert article.body_start == 0
    assert article.body.startswith("Date palms grow")
    assert article.published.source == "none"
    assert article.published.precision is None


@pytest.mark.parametrize(
    "first_line",
    [
        "date 2017-13",  # no such month
        "date 2017-02-30",  # no such day
        "Date of the attack is unknown.",
        "Lang ist der Weg zurück in die Stadt.",  # German "long", not a language header
        "url not given",
        "Title",
    ],
)
def test_lines_that_only_look_like_headers_stay_text(tmp_path, first_line):
    article = read_article(write(tmp_path, "a.txt", first_line + "\n" + GERMAN))
    assert article.body_start == 0
    assert article.published.source == "none"
    assert (article.title, article.url) == (None, None)


def test_header_keys_in_german_and_any_case(tmp_path):
    text = (
        "TITEL: Die Lage am Kanal\nQuelle Lokalradio\nSprache: Deutsch\nLink https://x.example/y\n\n"
        + ENGLISH
    )
    article = read_article(write(tmp_path, "a.txt", text))
    assert (article.title, article.source, article.url) == (
        "Die Lage am Kanal",
        "Lokalradio",
        "https://x.example/y",
    )
    assert (article.language, article.language_source) == ("de", "header")
    assert article.body == ENGLISH


def test_a_file_with_only_header_lines_is_a_problem(tmp_path):
    with pytest.raises(ArticleError, match="no article text"):
        read_article(write(tmp_path, "a.txt", "date 2017-11-04\ntitle Nothing here\n\n"))


# --- publication date precedence -----------------------------------------------------------------

HTML_DATED = '<html><head><meta name="date" content="2017-11-02"></head><body><p>{}</p></body></html>'


def test_header_date_beats_batch_and_file_name(tmp_path):
    path = write(tmp_path, "2017-10-01_report.txt", "date 2017-11-03\n" + GERMAN)
    published = read_article(path, batch_date="2017-11-04").published
    assert (published.value, published.source) == ("2017-11-03", "header")


def test_html_date_beats_batch_and_file_name(tmp_path):
    path = write(tmp_path, "2017-10-01_report.html", HTML_DATED.format(GERMAN))
    published = read_article(path, batch_date="2017-11-04").published
    assert (published.value, published.source) == ("2017-11-02", "html")


def test_batch_date_beats_file_name(tmp_path):
    path = write(tmp_path, "2017-10-01_report.txt", GERMAN)
    published = read_article(path, batch_date="2017-11").published
    assert (published.value, published.source, published.precision) == ("2017-11", "batch", "month")
    assert (published.start, published.end) == ("2017-11-01", "2017-11-30")


@pytest.mark.parametrize(
    ("name", "value", "precision"),
    [
        ("2017-10-30_convoy.txt", "2017-10-30", "day"),
        ("20171104-lagebericht.txt", "2017-11-04", "day"),
        ("report_2017-11.md", "2017-11", "month"),
        ("bericht_04.11.2017.txt", "2017-11-04", "day"),
    ],
)
def test_file_name_dates(tmp_path, name, value, precision):
    published = read_article(write(tmp_path, name, GERMAN)).published
    assert (published.value, published.precision, published.source) == (value, precision, "filename")


@pytest.mark.parametrize(
    "name",
    [
        "000_024516dab5a9576a.txt",
        "ab20171104cd.txt",
        "id20171104.txt",
        "report_2017.txt",
        "2017-13-45.txt",
        "1234.txt",
    ],
)
def test_random_names_give_no_date(tmp_path, name):
    assert read_article(write(tmp_path, name, GERMAN)).published.source == "none"


@pytest.mark.parametrize(
    ("markup", "value"),
    [
        ('<meta property="article:published_time" content="2017-11-04T10:00:00Z">', "2017-11-04"),
        ('<meta name="pubdate" content="2017-11-04">', "2017-11-04"),
        ('<meta name="publishdate" content="04.11.2017">', "2017-11-04"),
        ('<meta name="dc.date" content="2017-11">', "2017-11"),
        ('<meta name="DC.date.issued" content="2017-11-04">', "2017-11-04"),
        ('<meta property="og:published_time" content="2017-11-04">', "2017-11-04"),
        ('<meta itemprop="datePublished" content="Sat, 04 Nov 2017 10:00:00 GMT">', "2017-11-04"),
        (
            '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": '
            '[{"@type": "NewsArticle", "datePublished": "2017-11-04T08:00:00+01:00"}]}</script>',
            "2017-11-04",
        ),
    ],
)
def test_html_metadata_dates(tmp_path, markup, value):
    page = f"<html><head>{markup}</head><body><p>{GERMAN}</p></body></html>"
    published = read_article(write(tmp_path, "a.html", page)).published
    assert (published.value, published.source) == (value, "html")


def test_time_element_in_the_article_is_the_date(tmp_path):
    page = (
        '<body><aside><time datetime="2016-01-01">alt</time></aside>'
        f'<article><time datetime="2017-11-04">4. November</time><p>{GERMAN}</p></article></body>'
    )
    published = read_article(write(tmp_path, "a.html", page)).published
    assert (published.value, published.source) == ("2017-11-04", "html")


def test_published_time_beats_other_html_dates(tmp_path):
    page = (
        '<head><meta name="date" content="2017-01-01">'
        '<meta property="article:published_time" content="2017-11-04"></head>'
        f'<body><time datetime="2017-02-02"></time><p>{GERMAN}</p></body>'
    )
    assert read_article(write(tmp_path, "a.html", page)).published.value == "2017-11-04"


def test_json_ld_is_parsed_never_run_and_bad_json_is_ignored(tmp_path):
    page = (
        '<head><script type="application/ld+json">{not json</script>'
        '<script type="application/ld+json">{"headline": "Aus dem JSON", '
        '"publisher": {"name": "Beispielverlag"}, "datePublished": "2017-11"}</script></head>'
        f"<body><p>{GERMAN}</p></body>"
    )
    article = read_article(write(tmp_path, "a.html", page))
    assert (article.title, article.source, article.published.value) == (
        "Aus dem JSON",
        "Beispielverlag",
        "2017-11",
    )
    assert "headline" not in article.text


def test_no_date_anywhere_is_flagged(tmp_path):
    published = read_article(write(tmp_path, "notes.txt", GERMAN)).published
    assert published == articles.Published(None, None, None, None, "none")


@pytest.mark.parametrize("bad", ["yesterday", "2017-13", "04/11/2017"])
def test_a_bad_batch_date_is_refused_at_once(bad):
    with pytest.raises(ValueError, match="batch date"):
        iter_articles([DATA], batch_date=bad)


# --- language ------------------------------------------------------------------------------------


def test_language_detection():
    assert detect_language(GERMAN) == "de"
    assert detect_language(ENGLISH) == "en"
    assert detect_language("Mossul, Rakka, Bagdad") == "und"
    assert detect_language("") == "und"


def test_text_half_in_each_language_is_undetermined():
    assert detect_language("The town is on the river. Die Stadt ist am Fluss.") == "und"


def test_mixed_text_goes_to_the_language_that_dominates():
    quote = 'Ein Sprecher sagte auf Englisch: "We are in the town." '
    assert detect_language(quote + GERMAN) == "de"


def test_language_given_by_the_user_overrides_detection(tmp_path):
    path = write(tmp_path, "a.txt", ENGLISH)
    assert (read_article(path).language, read_article(path).language_source) == ("en", "detected")
    article = read_article(path, language="de")
    assert (article.language, article.language_source) == ("de", "user")
    assert read_article(path, language="auto").language_source == "detected"


def test_language_header_beats_the_user(tmp_path):
    article = read_article(write(tmp_path, "a.txt", "lang en\n" + GERMAN), language="de")
    assert (article.language, article.language_source) == ("en", "header")


def test_too_little_text_is_undetermined_unless_the_page_says(tmp_path):
    assert read_article(write(tmp_path, "a.txt", "Mossul, 4. November.")).language == "und"
    article = read_article(write(tmp_path, "a.html", '<html lang="en-GB"><p>Mosul, 4 November.</p></html>'))
    assert (article.language, article.language_source) == ("en", "html")


def test_bad_language_option_is_refused():
    with pytest.raises(ValueError, match="language"):
        read_article(DATA / "date_palms.txt", language="not a language!")


# --- bad input -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "is empty"),
        (b"  \n\t\r\n  ", "only whitespace"),
        (b"PK\x03\x04\x14\x00\x00\x00binary zip body", "is binary"),
        (bytes(range(1, 32)) * 20 + b"a few letters", "is binary"),
        (b"caf\xe9 \x81\x8d in no known encoding", "cannot be decoded"),
        (b"\xff\xfe\x41", "cannot be decoded"),  # UTF-16 byte-order mark, then half a character
    ],
)
def test_bad_files_are_refused_with_a_reason_naming_the_file(tmp_path, content, reason):
    path = write(tmp_path, "bad.txt", content)
    with pytest.raises(ArticleError, match=reason) as caught:
        read_article(path)
    assert str(path) in str(caught.value)
    assert caught.value.path == str(path)


def test_html_with_nothing_visible_is_a_problem(tmp_path):
    with pytest.raises(ArticleError, match="no visible text"):
        read_article(write(tmp_path, "a.html", "<html><script>var a = 1;</script><style>p{}</style></html>"))


def test_a_huge_file_is_refused_without_reading_it(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50_000_000)  # sparse: no 50 MB written, none read
    monkeypatch.setattr(Path, "open", lambda *a, **k: pytest.fail("the file was opened"))
    with pytest.raises(ArticleError, match=r"too large \(50\.0 MB; articles over 20 MB"):
        read_article(path)
    assert path.stat().st_size > MAX_ARTICLE_BYTES


def test_missing_file_unsupported_file_and_folder(tmp_path):
    with pytest.raises(ArticleError, match="does not exist"):
        read_article(tmp_path / "gone.txt")
    with pytest.raises(ArticleError, match="not an article file"):
        read_article(write(tmp_path, "scan.tiff", b"%PDF-1.4"))
    with pytest.raises(ArticleError, match="is a folder"):
        read_article(write(tmp_path, "dir.txt/inner.txt", GERMAN).parent)


def test_unreadable_file_is_a_problem(tmp_path, monkeypatch):
    path = write(tmp_path, "locked.txt", GERMAN)
    real_open = Path.open

    def refuse(self, *args, **kwargs):
        if self == path:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(ArticleError, match="permission denied"):
        read_article(path)


def test_unreadable_folder_is_reported_and_the_batch_goes_on(tmp_path, monkeypatch):
    write(tmp_path, "a_first.txt", GERMAN)
    locked = write(tmp_path, "b_locked/secret.txt", GERMAN).parent
    write(tmp_path, "c_last.txt", ENGLISH)
    real_scandir = os.scandir

    def scandir(path):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(articles.os, "scandir", scandir)
    found, problems = read_articles(tmp_path)
    assert [Path(a.path).name for a in found] == ["a_first.txt", "c_last.txt"]
    assert [p.path for p in problems] == [str(locked)]
    assert "permission denied" in str(problems[0])


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any folder")
def test_folder_without_permission_for_real(tmp_path):
    locked = write(tmp_path, "locked/secret.txt", GERMAN).parent
    write(tmp_path, "open.txt", GERMAN)
    locked.chmod(0)
    try:
        found, problems = read_articles(tmp_path)
    finally:
        locked.chmod(0o755)
    assert len(found) == 1
    assert "permission denied" in problems[0].reason


def test_a_file_that_vanishes_between_listing_and_reading(tmp_path):
    write(tmp_path, "a.txt", GERMAN)
    doomed = write(tmp_path, "b.txt", GERMAN)
    write(tmp_path, "c.txt", GERMAN)
    items = iter_articles(tmp_path)
    assert isinstance(next(items), Article)  # the folder has been listed by now
    doomed.unlink()
    rest = list(items)
    assert isinstance(rest[0], ReadProblem)
    assert rest[0].path == str(doomed)
    assert "does not exist" in rest[0].reason
    assert isinstance(rest[1], Article)


def test_bad_files_in_a_batch_become_problems_and_the_rest_is_read(tmp_path):
    write(tmp_path, "1_good.txt", GERMAN)
    write(tmp_path, "2_empty.txt", b"")
    write(tmp_path, "3_binary.html", b"\x00\x01\x02")
    write(tmp_path, "4_good.md", ENGLISH)
    found, problems = read_articles(tmp_path)
    assert [Path(a.path).name for a in found] == ["1_good.txt", "4_good.md"]
    assert [Path(p.path).name for p in problems] == ["2_empty.txt", "3_binary.html"]
    assert all(p.path in str(p) for p in problems)


# --- folders -------------------------------------------------------------------------------------


def test_folders_are_read_recursively_in_name_order(tmp_path):
    for name in ["b.txt", "a/z.md", "a/b/c.html", "c.htm", "a.txt"]:
        write(tmp_path, name, f"<p>{GERMAN}</p>" if "htm" in name else GERMAN)
    write(tmp_path, "notes.odt", b"PK")
    write(tmp_path, "image.png", b"\x89PNG")
    write(tmp_path, ".hidden.txt", GERMAN)
    write(tmp_path, ".git/HEAD.txt", GERMAN)
    found, problems = read_articles(tmp_path)
    assert problems == []  # other kinds of file in a folder are passed over silently
    relative = [Path(a.path).relative_to(tmp_path).as_posix() for a in found]
    assert relative == ["a/b/c.html", "a/z.md", "a.txt", "b.txt", "c.htm"]


def test_explicitly_named_files_keep_their_order_and_unsupported_ones_are_reported(tmp_path):
    second = write(tmp_path, "b.txt", GERMAN)
    first = write(tmp_path, "a.txt", ENGLISH)
    other = write(tmp_path, "notes.odt", b"PK")
    found, problems = read_articles([second, other, first, tmp_path / "missing.txt", second])
    assert [a.path for a in found] == [str(second), str(first)]  # the repeated file is read once
    assert [p.path for p in problems] == [str(other), str(tmp_path / "missing.txt")]
    assert "not an article file" in problems[0].reason
    assert "does not exist" in problems[1].reason


def test_a_single_path_string_is_accepted():
    found, _ = read_articles(str(DATA / "date_palms.txt"))
    assert len(found) == 1


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_a_link_back_into_the_folder_does_not_loop(tmp_path):
    write(tmp_path, "sub/a.txt", GERMAN)
    (tmp_path / "sub" / "loop").symlink_to(tmp_path, target_is_directory=True)
    found, problems = read_articles(tmp_path)
    assert [Path(a.path).name for a in found] == ["a.txt"]
    assert problems == []


def test_thousands_of_files_are_read_lazily_in_order(tmp_path, monkeypatch):
    count = 2000
    for i in range(count):
        write(tmp_path, f"{i:05d}.txt", f"Meldung {i}: {GERMAN}")
    calls = []
    real_read = articles._read_file
    monkeypatch.setattr(
        articles, "_read_file", lambda path, options: calls.append(path) or real_read(path, options)
    )

    items = iter_articles(tmp_path, batch_date="2017-11-04")
    first_five = list(itertools.islice(items, 5))
    assert len(calls) == 5  # nothing is read before it is asked for
    rest = list(items)
    names = [Path(a.path).name for a in first_five + rest]
    assert names == [f"{i:05d}.txt" for i in range(count)]
    assert len(calls) == count


# --- robustness ----------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.binary(max_size=400), suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_any_bytes_give_an_article_or_an_article_error(tmp_path, content, suffix):
    path = tmp_path / f"random{suffix}"
    path.write_bytes(content)
    try:
        result = read_article(path)
    except ArticleError as error:
        result = error
    if isinstance(result, ArticleError):
        assert result.path == str(path)
    else:
        assert result.text.strip()
        assert 0 <= result.body_start < len(result.text)
        assert result.language


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(st.characters(blacklist_categories=("Cs",)), max_size=300))
@example(text="al\u2010Qaim retaken")  # a typeset hyphen
@example(text="Gao\x01 taken")  # a stray control character
def test_any_text_after_an_inline_date_header_keeps_file_offsets(tmp_path, text):
    path = tmp_path / "random.txt"
    content = "date 2017-11 " + text
    path.write_bytes(content.encode("utf-8"))
    try:
        article = read_article(path)
    except ArticleError:
        return
    # control characters become spaces and typeset hyphens ASCII ones, one for one: offsets hold
    cleaned = clean_controls(content)
    assert len(cleaned) == len(content)
    assert (article.text, article.encoding) == (cleaned, "utf-8")
    assert article.text[: article.body_start].strip() == "date 2017-11"
    assert article.body == cleaned[article.body_start :]
    assert not article.body[:1].isspace()
    assert article.published.value == "2017-11"


def test_an_article_that_trips_a_fault_is_reported_and_the_others_are_read(pipeline, tmp_path, monkeypatch):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(
        "date 2024-08-08\nlang de\n\nDie Ukraine hat die Stadt Sudscha eingenommen.", encoding="utf-8"
    )
    second.write_text("date 2024-08-09\nlang de\n\nSie drängen in Richtung Gluschkowo.", encoding="utf-8")
    process = pipeline.process

    def faulty(article, progress=None):
        if article.path.endswith("b.txt"):
            raise KeyError("a fault")
        return process(article, progress)

    monkeypatch.setattr(pipeline, "process", faulty)
    results, problems = pipeline.run([first, second])
    assert [r.article.path for r in results] == [str(first)]
    (problem,) = problems
    assert problem.path.endswith("b.txt")
    assert "could not be read" in problem.reason
