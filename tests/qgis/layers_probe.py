"""Opens a saved Frontline project with plain PyQGIS (never imports frontline) and prints, as JSON,
which features each layer shows at given days and how long the advances are drawn then.

Usage: python layers_probe.py PROJECT.qgz 2017-10-24 2017-11-04 …
"""

import json
import sys

from qgis.core import (
    QgsApplication,
    QgsDateTimeRange,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsGeometry,
    QgsMapSettings,
    QgsProject,
    QgsVectorLayerTemporalContext,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime

KEYS = {
    "events": "event_id",
    "places": "name",
    "advances": "advance_id",
    "control": "control_id",
    "derived front (from control changes)": "front_id",  # the fronts table, as the project names it
}


def day(text, plus=0):
    y, m, d = map(int, text.split("-"))
    return QDateTime(QDate(y, m, d).addDays(plus), QTime(0, 0))


def grow_expression(layer):
    """The geometry generator of the first "grow with time" rule, read from the saved style: the one
    that reads the vertex times (the objective's generator cuts the route too)."""
    for rule in layer.renderer().rootRule().descendants():
        symbol = rule.symbol()
        if symbol is None:
            continue
        for sl in symbol.symbolLayers():
            if sl.layerType() == "GeometryGenerator" and "vertex_times" in sl.geometryExpression():
                return sl.geometryExpression()
    return None


def main():
    app = QgsApplication([], False)
    app.initQgis()
    project = QgsProject.instance()
    assert project.read(sys.argv[1]), "project did not open"
    out = {
        "time_range": [
            project.timeSettings().temporalRange().begin().toString("yyyy-MM-dd"),
            project.timeSettings().temporalRange().end().toString("yyyy-MM-dd"),
        ],
        "frames": {},
        "lengths": {},
        "loaded": sorted(m for m in sys.modules if m.startswith("frontline")),
    }
    layers = {layer.name(): layer for layer in project.mapLayers().values()}
    advances = layers["advances"]
    expression = grow_expression(advances)
    for text in sys.argv[2:]:
        rng = QgsDateTimeRange(day(text), day(text, 1), True, False)
        visible = {}
        for name, key in KEYS.items():
            layer = layers[name]
            ctx = QgsVectorLayerTemporalContext()
            ctx.setLayer(layer)
            flt = layer.temporalProperties().createFilterString(ctx, rng)
            request = QgsFeatureRequest()
            if flt:
                request.setFilterExpression(flt)
            visible[name] = sorted(str(f[key]) for f in layer.getFeatures(request))
        out["frames"][text] = visible
        ms = QgsMapSettings()
        ms.setIsTemporal(True)
        ms.setTemporalRange(rng)
        context = QgsExpressionContext()
        context.appendScopes(
            [QgsExpressionContextUtils.globalScope(), QgsExpressionContextUtils.mapSettingsScope(ms)]
        )

        lengths = {}
        parsed = QgsExpression(expression)
        for feature in advances.getFeatures():
            context.setFeature(feature)
            geometry = parsed.evaluate(context)
            lengths[feature["advance_id"]] = (
                round(geometry.length(), 6) if isinstance(geometry, QgsGeometry) else 0.0
            )
        out["lengths"][text] = lengths
    print(json.dumps(out))
    app.exitQgis()


main()
