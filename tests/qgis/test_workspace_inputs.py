"""The panel's inputs and the analysis kept in the project: pasted text, a point layer as gazetteer,
a name no gazetteer has placed with the map tool, an event added and advances joined by hand, the
options page, and a saved project that reopens with its review."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer
from qgis.PyQt.QtWidgets import QDialog

from frontline.plugin.qgis.workspace import ARTICLES_DIR

sys.path.insert(0, str(Path(__file__).parent))
import test_workspace as shared

EXAMPLES, click_on_map, features, key_of, run, settle = (
    shared.EXAMPLES, shared.click_on_map, shared.features, shared.key_of, shared.run, shared.settle
)  # fmt: skip
plugin = shared.plugin  # the fixture

VILLAGE_REPORT = (
    "title Milizen in Zuwayqat\ndate 2017-11-05\nlang de\n\n"
    "Irakische Truppen rückten am Samstag in das Dorf Zuwayqat bei Rawa ein.\n"
)


def test_pasted_text_is_kept_in_the_analysis_folder_and_read(qtbot, plugin, tmp_path):
    folder = tmp_path / "analysis"
    dock = plugin.dock
    dock.articles.clear()
    dock.articles.add_text("Milizen in Zuwayqat", VILLAGE_REPORT)
    run(qtbot, plugin, folder)
    (saved,) = (folder / ARTICLES_DIR).iterdir()
    assert saved.read_text(encoding="utf-8") == VILLAGE_REPORT
    titles = {f["title"] for f in features(plugin.session.layers()["articles"])}
    assert titles == {"Milizen in Zuwayqat"}


def test_a_name_no_gazetteer_has_is_placed_with_the_map_tool(qtbot, plugin, qgis_iface, tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "village.txt").write_text(VILLAGE_REPORT, encoding="utf-8")
    run(qtbot, plugin, tmp_path / "analysis", articles)
    session, review = plugin.session, plugin.dock.review
    places = session.layers()["places"]
    (ring,) = features(places, "\"mention\" = 'Zuwayqat'")
    assert "approximate" in ring["flags"]  # a grey ring at Rawa, unlabelled
    assert review.select_key(key_of(session, "place", "village", text="Zuwayqat"))
    from frontline.plugin.qgis.render import map_extent

    canvas = qgis_iface.mapCanvas()
    canvas.setExtent(map_extent((41.5, 34.2, 42.3, 34.8)))
    review.actions_by_name["place"].trigger()
    click_on_map(canvas, 41.93, 34.49)
    settle(qtbot, plugin)
    (placed,) = features(session.layers()["places"], "\"mention\" = 'Zuwayqat'")
    point = placed.geometry().asPoint()
    assert (point.x(), point.y()) == (pytest.approx(41.93, abs=0.01), pytest.approx(34.49, abs=0.01))
    assert not placed["flags"]
    assert placed["name"] == "Zuwayqat"
    assert placed["primary"]


def test_a_point_layer_of_the_project_is_a_gazetteer(qtbot, plugin, tmp_path):
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=name:string", "my villages", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["Zuwayqat"])
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(41.95, 34.51)))
    layer.dataProvider().addFeatures([feature])
    QgsProject.instance().addMapLayer(layer)
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "village.txt").write_text(VILLAGE_REPORT, encoding="utf-8")
    plugin.dock.point_layer.setLayer(layer)
    run(qtbot, plugin, tmp_path / "analysis", articles)
    (village,) = features(plugin.session.layers()["places"], "\"mention\" = 'Zuwayqat'")
    point = village.geometry().asPoint()
    assert (point.x(), point.y()) == (pytest.approx(41.95), pytest.approx(34.51))
    assert not village["flags"]


def test_an_event_added_and_two_advances_joined_by_hand(qtbot, plugin, tmp_path, monkeypatch):
    from frontline.plugin.gui import review as review_module

    run(qtbot, plugin, tmp_path / "analysis", EXAMPLES)
    session, review = plugin.session, plugin.dock.review
    assert review.select_key(key_of(session, "event", "abu_kamal", trigger="withdrew"))
    text = review.article.text
    cursor = text.textCursor()
    start = text.toPlainText().index("Islamic State fighters")
    cursor.setPosition(start)
    cursor.setPosition(start + len("Islamic State fighters withdrew"), cursor.MoveMode.KeepAnchor)
    text.setTextCursor(cursor)

    class Filled(review_module.AddEventDialog):
        def exec(self):
            self.type.setCurrentIndex(self.type.findData("withdrawal"))
            labels = [self.place.itemText(i) for i in range(self.place.count())]
            self.place.setCurrentIndex(
                next(i for i, label in enumerate(labels) if label.startswith("Abu Kamal"))
            )
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(review_module, "AddEventDialog", Filled)
    review.actions_by_name["add"].trigger()
    settle(qtbot, plugin)
    (added,) = features(session.layers()["events"], "\"review\" = 'added'")
    assert added["type"] == "withdrawal"
    assert added["quote"] == "Islamic State fighters withdrew"
    assert added["article_title"] == "Abu Kamal changes hands"
    assert added.hasGeometry()

    review.tabs.setCurrentIndex(2)
    view = review.views["advance"]
    model = review.proxies["advance"]
    rows = [
        r
        for r in range(model.rowCount())
        if "Al Qā’im → Suwayyah" in model.index(r, 3).data() or model.index(r, 3).data().startswith("‘Anah")
    ]
    selection = view.selectionModel()
    for row in rows:
        selection.select(model.index(row, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    review.actions_by_name["join"].trigger()
    settle(qtbot, plugin)
    routes = [f["route"] for f in features(session.layers()["advances"])]
    assert "‘Anah → Al Qā’im → Suwayyah → Ālbū Kamāl" in routes


def test_the_options_page_keeps_its_settings_under_one_prefix(qgis_iface):
    from qgis.core import QgsSettings

    from frontline.plugin.gui.options import FrontlineOptionsPage
    from frontline.plugin.qgis import settings

    saved = {key: QgsSettings().value(key) for key in QgsSettings().allKeys() if key.startswith("frontline/")}
    try:
        page = FrontlineOptionsPage()
        page.language.setCurrentIndex(page.language.findData("de"))
        page.date_policy.setCurrentIndex(page.date_policy.findData("file"))
        page.labels.setCurrentIndex(page.labels.findData("en"))
        page.author.setText("Anna")
        from qgis.PyQt.QtGui import QColor

        page.colour_buttons["IQ"].setColor(QColor("#123456"))
        page.apply()
        prefs = settings.read()
        assert (prefs.language, prefs.date_policy, prefs.labels, prefs.analyst()) == (
            "de",
            "file",
            "en",
            "Anna",
        )
        assert prefs.side_colours == {"IQ": "#123456"}
        assert all(
            key.startswith("frontline/") for key in QgsSettings().allKeys() if "frontline" in key.lower()
        )
        from frontline.plugin.qgis.styles import side_colour

        assert side_colour("IQ") == "#123456"
    finally:
        QgsSettings().remove("frontline")
        for key, value in saved.items():
            QgsSettings().setValue(key, value)


def test_a_saved_project_reopens_with_its_analysis(qtbot, plugin, qgis_iface, tmp_path):
    folder = tmp_path / "analysis"
    run(qtbot, plugin, folder, EXAMPLES)
    review = plugin.dock.review
    assert review.select_key(key_of(plugin.session, "event", "qaim_retaken", trigger="retook"))
    review.actions_by_name["reject"].trigger()
    settle(qtbot, plugin)
    project_file = tmp_path / "briefing.qgz"
    project = QgsProject.instance()
    assert project.write(str(project_file))
    project.clear()
    plugin.session.record = None
    assert project.read(str(project_file))
    qtbot.waitUntil(lambda: plugin.session.record is not None, timeout=10_000)
    assert plugin.dock.folder.filePath() == str(folder)
    assert [Path(p) for p in plugin.dock.articles.paths()] == [EXAMPLES]
    (rejected,) = [
        item for target, item, _ in plugin.session.items.values() if item.get("trigger") == "retook"
    ]
    assert rejected.get("rejected")
    assert plugin.session.layers()["events"].featureCount() == 15


def test_files_and_text_dropped_on_the_panel_are_articles(plugin, monkeypatch):
    from qgis.PyQt.QtCore import QMimeData, QPoint, Qt, QUrl
    from qgis.PyQt.QtGui import QDropEvent

    from frontline.plugin.gui import dock as dock_module

    def drop(data):
        plugin.dock.articles.dropEvent(
            QDropEvent(
                QPoint(5, 5),
                Qt.DropAction.CopyAction,
                data,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
            )
        )

    articles = plugin.dock.articles
    articles.clear()
    folder = QMimeData()
    folder.setUrls([QUrl.fromLocalFile(str(EXAMPLES))])
    drop(folder)
    assert articles.paths() == [str(EXAMPLES)]

    shown = []

    class Filled(dock_module.PasteDialog):
        def exec(self):
            shown.append(self.text.toPlainText())
            self.date.setText("2017-11-03")
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dock_module, "PasteDialog", Filled)
    text = QMimeData()
    text.setText("Iraqi forces entered Rawa on Friday.")
    drop(text)
    assert shown == ["Iraqi forces entered Rawa on Friday."]  # the paste dialog opens with it
    assert articles.count() == 2
    assert articles.paths() == [str(EXAMPLES)]
    assert "Iraqi forces entered Rawa" in articles.item(1).data(dock_module.PASTED)[1]


def test_an_error_goes_to_the_message_bar_and_the_log(qtbot, plugin, qgis_iface, tmp_path):
    from qgis.core import Qgis, QgsApplication

    logged = []
    QgsApplication.messageLog().messageReceived.connect(
        lambda message, tag, level: logged.append((tag, message))
    )
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    dock = plugin.dock
    dock.articles.clear()
    dock.articles.add_path(str(EXAMPLES))
    dock.folder.setFilePath(str(blocked))
    with qtbot.waitSignal(plugin.session.finished, timeout=60_000) as signal:
        dock.run()
    assert signal.args[0] is False
    (message,) = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
    assert "Frontline could not finish" in message
    assert any(tag == "Frontline" and "could not finish" in text for tag, text in logged)
    assert "could not finish" in dock.status.text()


@pytest.mark.parametrize(("choice", "label"), [("reporting", "al-Qaim"), ("gazetteer", "Al Qā’im")])
def test_place_labels_are_spelled_as_the_options_say(qtbot, plugin, tmp_path, choice, label):
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsSettings

    from frontline.plugin.qgis import settings
    from frontline.plugin.qgis.styles import PLACE_LABEL

    prefs = settings.read()
    prefs.labels = choice
    settings.write(prefs)
    try:
        run(qtbot, plugin, tmp_path / "analysis", EXAMPLES)
    finally:
        QgsSettings().remove("frontline/labels")
    places = plugin.session.layers()["places"]
    (qaim, *_) = features(places, "\"name\" = 'Al Qā’im'")
    context = QgsExpressionContext()
    context.appendScope(QgsExpressionContextUtils.projectScope(QgsProject.instance()))
    context.setFeature(qaim)
    assert QgsExpression(PLACE_LABEL).evaluate(context) == label
