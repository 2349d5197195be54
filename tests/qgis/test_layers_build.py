"""Frontline layers in real QGIS: GeoPackage, styles, temporal filters, growing arrows, frames."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsDateTimeRange,
    QgsDistanceArea,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsGeometry,
    QgsMapSettings,
    QgsPoint,
    QgsPointXY,
    QgsRenderContext,
    QgsVectorLayer,
    QgsVectorLayerTemporalContext,
)
from qgis.gui import QgsMapCanvas
from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant
from qgis.PyQt.QtGui import QColor

from frontline.plugin.core.events.sides import side_colour
from frontline.plugin.core.plan.frames import plan_frames
from frontline.plugin.core.plan.layers import LAYER_NAMES, plan_layers
from frontline.plugin.qgis import geopackage, styles, temporal
from frontline.plugin.qgis.build import build_outputs, plan_with_rivers, summary_table
from frontline.plugin.qgis.project import gpkg_layer
from frontline.plugin.qgis.render import map_extent, map_settings, render_image

RECORDS = Path(__file__).resolve().parents[1] / "data" / "records"
PROBE = Path(__file__).with_name("layers_probe.py")
OFFENSIVE = json.loads((RECORDS / "offensive_2017.json").read_text(encoding="utf-8"))
BROKEN = json.loads((RECORDS / "broken.json").read_text(encoding="utf-8"))
KEYS = {
    "events": "event_id",
    "places": "name",
    "advances": "advance_id",
    "control": "control_id",
    "fronts": "front_id",
}

# What an analyst must see on each day (frame [day, day + 1)).
EXPECTED = {
    # a1:4 (Rawa, earlier history, undated) is drawn at every time as a grey ring
    "2017-10-24": {
        "events": ["a1:4"],
        "places": ["Rawa"],
        "advances": [],
        "control": ["control-1", "control-2"],  # Rawa and the crossing held by IS
    },
    "2017-11-02": {
        "events": ["a1:1", "a1:2", "a1:3", "a1:4"],
        "places": ["Akashat", "Anah", "Husaybah crossing", "Rawa", "al-Qaim", "al-Qaim", "al-Qaim"],
        "advances": ["adv-akashat-qaim", "adv-anah-qaim"],
        # the crossing changed hands that day; Akashat was left on 26 October
        "control": ["control-1", "control-3", "control-6"],
    },
    "2017-11-08": {
        "events": ["a1:0", "a1:1", "a1:2", "a1:3", "a1:4", "a2:0"],
        "places": [
            "Akashat",
            "Anah",
            "Husaybah crossing",
            "Rawa",
            "Suwayyah",
            "al-Qaim",
            "al-Qaim",
            "al-Qaim",
        ],
        "advances": ["adv-akashat-qaim", "adv-anah-qaim", "adv-qaim-abukamal"],
        "control": ["control-1", "control-3", "control-4", "control-5", "control-6"],
    },
}


def day(text: str, plus: int = 0) -> QDateTime:
    y, m, d = map(int, text.split("-"))
    return QDateTime(QDate(y, m, d).addDays(plus), QTime(0, 0))


def frame(text: str) -> QgsDateTimeRange:
    return QgsDateTimeRange(day(text), day(text, 1), True, False)


def visible(layer: QgsVectorLayer, rng: QgsDateTimeRange, key: str) -> list:
    ctx = QgsVectorLayerTemporalContext()
    ctx.setLayer(layer)
    request = QgsFeatureRequest()
    expression = layer.temporalProperties().createFilterString(ctx, rng)
    if expression:
        request.setFilterExpression(expression)
    return sorted(str(f[key]) for f in layer.getFeatures(request))


def frame_context(when: str) -> QgsExpressionContext:
    """The expression context a map frame ending on day `when` gives symbols (temporal.md §0.2)."""
    settings = QgsMapSettings()
    settings.setIsTemporal(True)
    settings.setTemporalRange(frame(when))
    context = QgsExpressionContext()
    context.appendScopes(
        [QgsExpressionContextUtils.globalScope(), QgsExpressionContextUtils.mapSettingsScope(settings)]
    )
    return context


def grown_lengths(layer: QgsVectorLayer, when: str) -> dict:
    """Length (degrees) of the geometry generator's arrow per advance at the end of day `when`."""
    context = frame_context(when)
    expression = QgsExpression(styles.GROW_EXPRESSION)
    out = {}
    for feature in layer.getFeatures():
        context.setFeature(feature)
        value = expression.evaluate(context)
        assert not expression.hasEvalError(), expression.evalErrorString()
        out[feature["advance_id"]] = value.length() if isinstance(value, QgsGeometry) else 0.0
    return out


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("offensive")
    report = build_outputs(OFFENSIVE, out, overwrite=False, frames=False, gif=False, basemap=True)
    return out, report


