"""A print legend of only what the map shows: each layer once, with the classes that have a feature
on the map at its time and in its extent (no header rows of parent rules, no class of a side or
event type the frame lacks), a key to how sure reports are for the certainties the map shows, and
the sides' colours as the control layer draws them.

QGIS's own "filter legend by map content" is not used: on 3.22 it misses the map's time in
layouts, and it cannot drop the symbol-less header rows of rule-based styles.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime, timedelta
from typing import Dict, List, Optional, Sequence, Set, Tuple

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsExpressionContextUtils,
    QgsLayerTreeLayer,
    QgsLegendRenderer,
    QgsMapLayerLegendUtils,
    QgsMapSettings,
    QgsProperty,
    QgsRectangle,
    QgsRenderContext,
    QgsRendererCategory,
    QgsSymbolLegendNode,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QFont

from .compat import (
    LEGEND_GROUP,
    LEGEND_STYLE_HIDDEN,
    LEGEND_SUBGROUP,
    LEGEND_SYMBOL_LABEL,
    LEGEND_TITLE,
    SYMBOL_LAYER_ENABLED,
    legend_font,
    legend_rule_key,
    set_legend_font,
)
from .project_data import table_name, to_datetime, visible_features
from .styles import CERTAINTY_LOOKS, RECENT_DAYS, certainty_key_symbol, legend_hatch, recent_key_symbol

LOG = logging.getLogger(__name__)

CERTAINTY_KEY_LAYER = "How sure the reports are"
RECENT_LABEL = f"reported in the last {RECENT_DAYS} days"
# how our layers are titled in a printed legend (a layer the analyst renamed keeps its name)
TITLES = {
    "events": "Reported events",
    "advances": "Advances and withdrawals",
    "control": "Who holds each place",
    "fronts": "Derived ground (not reported)",
    "places": "Places",
    "rivers": "Rivers",
    "countries": "Borders",
}
# a layer with one class shows its class under this label
SINGLE_ROW = {"places": "named in the reports", "rivers": "river", "countries": "international border"}
BASE_TABLES = ("rivers", "countries")
BASE_GROUP = "Base map"
CERTAINTY_OF = {"confirmed": "confirmed", "claimed": "claimed", "rumoured": "claimed", "intended": "intended"}

Frame = Tuple[datetime, datetime]


def visible_keys(
    layer: QgsVectorLayer,
    frames: Sequence[Optional[Frame]],
    extent: QgsRectangle,
    crs: QgsCoordinateReferenceSystem,
) -> Set[str]:
    """The legend keys (rule keys) of the classes that draw a feature of `layer` inside `extent`
    in any of the frames (None: the map without a time)."""
    renderer = layer.renderer()
    if renderer is None:
        return set()
    keys: Set[str] = set()
    for frame in frames:
        begin, end = frame if frame is not None else (None, None)
        settings = QgsMapSettings()
        settings.setDestinationCrs(crs)
        settings.setExtent(extent)
        settings.setLayers([layer])
        if begin is not None:
            from .temporal import frame_range

            settings.setIsTemporal(True)
            settings.setTemporalRange(frame_range(begin, end))
        context = QgsRenderContext.fromMapSettings(settings)
        context.expressionContext().appendScope(QgsExpressionContextUtils.mapSettingsScope(settings))
        context.expressionContext().appendScope(QgsExpressionContextUtils.layerScope(layer))
        clone = renderer.clone()
        clone.startRender(context, layer.fields())
        try:
            for feature in visible_features(layer, begin, end, extent, crs):
                context.expressionContext().setFeature(feature)
                keys.update(clone.legendKeysForFeature(feature, context))
        finally:
            clone.stopRender(context)
    return keys


def certainties_shown(layers: Dict[str, QgsVectorLayer], frames, extent, crs) -> List[str]:
    """confirmed / claimed / intended, those the map's events and advances show, in that order."""
    found: Set[str] = set()
    for table in ("events", "advances"):
        layer = layers.get(table)
        if layer is None or layer.fields().indexOf("certainty") < 0:
            continue
        for frame in frames:
            begin, end = frame if frame is not None else (None, None)
            for feature in visible_features(layer, begin, end, extent, crs, ["certainty", "negated"]):
                if table == "events" and feature["negated"] is True:
                    continue
                found.add(CERTAINTY_OF.get(str(feature["certainty"]), "confirmed"))
    return [key for key, *_rest in CERTAINTY_LOOKS if key in found]


