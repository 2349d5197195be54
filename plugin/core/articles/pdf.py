"""PDF reports with pypdf: the text of each page in reading order, ligatures and odd spaces
normalised (NFKC), words hyphenated across a line end joined, and running headers and footers
(a line repeated on most pages, "Seite 2 von 5", a bare page number) dropped. Where each page
starts is kept, so every quote can name its page.

The report's date is the one printed at the top of its first page; the file's creation date is
only the last resort (reading.py puts it after the batch date and the file name). A PDF without
a text layer (a scan) is reported as such rather than read as empty.
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
from collections import Counter
from typing import Optional

from .dates import match_date, published_from
from .model import ArticleError, Entry, Published

__all__ = ["read_pdf"]

log = logging.getLogger(__name__)

_EDGE_LINES = 3  # running headers and footers are among a page's first and last lines
_REPEATED_SHARE = 0.6  # on at least this share of the pages (and two of them)
_DATE_LINES = 12  # the report's date is looked for in the first page's first lines
_MIN_CHARS_PER_PAGE = 20  # less text than this on average: the pages are pictures
_MAX_PAGES = 5000
_PAGE_NUMBER = re.compile(
    r"(?:(?:Seite|Page|S\.|p\.)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:von|of|/|aus)\s*\d{1,4})?",
    re.IGNORECASE,
)
_HYPHENATED = re.compile(r"(?<=[^\W\d_])[-\u00ad]\n(?=[a-zäöüß])")
_SPACES = re.compile(r"[ \t\u00a0]+")


def _signature(line: str) -> str:
    """A line with its numbers blanked, so "Lagebericht 3/2017 – Seite 2" repeats on every page."""
    return re.sub(r"\d+", "#", " ".join(line.split())).lower()


def _page_lines(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).replace("\r\n", "\n").replace("\r", "\n")
    return [_SPACES.sub(" ", line).strip() for line in text.split("\n")]


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Signatures of lines at the top or bottom of most pages."""
    if len(pages) < 2:
        return set()
    counts: Counter = Counter()
    for lines in pages:
        filled = [line for line in lines if line]
        edges = filled[:_EDGE_LINES] + filled[-_EDGE_LINES:]
        counts.update({_signature(line) for line in edges})
    needed = max(2, _REPEATED_SHARE * len(pages))
    return {signature for signature, n in counts.items() if n >= needed}


def _body(lines: list[str], running: set[str]) -> str:
    """A page's text without its running lines and page numbers; paragraphs kept, hyphens joined."""
    filled = [i for i, line in enumerate(lines) if line]
    edges = set(filled[:_EDGE_LINES] + filled[-_EDGE_LINES:])
    kept = [
        line
        for i, line in enumerate(lines)
        if not (i in edges and (_signature(line) in running or _PAGE_NUMBER.fullmatch(line)))
    ]
    text = "\n".join(kept).strip()
    text = re.sub(r"\n{3,}", "\n\n", text)
    return _HYPHENATED.sub("", text)


def _first_page_date(lines: list[str]) -> Optional[Published]:
    """The first date of day or month precision printed in the first page's first lines."""
    fallback = None
    for line in [line for line in lines if line][:_DATE_LINES]:
        for m in re.finditer(r"(?:^|(?<=[\s,(:]))\S", line):
            found = match_date(line, m.start(), "pdf")
            if found is None:
                continue
            published = found[0]
            if published.precision == "day":
                return published
            if published.precision == "month" and fallback is None:
                fallback = published
    return fallback


def _metadata_date(value) -> Optional[Published]:
    """pypdf's creation date ("D:20171104093000+01'00'" or a datetime)."""
    if value is None:
        return None
    if isinstance(value, str):
        m = re.match(r"D:(\d{4})(\d{2})(\d{2})", value)
        value = f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None
    return published_from(value, "file")


def read_pdf(raw: bytes, path: str) -> Entry:
    """The report as one entry: its text with page starts, its title and dates."""
    try:
        from pypdf import PdfReader
    except ImportError:
        raise ArticleError(path, "needs pypdf to be read (pip install pypdf)") from None
    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ArticleError(path, "is encrypted (it needs a password); Frontline cannot read it")
        count = len(reader.pages)
        if count > _MAX_PAGES:
            raise ArticleError(path, f"has {count} pages; reports over {_MAX_PAGES} pages are not read")
        pages = [_page_lines(page.extract_text() or "") for page in reader.pages]
        info = reader.metadata or {}
        title = (info.get("/Title") or "").strip() if isinstance(info.get("/Title"), str) else ""
        created = info.get("/CreationDate")
    except ArticleError:
        raise
    except Exception as error:  # pypdf raises many kinds of errors on a broken file
        if "decrypt" in str(error).lower() or "crypt" in type(error).__name__.lower():
            raise ArticleError(path, "is encrypted; Frontline cannot read it") from None
        raise ArticleError(path, f"is not a readable PDF ({type(error).__name__}: {error})") from None
    if not pages:
        raise ArticleError(path, "has no pages")
    if sum(len("".join(lines)) for lines in pages) < _MIN_CHARS_PER_PAGE * len(pages):
        raise ArticleError(path, "has no text layer (a scanned PDF?); run OCR first (e.g. ocrmypdf)")
    running = _running_lines(pages)
    texts, starts, at = [], [], 0
    for lines in pages:
        body = _body(lines, running)
        starts.append(at)
        texts.append(body)
        at += len(body) + 2
    text = "\n\n".join(texts)
    first_lines = [line for line in pages[0] if line and _signature(line) not in running]
    if not title or re.match(r"(?:Microsoft Word|untitled|Dokument\d*)\b", title, re.IGNORECASE):
        title = next((line for line in first_lines if match_date(line, 0) is None), "") if first_lines else ""
    return Entry(
        text=text,
        title=title[:300] or None,
        published=_first_page_date(first_lines),
        file_date=_metadata_date(created),
        pages=tuple(starts),
    )
