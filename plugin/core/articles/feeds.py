"""RSS (0.9x to 2.0) and Atom feeds with feedparser: each item an article with its title, link,
publication date and author. Its text is the item's full content where the feed carries it;
otherwise the reader fetches the linked page (reading.py), and failing that keeps the summary,
marked as such. A feed that declares XML entities is refused before parsing: that is how an
entity-expansion bomb starts, and no news feed needs one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .dates import published_from
from .html_pages import parse_html
from .language import language_code
from .model import ArticleError, Entry
from .web import drop_teasers

__all__ = ["Feed", "looks_like_feed", "read_feed"]

_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_SNIFF_BYTES = 4096


@dataclass
class Feed:
    title: Optional[str]
    entries: list[Entry]
    links: list[Optional[str]]  # each entry's link, fetched for the full text of a summary


def looks_like_feed(raw: bytes) -> bool:
    """Whether the bytes start like an RSS, RDF or Atom document."""
    return _FEED_ROOT.search(raw[:_SNIFF_BYTES]) is not None


def _html_text(markup: str) -> str:
    paragraphs = re.split(r"\n\s*\n", parse_html(markup).text())
    return "\n\n".join(p.strip() for p in drop_teasers(paragraphs) if p.strip())


def read_feed(raw: bytes, path: str) -> Feed:
    """The items of a feed; ArticleError when it is no feed, malformed past reading, or unsafe."""
    try:
        import feedparser
    except ImportError:
        raise ArticleError(path, "needs feedparser to be read (pip install feedparser)") from None
    if _ENTITY_DECLARATION.search(raw):
        raise ArticleError(path, "declares XML entities (an entity-expansion bomb?); the feed is not read")
    try:
        parsed = feedparser.parse(raw, resolve_relative_uris=False, sanitize_html=True)
    except Exception as error:  # feedparser is lenient; what it cannot take is no feed
        raise ArticleError(path, f"is not a feed Frontline reads ({type(error).__name__})") from None
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        if not parsed.get("version") or problem is not None:
            detail = f" ({problem})" if problem is not None else ""
            raise ArticleError(path, f"is not an RSS or Atom feed Frontline reads{detail}", other_kind=True)
        raise ArticleError(path, "is a feed without items")
    info = parsed.feed
    feed_language = language_code(info.get("language"))
    entries, links = [], []
    for number, item in enumerate(parsed.entries, start=1):
        contents = [c.get("value", "") for c in item.get("content", []) if c.get("value")]
        full = _html_text(max(contents, key=len)) if contents else ""
        summary = _html_text(item.get("summary", "")) if item.get("summary") else ""
        if len(full) < len(summary):
            full = ""  # a content element shorter than the summary is a teaser, not the story
        entries.append(
            Entry(
                text=full or summary,
                number=number,
                title=" ".join(item.get("title", "").split()) or None,
                published=published_from(item.get("published_parsed") or item.get("updated_parsed"), "feed"),
                url=item.get("link") or None,
                language=language_code(item.get("language")) or feed_language,
                source=" ".join(info.get("title", "").split()) or None,
                author=item.get("author") or None,
                content="full" if full else "summary",
            )
        )
        links.append(item.get("link") or None)
    return Feed(title=info.get("title"), entries=entries, links=links)
