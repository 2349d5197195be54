"""The one place where QGIS versions differ: PyQGIS enums that moved between 3.22 and 4.x.

QGIS 3.26–3.36 moved many enums into `Qgis` (`QgsPalLayerSettings.OverPoint` became
`Qgis.LabelPlacement.OverPoint`); QGIS 3.40 on Python 3.13 rejects some of the old spellings and
QGIS 4 drops them all. Each name here is looked up once, newest spelling first, and the rest of
the plugin uses only these names, so there is one code path for every version.
"""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsFeatureRequest,
    QgsLayerTreeModelLegendNode,
    QgsLayoutItemPicture,
    QgsLegendStyle,
    QgsPalLayerSettings,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsRenderContext,
    QgsScaleBarSettings,
    QgsSymbolLayer,
    QgsTask,
    QgsTemporalNavigationObject,
    QgsUnitTypes,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QMetaType, QVariant

_ROOTS = {
    "Qgis": Qgis,
    "QgsFeatureRequest": QgsFeatureRequest,
    "QgsLayerTreeModelLegendNode": QgsLayerTreeModelLegendNode,
    "QgsLayoutItemPicture": QgsLayoutItemPicture,
    "QgsRenderContext": QgsRenderContext,
    "QgsScaleBarSettings": QgsScaleBarSettings,
    "QgsLegendStyle": QgsLegendStyle,
    "QgsPalLayerSettings": QgsPalLayerSettings,
    "QgsProcessing": QgsProcessing,
    "QgsProcessingAlgorithm": QgsProcessingAlgorithm,
    "QgsProcessingParameterFile": QgsProcessingParameterFile,
    "QgsProcessingParameterNumber": QgsProcessingParameterNumber,
    "QgsSymbolLayer": QgsSymbolLayer,
    "QgsTask": QgsTask,
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
LABEL_PERIMETER_CURVED = first(
    "Qgis.LabelPlacement.PerimeterCurved", "QgsPalLayerSettings.Placement.PerimeterCurved"
)
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
SYMBOL_STROKE_COLOR = first(
    "QgsSymbolLayer.Property.StrokeColor", "QgsSymbolLayer.Property.PropertyStrokeColor"
)
SYMBOL_STROKE_STYLE = first(
    "QgsSymbolLayer.Property.StrokeStyle", "QgsSymbolLayer.Property.PropertyStrokeStyle"
)
SYMBOL_STROKE_WIDTH = first(
    "QgsSymbolLayer.Property.StrokeWidth", "QgsSymbolLayer.Property.PropertyStrokeWidth"
)
SYMBOL_NAME = first("QgsSymbolLayer.Property.Name", "QgsSymbolLayer.Property.PropertyName")

TASK_CAN_CANCEL = first("Qgis.TaskFlag.CanCancel", "QgsTask.Flag.CanCancel")

# Qgis.FeatureRequestFlag: 3.36
FEATURE_NO_GEOMETRY = first("Qgis.FeatureRequestFlag.NoGeometry", "QgsFeatureRequest.Flag.NoGeometry")

# Layouts: Qgis.DistanceUnit (3.30), Qgis.TextRenderFormat (3.22 has both spellings),
# Qgis.PictureFormat and Qgis.ScaleBarSegmentSizeMode (3.40)
DISTANCE_KILOMETERS = first("Qgis.DistanceUnit.Kilometers", "QgsUnitTypes.DistanceUnit.DistanceKilometers")
TEXT_ALWAYS_TEXT = first(
    "Qgis.TextRenderFormat.AlwaysText", "QgsRenderContext.TextRenderFormat.TextFormatAlwaysText"
)
PICTURE_SVG = first("Qgis.PictureFormat.SVG", "QgsLayoutItemPicture.Format.FormatSVG")
SCALEBAR_FIT_WIDTH = first(
    "Qgis.ScaleBarSegmentSizeMode.FitWidth", "QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFitWidth"
)

# Qgis.LegendComponent: 3.32
LEGEND_TITLE = first("Qgis.LegendComponent.Title", "QgsLegendStyle.Style.Title")
LEGEND_GROUP = first("Qgis.LegendComponent.Group", "QgsLegendStyle.Style.Group")
LEGEND_SUBGROUP = first("Qgis.LegendComponent.Subgroup", "QgsLegendStyle.Style.Subgroup")
LEGEND_SYMBOL_LABEL = first("Qgis.LegendComponent.SymbolLabel", "QgsLegendStyle.Style.SymbolLabel")
# QgsLayerTreeModelLegendNode.CustomRole: 3.36
_RULE_KEY_ROLE = first(
    "QgsLayerTreeModelLegendNode.CustomRole.RuleKey",
    "QgsLayerTreeModelLegendNode.LegendNodeRoles.RuleKeyRole",
)


def legend_rule_key(node) -> str:
    """The rule key of a legend node (the class it stands for)."""
    role = _RULE_KEY_ROLE.value if hasattr(_RULE_KEY_ROLE, "value") else int(_RULE_KEY_ROLE)
    return str(node.data(role) or "")


LEGEND_SYMBOL = first("Qgis.LegendComponent.Symbol", "QgsLegendStyle.Style.Symbol")
LEGEND_SIDE_TOP = first("Qgis.LegendComponentSide.Top", "QgsLegendStyle.Side.Top")
LEGEND_STYLE_HIDDEN = first("Qgis.LegendComponent.Hidden", "QgsLegendStyle.Style.Hidden")

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
NUMBER_INTEGER = first(
    "Qgis.ProcessingNumberParameterType.Integer", "QgsProcessingParameterNumber.Type.Integer"
)
NUMBER_DOUBLE = first("Qgis.ProcessingNumberParameterType.Double", "QgsProcessingParameterNumber.Type.Double")
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


def set_text_style(item, font, colour=None) -> None:
    """The font (and colour) of a layout label or scale bar: a QgsTextFormat from 3.24 on (the
    QFont setters are gone in QGIS 4), a QFont and a colour on 3.22."""
    if hasattr(item, "setTextFormat"):
        from qgis.core import QgsTextFormat

        fmt = QgsTextFormat.fromQFont(font)
        fmt.setSize(font.pointSizeF())
        if colour is not None:
            fmt.setColor(colour)
        item.setTextFormat(fmt)
        return
    item.setFont(font)
    if colour is not None:
        item.setFontColor(colour)


def set_legend_font(legend, component, font) -> None:
    """A legend component's font: through its style's text format from 3.30 (setStyleFont is
    deprecated and gone in QGIS 4), setStyleFont on older versions."""
    style = legend.style(component) if hasattr(legend, "style") else None
    if style is not None and hasattr(style, "setTextFormat"):
        from qgis.core import QgsTextFormat

        fmt = QgsTextFormat.fromQFont(font)
        fmt.setSize(font.pointSizeF())
        style.setTextFormat(fmt)
        legend.setStyle(component, style)
        return
    legend.setStyleFont(component, font)


def legend_font(legend, component):
    """A legend component's font (a QFont), whatever the version keeps it in."""
    style = legend.style(component)
    if hasattr(style, "textFormat"):
        fmt = style.textFormat()
        font = fmt.font()
        font.setPointSizeF(fmt.size())
        return font
    return style.font()
