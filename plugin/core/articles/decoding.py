"""An article file's bytes to text: a byte-order mark, UTF-8, the charset a page declares, else
Windows-1252; a binary file is refused."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from .model import ArticleError

__all__ = ["clean_controls", "decode"]


_CONTROL_SHARE = 0.01  # more control characters than this share of the text: not text
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# What browsers do: a page that says Latin-1 or ASCII is read as Windows-1252.
_CHARSET_ALIASES = {"iso8859-1": "cp1252", "ascii": "cp1252"}


def _declared_charset(raw: bytes) -> str | None:
    m = _META_CHARSET.search(raw[:4096])
    if not m:
        return None
    try:
        name = codecs.lookup(m.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    return None if name.startswith(("utf-16", "utf-32")) else _CHARSET_ALIASES.get(name, name)


def decode(raw: bytes, path: Path, is_html: bool) -> tuple[str, str]:
    """(text, encoding): UTF-8 with or without BOM, UTF-16/32 with BOM, a declared charset, CP1252."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError as error:
                reason = f"cannot be decoded: it starts like {encoding} but {error.reason}"
                raise ArticleError(path, reason) from None
            return _checked(text, path), encoding
    if raw.count(b"\x00") > _CONTROL_SHARE * len(raw):
        raise ArticleError(path, "is binary (it contains NUL bytes)")
    try:
        return _checked(raw.decode("utf-8"), path), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates = [_declared_charset(raw)] if is_html else []
    for encoding in [*(c for c in candidates if c and c != "utf-8"), "cp1252"]:
        try:
            return _checked(raw.decode(encoding), path), encoding
        except UnicodeDecodeError as error:
            last = error
    byte = f"0x{raw[last.start]:02x} at offset {last.start}"
    raise ArticleError(path, f"cannot be decoded: it is not UTF-8, and byte {byte} is not CP1252 either")


def _checked(text: str, path: Path) -> str:
    """The text with stray control characters (a NUL, a form feed from a copy) made spaces, so
    offsets still count the file's characters; a file full of them is binary, not text."""
    sample = text[:65536]
    controls = len(_CONTROL.findall(sample))
    if controls > _CONTROL_SHARE * len(sample):
        share = controls / max(1, len(sample))
        raise ArticleError(path, f"is binary (mostly not text: {share:.0%} control characters)")
    return clean_controls(text)


# The Unicode hyphen and non-breaking hyphen (ash‑Shuyukh, al‑ʿArab in typeset reports) are the
# hyphen of a name: one for one, so offsets still count the file's characters.
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


def clean_controls(text: str) -> str:
    """Control characters other than tab and line breaks become spaces, Unicode hyphens the ASCII
    hyphen (one for one)."""
    text = _CONTROL.sub(" ", text) if _CONTROL.search(text) else text
    return text.translate(_HYPHENS) if "\u2010" in text or "\u2011" in text else text
