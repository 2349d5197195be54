"""Map styles for the Frontline layers, made of pure QGIS expressions so they work without the plugin.

Advances are arrows that grow along their route with the per-vertex times (a geometry generator
cut at @map_end_time, arrowhead at the tip); confirmed solid, claimed dashed, rumoured/intended
dotted, unreached objectives a dotted line ahead. Events keep their symbol once they happened and
are highlighted for two days. A helper "clock" layer prints the frame's date on every map.
"""

from __future__ import annotations

import logging
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsEllipseSymbolLayer,
    QgsFillSymbol,
    QgsGeometryGeneratorSymbolLayer,
    QgsLineSymbol,
    QgsMarkerLineSymbolLayer,
    QgsMarkerSymbol,
    QgsNullSymbolRenderer,
    QgsPalLayerSettings,
    QgsProperty,
    QgsReadWriteContext,
    QgsRuleBasedLabeling,
    QgsRuleBasedRenderer,
    QgsSimpleFillSymbolLayer,
    QgsSimpleLineCallout,
    QgsSimpleLineSymbolLayer,
    QgsSimpleMarkerSymbolLayer,
    QgsSingleSymbolRenderer,
    QgsSymbol,
    QgsTextBackgroundSettings,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QSizeF, Qt
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument

from ..core.events.sides import side_colour as table_colour
from ..core.events.sides import side_keys, side_label
from ..core.plan.layers import APPROXIMATE, SIDE_INFERRED
from . import temporal
from .compat import (
    LABEL_AROUND_POINT_ORDERED,
    LABEL_CURVED,
    LABEL_HORIZONTAL,
    LABEL_OVER_POINT,
    LABEL_PERIMETER_CURVED,
    RENDER_MILLIMETERS,
    RENDER_POINTS,
    SYMBOL_FILL_COLOR,
    SYMBOL_LAYER_ENABLED,
    SYMBOL_SIZE,
    SYMBOL_STROKE_COLOR,
    SYMBOL_STROKE_STYLE,
    SYMBOL_STROKE_WIDTH,
)
from .expressions import (  # noqa: F401 - the map's expressions, as styles has always offered them
    GROW_EXPRESSION,
    OBJECTIVE_EXPRESSION,
    RECENT,
    RECENT_DAYS,
    map_language,
    stamp_expression,
)
from .i18n import tr
from .settings import side_colour as chosen_colour

LOG = logging.getLogger(__name__)

ADVANCE_COLOUR = "#c62828"
WITHDRAWAL_COLOUR = "#607d8b"  # a side falling back: slate, not the red of an advance
OBJECTIVE_COLOUR = "#8e2020"
# type -> (legend label, marker shape, colour)
EVENT_SYMBOLS = (
    ("capture recapture", "captured", "star", "#b71c1c"),
    ("attack suicide_attack", "attack", "cross2", "#d84315"),
    ("airstrike", "airstrike", "diamond", "#6a1b9a"),
    ("advance arrival crossing consolidation", "advance / arrival", "triangle", "#ef6c00"),
    ("withdrawal", "withdrawal", "square", "#455a64"),
    ("presence announcement", "presence / announcement", "circle", "#1565c0"),
)


def side_colour(key) -> str:
    """A side's colour: the analyst's from the options, else data/sides.json's."""
    return chosen_colour(key, table_colour(key))


def event_labels() -> dict:
    """The legend's words for the kinds of event (EVENT_SYMBOLS), in the interface's language."""
    return {
        "captured": tr("captured"),
        "attack": tr("attack"),
        "airstrike": tr("airstrike"),
        "advance / arrival": tr("advance / arrival"),
        "withdrawal": tr("withdrawal"),
        "presence / announcement": tr("presence / announcement"),
    }


AREA_KINDS = ("river", "country", "continent", "sea", "lake", "mountain", "region", "admin1", "admin2")
POINT_PLACE = "coalesce(\"kind\", '') NOT IN (" + ", ".join(f"'{k}'" for k in AREA_KINDS) + ")"
# A place's label as the reports spell it, or its German or English name when the project's
# variable frontline_label_language says so (labels.place_labels); the gazetteer's name last.
LABEL_LANGUAGE_VARIABLE = "frontline_label_language"
PLACE_LABEL = (
    f"coalesce(CASE WHEN @{LABEL_LANGUAGE_VARIABLE} = 'de' THEN \"label_de\""
    f" WHEN @{LABEL_LANGUAGE_VARIABLE} = 'en' THEN \"label_en\""
    f' WHEN @{LABEL_LANGUAGE_VARIABLE} = \'gazetteer\' THEN "name" END, "label", "name")'
)


