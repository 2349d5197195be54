"""Publication dates: a date as a header line or a meta tag writes it, the batch date, a date in
the file name."""

from __future__ import annotations

import calendar
import datetime as dt
import email.utils
import re
import time
from functools import lru_cache
from pathlib import Path

from .model import Published
from .vocabulary import language_words

__all__ = ["batch_published", "filename_published", "match_date", "published_from"]


_YEARS = (1800, 2199)  # a header or meta date outside these years is not a publication date
_FILENAME_YEARS = (1900, 2099)


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


def match_date(text: str, pos: int = 0, source: str = "header") -> tuple[Published, int] | None:
    """A date written at text[pos:], and the offset where it ends."""
    vocabulary = language_words()
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
    found = match_date(value, 0, source)
    return found[0] if found and found[1] == len(value) else None


def published_from(value: object, source: str) -> Published | None:
    """A date as feeds and exports write it: ISO 8601 with or without a time ("2017-11-04T10:00Z"),
    RFC 822 ("Sat, 04 Nov 2017 10:00:00 +0100"), a written date ("4. November 2017"), a
    time.struct_time (feedparser) or a datetime; None when it is none of these."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return _published(value.year, value.month, value.day, source)
    if isinstance(value, time.struct_time):
        return _published(value.tm_year, value.tm_mon, value.tm_mday, source)
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    found = match_date(value, 0, source)
    if found and not value[found[1] :].strip(" \t.,"):
        return found[0]
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        moment = None
    if moment is not None and _YEARS[0] <= moment.year <= _YEARS[1]:
        return _published(moment.year, moment.month, moment.day, source)
    return found[0] if found and found[0].precision == "day" else None


@lru_cache(maxsize=64)
def batch_published(batch_date: str) -> Published:
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


def filename_published(path: Path) -> Published | None:
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
