"""The Frontline layers as plain data: their schemas, and the rows an extraction record gives.

`plan_layers(record)` is the planner the GeoPackage writer executes: one `LayerPlan` per layer
(fields, geometry type, rows of attributes + WKT), flags on what could not be placed or dated, and
warnings an analyst should read. No QGIS here; dates are naive ISO strings on the theatre's clock.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

from ..corrections.model import item_key
from ..events.routes import LineNetwork, Route, build_route, follow_key, format_time, parse_time
from ..events.sides import side_label
from ..places.gazetteer import distance_km
from .fronts import METHOD, Held, front_areas
from .labels import PlaceLabel, place_key, place_labels
from .provenance import PROVENANCE_FIELDS, article_fields, mark_quote, review_fields

LOG = logging.getLogger(__name__)

SCHEMA_VERSION = 1
EVENT_TYPES = (
    "capture",
    "recapture",
    "advance",
    "arrival",
    "crossing",
    "attack",
    "airstrike",
    "suicide_attack",
    "withdrawal",
    "consolidation",
    "presence",
    "announcement",
)
CERTAINTIES = ("confirmed", "claimed", "rumoured", "intended")
FRONTS_TITLE = "derived front (from control changes)"  # what the project calls the fronts layer

# Feature flags (comma-separated in the `flags` field).
UNPLACED = "unplaced"
# a name the gazetteer lacks, drawn at the nearest place the article names or at the point the
# text states from another place ("placed": "relative": 40 km south-west of Mosul)
APPROXIMATE = "approximate"
UNDATED = "undated"
BAD_DATE = "bad-date"
PAST = "past"
NEGATED = "negated"
CONTESTED = "contested"  # a denial by the other side disputes the claim (events/denials.py)
NEAR = "near"  # a taking near the place ("a village near Mosul"), not of it: no control change there
ESTIMATED_START = "estimated-start"
UNKNOWN_TYPE = "unknown-type"
UNKNOWN_CERTAINTY = "unknown-certainty"
SINGLE_POINT = "single-point"
ZERO_LENGTH = "zero-length"
PARTLY_PLACED = "partly-placed"
NOT_ALONG = "not-along-follows"  # follows a river that is on the map, but is drawn straight
SIDE_INFERRED = "side-inferred"  # no report names who holds it; worked out (control side_note)


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # string | integer | real | datetime | boolean
    comment: str = ""


@dataclass
class LayerPlan:
    """One layer to write: its geometry type ("None", "Point", "LineString", "Polygon") and rows."""

    name: str
    geometry: str
    fields: List[Field]
    rows: List[dict] = field(default_factory=list)  # {"wkt": str | None, "attrs": {field: value}}
    indexed: Tuple[str, ...] = ()  # fields that get an attribute index (the temporal ones)

    def add(self, wkt: Optional[str], **attrs) -> dict:
        unknown = set(attrs) - {f.name for f in self.fields}
        if unknown:
            raise KeyError(f"{self.name}: no field {sorted(unknown)}")
        row = {"wkt": wkt, "attrs": {f.name: attrs.get(f.name) for f in self.fields}}
        self.rows.append(row)
        return row


@dataclass
class Plan:
    layers: Dict[str, LayerPlan]
    warnings: List[str]

    def counts(self) -> Dict[str, int]:
        return {name: len(layer.rows) for name, layer in self.layers.items()}


def _f(spec: str) -> List[Field]:
    """Fields from "name:type name:type …" (type defaults to string)."""
    out = []
    for item in spec.split():
        name, _, kind = item.partition(":")
        out.append(Field(name, kind or "string"))
    return out


EVIDENCE = "article article_title sentence:integer quote flags " + PROVENANCE_FIELDS
SCHEMAS: Dict[str, Tuple[str, List[Field], Tuple[str, ...]]] = {
    "articles": (
        "None",
        _f(
            "article_id title source url published:datetime published_end:datetime precision "
            "date_source language path sha256 places:integer events:integer flags story"
        ),
        ("published",),
    ),
    "places": (
        "Point",
        _f(
            "name label label_de label_en mention gazetteer_id kind country confidence:real role "
            "span_start:integer span_end:integer first_seen:datetime last_seen:datetime primary:boolean "
            "drawn_at " + EVIDENCE
        ),
        ("first_seen", "last_seen"),
    ),
    "events": (
        "Point",
        _f(
            "event_id type trigger actors place t_start:datetime t_start_day:real t_end:datetime precision "
            "certainty negated:boolean past:boolean role span_start:integer span_end:integer " + EVIDENCE
        ),
        ("t_start",),
    ),
    "advances": (
        "LineString",
        _f(
            "advance_id name route actors t_start:datetime t_end:datetime shown_until:datetime "
            "t_start_estimated:boolean estimate_note certainty follows vertex_times length_km:real "
            "reached_km:real reached_vertex:integer grow_from grow_until objective unreached:boolean "
            "side found movement " + EVIDENCE
        ),
        ("t_start", "shown_until"),
    ),
    "control": (
        "Point",
        _f(
            "control_id name place_id side side_label actors change left_by valid_from:datetime "
            "valid_to:datetime certainty side_note events " + EVIDENCE
        ),
        ("valid_from", "valid_to"),
    ),
    "fronts": (
        "MultiPolygon",
        _f(
            "front_id side side_label actors valid_from:datetime valid_to:datetime certainty places method flags"
        ),
        ("valid_from", "valid_to"),
    ),
}
LAYER_NAMES = tuple(SCHEMAS)
LAYER_TITLES = {"fronts": FRONTS_TITLE}


def layer_title(name: str) -> str:
    """The name a layer shows in a project's layers and legend (its GeoPackage table is `name`)."""
    return LAYER_TITLES.get(name, name)