def _symbol(kind, layers):
    """A symbol of `kind` made of `layers`; the symbol takes ownership (the list constructors do not,
    and PyQGIS would delete the layers under it)."""
    symbol = kind()
    symbol.changeSymbolLayer(0, layers[0])
    for layer in layers[1:]:
        symbol.appendSymbolLayer(layer)
    return symbol


def style_qml(layer: QgsVectorLayer) -> str:
    """The layer's whole style (symbology, labels, temporal settings) as QML text."""
    doc = QDomDocument()
    error = layer.exportNamedStyle(doc, QgsReadWriteContext())
    if error:
        LOG.warning("style of %s: %s", layer.name(), error)
    return doc.toString()


def apply_style(layer: QgsVectorLayer, name: str, sides=()) -> None:
    """Symbology, labels and temporal settings for one of our layers (by its layer name); `sides`
    are the side keys the control and front layers hold (all the table's when none are given)."""
    styler = {
        "advances": _advances,
        "events": _events,
        "places": _places,
        "control": lambda lyr: _control(lyr, sides or side_keys()),
        "fronts": lambda lyr: _fronts(lyr, sides or side_keys()),
        "rivers": _rivers,
        "frame_clock": _clock,
        "countries": _countries,
        "articles": _nothing,
    }.get(name)
    if styler is not None:
        styler(layer)
    temporal.configure_layer(layer, name)
    layer.triggerRepaint()


def _nothing(layer: QgsVectorLayer) -> None:
    if layer.isSpatial():
        layer.setRenderer(QgsNullSymbolRenderer())


def _text_format(
    size: float, colour: str = "#202020", bold: bool = False, italic: bool = False
) -> QgsTextFormat:
    fmt = QgsTextFormat()
    font = QFont("DejaVu Sans")
    font.setBold(bold)
    font.setItalic(italic)
    fmt.setFont(font)
    fmt.setSize(size)
    fmt.setSizeUnit(RENDER_POINTS)
    fmt.setColor(QColor(colour))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(1.0)
    buffer.setColor(QColor(255, 255, 255, 230))
    fmt.setBuffer(buffer)
    return fmt


HEAD_LENGTH = 6.0  # mm, as the arrowhead of a straight QgsArrowSymbolLayer would be
HEAD_WIDTH = 4.2
TIP_GAP = 1.3  # mm left between the tip and the place it reaches, so the town's dot stays visible


def _arrow(fill: QColor, stroke_style, colour: str = ADVANCE_COLOUR) -> list:
    """An arrow that bends with its route: an edged shaft and a head on the last vertex.

    QgsArrowSymbolLayer draws a straight arrow from the first to the last vertex, which would cut
    across a river bend; a shaft of line layers follows every vertex.
    """
    edge_colour = QColor(colour).darker(140)
    edge = QgsSimpleLineSymbolLayer(edge_colour, 1.7, stroke_style)
    body = QgsSimpleLineSymbolLayer(fill, 1.1, Qt.PenStyle.SolidLine)
    shaft = [edge] if fill.alpha() == 0 else [edge, body]
    for line in shaft:
        line.setPenCapStyle(Qt.PenCapStyle.FlatCap)
        line.setPenJoinStyle(Qt.PenJoinStyle.RoundJoin)
        line.setTrimDistanceEnd(TIP_GAP + HEAD_LENGTH * 0.6)
    head_fill = QColor(fill)
    if fill.alpha() == 0:
        head_fill = QColor(255, 255, 255, 200)
    head = QgsEllipseSymbolLayer.create(
        {
            "symbol_name": "triangle",
            "symbol_width": str(HEAD_WIDTH),
            "symbol_height": str(HEAD_LENGTH),
            "color": head_fill.name(QColor.NameFormat.HexArgb),
            "outline_color": edge_colour.name(),
            "outline_width": "0.35",
            "outline_style": {Qt.PenStyle.SolidLine: "solid", Qt.PenStyle.DashLine: "dash"}.get(
                stroke_style, "dot"
            ),
            "angle": "90",
            # the marker's own frame: y runs back along the line; the tip stops short of the place
            "offset": f"0,{HEAD_LENGTH / 2 + TIP_GAP}",
        }
    )
    return [*shaft, _at_last_vertex(head)]


def _at_last_vertex(head) -> QgsMarkerLineSymbolLayer:
    """A marker at a line's last vertex, turned with its last segment (both placement keys:
    QGIS 3.22 reads "placement", later versions "placements")."""
    tip = QgsMarkerLineSymbolLayer.create(
        {"placement": "lastvertex", "placements": "LastVertex", "rotate": "1"}
    )
    tip.setSubSymbol(_symbol(QgsMarkerSymbol, [head]))
    return tip


