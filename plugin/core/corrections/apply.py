"""Apply the analyst's corrections to an extraction record, in the order they were made.

The record the pipeline wrote is never changed: a copy is corrected, so a rebuild, a re-run with
new articles or an export always starts from what the articles say and replays every correction on
top. A correction whose item is no longer there (the article was dropped, the reading changed) is
returned as unmatched, so the analyst can be told, never silently lost.

Every corrected item carries `review` ("accepted", "corrected", "rejected", "added") and
`corrections` (the corrections that touched it, as rows); a rejected one `rejected: true`, which
the layer plan leaves off the map.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Mapping, Optional, Tuple

from ..events.routes import format_time, parse_time
from .model import Correction, evidence_pairs, item_key, ordered, waypoint_key

# events whose date is the date a place changed hands (a control period starts then)
TAKING_TYPES = frozenset({"capture", "recapture", "arrival", "withdrawal"})
ANALYST_ARTICLE = "analyst"


@dataclass
class Applied:
    record: dict
    applied: List[Correction] = field(default_factory=list)
    unmatched: List[Correction] = field(default_factory=list)


def apply_corrections(record: Mapping, corrections: Iterable[Correction]) -> Applied:
    """A corrected copy of `record` and which corrections found nothing to correct."""
    result = Applied(copy.deepcopy(dict(record)) if isinstance(record, Mapping) else {})
    book = _Index(result.record)
    for correction in ordered(corrections):
        try:
            done = _APPLY[correction.action](book, correction)
        except (KeyError, TypeError, ValueError, IndexError):
            done = False
        (result.applied if done else result.unmatched).append(correction)
    return result


class _Index:
    """The record's items, found by the parts of their keys."""

    def __init__(self, record: dict) -> None:
        self.record = record
        record.setdefault("articles", [])
        record.setdefault("advances", [])
        record.setdefault("control", [])
        self.articles: Dict[str, dict] = {}
        for article in record["articles"]:
            if isinstance(article, dict):
                self.articles[str(article.get("id"))] = article

    def place(self, c: Correction) -> Optional[Tuple[dict, int, dict]]:
        article = self.articles.get(c.article)
        if article is None:
            return None
        for index, place in enumerate(article.get("places") or []):
            if isinstance(place, dict) and place.get("start") == c.start and place.get("end") == c.end:
                return article, index, place
        return None

    def event(self, c: Correction) -> Optional[Tuple[dict, dict]]:
        article = self.articles.get(c.article)
        if article is None:
            return None
        events = [e for e in article.get("events") or [] if isinstance(e, dict)]
        if c.item.get("added"):
            found = [e for e in events if e.get("added") == c.item["added"]]
        elif c.start is not None and any("start" in e for e in events):
            found = [e for e in events if e.get("start") == c.start and e.get("end") == c.end]
            if len(found) > 1:  # one trigger, two readings ("retook": recapture and arrival)
                found = [e for e in found if e.get("type") == c.item.get("type")] or found[:1]
        else:  # a record written before events had spans
            found = [
                e
                for e in events
                if e.get("sentence") == c.item.get("sentence")
                and e.get("type") == c.item.get("type")
                and e.get("trigger") == c.item.get("trigger")
            ]
        return (article, found[0]) if found else None

    def fused(self, target: str, c: Correction) -> Optional[dict]:
        """The advance or control period the correction names: same ends (the same place), and at
        least one sentence of evidence in common when the correction names any."""
        wanted = {tuple(p) for p in c.item.get("evidence") or []}
        items = self.record["advances"] if target == "advance" else self.record["control"]
        for item in items:
            if not isinstance(item, dict):
                continue
            if target == "advance":
                route = [w for w in item.get("route") or [] if isinstance(w, Mapping)]
                if not route or (waypoint_key(route[0]), waypoint_key(route[-1])) != (
                    c.item.get("origin"),
                    c.item.get("destination"),
                ):
                    continue
                if (item.get("split_from") or None) != (c.item.get("split_from") or None):
                    continue
            else:
                if str(item.get("place_id") or item.get("name") or "") != c.item.get("place") or item.get(
                    "change"
                ) != c.item.get("change"):
                    continue
            if wanted and not wanted & set(evidence_pairs(item)):
                continue
            return item
        return None

    def item(self, c: Correction) -> Optional[dict]:
        if c.target == "place":
            found = self.place(c)
            return found[2] if found else None
        if c.target == "event":
            found = self.event(c)
            return found[1] if found else None
        return self.fused(c.target, c)


