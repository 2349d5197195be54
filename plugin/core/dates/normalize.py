"""Turn a matched time expression into its TIMEX3 value and the interval it denotes.

One normaliser per rule kind; all are language-independent and read words through the grammar.
Relative expressions resolve against the publication date (or, for "am Vortag", "am 3.", times of
day, against the last date the text mentioned); when that anchor is missing or too coarse they stay
underspecified and are flagged unresolved instead of being guessed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable, Dict, Optional

from .calendar import (
    Anchor,
    Interval,
    add_months,
    easter,
    is_valid_value,
    make_date,
    month_end,
    part_of,
    precision_of,
    shift_days,
    valid_year,
    value_interval,
    week_value,
)
from .grammar import Grammar

# The coarsest anchor precision a unit needs to be resolved exactly.
_NEEDS = {
    "D": "day",
    "W": "day",
    "WE": "day",
    "H": "day",
    "TM": "day",
    "S": "day",
    "M": "month",
    "Q": "month",
    "HY": "month",
    "Y": "year",
    "DE": "year",
    "CE": "year",
}
_RANK = {None: 0, "year": 1, "month": 2, "day": 3}
_UNDERSPECIFIED = {
    "D": "XXXX-XX-XX",
    "W": "XXXX-WXX",
    "WE": "XXXX-WXX-WE",
    "M": "XXXX-XX",
    "Q": "XXXX",
    "HY": "XXXX",
    "Y": "XXXX",
    "DE": "XXXX",
    "CE": "XXXX",
    "H": "XXXX-XX-XX",
    "TM": "XXXX-XX-XX",
    "S": "XXXX-XX-XX",
}
_DURATION_UNIT = {
    "Y": "Y",
    "M": "M",
    "W": "W",
    "D": "D",
    "WE": "WE",
    "Q": "Q",
    "HY": "M",
    "DE": "DE",
    "CE": "CE",
    "H": "TH",
    "TM": "TM",
    "S": "TS",
}
_TENSE_TOLERANCE = 31  # days a tense may contradict a date before we move it to another year
_DAYS_PER_UNIT = {
    "D": 1,
    "W": 7,
    "WE": 7,
    "M": 30.44,
    "Q": 91.3,
    "HY": 182.6,
    "Y": 365.25,
    "DE": 3652.5,
    "CE": 36525,
}


@dataclass(frozen=True)
class Value:
    """What an expression denotes: TIMEX3 type and value, interval, precision, anchor, resolution."""

    type: str
    value: str
    start: Optional[date] = None
    end: Optional[date] = None
    precision: Optional[str] = None
    anchor: str = "none"
    unresolved: bool = False


class Context:
    """What a normaliser may consult: the grammar, the publication date, the text read so far."""

    def __init__(self, grammar: Grammar, dct: Anchor, tense: Callable[[int], str]):
        self.grammar = grammar
        self.dct = dct
        self.tense = tense
        self.ref: Optional[Anchor] = None  # the last date (day or month) the text mentioned
        self.ref_day: Optional[Anchor] = None  # the last day the text mentioned

    def word(self, slot: str, text: Optional[str], default=None):
        return default if text is None else self.grammar.lookup(slot, text, default)


def _dated(kind: str, value: str, anchor: str, interval: Optional[Interval] = None, **extra) -> Value:
    start, end = interval if interval is not None else value_interval(value)
    return Value(kind, value, start, end, extra.pop("precision", precision_of(value)), anchor, **extra)


def _coarse(base: Anchor, anchor: str, unit: str, kind: str = "DATE") -> Value:
    """An expression finer than its anchor: keep the anchor's own precision and say so."""
    if base.year is None:
        return Value(
            kind,
            _UNDERSPECIFIED.get(unit, "XXXX-XX-XX"),
            None,
            None,
            precision_of(_UNDERSPECIFIED.get(unit, "XXXX-XX-XX")),
            "none",
            True,
        )
    start, end = base.interval()
    return Value(kind, base.value, start, end, base.precision, anchor, True)