@pytest.fixture(scope="module")
def layers(built):
    _out, report = built
    return {name: gpkg_layer(report.paths["gpkg"], name) for name in LAYER_NAMES}


def test_geopackage_has_the_six_layers_with_real_indexed_datetime_fields(built, layers):
    _, report = built
    assert report.counts["advances"] == 3
    assert report.counts["events"] == 8
    assert report.counts["places"] == 9
    assert all(layers[name] is not None for name in LAYER_NAMES)
    events = layers["events"]
    assert events.fields().field("t_start").type() == QVariant.DateTime
    assert events.fields().field("negated").type() == QVariant.Bool
    assert events.crs().authid() == "EPSG:4326"
    with sqlite3.connect(report.paths["gpkg"]) as db:
        indexes = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        defaults = {row[0] for row in db.execute("SELECT f_table_name FROM layer_styles WHERE useAsDefault")}
    assert {
        "idx_events_t_start",
        "idx_advances_t_start",
        "idx_control_valid_from",
        "idx_fronts_valid_from",
    } <= indexes
    assert set(LAYER_NAMES) <= defaults
    capture = next(events.getFeatures(QgsFeatureRequest().setFilterExpression("\"event_id\" = 'a1:0'")))
    assert capture["t_start"] == day("2017-11-04")
    assert capture["certainty"] == "confirmed"
    assert capture["article_title"]
    assert capture["quote"]
    assert capture.geometry().asPoint() == QgsPointXY(40.98945, 34.39251)


def test_datetimes_keep_their_milliseconds_when_the_tables_are_updated_in_place(tmp_path):
    """QGIS filters a frame by the text '…T00:00:00.000': a start written without milliseconds
    would sort before the frame's end and show a day early (GDAL 3.10 on, rows added in place)."""
    record = json.loads((RECORDS / "offensive_2017.json").read_text(encoding="utf-8"))
    plan = plan_layers(record)
    gpkg = tmp_path / "frontline.gpkg"
    geopackage.write_geopackage(gpkg, list(plan.layers.values()))
    record["articles"][0]["events"] = record["articles"][0]["events"][1:]  # a re-run with a change
    geopackage.update_geopackage(gpkg, list(plan_layers(record).layers.values()))
    with sqlite3.connect(gpkg) as db:
        starts = [row[0] for row in db.execute("SELECT t_start FROM events WHERE t_start IS NOT NULL")]
    assert starts
    assert all(len(value) == 23 and value.endswith(".000") for value in starts)


def test_default_styles_carry_symbology_and_temporal_settings(layers):
    events, advances = layers["events"], layers["advances"]
    assert events.temporalProperties().isActive()
    assert events.temporalProperties().accumulateFeatures()
    assert events.temporalProperties().startField() == "t_start"
    assert advances.temporalProperties().endField() == "shown_until"
    labels = [r.label() for r in advances.renderer().rootRule().descendants()]
    assert {
        "confirmed advance",
        "claimed or rumoured advance",
        "intended advance (planned)",
        "withdrawal",
    } <= set(labels)
    assert layers["places"].labelsEnabled()


