"""Runs inside the real QGIS desktop (qgis --code): records what the Frontline plugin put on the
screen, unloads it, records again, writes JSON to $FRONTLINE_CHECK_OUT and quits."""

import json
import os

from qgis.PyQt.QtCore import QEvent
from qgis.PyQt.QtWidgets import QApplication, QToolBar
from qgis.utils import active_plugins, iface, plugins, unloadPlugin


def snapshot():
    window = iface.mainWindow()
    frontline_submenus = [
        a.menu()
        for a in iface.pluginMenu().actions()
        if a.menu() and a.text().replace("&", "") == "Frontline"
    ]
    return {
        "menubar": [a.text() for a in window.menuBar().actions()],
        "frontline_menu": [
            [b.text() for b in a.menu().actions()]
            for a in window.menuBar().actions()
            if a.menu() and a.menu().objectName() == "mFrontlineMenu"
        ],
        "toolbars": [
            t.objectName() for t in window.findChildren(QToolBar) if t.objectName().startswith("mFrontline")
        ],
        "plugins_menu_frontline": [[b.text() for b in m.actions()] for m in frontline_submenus],
        "messages": [item.text() for item in iface.messageBar().items()],
    }


report = {
    "active": "frontline" in active_plugins,
    "plugin_class": type(plugins.get("frontline")).__name__,
    "plugin_file": getattr(__import__("frontline"), "__file__", None),
    "loaded": snapshot(),
}
report["unloaded"] = unloadPlugin("frontline")
QApplication.sendPostedEvents(None, QEvent.DeferredDelete)  # run the deleteLater()s
report["after_unload"] = snapshot()
with open(os.environ["FRONTLINE_CHECK_OUT"], "w", encoding="utf-8") as out:
    json.dump(report, out, indent=1)
os._exit(0)  # QGIS would otherwise keep running: this is a probe, not a session