def _generator(
    expression: str, sub_symbol: QgsSymbol, kind=Qgis.SymbolType.Line
) -> QgsGeometryGeneratorSymbolLayer:
    layer = QgsGeometryGeneratorSymbolLayer.create({"geometryModifier": expression})
    layer.setSymbolType(kind)
    layer.setSubSymbol(sub_symbol)
    return layer


def _objective_tip() -> QgsMarkerLineSymbolLayer:
    """A small hollow head at the end of the dotted line ahead: which way a move that has not
    got there yet is going (towards a town, or only "nach Norden")."""
    head = QgsEllipseSymbolLayer.create(
        {
            "symbol_name": "triangle",
            "symbol_width": str(HEAD_WIDTH * 0.6),
            "symbol_height": str(HEAD_LENGTH * 0.6),
            "color": "255,255,255,0",
            "outline_color": OBJECTIVE_COLOUR,
            "outline_width": "0.45",
            "angle": "90",
            "offset": f"0,{HEAD_LENGTH * 0.3}",
        }
    )
    return _at_last_vertex(head)


def _advance_symbol(fill: QColor, stroke_style, colour: str = ADVANCE_COLOUR) -> QgsLineSymbol:
    objective = QgsSimpleLineSymbolLayer(QColor(OBJECTIVE_COLOUR), 0.6, Qt.PenStyle.DotLine)
    objective.setPenCapStyle(Qt.PenCapStyle.RoundCap)
    grown = _symbol(QgsLineSymbol, _arrow(fill, stroke_style, colour))
    ahead = _symbol(QgsLineSymbol, [objective, _objective_tip()])
    symbol = _symbol(QgsLineSymbol, [_generator(OBJECTIVE_EXPRESSION, ahead)])
    symbol.appendSymbolLayer(_generator(GROW_EXPRESSION, grown))
    return symbol


def _advances(layer: QgsVectorLayer) -> None:
    root = QgsRuleBasedRenderer.Rule(None)
    solid = QColor(ADVANCE_COLOUR)
    light = QColor(ADVANCE_COLOUR)
    light.setAlpha(90)
    withdrawing = QColor(WITHDRAWAL_COLOUR)
    withdrawing.setAlpha(150)
    advancing = "coalesce(\"movement\", 'advance') <> 'withdrawal' AND "
    lines = [
        (
            tr("withdrawal"),
            "\"movement\" = 'withdrawal'",
            _advance_symbol(withdrawing, Qt.PenStyle.DashLine, WITHDRAWAL_COLOUR),
        ),
        (
            tr("confirmed advance"),
            advancing + "\"certainty\" = 'confirmed'",
            _advance_symbol(solid, Qt.PenStyle.SolidLine),
        ),
        (
            tr("claimed or rumoured advance"),
            advancing + "\"certainty\" IN ('claimed', 'rumoured')",
            _advance_symbol(light, Qt.PenStyle.DashLine),
        ),
        (
            tr("intended advance (planned)"),
            advancing
            + "(\"certainty\" IS NULL OR \"certainty\" NOT IN ('confirmed', 'claimed', 'rumoured'))",
            _advance_symbol(QColor(255, 255, 255, 0), Qt.PenStyle.DotLine),
        ),
    ]
    # strpos, not LIKE: LIKE builds a regular expression for every feature, a tenth of a frame
    degenerate = (
        "strpos(coalesce(\"flags\", ''), 'single-point') > 0"
        " OR strpos(coalesce(\"flags\", ''), 'zero-length') > 0"
    )
    dated = QgsRuleBasedRenderer.Rule(
        None, 0, 0, f'"grow_from" IS NOT NULL AND NOT ({degenerate})', tr("advances (grow with time)")
    )
    for label, expression, symbol in lines:
        dated.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label))
    root.appendChild(dated)
    marker = QgsMarkerSymbol.createSimple(
        {
            "name": "circle",
            "color": "255,255,255,0",
            "outline_color": ADVANCE_COLOUR,
            "outline_width": "0.6",
            "size": "3.4",
        }
    )
    point = _symbol(QgsLineSymbol, [_generator("start_point($geometry)", marker, Qgis.SymbolType.Marker)])
    root.appendChild(QgsRuleBasedRenderer.Rule(point, 0, 0, degenerate, tr("advance at one place only")))
    undated_line = _symbol(
        QgsLineSymbol, [QgsSimpleLineSymbolLayer(QColor("#9e9e9e"), 0.5, Qt.PenStyle.DashLine)]
    )
    root.appendChild(QgsRuleBasedRenderer.Rule(undated_line, 0, 0, "ELSE", tr("advance without dates")))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    _obstacle_only(layer, 0.8)


