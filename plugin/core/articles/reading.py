"""Articles read from files, folders and URLs: decoded text, header metadata, language and
publication date, one `Article` each (or a `ReadProblem` that names the input and says why not).

Everything downstream (places, times, events) points into `Article.text` by character offset. For
.txt and .md the text is the whole file (byte-order mark removed, stray control characters made
spaces, line endings untouched, header lines included; `body_start` says where the article
begins); for a web page it is the story's main text (web.py); for a PDF its pages' text (pdf.py,
`Article.pages` says where each starts); for a feed's item or an export's row its text field.

A feed, a CSV or JSON export and a Word document may hold several articles: each is read as
`path#n`. A URL is fetched by the options' fetcher (fetch.py), which keeps what it fetched.
"""

from __future__ import annotations

import hashlib
import logging
import os
import stat
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from .dates import batch_published, filename_published
from .decoding import clean_controls, decode
from .exports import FieldNames, read_csv, read_docx, read_json, read_jsonl
from .feeds import looks_like_feed, read_feed
from .fetch import Fetcher, FetchError, is_url, stored_origin
from .headers import Header, markdown_heading, read_front_matter, read_header
from .language import detect_language, requested_language
from .model import Article, ArticleError, Entry, Published, ReadProblem
from .pdf import read_pdf
from .web import read_web_page

__all__ = [
    "MAX_ARTICLE_BYTES",
    "SUFFIXES",
    "ReadOptions",
    "iter_articles",
    "read_article",
    "read_articles",
    "read_bytes",
]

LOG = logging.getLogger(__name__)

# Larger files are refused before they are read: news articles are kilobytes, and a 50 MB log or
# dump dropped into a folder must not stall or exhaust a batch.
MAX_ARTICLE_BYTES = 20_000_000
SUFFIXES = {
    ".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html",
    ".pdf": "pdf", ".rss": "feed", ".atom": "feed", ".xml": "feed", ".csv": "csv", ".tsv": "csv",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".docx": "docx",
}  # fmt: skip
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


@dataclass(frozen=True)
class ReadOptions:
    """How a batch is read: its date and language for articles that state none, the column names
    of exports, and the fetcher for URLs (None: URLs are reported, not fetched)."""

    batch_date: Optional[str] = None
    language: Optional[str] = None
    fields: FieldNames = field(default_factory=FieldNames)
    fetcher: Optional[Fetcher] = None


def read_article(
    path: str | os.PathLike, *, batch_date: str | None = None, language: str | None = None
) -> Article:
    """Read a file that is one article; raises ArticleError naming the file and the reason when
    it cannot, or when the file holds several articles (a feed, an export: use read_articles).

    batch_date ("2017-11-04", "2017-11") dates articles whose header, HTML and file name do not;
    language ("de", "en"; None or "auto" to detect) overrides detection but not a `lang` header.
    """
    path = Path(path)
    options = ReadOptions(batch_date, language)
    batch_published(batch_date) if batch_date else None
    requested_language(language)
    found = list(_read_file(path, options))
    for item in found:
        if isinstance(item, ReadProblem):
            raise ArticleError(item.path, item.reason[len(item.path) + 1 :])
    if len(found) != 1:
        raise ArticleError(path, f"holds {len(found)} articles; read it with read_articles")
    return found[0]


def read_bytes(
    raw: bytes,
    name: str,
    kind: Optional[str] = None,
    *,
    url: Optional[str] = None,
    retrieved: Optional[str] = None,
    options: Optional[ReadOptions] = None,
) -> list[Article | ReadProblem]:
    """The articles in bytes that came from somewhere else than a file (a fetch in QGIS, an
    evaluation's pages): `kind` as in SUFFIXES' values, else told from the name and the bytes."""
    kind = kind or SUFFIXES.get(Path(name).suffix.lower()) or _fetched_kind("", raw)
    if kind is None:
        return [ReadProblem(name, f"{name} is not an article Frontline reads")]
    return list(_read_raw(_Source(name, raw, options or ReadOptions(), url, retrieved), kind))


def _kind(path: Path) -> str:
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        supported = ", ".join(SUFFIXES)
        raise ArticleError(path, f"is not an article file Frontline reads ({supported})")
    return kind


def _read_file(path: Path, options: ReadOptions) -> Iterator[Article | ReadProblem]:
    """The articles of one file (several for a feed or an export), or the problem."""
    try:
        kind = _kind(path)
        raw = _read_bytes(path)
    except ArticleError as error:
        yield ReadProblem(error.path, error.reason)
        return
    origin = stored_origin(path) or {}
    source = _Source(
        str(path), raw, options, origin.get("final_url") or origin.get("url"), origin.get("retrieved")
    )
    yield from _read_raw(source, kind)


