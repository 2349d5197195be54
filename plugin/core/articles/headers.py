"""The header of a text or Markdown article: header lines at the top (`date 2017-11`, `title: …`),
Markdown front matter, and a Markdown heading as the title."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import match_date
from .language import language_code
from .model import Published
from .vocabulary import language_words

__all__ = ["Header", "markdown_heading", "read_front_matter", "read_header"]


_HEADER_LINES = 20  # header lines are looked for among the first lines only


@dataclass
class Header:
    """What an article's header says about it, and where the article's body begins."""

    title: str | None = None
    source: str | None = None
    url: str | None = None
    language: str | None = None
    published: Published | None = None
    body_start: int = 0


_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_FRONT_MATTER_FENCE = re.compile(r"---[ \t]*\r?\n")
_FRONT_MATTER_END = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE)


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _header_value(key: str, text: str, start: int, line_end: int, header: Header) -> int | None:
    """Store one header value that starts at text[start:]; return where the line's rest begins.

    None when the value is not what the key needs (then the line is article text, not a header).
    """
    if key == "date":
        found = match_date(text, start)
        if not found or found[1] > line_end:
            return None
        header.published = found[0]
        return found[1]
    if key == "lang":
        word = re.match(r"\S+", text[start:line_end])
        rest_blank = word is not None and not text[start + word.end() : line_end].strip()
        code = word and language_code(word.group(), known_only=not rest_blank)
        if not code:
            return None
        header.language = code
        return start + word.end()
    value = text[start:line_end].strip()
    if not value or (key == "url" and not _URL.fullmatch(value)):
        return None
    setattr(header, key, value)
    return line_end


def read_header(text: str) -> Header:
    """Header lines at the top (`date 2017-11`, `title: …`); the body may follow a date inline."""
    header = Header()
    vocabulary = language_words()
    seen: set[str] = set()
    pos = 0
    for _ in range(_HEADER_LINES):
        pos = _skip_space(text, pos)
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        m = vocabulary.header_key.match(text, pos, line_end)
        key = m and vocabulary.header_keys[m.group(1).lower()]
        rest = _header_value(key, text, m.end(), line_end, header) if m and key not in seen else None
        if rest is None:
            break
        seen.add(key)
        pos = rest
        if text[rest:line_end].strip():  # the body begins on the header's own line
            break
    header.body_start = _skip_space(text, pos)
    return header


def read_front_matter(text: str) -> Header | None:
    """Markdown front matter (`---` / `key: value` lines / `---`); None when the file has none."""
    if not _FRONT_MATTER_FENCE.match(text):
        return None
    close = _FRONT_MATTER_END.search(text, text.index("\n") + 1)
    if not close:
        return None
    header = Header()
    vocabulary = language_words()
    for line in re.finditer(r"^([^:\n]+):[ \t]*(.*?)\r?$", text[: close.start()], re.MULTILINE):
        key = vocabulary.header_keys.get(line.group(1).strip().lower())
        value = line.group(2).strip().strip("\"'")
        if key == "date":
            found = match_date(value, 0)
            header.published = found[0] if found else header.published
        elif key == "lang":
            header.language = language_code(value) or header.language
        elif key and value and (key != "url" or _URL.fullmatch(value)):
            setattr(header, key, value)
    header.body_start = _skip_space(text, close.end())
    return header


_MARKDOWN_HEADING = re.compile(r"[ \t]{0,3}#{1,6}[ \t]+(.+?)[ \t#]*\r?$", re.MULTILINE)


def _markdown_plain(line: str) -> str:
    """A heading without emphasis marks and link targets (for the title, which has no offsets)."""
    line = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", line)
    return re.sub(r"\*\*|__|[*`]", "", line).strip()


def markdown_heading(text: str, pos: int) -> str | None:
    """The title a Markdown heading at text[pos:] gives, or None when the body starts otherwise."""
    heading = _MARKDOWN_HEADING.match(text, pos)
    return _markdown_plain(heading.group(1)) if heading else None
