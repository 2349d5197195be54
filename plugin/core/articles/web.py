"""Web pages by their main text: trafilatura finds the story among menus, teasers, related links,
comments and footers; the page's own metadata gives title, site, canonical URL, author, language
and publication date (htmldate when the metadata has none). Nothing in a page is ever run.

The text is the story's paragraphs joined by blank lines, so offsets, sentences and quotes refer
to what an analyst reads with `python -m plugin.cli text`. Inline teasers ("Lesen Sie auch: …")
that sit between the story's paragraphs are dropped (data/teasers.json). Without trafilatura the
whole page's visible text is read (html_pages.py), as before it came.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from functools import cache
from typing import Optional

from ..datafiles import DATA_DIR
from .dates import published_from
from .headers import Header
from .html_pages import html_header, parse_html

__all__ = ["WebPage", "drop_teasers", "main_text_available", "read_web_page"]

log = logging.getLogger(__name__)

# Settings chosen on ../shared/eval/webpages_en and kept general (tools/eval_maintext.py): comments
# off, and trafilatura's fast mode (no second extractor behind it), which scores as well as its
# default there (F1 .962 against .960) at three times the speed.
EXTRACTION = {"include_comments": False, "fast": True, "include_tables": True, "deduplicate": False}
_TEASER_LENGTH = 300  # a teaser is a line or two; a longer paragraph is the story's
_TEASER_LINK_LENGTH = 160  # the headline after a bare "Lesen Sie auch:" line


@dataclass
class WebPage:
    text: str
    header: Header
    author: Optional[str]
    main_text: bool  # False: the whole page's visible text (no trafilatura, or it found nothing)


@cache
def _trafilatura():
    try:
        import trafilatura
        from trafilatura.utils import load_html
    except ImportError as error:
        log.warning(
            "web pages are read whole, menus and comments included: trafilatura cannot be imported "
            "(%s); install it with: pip install trafilatura lxml_html_clean",
            error,
        )
        return None
    # they log every page they find odd; Frontline reports what it could not read itself
    for name in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    return trafilatura, load_html


def main_text_available() -> bool:
    return _trafilatura() is not None


@cache
def _teaser_pattern() -> re.Pattern:
    table = json.loads((DATA_DIR / "teasers.json").read_text(encoding="utf-8"))
    words = sorted({w for k, v in table.items() if not k.startswith("_") for w in v}, key=len, reverse=True)
    markers = "|".join(re.escape(w) for w in words)
    return re.compile(rf"[\s\[(»›>•*-]*(?:{markers})\s*(?:[:|»›>→–—-]|\.{{3}}|…|$)", re.IGNORECASE)


def drop_teasers(paragraphs: list[str]) -> list[str]:
    """The paragraphs without inline teasers: a short paragraph that starts "Lesen Sie auch:",
    "Read more:" …, and the headline line after such a word standing alone."""
    pattern = _teaser_pattern()
    kept: list[str] = []
    skip_next = False
    for paragraph in paragraphs:
        stripped = paragraph.strip()
        if skip_next:
            skip_next = False
            if len(stripped) <= _TEASER_LINK_LENGTH:
                continue
        m = pattern.match(stripped)
        if m and len(stripped) <= _TEASER_LENGTH:
            skip_next = not stripped[m.end() :].strip()
            continue
        kept.append(paragraph)
    return kept


# Elements a browser never shows: templates and anything marked hidden.
_NEVER_SHOWN = [
    "//template",
    "//*[@hidden]",
    "//*[@aria-hidden='true']",
    "//*[contains(translate(@style, ' ', ''), 'display:none')]",
]


def _baseline(body) -> bool:
    """Whether trafilatura found no story and fell back to all the page's text in one paragraph
    (tiny pages): then Frontline's own reader, which knows menus and <article>, does better."""
    if body is None or len(body) == 0:
        return True
    return len(body) == 1 and body[0].tag == "p" and "\n" in (body[0].text or "") and not len(body[0])


