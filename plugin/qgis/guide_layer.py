"""Any QGIS line layer as the lines advances follow: roads, tracks, canals or a finer river layer of
the analyst's. An advance whose text says it went along a feature ("entlang des Euphrats") runs
along the feature of that name, here as on the offline river map."""

from __future__ import annotations

from typing import Dict, Iterable, Optional

from qgis.core import (
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsFeatureSource,
)

from ..core.events.routes import LineNetwork
from .basemap import follow_keys
from .gazetteer_layer import guess_name_field, text_value, to_wgs84

__all__ = ["guess_name_field", "guides_from_layer"]


def guides_from_layer(
    source: QgsFeatureSource,
    name_field: str,
    *,
    wanted: Optional[Iterable[str]] = None,
    transform_context: Optional[QgsCoordinateTransformContext] = None,
    feedback=None,
) -> Dict[str, LineNetwork]:
    """The layer's named lines as networks, keyed by routes.follow_key of their name and, for a
    river, of its other names ("Euphrat" in a German layer is the record's "Euphrates") (the
    features of one name are one network: a road digitised in pieces). With `wanted` (the follow
    keys the advances name), only those lines are read: a country's road layer has thousands.
    Unnamed and unprojectable features are left out."""
    wanted = None if wanted is None else set(wanted)
    transform = to_wgs84(source, transform_context)
    lines: Dict[str, list] = {}
    for feature in source.getFeatures():
        if feedback is not None and feedback.isCanceled():
            break  # the analyst stopped the algorithm: what was read so far
        name = text_value(feature, name_field)
        geometry = feature.geometry()
        keys = set(follow_keys(name)) if name else set()
        if wanted is not None:
            keys &= wanted
        if not keys or geometry.isNull() or geometry.isEmpty():
            continue
        try:
            geometry.transform(transform)
        except QgsCsException:
            continue
        parts = geometry.asMultiPolyline() if geometry.isMultipart() else [geometry.asPolyline()]
        for part in parts:
            if len(part) >= 2:
                for key in keys:
                    lines.setdefault(key, []).append([(p.x(), p.y()) for p in part])
    return {key: LineNetwork(parts) for key, parts in lines.items()}