def _read_url(url: str, options: ReadOptions) -> Iterator[Article | ReadProblem]:
    if options.fetcher is None:
        yield ReadProblem(url, f"{url} is a URL, and fetching is off here")
        return
    try:
        fetched = options.fetcher.fetch(url)
    except FetchError as error:
        yield ReadProblem(url, error.reason)
        return
    kind = _fetched_kind(fetched.content_type, fetched.body)
    if kind is None:
        what = fetched.content_type or "an unknown type"
        yield ReadProblem(url, f"{url} is not a page Frontline reads ({what})")
        return
    if not fetched.body:
        yield ReadProblem(url, f"{url} answered with an empty page")
        return
    source = _Source(fetched.path or url, fetched.body, options, fetched.final_url, fetched.retrieved)
    yield from _read_raw(source, kind)


def _fetched_kind(content_type: str, body: bytes) -> Optional[str]:
    """What a fetched body is, by its type and, where servers are vague, by its first bytes."""
    head = body[:2048].lstrip().lower()
    content_type = content_type.lower()
    if "pdf" in content_type or body.startswith(b"%PDF"):
        return "pdf"
    if any(t in content_type for t in ("rss", "atom")) or looks_like_feed(body):
        return "feed"
    if "html" in content_type or head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if "json" in content_type:
        return "json"
    if "csv" in content_type:
        return "csv"
    if content_type in ("text/plain", "text/markdown"):
        return "text"
    return None


@dataclass
class _Source:
    """A file's or a fetched URL's bytes, with where they came from."""

    name: str  # the file's path (a fetched URL's kept copy), or the URL itself
    raw: bytes
    options: ReadOptions
    url: Optional[str] = None
    retrieved: Optional[str] = None

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.raw).hexdigest()


def _read_raw(source: _Source, kind: str) -> Iterator[Article | ReadProblem]:
    try:
        if kind in ("text", "markdown", "html"):
            yield _text_article(source, kind)
        elif kind == "pdf":
            yield _entry_article(source, kind, read_pdf(source.raw, source.name))
        elif kind == "docx":
            entries = read_docx(source.raw, source.name)
            for entry in entries:
                yield _entry_article(source, kind, entry)
        elif kind == "feed":
            yield from _feed_articles(source)
        else:
            reader = {"csv": read_csv, "json": read_json, "jsonl": read_jsonl}[kind]
            for entry in reader(source.raw, source.name, source.options.fields):
                if isinstance(entry, ArticleError):
                    yield ReadProblem(entry.path, entry.reason)
                else:
                    yield _entry_article(source, kind, entry)
    except ArticleError as error:
        yield ReadProblem(error.path, error.reason, error.other_kind)


def _feed_articles(source: _Source) -> Iterator[Article | ReadProblem]:
    """A feed's items; an item without its full text is read from its linked page when a
    fetcher is at hand, else from its summary (content "summary")."""
    feed = read_feed(source.raw, source.name)
    fetcher = source.options.fetcher
    for entry, link in zip(feed.entries, feed.links):
        if entry.content == "summary" and link and fetcher is not None:
            try:
                page = _linked_page(fetcher.fetch(link), entry, source.options)
            except (FetchError, ArticleError) as error:
                LOG.warning("%s; the feed's summary is read instead", error)
                page = None
            if page is not None:
                yield page
                continue
        try:
            yield _entry_article(source, "feed", entry)
        except ArticleError as error:
            yield ReadProblem(error.path, error.reason)


def _linked_page(fetched, entry: Entry, options: ReadOptions) -> Optional[Article]:
    """A feed item's page, by its main text, with the item's title, date and author where the
    page lacks them."""
    if _fetched_kind(fetched.content_type, fetched.body) != "html":
        return None
    article = _text_article(
        _Source(fetched.path or fetched.url, fetched.body, options, fetched.final_url, fetched.retrieved),
        "html",
    )
    published = (
        article.published if article.published.source == "html" else entry.published or article.published
    )
    return replace(
        article,
        title=article.title or entry.title,
        source=entry.source or article.source,
        author=article.author or entry.author,
        published=published,
    )


def _text_article(source: _Source, kind: str) -> Article:
    """A text, Markdown or HTML file (or fetched page): one article."""
    path = Path(source.name)
    text, encoding = decode(source.raw, path, kind == "html")
    if not text.strip():
        raise ArticleError(path, "contains only whitespace")
    html_language, author = None, None
    if kind == "html":
        page = read_web_page(text, source.url)
        text, header, author = page.text, page.header, page.author
        if not text:
            raise ArticleError(path, "has no visible text")
        html_language, header.language = header.language, None
    else:
        header = (kind == "markdown" and read_front_matter(text)) or read_header(text)
        if header.body_start >= len(text):
            raise ArticleError(path, "has header lines but no article text")
        if kind == "markdown" and header.title is None:
            header.title = markdown_heading(text, header.body_start)
    digest = source.digest
    return _article(
        source, kind, text, header, digest[:12], digest, encoding, html_language=html_language, author=author
    )


