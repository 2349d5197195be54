"""Headless frames: render the map at a given time to PNG, and string frames into an animated GIF.

A bare QgsMapSettings has no expression context, so @map_start_time / @map_end_time would be NULL
in symbology and labels (temporal.md §0.2): the map-settings scope is added after the extent and
the time range are set.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import Iterable, List, Mapping, Optional, Sequence, Tuple

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpressionContext,
    QgsExpressionContextScope,
    QgsExpressionContextUtils,
    QgsMapLayer,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QImage, QPainter, QPen

from .basemap import CLOCK_LAYER
from .temporal import frame_range

LOG = logging.getLogger(__name__)

MAP_CRS = "EPSG:3857"  # conformal: the arrows' angles and the towns' layout look right at 34° N
FRAME_SIZE = (1280, 720)
BACKGROUND = "#dfe7ee"
STATIC_VARIABLES = ("map_start_time", "map_end_time", "map_interval")


def map_extent(bbox: Tuple[float, float, float, float], crs: str = MAP_CRS) -> QgsRectangle:
    """A lon/lat box in the map's CRS."""
    rect = QgsRectangle(*bbox)
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem(crs), QgsProject.instance()
    )
    return transform.transformBoundingBox(rect)


def map_settings(
    layers: Sequence[QgsMapLayer],
    extent: QgsRectangle,
    begin: Optional[datetime],
    end: Optional[datetime],
    size: Tuple[int, int] = FRAME_SIZE,
    crs: str = MAP_CRS,
    project: Optional[QgsProject] = None,
    variables: Optional[Mapping[str, object]] = None,
) -> QgsMapSettings:
    """Map settings for one frame [begin, end), with the expression context styles rely on;
    `variables` override the project's (frontline_label_language for one export)."""
    settings = QgsMapSettings()
    # a table without geometry draws nothing, but would still cost a layer image to fill and compose
    settings.setLayers([layer for layer in layers if layer.isSpatial()])
    settings.setDestinationCrs(QgsCoordinateReferenceSystem(crs))
    settings.setOutputSize(QSize(*size))
    settings.setExtent(extent)
    settings.setBackgroundColor(QColor(BACKGROUND))
    settings.setFlag(Qgis.MapSettingsFlag.Antialiasing, True)
    settings.setFlag(Qgis.MapSettingsFlag.DrawLabeling, True)
    if begin is not None and end is not None:
        settings.setIsTemporal(True)
        settings.setTemporalRange(frame_range(begin, end))
    scope = QgsExpressionContextUtils.mapSettingsScope(settings)  # after extent and range: @map_* set
    for name in STATIC_VARIABLES:
        # the frame's time is fixed while it renders: tagged static, QGIS computes every part of an
        # expression that depends on it alone once per layer, not once per feature
        scope.setVariable(name, scope.variable(name), True)
    context = QgsExpressionContext()
    scopes = [
        QgsExpressionContextUtils.globalScope(),
        QgsExpressionContextUtils.projectScope(project or QgsProject.instance()),
    ]
    if variables:
        extra = QgsExpressionContextScope("export")
        for name, value in variables.items():
            extra.setVariable(name, value, True)
        scopes.append(extra)
    context.appendScopes([*scopes, scope])
    settings.setExpressionContext(context)
    return settings


def render_image(settings: QgsMapSettings) -> QImage:
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage()


def render_frame(
    path: Path,
    layers: Sequence[QgsMapLayer],
    extent: QgsRectangle,
    begin: Optional[datetime],
    end: Optional[datetime],
    size: Tuple[int, int] = FRAME_SIZE,
    project: Optional[QgsProject] = None,
    inset: Optional[QgsRectangle] = None,
) -> Path:
    """One frame as PNG; `inset` (map CRS) adds a detail map of that area in the lower right."""
    settings = map_settings(layers, extent, begin, end, size, project=project)
    image = render_image(settings)
    if inset is not None:
        _draw_inset(
            image, settings, [lyr for lyr in layers if lyr.name() != CLOCK_LAYER], inset, begin, end, project
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")
    return path


def _draw_inset(
    image: QImage, main: QgsMapSettings, layers, inset: QgsRectangle, begin, end, project
) -> None:
    """Paint a detail map of `inset` into the lower right corner and outline its area on the main map."""
    width, height = image.width(), image.height()
    w = int(width * 0.3)
    h = max(80, int(w * inset.height() / max(inset.width(), 1e-9)))
    h = min(h, int(height * 0.45))
    detail = render_image(map_settings(layers, inset, begin, end, (w, h), project=project))
    margin = int(width * 0.012)
    x, y = width - w - margin, height - h - margin
    to_pixel = main.mapToPixel()
    corner_a = to_pixel.transform(QgsPointXY(inset.xMinimum(), inset.yMaximum()))
    corner_b = to_pixel.transform(QgsPointXY(inset.xMaximum(), inset.yMinimum()))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    outline = QPen(QColor("#263238"))
    outline.setWidthF(max(1.5, width / 640))
    painter.setPen(outline)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(
        QRectF(corner_a.x(), corner_a.y(), corner_b.x() - corner_a.x(), corner_b.y() - corner_a.y())
    )
    painter.drawImage(x, y, detail)
    painter.drawRect(QRectF(x, y, w, h))
    painter.end()


def render_frames(
    out_dir: Path,
    layers: Sequence[QgsMapLayer],
    extent: QgsRectangle,
    frames: Iterable[Tuple[datetime, datetime]],
    size: Tuple[int, int] = FRAME_SIZE,
    prefix: str = "frame",
    project: Optional[QgsProject] = None,
    inset: Optional[QgsRectangle] = None,
) -> List[Path]:
    """One PNG per [begin, end) frame, named after the frame's date."""
    paths = []
    for begin, end in frames:
        name = f"{prefix}_{begin:%Y-%m-%d}.png"
        paths.append(render_frame(out_dir / name, layers, extent, begin, end, size, project, inset))
    return paths


def pillow_available() -> bool:
    try:
        import PIL.Image  # noqa: F401
    except ImportError:
        return False
    return True


def write_gif(frames: Sequence[Path], path: Path, fps: int = 2, hold_last: int = 3) -> Optional[Path]:
    """An animated GIF of the PNG frames (Pillow); None when Pillow is not importable."""
    try:
        from PIL import Image
    except ImportError:
        LOG.warning("Pillow is not installed: no GIF (the PNG frames are written)")
        return None
    if not frames:
        return None
    images = [Image.open(p).convert("RGB") for p in frames]
    images += [images[-1]] * max(0, hold_last)  # linger on the final situation
    palette = [im.quantize(colors=255, method=Image.MEDIANCUT) for im in images]
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    palette[0].save(
        partial,
        format="GIF",
        save_all=True,
        append_images=palette[1:],
        duration=int(1000 / max(fps, 1)),
        loop=0,
    )
    partial.replace(path)
    return path