def empty_layers() -> Dict[str, LayerPlan]:
    return {
        name: LayerPlan(name, geom, list(fields), [], idx) for name, (geom, fields, idx) in SCHEMAS.items()
    }


def plan_layers(
    record: Mapping,
    guides: Optional[Mapping[str, LineNetwork]] = None,
    words: Optional[Mapping[str, str]] = None,
    borders: Sequence = (),
) -> Plan:
    """Rows for every layer from an extraction record (schema 1); never raises on bad entries.

    `borders` are country polygons (shapely, lon/lat), or (ISO code, polygon) pairs: the derived
    front stops at them.

    `guides` maps the follow_key of a river's or road's name to its lines (a LineNetwork, or a
    list of them tried in turn): an advance that `follows` it runs along the first it lies near.
    Items the analyst rejected (corrections/apply.py) are left out; corrected ones say so in
    `corrected`, in `words` (the action words of corrections.model.describe, translated).
    """
    layers = empty_layers()
    tally: Counter = Counter()
    if not isinstance(record, Mapping):
        return Plan(layers, ["the record is not a JSON object; nothing to build"])
    version = record.get("frontline")
    warnings: List[str] = []
    if version != SCHEMA_VERSION:
        warnings.append(f"record schema version {version!r}, expected {SCHEMA_VERSION}; reading it anyway")
    articles = [a for a in _list(record.get("articles")) if isinstance(a, Mapping)]
    by_id = {str(a.get("id")): a for a in articles}
    first_seen = _place_dates(record, articles)

    labelled: set = set()
    labels = place_labels(articles)
    for article in articles:
        _plan_article(layers, article, first_seen, tally, labelled, labels, words)
    periods = [p for p in _list(record.get("control")) if not (isinstance(p, Mapping) and p.get("rejected"))]
    for n, advance in enumerate(_list(record.get("advances"))):
        if not isinstance(advance, Mapping):
            tally["advances that are not objects skipped"] += 1
            continue
        if advance.get("rejected"):
            continue
        _plan_advance(layers["advances"], advance, n, by_id, tally, guides or {}, words, periods)
    held = _plan_control(layers["control"], periods, by_id, tally, words)
    _plan_fronts(layers["fronts"], held, borders)

    for problem in _list(record.get("problems")):
        if isinstance(problem, Mapping):
            warnings.append(f"article not read: {problem.get('path')}: {problem.get('reason')}")
    warnings += [f"{count} {what}" for what, count in tally.items() if count]
    return Plan(layers, warnings)