def _mark(item: dict, c: Correction, review: str = "corrected") -> None:
    item.setdefault("corrections", []).append(c.to_row())
    if review == "accepted" and item.get("review") in ("corrected", "added"):
        return  # a corrected item stays corrected when it is accepted afterwards
    item["review"] = review


def _accept(book: _Index, c: Correction) -> bool:
    item = book.item(c)
    if item is None:
        return False
    _mark(item, c, "accepted")
    return True


def _reject(book: _Index, c: Correction) -> bool:
    if c.target == "place":
        found = book.place(c)
        if found is None:
            return False
        article, index, place = found
        place["rejected"] = True
        _mark(place, c, "rejected")
        for event in article.get("events") or []:  # not a place: its events are no longer there
            if isinstance(event, dict) and event.get("place") == index:
                event["place"] = None
        return True
    item = book.item(c)
    if item is None:
        return False
    item["rejected"] = True
    _mark(item, c, "rejected")
    if c.target == "event":
        _drop_evidence(book, c.article, item)
    return True


def _drop_evidence(book: _Index, article_id: str, event: dict) -> None:
    """An advance or control period that rests only on sentences whose events were all rejected
    goes too: nothing the analyst still accepts says it happened."""
    article = book.articles.get(article_id) or {}
    sentence = event.get("sentence")
    alive = [
        e
        for e in article.get("events") or []
        if isinstance(e, dict) and e.get("sentence") == sentence and not e.get("rejected")
    ]
    if alive:
        return
    for item in [*book.record["advances"], *book.record["control"]]:
        if not isinstance(item, dict) or item.get("rejected"):
            continue
        evidence = [e for e in item.get("evidence") or [] if isinstance(e, Mapping)]
        kept = [
            e for e in evidence if not (str(e.get("article")) == article_id and e.get("sentence") == sentence)
        ]
        if len(kept) == len(evidence):
            continue
        if kept:
            item["evidence"] = kept
        else:
            item["rejected"] = True
            item["review"] = "rejected"
            item["rejected_because"] = "its only evidence was rejected"


def _same_name(a: Optional[str], b: Optional[str]) -> bool:
    return bool(a) and bool(b) and " ".join(str(a).lower().split()) == " ".join(str(b).lower().split())


def _place(book: _Index, c: Correction) -> bool:
    """A mention is another place: the keyed mention, and every mention of the same name that was
    read as the same place (or left unplaced) in the batch; the advances and control periods that
    rest on those articles follow."""
    found = book.place(c)
    if found is None:
        return False
    _, _, place = found
    old_id, old_name, text = place.get("id"), place.get("name"), place.get("text")
    value = c.value
    new = {
        "name": value.get("name") or text,
        "id": value.get("id") or f"analyst:{c.id}",
        "lat": float(value["lat"]),
        "lon": float(value["lon"]),
        "kind": value.get("kind") or place.get("kind") or "locality",
        "country": value.get("country", place.get("country")),
    }
    touched: set = set()
    for article in book.articles.values():
        for other in article.get("places") or []:
            if not isinstance(other, dict):
                continue
            if other is not place and not (
                _same_name(other.get("text"), text) and (other.get("id") or None) == (old_id or None)
            ):
                continue
            other.update(new)
            other.update(
                confidence=1.0, approximate=False, near=None, placed="analyst", anchor=None, offset=None
            )
            other["reasons"] = [*list(other.get("reasons") or []), "placed by the analyst"]
            _mark(other, c)
            touched.add(str(article.get("id")))
    for item in [*book.record["advances"], *book.record["control"]]:
        if not isinstance(item, dict) or not {a for a, _ in evidence_pairs(item)} & touched:
            continue
        points = item.get("route") if "route" in item else [item]
        for point in points or []:
            if not isinstance(point, dict):
                continue
            same = (old_id and (point.get("id") or point.get("place_id")) == old_id) or (
                not old_id
                and (_same_name(point.get("name"), old_name) or _same_name(point.get("name"), text))
            )
            if same:
                point.update(name=new["name"], lat=new["lat"], lon=new["lon"])
                point["place_id" if "place_id" in point else "id"] = new["id"]
                _mark(item, c)
    return True