def certainty_layer(keys: Sequence[str], recent: bool = False) -> QgsVectorLayer:
    """A legend-only layer (never drawn on a map): the key to how sure reports are, and to the
    highlight of the latest events."""
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=certainty:string", CERTAINTY_KEY_LAYER, "memory")
    categories = [
        QgsRendererCategory(key, certainty_key_symbol(key), label)
        for key, label, *_rest in CERTAINTY_LOOKS
        if key in keys
    ]
    if recent:
        categories.append(QgsRendererCategory("recent", recent_key_symbol(), RECENT_LABEL))
    layer.setRenderer(QgsCategorizedSymbolRenderer("certainty", categories))
    return layer


def fill_legend(
    legend,
    layers: Sequence[QgsVectorLayer],
    frames: Sequence[Optional[Frame]],
    extent: QgsRectangle,
    crs: QgsCoordinateReferenceSystem,
    by_table: Dict[str, QgsVectorLayer],
) -> Tuple[List[str], List[QgsVectorLayer]]:
    """Put into the layout `legend` the classes of `layers` the map shows in `frames`; returns the
    rows it lists (for tests and the manifest) and the legend-only layers it made (keep them alive
    while the layout lives)."""
    legend.setAutoUpdateModel(False)
    legend.setLegendFilterByMapEnabled(False)
    model = legend.model()
    root = model.rootGroup()
    root.removeAllChildren()
    rows: List[str] = []
    made: List[QgsVectorLayer] = []
    events_shown = False
    base = []
    for layer in layers:
        if not isinstance(layer, QgsVectorLayer) or layer.renderer() is None:
            continue
        keys = visible_keys(layer, frames, extent, crs)
        if not keys:
            continue
        if table_name(layer) in BASE_TABLES:
            base.append((layer, keys))
            continue
        node = root.addLayer(layer)
        rows += _show_classes(model, node, layer, keys)
        events_shown = events_shown or table_name(layer) == "events"
    # the key to the looks of events and arrows comes last, for what the map shows
    shown = certainties_shown(by_table, frames, extent, crs)
    recent = events_shown and recent_events(by_table.get("events"), frames, extent, crs)
    if shown or recent:
        key_layer = certainty_layer(shown, recent)
        rows += _show_classes(model, root.addLayer(key_layer), key_layer, None)
        made.append(key_layer)
    if base:  # rivers and borders under one heading, a row each
        group = root.addGroup(BASE_GROUP)
        for layer, keys in base:
            rows += _show_classes(model, group.addLayer(layer), layer, keys, titled=False)
    legend.updateLegend()
    return rows, made


def recent_events(events: Optional[QgsVectorLayer], frames, extent, crs) -> bool:
    """Whether an event the map shows is new enough to be highlighted (styles.RECENT_DAYS)."""
    if events is None:
        return False
    for frame in frames:
        if frame is None:
            continue
        begin, end = frame
        # one day: events of its last RECENT_DAYS; a span of frames: any event in it had its days
        since = min(begin, end - timedelta(days=RECENT_DAYS))
        for feature in visible_features(events, begin, end, extent, crs, ["t_start"]):
            moment = to_datetime(feature["t_start"])
            if moment is not None and moment >= since:
                return True
    return False


def _show_classes(
    model, node: QgsLayerTreeLayer, layer: QgsVectorLayer, keys: Optional[Set[str]], titled: bool = True
) -> List[str]:
    """Keep only the classes in `keys` (all with a symbol when None), under the layer's title; a
    base layer's one class is a single row without a title."""
    table = table_name(layer)
    legend_nodes = model.layerLegendNodes(node, False)
    order = []
    labels = []
    embedded = False
    for index, legend_node in enumerate(legend_nodes):
        if not isinstance(legend_node, QgsSymbolLegendNode) or legend_node.symbol() is None:
            continue
        if keys is not None and legend_rule_key(legend_node) not in keys:
            continue
        order.append(index)
        labels.append(str(legend_node.data(0) or ""))
        embedded = embedded or legend_node.isEmbeddedInParent()
        if table == "events":
            QgsMapLayerLegendUtils.setLegendNodeCustomSymbol(node, index, plain_symbol(legend_node.symbol()))
        elif table == "fronts":
            QgsMapLayerLegendUtils.setLegendNodeCustomSymbol(node, index, legend_hatch(legend_node.symbol()))
    QgsMapLayerLegendUtils.setLegendNodeOrder(node, order)
    title = (
        layer.name()
        if layer.name() not in (table, _default_title(table))
        else TITLES.get(table, layer.name())
    )
    node.setCustomProperty("legend/title-label", title)
    if len(order) == 1:
        label = SINGLE_ROW.get(table) or labels[0] or title
        if embedded:  # a single-symbol style: its symbol sits in the layer's own row
            node.setCustomProperty("legend/title-label", label if not titled else title)
            if titled:
                QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, order[0], label)
        elif not titled:
            QgsLegendRenderer.setNodeLegendStyle(node, LEGEND_STYLE_HIDDEN)
            QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, order[0], label)
        else:
            QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, order[0], label)
        labels = [label]
    model.refreshLayerLegend(node)
    return [f"{title}: {label}" for label in labels] if titled else labels