def test_a_place_the_gazetteer_lacks_is_a_grey_ring_without_a_label(tmp_path):
    record = json.loads((RECORDS / "approximate.json").read_text(encoding="utf-8"))
    report = build_outputs(record, tmp_path, overwrite=False, frames=False, gif=False, basemap=False)
    places = gpkg_layer(report.paths["gpkg"], "places")
    context = QgsRenderContext()
    context.expressionContext().appendScopes(QgsExpressionContextUtils.globalProjectLayerScopes(places))
    renderer = places.renderer().clone()
    renderer.startRender(context, places.fields())
    drawn = {}
    for feature in places.getFeatures():
        context.expressionContext().setFeature(feature)
        (symbol,) = renderer.symbolsForFeature(feature, context)
        drawn[feature["mention"]] = (symbol.color().alpha(), feature["primary"])
    renderer.stopRender(context)
    assert drawn["Qarmuta"] == (0, False)  # hollow, and no label over Mosul's
    assert drawn["Mossul"] == (255, True)
    labelled = places.labeling().rootRule().children()[0].filterExpression()
    assert labelled.startswith("\"primary\" IS NOT FALSE AND coalesce(\"kind\", '') NOT IN ('river'")


@pytest.mark.parametrize("when", sorted(EXPECTED))
def test_exactly_the_expected_features_are_visible(layers, when):
    for name, expected in EXPECTED[when].items():
        assert visible(layers[name], frame(when), KEYS[name]) == expected, name


def test_the_control_layer_plays_back_who_held_each_place_in_the_side_s_colour(layers):
    control = layers["control"]
    props = control.temporalProperties()
    assert props.isActive()
    assert (props.startField(), props.endField()) == ("valid_from", "valid_to")
    assert control.fields().field("valid_to").type() == QVariant.DateTime
    assert visible(control, frame("2017-10-19"), "control_id") == []
    held = {f["control_id"]: (f["name"], f["side"]) for f in control.getFeatures()}
    assert held["control-2"] == ("Husaybah crossing", "IS")
    assert held["control-3"] == ("Husaybah crossing", "IQ")
    rules = {r.label(): r for r in control.renderer().rootRule().children()}
    assert set(rules) == {
        "held by Islamic State",
        "held by Iraqi government and allies",
        "taken, side unknown",
        "left, holder unknown",
    }
    colour = rules["held by Islamic State"].symbol().symbolLayer(0).color().name()
    assert colour == side_colour("IS")


def test_the_derived_front_shows_each_side_s_ground_at_the_time_and_none_before(layers, built):
    fronts = layers["fronts"]
    assert visible(fronts, frame("2017-10-19"), "front_id") == []
    sides = {f["front_id"]: f["side"] for f in fronts.getFeatures()}
    assert [sides[i] for i in visible(fronts, frame("2017-10-24"), "front_id")] == ["IS"]
    for when in ("2017-11-03", "2017-11-08", "2017-11-20"):
        assert sorted(sides[i] for i in visible(fronts, frame(when), "front_id")) == ["IQ", "IS"], when
    assert all("derived from control changes" in f["method"] for f in fronts.getFeatures())


def test_the_project_names_the_front_as_derived_from_control_changes(built):
    from qgis.core import QgsProject

    _out, report = built
    project = QgsProject()
    assert project.read(str(report.paths["project"]))
    names = {layer.name() for layer in project.mapLayers().values()}
    assert {"derived front (from control changes)", "control", "advances"} <= names
    assert "fronts" not in names