def _move(book: _Index, c: Correction) -> bool:
    event = book.item(c)
    if event is None or c.target != "event":
        return False
    event["location"] = {"lat": float(c.value["lat"]), "lon": float(c.value["lon"])}
    _mark(event, c)
    return True


def _day(value) -> Optional[str]:
    moment = parse_time(value)
    if moment is None:
        return None
    text = format_time(moment)
    return text[:10] if text and text.endswith("T00:00:00") else text


def _date(book: _Index, c: Correction) -> bool:
    item = book.item(c)
    if item is None:
        return False
    start, end = _day(c.value.get("t_start")), _day(c.value.get("t_end"))
    if c.target == "event":
        if start is None:
            return False
        item["t_start"] = start
        item["t_end"] = end or start
        item["precision"] = c.value.get("precision") or "day"
        item["past"] = False  # the analyst put it on the offensive's timeline
        _follow_event_date(book, c.article, item, start)
    elif c.target == "advance":
        route = [w for w in item.get("route") or [] if isinstance(w, dict)]
        if start is not None:
            item["t_start"] = start
            if route:
                route[0]["time"] = start
        if end is not None:
            item["t_end"] = end
            reached = [w for w in route if w.get("reached") is not False]
            if len(reached) > 1:
                reached[-1]["time"] = end
        item["t_start_estimated"] = False
    else:
        if start is not None:
            item["valid_from"] = start
        if "t_end" in c.value:
            item["valid_to"] = end
    _mark(item, c)
    return True


def _follow_event_date(book: _Index, article_id: str, event: dict, day: str) -> None:
    """A taking's new date is when its place changed hands and when the arrow reached it, where
    the advance or control period rests on the event's sentence."""
    article = book.articles.get(article_id) or {}
    places = article.get("places") or []
    index = event.get("place")
    if not isinstance(index, int) or not 0 <= index < len(places):
        return
    place_id = places[index].get("id")
    if not place_id:
        return
    pair = (article_id, event.get("sentence"))
    for advance in book.record["advances"]:
        if isinstance(advance, dict) and pair in evidence_pairs(advance):
            for waypoint in advance.get("route") or []:
                if isinstance(waypoint, dict) and waypoint.get("id") == place_id and waypoint.get("time"):
                    waypoint["time"] = day
    if event.get("type") not in TAKING_TYPES:
        return
    for period in book.record["control"]:
        if isinstance(period, dict) and period.get("place_id") == place_id and pair in evidence_pairs(period):
            period["valid_from"] = day


def _field(name: str):
    def apply(book: _Index, c: Correction) -> bool:
        item = book.item(c)
        if item is None or name not in c.value:
            return False
        value = c.value[name]
        if name == "side" and c.target == "event":
            item["sides"] = [value] * max(1, len(item.get("actors") or []))
        else:
            item[name] = list(value) if name == "actors" else value
        _mark(item, c)
        return True

    return apply