def _default_title(table: str) -> str:
    from ..core.plan.layers import layer_title

    return layer_title(table)


COMPONENTS = (LEGEND_TITLE, LEGEND_GROUP, LEGEND_SUBGROUP, LEGEND_SYMBOL_LABEL)


def fit_legend(legend, width: float, height: float) -> float:
    """Fit the legend's rows into its box: smaller type and symbols first (down to two thirds),
    then two columns (down to half); when nothing fits, the setting that overflows least without running wider
    than the box. Returns by how much it overflows (mm, 0 when it fits). A legend fitted again
    (its rows changed) starts from its design sizes, not from the ones the last fit chose."""
    fonts = {component: legend_font(legend, component) for component in COMPONENTS}
    symbol = (legend.symbolWidth(), legend.symbolHeight())
    design = legend.customProperty(DESIGN_PROPERTY)
    if design:  # the sizes in COMPONENTS order, then the symbol's
        sizes = json.loads(design)
        for component, size in zip(COMPONENTS, sizes["fonts"]):
            fonts[component].setPointSizeF(size)
        symbol = tuple(sizes["symbol"])
    else:
        sizes = {"fonts": [fonts[c].pointSizeF() for c in COMPONENTS], "symbol": list(symbol)}
        legend.setCustomProperty(DESIGN_PROPERTY, json.dumps(sizes))
    best = None
    for columns, scale in [(1, s) for s in SCALES] + [(2, s) for s in TWO_COLUMN_SCALES]:
        _apply(legend, fonts, symbol, columns, scale)
        size = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize()
        if size.height() <= height and size.width() <= width:
            return 0.0
        overflow = max(0.0, size.height() - height) + 10 * max(0.0, size.width() - width)
        if best is None or overflow < best[0]:
            best = (overflow, columns, scale)
    _apply(legend, fonts, symbol, best[1], best[2])
    LOG.info("the legend overflows its box by %.0f mm", best[0])
    return best[0]


SCALES = (1.0, 0.92, 0.85, 0.78, 0.72, 0.66)
# two columns may go smaller: a full key in small type beats a key cut off (a page of small
# multiples leaves the key a narrow box)
TWO_COLUMN_SCALES = (*SCALES, 0.6, 0.55, 0.5)
DESIGN_PROPERTY = "frontline/legend-design"  # the type and symbol sizes before the first fit


def _apply(legend, fonts, symbol, columns: int, scale: float) -> None:
    for component, font in fonts.items():
        smaller = QFont(font)
        smaller.setPointSizeF(font.pointSizeF() * scale)
        set_legend_font(legend, component, smaller)
    legend.setSymbolWidth(symbol[0] * scale)
    legend.setSymbolHeight(symbol[1] * scale)
    legend.setColumnCount(columns)
    legend.setSplitLayer(False)  # a layer's classes stay under its title
    legend.setEqualColumnWidth(False)


def plain_symbol(symbol):
    """An event's symbol without the highlight of recent events, for the legend: the mark as it
    is drawn once the event is a few days old."""
    clone = symbol.clone()
    for index in reversed(range(clone.symbolLayerCount())):
        layer = clone.symbolLayer(index)
        enabled = layer.dataDefinedProperties().property(SYMBOL_LAYER_ENABLED)
        if enabled.isActive() and enabled.expressionString().startswith("NOT ("):
            layer.dataDefinedProperties().setProperty(SYMBOL_LAYER_ENABLED, QgsProperty())
        elif enabled.isActive() and clone.symbolLayerCount() > 1:
            clone.deleteSymbolLayer(index)
    return clone