def _list(value) -> list:
    return list(value) if isinstance(value, (list, tuple)) else []


def _text(value) -> Optional[str]:
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value if v is not None) or None
    return str(value)


def _int(value) -> Optional[int]:
    try:
        return int(value) if value is not None and not isinstance(value, bool) else None
    except (TypeError, ValueError, OverflowError):  # junk: a list, a word, an infinite number
        return None


def _real(value) -> Optional[float]:
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _point(item: Mapping) -> Optional[str]:
    lat, lon = _real(item.get("lat")), _real(item.get("lon"))
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return f"POINT ({lon:.6f} {lat:.6f})"


def _time(value, flags: List[str]) -> Optional[str]:
    """ISO date-time string, or None; a present but unreadable value flags the feature."""
    moment = parse_time(value)
    if moment is None and value not in (None, ""):
        flags.append(BAD_DATE)
    return format_time(moment)


_EPOCH = datetime(1970, 1, 1)


def _wall_days(iso: Optional[str]) -> Optional[float]:
    """Days since 1970 on the theatre's wall clock: styles age an event with one subtraction,
    the same in every time zone, instead of parsing its date for every feature of every frame."""
    moment = parse_time(iso)
    return None if moment is None else (moment - _EPOCH).total_seconds() / 86400.0


def _flags(flags: Iterable[str]) -> Optional[str]:
    unique = list(dict.fromkeys(flags))
    return ",".join(unique) if unique else None


_AREA_KINDS = frozenset({"river", "country", "continent", "sea", "lake", "mountain", "region"})


_place_key = place_key


def _place_dates(record: Mapping, articles: Sequence[Mapping]) -> Dict[str, datetime]:
    """First date each place takes part in a dated event or is reached on a route."""
    seen: Dict[str, datetime] = {}

    def note(key: str, value) -> None:
        moment = parse_time(value)
        if key and moment is not None and (key not in seen or moment < seen[key]):
            seen[key] = moment

    for article in articles:
        places = _list(article.get("places"))
        for event in _list(article.get("events")):
            if (
                not isinstance(event, Mapping)
                or event.get("past")
                or event.get("negated")
                or event.get("rejected")
            ):
                continue
            index = _int(event.get("place"))
            if index is not None and 0 <= index < len(places) and isinstance(places[index], Mapping):
                note(_place_key(places[index]), event.get("t_start"))
    for advance in _list(record.get("advances")):
        if not isinstance(advance, Mapping):
            continue
        if advance.get("rejected"):
            continue
        route = [w for w in _list(advance.get("route")) if isinstance(w, Mapping)]
        for i, waypoint in enumerate(route):
            if waypoint.get("reached") is False:
                break
            note(_place_key(waypoint), waypoint.get("time") or (advance.get("t_start") if i == 0 else None))
    return seen


