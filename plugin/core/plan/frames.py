"""The playback plan: the project's time range, step and frame rate, the key dates worth stopping
at (before the offensive, each event, each arrival), and "next/previous event" stepping.

Frames are [start, start + step) on the theatre's wall clock; a frame shows the situation at the
end of its day, which is what the growing arrows (driven by @map_end_time) draw.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import List, Mapping, Optional

from ..events.routes import format_time, parse_time
from ..places.gazetteer import POINT_KINDS

DEFAULT_STEP_DAYS = 1
DEFAULT_FPS = 2
DEFAULT_MARGIN_DAYS = 2
MAX_ANIMATION_FRAMES = 120  # pictures in an animation, besides its key frames


@dataclass(frozen=True)
class KeyDate:
    when: datetime  # start of the frame to show
    kind: str  # before | event | arrival | start
    label: str


@dataclass
class FramePlan:
    start: datetime
    end: datetime
    step_days: int = DEFAULT_STEP_DAYS
    fps: int = DEFAULT_FPS
    key_dates: List[KeyDate] = field(default_factory=list)

    @property
    def step(self) -> timedelta:
        return timedelta(days=self.step_days)

    def frames(self) -> List[datetime]:
        """Start of every frame, first to last."""
        out, moment = [], self.start
        while moment < self.end:
            out.append(moment)
            moment += self.step
        return out

    def frame_count(self) -> int:
        return max(0, -(-(self.end - self.start) // self.step))

    def animation_frames(self, limit: int = MAX_ANIMATION_FRAMES) -> List[int]:
        """The frames an animation shows: all of a plan of up to `limit` frames; of a longer one
        (articles from 2012 to 2024) evenly spaced frames, the key frames and the last, so that
        the picture count stays near `limit` instead of one per day of twelve years."""
        count = self.frame_count()
        if count <= limit:
            return list(range(count))
        stride = -(-count // limit)
        return sorted({*range(0, count, stride), *self.key_frames(), count - 1})

    def frame_of(self, when) -> int:
        """Index of the frame that contains `when` (clamped to the plan)."""
        moment = parse_time(when)
        if moment is None or moment <= self.start:
            return 0
        index = int((moment - self.start) // self.step)
        return min(index, self.frame_count() - 1)

    def frame_range(self, index: int):
        begin = self.start + index * self.step
        return begin, begin + self.step

    def key_frames(self) -> List[int]:
        return sorted({self.frame_of(k.when) for k in self.key_dates})

    def next_key(self, current) -> Optional[KeyDate]:
        """The first key date in a frame after the one holding `current`, or None at the end."""
        frame = self.frame_of(current)
        keys = sorted(self.key_dates, key=lambda k: k.when)
        starts = [self.frame_of(k.when) for k in keys]
        i = bisect_right(starts, frame)
        return keys[i] if i < len(keys) else None

    def previous_key(self, current) -> Optional[KeyDate]:
        """The last key date in a frame before the one holding `current`, or None at the start."""
        frame = self.frame_of(current)
        keys = sorted(self.key_dates, key=lambda k: k.when)
        starts = [self.frame_of(k.when) for k in keys]
        i = bisect_left(starts, frame)
        return keys[i - 1] if i > 0 else None

    def as_dict(self) -> dict:
        return {
            "start": format_time(self.start),
            "end": format_time(self.end),
            "step_days": self.step_days,
            "fps": self.fps,
            "frames": self.frame_count(),
            "key_dates": [
                {"when": format_time(k.when), "kind": k.kind, "label": k.label} for k in self.key_dates
            ],
        }


def _day(moment: datetime) -> datetime:
    return moment.replace(hour=0, minute=0, second=0, microsecond=0)


def data_dates(record: Mapping, *, strict: bool = True) -> List[KeyDate]:
    """The dated moments playback should show: advance starts, waypoint arrivals, and events
    dated to the day at a town or base. With `strict` off, every dated event counts (used when
    nothing else is dated): an event "in Iraq since September" must not stretch the playback."""
    found: List[KeyDate] = []
    for article in record.get("articles") or []:
        if not isinstance(article, Mapping):
            continue
        places = article.get("places") or []
        for event in article.get("events") or []:
            if (
                not isinstance(event, Mapping)
                or event.get("past")
                or event.get("negated")
                or event.get("rejected")
            ):
                continue
            moment = parse_time(event.get("t_start"))
            if moment is None:
                continue
            index = event.get("place")
            place = places[index] if isinstance(index, int) and 0 <= index < len(places) else {}
            on_map = isinstance(place, Mapping) and place.get("kind") in POINT_KINDS
            if strict and (event.get("precision") not in ("day", "time", None) or not on_map):
                continue
            name = place.get("name") if isinstance(place, Mapping) else None
            label = f"{event.get('type')}" + (f" {name}" if name else "")
            found.append(KeyDate(_day(moment), "event", label))
    for advance in record.get("advances") or []:
        if not isinstance(advance, Mapping) or advance.get("rejected"):
            continue
        route = [w for w in advance.get("route") or [] if isinstance(w, Mapping)]
        start = parse_time(advance.get("t_start"))
        if start is not None:
            found.append(KeyDate(_day(start), "start", f"advance {advance.get('id')} starts"))
        for waypoint in route[1:]:
            moment = parse_time(waypoint.get("time"))
            placed = waypoint.get("lat") is not None and waypoint.get("lon") is not None
            if moment is not None and placed and waypoint.get("reached") is not False:
                found.append(KeyDate(_day(moment), "arrival", f"arrival {waypoint.get('name')}"))
    return found


def plan_frames(
    record: Mapping,
    *,
    step_days: int = DEFAULT_STEP_DAYS,
    fps: int = DEFAULT_FPS,
    margin_days: int = DEFAULT_MARGIN_DAYS,
) -> Optional[FramePlan]:
    """The time range of the data with `margin_days` before and after; None when nothing is dated."""
    dates = data_dates(record) or data_dates(record, strict=False)
    if not dates:
        return None
    first = min(k.when for k in dates)
    last = max(k.when for k in dates)
    start = first - timedelta(days=margin_days)
    end = last + timedelta(days=margin_days + 1)
    step_days = max(1, int(step_days))
    # the range holds a whole number of steps, so the last frame is as long as the others
    span_days = (end - start).days
    end = start + timedelta(days=-(-span_days // step_days) * step_days)
    keys = [KeyDate(start, "before", "before")]
    seen = set()
    for key in sorted(dates, key=lambda k: (k.when, k.kind, k.label)):
        if (key.when, key.label) not in seen:
            seen.add((key.when, key.label))
            keys.append(key)
    return FramePlan(start, end, step_days, max(1, int(fps)), keys)