def shift(base: Anchor, unit: str, n: float, anchor: str, part: Optional[str] = None) -> Optional[Value]:
    """The calendar unit `n` units away from `base` ('vor zwei Wochen', 'nächstes Jahr')."""
    if _RANK[base.precision] < _RANK[_NEEDS.get(unit, "day")]:
        return _coarse(base, anchor, unit)
    if n != int(n):
        n, unit = round(n * _DAYS_PER_UNIT.get(unit, 1)), "D"
        if _RANK[base.precision] < _RANK["day"]:
            return _coarse(base, anchor, unit)
    n = int(n)
    if abs(n) > 10000:
        return None
    if unit in ("D", "W", "WE", "H", "TM", "S"):
        days = {"D": n, "W": 7 * n, "WE": 7 * n}.get(unit, 0)
        when = shift_days(base.date, days)
        if when is None:
            return None
        if unit == "D" or unit in ("H", "TM", "S"):
            value = when.isoformat()
        elif unit == "W":
            value = week_value(when)
        else:
            value = week_value(when) + "-WE"
    elif unit in ("M", "Q", "HY"):
        step = {"M": 1, "Q": 3, "HY": 6}[unit]
        year, month = add_months(base.year, base.month, step * n)
        if not valid_year(year):
            return None
        if unit == "M":
            value = f"{year:04d}-{month:02d}"
        elif unit == "Q":
            value = f"{year:04d}-Q{(month - 1) // 3 + 1}"
        else:
            value = f"{year:04d}-H{(month - 1) // 6 + 1}"
    else:
        span = {"Y": 1, "DE": 10, "CE": 100}[unit]
        year = (base.year // span + n) * span
        if not valid_year(max(year, 1000)) or year < 0:
            return None
        value = {"Y": f"{year:04d}", "DE": f"{year // 10:03d}", "CE": f"{year // 100:02d}"}[unit]
    return _dated("DATE", value, anchor, part_of(value_interval(value), part))


def _number(ctx: Context, groups: Dict[str, str]) -> Optional[float]:
    """The quantity of a duration or offset: digits ('3', '1,5') or a number word ('drei')."""
    if groups.get("int"):
        try:
            return float(groups["int"].replace(",", "."))
        except ValueError:
            return None
    if groups.get("number"):
        return ctx.word("number", groups["number"])
    return None


def _fmt_number(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:.2f}".rstrip("0").rstrip(".")


def _nearest_year(ctx: Context, month: int, day: Optional[int], pos: int) -> Optional[int]:
    """The year a day or month without one most likely means: the publication year, unless the
    tense points the other way by more than a month, or another year is much closer."""
    dct = ctx.dct
    if dct.year is None:
        return None
    if dct.month is None:
        return dct.year
    ref_start, ref_end = dct.interval()

    def gap(year: int) -> Optional[int]:
        """Days from the publication date to the date in `year` (0 when they overlap)."""
        start = make_date(year, month, day or 1)
        if start is None:
            return None
        end = start if day else month_end(year, month)
        if start > ref_end:
            return (start - ref_end).days
        return -(ref_start - end).days if end < ref_start else 0

    here = gap(dct.year)
    if here is None:
        return dct.year
    tense = ctx.tense(pos)
    if tense == "past" and here > _TENSE_TOLERANCE:
        return dct.year - 1
    if tense == "future" and here < -_TENSE_TOLERANCE:
        return dct.year + 1
    if tense == "present" and abs(here) > 183:
        return dct.year - 1 if here > 0 else dct.year + 1
    return dct.year


def _bounded_year(ctx: Context, g: Dict[str, str], year: int, month: int, day: Optional[int]) -> int:
    """'seit Dezember' in a January report began the December before, whatever the tense says
    ("seit Dezember wird … belagert"): what has lasted since a time began before the report."""
    start = make_date(year, month, day or 1)
    _, dct_end = ctx.dct.interval()
    if g.get("since") and start is not None and dct_end is not None and start > dct_end:
        return year - 1
    return year


def _with_bounds(result: Value, groups: Dict[str, str], ctx: Context) -> Value:
    """'seit September' runs from September to the publication date; 'bis Jahresende' the other way."""
    if groups.get("since") and result.start is not None:
        _, dct_end = ctx.dct.interval()
        if dct_end is not None and dct_end >= result.start:
            return Value(
                result.type,
                result.value,
                result.start,
                dct_end,
                result.precision,
                result.anchor,
                result.unresolved,
            )
    if groups.get("until") and result.end is not None:
        dct_start, _ = ctx.dct.interval()
        if dct_start is not None and dct_start <= result.end:
            return Value(
                result.type,
                result.value,
                dct_start,
                result.end,
                result.precision,
                result.anchor,
                result.unresolved,
            )
    return result


def _time_value(ctx: Context, day_value: Value, suffix: str) -> Value:
    """A day plus a time of day ('gestern Abend', 'Donnerstag 18 Uhr')."""
    if day_value.precision != "day" or "X" in day_value.value or day_value.unresolved:
        value = day_value.value if day_value.precision == "day" else "XXXX-XX-XX"
        if not is_valid_value(value + suffix, "TIME"):
            value = "XXXX-XX-XX"
        return Value(
            "TIME",
            value + suffix,
            day_value.start,
            day_value.end,
            day_value.precision,
            day_value.anchor,
            True,
        )
    return Value(
        "TIME", day_value.value + suffix, day_value.start, day_value.end, "time", day_value.anchor, False
    )


# --- normalisers, one per rule kind ---------------------------------------------------------------


def _date(ctx: Context, g: Dict[str, str], pos: int, params) -> Optional[Value]:
    day = int(g["day"])
    month = ctx.word("month", g.get("month")) if g.get("month") else None
    if month is None and g.get("month_num"):
        month = int(g["month_num"])
    if month is None:
        return None
    year = _year(ctx, g.get("year"))
    anchor = "absolute"
    if year is None:
        anchor = "publication"
        year = _nearest_year(ctx, month, day, pos)
        if year is None:
            if not 1 <= month <= 12 or day > (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31):
                return None
            return Value("DATE", f"XXXX-{month:02d}-{day:02d}", None, None, "day", "none", True)
        year = _bounded_year(ctx, g, year, month, day)
    when = make_date(year, month, day)
    if when is None:
        return None
    return _with_bounds(_dated("DATE", when.isoformat(), anchor), g, ctx)


def _year(ctx: Context, text: Optional[str]) -> Optional[int]:
    if not text:
        return None
    text = text.lstrip("'’")
    year = int(text)
    if len(text) == 2:
        year += 2000 if year <= ((ctx.dct.year or 2000) % 100) + 10 else 1900
    return year if valid_year(year) else None


def _day_only(ctx: Context, g, pos, params) -> Optional[Value]:
    day = int(g["day"])
    base, anchor = (ctx.ref, "text") if ctx.ref and ctx.ref.month else (ctx.dct, "publication")
    if base.month is None:
        return Value("DATE", f"XXXX-XX-{day:02d}", None, None, "day", "none", True)
    when = make_date(base.year, base.month, day)
    return None if when is None else _dated("DATE", when.isoformat(), anchor)


def _month(ctx: Context, g, pos, params) -> Optional[Value]:
    month = ctx.word("month", g["month"])
    if month is None:
        return None
    year = _year(ctx, g.get("year"))
    anchor = "absolute"
    if year is None and g.get("relgen") and ctx.dct.year is not None:
        year, anchor = ctx.dct.year + ctx.word("rel", g["relgen"], 0), "publication"
    if year is None:
        year, anchor = _nearest_year(ctx, month, None, pos), "publication"
        if year is not None:
            year = _bounded_year(ctx, g, year, month, None)
    if year is None:
        return Value("DATE", f"XXXX-{month:02d}", None, None, "month", "none", True)
    value = f"{year:04d}-{month:02d}"
    part = ctx.word("part", g.get("part"))
    return _with_bounds(_dated("DATE", value, anchor, part_of(value_interval(value), part)), g, ctx)


def _year_rule(ctx: Context, g, pos, params) -> Optional[Value]:
    year = _year(ctx, g["year"])
    if year is None:
        return None
    value = f"{year:04d}"
    part = ctx.word("part", g.get("part"))
    return _with_bounds(_dated("DATE", value, "absolute", part_of(value_interval(value), part)), g, ctx)


def _decade(ctx: Context, g, pos, params) -> Optional[Value]:
    digit = g.get("decade") or g.get("decade2")
    digit = int(digit) if digit else ctx.word("decade_word", g.get("decade_word"))
    if digit is None:
        return None
    if g.get("century"):
        century = int(g["century"])
    else:
        now = ctx.dct.year or 1999
        century = 20 if 2000 + 10 * digit <= now else 19
    value = f"{century:02d}{digit}"
    part = ctx.word("part", g.get("part"))
    return _dated(
        "DATE", value, "absolute" if g.get("century") else "publication", part_of(value_interval(value), part)
    )


def _century(ctx: Context, g, pos, params) -> Optional[Value]:
    number = int(g["cent"])
    if not 11 <= number <= 29:
        return None
    value = f"{number - 1:02d}"
    part = ctx.word("part", g.get("part"))
    return _dated("DATE", value, "absolute", part_of(value_interval(value), part))


def _relday(ctx: Context, g, pos, params) -> Optional[Value]:
    offset = ctx.word("relday", g["relday"])
    if offset is None:
        return None
    daypart = ctx.word("daypart", g.get("daypart"))
    if isinstance(offset, list):  # 'tonight', 'last night': a day and its part in one word
        offset, daypart = offset
    result = shift(ctx.dct, "D", offset, "publication")
    if result is None:
        return None
    return _with_bounds(_time_value(ctx, result, "T" + daypart) if daypart else result, g, ctx)


def weekday_date(base: date, weekday: int, direction: int, strict: bool = False) -> date:
    """The weekday (1 = Monday) before (-1), after (+1) or in the week of (0) `base`. The day of
    `base` itself counts ("am Samstag" in a Saturday report is that day) unless `strict`
    ("vergangenen Samstag" in a Saturday report is the Saturday before)."""
    current = base.isoweekday()
    if direction < 0:
        back = (current - weekday) % 7
        return base - timedelta(days=back or (7 if strict else 0))
    if direction > 0:
        ahead = (weekday - current) % 7
        return base + timedelta(days=ahead or (7 if strict else 0))
    return base + timedelta(days=weekday - current)


def _weekday_value(ctx: Context, weekday: int, direction: int, strict: bool = False) -> Value:
    if ctx.dct.day is None:
        if ctx.dct.year is None:
            return Value("DATE", f"XXXX-WXX-{weekday}", None, None, "day", "none", True)
        return _coarse(ctx.dct, "publication", "D")
    when = weekday_date(ctx.dct.date, weekday, direction, strict)
    return _dated("DATE", when.isoformat(), "publication")


def _direction(ctx: Context, g, pos) -> tuple[int, bool]:
    """Where a weekday lies from the publication date, and whether that day itself is excluded: a
    cue word decides (vergangenen, kommenden), then 'seit', then a future tense; otherwise it is
    the most recent such day, for news reports what has happened."""
    if g.get("rel"):
        return ctx.word("rel", g["rel"], -1), True
    if g.get("since"):
        return -1, False
    return (1 if ctx.tense(pos) == "future" else -1), False


def _weekday(ctx: Context, g, pos, params) -> Optional[Value]:
    weekday = ctx.word("weekday", g["weekday"])
    if weekday is None:
        return None
    result = _weekday_value(ctx, weekday, *_direction(ctx, g, pos))
    daypart = ctx.word("daypart", g.get("daypart"))
    return _with_bounds(_time_value(ctx, result, "T" + daypart) if daypart else result, g, ctx)


def _night(ctx: Context, g, pos, params) -> Optional[Value]:
    if g.get("weekday"):
        weekday = ctx.word("weekday", g["weekday"])
        day = _weekday_value(ctx, weekday, *_direction(ctx, g, pos))
    else:
        day = _date(ctx, g, pos, params)
    if day is None:
        return None
    if ctx.word("night_before", g.get("night_prep"), False):
        if day.precision == "day" and not day.unresolved and day.start is not None:
            before = day.start - timedelta(days=1)
            night = _time_value(ctx, _dated("DATE", before.isoformat(), day.anchor), "TNI")
            return Value(night.type, night.value, before, day.start, night.precision, night.anchor, False)
        elif day.value.startswith("XXXX-WXX-"):
            weekday = int(day.value[-1]) - 1 or 7
            day = Value("DATE", f"XXXX-WXX-{weekday}", None, None, "day", "none", True)
    return _time_value(ctx, day, "TNI")


def _relunit(ctx: Context, g, pos, params) -> Optional[Value]:
    part = ctx.word("part", g.get("part"))
    if g.get("relunit_word"):
        spec = ctx.word("relunit_word", g["relunit_word"])
        unit, offset = spec[0], spec[1]
        part = spec[2] if len(spec) > 2 and spec[2] else part
        anchor = spec[3] if len(spec) > 3 else "publication"
    else:
        unit, offset = ctx.word("unit", g["unit"]), ctx.word("rel", g.get("rel"), 0)
        anchor = "text" if unit == "D" else "publication"
    if unit is None:
        return None
    if unit == "WE" and not g.get("rel") and not g.get("relunit_word"):
        return None
    base = ctx.ref_day if anchor == "text" and ctx.ref_day is not None else ctx.dct
    if base is ctx.dct:
        anchor = "publication"
    result = shift(base, unit, offset, anchor, part)
    return None if result is None else _with_bounds(result, g, ctx)


def _weekend(ctx: Context, g, pos, params) -> Optional[Value]:
    if ctx.dct.day is None:
        return _coarse(ctx.dct, "publication", "WE")
    on_weekend = ctx.dct.date.isoweekday() >= 6
    future = ctx.tense(pos) == "future"
    offset = (1 if on_weekend else 0) if future else (0 if on_weekend else -1)
    return shift(ctx.dct, "WE", offset, "publication")


def _season(ctx: Context, g, pos, params) -> Optional[Value]:
    code = ctx.word("season", g["season"])
    if code is None:
        return None
    year, anchor = _year(ctx, g.get("year")), "absolute"
    if year is None:
        anchor = "publication"
        if ctx.dct.year is None:
            return Value("DATE", "XXXX", None, None, "year", "none", True)
        if g.get("rel"):
            year = ctx.dct.year + ctx.word("rel", g["rel"], 0)
        else:
            first_month = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}[code]
            year = _nearest_year(ctx, first_month, None, pos)
            if code == "WI" and year is not None:
                year -= 1
    if year is None or not valid_year(year):
        return None
    return _dated("DATE", f"{year:04d}-{code}", anchor, precision="quarter")