def _plan_article(
    layers: Dict[str, LayerPlan],
    article: Mapping,
    first_seen,
    tally: Counter,
    labelled: set,
    labels: Mapping[str, PlaceLabel],
    words=None,
) -> None:
    article_id = _text(article.get("id"))
    title = _text(article.get("title"))
    published = article.get("published") if isinstance(article.get("published"), Mapping) else {}
    flags: List[str] = []
    pub_start = _time(published.get("start") or published.get("value"), flags)
    if pub_start is None:
        flags.append(UNDATED)
        tally["articles without a publication date"] += 1
    places = _list(article.get("places"))
    events = _list(article.get("events"))
    layers["articles"].add(
        None,
        article_id=article_id,
        title=title,
        source=_text(article.get("source")),
        url=_text(article.get("url")),
        story=_text(article.get("story")) or article_id,
        published=pub_start,
        published_end=_time(published.get("end"), flags),
        precision=_text(published.get("precision")),
        date_source=_text(published.get("source")),
        language=_text(article.get("language")),
        path=_text(article.get("path")),
        sha256=_text(article.get("sha256")),
        places=len(places),
        events=len(events),
        flags=_flags(flags),
    )

    quotes_by_place: Dict[int, str] = {}
    for event in events:
        if isinstance(event, Mapping) and _int(event.get("place")) is not None and event.get("quote"):
            quotes_by_place.setdefault(_int(event.get("place")), str(event.get("quote")))
    source = article_fields(article)

    for index, place in enumerate(places):
        if not isinstance(place, Mapping) or place.get("rejected"):
            continue
        key = _place_key(place)
        # the first mention of a place carries its label; a river's or country's point is only
        # a stand-in (the base map draws and names the river and the border)
        # a name drawn at another place's point (approximate) is not labelled over that place;
        # one drawn at the point the text states for it (relative) is at its own point
        relative = _relative(place)
        primary = (
            key not in labelled
            and place.get("kind") not in _AREA_KINDS
            and (not place.get("approximate") or relative)
        )
        labelled.add(key)
        flags = []
        wkt = _point(place)
        if wkt is None:
            flags.append(UNPLACED)
            tally["places without coordinates (kept without geometry)"] += 1
        elif relative:
            flags.append(APPROXIMATE)
            tally["places not in the gazetteer, drawn where the text puts them from another place"] += 1
        elif place.get("approximate"):
            flags.append(APPROXIMATE)
            tally["places not in the gazetteer, drawn at the nearest place the article names"] += 1
        seen = first_seen.get(key)
        quote = _text(place.get("quote")) or quotes_by_place.get(index)
        label = labels.get(key)
        layers["places"].add(
            wkt,
            name=_text(place.get("name") or place.get("text")),
            # as the reports spell it ("Abu Kamal"), and its German and English names
            label=label.reporting if label else _text(place.get("text")),
            label_de=label.de if label else None,
            label_en=label.en if label else None,
            mention=_text(place.get("text")),
            gazetteer_id=_text(place.get("id")),
            kind=_text(place.get("kind")),
            country=_text(place.get("country")),
            confidence=_real(place.get("confidence")),
            role=_text(place.get("role")),
            span_start=_int(place.get("start")),
            span_end=_int(place.get("end")),
            first_seen=format_time(seen),
            last_seen=None,
            primary=primary,
            # a name the gazetteer lacks: the place whose point it is drawn at, or where the text
            # puts it from another place ("40 km south-west of Mosul")
            drawn_at=_drawn_at(place) if place.get("approximate") else None,
            article=article_id,
            article_title=title,
            sentence=_int(place.get("sentence")),
            quote=quote,
            quote_html=mark_quote(quote, [place.get("text")]),
            item_key=item_key("place", place, article),
            flags=_flags(flags),
            **source,
            **review_fields(place, words),
        )

    for number, event in enumerate(events):
        if not isinstance(event, Mapping):
            tally["events that are not objects skipped"] += 1
            continue
        if event.get("rejected"):
            continue  # numbered all the same: the others keep their event_id
        flags = []
        index = _int(event.get("place"))
        place = places[index] if index is not None and 0 <= index < len(places) else None
        place = place if isinstance(place, Mapping) else None
        wkt = _point(place) if place is not None else None
        moved = event.get("location") if isinstance(event.get("location"), Mapping) else None
        if moved is not None:  # the analyst put the event where it happened
            wkt = _point(moved)
        elif wkt is not None and place.get("approximate"):
            # its place is a name the gazetteer lacks, drawn (ringed) at another place's point:
            # an event symbol there would claim the event happened in that other place. A point
            # the text states for the name itself ("40 km south-west of Mosul") is kept, flagged.
            if not _relative(place):
                wkt = None
            flags.append(APPROXIMATE)
        if wkt is None:
            flags.append(UNPLACED)
            tally["events without a placed location (kept without geometry)"] += 1
        kind = _text(event.get("type"))
        if kind not in EVENT_TYPES:
            flags.append(UNKNOWN_TYPE)
        certainty = _text(event.get("certainty"))
        if certainty not in CERTAINTIES:
            flags.append(UNKNOWN_CERTAINTY)
        t_start = _time(event.get("t_start"), flags)
        if event.get("past"):
            flags.append(PAST)
            t_start = None  # earlier history is not on the offensive's timeline
        elif t_start is None:
            flags.append(UNDATED)
            tally["events without a date (shown at every time)"] += 1
        if event.get("negated"):
            flags.append(NEGATED)
        if event.get("contested"):
            flags.append(CONTESTED)
        if event.get("role") == "vicinity":
            flags.append(NEAR)
        quote = _text(event.get("quote"))
        layers["events"].add(
            wkt,
            event_id=f"{article_id}:{number}",
            type=kind,
            trigger=_text(event.get("trigger")),
            actors=_text(event.get("actors")),
            place=_text(place.get("name") or place.get("text")) if place else None,
            t_start=t_start,
            t_start_day=_wall_days(t_start),
            t_end=_time(event.get("t_end"), flags) if not event.get("past") else None,
            precision=_text(event.get("precision")),
            certainty=certainty,
            negated=bool(event.get("negated")),
            past=bool(event.get("past")),
            role=_text(event.get("role")),
            span_start=_int(event.get("start")),
            span_end=_int(event.get("end")),
            article=article_id,
            article_title=title,
            sentence=_int(event.get("sentence")),
            quote=quote,
            quote_html=mark_quote(quote, [event.get("trigger"), place.get("text") if place else None]),
            item_key=item_key("event", event, article),
            flags=_flags(flags),
            **source,
            **review_fields(event, words),
        )


