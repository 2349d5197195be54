"""The Frontline plugin object QGIS holds while the plugin is active."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Optional

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt import sip
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QFileDialog, QMenu

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
        self.dock = None
        self.timeline = None
        self.session = None
        self.edits = None
        self.options = None
        self.shortcuts: list[QAction] = []

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
            tr(
                "Read news articles and put the briefing map in this project: styled layers, base map, playback"
            ),
            self.extract,
            QIcon(icon_path("frontline.svg")),
        )
        panel = self._action(
            "mActionFrontlinePanel",
            tr("Frontline panel"),
            tr("Articles, run, review and corrections"),
            self.toggle_panel,
            QgsApplication.getThemeIcon("/mActionFormView.svg"),
        )
        panel.setCheckable(True)
        timeline = self._action(
            "mActionFrontlineTimeline",
            tr("Timeline"),
            tr("The campaign's events and advances on a time axis, in step with the map"),
            self.toggle_timeline,
            QgsApplication.getThemeIcon("/propertyicons/temporal.svg"),
        )
        timeline.setCheckable(True)
        processing_extract = self._action(
            "mActionFrontlineExtractProcessing",
            tr("Extract from articles (Processing)…"),
            tr("The extraction as a Processing algorithm: batch mode, models, qgis_process"),
            lambda: self.run_algorithm(EXTRACT_ALGORITHM),
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
        self.menu.addAction(panel)
        self.menu.addAction(timeline)
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
        self.menu.addAction(processing_extract)
        self.menu.addAction(build)
        self.menu.addSeparator()
        self.menu.addAction(about)
        self.toolbar.addAction(extract)
        self.toolbar.addAction(panel)
        self.toolbar.addAction(previous_event)
        self.toolbar.addAction(next_event)
        # a presentation clicker sends PageUp / PageDown; both are QGIS shortcuts the analyst can change
        for action, key in ((previous_event, "PgUp"), (next_event, "PgDown")):
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            self.iface.registerMainWindowAction(action, key)
            self.shortcuts.append(action)
        self._init_workspace()

        menu_bar = main_window.menuBar()
        help_menu = self.iface.firstRightStandardMenu()
        if isinstance(help_menu, QMenu) and help_menu in menu_bar.findChildren(QMenu):
            menu_bar.insertMenu(help_menu.menuAction(), self.menu)
        else:
            menu_bar.addMenu(self.menu)

    def _init_workspace(self) -> None:
        """The session, the panel and the timeline (hidden until asked for), the options page, and
        the project's own analysis when a saved project opens."""
        from .gui.dock import FrontlineDock
        from .gui.edits import EditWatcher
        from .gui.options import FrontlineOptionsFactory
        from .gui.session import AnalysisSession
        from .gui.timeline import TimelineDock

        self.session = AnalysisSession(self.iface, self.iface.mainWindow())
        self.dock = FrontlineDock(self.iface, self.session)
        self.dock.hide()
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.timeline = TimelineDock(self.iface, self.step_event)
        self.timeline.hide()
        self.iface.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.timeline)
        self.edits = EditWatcher(self.session, self.iface, self.session)
        self.session.changed.connect(lambda: QTimer.singleShot(0, self._analysis_changed))
        self.dock.visibilityChanged.connect(self._action_named("mActionFrontlinePanel").setChecked)
        self.timeline.visibilityChanged.connect(self._action_named("mActionFrontlineTimeline").setChecked)
        self.session.warm_up()
        self.options = FrontlineOptionsFactory()
        self.iface.registerOptionsWidgetFactory(self.options)
        QgsProject.instance().readProject.connect(self._project_read)

    def _action_named(self, name: str) -> QAction:
        return next(a for a in self.actions if a.objectName() == name)

    def _analysis_changed(self) -> None:
        if self.timeline is not None and self.session is not None and not sip.isdeleted(self.timeline):
            self.timeline.set_record(self.session.corrected, self.session.marks)
            if self.session.corrected and not self.timeline.isVisible():
                self.timeline.show()
                window = self.iface.mainWindow()
                if hasattr(window, "resizeDocks"):  # the map keeps most of the height
                    window.resizeDocks([self.timeline], [170], Qt.Orientation.Vertical)

    def _project_read(self, *_args) -> None:
        if self.dock is not None and not self.session.running():
            self.dock.load_state()

    def extract(self) -> None:
        """Run from the menu: the panel's articles, or a folder asked for; the briefing map follows."""
        if self.dock is None:
            return
        self.dock.show()
        self.dock.raise_()
        self.dock.tabs.setCurrentIndex(0)
        if not self.dock.articles.count():
            folder = QFileDialog.getExistingDirectory(self.iface.mainWindow(), tr("Folder of articles"))
            if not folder:
                return
            self.dock.articles.add_path(str(Path(folder)))
        self.dock.run()

    def toggle_panel(self, shown: bool = True) -> None:
        if self.dock is not None:
            self.dock.setVisible(shown)
            if shown:
                self.dock.raise_()

    def toggle_timeline(self, shown: bool = True) -> None:
        if self.timeline is not None:
            self.timeline.setVisible(shown)
            if shown:
                self.timeline.set_record(self.session.corrected if self.session else None)

    def unload(self) -> None:
        with contextlib.suppress(TypeError, RuntimeError):
            QgsProject.instance().readProject.disconnect(self._project_read)
        if self.session is not None:
            self.session.cancel()
        for action in self.shortcuts:
            self.iface.unregisterMainWindowAction(action)
        self.shortcuts = []
        if self.options is not None:
            self.iface.unregisterOptionsWidgetFactory(self.options)
            self.options = None
        if self.edits is not None:
            self.edits.stop()
            self.edits = None
        for dock in (self.dock, self.timeline):
            if dock is not None:
                if dock is self.dock:
                    dock.review.clear_highlight()
                self.iface.removeDockWidget(dock)
                dock.deleteLater()
        self.dock = self.timeline = None
        if self.session is not None:
            self.session.deleteLater()
            self.session = None
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