def _inline(element) -> str:
    """An element's text, a <lb/> a line break."""
    parts = [element.text or ""]
    for child in element:
        parts.append("\n" if child.tag == "lb" else _inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _block_text(element) -> str:
    """One block of trafilatura's main text: a paragraph or heading, a list (an item a line),
    a table (a row a line)."""
    if element.tag == "list":
        lines = [_inline(item) for item in element.findall("item")]
    elif element.tag == "table":
        lines = [
            "  ".join(_inline(cell).strip() for cell in row.findall("cell")) for row in element.iter("row")
        ]
    else:
        lines = _inline(element).split("\n")
    return "\n".join(" ".join(line.split()) for line in lines if line.strip())


class _TreeMeta:
    """What html_header reads from a page (meta tags, JSON-LD, canonical link, <title>, lang,
    <time> elements), taken from the lxml tree trafilatura parses anyway."""

    def __init__(self, tree) -> None:
        self.meta: dict[str, str] = {}
        for element in tree.iter("meta"):
            a = element.attrib
            content = (a.get("content") or "").strip()
            if (a.get("http-equiv") or "").lower() == "content-language" and content:
                self.meta.setdefault("content-language", content)
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").strip().lower()
            if key and content:
                self.meta.setdefault(key, content)
        self.json_ld = [
            "".join(s.itertext())
            for s in tree.iter("script")
            if (s.get("type") or "").lower() == "application/ld+json"
        ]
        self.canonical = next(
            (
                (link.get("href") or "").strip() or None
                for link in tree.iter("link")
                if "canonical" in (link.get("rel") or "").lower().split()
            ),
            None,
        )
        title = next(iter(tree.iter("title")), None)
        self.title = " ".join("".join(title.itertext()).split()) if title is not None else None
        root = tree.getroottree().getroot() if hasattr(tree, "getroottree") else tree
        self.html_lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
        self.times = [
            (t.get("datetime"), any(a.tag == "article" for a in t.iterancestors()))
            for t in tree.iter("time")
            if t.get("datetime")
        ]


def _author(meta: _TreeMeta) -> Optional[str]:
    for key in ("author", "article:author", "dc.creator", "byl", "sailthru.author"):
        value = meta.meta.get(key)
        if value and not value.startswith(("http://", "https://")):
            return value.removeprefix("By ").removeprefix("by ").strip() or None
    for block in meta.json_ld:
        try:
            data = json.loads(block)
        except (ValueError, RecursionError):
            continue
        for node in data if isinstance(data, list) else [data]:
            author = node.get("author") if isinstance(node, dict) else None
            author = author[0] if isinstance(author, list) and author else author
            name = author.get("name") if isinstance(author, dict) else author
            if isinstance(name, str) and name.strip():
                return name.strip()
    return None


def _htmldate(tree) -> Optional[str]:
    try:
        from htmldate import find_date
    except ImportError:
        return None
    try:
        return find_date(tree, extensive_search=True, original_date=True, outputformat="%Y-%m-%d")
    except Exception as error:  # htmldate on a strange page must not stop a batch
        log.debug("htmldate gave up: %s", error)
        return None


def read_web_page(markup: str, url: Optional[str] = None) -> WebPage:
    """The story of a page and its metadata; the whole visible text when no main text is found."""
    tools = _trafilatura()
    text, header, author, tree = "", None, None, None
    if tools is not None:
        trafilatura, load_html = tools
        try:
            tree = load_html(markup)
        except Exception as error:  # lxml refuses some pages outright
            log.debug("lxml could not parse the page: %s", error)
        if tree is not None:
            meta = _TreeMeta(tree)
            header = html_header(meta)
            author = _author(meta)
            try:
                document = trafilatura.bare_extraction(tree, url=url, prune_xpath=_NEVER_SHOWN, **EXTRACTION)
            except (ValueError, TypeError) as error:
                log.debug("trafilatura found no main text: %s", error)
                document = None
            body = getattr(document, "body", None)
            blocks = [_block_text(element) for element in body] if not _baseline(body) else []
            text = "\n\n".join(drop_teasers([b for b in blocks if b]))
    main = bool(text)
    if not text:
        reader = parse_html(markup)
        header = header or html_header(reader)
        paragraphs = re.split(r"\n\s*\n", reader.text())
        text = "\n\n".join(p for p in drop_teasers(paragraphs) if p.strip())
    if header.published is None and tree is not None:
        header.published = published_from(_htmldate(tree), "html")
    if header.url is None and url:
        header.url = url
    return WebPage(text=text, header=header, author=author, main_text=main)
