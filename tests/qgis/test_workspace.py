"""The analyst's workspace driven in real QGIS: the Frontline panel runs the example articles, the
review corrects what was read, the corrections hold through a re-run, in the layers and in an
exported frame; Cancel stops a long run and leaves nothing behind; the timeline moves the map."""

from __future__ import annotations

import shutil
import sqlite3
import time
from datetime import datetime
from pathlib import Path

import pytest
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QEvent, QPoint, Qt
from qgis.PyQt.QtGui import QColor, QMouseEvent
from qgis.PyQt.QtWidgets import QApplication, QDialog

import frontline
from frontline.plugin.qgis.workspace import GPKG_NAME, RECORD_NAME

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
TIMEOUT = 120_000


@pytest.fixture
def plugin(qgis_iface, qgis_new_project):
    QgsProject.instance().clear()
    instance = frontline.classFactory(qgis_iface)
    instance.initGui()
    canvas = qgis_iface.mapCanvas()
    canvas.resize(800, 600)
    canvas.window().show()  # laid out: a click lands on the pixel it is aimed at
    canvas.resize(800, 600)
    QApplication.processEvents()
    yield instance
    quiet(canvas)  # a render or a task still running on the layers crashed a teardown (QGIS 3.40)
    if instance.menu is not None:
        instance.unload()
    QApplication.processEvents()  # the docks' deleteLater before the project goes
    QgsProject.instance().clear()


def quiet(canvas, seconds: float = 30.0) -> None:
    """Let the canvas finish drawing and the background tasks end (none may touch a layer the
    teardown removes)."""
    canvas.stopRendering()
    canvas.waitWhileRendering()
    tasks = QgsApplication.taskManager()
    deadline = time.monotonic() + seconds
    while tasks.countActiveTasks() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.05)
    QApplication.processEvents()


def run(qtbot, plugin, folder: Path, *paths: Path) -> None:
    dock = plugin.dock
    dock.show()
    if paths:
        dock.articles.clear()
        for path in paths:
            dock.articles.add_path(str(path))
    dock.folder.setFilePath(str(folder))
    with qtbot.waitSignal(plugin.session.finished, timeout=TIMEOUT) as signal:
        qtbot.mouseClick(dock.run_button, Qt.MouseButton.LeftButton)
    assert signal.args[0], signal.args[1]


def settle(qtbot, plugin) -> None:
    """Wait for the rebuild a correction started."""
    if plugin.session.running():
        with qtbot.waitSignal(plugin.session.finished, timeout=TIMEOUT) as signal:
            pass
        assert signal.args[0], signal.args[1]


def key_of(session, target: str, fragment: str, **match) -> str:
    for key, (kind, item, article) in session.items.items():
        if kind != target:
            continue
        if article is not None and fragment not in str(article.get("path")):
            continue
        if all(item.get(k) == v for k, v in match.items()):
            return key
    raise AssertionError(f"no {target} {match} in {fragment}")


def features(layer, expression: str = ""):
    request = QgsFeatureRequest()
    if expression:
        request.setFilterExpression(expression)
    return list(layer.getFeatures(request))