def test_advance_arrows_grow_monotonically_and_end_on_their_end_date(layers):
    advances = layers["advances"]
    days = [
        f"2017-{m:02d}-{d:02d}"
        for m, d in [
            (10, 24),
            (10, 25),
            (10, 27),
            (10, 29),
            (10, 31),
            (11, 1),
            (11, 4),
            (11, 5),
            (11, 6),
            (11, 7),
            (11, 12),
        ]
    ]
    series = {when: grown_lengths(advances, when) for when in days}
    full = {f["advance_id"]: f.geometry().length() for f in advances.getFeatures()}
    for advance in full:
        lengths = [series[d][advance] for d in days]
        assert lengths == sorted(lengths), advance
    # Anah → al-Qaim starts 26 Oct, reaches al-Qaim on 2 Nov: nothing before, all by the end of 1 Nov
    assert series["2017-10-24"]["adv-anah-qaim"] == 0.0
    assert (
        0
        < series["2017-10-27"]["adv-anah-qaim"]
        < series["2017-10-31"]["adv-anah-qaim"]
        < full["adv-anah-qaim"]
    )
    assert series["2017-11-01"]["adv-anah-qaim"] == pytest.approx(full["adv-anah-qaim"], rel=1e-9)
    # two of six days: a third of the way (by distance)
    assert series["2017-10-27"]["adv-anah-qaim"] == pytest.approx(full["adv-anah-qaim"] * 2 / 7, rel=0.02)
    # al-Qaim → Suwayyah grows 5–8 Nov and stops there: Abu Kamal stays an objective
    qaim = [series[d]["adv-qaim-abukamal"] for d in ("2017-11-04", "2017-11-05", "2017-11-06", "2017-11-12")]
    assert qaim[0] == 0.0
    assert 0 < qaim[1] < qaim[2] < qaim[3] < full["adv-qaim-abukamal"]


@pytest.mark.parametrize(
    ("when", "recent"),
    [
        ("2017-11-02", ["a1:2"]),  # the attack that day; the airstrike of 1 Nov is two days old
        ("2017-11-04", ["a1:0"]),
        ("2017-11-09", ["a2:1", "a2:2"]),  # the arrival of 8 Nov has faded
        ("2017-11-20", []),
    ],
)
def test_events_of_the_last_days_are_highlighted(layers, when, recent):
    context = frame_context(when)
    expression = QgsExpression(styles.RECENT)
    highlighted = []
    for feature in layers["events"].getFeatures():
        context.setFeature(feature)
        if expression.evaluate(context):
            highlighted.append(feature["event_id"])
        assert not expression.hasEvalError(), expression.evalErrorString()
    assert sorted(highlighted) == recent


def test_the_objective_runs_from_the_last_reached_place_to_the_place_not_yet_taken(layers):
    """al-Qaim → Suwayyah → Abu Kamal: the dotted objective starts at Suwayyah and ends at Abu Kamal;
    an advance that reached its end has none."""
    context = QgsExpressionContext()
    objective = QgsExpression(styles.OBJECTIVE_EXPRESSION)
    drawn = {}
    for feature in layers["advances"].getFeatures():
        context.setFeature(feature)
        drawn[feature["advance_id"]] = (feature, objective.evaluate(context))
        assert not objective.hasEvalError(), objective.evalErrorString()
    feature, line = drawn["adv-qaim-abukamal"]
    geometry = feature.geometry()  # kept: constGet() points into it
    route = geometry.constGet()
    reached = feature["reached_vertex"]
    points = line.constGet()
    assert points.startPoint().distance(route.pointN(reached)) < 1e-9
    assert points.endPoint().distance(route.endPoint()) < 1e-9
    assert points.startPoint().distance(QgsPoint(40.93473, 34.43415)) < 0.002  # Suwayyah
    remaining = sum(
        route.pointN(i).distance(route.pointN(i + 1)) for i in range(reached, route.numPoints() - 1)
    )
    assert points.length() == pytest.approx(remaining, rel=1e-9)
    for finished in ("adv-anah-qaim", "adv-akashat-qaim"):
        value = drawn[finished][1]
        assert value is None or not isinstance(value, QgsGeometry) or value.isNull(), finished


