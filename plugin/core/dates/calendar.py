"""Calendar arithmetic for time expressions: TIMEX3 values, the intervals they denote, validation.

Kept apart from the grammar so the value grammar (what a TIMEX3 value may look like) is written once
and both the tagger and its tests check every produced value against it.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Optional, Tuple

MIN_YEAR = 1000
MAX_YEAR = 2999

Interval = Tuple[Optional[date], Optional[date]]

# Meteorological seasons: the months each TIMEX3 season code covers (winter runs into next year).
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
PART_NAMES = ("early", "mid", "late")

_DATE = r"(?:\d{4}|XXXX)(?:-(?:\d\d|XX)(?:-(?:\d\d|XX))?)?"
_WEEK = r"(?:\d{4}|XXXX)-W(?:\d\d|XX)(?:-(?:[1-7]|WE))?"
_OTHER = r"\d{4}-(?:SP|SU|FA|WI|Q[1-4]|H[12])|\d{2,3}"
_TIME_SUFFIX = r"T(?:\d\d(?::\d\d)?|XX:XX|MO|MI|AF|EV|NI|DT)"
_DURATION = (
    r"P(?:(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|DE|CE|WE|Q|H))+"
    r"|P(?:(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D))*T(?:(?:\d+(?:\.\d+)?|X)(?:H|M|S))+"
)
VALUE_GRAMMAR = {
    "DATE": re.compile(rf"(?:{_DATE}|{_WEEK}|{_OTHER})|PRESENT_REF|PAST_REF|FUTURE_REF"),
    "TIME": re.compile(rf"(?:{_DATE}|{_WEEK})?{_TIME_SUFFIX}"),
    "DURATION": re.compile(_DURATION),
    "SET": re.compile(rf"{_DURATION}|XXXX-WXX-(?:[1-7]|WE)(?:{_TIME_SUFFIX})?|XXXX-XX-XX(?:{_TIME_SUFFIX})?"),
}


@dataclass(frozen=True)
class Anchor:
    """A reference point in time (the publication date or a date in the text) at its precision."""

    year: Optional[int] = None
    month: Optional[int] = None
    day: Optional[int] = None

    @property
    def precision(self) -> Optional[str]:
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year" if self.year is not None else None

    @property
    def date(self) -> Optional[date]:
        return date(self.year, self.month, self.day) if self.day is not None else None

    @property
    def value(self) -> str:
        if self.year is None:
            return "XXXX-XX-XX"
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def interval(self) -> Interval:
        return value_interval(self.value) if self.year is not None else (None, None)

    @classmethod
    def of(cls, when: date) -> Anchor:
        return cls(when.year, when.month, when.day)


_DCT = re.compile(r"\s*(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:[T ].*)?\s*")


def parse_dct(dct: Optional[str]) -> Anchor:
    """The publication date as an Anchor: '2017-11-04' (day), '2017-11' (month), '2017', or None."""
    if dct is None or not str(dct).strip():
        return Anchor()
    found = _DCT.fullmatch(str(dct))
    if not found:
        raise ValueError(f"publication date {dct!r} is not a TIMEX3 date (YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = (int(part) if part else None for part in found.groups())
    if not MIN_YEAR <= year <= MAX_YEAR or (month is not None and not 1 <= month <= 12):
        raise ValueError(f"publication date {dct!r} is out of range")
    if day is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise ValueError(f"publication date {dct!r} is not a calendar day")
    return Anchor(year, month, day)


def valid_year(year: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, months: int) -> Tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def make_date(year: int, month: int, day: int) -> Optional[date]:
    """The date, or None when it does not exist (31.02.) or lies outside the years we accept."""
    if not valid_year(year) or not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    if day > calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def shift_days(when: date, days: float) -> Optional[date]:
    try:
        shifted = when + timedelta(days=days)
    except (OverflowError, ValueError):
        return None
    return shifted if valid_year(shifted.year) else None


def week_value(when: date) -> str:
    year, week, _ = when.isocalendar()
    return f"{year:04d}-W{week:02d}"


def easter(year: int) -> date:
    """Gregorian Easter Sunday (the anonymous Gregorian algorithm, also known as Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    j = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * j) // 451
    month, day = divmod(h + j - 7 * m + 114, 31)
    return date(year, month, day + 1)


def value_interval(value: str) -> Interval:
    """The first and last day a TIMEX3 date value covers; (None, None) when it is not anchored."""
    try:
        return _value_interval(value)
    except (ValueError, OverflowError):
        return None, None