# How sure a report is, drawn the same way on events as on arrows: confirmed solid, claimed (or
# rumoured) pale with a dashed edge, intended hollow with a dotted edge. An event without a stated
# certainty is drawn as confirmed, which is how the reader reports an unhedged statement; a legend
# (no feature) sees that look too.
CLAIMED = "\"certainty\" IN ('claimed', 'rumoured')"
INTENDED = "\"certainty\" = 'intended'"
CERTAINTY_LOOKS = (
    # key, legend label, fill alpha (of the type's colour; None: white), edge style, edge width
    ("confirmed", "confirmed", 255, "solid", 0.3),
    ("claimed", "claimed or rumoured", 95, "dash", 0.45),
    ("intended", "intended (planned)", None, "dot", 0.5),
)


LINE_SHAPES = ("cross", "cross2", "x", "line", "arrowhead")


def _certainty_expressions(colour: str, shape: str = "circle") -> dict:
    """Data-defined fill, edge colour, edge style and width of an event mark in `colour` (a mark
    drawn only by its edge, a cross, keeps its colour and takes a thicker edge)."""
    if shape in LINE_SHAPES:
        return {
            SYMBOL_STROKE_STYLE: f"CASE WHEN {CLAIMED} THEN 'dash' WHEN {INTENDED} THEN 'dot' ELSE 'solid' END",
            SYMBOL_STROKE_WIDTH: f"CASE WHEN {CLAIMED} OR {INTENDED} THEN 0.5 ELSE 0.8 END",
        }
    pale = QColor(colour)
    pale.setAlpha(CERTAINTY_LOOKS[1][2])
    pale_fill = f"'{pale.name(QColor.NameFormat.HexArgb)}'"
    return {
        SYMBOL_FILL_COLOR: f"CASE WHEN {CLAIMED} THEN {pale_fill} WHEN {INTENDED} THEN '#e6ffffff' ELSE '{colour}' END",
        SYMBOL_STROKE_COLOR: f"CASE WHEN {CLAIMED} OR {INTENDED} THEN '{colour}' ELSE '#ffffff' END",
        SYMBOL_STROKE_STYLE: f"CASE WHEN {CLAIMED} THEN 'dash' WHEN {INTENDED} THEN 'dot' ELSE 'solid' END",
        SYMBOL_STROKE_WIDTH: f"CASE WHEN {CLAIMED} THEN 0.45 WHEN {INTENDED} THEN 0.5 ELSE 0.3 END",
    }


def _event_symbol(shape: str, colour: str) -> QgsMarkerSymbol:
    """A halo and an enlarged mark for recent events, the plain mark otherwise; the mark's fill
    and edge say how sure the report is (CERTAINTY_LOOKS).

    Two marks switched on and off rather than one with a data-defined size: such a marker cannot
    use QGIS's cached image and is drawn as a path each time (a third of a large events layer).
    Legends draw every layer whatever its switch, so the enlarged one is sized for them: 0 in
    symbol previews (static size), 3.6 mm over the plain mark in a layout legend (data-defined size,
    evaluated there): both look as the single mark did.
    """
    halo = QgsSimpleMarkerSymbolLayer.create(
        {
            "name": "circle",
            "color": "255,213,79,110",
            "outline_color": "255,160,0,255",
            "outline_width": "0.6",
            "size": "8",
        }
    )
    halo.setDataDefinedProperty(SYMBOL_LAYER_ENABLED, QgsProperty.fromExpression(RECENT))
    edge = colour if shape in LINE_SHAPES else "white"
    look = {
        "name": shape,
        "color": colour,
        "outline_color": edge,
        "outline_width": "0.8" if shape in LINE_SHAPES else "0.3",
    }
    mark = QgsSimpleMarkerSymbolLayer.create({**look, "size": "3.6"})
    mark.setDataDefinedProperty(SYMBOL_LAYER_ENABLED, QgsProperty.fromExpression(f"NOT ({RECENT})"))
    recent = QgsSimpleMarkerSymbolLayer.create({**look, "size": "0"})
    recent.setDataDefinedProperty(SYMBOL_LAYER_ENABLED, QgsProperty.fromExpression(RECENT))
    recent.setDataDefinedProperty(
        SYMBOL_SIZE, QgsProperty.fromExpression(f"CASE WHEN {RECENT} THEN 5.4 ELSE 3.6 END")
    )
    for layer in (mark, recent):
        for key, expression in _certainty_expressions(colour, shape).items():
            layer.setDataDefinedProperty(key, QgsProperty.fromExpression(expression))
    return _symbol(QgsMarkerSymbol, [halo, mark, recent])