def halo_and_mark_pixels(events, when) -> tuple:
    """Orange halo-ring pixels and the width in pixels of the purple airstrike mark around the
    Husaybah crossing, where the airstrike of 1 November happened, on a frame for day `when`
    (None: a map without time). The strike is only rumoured: its mark is pale with a dashed
    purple edge, whose span measures the mark."""
    from datetime import datetime, timedelta

    begin = datetime.fromisoformat(when) if when else None
    end = begin + timedelta(days=1) if begin else None
    extent = map_extent((40.955, 34.392, 41.005, 34.422))  # the crossing in the middle, al-Qaim apart
    image = render_image(map_settings([events], extent, begin, end, (300, 180)))
    halo = 0
    edge = []
    for x in range(110, 190):
        for y in range(50, 130):
            colour = QColor(image.pixel(x, y))
            r, g, b = colour.red(), colour.green(), colour.blue()
            halo += r > 235 and 130 < g < 190 and b < 80
            if abs(r - 106) < 40 and g < 80 and abs(b - 154) < 40:
                edge.append(x)
    return halo, (max(edge) - min(edge) + 1 if edge else 0)


def test_only_events_of_the_last_days_are_drawn_with_a_halo_and_a_larger_mark(layers):
    events = layers["events"]
    recent_halo, recent_mark = halo_and_mark_pixels(events, "2017-11-01")  # the day of the strike
    old_halo, old_mark = halo_and_mark_pixels(events, "2017-11-05")
    static_halo, static_mark = halo_and_mark_pixels(events, None)
    assert recent_halo > 20
    assert old_halo == 0
    assert static_halo == 0  # without a map time nothing is "recent"
    assert old_mark > 5
    assert recent_mark > 1.3 * old_mark  # 5.4 mm instead of 3.6 mm across
    assert static_mark == pytest.approx(old_mark, abs=1)


def test_a_static_map_shows_each_arrow_up_to_where_it_ended(layers):
    """With temporal navigation off there is no @map_end_time: the map shows the final state,
    each advance drawn over the part of its route that was reached (objectives stay dotted)."""
    context = QgsExpressionContext()
    for feature in layers["advances"].getFeatures():
        context.setFeature(feature)
        drawn = QgsExpression(styles.GROW_EXPRESSION).evaluate(context)
        reached = feature["reached_vertex"]
        if reached is None or reached < 1:
            continue
        whole = feature.geometry().constGet()
        expected = sum(whole.pointN(i).distance(whole.pointN(i + 1)) for i in range(reached))
        assert drawn is not None
        assert abs(drawn.length() - expected) < 1e-6


def test_the_dotted_line_ahead_of_a_move_not_yet_there_ends_in_a_head(layers):
    """An unreached objective, a plan or a move given only a direction shows which way it goes:
    the dotted line's sub-symbol ends in a marker at its last vertex, in every kind of advance."""
    renderer = layers["advances"].renderer().clone()  # kept alive while its symbols are read
    found = 0
    for rule in renderer.rootRule().descendants():
        symbol = rule.symbol()
        if symbol is None:
            continue
        for layer in symbol.symbolLayers():
            if layer.layerType() != "GeometryGenerator" or "unreached" not in layer.geometryExpression():
                continue
            found += 1
            kinds = [
                (type(tip).__name__, str(tip.properties()).lower())
                for tip in layer.subSymbol().symbolLayers()
            ]
            heads = [props for kind, props in kinds if kind == "QgsMarkerLineSymbolLayer"]
            assert len(heads) == 1, kinds
            assert "lastvertex" in heads[0], kinds
    assert found >= 4  # withdrawal, confirmed, claimed, intended


