"""A map tool to place a name where it belongs: the analyst clicks the spot on the map, and the
name (a village no gazetteer has, or one it put in the wrong place) is drawn there from then on."""

from __future__ import annotations

from typing import Callable, Optional

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject
from qgis.gui import QgsMapToolEmitPoint, QgsVertexMarker
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QBrush, QColor, QCursor, QFont, QPen
from qgis.PyQt.QtWidgets import QGraphicsSimpleTextItem


class PlaceNameTool(QgsMapToolEmitPoint):
    """One click: the point in longitude/latitude goes to `placed`, then the previous tool is back."""

    def __init__(self, canvas, placed: Callable[[float, float], None], label: str = "") -> None:
        super().__init__(canvas)
        self.placed = placed
        self.label = label
        self.previous = canvas.mapTool()
        self.setCursor(QCursor(Qt.CursorShape.CrossCursor))
        self.canvasClicked.connect(self._clicked)
        # the name rides with the cursor, so the analyst sees what is being placed
        self.marker = QgsVertexMarker(canvas)
        self.marker.setIconType(QgsVertexMarker.IconType.ICON_CROSS)
        self.marker.setColor(QColor("#e65100"))
        self.marker.setIconSize(18)
        self.marker.setPenWidth(3)
        self.marker.hide()
        self.text = QGraphicsSimpleTextItem(label)
        font = QFont()
        font.setBold(True)
        font.setPointSizeF(11)
        self.text.setFont(font)
        self.text.setBrush(QBrush(QColor("#e65100")))
        self.text.setPen(QPen(QColor(255, 255, 255, 220), 0.8))
        self.text.setZValue(1000)
        canvas.scene().addItem(self.text)
        self.text.hide()

    def canvasMoveEvent(self, event) -> None:  # noqa: N802 - QGIS API
        self.show_at(event.mapPoint(), event.pos())

    def show_at(self, point: QgsPointXY, pixel) -> None:
        self.marker.setCenter(point)
        self.marker.show()
        if self.label:
            self.text.setPos(pixel.x() + 12, pixel.y() - 24)
            self.text.show()

    def deactivate(self) -> None:
        self.clear()
        super().deactivate()

    def clear(self) -> None:
        self.marker.hide()
        self.text.hide()
        scene = self.canvas().scene()
        for item in (self.marker, self.text):
            if item.scene() is scene:
                scene.removeItem(item)

    def _clicked(self, point: QgsPointXY, button) -> None:
        if button != Qt.MouseButton.LeftButton:
            self.finish()
            return
        lon, lat = self.to_wgs84(point)
        self.finish()
        self.placed(lon, lat)

    def to_wgs84(self, point: QgsPointXY) -> tuple:
        crs = self.canvas().mapSettings().destinationCrs()
        transform = QgsCoordinateTransform(
            crs, QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance()
        )
        wgs84 = transform.transform(point)
        return round(wgs84.x(), 6), round(wgs84.y(), 6)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape:
            self.finish()
            return
        super().keyPressEvent(event)

    def finish(self) -> None:
        canvas = self.canvas()
        if canvas.mapTool() is self:
            previous: Optional[object] = self.previous
            if previous is not None and previous is not self:
                canvas.setMapTool(previous)
            else:
                canvas.unsetMapTool(self)
