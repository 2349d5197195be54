"""Stand-in plugins QGIS gets when Frontline cannot load, so QGIS start-up never breaks.

Each adds one action under Plugins ▸ Frontline and a message-bar notice that says what is
wrong and, for missing packages, the exact command that installs them.
"""

from __future__ import annotations

from qgis.core import Qgis
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QAction, QApplication, QMessageBox

from ..dependencies import Problem, install_command
from ..qgis.i18n import install_translator, remove_translator, tr

MENU = "&Frontline"


class _NoticePlugin:
    """One menu action and one message-bar notice; unload() removes the action."""

    def __init__(self, iface) -> None:
        self.iface = iface
        self.translator = install_translator()
        self.action = None

    def title(self) -> str:
        raise NotImplementedError

    def message(self) -> str:
        raise NotImplementedError

    def details(self) -> str:
        raise NotImplementedError

    def initGui(self) -> None:  # noqa: N802 - QGIS API
        self.action = QAction(self.title(), self.iface.mainWindow())
        self.action.setObjectName("mActionFrontlineProblem")
        self.action.triggered.connect(self.show_details)
        self.iface.addPluginToMenu(MENU, self.action)
        # title, text, "More" text, level, duration (0: stays until the user closes it)
        self.iface.messageBar().pushMessage(
            tr("Frontline"), self.message(), self.details(), Qgis.MessageLevel.Warning, 0
        )

    def unload(self) -> None:
        if self.action is not None:
            self.iface.removePluginMenu(MENU, self.action)
            self.action.deleteLater()
            self.action = None
        remove_translator(self.translator)
        self.translator = None

    def details_box(self) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("Frontline"),
            self.message(),
            QMessageBox.StandardButton.Close,
            self.iface.mainWindow(),
        )
        box.setInformativeText(self.details())
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return box

    def show_details(self) -> None:
        self.details_box().exec()


class MissingDependenciesPlugin(_NoticePlugin):
    def __init__(self, iface, problems: list[Problem]) -> None:
        super().__init__(iface)
        self.problems = problems
        self.command = install_command(problems)

    def title(self) -> str:
        return tr("Install packages Frontline needs…")

    def message(self) -> str:
        names = "; ".join(p.describe() for p in self.problems)
        return tr("Frontline cannot start: {}. Install with: {}", names, self.command)

    def details(self) -> str:
        return "{}\n\n{}".format(
            tr("Run this command in a terminal, then restart QGIS (it is also on the clipboard):"),
            self.command,
        )

    def show_details(self) -> None:
        QApplication.clipboard().setText(self.command)
        super().show_details()


class BrokenPlugin(_NoticePlugin):
    def __init__(self, iface, error: str, report: str) -> None:
        super().__init__(iface)
        self.error = error
        self.report = report

    def title(self) -> str:
        return tr("Why Frontline did not start…")

    def message(self) -> str:
        return tr("Frontline failed to start: {}", self.error)

    def details(self) -> str:
        return "{}\n\n{}".format(tr("Please report this with the text below:"), self.report)