def test_saved_project_filters_and_grows_without_the_plugin_in_every_time_zone(built):
    out, report = built
    days = [*sorted(EXPECTED), "2017-10-29", "2017-11-06"]
    results = []
    for zone in ("UTC", "Asia/Baghdad", "America/New_York"):
        env = dict(os.environ, TZ=zone, QT_QPA_PLATFORM="offscreen")
        done = subprocess.run(
            [sys.executable, str(PROBE), str(report.paths["project"]), *days],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            cwd=str(out),
        )
        assert done.returncode == 0, done.stderr
        results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    first = results[0]
    assert first["loaded"] == []  # the probe never imported the plugin
    assert first["time_range"] == ["2017-10-24", "2017-11-12"]
    for when, expected in EXPECTED.items():
        for name, names in expected.items():
            assert first["frames"][when][name] == names, (when, name)
    lengths = first["lengths"]
    assert 0 < lengths["2017-10-29"]["adv-anah-qaim"] < lengths["2017-11-02"]["adv-anah-qaim"]
    assert lengths["2017-11-06"]["adv-qaim-abukamal"] < lengths["2017-11-08"]["adv-qaim-abukamal"]
    assert results[1] == first
    assert results[2] == first


def test_broken_record_builds_flags_and_reports(tmp_path):
    report = build_outputs(BROKEN, tmp_path, frames=True, gif=False, basemap=False)
    assert report.counts["advances"] == 5
    assert report.counts["events"] == 4
    text = "\n".join(report.warnings)
    assert "2 places without coordinates" in text
    assert "zero-length" in text
    assert "garbage.bin" in text
    advances = gpkg_layer(report.paths["gpkg"], "advances")
    flags = {f["advance_id"]: f["flags"] for f in advances.getFeatures()}
    assert "unplaced" in flags["unknown-places"]
    assert "zero-length" in flags["zero-length"]
    assert "undated" in flags["undated"]
    assert report.frames  # the dated part still renders


def test_writing_into_an_existing_file_keeps_the_analysts_layers(tmp_path):
    target = tmp_path / "analysis.gpkg"
    notes = QgsVectorLayer("Point?crs=EPSG:4326&field=note:string", "my_notes", "memory")
    from qgis.core import QgsFeature, QgsVectorFileWriter

    feature = QgsFeature(notes.fields())
    feature["note"] = "keep me"
    notes.dataProvider().addFeatures([feature])
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.layerName = "my_notes"
    QgsVectorFileWriter.writeAsVectorFormatV3(notes, str(target), notes.transformContext(), options)
    plan = plan_layers(OFFENSIVE)
    with pytest.raises(FileExistsError):
        geopackage.write_geopackage(target, list(plan.layers.values()))
    geopackage.write_geopackage(target, list(plan.layers.values()), overwrite=True)
    geopackage.write_geopackage(
        target, list(plan.layers.values()), overwrite=True
    )  # again: replaced, not doubled
    kept = QgsVectorLayer(f"{target}|layername=my_notes", "n", "ogr")
    assert [f["note"] for f in kept.getFeatures()] == ["keep me"]
    assert gpkg_layer(target, "advances").featureCount() == 3


def test_a_failed_write_leaves_the_previous_file_intact(tmp_path, monkeypatch):
    target = tmp_path / "analysis.gpkg"
    plan = plan_layers(OFFENSIVE)
    geopackage.write_geopackage(target, list(plan.layers.values()))
    before = target.read_bytes()

    def fail(ds, layer):
        raise RuntimeError("disk full")

    monkeypatch.setattr(geopackage, "_write_layer", fail)
    with pytest.raises(RuntimeError):
        geopackage.write_geopackage(target, list(plan_layers(BROKEN).layers.values()), overwrite=True)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["analysis.gpkg"]


def test_temporal_controller_installed_and_steps_by_event(qgis_new_project):
    plan = plan_frames(OFFENSIVE)
    canvas = QgsMapCanvas()
    assert canvas.temporalController() is None  # a bare canvas has none (temporal.md §0.4)
    nav = temporal.navigation_for(canvas, plan)
    assert canvas.temporalController() is nav
    assert nav.totalFrameCount() == 19
    temporal.go_to(nav, plan, "2017-10-27")
    assert temporal.step_event(nav, plan).when.isoformat() == "2017-11-01T00:00:00"
    assert canvas.temporalRange() == frame("2017-11-01")
    temporal.step_event(nav, plan, forward=False)
    assert canvas.temporalRange() == frame("2017-10-26")


