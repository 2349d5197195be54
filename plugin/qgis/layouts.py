"""Situation-map pages from the print layout templates in resources/layouts/: the map at a date
from the current project's layers, its title, the date read from the map item, a legend of what
the map shows, scale bar, north arrow, a locator, a detail inset where places crowd, the sources
and the credits. `compose` fills one page; situation.py, multiples.py and animation.py export it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpressionContextUtils,
    QgsLayoutItemMap,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutUtils,
    QgsPointXY,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
)
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument

from ..core.plan.labels import LABEL_LANGUAGES as LABEL_CHOICES
from ..core.plan.sheet import (
    Source,
    credits_text,
    default_title,
    dense_cluster,
    main_places,
    sources_text,
    weights_by_place,
)
from ..metadata import version
from ..resources import resource_path
from . import basemap, legend, project_data
from .compat import LAYOUT_MILLIMETERS, set_text_style
from .styles import LABEL_LANGUAGE_VARIABLE
from .temporal import frame_range

LOG = logging.getLogger(__name__)

TEMPLATES = {
    "a4-landscape": "situation_a4_landscape.qpt",
    "a4-portrait": "situation_a4_portrait.qpt",
    "a3-landscape": "situation_a3_landscape.qpt",
    "a3-portrait": "situation_a3_portrait.qpt",
    "slide-16x9": "situation_slide_16x9.qpt",
}
DEFAULT_TEMPLATE = "a4-landscape"
MAP_ID = "map"
# the page's date is the map item's: what the map shows and what the page says cannot differ; the
# frame's start plus half a day, as the map's stamp (styles.stamp_expression), so that a start a time
# zone moved to the evening before still reads as its own day
DATE_EXPRESSION = (
    "[% 'Situation on ' || format_date(map_get(item_variables('" + MAP_ID + "'), 'map_start_time')"
    " + make_interval(hours:=12), 'd MMMM yyyy') %]"
)
ITEM_FONT = "DejaVu Sans"
MAP_BACKGROUND = "#dfe7ee"
LOCATOR_ZOOM = 6.0  # the locator shows this many times the map's width
MIN_SPAN_M = 30_000  # a map narrower than 30 km shows too little around the places
MIN_FONT = 4.5  # points: the smallest print of the sources list

Frame = Tuple[datetime, datetime]


def template_path(name: str) -> Path:
    if name not in TEMPLATES:
        raise ValueError(f"no layout template {name!r}: one of {', '.join(TEMPLATES)}")
    return Path(resource_path("layouts", TEMPLATES[name]))


def load_template(project: QgsProject, name: str = DEFAULT_TEMPLATE) -> QgsPrintLayout:
    """A new print layout of `project` from one of the templates (or a .qpt path)."""
    path = Path(name) if name.endswith(".qpt") else template_path(name)
    document = QDomDocument()
    if not document.setContent(path.read_text(encoding="utf-8")):
        raise ValueError(f"{path} is not a layout template")
    layout = QgsPrintLayout(project)
    _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not ok or layout.itemById(MAP_ID) is None:
        raise ValueError(f"{path} holds no map item with the id {MAP_ID!r}")
    layout.setName(path.stem)
    return layout


@dataclass
class Sheet:
    """A composed page and what it says: for the manifest and tests."""

    layout: QgsPrintLayout
    when: Optional[datetime]
    title: str
    legend: List[str]
    articles: List[dict]
    layers: List[dict]
    extent: QgsRectangle
    crs: QgsCoordinateReferenceSystem
    kept: list = field(default_factory=list)  # legend-only and base layers the page draws


def day_frame(when: datetime) -> Frame:
    day = when.replace(hour=0, minute=0, second=0, microsecond=0)
    return day, day + timedelta(days=1)


def default_date(project: QgsProject) -> Optional[datetime]:
    """The last day on which something was reported (a key day), never a quiet day after it."""
    keys = project_data.key_days(project)
    return keys[-1] if keys else None


def content_extent(
    project: QgsProject, frames: Sequence[Frame], crs: QgsCoordinateReferenceSystem
) -> Optional[QgsRectangle]:
    """What the map should frame: the project's default view (the build frames it around the
    advances; an analyst may set it), else the advances shown in the frames, else their events
    (12% margin, at least MIN_SPAN_M across). A place read wrongly far away ("Republic" in
    Washington State in a report about Kharkiv) must not zoom the map out to the world."""
    view = project_data.default_extent(project, content=False)
    if view is not None:
        return view
    layers = project_data.frontline_layers(project)
    begin, end = frames[0][0], frames[-1][1]
    for table in ("advances", "events"):
        layer = layers.get(table)
        if layer is None:
            continue
        extent, found = QgsRectangle(), False
        transform = QgsCoordinateTransform(layer.crs(), crs, project)
        for feature in project_data.visible_features(layer, begin, end, attributes=[]):
            geometry = feature.geometry()
            if geometry is None or geometry.isEmpty():
                continue
            geometry.transform(transform)
            if found:
                extent.combineExtentWith(geometry.boundingBox())
            else:
                extent, found = QgsRectangle(geometry.boundingBox()), True
        if found:
            return _padded(extent)
    return project_data.default_extent(project)


def _padded(extent: QgsRectangle) -> QgsRectangle:
    extent = QgsRectangle(extent)
    margin = max(extent.width(), extent.height()) * 0.12
    extent.grow(margin)
    if extent.width() < MIN_SPAN_M and extent.height() < MIN_SPAN_M:
        centre = extent.center()
        half = MIN_SPAN_M / 2
        extent = QgsRectangle(centre.x() - half, centre.y() - half, centre.x() + half, centre.y() + half)
    return extent


def fitted(extent: QgsRectangle, width: float, height: float) -> QgsRectangle:
    """`extent` widened about its centre to the item's shape."""
    aspect = width / height
    w, h = extent.width(), extent.height()
    if w < aspect * h:
        w = aspect * h
    else:
        h = w / aspect
    c = extent.center()
    return QgsRectangle(c.x() - w / 2, c.y() - h / 2, c.x() + w / 2, c.y() + h / 2)