def click_on_map(canvas, lon: float, lat: float) -> None:
    """A left click on the canvas at a place, as the analyst's mouse gives it."""
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"),
        canvas.mapSettings().destinationCrs(),
        QgsProject.instance(),
    )
    pixel = canvas.getCoordinateTransform().transform(transform.transform(QgsPointXY(lon, lat)))
    position = QPoint(round(pixel.x()), round(pixel.y()))
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        event = QMouseEvent(
            kind,
            position,
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(canvas.viewport(), event)


def test_a_run_from_the_panel_puts_the_briefing_map_in_the_project(qtbot, plugin, qgis_iface, tmp_path):
    from frontline.plugin.qgis.compat import NAVIGATION_ANIMATED

    folder = tmp_path / "analysis"
    run(qtbot, plugin, folder, EXAMPLES)
    assert (folder / GPKG_NAME).is_file()
    assert (folder / RECORD_NAME).is_file()  # the record is kept beside the GeoPackage
    layers = plugin.session.layers()
    assert {"events", "places", "advances", "control", "fronts", "articles", "frame_clock", "frames"} <= set(
        layers
    )
    project = QgsProject.instance()
    group = project.layerTreeRoot().findGroup("Frontline")
    shown = [node.layer().customProperty("frontline/table") for node in group.findLayers()]
    assert (
        shown[:5] == ["frame_clock", "frames", "events", "places", "advances"][: len(shown[:5])]
        or "events" in shown
    )
    for helper in ("frame_clock", "frames"):  # in the project, hidden from the layer tree
        assert layers[helper].flags() & layers[helper].LayerFlag.Private
    assert qgis_iface.activeLayer() is layers["events"]
    assert layers["advances"].renderer().type() == "RuleRenderer"
    assert layers["places"].labelsEnabled()
    legend = {rule.label() for rule in layers["control"].renderer().rootRule().children()}
    assert legend == {
        "held by Iraqi government and allies",  # the side by name, only the sides held
        "held by Syrian government and allies",  # "Syrian troops and allied militias captured Abu Kamal"
        "taken, side unknown",
        "left, holder unknown",
    }
    assert any("world_map" in layer.source() for layer in project.mapLayers().values())  # the base map
    nav = qgis_iface.mapCanvas().temporalController()
    assert nav.navigationMode() == NAVIGATION_ANIMATED
    assert project.timeSettings().temporalRange().begin().toPyDateTime().date().isoformat() == "2017-10-24"
    (next_event,) = [a for a in plugin.actions if a.objectName() == "mActionFrontlineNextEvent"]
    next_event.trigger()  # the first day something happens, not "no further event"
    assert nav.dateTimeRangeForFrameNumber(
        nav.currentFrameNumber()
    ).begin().toPyDateTime().date().isoformat() == ("2017-10-26")
    extent = qgis_iface.mapCanvas().extent()
    qaim = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"),
        qgis_iface.mapCanvas().mapSettings().destinationCrs(),
        project,
    ).transform(QgsPointXY(40.98945, 34.39251))
    assert extent.contains(qaim)
    assert extent.width() < 1_000_000  # the campaign, not the world
    # Identify and map tips name the article, not its hash
    event = features(layers["events"], "\"trigger\" = 'retook'")[0]
    assert event["article_title"] == "Iraqi forces retake al-Qaim"
    assert event["outlet"] == "Frontline example (own text)"
    assert "<b>retook</b>" in event["quote_html"]
    assert "article_title" in layers["events"].mapTipTemplate()
    assert [a.name() for a in layers["events"].actions().actions()] == ["Open the article"]
    setup = layers["events"].editorWidgetSetup(layers["events"].fields().indexOf("article"))
    assert setup.type() == "RelationReference"
    assert (
        layers["events"].editorWidgetSetup(layers["events"].fields().indexOf("item_key")).type() == "Hidden"
    )
    assert plugin.dock.tabs.currentIndex() == 1  # the review
    assert not plugin.timeline.isHidden()  # shown (its main window is not, in these tests)