def _quarter(ctx: Context, g, pos, params) -> Optional[Value]:
    number = ctx.word("ordinal", g.get("ordinal"))
    if number is None and g.get("ordinal_num"):
        number = int(g["ordinal_num"])
    unit = ctx.word("quarter_unit", g["qunit"])
    if number is None or unit is None:
        return None
    count = 4 if unit == "Q" else 2
    number = count if number == -1 else number
    if not 1 <= number <= count:
        return None
    year, anchor = _year(ctx, g.get("year")), "absolute"
    if year is None:
        if ctx.dct.year is None:
            return Value("DATE", "XXXX", None, None, "year", "none", True)
        year, anchor = ctx.dct.year + ctx.word("rel", g.get("rel"), 0), "publication"
    value = f"{year:04d}-{unit}{number}"
    return _dated("DATE", value, anchor, precision="quarter" if unit == "Q" else "year")


def _offset(ctx: Context, g, pos, params) -> Optional[Value]:
    sign = params.get("sign", -1)
    unit = ctx.word("unit", g["unit"])
    if unit is None:
        return None
    anchor = params.get("anchor", "publication")
    if sign > 0 and anchor == "publication" and ctx.tense(pos) == "past":
        return None  # "their fifth provincial capital in three days": how long it took, no date ahead
    base = ctx.ref_day if anchor == "text" and ctx.ref_day is not None else ctx.dct
    anchor = "text" if base is not ctx.dct else "publication"
    if g.get("vague_qty"):
        return _reference("PAST_REF" if sign < 0 else "FUTURE_REF", ctx)
    n = _number(ctx, g)
    if n is None:
        return None
    if unit in ("H", "TM", "S"):
        # 'drei Minuten später': a time on the anchor's day we cannot name more precisely
        start, end = base.interval() if base.day else (None, None)
        return Value("TIME", "XXXX-XX-XXTXX:XX", start, end, "day" if start else None, anchor, start is None)
    return shift(base, unit, sign * n, anchor)


