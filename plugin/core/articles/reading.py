"""Article files read into `Article`s: decoded text, header metadata, language and publication date.

Everything downstream (places, times, events) points into `Article.text` by character offset, so
the text is kept exactly as decoded: for .txt and .md it is the whole file (byte-order mark
removed, line endings untouched, header lines included; `body_start` says where the article
begins); for HTML it is the visible text this module extracts (see `_parse_html`).
"""

from __future__ import annotations

import calendar
import codecs
import datetime as dt
import hashlib
import json
import logging
import os
import re
import stat
from dataclasses import dataclass, field
from functools import cache, lru_cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterable, Iterator, Union

from ..datafiles import DATA_DIR

__all__ = [
    "MAX_ARTICLE_BYTES",
    "SUFFIXES",
    "Article",
    "ArticleError",
    "Published",
    "ReadProblem",
    "detect_language",
    "iter_articles",
    "read_article",
    "read_articles",
]

log = logging.getLogger(__name__)

_DATA = DATA_DIR / "language_words.json"

# Larger files are refused before they are read: news articles are kilobytes, and a 50 MB log or
# dump dropped into a folder must not stall or exhaust a batch.
MAX_ARTICLE_BYTES = 20_000_000
SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}
# Language detection looks at the start of the body only: enough words to decide, constant cost.
_DETECT_CHARS = 20_000
_DETECT_MIN_HITS = 3  # fewer function words than this: too little text to tell
_DETECT_MARGIN = 2.0  # the winner needs this many times the runner-up's hits
_CONTROL_SHARE = 0.01  # more control characters than this share of the text: not text
_HEADER_LINES = 20  # header lines are looked for among the first lines only
_YEARS = (1800, 2199)  # a header or meta date outside these years is not a publication date
_FILENAME_YEARS = (1900, 2099)


# --- records ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Published:
    """When an article appeared, as precisely as known, and which evidence said so."""

    value: str | None  # TIMEX3: "2017-11-04", "2017-11", "2017"
    start: str | None  # first day it may be (ISO)
    end: str | None  # last day it may be (ISO)
    precision: str | None  # "day" | "month" | "year"
    source: str  # "header" | "html" | "batch" | "filename" | "none"


_UNKNOWN = Published(None, None, None, None, "none")


@dataclass(frozen=True)
class Article:
    """One article file, decoded; offsets of every later finding refer to `text`."""

    id: str
    path: str
    title: str | None
    source: str | None
    url: str | None
    language: str
    language_source: str
    text: str = field(repr=False)
    body_start: int
    published: Published
    sha256: str
    encoding: str
    format: str

    @property
    def body(self) -> str:
        return self.text[self.body_start :]


@dataclass(frozen=True)
class ReadProblem:
    """A file that could not be read as an article; `reason` names the file and says why."""

    path: str
    reason: str

    def __str__(self) -> str:
        return self.reason


class ArticleError(Exception):
    """A file that cannot be read as an article (empty, binary, too large, gone, …)."""

    def __init__(self, path: str | os.PathLike, reason: str) -> None:
        self.path = str(path)
        self.reason = f"{self.path} {reason}"
        super().__init__(self.reason)


# --- language resources ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Vocabulary:
    languages: tuple[str, ...]
    function_words: dict[str, str]  # word -> the one language that uses it
    language_names: dict[str, str]  # "deutsch" -> "de"
    header_keys: dict[str, str]  # "datum" -> "date"
    header_key: re.Pattern
    date: re.Pattern
    months: dict[str, int]