def test_rendered_frames_show_the_arrow_reaching_al_qaim(built):
    _out, report = built
    from frontline.plugin.qgis.project import load_layers

    layers = load_layers(report.paths["gpkg"], names=("advances",), countries=False)
    bbox = (39.8, 33.6, 42.1, 34.6)
    extent = map_extent(bbox)
    from datetime import datetime

    def red_pixels(when):
        begin = datetime.fromisoformat(when)
        settings = map_settings(
            layers, extent, begin, datetime.fromordinal(begin.toordinal() + 1), (640, 360)
        )
        image = render_image(settings)
        return sum(
            1
            for x in range(0, 640, 2)
            for y in range(0, 360, 2)
            if QColor(image.pixel(x, y)).red() > 150 and QColor(image.pixel(x, y)).green() < 90
        )

    counts = [red_pixels(d) for d in ("2017-10-24", "2017-10-27", "2017-10-30", "2017-11-04")]
    assert counts[0] == 0
    assert counts[0] < counts[1] < counts[2] < counts[3]


def test_summary_table_lists_places_events_and_advances_with_dates():
    table = summary_table(OFFENSIVE)
    lines = table.splitlines()
    assert lines[0].split() == ["kind", "what", "from", "to", "notes"]
    assert any(
        line.startswith("advance") and "Anah → al-Qaim" in line and "2017-10-26" in line for line in lines
    )
    assert any(
        line.startswith("event") and "capture al-Qaim" in line and "2017-11-04" in line for line in lines
    )
    crossing = [line.split() for line in lines if line.startswith("control  Husaybah crossing held by")]
    assert crossing == [
        ["control", "Husaybah", "crossing", "held", "by", "IS", "2017-10-20", "2017-11-02", "confirmed"],
        [
            "control",
            "Husaybah",
            "crossing",
            "held",
            "by",
            "IQ",
            "2017-11-02",
            "claimed",
            "(side",
            "inferred)",
        ],
    ]


def _km_to(geometry: QgsGeometry, vertex) -> float:
    measure = QgsDistanceArea()
    measure.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateTransformContext())
    measure.setEllipsoid("WGS84")
    point = QgsPointXY(vertex.x(), vertex.y())
    nearest = geometry.nearestPoint(QgsGeometry.fromPointXY(point)).asPoint()
    return measure.measureLine(point, nearest) / 1000


def test_an_advance_that_follows_the_euphrates_runs_along_it(built, layers):
    _out, report = built
    rivers = gpkg_layer(report.paths["gpkg"], "rivers")
    euphrates = QgsGeometry.unaryUnion(
        [f.geometry() for f in rivers.getFeatures() if f["name"] == "Euphrates"]
    )
    advances = {f["advance_id"]: f for f in layers["advances"].getFeatures()}
    anah = advances["adv-anah-qaim"]
    vertices = list(anah.geometry().vertices())
    assert len(vertices) > 25
    # on the river all the way; only Anah and al-Qaim themselves lie a few km off its line
    assert max(_km_to(euphrates, v) for v in vertices) < 5.0
    off = [i for i, v in enumerate(vertices) if _km_to(euphrates, v) > 1.0]
    assert all(i < 3 or i > len(vertices) - 4 for i in off), off
    assert anah["length_km"] > 120  # the river's bends, not the 91 km straight line
    # the growing arrow still has one time per vertex, rising from the start to the arrival
    times = anah["vertex_times"].split(";")
    assert len(times) == len(vertices)
    assert times == sorted(times)
    assert (times[0], times[-1]) == ("2017-10-26T00:00:00", "2017-11-02T00:00:00")
    assert "not-along-follows" not in (anah["flags"] or "")
    # Akashat → al-Qaim follows no river: one straight (geodesic) line through the desert
    akashat = advances["adv-akashat-qaim"]
    assert max(_km_to(euphrates, v) for v in akashat.geometry().vertices()) > 50


