"""Which days an export shows: the frames of an animation (with hold frames on key dates, and
without the days on which nothing on the map changes) and the panels of a small-multiples page.

A frame is [day, day + step) on the theatre's wall clock, as in plan/frames.py: it shows the
situation at the end of its days. Dates here are naive datetimes at midnight.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Iterable, List, Optional, Sequence, Set, Tuple

PANEL_MODES = ("even", "key")
MAX_FRAMES = 2000  # an animation longer than this is surely a wrong date range


@dataclass(frozen=True)
class Frame:
    """One picture of an animation: the frame starting on `day`, shown `repeat` times in a row
    (more than once on a key date, so a briefer can talk over it)."""

    day: datetime
    repeat: int = 1
    key: bool = False

    @property
    def label(self) -> str:
        return f"{self.day:%Y-%m-%d}"


def day_of(moment) -> Optional[datetime]:
    """Midnight of the day of a datetime or date; None for None."""
    if moment is None:
        return None
    if isinstance(moment, datetime):
        return moment.replace(hour=0, minute=0, second=0, microsecond=0, tzinfo=None)
    if isinstance(moment, date):
        return datetime(moment.year, moment.month, moment.day)
    raise TypeError(f"not a date: {moment!r}")


def change_days(
    instants: Iterable[datetime] = (),
    spans: Iterable[Tuple[datetime, datetime]] = (),
    lingering: Iterable[Tuple[datetime, int]] = (),
) -> Set[datetime]:
    """The days on which the map looks different from the day before.

    `instants`: a feature appears or disappears (an event's date, a control period's start or
    end); `spans`: something changes every day from its start to its end (an arrow growing
    between two waypoints); `lingering`: (day, n) an event highlighted for n days changes again
    when its highlight goes.
    """
    days: Set[datetime] = set()
    for moment in instants:
        if moment is not None:
            days.add(day_of(moment))
    for begin, end in spans:
        if begin is None or end is None:
            continue
        day, last = day_of(begin), day_of(end)
        if end > last:
            last += timedelta(days=1)  # an arrow reaching its tip at noon still grows that day
        while day <= last:
            days.add(day)
            day += timedelta(days=1)
    for moment, length in lingering:
        if moment is not None:
            days.add(day_of(moment) + timedelta(days=max(1, int(length))))
    return days


def plan_animation(
    first: datetime,
    last: datetime,
    *,
    step_days: int = 1,
    key_days: Iterable[datetime] = (),
    changes: Optional[Iterable[datetime]] = None,
    hold: int = 0,
    skip_unchanged: bool = False,
) -> List[Frame]:
    """Frames from the one holding `first` to the one holding `last` (both included).

    A frame holding a key day is shown 1 + `hold` times. With `skip_unchanged`, a frame is left
    out when no day of `changes` falls after the last frame shown and within it; the first and
    last frames and the key frames are always shown.
    """
    first, last = day_of(first), day_of(last)
    if last < first:
        first, last = last, first
    step = timedelta(days=max(1, int(step_days)))
    count = (last - first) // step + 1
    if count > MAX_FRAMES:
        raise ValueError(f"{count} frames from {first:%Y-%m-%d} to {last:%Y-%m-%d}: more than {MAX_FRAMES}")
    keys = sorted({day_of(d) for d in key_days if d is not None})
    changed = sorted({day_of(d) for d in changes or () if d is not None})
    frames: List[Frame] = []
    shown_until: Optional[datetime] = None  # the end of the last frame shown
    for index in range(count):
        day = first + index * step
        end = day + step
        key = any(day <= k < end for k in keys)
        if skip_unchanged and frames and not key and index < count - 1:
            since = shown_until
            if not any(since <= c < end for c in changed):
                continue
        frames.append(Frame(day, 1 + max(0, int(hold)) if key else 1, key))
        shown_until = end
    return frames


def picture_count(frames: Sequence[Frame]) -> int:
    """How many pictures (video frames) the frames make, hold frames included."""
    return sum(f.repeat for f in frames)


def panel_days(
    first: datetime,
    last: datetime,
    count: int,
    *,
    mode: str = "even",
    key_days: Iterable[datetime] = (),
) -> List[datetime]:
    """The days of the panels of a small-multiples page.

    "even": `count` days evenly spaced from `first` to `last`, both included; "key": the key days
    in that range (evenly chosen among them when there are more than `count`, the last always
    kept), or evenly spaced days when there is none.
    """
    if mode not in PANEL_MODES:
        raise ValueError(f"panel mode {mode!r}: one of {', '.join(PANEL_MODES)}")
    first, last = day_of(first), day_of(last)
    if last < first:
        first, last = last, first
    count = max(1, int(count))
    if mode == "key":
        keys = sorted({day_of(d) for d in key_days if d is not None and first <= day_of(d) <= last})
        if keys:
            return _spread(keys, count)
    span = (last - first).days
    if count == 1 or span == 0:
        return [last]
    days = sorted({first + timedelta(days=round(i * span / (count - 1))) for i in range(count)})
    return days


def _spread(items: Sequence[datetime], count: int) -> List[datetime]:
    """`count` of the items, evenly chosen, the first and last among them."""
    if len(items) <= count:
        return list(items)
    if count == 1:
        return [items[-1]]
    picks = {round(i * (len(items) - 1) / (count - 1)) for i in range(count)}
    return [items[i] for i in sorted(picks)]
