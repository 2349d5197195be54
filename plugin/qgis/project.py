"""A QGIS project (.qgz) around a Frontline GeoPackage that opens and animates without the plugin:
layers with their stored default styles, base layers, the project's time settings and a print
layout (the situation page of layouts.py) whose atlas steps through the frames.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import List, Optional, Sequence, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsLayoutObject,
    QgsMapLayer,
    QgsProject,
    QgsProperty,
    QgsReferencedRectangle,
    QgsVectorLayer,
)

from ..core.plan.frames import FramePlan
from ..core.plan.layers import layer_title
from . import basemap, styles, temporal
from .render import MAP_CRS

LOG = logging.getLogger(__name__)

LAYOUT_NAME = "Frontline situation"
FRAMES_LAYER = "frames"
# top of the legend / drawing order first
DRAW_ORDER = (
    basemap.CLOCK_LAYER, "events", "places", "advances", "control", "fronts", basemap.RIVERS_LAYER, "articles"
)  # fmt: skip


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
    # scale bars measure on the ellipsoid, not in Web Mercator's stretched metres
    project.setEllipsoid("EPSG:7030")
    _layout(project, frames, plan)
    if not project.write(str(qgz)):
        raise OSError(f"cannot write {qgz}: {project.error()}")
    return qgz


def _layout(project: QgsProject, frames: Optional[QgsVectorLayer], plan: Optional[FramePlan]) -> None:
    """The situation page (A4 landscape template) at the last day something was reported, as the
    exports compose it; its atlas steps through the frames, its date is always the map's."""
    from . import layouts

    when = layouts.default_date(project)
    if when is None:
        return
    layout = layouts.load_template(project, layouts.DEFAULT_TEMPLATE)
    layout.setName(LAYOUT_NAME)
    sheet = layouts.compose(project, layout, [layouts.day_frame(when)])
    # the legend's key to certainty and a locator's borders not in the project are made in memory:
    # a saved project cannot keep them
    legend = layout.itemById("legend")
    if legend is not None:
        root = legend.model().rootGroup()
        for node in list(root.findLayers()):
            if node.layer() in sheet.kept:
                root.removeChildNode(node)
    locator = layout.itemById("locator")
    if locator is not None and any(layer in sheet.kept for layer in locator.layers()):
        locator.setLayers([layer for layer in locator.layers() if layer not in sheet.kept])
    if frames is not None and plan is not None:
        item = layout.itemById(layouts.MAP_ID)
        for prop, field in (
            (QgsLayoutObject.DataDefinedProperty.StartDateTime, "frame_start"),
            (QgsLayoutObject.DataDefinedProperty.EndDateTime, "frame_end"),
        ):
            item.dataDefinedProperties().setProperty(
                prop, QgsProperty.fromExpression(f'coalesce("{field}", {_literal(item, prop)})')
            )
        atlas = layout.atlas()
        atlas.setCoverageLayer(frames)
        atlas.setEnabled(True)
        atlas.setHideCoverage(True)
        atlas.setFilenameExpression("'situation_' || format_date(\"frame_start\", 'yyyy-MM-dd')")
    project.layoutManager().addLayout(layout)


def _literal(item, prop) -> str:
    """The map's own time as an expression: what the page shows outside the atlas."""
    moment = item.temporalRange().begin() if prop == QgsLayoutObject.DataDefinedProperty.StartDateTime else (
        item.temporalRange().end()
    )  # fmt: skip
    return f"to_datetime('{moment.toString('yyyy-MM-ddTHH:mm:ss')}')"