def _reference(value: str, ctx: Context) -> Value:
    start, end = ctx.dct.interval()
    if value == "PAST_REF":
        start = None
    elif value == "FUTURE_REF":
        end = None
    anchor = "publication" if ctx.dct.year is not None else "none"
    return Value("DATE", value, start, end, None, anchor, ctx.dct.year is None)


def _duration(ctx: Context, g, pos, params) -> Optional[Value]:
    unit = ctx.word("unit", g["unit"]) if g.get("unit") else ctx.word("unit_adj", g.get("unit_adj"))
    if unit is None:
        return None
    code = _DURATION_UNIT[unit]
    time_unit = code.startswith("T")
    letter = code[1:] if time_unit else code
    if g.get("vague_qty") or (not g.get("int") and not g.get("number")):
        amount = "X"
        n = None
    else:
        n = _number(ctx, g)
        if n is None or n <= 0 or n > 100000:
            return None
        if unit == "DE":
            n, letter = n * 10, "Y"
        elif unit == "CE":
            n, letter = n * 100, "Y"
        elif unit == "HY":
            n = n * 6
        if n != int(n) and letter == "Y":
            n, letter = n * 12, "M"
        amount = _fmt_number(n)
    value = f"PT{amount}{letter}" if time_unit else f"P{amount}{letter}"
    start = end = None
    direction = ctx.word("rel", g.get("rel")) if g.get("rel") else None
    if (g.get("since") or direction == -1) and n is not None and ctx.dct.day is not None and not time_unit:
        end = ctx.dct.date
        start = shift_days(end, -round(n * _DAYS_PER_UNIT.get(unit, 1)))
    return Value(
        "DURATION",
        value,
        start,
        end,
        None if start is None else "day",
        "publication" if start is not None else "none",
        False,
    )