def compose(
    project: QgsProject,
    layout: QgsPrintLayout,
    frames: Sequence[Frame],
    *,
    title: Optional[str] = None,
    extent: Optional[QgsRectangle] = None,
    language: str = "en",
    legend_frames: Optional[Sequence[Frame]] = None,
    inset: bool = True,
    labels: Optional[str] = None,
) -> Sheet:
    """Fill a template's items for the last of `frames` (the legend, sources and extent cover all
    of them: an animation's page says what the whole animation shows). `labels` (reporting, de,
    en) spells the place labels on this page, whatever the project's setting."""
    crs = project_data.map_crs(project)
    if labels in LABEL_CHOICES:
        QgsExpressionContextUtils.setLayoutVariable(layout, LABEL_LANGUAGE_VARIABLE, labels)
    main: QgsLayoutItemMap = layout.itemById(MAP_ID)
    layers = project_data.drawn_layers(project)
    extent = extent or content_extent(project, frames, crs) or QgsRectangle(-1e6, -1e6, 1e6, 1e6)
    size = main.sizeWithUnits()
    extent = fitted(extent, size.width(), size.height())
    main.setCrs(crs)
    main.setLayers(layers)
    main.setKeepLayerSet(True)
    main.setExtent(extent)
    begin, end = frames[-1]
    main.setIsTemporal(True)
    main.setTemporalRange(frame_range(begin, end))
    kept: list = []

    by_table = project_data.frontline_layers(project)
    # what any of the frames shows: everything visible from the first frame's start to the last's end
    shown_frames = [(frames[0][0], frames[-1][1])] if legend_frames is None else list(legend_frames)
    rows, made = (
        legend.fill_legend(
            layout.itemById("legend"), [lyr for lyr in layers], shown_frames, extent, crs, by_table
        )
        if layout.itemById("legend") is not None
        else ([], [])
    )
    kept += made
    box = layout.itemById("legend")
    if box is not None:
        legend.fit_legend(box, box.sizeWithUnits().width(), box.sizeWithUnits().height())

    kept += _locator(project, layout, main, extent, crs)
    if inset:
        _detail_inset(project, layout, main, layers, frames[-1], extent, crs)
    block_labels(layout, main)

    ids = project_data.articles_shown(project, shown_frames, extent, crs)
    articles = [row for row in project_data.article_rows(project) if str(row.get("article_id")) in ids]
    title = title or campaign_title(project, frames, extent, crs, language, labels)
    _fit_text(layout, "title", lambda _limit: title, 1)
    sources = [
        Source(
            row.get("title"),
            row.get("source"),
            project_data.to_datetime(row.get("published")),
            row.get("path"),
        )
        for row in articles
    ]
    _fit_text(layout, "sources", lambda limit: sources_text(sources, language, limit), len(sources))
    names = {project_data.table_name(lyr) for lyr in layers} | {lyr.name() for lyr in layers}
    _set_text(layout, "credits", credits_text(names, version()))
    layer_rows = [
        {"name": lyr.name(), "table": project_data.table_name(lyr), "source": lyr.publicSource()}
        for lyr in layers
    ]
    layout.refresh()
    return Sheet(layout, begin, title, rows, articles, layer_rows, extent, crs, kept)


