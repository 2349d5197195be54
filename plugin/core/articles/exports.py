"""Exports of news databases, one article per row or object: CSV (Media Cloud, spreadsheets), JSON
(NewsAPI's `articles`, a list of objects) and JSON Lines; and Word documents, one article or
several an export separates ("End of Document").

Columns are found by their common names (text, body, content, full_text; date, publish_date,
publishedAt, pubDate; title, headline; url, link; language, lang; source, outlet, media_name),
in any case and spelling of separators, or named by the user (`--text-field` …).
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from dataclasses import dataclass, fields
from typing import Iterator, Optional, Union

from .dates import published_from
from .headers import read_header
from .language import language_code
from .model import ArticleError, Entry

__all__ = ["FIELD_NAMES", "FieldNames", "read_csv", "read_docx", "read_json", "read_jsonl"]


@dataclass(frozen=True)
class FieldNames:
    """Column or key names the user gives for an export (None: recognised by FIELD_NAMES)."""

    text: Optional[str] = None
    date: Optional[str] = None
    title: Optional[str] = None
    url: Optional[str] = None
    language: Optional[str] = None
    source: Optional[str] = None
    author: Optional[str] = None


# Names compared without case, spaces, underscores, hyphens and dots; the first present wins.
FIELD_NAMES = {
    "text": ("text", "body", "fulltext", "content", "articlebody", "articletext", "maintext", "story"),
    "date": ("date", "publishdate", "publishedat", "pubdate", "published", "publicationdate",
             "publishedtime", "datepublished", "datetime", "time", "created", "createdat", "timestamp"),
    "title": ("title", "headline", "heading", "subject"),
    "url": ("url", "link", "canonicalurl", "articleurl", "uri", "href", "guid"),
    "language": ("language", "lang", "locale", "languagecode"),
    "source": ("source", "outlet", "medianame", "media", "publisher", "sitename", "sourcename",
               "newspaper", "publication", "domain"),
    "author": ("author", "authors", "byline", "creator", "writer"),
}  # fmt: skip
# NewsAPI cuts `content` to 200 characters and says how much is missing.
_TRUNCATED = re.compile(r"\s*(?:…|\.\.\.)?\s*\[\+\d+ (?:chars|characters)\]\s*$")
_MAX_FIELD = 20_000_000
# Word documents: more unpacked than this is a zip bomb, not an article.
_MAX_DOCX_UNPACKED = 200_000_000
_DOCX_SEPARATOR = re.compile(
    r"(?:End of Document|Ende des Dokuments|Dokumentende|\*{3,}|_{5,}|={5,}|-{5,})", re.IGNORECASE
)
_MIN_PART_WORDS = 20


def _key(name: str) -> str:
    return re.sub(r"[\s_.\-]+", "", name).lower()


def _columns(available: list[str], names: FieldNames) -> dict[str, Optional[str]]:
    """Which of an export's columns holds each field."""
    by_key: dict[str, str] = {}
    for column in available:
        by_key.setdefault(_key(column), column)
    chosen: dict[str, Optional[str]] = {}
    for field in fields(FieldNames):
        given = getattr(names, field.name)
        if given is not None:
            chosen[field.name] = given if given in available else by_key.get(_key(given))
        else:
            chosen[field.name] = next((by_key[k] for k in FIELD_NAMES[field.name] if k in by_key), None)
    return chosen


def _value(value) -> Optional[str]:
    """A field as text: NewsAPI's source {"id", "name"}, WordPress's {"rendered"}, lists joined."""
    if isinstance(value, dict):
        value = next((value[k] for k in ("name", "rendered", "value", "text") if k in value), None)
    if isinstance(value, list):
        value = ", ".join(v for v in map(_value, value) if v)
    if value is None or isinstance(value, bool):
        return None
    text = str(value).strip()
    return text or None


def _entry(get, columns: dict[str, Optional[str]], number: int) -> Entry:
    def field(name: str) -> Optional[str]:
        column = columns.get(name)
        return _value(get(column)) if column is not None else None

    text = (field("text") or "").replace("\r\n", "\n")
    content = "full"
    if _TRUNCATED.search(text):
        text, content = _TRUNCATED.sub(" …", text).strip(), "summary"
    column = columns.get("date")
    return Entry(
        text=text,
        number=number,
        title=field("title"),
        published=published_from(get(column), "export") if column is not None else None,
        url=field("url"),
        language=language_code(field("language")),
        source=field("source"),
        author=field("author"),
        content=content,
    )


def _missing_text(names: FieldNames, available: list[str]) -> str:
    looked = names.text or ", ".join(FIELD_NAMES["text"][:4])
    shown = ", ".join(available[:12]) + (" …" if len(available) > 12 else "")
    return f"has no text column (looked for {looked}; it has {shown}); name it with --text-field"