@cache
def _vocabulary() -> _Vocabulary:
    table = {k: v for k, v in json.loads(_DATA.read_text(encoding="utf-8")).items() if not k.startswith("_")}
    owners: dict[str, set[str]] = {}
    for lang, entry in table.items():
        for word in entry["function_words"]:
            owners.setdefault(word, set()).add(lang)
    function_words = {word: langs.pop() for word, langs in owners.items() if len(langs) == 1}
    names = {name: lang for lang, entry in table.items() for name in entry["names"]}
    keys = {
        word: key for entry in table.values() for key, words in entry["header_keys"].items() for word in words
    }
    months = {
        name: i + 1 for entry in table.values() for i, forms in enumerate(entry["months"]) for name in forms
    }
    weekdays = {name for entry in table.values() for forms in entry["weekdays"] for name in forms}
    return _Vocabulary(
        languages=tuple(table),
        function_words=function_words,
        language_names=names,
        header_keys=keys,
        header_key=re.compile(rf"[ \t]*({_alternation(keys)})(?:[ \t]*:[ \t]*|[ \t]+)", re.IGNORECASE),
        date=_date_pattern(_alternation(months), _alternation(weekdays)),
        months=months,
    )


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _date_pattern(month: str, weekday: str) -> re.Pattern:
    """Dates as headers and meta tags write them; the alternatives are tried in order."""
    return re.compile(
        rf"""(?:(?:{weekday})\.?,?[ \t]+)?
        (?:(?P<iso_y>\d{{4}})-(?P<iso_m>\d{{1,2}})-(?P<iso_d>\d{{1,2}})
             (?:[T \t]\d{{1,2}}:\d{{2}}(?::\d{{2}}(?:[.,]\d+)?)?
                (?:[ \t]?(?:Z|UTC|GMT|[+-]\d{{2}}:?\d{{2}}))?)?
          |(?P<slash_y>\d{{4}})/(?P<slash_m>\d{{1,2}})/(?P<slash_d>\d{{1,2}})
          |(?P<dot_d>\d{{1,2}})\.[ \t]?(?P<dot_m>\d{{1,2}})\.[ \t]?(?P<dot_y>\d{{4}})
          |(?P<dm_d>\d{{1,2}})(?:\.|st|nd|rd|th)?[ \t]+(?P<dm_m>{month})\.?,?[ \t]+(?P<dm_y>\d{{4}})
          |(?P<md_m>{month})\.?[ \t]+(?P<md_d>\d{{1,2}})(?:st|nd|rd|th)?,?[ \t]+(?P<md_y>\d{{4}})
          |(?P<m_m>{month})\.?,?[ \t]+(?P<m_y>\d{{4}})
          |(?P<ym_y>\d{{4}})-(?P<ym_m>\d{{1,2}})
          |(?P<my_m>\d{{1,2}})[./](?P<my_y>\d{{4}})
          |(?P<y_y>\d{{4}})
        )(?!\w|[-/.:]\w)""",
        re.IGNORECASE | re.VERBOSE,
    )


# --- dates -------------------------------------------------------------------------------------


def _published(year: int, month: int | None, day: int | None, source: str) -> Published | None:
    """The interval a date of some precision covers, or None when the date does not exist."""
    try:
        if day is not None:
            first = last = dt.date(year, month, day)
            return Published(first.isoformat(), first.isoformat(), last.isoformat(), "day", source)
        if month is not None:
            first = dt.date(year, month, 1)
            last = first.replace(day=calendar.monthrange(year, month)[1])
            return Published(f"{year:04d}-{month:02d}", first.isoformat(), last.isoformat(), "month", source)
        return Published(f"{year:04d}", f"{year:04d}-01-01", f"{year:04d}-12-31", "year", source)
    except (ValueError, TypeError):
        return None


def _match_date(text: str, pos: int = 0, source: str = "header") -> tuple[Published, int] | None:
    """A date written at text[pos:], and the offset where it ends."""
    vocabulary = _vocabulary()
    m = vocabulary.date.match(text, pos)
    if not m:
        return None
    g = m.groupdict()
    for prefix in ("iso", "slash", "dot", "dm", "md", "m", "ym", "my", "y"):
        year = g.get(f"{prefix}_y")
        if year is None:
            continue
        month = g.get(f"{prefix}_m")
        if month is not None and not month.isdigit():
            month = vocabulary.months[month.lower()]
        day = g.get(f"{prefix}_d")
        if not _YEARS[0] <= int(year) <= _YEARS[1]:
            return None
        published = _published(int(year), month and int(month), day and int(day), source)
        return (published, m.end()) if published else None
    return None