def _relative(place: Mapping) -> bool:
    """Whether a place is drawn at the point its text states from another place, or at the part
    of a town it names."""
    return place.get("placed") in ("relative", "part") and isinstance(place.get("anchor"), Mapping)


def _drawn_at(place: Mapping) -> Optional[str]:
    """Where an approximate place is drawn: "40 km south-west of Mosul", or the stand-in's name."""
    if _relative(place):
        offset = place.get("offset") if isinstance(place.get("offset"), Mapping) else {}
        km, direction, anchor = (
            _real(offset.get("km")),
            _text(offset.get("direction")),
            place["anchor"].get("name"),
        )
        if km is not None and direction and anchor:
            shown = f"{km:.1f}".rstrip("0").rstrip(".") if km < 10 else f"{km:.0f}"
            return f"{shown} km {direction} of {anchor}"
    return _text((place.get("near") or {}).get("name"))


def _plan_advance(
    layer: LayerPlan, advance: Mapping, n: int, articles, tally: Counter, guides, words=None, periods=()
) -> Route:
    waypoints = [w for w in _list(advance.get("route")) if isinstance(w, Mapping)]
    flags: List[str] = []
    t_start = _time(advance.get("t_start"), flags)
    t_end = _time(advance.get("t_end"), flags)
    follows = _text(advance.get("follows"))
    found = guides.get(follow_key(follows)) if follows else None
    # one line, or several to try in turn (the analyst's layer, then the offline river map)
    candidates = list(found) if isinstance(found, (list, tuple)) else [found] if found is not None else []
    route = build_route(waypoints, t_start=t_start, t_end=t_end, guide=candidates[0] if candidates else None)
    for guide in candidates[1:]:
        if not route.is_line or any(route.followed_legs):
            break
        route = build_route(waypoints, t_start=t_start, t_end=t_end, guide=guide)
    if candidates and route.is_line and not any(route.followed_legs):
        flags.append(NOT_ALONG)
        tally["advances that follow a river or road but lie too far from it (drawn straight)"] += 1
    if route.skipped:
        flags.append(UNPLACED if not route.coords else PARTLY_PLACED)
        tally["route waypoints without coordinates skipped"] += len(route.skipped)
    if route.problem == "single-point route":
        flags.append(SINGLE_POINT)
        tally["advances with a single placed waypoint (drawn as a point)"] += 1
    elif route.problem == "zero-length route":
        flags.append(ZERO_LENGTH)
        tally["zero-length advances (drawn as a point)"] += 1
    elif route.problem is not None:
        tally["advances with no placed waypoint (kept without geometry)"] += 1
    if not route.dated:
        flags.append(UNDATED)
        tally["advances without any date (drawn whole at every time)"] += 1
    if advance.get("t_start_estimated"):
        flags.append(ESTIMATED_START)
    first_time = next((t for t in route.vertex_times if t is not None), None)
    last_time = next((t for t in reversed(route.vertex_times) if t is not None), None)
    certainty = _text(advance.get("certainty"))
    if certainty not in CERTAINTIES:
        flags.append(UNKNOWN_CERTAINTY)
    names = [str(w.get("name") or "?") for w in waypoints]
    reached = [w for w in waypoints if w.get("reached") is not False]
    objective = next((str(w.get("name")) for w in waypoints if w.get("reached") is False), None)
    evidence = [e for e in _list(advance.get("evidence")) if isinstance(e, Mapping)]
    quote = " | ".join(str(e.get("quote")) for e in evidence if e.get("quote")) or None
    for warning in route.warnings:
        LOG.warning("advance %s: %s", advance.get("id"), warning)
    wkt = route.wkt()
    if wkt is not None and wkt.startswith("POINT"):
        # a line layer holds lines only: a place on its own becomes a zero-length line there
        xy = wkt[wkt.index("(") + 1 : -1]
        wkt = f"LINESTRING ({xy}, {xy})"
    layer.add(
        wkt,
        advance_id=_text(advance.get("id")) or f"advance-{n + 1}",
        name=" → ".join([names[0], names[-1]]) if len(names) > 1 else (names[0] if names else None),
        route=" → ".join(names) or None,
        actors=_text(advance.get("actors")),
        t_start=first_time or t_start,
        t_end=t_end or (last_time if reached and objective is None else None),
        shown_until=_start_lost(advance, waypoints, periods) if objective is not None else None,
        t_start_estimated=bool(advance.get("t_start_estimated")),
        estimate_note=_text(advance.get("estimate_note")),
        certainty=certainty,
        follows=_text(advance.get("follows")),
        vertex_times=";".join(t or "" for t in route.vertex_times) if route.is_line else None,
        length_km=round(route.length_km, 3),
        reached_km=round(route.reached_km, 3),
        reached_vertex=route.reached_vertex,
        # the first and last vertex times as written in vertex_times: a frame compares its own
        # time with these two strings and only advances in motion need the per-vertex work
        grow_from=first_time if route.is_line else None,
        grow_until=last_time if route.is_line else None,
        objective=objective,
        unreached=objective is not None,
        side=_text(advance.get("side")),
        found=_text(advance.get("found")),
        movement=_text(advance.get("movement")) or "advance",
        flags=_flags(flags),
        **_evidence_fields(evidence, articles, quote, names),
        item_key=item_key("advance", advance),
        **review_fields(advance, words),
    )
    return route