def objective_symbol(colour: str = "#b71c1c") -> QgsMarkerSymbol:
    """A capture only intended or announced: a dotted target ring with a cross, never the star of
    a capture."""
    ring = QgsSimpleMarkerSymbolLayer.create(
        {"name": "circle", "color": "255,255,255,170", "outline_color": colour, "outline_width": "0.5",
         "outline_style": "dot", "size": "4.6"}
    )  # fmt: skip
    cross = QgsSimpleMarkerSymbolLayer.create(
        {"name": "cross", "color": colour, "outline_color": colour, "outline_width": "0.35", "size": "2.6"}
    )
    return _symbol(QgsMarkerSymbol, [ring, cross])


def _events(layer: QgsVectorLayer) -> None:
    root = QgsRuleBasedRenderer.Rule(None)
    # IS NOT TRUE rather than NOT coalesce(…, false): the same for NULL, half the cost per feature
    shown = QgsRuleBasedRenderer.Rule(None, 0, 0, '"negated" IS NOT TRUE', tr("events"))
    history = QgsMarkerSymbol.createSimple(
        {
            "name": "circle",
            "color": "255,255,255,0",
            "outline_color": "#757575",
            "outline_width": "0.4",
            "size": "2.4",
        }
    )
    shown.appendChild(
        QgsRuleBasedRenderer.Rule(history, 0, 0, '"past" OR "t_start" IS NULL', tr("earlier or undated"))
    )
    dated = QgsRuleBasedRenderer.Rule(
        None, 0, 0, '"past" IS NOT TRUE AND "t_start" IS NOT NULL', tr("by kind")
    )
    captures = "'capture', 'recapture'"
    dated.appendChild(
        QgsRuleBasedRenderer.Rule(
            objective_symbol(), 0, 0, f'"type" IN ({captures}) AND {INTENDED}', "capture intended (objective)"
        )
    )
    for types, label, shape, colour in EVENT_SYMBOLS:
        names = ", ".join(f"'{t}'" for t in types.split())
        rule = f'"type" IN ({names})'
        if names == captures:
            rule += " AND coalesce(\"certainty\", '') <> 'intended'"
        dated.appendChild(
            QgsRuleBasedRenderer.Rule(
                _event_symbol(shape, colour), 0, 0, rule, event_labels().get(label, label)
            )
        )
    dated.appendChild(
        QgsRuleBasedRenderer.Rule(_event_symbol("circle", "#757575"), 0, 0, "ELSE", tr("other event"))
    )
    shown.appendChild(dated)
    root.appendChild(shown)
    layer.setRenderer(QgsRuleBasedRenderer(root))
    _obstacle_only(layer, 0.4)


def certainty_key_symbol(key: str) -> QgsMarkerSymbol:
    """The legend's key to how sure a report is: a neutral mark in that certainty's look."""
    _key, _label, alpha, style, width = next(look for look in CERTAINTY_LOOKS if look[0] == key)
    colour = QColor("#5d4037")
    fill = (
        QColor(255, 255, 255, 230)
        if alpha is None
        else QColor(colour.red(), colour.green(), colour.blue(), alpha)
    )
    edge = "#ffffff" if key == "confirmed" else colour.name()
    return QgsMarkerSymbol.createSimple(
        {"name": "circle", "color": fill.name(QColor.NameFormat.HexArgb), "outline_color": edge,
         "outline_style": style, "outline_width": str(width), "size": "3.6"}
    )  # fmt: skip


def recent_key_symbol() -> QgsMarkerSymbol:
    """The legend's key to the highlight of the latest events: the halo around a neutral mark."""
    halo = QgsSimpleMarkerSymbolLayer.create(
        {"name": "circle", "color": "255,213,79,110", "outline_color": "255,160,0,255", "outline_width": "0.6",
         "size": "5.6"}
    )  # fmt: skip
    mark = QgsSimpleMarkerSymbolLayer.create(
        {
            "name": "circle",
            "color": "#5d4037",
            "outline_color": "white",
            "outline_width": "0.3",
            "size": "2.6",
        }
    )
    return _symbol(QgsMarkerSymbol, [halo, mark])


