"""Article files read into `Article`s: decoded text, header metadata, language and publication date.

Everything downstream (places, times, events) points into `Article.text` by character offset, so
the text is kept exactly as decoded: for .txt and .md it is the whole file (byte-order mark
removed, line endings untouched, header lines included; `body_start` says where the article
begins); for HTML it is the visible text html_pages.py extracts (see `parse_html`).
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path
from typing import Iterable, Iterator, Union

from .dates import batch_published, filename_published
from .decoding import decode
from .headers import markdown_heading, read_front_matter, read_header
from .html_pages import html_header, parse_html
from .language import detect_language, requested_language
from .model import Article, ArticleError, Published, ReadProblem

__all__ = ["MAX_ARTICLE_BYTES", "SUFFIXES", "iter_articles", "read_article", "read_articles"]


# Larger files are refused before they are read: news articles are kilobytes, and a 50 MB log or
# dump dropped into a folder must not stall or exhaust a batch.
MAX_ARTICLE_BYTES = 20_000_000
SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}
_UNKNOWN = Published(None, None, None, None, "none")


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
    batch = batch_published(batch_date) if batch_date else None
    user_language = requested_language(language)
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        supported = ", ".join(SUFFIXES)
        raise ArticleError(path, f"is not an article file Frontline reads ({supported})")
    raw = _read_bytes(path)
    text, encoding = decode(raw, path, kind == "html")
    if not text.strip():
        raise ArticleError(path, "contains only whitespace")
    html_language = None
    if kind == "html":
        reader = parse_html(text)
        text = reader.text()
        if not text:
            raise ArticleError(path, "has no visible text")
        header = html_header(reader)
        html_language, header.language = header.language, None
    else:
        header = (kind == "markdown" and read_front_matter(text)) or read_header(text)
        if header.body_start >= len(text):
            raise ArticleError(path, "has header lines but no article text")
        if kind == "markdown" and header.title is None:
            header.title = markdown_heading(text, header.body_start)
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
        published=header.published or batch or filename_published(path) or _UNKNOWN,
        sha256=digest,
        encoding=encoding,
        format=kind,
    )


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
        batch_published(batch_date)
    requested_language(language)
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


def article_files(paths: PathArg | Iterable[PathArg]) -> list[Path | ReadProblem]:
    """The files iter_articles would read, in its order (a folder's problems as ReadProblems):
    a caller that shows progress per article knows the count before it starts."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    seen: set[tuple[int, int]] = set()
    return [item for top in paths for item in _article_files(Path(top), seen)]


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