def _start_lost(advance: Mapping, waypoints: Sequence[Mapping], periods: Sequence) -> Optional[str]:
    """When an arrow that has not reached its goal stops being shown: the day its side lost the
    place it set out from (left it, or another side took it), on the arrow's day or later. A plan
    or push from Isjum is no threat once the Russians have left Isjum; an arrow that got where
    it went stays as the way it came."""
    side = _text(advance.get("side"))
    start = waypoints[0] if waypoints else None
    since = parse_time(advance.get("t_start"))
    if (
        not side
        or start is None
        or since is None
        or (_text(advance.get("movement")) or "advance") != "advance"
    ):
        return None  # a withdrawal leaves its start: that is the move, not its end
    lost = []
    for period in periods:
        if not isinstance(period, Mapping) or not _same_place(period, start):
            continue
        gone = period.get("change") == "left" and period.get("left_by") == side
        taken = period.get("change") == "taken" and period.get("side") not in (None, side)
        moment = parse_time(period.get("valid_from"))
        if (gone or taken) and moment is not None and moment.date() >= since.date():
            lost.append(moment)
    return format_time(min(lost)) if lost else None


_SAME_PLACE_KM = 2.0  # as events.advances.SAME_PLACE_KM (not imported: plans stay light)


def _same_place(period: Mapping, waypoint: Mapping) -> bool:
    if period.get("place_id") and period.get("place_id") == waypoint.get("id"):
        return True
    points = [_real(p.get(k)) for p in (period, waypoint) for k in ("lat", "lon")]
    return None not in points and distance_km(*points) < _SAME_PLACE_KM