def campaign_title(
    project: QgsProject,
    frames: Sequence[Frame],
    extent,
    crs,
    language: str = "en",
    labels: Optional[str] = None,
) -> str:
    """The campaign's main places and date range: "al-Qaim, Abu Kamal and Anah, 26 October –
    19 November 2017" (the places with the most events and arrivals on the map)."""
    events = project_data.frontline_layers(project).get("events")
    rows = []
    if events is not None:
        begin, end = frames[0][0], frames[-1][1]
        for feature in project_data.visible_features(
            events,
            begin,
            end,
            extent,
            crs,
            ["place", "type", "certainty", "t_start", "past", "negated", "precision"],
        ):
            if feature["negated"] is True or feature["past"] is True:
                continue
            rows.append({"place": project_data.plain(feature["place"]), "type": feature["type"],
                         "certainty": feature["certainty"], "t_start": project_data.to_datetime(feature["t_start"]),
                         "day": project_data.plain(feature["precision"]) in ("day", "time")})  # fmt: skip
    spelled = project_data.place_labels_by_name(project, labels)
    weights: Dict[str, float] = {}
    for name, weight in weights_by_place(rows).items():
        label = spelled.get(name, name)
        weights[label] = weights.get(label, 0.0) + weight
    # days the reports name; a month or a year ("seit April in ihrer Hand") is background
    days = sorted(r["t_start"] for r in rows if r["t_start"] is not None and r["day"]) or sorted(
        r["t_start"] for r in rows if r["t_start"] is not None
    )
    # the campaign as reported: from its first dated event to the page's last day when something
    # happened then, else to its last event
    first, last = (days[0], days[-1]) if days else (frames[0][0], frames[-1][0])
    if frames[-1][0] in project_data.key_days(project):
        last = max(last, frames[-1][0])
    return default_title(main_places(weights), first, last, language)


def block_labels(layout: QgsPrintLayout, item, extra=()) -> None:
    """Keep the map's labels from under the north arrow, the scale bar and the detail inset."""
    for other in [layout.itemById(i) for i in ("north", "scalebar", "detail")] + list(extra):
        if other is not None and other is not item:
            item.addLabelBlockingItem(other)


def _set_text(layout: QgsPrintLayout, item_id: str, text: str) -> None:
    item = layout.itemById(item_id)
    if item is not None:
        item.setText(text)


def _fit_text(layout: QgsPrintLayout, item_id: str, text_for, count: int) -> None:
    """Set a label's text at the template's type size, smaller (down to MIN_FONT) until it fits
    its box, and with fewer entries when even that does not."""
    item = layout.itemById(item_id)
    if item is None:
        return
    font = QFont(item.font())
    base = font.pointSizeF()
    smallest = float(item.customProperty("frontline/min_font", MIN_FONT) or MIN_FONT)
    width, height = item.sizeWithUnits().width(), item.sizeWithUnits().height()
    limit: Optional[int] = None
    while True:
        text = text_for(limit)
        size = base
        while size >= smallest:
            font.setPointSizeF(size)
            if _wrapped_height(text, font, width - 2) <= height:
                set_text_style(item, QFont(font), item.fontColor() if hasattr(item, "fontColor") else None)
                item.setText(text)
                return
            size -= 0.5
        limit = (count if limit is None else limit) - 1
        if limit < 1:
            item.setText(text)
            return


def _wrapped_height(text: str, font: QFont, width: float) -> float:
    """Height in mm of `text` word-wrapped to `width` mm in `font`."""
    lines, line = 1, ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if line and QgsLayoutUtils.textWidthMM(font, trial) > width:
            lines += 1
            line = word
        else:
            line = trial
    return lines * QgsLayoutUtils.fontHeightMM(font) * 1.2