def test_a_river_advance_far_from_the_river_or_without_rivers_is_drawn_straight():
    record = json.loads(json.dumps(OFFENSIVE))
    for advance in record["advances"]:
        if advance["id"] == "adv-akashat-qaim":
            advance["follows"] = "Euphrat"  # the German name finds the same river
    plan, rivers, _bbox = plan_with_rivers(record)
    rows = {r["attrs"]["advance_id"]: r["attrs"] for r in plan.layers["advances"].rows}
    straight = {r["attrs"]["advance_id"]: r["attrs"] for r in plan_layers(record).layers["advances"].rows}
    assert rivers is not None
    assert rivers.rows
    assert "not-along-follows" in rows["adv-akashat-qaim"]["flags"]
    assert rows["adv-akashat-qaim"]["length_km"] == straight["adv-akashat-qaim"]["length_km"]
    assert rows["adv-anah-qaim"]["length_km"] > straight["adv-anah-qaim"]["length_km"] + 25
    without, no_rivers, _bbox = plan_with_rivers(record, rivers=False)
    assert no_rivers is None
    plain = {r["attrs"]["advance_id"]: r["attrs"]["length_km"] for r in without.layers["advances"].rows}
    assert plain["adv-anah-qaim"] == pytest.approx(91.3, abs=0.1)


def test_the_saved_layout_is_dated_by_its_map_on_every_atlas_page(built):
    """The project's own page shows the last day something was reported, and each atlas page the
    day of its frame: the printed date is always the map's."""
    from qgis.core import QgsProject

    from frontline.plugin.qgis.project import LAYOUT_NAME

    _out, report = built
    assert report.paths["pdf"].name == "situation_2017-11-09.pdf"  # the build exports the last key date
    project = QgsProject()
    assert project.read(str(report.paths["project"]))
    layout = project.layoutManager().layoutByName(LAYOUT_NAME)
    date = layout.itemById("date")
    assert date.currentText() == "Situation on 9 November 2017"
    atlas = layout.atlas()
    atlas.beginRender()
    stamps = {}
    for index in range(atlas.count()):
        atlas.seekTo(index)
        layout.refresh()
        start = layout.reportContext().feature()["frame_start"].toString("yyyy-MM-dd")
        stamps[start] = date.currentText()
    atlas.endRender()
    assert stamps["2017-11-04"] == "Situation on 4 November 2017"
    assert stamps["2017-10-26"] == "Situation on 26 October 2017"


def test_the_saved_project_hides_its_helper_layers_from_the_layer_tree(built):
    """The date stamp and the frames table are in the project (the stamp draws, Previous/Next
    event read the frames) but private: not in the layer tree, never the layer Identify hits."""
    from qgis.core import QgsMapLayer, QgsProject

    project = QgsProject()
    _out, report = built
    assert project.read(str(report.paths["project"]))
    private = {
        layer.name()
        for layer in project.mapLayers().values()
        if layer.flags() & QgsMapLayer.LayerFlag.Private
    }
    assert private == {"frame_clock", "frames"}


def test_a_country_the_side_table_lacks_holds_ground_in_its_own_colour_and_legend(record_of, tmp_path):
    body = "Islamic State fighters seized Mueda in 2020. Rwandan troops recaptured Mueda on Monday."
    record = record_of("2021-08-10", "en", body)
    assert [c["side"] for c in record["control"]] == ["IS", "RW"]
    report = build_outputs(record, tmp_path, overwrite=False, frames=False, gif=False, basemap=False)
    control = gpkg_layer(report.paths["gpkg"], "control")
    rules = {r.label(): r for r in control.renderer().rootRule().children()}
    assert "held by Rwandan forces" in rules
    colour = rules["held by Rwandan forces"].symbol().symbolLayer(0).color().name()
    assert colour == side_colour("RW") != side_colour(None)
