"""Frontline's page in QGIS's Options: the default language, how undated articles are dated, the
output folder, extra gazetteers, the sides' colours, how places are labelled, and the name the
analyst's corrections are signed with."""

from __future__ import annotations

from pathlib import Path

from qgis.gui import QgsColorButton, QgsFileWidget, QgsOptionsPageWidget, QgsOptionsWidgetFactory
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QIcon
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core.events.sides import side_colour, side_keys, side_label
from ..qgis import settings
from ..qgis.expressions import map_language
from ..qgis.i18n import tr
from ..resources import icon_path


class FrontlineOptionsFactory(QgsOptionsWidgetFactory):
    def __init__(self) -> None:
        super().__init__(tr("Frontline"), QIcon(icon_path("frontline.svg")))

    def icon(self) -> QIcon:
        return QIcon(icon_path("frontline.svg"))

    def createWidget(self, parent):  # noqa: N802 - QGIS API
        return FrontlineOptionsPage(parent)


class FrontlineOptionsPage(QgsOptionsPageWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("FrontlineOptions")
        prefs = settings.read()
        self.language = QComboBox()
        for code, label in (("auto", tr("each article's own")), ("de", tr("German")), ("en", tr("English"))):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))
        self.date_policy = QComboBox()
        for code, label in (
            ("batch", tr("the batch date given in the panel")),
            ("file", tr("the file's date")),
            ("none", tr("none: leave them undated")),
        ):
            self.date_policy.addItem(label, code)
        self.date_policy.setCurrentIndex(max(0, self.date_policy.findData(prefs.date_policy)))
        self.folder = QgsFileWidget()
        self.folder.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.folder.setFilePath(prefs.output_folder)
        self.labels = QComboBox()
        self.labels.addItem(tr("as the reports spell them (al-Qaim)"), "reporting")
        self.labels.addItem(tr("German names (Kiew)"), "de")
        self.labels.addItem(tr("English names (Kyiv)"), "en")
        self.labels.addItem(tr("the gazetteer's name (Al Qā’im)"), "gazetteer")
        self.labels.setCurrentIndex(max(0, self.labels.findData(prefs.labels)))
        self.author = QLineEdit(prefs.author)
        self.author.setPlaceholderText(prefs.analyst())

        self.gazetteers = QListWidget()
        self.gazetteers.setMaximumHeight(90)
        for path in prefs.gazetteers:
            self._add_gazetteer(path)
        add = QPushButton(tr("Add…"))
        add.clicked.connect(self.add_gazetteer)
        remove = QPushButton(tr("Remove"))
        remove.clicked.connect(
            lambda: [
                self.gazetteers.takeItem(self.gazetteers.row(i)) for i in self.gazetteers.selectedItems()
            ]
        )
        gazetteer_buttons = QHBoxLayout()
        gazetteer_buttons.addWidget(add)
        gazetteer_buttons.addWidget(remove)
        gazetteer_buttons.addStretch(1)

        self.sides = QTableWidget(0, 3)
        self.sides.setHorizontalHeaderLabels([tr("Side"), tr("Who"), tr("Colour")])
        self.sides.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.sides.verticalHeader().setVisible(False)
        self.colour_buttons = {}
        for key in side_keys():
            row = self.sides.rowCount()
            self.sides.insertRow(row)
            for column, text in ((0, key), (1, side_label(key, map_language()))):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.sides.setItem(row, column, item)
            button = QgsColorButton()
            button.setDefaultColor(QColor(side_colour(key)))
            button.setShowNull(False)
            button.setColor(QColor(prefs.side_colours.get(key, side_colour(key))))
            self.sides.setCellWidget(row, 2, button)
            self.colour_buttons[key] = button

        form = QFormLayout()
        form.addRow(tr("Article language"), self.language)
        form.addRow(tr("Articles without a date are dated by"), self.date_policy)
        form.addRow(tr("Output folder"), self.folder)
        form.addRow(tr("Place labels show"), self.labels)
        form.addRow(tr("Corrections are signed by"), self.author)
        gazetteer_box = QGroupBox(tr("Extra gazetteers (GeoNames dump, CSV, Who's On First)"))
        gazetteer_layout = QVBoxLayout(gazetteer_box)
        gazetteer_layout.addWidget(self.gazetteers)
        gazetteer_layout.addLayout(gazetteer_buttons)
        side_box = QGroupBox(tr("Sides and their colours"))
        side_layout = QVBoxLayout(side_box)
        side_layout.addWidget(self.sides)
        note = QLabel(tr("Colours apply to layers Frontline builds from now on."))
        note.setStyleSheet("color:#666")
        side_layout.addWidget(note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(gazetteer_box)
        layout.addWidget(side_box, 1)

    def _add_gazetteer(self, path: str) -> None:
        item = QListWidgetItem(path)
        item.setData(Qt.ItemDataRole.UserRole, path)
        self.gazetteers.addItem(item)

    def add_gazetteer(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, tr("Gazetteer files"), str(Path.home()))
        for path in files:
            self._add_gazetteer(path)

    def apply(self) -> None:
        prefs = settings.read()
        prefs.language = self.language.currentData()
        prefs.date_policy = self.date_policy.currentData()
        prefs.output_folder = self.folder.filePath()
        prefs.labels = self.labels.currentData()
        prefs.author = self.author.text().strip()
        prefs.gazetteers = [
            self.gazetteers.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.gazetteers.count())
        ]
        prefs.side_colours = {
            key: button.color().name()
            for key, button in self.colour_buttons.items()
            if button.color().name().lower() != side_colour(key).lower()
        }
        settings.write(prefs)