def _parse_date(value: str, source: str) -> Published | None:
    """A whole string read as one date ("2017-11-04", "2017-11", "4. November 2017", …), or None."""
    value = value.strip()
    found = _match_date(value, 0, source)
    return found[0] if found and found[1] == len(value) else None


@lru_cache(maxsize=64)
def _batch_published(batch_date: str) -> Published:
    published = _parse_date(batch_date, "batch")
    if published is None:
        raise ValueError(f"batch date {batch_date!r} is not a date (use 2017-11-04, 2017-11 or 2017)")
    return published


_FILENAME_DATES = (
    # 2017-11-04, 2017_11_04, 2017.11.04 (one separator throughout)
    re.compile(r"(?<!\d)(?P<y>\d{4})(?P<sep>[-_.])(?P<m>\d{2})(?P=sep)(?P<d>\d{2})(?!\d)"),
    # 20171104, standing alone between separators, so hex digests never match
    re.compile(r"(?<![0-9A-Za-z])(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?![0-9A-Za-z])"),
    # 04.11.2017
    re.compile(r"(?<!\d)(?P<d>\d{2})\.(?P<m>\d{2})\.(?P<y>\d{4})(?!\d)"),
    # 2017-11, 2017_11 (not the start of a day date)
    re.compile(r"(?<!\d)(?P<y>\d{4})[-_](?P<m>\d{2})(?![0-9A-Za-z]|[-_.]\d)"),
)


def _filename_published(path: Path) -> Published | None:
    for pattern in _FILENAME_DATES:
        for m in pattern.finditer(path.stem):
            year = int(m.group("y"))
            if not _FILENAME_YEARS[0] <= year <= _FILENAME_YEARS[1]:
                continue
            day = m.groupdict().get("d")
            published = _published(year, int(m.group("m")), day and int(day), "filename")
            if published:
                return published
    return None


# --- language ----------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+")
_LANGUAGE_CODE = re.compile(r"([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*")


def detect_language(text: str) -> str:
    """The language ("de", "en" …) by function-word counts; "und" when the text is too short to tell."""
    vocabulary = _vocabulary()
    hits = dict.fromkeys(vocabulary.languages, 0)
    for token in _WORD.findall(text[:_DETECT_CHARS].lower()):
        lang = vocabulary.function_words.get(token)
        if lang:
            hits[lang] += 1
    ranked = sorted(hits.items(), key=lambda item: item[1], reverse=True)
    best, best_hits = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if best_hits < _DETECT_MIN_HITS or best_hits < _DETECT_MARGIN * runner_up:
        return "und"
    return best


def _language_code(value: str | None, *, known_only: bool = False) -> str | None:
    """A language code from "de-DE", "Deutsch", "ger" …; other well-formed codes pass unless known_only."""
    if not value:
        return None
    value = value.strip()
    names = _vocabulary().language_names
    if value.lower() in names:
        return names[value.lower()]
    m = _LANGUAGE_CODE.fullmatch(value)
    if not m:
        return None
    primary = m.group(1).lower()
    if primary in names:
        return names[primary]
    return None if known_only else primary


# --- header lines ------------------------------------------------------------------------------


@dataclass
class _Header:
    title: str | None = None
    source: str | None = None
    url: str | None = None
    language: str | None = None
    published: Published | None = None
    body_start: int = 0


_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_FRONT_MATTER_FENCE = re.compile(r"---[ \t]*\r?\n")
_FRONT_MATTER_END = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE)


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _header_value(key: str, text: str, start: int, line_end: int, header: _Header) -> int | None:
    """Store one header value that starts at text[start:]; return where the line's rest begins.

    None when the value is not what the key needs (then the line is article text, not a header).
    """
    if key == "date":
        found = _match_date(text, start)
        if not found or found[1] > line_end:
            return None
        header.published = found[0]
        return found[1]
    if key == "lang":
        word = re.match(r"\S+", text[start:line_end])
        rest_blank = word is not None and not text[start + word.end() : line_end].strip()
        code = word and _language_code(word.group(), known_only=not rest_blank)
        if not code:
            return None
        header.language = code
        return start + word.end()
    value = text[start:line_end].strip()
    if not value or (key == "url" and not _URL.fullmatch(value)):
        return None
    setattr(header, key, value)
    return line_end


