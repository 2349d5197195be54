"""The seed articles' time expressions (gold: ../shared/gold/seeds.md), read from ../shared when present."""

from __future__ import annotations

import re

from frontline.plugin.core.dates.tagging import tag

FUNCTION_WORDS = {"die", "mit", "so", "do", "mi", "sa", "der", "das", "dem", "den"}
_HEADER = re.compile(r"\A\s*date\s+(\S+)\s")


def seed(shared_dir, prefix: str) -> str:
    (path,) = sorted((shared_dir / "seeds").glob(f"{prefix}_*.txt"))
    return path.read_text(encoding="utf-8")


def covering(found, phrase: str, text: str):
    """The expression overlapping the first occurrence of `phrase` (gold spans may include 'Am', 'Für')."""
    at = text.index(phrase)
    hits = [e for e in found if e.start < at + len(phrase) and at < e.end]
    assert hits, f"nothing tagged in {phrase!r}"
    return hits[0]


def test_seed_000_with_batch_date(shared_dir):
    text = seed(shared_dir, "000")
    found = tag(text, "de", "2017-11-04")
    assert covering(found, "Am Donnerstag", text).value == "2017-11-02"
    duration = covering(found, "Für einige Tage", text)
    assert (duration.type, duration.value) == ("DURATION", "PXD")
    assert covering(found, "erst kürzlich", text).value == "PAST_REF"
    assert covering(found, "vor kurzem", text).value == "PAST_REF"
    for phrase in re.finditer(r"[Nn]ach kurzer Zeit", text):
        near = [e for e in found if e.start < phrase.end() and phrase.start() < e.end]
        assert all(not re.match(r"\d{4}", e.value) for e in near), near  # vague, never a calendar date
    assert not {e.text.lower() for e in found} & FUNCTION_WORDS


def test_seed_000_without_date_stays_unresolved(shared_dir):
    text = seed(shared_dir, "000")
    thursday = covering(tag(text, "de", None), "Am Donnerstag", text)
    assert (thursday.value, thursday.unresolved, thursday.start_date) == ("XXXX-WXX-4", True, None)


def test_seed_001_with_month_header(shared_dir):
    raw = seed(shared_dir, "001")
    header = _HEADER.match(raw)
    assert header is not None
    assert header[1] == "2017-11"
    text = raw[header.end() :]
    found = tag(text, "de", header[1])
    yesterday = covering(found, "gestern", text)
    assert (yesterday.value, yesterday.precision, yesterday.unresolved) == ("2017-11", "month", True)
    since = covering(found, "seit September", text)
    assert (since.value, since.start_date, since.end_date) == ("2017-09", "2017-09-01", "2017-11-30")
    assert covering(found, "jetzt", text).value == "PRESENT_REF"
    assert not {e.text.lower() for e in found} & FUNCTION_WORDS