def _obstacle_only(layer: QgsVectorLayer, factor: float = 1.0) -> None:
    """The layer's features keep place labels off them (labels avoid arrows and event marks), with
    no labels of its own; `factor` (0–2) is how hard, below what would drop a town's label."""
    settings = QgsPalLayerSettings()
    settings.drawLabels = False
    settings.fieldName = "''"
    settings.isExpression = True
    obstacle = settings.obstacleSettings()
    obstacle.setIsObstacle(True)
    obstacle.setFactor(factor)
    settings.setObstacleSettings(obstacle)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def _places(layer: QgsVectorLayer) -> None:
    symbol = QgsMarkerSymbol.createSimple(
        {
            "name": "circle",
            "color": "#212121",
            "outline_color": "white",
            "outline_width": "0.4",
            "size": "2.2",
        }
    )
    # a name the gazetteer lacks, drawn at the nearest place the article names: a grey ring
    # around that place's dot, unlabelled, until the analyst moves it where it belongs
    ring = QgsMarkerSymbol.createSimple(
        {
            "name": "circle",
            "color": "0,0,0,0",
            "outline_color": "#757575",
            "outline_width": "0.35",
            "size": "3.6",
        }
    )
    # (strpos, not LIKE: QGIS turns a LIKE pattern into a regular expression for every feature)
    found = f"coalesce(strpos(\"flags\", '{APPROXIMATE}'), 0)"
    # a river's, a country's or a province's point only stands for an area: no dot, no label there
    points = QgsRuleBasedRenderer.Rule(None, 0, 0, POINT_PLACE, tr("places"))
    points.appendChild(
        QgsRuleBasedRenderer.Rule(ring, 0, 0, f"{found} > 0", tr("not in the gazetteer (approximate)"))
    )
    points.appendChild(
        QgsRuleBasedRenderer.Rule(symbol, 0, 0, f"{found} = 0", tr("place named in the reports"))
    )
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(points)
    layer.setRenderer(QgsRuleBasedRenderer(root))
    settings = QgsPalLayerSettings()
    settings.fieldName = PLACE_LABEL
    settings.isExpression = True
    settings.placement = LABEL_AROUND_POINT_ORDERED
    settings.dist = 1.8  # clear of an event's mark on the same point
    settings.priority = 8
    # towns before villages when labels compete; a leader line where a label had to move away
    settings.dataDefinedProperties().setProperty(
        QgsPalLayerSettings.Property.Priority,
        QgsProperty.fromExpression(
            "CASE WHEN \"kind\" IN ('capital', 'city', 'town') THEN 9 WHEN \"kind\" = 'village' THEN 6 ELSE 7 END"
        ),
    )
    settings.setFormat(_text_format(10, bold=True))
    callout = QgsSimpleLineCallout()
    callout.setEnabled(True)
    callout.setMinimumLength(1.5)
    callout.setLineSymbol(
        _symbol(QgsLineSymbol, [QgsSimpleLineSymbolLayer(QColor("#424242"), 0.25, Qt.PenStyle.SolidLine)])
    )
    settings.setCallout(callout)
    # one label per place, however many articles mention it; a rule (not a NULL label) keeps the
    # other mentions out of the labelling engine entirely, which is most of a large map's cost
    root = QgsRuleBasedLabeling.Rule(None)
    rule = QgsRuleBasedLabeling.Rule(
        settings, 0, 0, f'"primary" IS NOT FALSE AND {POINT_PLACE}', tr("places")
    )
    root.appendChild(rule)
    layer.setLabeling(QgsRuleBasedLabeling(root))
    layer.setLabelsEnabled(True)


# Front snapshots follow each other in time; on a static map (no map time) only the last shows.
FRONTS_STATIC = '@map_end_time IS NOT NULL OR "valid_to" IS NULL OR "valid_to" = maximum("valid_to")'
# A holding only claimed or rumoured, or whose side no report names, is drawn paler.
SURE = "\"certainty\" = 'confirmed' AND strpos(coalesce(\"flags\", ''), '" + SIDE_INFERRED + "') = 0"