def _evidence_fields(evidence: Sequence[Mapping], articles, quote: Optional[str], marks) -> dict:
    """The source fields of a feature fused from several articles: all their ids, the first one's
    title, outlet, date and file."""
    first = evidence[0] if evidence else {}
    article = articles.get(str(first.get("article"))) if first else None
    return {
        "article": "; ".join(dict.fromkeys(str(e.get("article")) for e in evidence)) or None,
        "article_title": _text(article.get("title")) if article else None,
        "sentence": _int(first.get("sentence")) if first else None,
        "quote": quote,
        "quote_html": mark_quote(quote, marks),
        **article_fields(article),
    }


def _plan_control(layer: LayerPlan, periods: Sequence, articles, tally: Counter, words=None) -> List[Held]:
    """Who held each place from when to when (record "control"); returns the holdings with a
    side, dated and placed, that the derived front is drawn from."""
    held: List[Held] = []
    countries = _place_countries(articles)
    for n, period in enumerate(periods):
        if not isinstance(period, Mapping):
            tally["control periods that are not objects skipped"] += 1
            continue
        flags: List[str] = []
        wkt = _point(period)
        if wkt is None:
            flags.append(UNPLACED)
            tally["control periods without coordinates (kept without geometry)"] += 1
        side = _text(period.get("side"))
        if side and period.get("side_note"):
            flags.append(SIDE_INFERRED)
        valid_from = _time(period.get("valid_from"), flags)
        valid_to = _time(period.get("valid_to"), flags)
        if valid_from is None:
            flags.append(UNDATED)
        certainty = _text(period.get("certainty"))
        if certainty not in CERTAINTIES:
            flags.append(UNKNOWN_CERTAINTY)
        if period.get("contested"):
            flags.append(CONTESTED)
        evidence = [e for e in _list(period.get("evidence")) if isinstance(e, Mapping)]
        quote = " | ".join(str(e.get("quote")) for e in evidence if e.get("quote")) or None
        change = _text(period.get("change"))
        layer.add(
            wkt,
            control_id=_text(period.get("id")) or f"control-{n + 1}",
            name=_text(period.get("name")),
            place_id=_text(period.get("place_id")),
            side=side,
            side_label=side_label(side)
            if change != "left"
            else f"left by {side_label(_text(period.get('left_by')))}",
            actors=_text(period.get("actors")),
            change=change,
            left_by=_text(period.get("left_by")),
            valid_from=valid_from,
            valid_to=valid_to,
            certainty=certainty,
            side_note=_text(period.get("side_note")),
            events=_text(period.get("events")),
            flags=_flags(flags),
            **_evidence_fields(evidence, articles, quote, [period.get("name")]),
            item_key=item_key("control", period),
            **review_fields(period, words),
        )
        if wkt is not None and side and change != "left" and valid_from is not None:
            lat, lon = _real(period.get("lat")), _real(period.get("lon"))
            actors = tuple(str(a) for a in _list(period.get("actors")))
            held.append(
                Held(side, _text(period.get("name")) or "?", lat, lon, parse_time(valid_from),
                     parse_time(valid_to), certainty or "claimed", actors, bool(period.get("side_note")),
                     countries.get(_text(period.get("place_id")) or ""))
            )  # fmt: skip
    return held


def _place_countries(articles) -> dict:
    """The country code of each place id the articles name (the gazetteer's, not a border's)."""
    found = {}
    for article in articles.values() if isinstance(articles, Mapping) else articles:
        for place in _list(article.get("places")):
            if isinstance(place, Mapping) and place.get("id") and place.get("country"):
                found.setdefault(str(place["id"]), str(place["country"]))
    return found


def _plan_fronts(layer: LayerPlan, held: Sequence[Held], borders: Sequence = ()) -> None:
    """The derived front (plan/fronts.py): each side's ground at every date the holdings change."""
    for number, area in enumerate(front_areas(held, borders), start=1):
        layer.add(
            area.wkt,
            front_id=f"front-{number}",
            side=area.side,
            side_label=side_label(area.side),
            actors="; ".join(area.actors) or None,
            valid_from=format_time(area.valid_from),
            valid_to=format_time(area.valid_to),
            certainty=area.certainty,
            places="; ".join(area.places),
            method=METHOD,
            flags=SIDE_INFERRED if area.inferred else None,
        )
