"""Any QGIS point layer as an extra gazetteer: an analyst's own villages, checkpoints or bases
become places the articles can name, in whatever coordinate system the layer has."""

from __future__ import annotations

from typing import Iterator, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsFeatureSource,
)

from ..core.places.sources.common import ReadResult
from ..core.places.sources.tables import read_rows

NAME_FIELD_GUESSES = ("name", "Name", "NAME", "name_en", "name_de", "toponym", "ref", "REF")


def guess_name_field(source: QgsFeatureSource) -> Optional[str]:
    """The layer's field that most likely holds the names (OpenStreetMap roads: `ref`, "A 1"),
    if one is named so."""
    names = [field.name() for field in source.fields()]
    return next((guess for guess in NAME_FIELD_GUESSES if guess in names), None)


def to_wgs84(
    source: QgsFeatureSource, context: Optional[QgsCoordinateTransformContext]
) -> QgsCoordinateTransform:
    """The transform from a layer's CRS to longitude/latitude (a layer without a valid CRS is
    read as longitude/latitude: the caller says so to the analyst)."""
    return QgsCoordinateTransform(
        source.sourceCrs(),
        QgsCoordinateReferenceSystem("EPSG:4326"),
        context or QgsCoordinateTransformContext(),
    )


def text_value(feature, field: Optional[str]) -> str:
    """A feature's attribute as stripped text; "" for no field, NULL or None."""
    if not field:
        return ""
    value = feature[field]
    return "" if value is None or str(value) == "NULL" else str(value).strip()


def read_point_layer(
    source: QgsFeatureSource,
    name_field: str,
    *,
    label: str,
    alt_field: Optional[str] = None,
    transform_context: Optional[QgsCoordinateTransformContext] = None,
    feedback=None,
) -> ReadResult:
    """Places from a point layer's features (a multipoint's first point; a line's or polygon's
    centroid), with ids "layer:<label>:<feature id>". Alternate names in `alt_field` are
    separated by | or ;. A feature without a name or a geometry is skipped and logged."""
    transform = to_wgs84(source, transform_context)

    def rows() -> Iterator[tuple[str, object, dict]]:
        for feature in source.getFeatures():
            if feedback is not None and feedback.isCanceled():
                return  # the analyst stopped the algorithm: what was read so far
            where = f"{label}: feature {feature.id()}"
            row = {
                "name": text_value(feature, name_field),
                "alt_names": text_value(feature, alt_field),
            }
            geometry = feature.geometry()
            if not geometry.isNull() and not geometry.isEmpty():
                point = geometry.centroid().asPoint() if not geometry.isMultipart() else geometry.vertexAt(0)
                try:
                    wgs84 = transform.transform(point.x(), point.y())
                except QgsCsException:
                    wgs84 = None
                if wgs84 is not None:
                    row["lat"], row["lon"] = wgs84.y(), wgs84.x()
            yield where, feature.id(), row

    return read_rows(rows(), source=f"layer:{label}", id_prefix=f"layer:{label}")
