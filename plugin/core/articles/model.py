"""What reading an article gives: an `Article` with its `Published` date, or a `ReadProblem`
(raised inside the reader as `ArticleError`)."""

from __future__ import annotations

import os
from bisect import bisect_right
from dataclasses import dataclass, field

__all__ = ["Article", "ArticleError", "Entry", "Published", "ReadProblem"]


@dataclass(frozen=True)
class Published:
    """When an article appeared, as precisely as known, and which evidence said so."""

    value: str | None  # TIMEX3: "2017-11-04", "2017-11", "2017"
    start: str | None  # first day it may be (ISO)
    end: str | None  # last day it may be (ISO)
    precision: str | None  # "day" | "month" | "year"
    source: str  # "header" | "html" | "batch" | "filename" | "none"


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
    author: str | None = None
    retrieved: str | None = None  # when the URL was fetched (ISO, UTC); None for local files
    pages: tuple[int, ...] = ()  # where each page of a PDF starts in `text`
    content: str = "full"  # "summary" when a feed gave only the item's summary

    @property
    def body(self) -> str:
        return self.text[self.body_start :]

    def page_of(self, offset: int) -> int | None:
        """The page (from 1) that holds a character offset, for a PDF's provenance."""
        if not self.pages:
            return None
        return bisect_right(self.pages, offset) or 1


@dataclass
class Entry:
    """One article inside a file that may hold several (a feed's item, an export's row, a part
    of a Word document, a PDF report): its text and what the file says about it."""

    text: str
    number: int = 0  # the item, row or part number from 1; 0 when the file is one article
    title: str | None = None
    published: Published | None = None
    url: str | None = None
    language: str | None = None
    source: str | None = None
    author: str | None = None
    content: str = "full"  # "summary" when only a summary or a cut text was there
    file_date: Published | None = None  # the file's own creation date: the last resort
    pages: tuple[int, ...] = ()


@dataclass(frozen=True)
class ReadProblem:
    """A file that could not be read as an article; `reason` names the file and says why."""

    path: str
    reason: str
    # the file is of another kind than its name says (a .json of settings, an .xml that is no
    # feed): passed over silently when met in a folder, reported when named
    other_kind: bool = field(default=False, compare=False)

    def __str__(self) -> str:
        return self.reason


class ArticleError(Exception):
    """A file that cannot be read as an article (empty, binary, too large, gone, …)."""

    def __init__(self, path: str | os.PathLike, reason: str, other_kind: bool = False) -> None:
        self.path = str(path)
        self.reason = f"{self.path} {reason}"
        self.other_kind = other_kind
        super().__init__(self.reason)
