"""Reprints are one source. The same agency copy printed by five outlets is one report, not five
confirmations: an exact duplicate (the same text, or the same canonical URL) is read once, and
near-duplicates (the copy under another headline, with another lead or its paragraphs in
another order) share a story id. Every article keeps its own outlet; corroboration counts
stories, not copies.

Near-duplicates are found by the overlap of their 5-word shingles: two bodies whose smaller one
shares at least half its shingles with the other are one story. Shingles most of a large batch
shares (a site's boilerplate) are not counted, and one that many articles share is counted
between each of them and the first and between neighbours only, so the cost grows with the
batch, not its square.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections import Counter, defaultdict
from itertools import combinations
from typing import Optional, Sequence
from urllib.parse import parse_qsl, urlencode, urlsplit

from .model import Article

__all__ = ["ExactDuplicates", "story_groups"]

_SHINGLE = 5
_CONTAINMENT = 0.5  # the smaller body's share of shingles found in the other
_MIN_SHINGLES = 15  # shorter bodies are grouped only when they are the same text
_COMMON_SHINGLE = 50  # a shingle in more articles than this is boilerplate, not a story's
_PAIRED_SHINGLE = 8  # a shingle in more articles than this counts between each and the first only
_WORD = re.compile(r"\w+")
_TRACKING = re.compile(r"^(?:utm_\w+|fbclid|gclid|mc_\w+|ref|cmp|at_\w+|wt_\w+)$", re.IGNORECASE)


def text_key(article: Article) -> str:
    """The body's words, case and spacing aside: the same text under any formatting."""
    words = " ".join(_WORD.findall(article.body.casefold()))
    return hashlib.sha256(words.encode("utf-8")).hexdigest()


def url_key(url: Optional[str]) -> Optional[str]:
    """A URL without scheme, www., fragment, tracking parameters and trailing slash."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if not parts.netloc:
        return None
    host = parts.netloc.lower().removeprefix("www.")
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if not _TRACKING.match(k)])
    return f"{host}{parts.path.rstrip('/')}" + (f"?{query}" if query else "")


class ExactDuplicates:
    """Remembers the articles of a batch; `same_as` names the first one with the same text or
    the same canonical URL."""

    def __init__(self) -> None:
        self._seen: dict[str, Article] = {}

    def same_as(self, article: Article) -> Optional[Article]:
        keys = [f"text:{text_key(article)}"]
        url = url_key(article.url)
        if url is not None:
            keys.append(f"url:{url}")
        first = next((self._seen[k] for k in keys if k in self._seen), None)
        if first is None:
            for key in keys:
                self._seen[key] = article
        return first


def _shingles(article: Article) -> set[int]:
    words = _WORD.findall(article.body.casefold())
    return {
        zlib.crc32(" ".join(words[i : i + _SHINGLE]).encode("utf-8"))
        for i in range(max(0, len(words) - _SHINGLE + 1))
    }


def story_groups(articles: Sequence[Article]) -> dict[str, str]:
    """Each article's story id: the id of the first article of its group of reprints."""
    sets = [_shingles(a) for a in articles]
    postings: dict[int, list[int]] = defaultdict(list)
    for i, shingles in enumerate(sets):
        if len(shingles) >= _MIN_SHINGLES:
            for shingle in shingles:
                postings[shingle].append(i)
    common = max(_COMMON_SHINGLE, len(articles) // 2)
    shared: Counter[tuple[int, int]] = Counter()  # counted in C by update(), not pair by pair
    for holders in postings.values():
        if len(holders) < 2 or len(holders) > common:
            continue  # (most shingles are one article's own: no pair to count)
        if len(holders) > _PAIRED_SHINGLE:
            # held by many: it counts between each holder and the first and between neighbours
            # in batch order (a copy reprinted by a hundred outlets joins its first printing, and
            # the copies join each other when the first only quotes them), so no shingle costs
            # the square of its holders; the counts are never more than the pairs really share
            shared.update({(holders[0], b) for b in holders[1:]} | set(zip(holders, holders[1:])))
            continue
        shared.update(combinations(holders, 2))
    parent = list(range(len(articles)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for (a, b), count in sorted(shared.items()):
        if count >= _CONTAINMENT * min(len(sets[a]), len(sets[b])):
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    return {article.id: articles[root(i)].id for i, article in enumerate(articles)}
