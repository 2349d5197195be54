"""What each feature says about where it comes from and who corrected it: the article's title, outlet,
date and file, the quote with the mention marked, and the review state, so that Identify and map
tips read as a source note rather than as a hash."""

from __future__ import annotations

import html
from typing import Any, Dict, Iterable, Mapping, Optional, Sequence

from ..corrections.model import Correction, describe
from ..events.routes import format_time, parse_time

PROVENANCE_FIELDS = (
    "outlet published:datetime article_path article_url quote_html "
    "item_key review corrected corrected_by corrected_at:datetime"
)


def article_fields(article: Optional[Mapping]) -> Dict[str, Any]:
    """outlet, published, article_path, article_url of the article a feature comes from."""
    if not isinstance(article, Mapping):
        return {"outlet": None, "published": None, "article_path": None, "article_url": None}
    published = article.get("published") if isinstance(article.get("published"), Mapping) else {}
    moment = parse_time(published.get("start") or published.get("value"))
    return {
        "outlet": _text(article.get("source")),
        "published": format_time(moment),
        "article_path": _text(article.get("path")),
        "article_url": _text(article.get("url")),
    }


def review_fields(item: Mapping, words: Optional[Mapping[str, str]] = None) -> Dict[str, Any]:
    """review, corrected (what was changed), corrected_by and corrected_at (the last correction)."""
    rows = [r for r in item.get("corrections") or [] if isinstance(r, Mapping)]
    if not rows:
        return {"review": item.get("review"), "corrected": None, "corrected_by": None, "corrected_at": None}
    corrections = []
    for row in rows:
        try:
            corrections.append(Correction.from_row(row))
        except ValueError:
            continue
    last = corrections[-1] if corrections else None
    return {
        "review": item.get("review"),
        "corrected": "; ".join(dict.fromkeys(describe(c, words) for c in corrections)) or None,
        "corrected_by": (last.author or None) if last else None,
        "corrected_at": format_time(parse_time(last.created)) if last else None,
    }


def mark_quote(quote: Optional[str], marks: Iterable[Optional[str]]) -> Optional[str]:
    """The quote as HTML with each of `marks` (the mention, the trigger) in bold; a trigger of a
    separable verb ("rückten … vor") marks each of its parts."""
    if not quote:
        return None
    spans = []
    for mark in marks:
        for part in str(mark or "").split("…"):
            part = part.strip()
            if not part:
                continue
            at = quote.find(part)
            if at >= 0:
                spans.append((at, at + len(part)))
    spans.sort()
    out, position = [], 0
    for start, end in spans:
        if start < position:
            continue
        out.append(html.escape(quote[position:start]))
        out.append(f"<b>{html.escape(quote[start:end])}</b>")
        position = end
    out.append(html.escape(quote[position:]))
    return "".join(out)


def sentence_quote(article: Mapping, sentence: Optional[int]) -> Optional[str]:
    """The quote of a sentence, from a quote of any mention or event in it."""
    if sentence is None:
        return None
    for item in [*list(article.get("places") or []), *list(article.get("events") or [])]:
        if isinstance(item, Mapping) and item.get("sentence") == sentence and item.get("quote"):
            return str(item["quote"])
    return None


def first_of(values: Sequence[Any]) -> Any:
    return next((v for v in values if v is not None), None)


def _text(value) -> Optional[str]:
    return None if value is None else str(value)