def _read_header(text: str) -> _Header:
    """Header lines at the top (`date 2017-11`, `title: …`); the body may follow a date inline."""
    header = _Header()
    vocabulary = _vocabulary()
    seen: set[str] = set()
    pos = 0
    for _ in range(_HEADER_LINES):
        pos = _skip_space(text, pos)
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        m = vocabulary.header_key.match(text, pos, line_end)
        key = m and vocabulary.header_keys[m.group(1).lower()]
        rest = _header_value(key, text, m.end(), line_end, header) if m and key not in seen else None
        if rest is None:
            break
        seen.add(key)
        pos = rest
        if text[rest:line_end].strip():  # the body begins on the header's own line
            break
    header.body_start = _skip_space(text, pos)
    return header


def _read_front_matter(text: str) -> _Header | None:
    """Markdown front matter (`---` / `key: value` lines / `---`); None when the file has none."""
    if not _FRONT_MATTER_FENCE.match(text):
        return None
    close = _FRONT_MATTER_END.search(text, text.index("\n") + 1)
    if not close:
        return None
    header = _Header()
    vocabulary = _vocabulary()
    for line in re.finditer(r"^([^:\n]+):[ \t]*(.*?)\r?$", text[: close.start()], re.MULTILINE):
        key = vocabulary.header_keys.get(line.group(1).strip().lower())
        value = line.group(2).strip().strip("\"'")
        if key == "date":
            found = _match_date(value, 0)
            header.published = found[0] if found else header.published
        elif key == "lang":
            header.language = _language_code(value) or header.language
        elif key and value and (key != "url" or _URL.fullmatch(value)):
            setattr(header, key, value)
    header.body_start = _skip_space(text, close.end())
    return header


_MARKDOWN_HEADING = re.compile(r"[ \t]{0,3}#{1,6}[ \t]+(.+?)[ \t#]*\r?$", re.MULTILINE)


def _markdown_plain(line: str) -> str:
    """A heading without emphasis marks and link targets (for the title, which has no offsets)."""
    line = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", line)
    return re.sub(r"\*\*|__|[*`]", "", line).strip()


# --- HTML --------------------------------------------------------------------------------------

# Never text: code, styles, fallbacks for disabled scripts, inert templates, drawings, site menus.
_HTML_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "math", "nav", "iframe", "object"})
_HTML_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)
_HTML_HEAD_ONLY = frozenset(
    {"title", "meta", "link", "style", "script", "noscript", "base", "template", "head"}
)
_HTML_PARAGRAPH = frozenset(
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "main", "header", "footer",
        "aside", "blockquote", "pre", "ul", "ol", "dl", "table", "figure", "figcaption", "address",
        "form", "fieldset", "details", "summary", "body",
    }
)  # fmt: skip
_HTML_LINE = frozenset({"li", "dt", "dd", "tr", "td", "th", "caption", "option"})
# Elements whose end tag HTML lets authors leave out: a `hidden` on them could hide the rest.
_HTML_OPTIONAL_END = frozenset({"p", "li", "dt", "dd", "tr", "td", "th", "option"})
# Meta names and properties that carry the publication date, best first.
_META_DATES = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publication_date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.issued",
    "dcterms.created",
)
_META_TITLES = ("og:title", "twitter:title", "dc.title")
_META_LANGUAGES = ("og:locale", "language", "content-language", "dc.language")
_BREAK, _PARAGRAPH_MARK = 1, 2  # between blocks in the pieces list: "\n", "\n\n"