def _locator(project: QgsProject, layout: QgsPrintLayout, main, extent: QgsRectangle, crs) -> list:
    """The locator: borders (and rivers) around a region LOCATOR_ZOOM times the map, the map's area
    outlined in red."""
    item = layout.itemById("locator")
    if item is None:
        return []
    drawn = project_data.drawn_layers(project)
    base = [lyr for lyr in drawn if project_data.table_name(lyr) in ("countries", basemap.RIVERS_LAYER)]
    kept = []
    if not any(project_data.table_name(lyr) == "countries" for lyr in base):
        world = basemap.countries_layer()
        if world is not None:
            from . import styles

            styles.apply_style(world, "countries")
            base.append(world)
            kept.append(world)
    item.setCrs(crs)
    item.setLayers(base)
    item.setKeepLayerSet(True)
    region = QgsRectangle(extent)
    region.scale(LOCATOR_ZOOM)
    size = item.sizeWithUnits()
    item.setExtent(fitted(region, size.width(), size.height()))
    item.setIsTemporal(False)
    overview = item.overview()
    overview.setLinkedMap(main)
    overview.setEnabled(True)
    symbol = overview.frameSymbol()
    if symbol is not None:
        symbol.setColor(QColor(198, 40, 40, 60))
        layer = symbol.symbolLayer(0)
        if hasattr(layer, "setStrokeColor"):
            layer.setStrokeColor(QColor("#c62828"))
            layer.setStrokeWidth(0.5)
    return kept


def _detail_inset(project, layout, main, layers, frame: Frame, extent: QgsRectangle, crs) -> None:
    """Where three or more labelled places crowd into a small part of the map, a detail map of
    them in the corner with the least on it, its area outlined on the main map."""
    places = project_data.frontline_layers(project).get("places")
    if places is None:
        return
    transform = QgsCoordinateTransform(places.crs(), crs, project)
    points = []
    for feature in project_data.visible_features(places, *frame, extent, crs, ["primary", "flags"]):
        if feature["primary"] is False or feature.geometry() is None or feature.geometry().isEmpty():
            continue
        point = transform.transform(feature.geometry().asPoint())
        points.append((point.x(), point.y()))
    box = dense_cluster(points, (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()))
    if box is None:
        return
    detail_extent = QgsRectangle(*box)
    size = main.sizeWithUnits()
    position = main.positionWithUnits()
    width = size.width() * 0.3
    height = width * 0.75
    margin = 3.0
    detail = QgsLayoutItemMap(layout)
    detail.setId("detail")
    layout.addLayoutItem(detail)
    corner = _emptiest_corner(points, extent, width / size.width(), height / size.height())
    x = position.x() + (size.width() - width - margin if corner[0] else margin)
    y = position.y() + (size.height() - height - margin if corner[1] else margin + 15)
    detail.attemptMove(QgsLayoutPoint(x, y, LAYOUT_MILLIMETERS))
    detail.attemptResize(QgsLayoutSize(width, height, LAYOUT_MILLIMETERS))
    detail.setFrameEnabled(True)
    detail.setFrameStrokeWidth(QgsLayoutMeasurement(0.4, LAYOUT_MILLIMETERS))
    detail.setBackgroundColor(QColor(MAP_BACKGROUND))
    detail.setCrs(crs)
    detail.setLayers(layers)
    detail.setKeepLayerSet(True)
    detail.setExtent(fitted(detail_extent, width, height))
    detail.setIsTemporal(True)
    detail.setTemporalRange(frame_range(*frame))
    overview = main.overview()
    overview.setLinkedMap(detail)
    overview.setEnabled(True)
    symbol = overview.frameSymbol()
    if symbol is not None:
        symbol.setColor(QColor(0, 0, 0, 0))
        layer = symbol.symbolLayer(0)
        if hasattr(layer, "setStrokeColor"):
            layer.setStrokeColor(QColor("#263238"))
            layer.setStrokeWidth(0.4)


def _emptiest_corner(points, extent: QgsRectangle, share_x: float, share_y: float) -> Tuple[bool, bool]:
    """(right, bottom) of the corner of the map holding the fewest places."""
    best = None
    for right, bottom in ((True, True), (False, False), (False, True), (True, False)):
        x0 = extent.xMaximum() - share_x * extent.width() if right else extent.xMinimum()
        y0 = extent.yMinimum() if bottom else extent.yMaximum() - share_y * extent.height()
        box = QgsRectangle(x0, y0, x0 + share_x * extent.width(), y0 + share_y * extent.height())
        count = sum(1 for x, y in points if box.contains(QgsPointXY(x, y)))
        if best is None or count < best[0]:
            best = (count, (right, bottom))
    return best[1]