def _add(book: _Index, c: Correction) -> bool:
    """An event the analyst adds, in the article it was read in (or in the analyst's own list)."""
    if c.target != "event":
        return False
    value = c.value
    article = book.articles.get(c.article) if c.article else None
    if article is None:
        if c.article and c.article != ANALYST_ARTICLE:
            return False  # its article is no longer in the batch
        article = book.articles.get(ANALYST_ARTICLE)
        if article is None:
            article = {
                "id": ANALYST_ARTICLE,
                "title": "Added by the analyst",
                "source": "analyst",
                "language": None,
                "published": {"value": _day(value.get("t_start")), "start": _day(value.get("t_start")),
                              "end": _day(value.get("t_start")), "precision": "day", "source": "analyst"},
                "places": [],
                "events": [],
                "sentences": [],
            }  # fmt: skip
            book.record["articles"].append(article)
            book.articles[ANALYST_ARTICLE] = article
    place = value.get("place") if isinstance(value.get("place"), Mapping) else None
    index = None
    if place and place.get("lat") is not None and place.get("lon") is not None:
        places = article.setdefault("places", [])
        places.append(
            {
                "text": place.get("text") or place.get("name"),
                "start": c.start,
                "end": c.end,
                "sentence": value.get("sentence"),
                "name": place.get("name"),
                "id": place.get("id") or f"analyst:{c.id}",
                "lat": float(place["lat"]),
                "lon": float(place["lon"]),
                "kind": place.get("kind") or "locality",
                "country": place.get("country"),
                "confidence": 1.0,
                "role": "location",
                "approximate": False,
                "placed": "analyst",
                "candidates": [],
                "quote": value.get("quote"),
                "added": c.id,
            }
        )
        index = len(places) - 1
    start = _day(value.get("t_start"))
    event: Dict[str, Any] = {
        "type": value.get("type") or "presence",
        "trigger": value.get("trigger") or "",
        "place": index,
        "role": "location" if index is not None else None,
        "places": [{"place": index, "role": "location"}] if index is not None else [],
        "actors": list(value.get("actors") or []),
        "sides": [value["side"]] if value.get("side") else [],
        "t_start": start,
        "t_end": _day(value.get("t_end")) or start,
        "precision": "day" if start else None,
        "time_source": "analyst",
        "certainty": value.get("certainty") or "confirmed",
        "negated": False,
        "past": False,
        "sentence": value.get("sentence"),
        "quote": value.get("quote") or "",
        "start": c.start,
        "end": c.end,
        "added": c.id,
    }
    article.setdefault("events", []).append(event)
    _mark(event, c, "added")
    return True


def _join(book: _Index, c: Correction) -> bool:
    """An advance continues into another: one arrow through both routes, with both sources."""
    first = book.fused("advance", c)
    other_key = c.value.get("with")
    if first is None or not isinstance(other_key, Mapping):
        return False
    second = book.fused(
        "advance",
        Correction(
            "advance", "join", str(other_key.get("article") or ""), item=dict(other_key.get("item") or {})
        ),
    )
    if second is None or second is first:
        return False
    route = [dict(w) for w in first.get("route") or []]
    tail = [dict(w) for w in second.get("route") or []]
    if route and tail and waypoint_key(route[-1]) == waypoint_key(tail[0]):
        tail = tail[1:]
    first["route"] = route + tail
    first["evidence"] = list(first.get("evidence") or []) + [
        e for e in second.get("evidence") or [] if e not in (first.get("evidence") or [])
    ]
    first["t_end"] = second.get("t_end") or first.get("t_end")
    second["rejected"] = True
    second["review"] = "rejected"
    second["joined_into"] = item_key("advance", first)
    _mark(first, c)
    _mark(second, c, "rejected")
    return True


def _split(book: _Index, c: Correction) -> bool:
    """An advance is two: the second starts where the analyst split the route."""
    item = book.fused("advance", c)
    if item is None:
        return False
    route = [w for w in item.get("route") or [] if isinstance(w, dict)]
    at = int(c.value.get("at", -1))
    if not 0 < at < len(route) - 1:
        return False
    second = copy.deepcopy(item)
    second.pop("corrections", None)
    second["route"] = [dict(w) for w in route[at:]]
    second["id"] = f"{item.get('id') or 'advance'}-split"
    second["split_from"] = c.id
    second["t_start"] = route[at].get("time") or item.get("t_start")
    item["route"] = [dict(w) for w in route[: at + 1]]
    item["t_end"] = route[at].get("time") or item.get("t_end")
    _mark(item, c)
    _mark(second, c)
    book.record["advances"].append(second)
    return True


_APPLY = {
    "accept": _accept,
    "reject": _reject,
    "place": _place,
    "move": _move,
    "date": _date,
    "certainty": _field("certainty"),
    "actors": _field("actors"),
    "side": _field("side"),
    "type": _field("type"),
    "add": _add,
    "join": _join,
    "split": _split,
}
