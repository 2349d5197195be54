"""Saved web pages: the visible text of an HTML file and what its metadata says (title, site,
URL, language, publication date). Nothing in a page is ever run."""

from __future__ import annotations

import json
import logging
import re
from html.parser import HTMLParser

from .dates import match_date
from .headers import Header
from .language import language_code

__all__ = ["html_header", "parse_html"]

log = logging.getLogger(__name__)


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


def parse_html(markup: str) -> _HtmlReader:
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


def html_header(reader: _HtmlReader) -> Header:
    meta = reader.meta
    ld = _json_ld_fields(reader.json_ld)
    dates = [meta[k] for k in _META_DATES[:3] if k in meta]
    dates += [ld["datePublished"]] if "datePublished" in ld else []
    dates += [meta[k] for k in _META_DATES[3:] if k in meta]
    dates += [value for value, inside in reader.times if inside] + [value for value, _ in reader.times]
    header = Header()
    for value in dates:
        found = match_date(value.strip(), 0, "html")
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
    return language_code(value, known_only=True) if value else None
