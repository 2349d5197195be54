"""Any QGIS line layer as the lines advances follow: roads, tracks, canals or a finer river layer of
the analyst's. An advance whose text says it went along a feature ("entlang des Euphrats") runs
along the feature of that name, here as on the offline river map."""

from __future__ import annotations

from typing import Dict, Iterable, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsFeatureSource,
)

from ..core.routes import LineNetwork, follow_key
from .gazetteer_layer import guess_name_field

__all__ = ["guess_name_field", "guides_from_layer"]


def guides_from_layer(
    source: QgsFeatureSource,
    name_field: str,
    *,
    wanted: Optional[Iterable[str]] = None,
    transform_context: Optional[QgsCoordinateTransformContext] = None,
) -> Dict[str, LineNetwork]:
    """The layer's named lines as networks, keyed by routes.follow_key of their name (the
    features of one name are one network: a road digitised in pieces). With `wanted` (the follow
    keys the advances name), only those lines are read: a country's road layer has thousands.
    Unnamed and unprojectable features are left out."""
    wanted = None if wanted is None else set(wanted)
    transform = QgsCoordinateTransform(
        source.sourceCrs(),
        QgsCoordinateReferenceSystem("EPSG:4326"),
        transform_context or QgsCoordinateTransformContext(),
    )
    lines: Dict[str, list] = {}
    for feature in source.getFeatures():
        value = feature[name_field]
        name = "" if value is None or str(value) == "NULL" else str(value).strip()
        geometry = feature.geometry()
        key = follow_key(name) if name else ""
        if not key or (wanted is not None and key not in wanted) or geometry.isNull() or geometry.isEmpty():
            continue
        try:
            geometry.transform(transform)
        except QgsCsException:
            continue
        parts = geometry.asMultiPolyline() if geometry.isMultipart() else [geometry.asPolyline()]
        for part in parts:
            if len(part) >= 2:
                lines.setdefault(key, []).append([(p.x(), p.y()) for p in part])
    return {name: LineNetwork(parts) for name, parts in lines.items()}