def _control(layer: QgsVectorLayer, sides) -> None:
    """Who holds each place: a dot in the side's colour (data/sides.json), paler when only claimed
    or when the side was worked out; a grey ring where a side left and no report names who holds it."""
    root = QgsRuleBasedRenderer.Rule(None)
    for key in sides:
        dot = QgsSimpleMarkerSymbolLayer.create(
            {"name": "circle", "color": side_colour(key), "outline_color": "white", "outline_width": "0.4",
             "size": "3.2"}
        )  # fmt: skip
        dot.setDataDefinedProperty(
            SYMBOL_FILL_COLOR,
            QgsProperty.fromExpression(
                f"set_color_part(@symbol_color, 'alpha', CASE WHEN {SURE} THEN 255 ELSE 110 END)"
            ),
        )
        root.appendChild(
            QgsRuleBasedRenderer.Rule(
                _symbol(QgsMarkerSymbol, [dot]), 0, 0, f"\"change\" = 'taken' AND \"side\" = '{key}'",
                tr("held by {}", side_label(key, map_language())),
            )
        )  # fmt: skip
    unknown = QgsMarkerSymbol.createSimple(
        {
            "name": "circle",
            "color": side_colour(None),
            "outline_color": "white",
            "outline_width": "0.4",
            "size": "2.6",
        }
    )
    root.appendChild(
        QgsRuleBasedRenderer.Rule(
            unknown, 0, 0, '"change" = \'taken\' AND "side" IS NULL', tr("taken, side unknown")
        )
    )
    ring = QgsMarkerSymbol.createSimple(
        {
            "name": "circle",
            "color": "0,0,0,0",
            "outline_color": "#616161",
            "outline_width": "0.5",
            "size": "3.2",
        }
    )
    root.appendChild(QgsRuleBasedRenderer.Rule(ring, 0, 0, "\"change\" = 'left'", tr("left, holder unknown")))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    _obstacle_only(layer, 0.3)


# Hatching drawn as lines (a pattern fill becomes a bitmap in a PDF): diagonals HATCH_MM apart on
# paper across the area's bounds, cut to the area. The layer is in degrees: a metre of the map's
# scale is 1/111320 of a degree, near enough for spacing. Without a map scale (a symbol preview)
# six lines cross the area.
HATCH_MM = 2.2
HATCH_EXPRESSION = f"""with_variable('b', bounds($geometry),
with_variable('h', y_max(@b) - y_min(@b),
with_variable('s', coalesce(@map_scale * {HATCH_MM / 1000} / 111320.0, (x_max(@b) - x_min(@b) + @h) / 6),
intersection($geometry, collect_geometries(array_foreach(
  generate_series(1, ceil((x_max(@b) - x_min(@b) + @h) / @s)),
  make_line(make_point(x_min(@b) + @element * @s, y_min(@b)),
            make_point(x_min(@b) + @element * @s - @h, y_max(@b)))))))))"""
LEGEND_HATCH_EXPRESSION = HATCH_EXPRESSION.replace("@map_scale", "NULL")


def legend_hatch(symbol):
    """The derived ground's symbol for a legend patch: the same hatch, six lines across it."""
    clone = symbol.clone()
    for index in range(clone.symbolLayerCount()):
        layer = clone.symbolLayer(index)
        if (
            isinstance(layer, QgsGeometryGeneratorSymbolLayer)
            and layer.geometryExpression() == HATCH_EXPRESSION
        ):
            layer.setGeometryExpression(LEGEND_HATCH_EXPRESSION)
    return clone


def _fronts(layer: QgsVectorLayer, sides) -> None:
    """Each side's derived ground: hatched in the side's colour with a dashed edge, and labelled
    as derived, since it is a construction from the control points (plan/fronts.py), not a report."""
    root = QgsRuleBasedRenderer.Rule(None)
    for key in sides:
        colour = QColor(side_colour(key))
        tint = QColor(colour)
        tint.setAlpha(28)
        fill = QgsSimpleFillSymbolLayer()
        fill.setColor(tint)
        edge = QColor(colour)
        edge.setAlpha(190)
        fill.setStrokeColor(edge)
        fill.setStrokeStyle(Qt.PenStyle.DashLine)
        fill.setStrokeWidth(0.35)
        line = QColor(colour)
        line.setAlpha(120)
        stroke = QgsSimpleLineSymbolLayer(line, 0.25, Qt.PenStyle.SolidLine)
        hatch = _generator(HATCH_EXPRESSION, _symbol(QgsLineSymbol, [stroke]))
        rule = f"\"side\" = '{key}' AND ({FRONTS_STATIC})"
        root.appendChild(
            QgsRuleBasedRenderer.Rule(
                _symbol(QgsFillSymbol, [fill, hatch]), 0, 0, rule, side_label(key, map_language())
            )
        )
    layer.setRenderer(QgsRuleBasedRenderer(root))
    settings = QgsPalLayerSettings()
    settings.fieldName = (
        "'" + tr("derived ground") + "'"
    )  # short enough for a town's disc; the legend names the side
    settings.isExpression = True
    settings.placement = LABEL_PERIMETER_CURVED
    settings.priority = 6  # above rivers and borders: the reader must see the area is a construction
    settings.repeatDistance = 90
    settings.repeatDistanceUnit = RENDER_MILLIMETERS
    settings.obstacleSettings().setIsObstacle(False)
    fmt = _text_format(7, "#424242", italic=True)
    settings.setFormat(fmt)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def _rivers(layer: QgsVectorLayer) -> None:
    line = QgsSimpleLineSymbolLayer(QColor("#4f8fc9"), 0.55)
    line.setPenCapStyle(Qt.PenCapStyle.RoundCap)
    layer.setRenderer(QgsSingleSymbolRenderer(_symbol(QgsLineSymbol, [line])))
    settings = QgsPalLayerSettings()
    settings.fieldName = "name"
    settings.placement = LABEL_CURVED
    settings.priority = 3
    settings.repeatDistance = 60
    settings.repeatDistanceUnit = RENDER_MILLIMETERS
    settings.setFormat(_text_format(9, "#2f6fa9", italic=True))
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


