"""Small multiples: one page of N map panels at chosen dates (evenly spaced, or at the key events),
all with one extent and one scale, under one title, one legend of what any panel shows, one
locator, the sources and the credits. The panels fill the template's map area.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import List, Optional, Sequence

from qgis.core import (
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..core.plan.schedule import panel_days
from ..core.plan.sheet import date_span, grid
from . import layouts, legend, project_data
from .compat import LAYOUT_MILLIMETERS, set_text_style
from .exporting import (
    FORMATS,
    PRINT_DPI,
    ExportError,
    ExportResult,
    export_page,
    extent_record,
    write_export_manifest,
)
from .temporal import frame_range

LOG = logging.getLogger(__name__)

GAP = 3.0  # mm between panels
CAPTION = "[% format_date(map_get(item_variables('{map}'), 'map_start_time'), 'd MMMM yyyy') %]"


def choose_days(
    project: QgsProject,
    count: int = 4,
    mode: str = "even",
    first: Optional[datetime] = None,
    last: Optional[datetime] = None,
) -> List[datetime]:
    """The panels' days: from the first day something happens to the last (or the given range)."""
    keys = [k for k in project_data.key_days(project)]
    events = _event_days(project)
    first = first or (events[0] if events else (keys[0] if keys else None))
    last = last or layouts.default_date(project)
    if first is None or last is None:
        raise ExportError("the project has no dated Frontline layers: no dates for the panels")
    return panel_days(first, last, count, mode=mode, key_days=keys)


def _event_days(project: QgsProject) -> List[datetime]:
    events = project_data.frontline_layers(project).get("events")
    if events is None:
        return []
    days = set()
    for feature in project_data.visible_features(events, None, None, attributes=["t_start", "past"]):
        moment = project_data.to_datetime(feature["t_start"])
        if moment is not None and feature["past"] is not True:
            days.add(moment.replace(hour=0, minute=0, second=0, microsecond=0))
    return sorted(days)


def export_small_multiples(
    project: QgsProject,
    out_dir: Path,
    *,
    days: Optional[Sequence[datetime]] = None,
    count: int = 4,
    mode: str = "even",
    first: Optional[datetime] = None,
    last: Optional[datetime] = None,
    template: str = layouts.DEFAULT_TEMPLATE,
    title: Optional[str] = None,
    extent: Optional[QgsRectangle] = None,
    formats: Sequence[str] = FORMATS,
    dpi: int = PRINT_DPI,
    labels: Optional[str] = None,
    language: str = "en",
    stem: str = "multiples",
) -> ExportResult:
    """`<stem>_<first>_<last>.pdf/.png/.svg` and its manifest."""
    days = sorted(days) if days else choose_days(project, count, mode, first, last)
    frames = [layouts.day_frame(day) for day in days]
    layout = layouts.load_template(project, template)
    sheet = layouts.compose(
        project, layout, frames, title=title, extent=extent, language=language, inset=False, labels=labels,
        legend_frames=frames,  # what the panels show, not the days between them
    )  # fmt: skip
    panels = _panels(layout, frames, sheet.extent)
    warnings = []
    key = layout.itemById("legend")
    if key is not None:  # linked to the last panel, its rows may change: fit them again
        overflow = legend.fit_legend(key, key.sizeWithUnits().width(), key.sizeWithUnits().height())
        if overflow > 1.0:
            warnings.append(f"the key is {overflow:.0f} mm too large for its box: its last rows are cut")
    date = layout.itemById("date")
    if date is not None:
        date.setText(f"{len(days)} moments, {date_span(days[0], days[-1], language)}")
    base = Path(out_dir) / f"{stem}_{days[0]:%Y-%m-%d}_{days[-1]:%Y-%m-%d}"
    paths = export_page(layout, base, formats, dpi)
    records = [
        {"index": i, "date": f"{day:%Y-%m-%d}", "panel": panel.id()}
        for i, (day, panel) in enumerate(zip(days, panels))
    ]
    manifest = write_export_manifest(
        "small multiples",
        project,
        list(paths.values()),
        articles=sheet.articles,
        layers=sheet.layers,
        frames=records,
        settings={"template": template, "title": sheet.title, "mode": mode, "panels": len(days), "dpi": dpi,
                  "legend": sheet.legend, "extent": extent_record(sheet)},
    )  # fmt: skip
    return ExportResult(
        "small multiples", paths, manifest, sheet.title, sheet.legend, sheet.articles, records, warnings
    )