class _HtmlReader(HTMLParser):
    """Visible text and metadata of a saved page; nothing in it is ever run."""

    # Python 3.14 reads <title> and <textarea> as raw text up to their end tag, so an unclosed
    # <title> would swallow the page; we close a title at the next tag ourselves (handle_starttag)
    RCDATA_CONTENT_ELEMENTS = ()

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[tuple[str | int, bool]] = []  # (text or break mark, inside <article>)
        self.meta: dict[str, str] = {}
        self.html_lang: str | None = None
        self.canonical: str | None = None
        self.title_parts: list[str] | None = None
        self.title: str | None = None
        self.times: list[tuple[str, bool]] = []
        self.json_ld: list[str] = []
        self._script: list[str] | None = None
        self._skip: list[list] = []  # [tag, nesting] of elements whose content is not text
        self._in_head = False
        self._article = 0
        self._pre = 0

    # -- structure

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "") for k, v in attrs}
        if self.title_parts is not None:  # an unclosed <title> must not swallow the page
            self.handle_endtag("title")
        if tag == "html":
            self.html_lang = a.get("lang") or a.get("xml:lang") or self.html_lang
        elif tag == "head":
            self._in_head = True
        elif tag == "meta":
            self._meta(a)
        elif tag == "link" and "canonical" in a.get("rel", "").lower().split():
            self.canonical = self.canonical or a.get("href")
        elif tag == "title" and self.title is None and not self._skip:
            self.title_parts = []
        elif tag == "script" and "ld+json" in a.get("type", "").lower():
            self._script = []
        if self._in_head and tag not in _HTML_HEAD_ONLY and tag != "html":
            self._in_head = False  # a body element closes the head, as in browsers
        if tag in _HTML_VOID:
            if tag in ("br", "hr") and self._visible():
                self._mark(_BREAK if tag == "br" else _PARAGRAPH_MARK)
            return
        if self._skip:
            if tag == self._skip[-1][0]:
                self._skip[-1][1] += 1
            elif tag in _HTML_SKIP:
                self._skip.append([tag, 1])
            return
        hidden = (
            "hidden" in a
            or a.get("aria-hidden", "").lower() == "true"
            or re.search(r"display\s*:\s*none|visibility\s*:\s*hidden", a.get("style", ""), re.I)
        )
        if tag in _HTML_SKIP or (hidden and tag not in _HTML_OPTIONAL_END):
            self._skip.append([tag, 1])
            return
        if tag == "time" and a.get("datetime"):
            self.times.append((a["datetime"], self._article > 0))
        if tag == "article":
            self._article += 1
        elif tag == "pre":
            self._pre += 1
        self._block(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "head":
            self._in_head = False
        elif tag == "title" and self.title_parts is not None:
            self.title = " ".join("".join(self.title_parts).split()) or None
            self.title_parts = None
        elif tag == "script" and self._script is not None:
            self.json_ld.append("".join(self._script))
            self._script = None
        if self._skip:
            tags = [entry[0] for entry in self._skip]
            if tag in tags:
                index = len(tags) - 1 - tags[::-1].index(tag)
                del self._skip[index + 1 :]
                self._skip[-1][1] -= 1
                if self._skip[-1][1] == 0:
                    self._skip.pop()
            return
        if tag == "article":
            self._article = max(0, self._article - 1)
        elif tag == "pre":
            self._pre = max(0, self._pre - 1)
        self._block(tag)

    def handle_data(self, data: str) -> None:
        if self.title_parts is not None:
            self.title_parts.append(data)
        if self._script is not None:
            self._script.append(data)
        if self._visible():
            if not self._pre:
                data = re.sub(r"\s+", " ", data)
            self.pieces.append((data, self._article > 0))

    # -- helpers

    def _visible(self) -> bool:
        return not self._skip and not self._in_head and self.title_parts is None

    def _block(self, tag: str) -> None:
        if self._in_head:
            return
        if tag in _HTML_PARAGRAPH:
            self._mark(_PARAGRAPH_MARK)
        elif tag in _HTML_LINE:
            self._mark(_BREAK)

    def _mark(self, mark: int) -> None:
        self.pieces.append((mark, self._article > 0))

    def _meta(self, a: dict[str, str]) -> None:
        if a.get("http-equiv", "").lower() == "content-language":
            self.meta.setdefault("content-language", a.get("content", ""))
        key = (a.get("property") or a.get("name") or a.get("itemprop") or "").strip().lower()
        if key and a.get("content", "").strip():
            self.meta.setdefault(key, a["content"].strip())

    def text(self) -> str:
        """The visible text: <article> content when the page has some, else the whole body.

        Marks between blocks become one line break (<br>, <li>, cells) or one blank line
        (paragraphs, headings, sections); however many blocks close at once, one break is left.
        """
        in_article = [p for p, inside in self.pieces if inside]
        if not any(isinstance(p, str) and p.strip() for p in in_article):
            in_article = [p for p, _ in self.pieces]
        out: list[str] = []
        pending = 0
        for piece in in_article:
            if isinstance(piece, int):
                pending = max(pending, piece)
            elif pending and not piece.strip():
                continue
            else:
                if pending and out:
                    out.append("\n" * pending)
                pending = 0
                out.append(piece)
        text = re.sub(r"[ \t]*\n[ \t]*", "\n", "".join(out))
        return re.sub(r"\n{3,}", "\n\n", text).strip()


def _parse_html(markup: str) -> _HtmlReader:
    """Visible text and metadata of a page (block elements become line breaks, entities decoded).

    Scripts, styles, <noscript>, <template>, <nav>, the <head> and hidden elements give no text;
    when the page has an <article> element, only article text is kept.
    """
    reader = _HtmlReader()
    try:
        reader.feed(markup)
        reader.close()
    except Exception as error:  # html.parser is lenient, but a pathological page must not crash a batch
        log.debug("HTML parser gave up: %s", error)
    return reader


def _json_ld_fields(blocks: list[str]) -> dict[str, str]:
    """datePublished, headline, publisher name and inLanguage from JSON-LD blocks (parsed, not run)."""
    found: dict[str, str] = {}
    for block in blocks:
        try:
            stack = [json.loads(block)]
        except (ValueError, RecursionError):
            continue
        visited = 0
        while stack and visited < 10_000:
            node = stack.pop()
            visited += 1
            if isinstance(node, list):
                stack.extend(reversed(node))
            elif isinstance(node, dict):
                for key in ("datePublished", "headline", "inLanguage"):
                    if isinstance(node.get(key), str):
                        found.setdefault(key, node[key])
                publisher = node.get("publisher")
                if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                    found.setdefault("publisher", publisher["name"])
                stack.extend(reversed(list(node.values())))
    return found


def _html_header(reader: _HtmlReader) -> _Header:
    meta = reader.meta
    ld = _json_ld_fields(reader.json_ld)
    dates = [meta[k] for k in _META_DATES[:3] if k in meta]
    dates += [ld["datePublished"]] if "datePublished" in ld else []
    dates += [meta[k] for k in _META_DATES[3:] if k in meta]
    dates += [value for value, inside in reader.times if inside] + [value for value, _ in reader.times]
    header = _Header()
    for value in dates:
        found = _match_date(value.strip(), 0, "html")
        if found:
            header.published = found[0]
            break
    titles = [meta[k] for k in _META_TITLES if k in meta] + [ld.get("headline"), reader.title]
    header.title = next((" ".join(t.split()) for t in titles if t and t.strip()), None)
    header.source = meta.get("og:site_name") or ld.get("publisher")
    header.url = reader.canonical or meta.get("og:url")
    hints = [reader.html_lang, ld.get("inLanguage")] + [meta.get(k) for k in _META_LANGUAGES]
    header.language = next((code for code in map(_html_language, hints) if code), None)
    return header


def _html_language(value: str | None) -> str | None:
    return _language_code(value, known_only=True) if value else None


# --- bytes to text -----------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# What browsers do: a page that says Latin-1 or ASCII is read as Windows-1252.
_CHARSET_ALIASES = {"iso8859-1": "cp1252", "ascii": "cp1252"}


def _declared_charset(raw: bytes) -> str | None:
    m = _META_CHARSET.search(raw[:4096])
    if not m:
        return None
    try:
        name = codecs.lookup(m.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    return None if name.startswith(("utf-16", "utf-32")) else _CHARSET_ALIASES.get(name, name)


def _decode(raw: bytes, path: Path, is_html: bool) -> tuple[str, str]:
    """(text, encoding): UTF-8 with or without BOM, UTF-16/32 with BOM, a declared charset, CP1252."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError as error:
                reason = f"cannot be decoded: it starts like {encoding} but {error.reason}"
                raise ArticleError(path, reason) from None
            return _checked(text, path), encoding
    if b"\x00" in raw:
        raise ArticleError(path, "is binary (it contains NUL bytes)")
    try:
        return _checked(raw.decode("utf-8"), path), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates = [_declared_charset(raw)] if is_html else []
    for encoding in [*(c for c in candidates if c and c != "utf-8"), "cp1252"]:
        try:
            return _checked(raw.decode(encoding), path), encoding
        except UnicodeDecodeError as error:
            last = error
    byte = f"0x{raw[last.start]:02x} at offset {last.start}"
    raise ArticleError(path, f"cannot be decoded: it is not UTF-8, and byte {byte} is not CP1252 either")


def _checked(text: str, path: Path) -> str:
    sample = text[:65536]
    controls = len(_CONTROL.findall(sample))
    if "\x00" in sample or controls > _CONTROL_SHARE * len(sample):
        share = controls / max(1, len(sample))
        raise ArticleError(path, f"is binary (mostly not text: {share:.0%} control characters)")
    return text


# --- reading -----------------------------------------------------------------------------------


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, or ArticleError saying in plain words why not (size checked first)."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ArticleError(path, "is a folder, not an article file")
        if not stat.S_ISREG(info.st_mode):
            raise ArticleError(path, "is not a regular file")
        if info.st_size > MAX_ARTICLE_BYTES:
            raise ArticleError(path, _too_large(info.st_size))
        with path.open("rb") as handle:
            raw = handle.read(MAX_ARTICLE_BYTES + 1)
    except FileNotFoundError:
        raise ArticleError(path, "does not exist (any more)") from None
    except PermissionError:
        raise ArticleError(path, "cannot be read: permission denied") from None
    except OSError as error:
        raise ArticleError(path, f"cannot be read: {error.strerror or error}") from None
    if len(raw) > MAX_ARTICLE_BYTES:  # it grew after stat()
        raise ArticleError(path, _too_large(len(raw)))
    if not raw:
        raise ArticleError(path, "is empty")
    return raw


def _too_large(size: int) -> str:
    return f"is too large ({size / 1e6:.1f} MB; articles over {MAX_ARTICLE_BYTES / 1e6:.0f} MB are not read)"


def read_article(
    path: str | os.PathLike, *, batch_date: str | None = None, language: str | None = None
) -> Article:
    """Read one article file; raises ArticleError naming the file and the reason when it cannot.

    batch_date ("2017-11-04", "2017-11") dates articles whose header, HTML and file name do not;
    language ("de", "en"; None or "auto" to detect) overrides detection but not a `lang` header.
    """
    path = Path(path)
    batch = _batch_published(batch_date) if batch_date else None
    user_language = _user_language(language)
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        supported = ", ".join(SUFFIXES)
        raise ArticleError(path, f"is not an article file Frontline reads ({supported})")
    raw = _read_bytes(path)
    text, encoding = _decode(raw, path, kind == "html")
    if not text.strip():
        raise ArticleError(path, "contains only whitespace")
    html_language = None
    if kind == "html":
        reader = _parse_html(text)
        text = reader.text()
        if not text:
            raise ArticleError(path, "has no visible text")
        header = _html_header(reader)
        html_language, header.language = header.language, None
    else:
        header = (kind == "markdown" and _read_front_matter(text)) or _read_header(text)
        if header.body_start >= len(text):
            raise ArticleError(path, "has header lines but no article text")
        if kind == "markdown" and header.title is None:
            heading = _MARKDOWN_HEADING.match(text, header.body_start)
            header.title = _markdown_plain(heading.group(1)) if heading else None
    body = text[header.body_start :]
    if header.language:
        lang, lang_source = header.language, "header"
    elif user_language:
        lang, lang_source = user_language, "user"
    else:
        lang, lang_source = detect_language(body), "detected"
        if lang == "und" and html_language:
            lang, lang_source = html_language, "html"
    digest = hashlib.sha256(raw).hexdigest()
    return Article(
        id=digest[:12],
        path=str(path),
        title=header.title,
        source=header.source,
        url=header.url,
        language=lang,
        language_source=lang_source,
        text=text,
        body_start=header.body_start,
        published=header.published or batch or _filename_published(path) or _UNKNOWN,
        sha256=digest,
        encoding=encoding,
        format=kind,
    )


def _user_language(language: str | None) -> str | None:
    if language is None or language.strip().lower() in ("", "auto"):
        return None
    code = _language_code(language)
    if code is None:
        raise ValueError(f"language {language!r} is not a language code (use de, en or auto)")
    return code


PathArg = Union[str, os.PathLike]


def iter_articles(
    paths: PathArg | Iterable[PathArg], *, batch_date: str | None = None, language: str | None = None
) -> Iterator[Article | ReadProblem]:
    """Articles from files and folders (recursively, sorted by name), one at a time.

    A file that cannot be read becomes a ReadProblem and the batch goes on. In folders, hidden
    entries and files of other kinds are passed over silently; a file named explicitly that is
    not an article file is reported. Bad batch_date or language raise ValueError at once.
    """
    if batch_date:
        _batch_published(batch_date)
    _user_language(language)
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    return _iter_articles([Path(p) for p in paths], batch_date, language)


def _iter_articles(paths: list[Path], batch_date: str | None, language: str | None) -> Iterator:
    seen: set[tuple[int, int]] = set()
    for top in paths:
        for path in _article_files(top, seen):
            if isinstance(path, ReadProblem):
                yield path
                continue
            try:
                yield read_article(path, batch_date=batch_date, language=language)
            except ArticleError as error:
                yield ReadProblem(error.path, error.reason)


def _article_files(top: Path, seen: set[tuple[int, int]]) -> Iterator[Path | ReadProblem]:
    """Files to read under `top` in name order (depth first); each file and folder only once."""
    try:
        info = top.stat()
    except OSError:
        yield top  # read_article words the problem (missing, unreadable, …)
        return
    if (info.st_dev, info.st_ino) in seen:
        return
    seen.add((info.st_dev, info.st_ino))
    if not stat.S_ISDIR(info.st_mode):
        yield top
        return
    listings = [_listing(top)]
    while listings:
        entry = next(listings[-1], None)
        if entry is None:
            listings.pop()
        elif isinstance(entry, ReadProblem):
            yield entry
        elif not entry.name.startswith("."):
            try:
                is_dir = entry.is_dir()
                entry_stat = entry.stat()
                key = (entry_stat.st_dev, entry_stat.st_ino)
            except OSError:  # vanished, or a broken link: read_article says which
                is_dir, key = False, None
            if key in seen:
                continue  # a link back into a folder already read
            if key:
                seen.add(key)
            if is_dir:
                listings.append(_listing(Path(entry.path)))
            elif Path(entry.name).suffix.lower() in SUFFIXES:
                yield Path(entry.path)


def _listing(folder: Path) -> Iterator[os.DirEntry | ReadProblem]:
    """One folder's entries sorted by name, or the ReadProblem that stops it being listed."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except FileNotFoundError:
        entries = [ReadProblem(str(folder), f"{folder} does not exist (any more)")]
    except PermissionError:
        entries = [ReadProblem(str(folder), f"{folder} cannot be read: permission denied")]
    except OSError as error:
        entries = [ReadProblem(str(folder), f"{folder} cannot be read: {error.strerror or error}")]
    return iter(entries)


def read_articles(
    paths: PathArg | Iterable[PathArg], *, batch_date: str | None = None, language: str | None = None
) -> tuple[list[Article], list[ReadProblem]]:
    """All articles under `paths` and the problems met, in reading order."""
    articles: list[Article] = []
    problems: list[ReadProblem] = []
    for item in iter_articles(paths, batch_date=batch_date, language=language):
        (problems if isinstance(item, ReadProblem) else articles).append(item)
    return articles, problems