def test_corrections_hold_through_a_rerun_in_the_layers_and_an_exported_frame(
    qtbot, plugin, qgis_iface, tmp_path, monkeypatch
):
    from frontline.plugin.gui import review as review_module
    from frontline.plugin.qgis.corrections_store import read_corrections
    from frontline.plugin.qgis.project import load_layers
    from frontline.plugin.qgis.render import map_extent, render_frame

    folder = tmp_path / "analysis"
    run(qtbot, plugin, folder, EXAMPLES)
    session, review = plugin.session, plugin.dock.review

    # reject the recapture ("retook")
    assert review.select_key(key_of(session, "event", "qaim_retaken", trigger="retook"))
    review.actions_by_name["reject"].trigger()
    settle(qtbot, plugin)

    # Anah is the other Anah of the gazetteer
    assert review.select_key(key_of(session, "place", "offensive_beginnt", text="Anah"))
    _, anah, _ = session.items[review.selected_keys()[0]]
    other = next(c for c in anah["candidates"] if c["id"] != anah["id"])
    menu = review.actions_by_name["candidate"].menu()
    menu.aboutToShow.emit()
    (choice,) = [a for a in menu.actions() if a.text().startswith(other["name"])]
    choice.trigger()
    settle(qtbot, plugin)

    # Husaybah is placed where the analyst clicks on the map
    assert review.select_key(key_of(session, "place", "qaim_retaken", text="Husaybah"))
    canvas = qgis_iface.mapCanvas()
    canvas.setExtent(map_extent((40.5, 34.0, 41.5, 34.8)))
    canvas.refresh()
    review.actions_by_name["place"].trigger()
    assert canvas.mapTool() is review.tool
    click_on_map(canvas, 40.95, 34.40)
    settle(qtbot, plugin)

    # the troops entered al-Qaim on 1 November, not 2 November
    assert review.select_key(key_of(session, "event", "qaim_retaken", trigger="entered"))

    class Picked(review_module.DateDialog):
        def exec(self):
            self.start.setDate(self.start.date().addDays(-1))
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(review_module, "DateDialog", Picked)
    review.actions_by_name["date"].trigger()
    settle(qtbot, plugin)

    def check(layers):
        events, places = layers["events"], layers["places"]
        assert features(events, "\"trigger\" = 'retook'") == []
        (entered,) = features(events, "\"trigger\" = 'entered'")
        assert entered["t_start"].toPyDateTime().date().isoformat() == "2017-11-01"
        assert entered["review"] == "corrected"
        assert entered["corrected_by"]
        anahs = features(places, "\"mention\" = 'Anah'")
        assert {f["name"] for f in anahs} == {other["name"]}
        point = anahs[0].geometry().asPoint()
        assert (point.x(), point.y()) == (
            pytest.approx(other["lon"], abs=1e-4),
            pytest.approx(other["lat"], abs=1e-4),
        )
        (husaybah,) = features(places, "\"mention\" = 'Husaybah'")
        point = husaybah.geometry().asPoint()
        assert (point.x(), point.y()) == (pytest.approx(40.95, abs=0.01), pytest.approx(34.40, abs=0.01))

    check(session.layers())
    assert len(read_corrections(folder / GPKG_NAME)) == 4

    # the same articles read again: every correction holds, none is reported lost
    run(qtbot, plugin, folder, EXAMPLES)
    assert session.unmatched == []
    check(session.layers())
    assert qgis_iface.messageBar().get_messages(1) == [] or all(
        "no longer" not in m for m in qgis_iface.messageBar().get_messages(1)
    )

    # an exported frame (the frame renderer reads the GeoPackage): Husaybah's dot where it was put,
    # the arrival at al-Qaim on 1 November
    gpkg = folder / GPKG_NAME
    extent = map_extent((40.6, 34.1, 41.3, 34.7))
    day = datetime(2017, 11, 1)
    places = [layer for layer in load_layers(gpkg, names=("places",), countries=False)]
    image = tmp_path / "places.png"
    render_frame(image, places, extent, datetime(2017, 11, 3), datetime(2017, 11, 4), size=(700, 600))
    assert dark_near(image, extent, 40.95, 34.40, (700, 600))
    events = load_layers(gpkg, names=("events",), countries=False)
    render_frame(tmp_path / "events.png", events, extent, day, datetime(2017, 11, 2), size=(700, 600))
    render_frame(tmp_path / "before.png", events, extent, datetime(2017, 10, 31), day, size=(700, 600))
    assert orange_near(tmp_path / "events.png", extent, 40.98945, 34.39251, (700, 600))
    assert not orange_near(tmp_path / "before.png", extent, 40.98945, 34.39251, (700, 600))