def _decode(raw: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", errors="replace")


def read_csv(raw: bytes, path: str, names: FieldNames = FieldNames()) -> Iterator[Union[Entry, ArticleError]]:
    """One entry per row of a CSV export with a header row (comma, semicolon, tab or bar)."""
    text = _decode(raw)
    try:  # only the delimiter is sniffed: the sniffer misreads doubled quotes in long fields
        delimiter = csv.Sniffer().sniff(text[:65536], delimiters=",;\t|").delimiter
    except csv.Error:
        delimiter = ","
    csv.field_size_limit(_MAX_FIELD)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    available = [c for c in (reader.fieldnames or []) if c]
    columns = _columns(available, names)
    if columns["text"] is None:
        raise ArticleError(path, _missing_text(names, available), other_kind=True)
    try:
        for number, row in enumerate(reader, start=1):
            entry = _entry(row.get, columns, number)
            if entry.text:
                yield entry
            else:
                yield ArticleError(f"{path}#{number}", f"row {number} has no text")
    except csv.Error as error:
        yield ArticleError(path, f"is not readable CSV after row {reader.line_num} ({error})")


def _records(data, path: str) -> list:
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        if "frontline" in data:
            raise ArticleError(path, "is a Frontline extraction record, not articles", other_kind=True)
        for key in ("articles", "items", "stories", "results", "documents", "data", "docs", "entries"):
            if isinstance(data.get(key), list):
                return data[key]
        return [data]
    raise ArticleError(path, "holds no article objects (a list or an object of them)", other_kind=True)


def read_json(
    raw: bytes, path: str, names: FieldNames = FieldNames()
) -> Iterator[Union[Entry, ArticleError]]:
    """Entries of a JSON export: a list of objects, or an object holding one (NewsAPI's articles)."""
    try:
        data = json.loads(_decode(raw))
    except (ValueError, RecursionError) as error:
        raise ArticleError(path, f"is not JSON ({error})") from None
    records = _records(data, path)
    if not any(isinstance(r, dict) and _columns(list(r), names)["text"] is not None for r in records):
        shown = list(records[0]) if records and isinstance(records[0], dict) else []
        raise ArticleError(path, _missing_text(names, shown), other_kind=True)
    yield from _objects(enumerate(records, start=1), path, names, "object")


def read_jsonl(
    raw: bytes, path: str, names: FieldNames = FieldNames()
) -> Iterator[Union[Entry, ArticleError]]:
    """Entries of a JSON Lines export, one object per line; a bad line is reported and passed."""

    def objects():
        for number, line in enumerate(_decode(raw).splitlines(), start=1):
            if not line.strip():
                continue
            try:
                yield number, json.loads(line)
            except (ValueError, RecursionError) as error:
                yield number, ArticleError(f"{path}#{number}", f"line {number} is not JSON ({error})")

    yield from _objects(objects(), path, names, "line")


def _objects(numbered, path: str, names: FieldNames, unit: str) -> Iterator[Union[Entry, ArticleError]]:
    columns = None
    seen_any = False
    for number, item in numbered:
        if isinstance(item, ArticleError):
            yield item
            continue
        if not isinstance(item, dict):
            yield ArticleError(f"{path}#{number}", f"{unit} {number} is not an object")
            continue
        seen_any = True
        item_columns = (
            _columns(list(item), names) if columns is None or columns["text"] not in item else columns
        )
        if item_columns["text"] is None:
            yield ArticleError(f"{path}#{number}", f"{unit} {number} {_missing_text(names, list(item))}")
            continue
        columns = item_columns
        entry = _entry(item.get, columns, number)
        if entry.text:
            yield entry
        else:
            yield ArticleError(f"{path}#{number}", f"{unit} {number} has no text")
    if not seen_any:
        raise ArticleError(path, "holds no article objects", other_kind=True)


def read_docx(raw: bytes, path: str) -> list[Entry]:
    """A Word document: one article, or several where an export separates them ("End of
    Document", a line of asterisks or underscores); each part's first line is its title."""
    try:
        import docx
    except ImportError:
        raise ArticleError(path, "needs python-docx to be read (pip install python-docx)") from None
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            if sum(info.file_size for info in archive.infolist()) > _MAX_DOCX_UNPACKED:
                raise ArticleError(path, "unpacks to more than 200 MB; not read")
        document = docx.Document(io.BytesIO(raw))
    except ArticleError:
        raise
    except Exception as error:
        raise ArticleError(path, f"is not a readable Word document ({type(error).__name__})") from None
    lines = [p.text.strip() for p in document.paragraphs]
    parts: list[list[str]] = [[]]
    for line in lines:
        if _DOCX_SEPARATOR.fullmatch(line):
            parts.append([])
        elif line:
            parts[-1].append(line)
    parts = [p for p in parts if p]
    if len(parts) > 1 and any(sum(len(line.split()) for line in p) < _MIN_PART_WORDS for p in parts):
        parts = [[line for p in parts for line in p]]  # separators inside one article
    props = document.core_properties
    entries = []
    for number, part in enumerate(parts, start=1):
        text = "\n\n".join(part)
        header = read_header(text)
        body = text[header.body_start :]
        single = len(parts) == 1
        title = header.title or (props.title if single and props.title else None)
        if title is None and len(part) > 1 and len(part[0]) < 200:
            title = part[0]
            body = body[len(part[0]) :].lstrip() if body.startswith(part[0]) else body
        entries.append(
            Entry(
                text=body,
                number=number if not single else 0,
                title=title,
                published=header.published,
                file_date=published_from(props.created, "file") if single and props.created else None,
                url=header.url,
                language=header.language,
                source=header.source,
                author=(props.author or None) if single else None,
            )
        )
    if not entries:
        raise ArticleError(path, "has no text")
    return entries
