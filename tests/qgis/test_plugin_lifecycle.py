"""The plugin loaded the way QGIS loads it: classFactory(iface) → initGui() → unload()."""

from __future__ import annotations

import logging

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QEvent
from qgis.PyQt.QtWidgets import QDialog, QLabel, QMenu, QToolBar

import frontline
from frontline.plugin.main import FrontlinePlugin
from frontline.plugin.metadata import version


def frontline_menus(window):
    return [a for a in window.menuBar().actions() if a.menu() and a.menu().objectName() == "mFrontlineMenu"]


def frontline_toolbars(window):
    return [t for t in window.findChildren(QToolBar) if t.objectName() == "mFrontlineToolBar"]


@pytest.fixture
def plugin(qgis_iface):
    instance = frontline.classFactory(qgis_iface)
    instance.initGui()
    yield instance
    if instance.menu is not None:  # a test failed before unloading
        instance.unload()


def test_class_factory_gives_the_real_plugin_when_everything_is_installed(qgis_iface):
    assert isinstance(frontline.classFactory(qgis_iface), FrontlinePlugin)


def test_init_gui_adds_a_frontline_menu_and_toolbar(plugin, qgis_iface):
    window = qgis_iface.mainWindow()
    (menu_action,) = frontline_menus(window)
    assert menu_action.text() == "&Frontline"
    assert [a.text() for a in menu_action.menu().actions()] == [
        "Extract from articles…",
        "Frontline panel",
        "Timeline",
        "",
        "Situation map…",
        "Small multiples…",
        "Animation (GIF, MP4)…",
        "",
        "Previous event",
        "Next event",
        "",
        "Extract from articles (Processing)…",
        "Build layers from extraction record…",
        "",
        "About Frontline…",
    ]
    (toolbar,) = frontline_toolbars(window)
    assert [a.text() for a in toolbar.actions()] == [
        "Extract from articles…",
        "Frontline panel",
        "Previous event",
        "Next event",
    ]
    assert not toolbar.actions()[0].icon().isNull()


def test_about_shows_version_and_geonames_credit(plugin, qgis_iface):
    (menu_action,) = frontline_menus(qgis_iface.mainWindow())
    (about,) = [a for a in menu_action.menu().actions() if a.objectName() == "mActionFrontlineAbout"]
    about.trigger()
    dialog = qgis_iface.mainWindow().findChild(QDialog, "FrontlineAboutDialog")
    assert dialog is not None
    assert dialog.isVisible()
    text = dialog.findChild(QLabel, "aboutText").text()
    assert f"Frontline {version()}" in text
    assert "GeoNames" in text
    assert "CC BY 4.0" in text
    dialog.close()


def test_unload_removes_every_trace(qgis_iface):
    window = qgis_iface.mainWindow()
    before_menus = len(window.menuBar().actions())
    before_handlers = list(logging.getLogger("frontline.plugin").handlers)
    instance = frontline.classFactory(qgis_iface)
    instance.initGui()
    assert len(window.menuBar().actions()) == before_menus + 1
    instance.unload()
    QgsApplication.sendPostedEvents(None, QEvent.DeferredDelete)  # run the deleteLater()s
    assert len(window.menuBar().actions()) == before_menus
    assert frontline_menus(window) == []
    assert frontline_toolbars(window) == []
    assert window.findChildren(QMenu, "mFrontlineMenu") == []
    assert logging.getLogger("frontline.plugin").handlers == before_handlers


def test_core_log_records_reach_the_qgis_message_log(plugin):
    received = []

    def collect(message, tag, level):
        received.append((tag, message))

    QgsApplication.messageLog().messageReceived.connect(collect)
    try:
        logging.getLogger("frontline.plugin.core.example").warning("gazetteer not built")
        QgsApplication.processEvents()
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(collect)
    assert ("Frontline", "frontline.plugin.core.example: gazetteer not built") in received


def test_menu_opens_the_processing_algorithms_which_the_plugin_registers(plugin, qgis_iface, monkeypatch):
    import processing

    registry = QgsApplication.processingRegistry()
    assert registry.algorithmById("frontline:extract") is not None
    assert registry.algorithmById("frontline:build_layers") is not None
    opened = []
    monkeypatch.setattr(processing, "execAlgorithmDialog", lambda algorithm, *args: opened.append(algorithm))
    (menu_action,) = frontline_menus(qgis_iface.mainWindow())
    for action in menu_action.menu().actions():
        if action.objectName() in (
            "mActionFrontlineExtractProcessing",
            "mActionFrontlineBuild",
            "mActionFrontlineAnimation",
        ):
            action.trigger()
    assert sorted(opened) == ["frontline:animation", "frontline:build_layers", "frontline:extract"]
    plugin.unload()
    assert registry.algorithmById("frontline:extract") is None


def test_next_and_previous_event_step_the_maps_time_through_a_frontline_project(plugin, qgis_iface, tmp_path):
    import json
    from pathlib import Path

    from qgis.core import QgsProject

    from frontline.plugin.qgis.build import build_outputs

    record = Path(__file__).resolve().parents[1] / "data" / "records" / "offensive_2017.json"
    report = build_outputs(json.loads(record.read_text(encoding="utf-8")), tmp_path, frames=False, gif=False)
    project = QgsProject.instance()
    assert project.read(str(report.paths["project"]))
    canvas = qgis_iface.mapCanvas()
    keys = [k.when for k in report.frame_plan.key_dates if k.kind != "before"]

    def shown():
        nav = canvas.temporalController()
        return (
            nav.dateTimeRangeForFrameNumber(nav.currentFrameNumber())
            .begin()
            .toPyDateTime()
            .replace(tzinfo=None)
        )

    (next_event,) = [a for a in plugin.actions if a.objectName() == "mActionFrontlineNextEvent"]
    (previous_event,) = [a for a in plugin.actions if a.objectName() == "mActionFrontlinePreviousEvent"]
    next_event.trigger()
    first = shown()
    assert first == min(keys)
    next_event.trigger()
    assert shown() == min(k for k in keys if k > first)
    previous_event.trigger()
    assert shown() == first
    project.clear()