def _pixel(extent: QgsRectangle, lon: float, lat: float, size) -> tuple:
    mercator = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsCoordinateReferenceSystem("EPSG:3857"),
        QgsProject.instance(),
    ).transform(QgsPointXY(lon, lat))
    scale = max(extent.width() / size[0], extent.height() / size[1])
    x = size[0] / 2 + (mercator.x() - extent.center().x()) / scale
    y = size[1] / 2 - (mercator.y() - extent.center().y()) / scale
    return int(x), int(y)


def _around(path: Path, extent, lon, lat, size, radius=6):
    from qgis.PyQt.QtGui import QImage

    image = QImage(str(path))
    x, y = _pixel(extent, lon, lat, size)
    for dx in range(-radius, radius + 1):
        for dy in range(-radius, radius + 1):
            if 0 <= x + dx < image.width() and 0 <= y + dy < image.height():
                yield QColor(image.pixel(x + dx, y + dy))


def dark_near(path, extent, lon, lat, size) -> bool:
    return any(c.lightness() < 60 for c in _around(path, extent, lon, lat, size))


def orange_near(path, extent, lon, lat, size) -> bool:
    """The orange of an arrival's mark (and of its halo while recent) near the place; the red
    star of the capture planned earlier is not orange."""
    return any(15 <= c.hue() <= 40 and c.saturation() > 150 for c in _around(path, extent, lon, lat, size))


def test_cancel_stops_a_long_run_within_a_second_and_writes_nothing(qtbot, plugin, tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.iterdir())]
    for number in range(300):
        (articles / f"a{number:03d}.txt").write_text(
            texts[number % 4] + f"\nNr. {number}\n", encoding="utf-8"
        )
    folder = tmp_path / "analysis"
    dock = plugin.dock
    dock.show()
    dock.articles.clear()
    dock.articles.add_path(str(articles))
    dock.folder.setFilePath(str(folder))
    qtbot.mouseClick(dock.run_button, Qt.MouseButton.LeftButton)
    task = plugin.session.task
    qtbot.waitUntil(lambda: task.progress() > 5, timeout=TIMEOUT)
    assert dock.cancel_button.isEnabled()
    asked = time.perf_counter()
    with qtbot.waitSignal(plugin.session.finished, timeout=10_000) as signal:
        qtbot.mouseClick(dock.cancel_button, Qt.MouseButton.LeftButton)
    assert time.perf_counter() - asked < 1.0
    assert signal.args[0] is False
    assert not folder.exists() or list(folder.iterdir()) == []
    assert dock.run_button.isEnabled()


def test_a_rerun_replaces_only_what_frontline_wrote(qtbot, plugin, tmp_path):
    folder = tmp_path / "analysis"
    run(qtbot, plugin, folder, EXAMPLES)
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    with sqlite3.connect(folder / GPKG_NAME) as connection:
        connection.execute("CREATE TABLE my_table (x INTEGER)")
        connection.execute("INSERT INTO my_table VALUES (7)")
    run(qtbot, plugin, folder, EXAMPLES)
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "mine"
    with sqlite3.connect(folder / GPKG_NAME) as connection:
        assert connection.execute("SELECT x FROM my_table").fetchall() == [(7,)]
        assert connection.execute("SELECT count(*) FROM events").fetchone()[0] == 16
    layers = [
        layer
        for layer in QgsProject.instance().mapLayers().values()
        if layer.customProperty("frontline/table") == "events"
    ]
    assert len(layers) == 1  # the layers are updated, not added twice


def test_clicking_a_timeline_event_moves_the_map_to_its_day(qtbot, plugin, qgis_iface, tmp_path):
    run(qtbot, plugin, tmp_path / "analysis", EXAMPLES)
    timeline = plugin.timeline
    timeline.show()
    widget = timeline.timeline
    widget.resize(900, 140)
    widget.grab()  # paints, which places the marks
    (mark,) = [m for m in widget.marks if m.kind == "event" and m.label.startswith("crossing")]
    rect = next(r for r, m in widget._hits if m is mark)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    nav = qgis_iface.mapCanvas().temporalController()
    begin = nav.dateTimeRangeForFrameNumber(nav.currentFrameNumber()).begin().toPyDateTime()
    assert begin.date() == mark.when.date()
    assert timeline.date.text() == "8 November 2017"