def _value_interval(value: str) -> Interval:
    value = value.split("T", 1)[0]
    if not value or "X" in value[:4]:
        return None, None
    if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        day = date.fromisoformat(value)
        return day, day
    if re.fullmatch(r"\d{4}-\d\d", value):
        year, month = int(value[:4]), int(value[5:])
        return date(year, month, 1), month_end(year, month)
    if re.fullmatch(r"\d{4}", value):
        year = int(value)
        return date(year, 1, 1), date(year, 12, 31)
    found = re.fullmatch(r"(\d{4})-W(\d\d)(?:-(WE|[1-7]))?", value)
    if found:
        monday = date.fromisocalendar(int(found[1]), int(found[2]), 1)
        if found[3] == "WE":
            return monday + timedelta(days=5), monday + timedelta(days=6)
        if found[3]:
            day = monday + timedelta(days=int(found[3]) - 1)
            return day, day
        return monday, monday + timedelta(days=6)
    found = re.fullmatch(r"(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)", value)
    if found:
        year, code = int(found[1]), found[2]
        if code[0] == "Q":
            first = 3 * int(code[1]) - 2
            last = first + 2
        elif code[0] == "H":
            first = 6 * int(code[1]) - 5
            last = first + 5
        else:
            first, last = SEASON_MONTHS[code]
        end_year, end_month = add_months(year, 1, last - 1)
        return date(year, first, 1), month_end(end_year, end_month)
    if re.fullmatch(r"\d{3}", value):
        return date(int(value) * 10, 1, 1), date(int(value) * 10 + 9, 12, 31)
    if re.fullmatch(r"\d{2}", value):
        return date(max(1, int(value) * 100), 1, 1), date(int(value) * 100 + 99, 12, 31)
    return None, None


def part_of(interval: Interval, part: Optional[str]) -> Interval:
    """The early, middle or late third of an interval ('Anfang/Mitte/Ende November')."""
    start, end = interval
    if not part or start is None or end is None:
        return interval
    days = (end - start).days + 1
    if days <= 1:
        return interval
    if start.day == 1 and end == month_end(end.year, end.month) and start.month == end.month:
        bounds = {"early": (1, 10), "mid": (11, 20), "late": (21, end.day)}[part]
        return date(start.year, start.month, bounds[0]), date(start.year, start.month, bounds[1])
    third = days // 3
    if part == "early":
        return start, start + timedelta(days=third - 1)
    if part == "mid":
        return start + timedelta(days=third), end - timedelta(days=third)
    return end - timedelta(days=third - 1), end


def precision_of(value: str) -> Optional[str]:
    """The precision a TIMEX3 date value is given at."""
    if "T" in value and re.search(r"T(?:\d\d|XX)", value):
        return "time"
    value = value.split("T", 1)[0]
    if re.fullmatch(r"(?:\d{4}|XXXX)-(?:\d\d|XX)-(?:\d\d|XX)|(?:\d{4}|XXXX)-W(?:\d\d|XX)-[1-7]", value):
        return "day"
    if re.fullmatch(r"(?:\d{4}|XXXX)-W(?:\d\d|XX)(?:-WE)?", value):
        return "week"
    if re.fullmatch(r"(?:\d{4}|XXXX)-(?:\d\d|XX)", value):
        return "month"
    if re.fullmatch(r"\d{4}-(?:Q[1-4]|SP|SU|FA|WI)", value):
        return "quarter"
    if re.fullmatch(r"\d{4}(?:-H[12])?|XXXX", value):
        return "year"
    if re.fullmatch(r"\d{3}", value):
        return "decade"
    if re.fullmatch(r"\d{2}", value):
        return "century"
    return None


def is_valid_value(value: str, kind: str) -> bool:
    """True when `value` is a well-formed TIMEX3 value of type `kind` naming a real calendar unit."""
    grammar = VALUE_GRAMMAR.get(kind)
    if grammar is None or not grammar.fullmatch(value):
        return False
    if kind in ("DURATION", "SET") and value.startswith("P"):
        return True
    head = value.split("T", 1)[0] if not value.startswith("T") else ""
    time = value[len(head) :]
    found = re.fullmatch(r"T(\d\d):(\d\d)", time) or re.fullmatch(r"T(\d\d)", time)
    if found and (int(found[1]) > 24 or (found.lastindex == 2 and int(found[2]) > 59)):
        return False
    found = re.fullmatch(r"(\d{4}|XXXX)(?:-(\d\d|XX)(?:-(\d\d|XX))?)?", head)
    if found:
        year = int(found[1]) if found[1] != "XXXX" else None
        month = int(found[2]) if found[2] and found[2] != "XX" else None
        day = int(found[3]) if found[3] and found[3] != "XX" else None
        if year is not None and not valid_year(year):
            return False
        if month is not None and not 1 <= month <= 12:
            return False
        if day is not None:
            limit = calendar.monthrange(year or 2000, month or 1)[1] if month else 31
            return 1 <= day <= limit
        return True
    found = re.fullmatch(r"(\d{4})-W(\d\d)", head[:8])
    if found:
        return (
            valid_year(int(found[1])) and 1 <= int(found[2]) <= date(int(found[1]), 12, 28).isocalendar()[1]
        )
    found = re.fullmatch(r"(\d{4})-.*", head)
    return found is None or valid_year(int(found[1]))