def _fixed(ctx: Context, g, pos, params) -> Optional[Value]:
    spec = ctx.word("fixed", g["fixed"])
    if spec is None:
        return None
    kind, value = spec
    if value.endswith("_REF"):
        return _reference(value, ctx)
    return Value(kind, value, None, None, None, "none", False)


def _set(ctx: Context, g, pos, params) -> Optional[Value]:
    if g.get("weekday"):
        weekday = ctx.word("weekday", g["weekday"])
        daypart = ctx.word("daypart", g.get("daypart"))
        suffix = f"T{daypart}" if daypart else ""
        return None if weekday is None else Value("SET", f"XXXX-WXX-{weekday}{suffix}")
    unit = ctx.word("unit", g.get("unit"))
    if unit is None:
        return None
    n = _number(ctx, g) or 1
    code = _DURATION_UNIT[unit]
    if n <= 0 or n > 10000:
        return None
    if code.startswith("T"):
        return Value("SET", f"PT{_fmt_number(n)}{code[1:]}")
    return Value("SET", f"P{_fmt_number(n)}{code}")


def _time(ctx: Context, g, pos, params) -> Optional[Value]:
    if g.get("clock_word"):
        hour, minute = ctx.word("clock_word", g["clock_word"])
    else:
        hour, minute = int(g["hour"]), int(g.get("minute") or 0)
    shift_pm = ctx.word("clock_adv", g.get("clock_adv"))
    if shift_pm == "pm" and hour < 12:
        hour += 12
    elif shift_pm == "am" and hour == 12:
        hour = 0
    if hour > 24 or minute > 59 or (hour == 24 and minute):
        return None
    suffix = f"T{hour:02d}:{minute:02d}"
    return _time_value(ctx, _day_of_text(ctx), suffix)