def _entry_article(source: _Source, kind: str, entry: Entry) -> Article:
    """An article from an entry of a feed, an export, a Word document or a PDF."""
    text = clean_controls(entry.text).strip()
    name = f"{source.name}#{entry.number}" if entry.number else source.name
    if not text:
        raise ArticleError(name, "has no text")
    header = Header(entry.title, entry.source, entry.url, entry.language, entry.published)
    digest = source.digest
    if entry.number:
        article_id = hashlib.sha256(f"{digest}#{entry.number}".encode()).hexdigest()[:12]
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    else:
        article_id = digest[:12]
    return _article(
        source,
        kind,
        text,
        header,
        article_id,
        digest,
        "utf-8",
        name=name,
        author=entry.author,
        pages=entry.pages,
        content=entry.content,
        file_date=entry.file_date,
    )


def _article(
    source: _Source,
    kind: str,
    text: str,
    header: Header,
    article_id: str,
    digest: str,
    encoding: str,
    *,
    name: Optional[str] = None,
    html_language: Optional[str] = None,
    author: Optional[str] = None,
    pages: tuple[int, ...] = (),
    content: str = "full",
    file_date: Optional[Published] = None,
) -> Article:
    options = source.options
    body = text[header.body_start :]
    user_language = requested_language(options.language)
    if header.language:
        lang, lang_source = header.language, "header"
    elif user_language:
        lang, lang_source = user_language, "user"
    else:
        lang, lang_source = detect_language(body), "detected"
        if lang == "und" and html_language:
            lang, lang_source = html_language, "html"
    batch = batch_published(options.batch_date) if options.batch_date else None
    from_name = filename_published(Path(source.name)) if source.url is None else None
    return Article(
        id=article_id,
        path=name or source.name,
        title=header.title,
        source=header.source,
        url=header.url or source.url,
        language=lang,
        language_source=lang_source,
        text=text,
        body_start=header.body_start,
        published=header.published or batch or from_name or file_date or _UNKNOWN,
        sha256=digest,
        encoding=encoding,
        format=kind,
        author=author,
        retrieved=source.retrieved,
        pages=pages,
        content=content,
    )


PathArg = Union[str, os.PathLike]


def iter_articles(
    paths: PathArg | Iterable[PathArg],
    *,
    batch_date: str | None = None,
    language: str | None = None,
    fields: FieldNames | None = None,
    fetcher: Fetcher | None = None,
) -> Iterator[Article | ReadProblem]:
    """Articles from files, folders (recursively, sorted by name) and URLs, one at a time.

    A file or URL that cannot be read becomes a ReadProblem and the batch goes on. In folders,
    hidden entries and files of other kinds are passed over silently; a file named explicitly
    that is not an article file is reported. A URL (a string such as "https://…") is fetched with
    `fetcher`; a feed's URL gives its items. Bad batch_date or language raise ValueError at once.
    """
    if batch_date:
        batch_published(batch_date)
    requested_language(language)
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    options = ReadOptions(batch_date, language, fields or FieldNames(), fetcher)
    return _iter_articles(list(paths), options)


def _iter_articles(paths: list, options: ReadOptions) -> Iterator:
    seen: set[tuple[int, int]] = set()
    for top in paths:
        if isinstance(top, str) and is_url(top):
            yield from _read_url(top, options)
            continue
        for path in _article_files(Path(top), seen):
            if isinstance(path, ReadProblem):
                yield path
                continue
            named = path == Path(top)
            for item in _read_file(path, options):
                if not (isinstance(item, ReadProblem) and item.other_kind and not named):
                    yield item  # a folder's settings .json or non-feed .xml is passed over


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
    paths: PathArg | Iterable[PathArg],
    *,
    batch_date: str | None = None,
    language: str | None = None,
    fields: FieldNames | None = None,
    fetcher: Fetcher | None = None,
) -> tuple[list[Article], list[ReadProblem]]:
    """All articles under `paths` and the problems met, in reading order."""
    articles: list[Article] = []
    problems: list[ReadProblem] = []
    for item in iter_articles(
        paths, batch_date=batch_date, language=language, fields=fields, fetcher=fetcher
    ):
        (problems if isinstance(item, ReadProblem) else articles).append(item)
    return articles, problems
