"""A correction: what the analyst changed about one item of an extraction record, and how it is found
again after the articles are read anew.

An item is found by the article's hash (the record's article id) and the mention's character span
in it: a place by its name's span, an event by its trigger's span ("retook"). Those stay the same
when the same text is read again, whatever else the batch holds. Advances and control periods are
fused across articles, so they are found by what they are about (the route's first and last place,
the place held) and by the sentences they rest on: one shared sentence is enough, so an advance
that a new article adds evidence to is still the one the analyst corrected.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Dict, Iterable, List, Mapping, Optional, Tuple

TARGETS = ("place", "event", "advance", "control")
# accept: reviewed and right; reject: wrong, left off the map; place: a place mention is another
# gazetteer place or the point the analyst clicked; move: an event happened at the clicked point;
# date, certainty, actors, side, type: a field set to a value; add: an event the analyst adds;
# join: an advance continues into another; split: an advance is two, split at a waypoint
ACTIONS = (
    "accept",
    "reject",
    "place",
    "move",
    "date",
    "certainty",
    "actors",
    "side",
    "type",
    "add",
    "join",
    "split",
)
ROW_FIELDS = (
    "correction_id", "target", "action", "article", "span_start", "span_end", "item", "value",
    "author", "created", "note",
)  # fmt: skip


@dataclass(frozen=True)
class Correction:
    target: str  # place | event | advance | control
    action: str
    article: str = ""  # the article's hash; for advances and control, the first evidence's
    start: Optional[int] = None  # the mention's span in that article
    end: Optional[int] = None
    item: Mapping[str, Any] = field(default_factory=dict)  # the rest of the item's key
    value: Mapping[str, Any] = field(default_factory=dict)
    author: str = ""
    created: str = ""  # ISO date-time, when the analyst made it
    id: str = ""
    note: str = ""

    def __post_init__(self) -> None:
        if self.target not in TARGETS:
            raise ValueError(f"no such correction target {self.target!r}")
        if self.action not in ACTIONS:
            raise ValueError(f"no such correction {self.action!r}")

    def to_row(self) -> Dict[str, Any]:
        """A flat row for the corrections table (key and value as JSON text)."""
        return {
            "correction_id": self.id,
            "target": self.target,
            "action": self.action,
            "article": self.article,
            "span_start": self.start,
            "span_end": self.end,
            "item": json.dumps(dict(self.item), ensure_ascii=False, sort_keys=True),
            "value": json.dumps(dict(self.value), ensure_ascii=False, sort_keys=True),
            "author": self.author,
            "created": self.created,
            "note": self.note,
        }

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Correction:
        def loads(text) -> dict:
            try:
                value = json.loads(text) if text else {}
            except (TypeError, ValueError):
                return {}
            return value if isinstance(value, dict) else {}

        def number(value) -> Optional[int]:
            try:
                return None if value is None or value == "" else int(value)
            except (TypeError, ValueError):
                return None

        return cls(
            target=str(row.get("target") or ""),
            action=str(row.get("action") or ""),
            article=str(row.get("article") or ""),
            start=number(row.get("span_start")),
            end=number(row.get("span_end")),
            item=loads(row.get("item")),
            value=loads(row.get("value")),
            author=str(row.get("author") or ""),
            created=str(row.get("created") or ""),
            id=str(row.get("correction_id") or ""),
            note=str(row.get("note") or ""),
        )


def new_correction(
    target: str,
    action: str,
    key: Mapping[str, Any],
    value: Optional[Mapping[str, Any]] = None,
    *,
    author: str = "",
    when: Optional[datetime] = None,
    note: str = "",
) -> Correction:
    """A correction of the item with `key` (from item_key_parts), stamped with who and when."""
    moment = (when or datetime.now()).replace(microsecond=0)
    return Correction(
        target=target,
        action=action,
        article=str(key.get("article") or ""),
        start=key.get("start"),
        end=key.get("end"),
        item=dict(key.get("item") or {}),
        value=dict(value or {}),
        author=author,
        created=moment.isoformat(),
        id=uuid.uuid4().hex[:16],
        note=note,
    )


def ordered(corrections: Iterable[Correction]) -> List[Correction]:
    """In the order they were made: each was made on the record the ones before it had corrected."""
    return sorted(corrections, key=lambda c: (c.created, c.id))


# --- keys -------------------------------------------------------------------------------------------


def waypoint_key(waypoint: Mapping) -> str:
    return str(waypoint.get("id") or waypoint.get("name") or "")


def _sequence(value) -> list:
    """A record's list, or nothing when the entry is junk (a record is read as it comes)."""
    return list(value) if isinstance(value, (list, tuple)) else []


def evidence_pairs(item: Mapping) -> List[Tuple[str, int]]:
    """(article, sentence) of each piece of evidence an advance or control period rests on."""
    pairs = []
    for evidence in _sequence(item.get("evidence")):
        if isinstance(evidence, Mapping) and evidence.get("article") is not None:
            sentence = evidence.get("sentence")
            pairs.append((str(evidence["article"]), int(sentence) if isinstance(sentence, int) else -1))
    return pairs