def test_an_event_deleted_with_qgis_editing_tools_is_a_rejection_that_holds(qtbot, plugin, tmp_path):
    from frontline.plugin.qgis.corrections_store import read_corrections

    folder = tmp_path / "analysis"
    run(qtbot, plugin, folder, EXAMPLES)
    events = plugin.session.layers()["events"]
    (feature,) = features(
        events, "\"trigger\" = 'captured' AND \"article_title\" = 'Abu Kamal changes hands'"
    )
    events.startEditing()
    events.deleteFeature(feature.id())
    assert events.commitChanges()
    qtbot.waitUntil(
        lambda: plugin.session.running() or bool(read_corrections(folder / GPKG_NAME)), timeout=5000
    )
    settle(qtbot, plugin)
    (correction,) = read_corrections(folder / GPKG_NAME)
    assert (correction.target, correction.action) == ("event", "reject")
    run(qtbot, plugin, folder, EXAMPLES)
    assert (
        features(
            plugin.session.layers()["events"],
            "\"trigger\" = 'captured' AND \"article_title\" = 'Abu Kamal changes hands'",
        )
        == []
    )


def test_a_correction_that_no_longer_matches_is_reported(qtbot, plugin, qgis_iface, tmp_path):
    folder = tmp_path / "analysis"
    run(qtbot, plugin, folder, EXAMPLES)
    review = plugin.dock.review
    assert review.select_key(key_of(plugin.session, "event", "abu_kamal", trigger="withdrew"))
    review.actions_by_name["reject"].trigger()
    settle(qtbot, plugin)
    only = tmp_path / "three"
    only.mkdir()
    for path in EXAMPLES.iterdir():
        if "abu_kamal" not in path.name:
            shutil.copy(path, only / path.name)
    run(qtbot, plugin, folder, only)
    assert len(plugin.session.unmatched) == 1
    warnings = qgis_iface.messageBar().get_messages(1)
    assert any("no longer match" in m for m in warnings), warnings
    assert "1 unmatched" in review.tabs.tabText(4)


def test_previous_and_next_event_are_qgis_shortcuts_on_page_up_and_down(plugin, qgis_iface):
    calls = [call.args for call in qgis_iface.registerMainWindowAction.call_args_list]
    names = {action.objectName(): key for action, key in calls}
    assert names["mActionFrontlinePreviousEvent"] == "PgUp"
    assert names["mActionFrontlineNextEvent"] == "PgDown"


def test_a_build_from_the_record_honours_the_corrections_of_its_geopackage(qtbot, plugin, tmp_path):
    """What the exports do: build_outputs on the kept record.json into the analysis' folder reads
    the corrections table and applies it (frames, GIF, layout show the corrected map)."""
    import json

    from frontline.plugin.qgis.build import build_outputs
    from frontline.plugin.qgis.project import gpkg_layer

    folder = tmp_path / "analysis"
    run(qtbot, plugin, folder, EXAMPLES)
    review = plugin.dock.review
    assert review.select_key(key_of(plugin.session, "event", "qaim_retaken", trigger="retook"))
    review.actions_by_name["reject"].trigger()
    settle(qtbot, plugin)
    QgsProject.instance().clear()  # the layers let go of the file, as a headless export has them
    record = json.loads((folder / RECORD_NAME).read_text(encoding="utf-8"))
    report = build_outputs(record, folder, overwrite=True, frames=False, gif=False, layout=False)
    assert report.warnings == [] or all("no longer matches" not in w for w in report.warnings)
    events = gpkg_layer(folder / GPKG_NAME, "events")
    assert features(events, "\"trigger\" = 'retook'") == []
    assert len(features(events)) == 15
