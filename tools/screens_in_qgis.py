"""Runs inside desktop QGIS (qgis --code, started by tools/screenshots.py): drives the Frontline panel
the way an analyst would and saves screenshots of the main window to $FRONTLINE_SCREENS.

1 menu_run: Extract from the menu, the briefing map playing; 2 review_quote: a row selected, its
sentence highlighted in the article and its feature on the map; 3 timeline_playing: mid-playback;
4 map_tool: placing a name with the map tool; 5 placed: after the click; 6 attribute_form: the
corrected place's form. In a German QGIS the files get the suffix _de.
"""

import json
import os
import traceback
from pathlib import Path

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject
from qgis.PyQt.QtCore import QEvent, QPoint, Qt, QTimer
from qgis.PyQt.QtGui import QCursor, QMouseEvent
from qgis.PyQt.QtWidgets import QApplication
from qgis.utils import iface, plugins

OUT = Path(os.environ.get("FRONTLINE_SCREENS", "/tmp/frontline_screens"))
EXAMPLES = Path(os.environ["FRONTLINE_EXAMPLES"])
FOLDER = Path(os.environ["FRONTLINE_ANALYSIS"])
SUFFIX = os.environ.get("FRONTLINE_SUFFIX", "")
report = {"shots": [], "errors": []}
steps = []


def shot(name: str) -> None:
    path = OUT / f"{name}{SUFFIX}.png"
    iface.mainWindow().grab().save(str(path))
    report["shots"].append(str(path))


def later(ms: int):
    def wrap(function):
        steps.append((ms, function))
        return function

    return wrap


def run_steps(index: int = 0) -> None:
    if index >= len(steps):
        finish()
        return
    delay, function = steps[index]

    def go():
        try:
            wait = function()
        except Exception:
            report["errors"].append(traceback.format_exc())
            finish()
            return
        if wait == "finished":

            def next_step(*_):
                plugin().session.finished.disconnect(next_step)
                QTimer.singleShot(1500, lambda: run_steps(index + 1))

            plugin().session.finished.connect(next_step)
        else:
            run_steps(index + 1)

    QTimer.singleShot(delay, go)


def finish() -> None:
    (OUT / f"report{SUFFIX}.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    os._exit(0)


def plugin():
    return plugins["frontline"]


def canvas_click(lon: float, lat: float, press: bool = True) -> None:
    canvas = iface.mapCanvas()
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"),
        canvas.mapSettings().destinationCrs(),
        QgsProject.instance(),
    )
    pixel = canvas.getCoordinateTransform().transform(transform.transform(QgsPointXY(lon, lat)))
    position = QPoint(round(pixel.x()), round(pixel.y()))
    QCursor.setPos(canvas.viewport().mapToGlobal(position))
    if press:
        for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            event = QMouseEvent(
                kind,
                position,
                Qt.MouseButton.LeftButton,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
            )
            QApplication.sendEvent(canvas.viewport(), event)


@later(2500)
def menu_run():
    window = iface.mainWindow()
    window.resize(1600, 1000)
    window.showMaximized()
    frontline = plugin()
    frontline.dock.articles.clear()
    frontline.dock.articles.add_path(str(EXAMPLES))
    frontline.dock.folder.setFilePath(str(FOLDER))
    extract = next(a for a in frontline.actions if a.objectName() == "mActionFrontlineExtract")
    extract.trigger()
    return "finished"


@later(500)
def play():
    plugin().timeline.toggle_play()


@later(2600)
def playing():
    shot("1_menu_run")
    plugin().timeline.toggle_play()  # pause


@later(300)
def select_row():
    review = plugin().dock.review
    key = next(
        k
        for k, (t, item, _) in plugin().session.items.items()
        if t == "event" and item.get("trigger") == "retook"
    )
    review.select_key(key)


@later(2500)
def review_quote():
    shot("2_review_quote")
    nav = iface.mapCanvas().temporalController()
    nav.setCurrentFrameNumber(0)
    plugin().timeline.toggle_play()


@later(5500)
def mid_playback():
    shot("3_timeline_playing")
    plugin().timeline.toggle_play()


@later(300)
def tool():
    review = plugin().dock.review
    key = next(
        k
        for k, (t, item, _) in plugin().session.items.items()
        if t == "place" and item.get("text") == "Husaybah"
    )
    review.select_key(key)
    review.actions_by_name["place"].trigger()
    canvas_click(40.95, 34.40, press=False)


@later(1500)
def map_tool():
    shot("4_map_tool")
    canvas_click(40.95, 34.40)
    return "finished"


@later(1500)
def placed():
    shot("5_placed")


@later(300)
def form():
    """The attribute form of the place just corrected: who corrected what, when; the article."""
    layer = plugin().session.layers()["places"]
    feature = next(f for f in layer.getFeatures() if f["mention"] == "Husaybah")
    dialog = iface.getFeatureForm(layer, feature)
    dialog.resize(560, 760)
    dialog.show()
    report["form"] = dialog


@later(1200)
def form_shot():
    dialog = report.pop("form")
    path = OUT / f"6_attribute_form{SUFFIX}.png"
    dialog.grab().save(str(path))
    report["shots"].append(str(path))
    dialog.close()


QTimer.singleShot(0, run_steps)
