"""The one place where QGIS versions differ: PyQGIS enums that moved between 3.22 and 4.x.

QGIS 3.26–3.36 moved many enums into `Qgis` (`QgsPalLayerSettings.OverPoint` became
`Qgis.LabelPlacement.OverPoint`); QGIS 3.40 on Python 3.13 rejects some of the old spellings and
QGIS 4 drops them all. Each name here is looked up once, newest spelling first, and the rest of
the plugin uses only these names, so there is one code path for every version.
"""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsLegendStyle,
    QgsPalLayerSettings,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingParameterFile,
    QgsSymbolLayer,
    QgsTemporalNavigationObject,
    QgsUnitTypes,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QMetaType, QVariant

_ROOTS = {
    "Qgis": Qgis,
    "QgsLegendStyle": QgsLegendStyle,
    "QgsPalLayerSettings": QgsPalLayerSettings,
    "QgsProcessing": QgsProcessing,
    "QgsProcessingAlgorithm": QgsProcessingAlgorithm,
    "QgsProcessingParameterFile": QgsProcessingParameterFile,
    "QgsSymbolLayer": QgsSymbolLayer,
    "QgsTemporalNavigationObject": QgsTemporalNavigationObject,
    "QgsUnitTypes": QgsUnitTypes,
    "QgsWkbTypes": QgsWkbTypes,
}


def first(*spellings: str):
    """The value of the first dotted name this QGIS has (newest spelling first)."""
    for spelling in spellings:
        head, *rest = spelling.split(".")
        value = _ROOTS[head]
        try:
            for part in rest:
                value = getattr(value, part)
        except AttributeError:
            continue
        return value
    raise AttributeError(f"this QGIS has none of {', '.join(spellings)}")


# Qgis.LabelPlacement: 3.26
LABEL_OVER_POINT = first("Qgis.LabelPlacement.OverPoint", "QgsPalLayerSettings.Placement.OverPoint")
LABEL_AROUND_POINT_ORDERED = first(
    "Qgis.LabelPlacement.OrderedPositionsAroundPoint",
    "QgsPalLayerSettings.Placement.OrderedPositionsAroundPoint",
)
LABEL_CURVED = first("Qgis.LabelPlacement.Curved", "QgsPalLayerSettings.Placement.Curved")
LABEL_HORIZONTAL = first("Qgis.LabelPlacement.Horizontal", "QgsPalLayerSettings.Placement.Horizontal")

# Qgis.RenderUnit, Qgis.LayoutUnit, Qgis.TemporalUnit, Qgis.WkbType: 3.30
RENDER_POINTS = first("Qgis.RenderUnit.Points", "QgsUnitTypes.RenderUnit.RenderPoints")
RENDER_MILLIMETERS = first("Qgis.RenderUnit.Millimeters", "QgsUnitTypes.RenderUnit.RenderMillimeters")
LAYOUT_MILLIMETERS = first("Qgis.LayoutUnit.Millimeters", "QgsUnitTypes.LayoutUnit.LayoutMillimeters")
TEMPORAL_DAYS = first("Qgis.TemporalUnit.Days", "QgsUnitTypes.TemporalUnit.TemporalDays")
WKB_TYPES = {
    name: first(f"Qgis.WkbType.{name}", f"QgsWkbTypes.Type.{name}")
    for name in ("NoGeometry", "Point", "LineString", "Polygon", "MultiPolygon")
}

# QgsSymbolLayer.Property lost its "Property" prefixes in 3.30
SYMBOL_LAYER_ENABLED = first(
    "QgsSymbolLayer.Property.LayerEnabled", "QgsSymbolLayer.Property.PropertyLayerEnabled"
)
SYMBOL_SIZE = first("QgsSymbolLayer.Property.Size", "QgsSymbolLayer.Property.PropertySize")
SYMBOL_FILL_COLOR = first("QgsSymbolLayer.Property.FillColor", "QgsSymbolLayer.Property.PropertyFillColor")

# Qgis.LegendComponent: 3.32
LEGEND_TITLE = first("Qgis.LegendComponent.Title", "QgsLegendStyle.Style.Title")
LEGEND_GROUP = first("Qgis.LegendComponent.Group", "QgsLegendStyle.Style.Group")
LEGEND_SUBGROUP = first("Qgis.LegendComponent.Subgroup", "QgsLegendStyle.Style.Subgroup")
LEGEND_SYMBOL_LABEL = first("Qgis.LegendComponent.SymbolLabel", "QgsLegendStyle.Style.SymbolLabel")

# Qgis.TemporalNavigationMode, Qgis.ProcessingSourceType, Qgis.ProcessingFileParameterBehavior,
# Qgis.ProcessingAlgorithmFlag: 3.36
NAVIGATION_ANIMATED = first(
    "Qgis.TemporalNavigationMode.Animated", "QgsTemporalNavigationObject.NavigationMode.Animated"
)
ANIMATION_IDLE = first("Qgis.AnimationState.Idle", "QgsTemporalNavigationObject.AnimationState.Idle")
SOURCE_FILE = first("Qgis.ProcessingSourceType.File", "QgsProcessing.SourceType.TypeFile")
SOURCE_POINTS = first("Qgis.ProcessingSourceType.VectorPoint", "QgsProcessing.SourceType.TypeVectorPoint")
SOURCE_LINES = first("Qgis.ProcessingSourceType.VectorLine", "QgsProcessing.SourceType.TypeVectorLine")
FILE_PARAMETER_FOLDER = first(
    "Qgis.ProcessingFileParameterBehavior.Folder", "QgsProcessingParameterFile.Behavior.Folder"
)
ALGORITHM_NO_THREADING = first(
    "Qgis.ProcessingAlgorithmFlag.NoThreading", "QgsProcessingAlgorithm.Flag.FlagNoThreading"
)

# QgsField takes a QMetaType from 3.38 on; QVariant.Type is gone with Qt 6
if Qgis.QGIS_VERSION_INT >= 33800:
    FIELD_TYPES = {
        "String": QMetaType.Type.QString,
        "Int": QMetaType.Type.Int,
        "Double": QMetaType.Type.Double,
        "DateTime": QMetaType.Type.QDateTime,
        "Bool": QMetaType.Type.Bool,
    }
else:
    FIELD_TYPES = {
        "String": QVariant.Type.String,
        "Int": QVariant.Type.Int,
        "Double": QVariant.Type.Double,
        "DateTime": QVariant.Type.DateTime,
        "Bool": QVariant.Type.Bool,
    }
