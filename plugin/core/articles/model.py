"""What reading an article gives: an `Article` with its `Published` date, or a `ReadProblem`
(raised inside the reader as `ArticleError`)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

__all__ = ["Article", "ArticleError", "Published", "ReadProblem"]


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