def _day_of_text(ctx: Context) -> Value:
    """The day a time of day belongs to: the last day the text named, else the publication day."""
    if ctx.ref_day is not None:
        return _dated("DATE", ctx.ref_day.value, "text")
    if ctx.dct.day is not None:
        return _dated("DATE", ctx.dct.value, "publication")
    return Value("DATE", "XXXX-XX-XX", None, None, "day", "none", True)


def _daypart(ctx: Context, g, pos, params) -> Optional[Value]:
    code = ctx.word("daypart", g["daypart"])
    return None if code is None else _time_value(ctx, _day_of_text(ctx), "T" + code)


def _holiday(ctx: Context, g, pos, params) -> Optional[Value]:
    spec = ctx.word("holiday", g["holiday"])
    if spec is None:
        return None
    year, anchor = _year(ctx, g.get("year")), "absolute"
    if year is None and ctx.dct.year is None:
        return Value("DATE", "XXXX-XX-XX", None, None, "day", "none", True)
    if year is None:
        anchor = "publication"
        probe_month = int(spec[:2]) if spec[0].isdigit() else 4
        year = _nearest_year(ctx, probe_month, None, pos)
    if spec.startswith("easter"):
        when = easter(year) + timedelta(days=int(spec[6:] or 0))
    else:
        when = make_date(year, int(spec[:2]), int(spec[3:5]))
    if when is None:
        return None
    return _dated("DATE", when.isoformat(), anchor)


NORMALIZERS = {
    "date": _date,
    "day_only": _day_only,
    "month": _month,
    "year": _year_rule,
    "decade": _decade,
    "century": _century,
    "relday": _relday,
    "weekday": _weekday,
    "night": _night,
    "relunit": _relunit,
    "weekend": _weekend,
    "season": _season,
    "quarter": _quarter,
    "offset": _offset,
    "duration": _duration,
    "fixed": _fixed,
    "set": _set,
    "time": _time,
    "daypart": _daypart,
    "holiday": _holiday,
}


def normalize(kind: str, ctx: Context, groups: Dict[str, str], pos: int, params) -> Optional[Value]:
    """The value of one match, or None when the match does not denote a real time."""
    return NORMALIZERS[kind](ctx, {k: v for k, v in groups.items() if v is not None}, pos, params)