def _panels(layout, frames, extent: QgsRectangle) -> List[QgsLayoutItemMap]:
    """Split the template's map area into one map per frame, same extent and scale; the scale
    bar, north arrow, legend and locator follow the panels."""
    main = layout.itemById(layouts.MAP_ID)
    position, size = main.positionWithUnits(), main.sizeWithUnits()
    columns, rows = grid(len(frames), size.width() / size.height())
    width = (size.width() - GAP * (columns - 1)) / columns
    height = (size.height() - GAP * (rows - 1)) / rows
    panel_extent = layouts.fitted(extent, width, height)
    panels = []
    for index, (begin, end) in enumerate(frames):
        column, row = index % columns, index // columns
        x, y = position.x() + column * (width + GAP), position.y() + row * (height + GAP)
        panel = QgsLayoutItemMap(layout)
        panel.setId(f"panel_{index + 1}")
        layout.addLayoutItem(panel)
        panel.attemptMove(QgsLayoutPoint(x, y, LAYOUT_MILLIMETERS))
        panel.attemptResize(QgsLayoutSize(width, height, LAYOUT_MILLIMETERS))
        panel.setFrameEnabled(True)
        panel.setFrameStrokeWidth(QgsLayoutMeasurement(0.3, LAYOUT_MILLIMETERS))
        panel.setBackgroundColor(QColor(layouts.MAP_BACKGROUND))
        panel.setCrs(main.crs())
        panel.setLayers(main.layers())
        panel.setKeepLayerSet(True)
        panel.setExtent(panel_extent)
        panel.setIsTemporal(True)
        panel.setTemporalRange(frame_range(begin, end))
        panels.append(panel)
        caption = _caption(layout, panel, x, y, width)
        layouts.block_labels(layout, panel, [caption])
    for item_id in ("scalebar", "north", "legend"):
        item = layout.itemById(item_id)
        if item is not None:
            item.setLinkedMap(panels[-1])

    locator = layout.itemById("locator")
    if locator is not None:
        locator.overview().setLinkedMap(panels[-1])
    scalebar = layout.itemById("scalebar")
    if scalebar is not None:  # under the last row's first panel
        scalebar.attemptMove(
            QgsLayoutPoint(position.x() + 2, position.y() + size.height() - scalebar.sizeWithUnits().height() - 2,
                           LAYOUT_MILLIMETERS)
        )  # fmt: skip
    north = layout.itemById("north")
    if north is not None:
        # in the top-right panel's corner, clear of its date caption
        north.attemptMove(
            QgsLayoutPoint(position.x() + size.width() - north.sizeWithUnits().width() - 2, position.y() + 2,
                           LAYOUT_MILLIMETERS)
        )  # fmt: skip
        north.setLinkedMap(panels[min(columns, len(panels)) - 1])
    layout.removeLayoutItem(main)
    for item in (layout.itemById("scalebar"), layout.itemById("north")):
        if item is not None:
            item.setZValue(1000)
    layout.refresh()
    return panels


def _caption(layout, panel: QgsLayoutItemMap, x: float, y: float, width: float) -> QgsLayoutItemLabel:
    """The panel's date, read from the panel's own map item, in its top-left corner."""
    label = QgsLayoutItemLabel(layout)
    label.setId(f"{panel.id()}_date")
    label.setText(CAPTION.format(map=panel.id()))
    font = QFont(layouts.ITEM_FONT)
    font.setPointSizeF(9)
    font.setBold(True)
    set_text_style(label, font, QColor("#8e1b1b"))
    label.setHAlign(Qt.AlignmentFlag.AlignLeft)
    label.setBackgroundEnabled(True)
    label.setBackgroundColor(QColor(255, 255, 255, 225))
    label.setMarginX(1.2)
    label.setMarginY(0.6)
    layout.addLayoutItem(label)
    label.attemptMove(QgsLayoutPoint(x + 0.3, y + 0.3, LAYOUT_MILLIMETERS))
    label.attemptResize(QgsLayoutSize(min(width * 0.6, 42), 6, LAYOUT_MILLIMETERS))
    label.setZValue(900)
    return label