def item_key_parts(target: str, item: Mapping, article: Optional[Mapping] = None) -> Dict[str, Any]:
    """{"article", "start", "end", "item"}: how a correction finds this item again."""
    if target == "place":
        return {
            "article": str(article.get("id")) if article else "",
            "start": item.get("start"),
            "end": item.get("end"),
            "item": {"text": item.get("text")},
        }
    if target == "event":
        part: Dict[str, Any] = {
            "type": item.get("type"),
            "sentence": item.get("sentence"),
            "trigger": item.get("trigger"),
        }
        if item.get("added"):
            part = {"added": item["added"]}
        return {
            "article": str(article.get("id")) if article else "",
            "start": item.get("start"),
            "end": item.get("end"),
            "item": part,
        }
    pairs = evidence_pairs(item)
    first = pairs[0][0] if pairs else ""
    if target == "advance":
        route = [w for w in _sequence(item.get("route")) if isinstance(w, Mapping)]
        part = {
            "origin": waypoint_key(route[0]) if route else "",
            "destination": waypoint_key(route[-1]) if route else "",
            "evidence": [list(p) for p in pairs],
        }
        if item.get("split_from"):
            part["split_from"] = item["split_from"]
        return {"article": first, "start": None, "end": None, "item": part}
    if target == "control":
        return {
            "article": first,
            "start": None,
            "end": None,
            "item": {
                "place": str(item.get("place_id") or item.get("name") or ""),
                "change": item.get("change"),
                "evidence": [list(p) for p in pairs],
            },
        }
    raise ValueError(f"no such correction target {target!r}")


def item_key(target: str, item: Mapping, article: Optional[Mapping] = None) -> str:
    """One line that names the item, the same in the record, the layers and the review panel:
    "event:31aab5d39a39:252-259", "place:…", "advance:geonames:1>geonames:2@31aab5d39a39#2"."""
    parts = item_key_parts(target, item, article)
    if target in ("place", "event"):
        if parts["item"].get("added"):
            return f"{target}:{parts['article']}:added:{parts['item']['added']}"
        return f"{target}:{parts['article']}:{parts['start']}-{parts['end']}"
    item_part = parts["item"]
    pairs = item_part["evidence"]
    where = f"{pairs[0][0]}#{pairs[0][1]}" if pairs else ""
    if target == "advance":
        split = f"/{item_part['split_from']}" if item_part.get("split_from") else ""
        return f"advance:{item_part['origin']}>{item_part['destination']}@{where}{split}"
    return f"control:{item_part['place']}:{item_part['change']}@{where}"


def correction_key(correction: Correction) -> str:
    """The item key a correction names (what item_key gives for the item it was made on)."""
    key = {
        "article": correction.article,
        "start": correction.start,
        "end": correction.end,
        "item": correction.item,
    }
    if correction.target in ("place", "event"):
        if correction.item.get("added"):
            return f"{correction.target}:{correction.article}:added:{correction.item['added']}"
        return f"{correction.target}:{key['article']}:{key['start']}-{key['end']}"
    pairs = correction.item.get("evidence") or []
    where = f"{pairs[0][0]}#{pairs[0][1]}" if pairs else ""
    if correction.target == "advance":
        split = f"/{correction.item['split_from']}" if correction.item.get("split_from") else ""
        return f"advance:{correction.item.get('origin')}>{correction.item.get('destination')}@{where}{split}"
    return f"control:{correction.item.get('place')}:{correction.item.get('change')}@{where}"


def with_value(correction: Correction, **value) -> Correction:
    return replace(correction, value={**correction.value, **value})


# --- words ------------------------------------------------------------------------------------------

ACTION_WORDS = {
    "accept": "accepted",
    "reject": "rejected",
    "place": "placed",
    "move": "moved",
    "date": "date",
    "certainty": "certainty",
    "actors": "actors",
    "side": "side",
    "type": "type",
    "add": "added",
    "join": "joined",
    "split": "split",
}


def describe(correction: Correction, words: Optional[Mapping[str, str]] = None) -> str:
    """A short phrase for the correction: "date 2017-11-01", "placed at ‘Anat al Qadīmah", "rejected".
    `words` translates the action words (the QGIS side passes German ones)."""
    words = words or ACTION_WORDS
    word = words.get(correction.action, correction.action)
    value = correction.value
    if correction.action == "date":
        dates = [str(value.get(k))[:10] for k in ("t_start", "t_end") if value.get(k)]
        return f"{word} {' – '.join(dict.fromkeys(dates))}".strip()
    if correction.action in ("certainty", "side", "type"):
        return f"{word} {value.get(correction.action) or ''}".strip()
    if correction.action == "actors":
        return f"{word} {', '.join(value.get('actors') or [])}".strip()
    if correction.action == "place":
        return f"{word}: {value.get('name') or ''}".strip()
    return word
