"""With a dependency missing, QGIS gets the stub: one action, one notice with the install command."""

from __future__ import annotations

import sys

import pytest
from qgis.core import Qgis
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QMessageBox

import frontline
from frontline.plugin.gui.stub import BrokenPlugin, MissingDependenciesPlugin


@pytest.fixture
def spacy_hidden(monkeypatch):
    monkeypatch.setitem(sys.modules, "spacy", None)


def test_hidden_spacy_gives_the_stub_with_the_install_command(spacy_hidden, qgis_iface):
    qgis_iface.messageBar().clear_messages()
    stub = frontline.classFactory(qgis_iface)
    assert isinstance(stub, MissingDependenciesPlugin)
    stub.initGui()
    try:
        (warning,) = qgis_iface.messageBar().get_messages(Qgis.Warning)
        assert "spacy is not installed" in warning
        assert "-m pip install --user" in warning
        assert '"spacy>=3.7"' in warning
        assert stub.command in warning
        assert stub.action.text() == "Install packages Frontline needs…"
    finally:
        stub.unload()
    assert stub.action is None


def test_stub_action_copies_the_command_and_shows_it(spacy_hidden, qgis_iface, qgis_app):
    stub = frontline.classFactory(qgis_iface)
    stub.initGui()
    shown = []

    def read_and_close_box():
        box = QApplication.activeModalWidget()
        shown.append((box.icon(), box.informativeText()))
        box.done(QMessageBox.Close)

    try:
        qgis_app.clipboard().clear()
        QTimer.singleShot(0, read_and_close_box)
        stub.action.trigger()
        assert shown == [(QMessageBox.Warning, stub.details())]
        assert stub.command in stub.details()
        assert qgis_app.clipboard().text() == stub.command
    finally:
        stub.unload()


def test_class_factory_never_raises_when_the_plugin_itself_is_broken(monkeypatch, qgis_iface):
    import frontline.plugin.dependencies as dependencies

    def broken():
        raise OSError("requirements.txt vanished")

    monkeypatch.setattr(dependencies, "find_problems", broken)
    stub = frontline.classFactory(qgis_iface)
    assert isinstance(stub, BrokenPlugin)
    stub.initGui()
    try:
        assert "requirements.txt vanished" in stub.message()
        assert "Traceback" in stub.details()
    finally:
        stub.unload()