COUNTRY_NAMES = Path(__file__).resolve().parents[1] / "core" / "data" / "country_names.csv"


def country_label(language: str = "") -> str:
    """Country names on the base map in the interface's language: QGIS's world map has English
    names only, so German ones come from our table of country names (its first name is German)."""
    if (language or map_language()) != "de":
        return 'upper("NAME")'
    pairs = []
    for line in COUNTRY_NAMES.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("iso,"):
            continue
        code, _, names = line.partition(",")
        name = names.split("|")[0].strip().replace("'", "''")
        if len(code) == 2 and name:
            pairs.append(f"'{code}', '{name}'")
    return f'upper(coalesce(map_get(map({", ".join(pairs)}), "iso_a2"), "NAME"))'


def _countries(layer: QgsVectorLayer) -> None:
    fill = QgsSimpleFillSymbolLayer()
    fill.setColor(QColor("#f3f0e8"))
    fill.setStrokeColor(QColor("#8d8d8d"))
    fill.setStrokeWidth(0.4)
    fill.setStrokeStyle(Qt.PenStyle.DashDotLine)
    layer.setRenderer(QgsSingleSymbolRenderer(_symbol(QgsFillSymbol, [fill])))
    settings = QgsPalLayerSettings()
    settings.fieldName = country_label()
    settings.isExpression = True
    settings.placement = LABEL_HORIZONTAL
    settings.priority = 2
    fmt = _text_format(11, "#9e9e9e")
    fmt.buffer().setEnabled(False)
    settings.setFormat(fmt)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def _clock(layer: QgsVectorLayer) -> None:
    """A world polygon, never drawn, whose label is the frame's date in the map's top-left corner."""
    layer.setRenderer(QgsNullSymbolRenderer())
    settings = QgsPalLayerSettings()
    settings.fieldName = stamp_expression()
    settings.isExpression = True
    settings.placement = LABEL_OVER_POINT
    settings.priority = 10
    settings.displayAll = True
    settings.obstacle = False
    fmt = _text_format(18, "#111111", bold=True)
    fmt.buffer().setEnabled(False)
    background = QgsTextBackgroundSettings()
    background.setEnabled(True)
    background.setType(QgsTextBackgroundSettings.ShapeType.ShapeRectangle)
    background.setSizeType(QgsTextBackgroundSettings.SizeType.SizeBuffer)
    background.setSize(QSizeF(2.5, 1.5))
    background.setFillColor(QColor(255, 255, 255, 235))
    background.setStrokeColor(QColor("#424242"))
    background.setStrokeWidth(0.3)
    fmt.setBackground(background)
    settings.setFormat(fmt)
    props = settings.dataDefinedProperties()
    # data-defined label positions are in the layer's CRS (EPSG:4326), @map_extent in the map's
    box = "bounds(transform(@map_extent, @map_crs, 'EPSG:4326'))"
    props.setProperty(
        QgsPalLayerSettings.Property.PositionX,
        QgsProperty.fromExpression(f"with_variable('b', {box}, x_min(@b) + 0.02 * (x_max(@b) - x_min(@b)))"),
    )
    props.setProperty(
        QgsPalLayerSettings.Property.PositionY,
        QgsProperty.fromExpression(f"with_variable('b', {box}, y_max(@b) - 0.03 * (y_max(@b) - y_min(@b)))"),
    )
    props.setProperty(QgsPalLayerSettings.Property.Hali, QgsProperty.fromValue("Left"))
    props.setProperty(QgsPalLayerSettings.Property.Vali, QgsProperty.fromValue("Top"))
    settings.setDataDefinedProperties(props)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
