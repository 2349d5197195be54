"""The Frontline plugin object QGIS holds while the plugin is active."""

from __future__ import annotations

from typing import Optional

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QMenu

from .gui.about import AboutDialog
from .qgis import messagelog
from .qgis.i18n import install_translator, remove_translator, tr
from .resources import icon_path

MENU_OBJECT_NAME = "mFrontlineMenu"
EXTRACT_ALGORITHM = "frontline:extract"
BUILD_ALGORITHM = "frontline:build_layers"
TOOLBAR_OBJECT_NAME = "mFrontlineToolBar"


class FrontlinePlugin:
    """Adds the Frontline menu and toolbar in initGui and takes every trace away in unload."""

    def __init__(self, iface) -> None:
        self.iface = iface
        self.translator = install_translator()
        self.menu = None
        self.toolbar = None
        self.actions: list[QAction] = []
        self.log_handler = None
        self.provider = None
        self._about = None

    def initProcessing(self) -> None:  # noqa: N802 - QGIS API
        """The Processing provider: its algorithms work in the toolbox, models and qgis_process."""
        from .processing.provider import FrontlineProvider

        if self.provider is not None:  # QGIS may call this before initGui does
            return
        self.provider = FrontlineProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:  # noqa: N802 - QGIS API
        self.log_handler = messagelog.attach()
        self.initProcessing()
        main_window = self.iface.mainWindow()

        self.menu = QMenu(tr("&Frontline"), main_window)
        self.menu.setObjectName(MENU_OBJECT_NAME)
        self.toolbar = self.iface.addToolBar(tr("Frontline"))
        self.toolbar.setObjectName(TOOLBAR_OBJECT_NAME)

        extract = self._action(
            "mActionFrontlineExtract",
            tr("Extract from articles…"),
            tr("Read news articles and build the Frontline layers and project"),
            lambda: self.run_algorithm(EXTRACT_ALGORITHM),
            QIcon(icon_path("frontline.svg")),
        )
        build = self._action(
            "mActionFrontlineBuild",
            tr("Build layers from extraction record…"),
            tr("Turn a saved extraction record (JSON) into the Frontline layers and project"),
            lambda: self.run_algorithm(BUILD_ALGORITHM),
        )
        about = self._action(
            "mActionFrontlineAbout",
            tr("About Frontline…"),
            tr("Version, data sources and credits of the Frontline plugin"),
            self.show_about,
        )
        previous_event = self._action(
            "mActionFrontlinePreviousEvent",
            tr("Previous event"),
            tr("Show the last day before this one on which something happens"),
            lambda: self.step_event(False),
            QgsApplication.getThemeIcon("/temporal_navigation/back.svg"),
        )
        next_event = self._action(
            "mActionFrontlineNextEvent",
            tr("Next event"),
            tr("Show the next day on which something happens"),
            lambda: self.step_event(True),
            QgsApplication.getThemeIcon("/temporal_navigation/forward.svg"),
        )
        self.menu.addAction(extract)
        self.menu.addAction(build)
        self.menu.addSeparator()
        exports = (  # the current project as a page, a page of panels, an animation
            ("mActionFrontlineSituationMap", tr("Situation map…"),
             tr("Export the map at a date as PDF, PNG and SVG"), "frontline:situation_map"),
            ("mActionFrontlineSmallMultiples", tr("Small multiples…"),
             tr("One page of maps at several dates"), "frontline:small_multiples"),
            ("mActionFrontlineAnimation", tr("Animation (GIF, MP4)…"),
             tr("Play the map or the whole page back as GIF and MP4"), "frontline:animation"),
        )  # fmt: skip
        for name, text, tip, algorithm in exports:
            self.menu.addAction(
                self._action(name, text, tip, lambda _checked=False, a=algorithm: self.run_algorithm(a))
            )
        self.menu.addSeparator()
        self.menu.addAction(previous_event)
        self.menu.addAction(next_event)
        self.menu.addSeparator()
        self.menu.addAction(about)
        self.toolbar.addAction(extract)
        self.toolbar.addAction(previous_event)
        self.toolbar.addAction(next_event)

        menu_bar = main_window.menuBar()
        help_menu = self.iface.firstRightStandardMenu()
        if isinstance(help_menu, QMenu) and help_menu in menu_bar.findChildren(QMenu):
            menu_bar.insertMenu(help_menu.menuAction(), self.menu)
        else:
            menu_bar.addMenu(self.menu)

    def unload(self) -> None:
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self._about is not None:
            self._about.close()
            self._about.deleteLater()
            self._about = None
        for action in self.actions:
            action.deleteLater()
        self.actions.clear()
        if self.menu is not None:
            self.iface.mainWindow().menuBar().removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.log_handler is not None:
            messagelog.detach(self.log_handler)
            self.log_handler = None
        remove_translator(self.translator)
        self.translator = None

    def _action(self, name: str, text: str, tip: str, slot, icon: Optional[QIcon] = None) -> QAction:
        action = QAction(icon or QIcon(), text, self.iface.mainWindow())
        action.setObjectName(name)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.actions.append(action)
        return action

    def run_algorithm(self, algorithm: str) -> None:
        """Open one of Frontline's Processing algorithms in its dialog (batch, log, cancel)."""
        import processing

        processing.execAlgorithmDialog(algorithm)

    def step_event(self, forward: bool) -> None:
        """Jump the map's time to the next (or previous) day with an event of a Frontline project."""
        from .qgis import playback

        when = playback.step(self.iface.mapCanvas(), QgsProject.instance(), forward)
        if when is None:
            self.iface.messageBar().pushMessage(
                tr("Frontline"),
                tr("No further event in this project's Frontline layers"),
                Qgis.MessageLevel.Info,
                3,
            )

    def show_about(self) -> None:
        if self._about is None:
            self._about = AboutDialog(self.iface.mainWindow())
        self._about.show()
        self._about.raise_()
