"""Edits made with QGIS's own tools on the Frontline layers become corrections: a deleted feature is a
rejected item, a moved place is placed there, a moved event happened there, a changed date,
certainty, actors, side or type is that correction, and a feature added to the events layer is an
event added by hand. What cannot be kept as a correction (reshaping an arrow) is said so."""

from __future__ import annotations

import logging
from typing import Dict, List, Optional

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QObject, QTimer

from ..core.corrections.model import Correction, item_key_parts, new_correction
from ..qgis import settings
from ..qgis.i18n import tr
from .session import AnalysisSession

LOG = logging.getLogger(__name__)

TARGETS = {"places": "place", "events": "event", "advances": "advance", "control": "control"}
DATE_FIELDS = {
    "event": {"t_start": "t_start", "t_end": "t_end"},
    "advance": {"t_start": "t_start", "t_end": "t_end"},
    "control": {"valid_from": "t_start", "valid_to": "t_end"},
}


class EditWatcher(QObject):
    def __init__(self, session: AnalysisSession, iface, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.iface = iface
        self.layers: Dict[str, QgsVectorLayer] = {}
        self.pending: List[Correction] = []
        self._slots: list = []
        # after QGIS has finished its commit: the rebuild rewrites the features it just saved
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._flush)
        session.changed.connect(self.watch)

    def watch(self) -> None:
        layers = {name: layer for name, layer in self.session.layers().items() if name in TARGETS}
        self.layers = {n: lyr for n, lyr in self.layers.items() if not sip.isdeleted(lyr)}
        if {n: lyr.id() for n, lyr in layers.items()} == {n: lyr.id() for n, lyr in self.layers.items()}:
            return
        self.stop()
        self.layers = layers
        for name, layer in layers.items():
            before = lambda *_, n=name, lyr=layer: self._before_commit(n, lyr)  # noqa: E731
            layer.beforeCommitChanges.connect(before)
            layer.afterCommitChanges.connect(self._after_commit)
            self._slots.append((layer, before))

    def stop(self) -> None:
        for layer, before in self._slots:
            if sip.isdeleted(layer):
                continue
            try:
                layer.beforeCommitChanges.disconnect(before)
                layer.afterCommitChanges.disconnect(self._after_commit)
            except (TypeError, RuntimeError):
                pass
        self._slots = []
        self.layers = {}
        self._timer.stop()

    def _before_commit(self, name: str, layer: QgsVectorLayer) -> None:
        buffer = layer.editBuffer()
        if buffer is None:
            return
        try:
            self.pending += self.corrections(name, layer, buffer)
        except Exception:
            LOG.exception("edits on %s could not be read as corrections", name)

    def _after_commit(self) -> None:
        if self.pending:
            self._timer.start()

    def _flush(self) -> None:
        corrections, self.pending = self.pending, []
        if corrections:
            self.session.correct(corrections)

    def corrections(self, name: str, layer: QgsVectorLayer, buffer) -> List[Correction]:
        target = TARGETS[name]
        author = settings.read().analyst()
        changed = dict(buffer.changedAttributeValues())
        moved = dict(buffer.changedGeometries())
        deleted = list(buffer.deletedFeatureIds())
        ids = [fid for fid in {*changed, *moved, *deleted} if fid >= 0]
        originals = {
            f.id(): f for f in layer.dataProvider().getFeatures(QgsFeatureRequest().setFilterFids(ids))
        }
        fields = layer.fields()
        to_wgs84 = QgsCoordinateTransform(
            layer.crs(), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance()
        )
        out: List[Correction] = []
        skipped = 0

        def correct(fid, action, value=None) -> None:
            original = originals.get(fid)
            key = original["item_key"] if original is not None and fields.indexOf("item_key") >= 0 else None
            entry = self.session.items.get(str(key)) if key else None
            if entry is None:
                return
            _, item, article = entry
            out.append(
                new_correction(target, action, item_key_parts(target, item, article), value, author=author)
            )

        for fid in deleted:
            correct(fid, "reject")
        for fid, geometry in moved.items():
            if fid in deleted or target not in ("place", "event"):
                skipped += 1
                continue
            point = geometry.asPoint() if not geometry.isNull() else None
            if point is None:
                continue
            wgs84 = to_wgs84.transform(point)
            original = originals.get(fid)
            if target == "place":
                name_value = original["mention"] if original is not None else None
                correct(
                    fid,
                    "place",
                    {
                        "name": name_value,
                        "lat": round(wgs84.y(), 6),
                        "lon": round(wgs84.x(), 6),
                        "how": "edit",
                    },
                )
            else:
                correct(fid, "move", {"lat": round(wgs84.y(), 6), "lon": round(wgs84.x(), 6)})
        for fid, values in changed.items():
            if fid in deleted or fid < 0:
                continue
            named = {fields.at(index).name(): value for index, value in values.items()}
            out_before = len(out)
            dates = {
                DATE_FIELDS[target][k]: _iso(v) for k, v in named.items() if k in DATE_FIELDS.get(target, {})
            }
            if dates:
                correct(fid, "date", dates)
            for field in ("certainty", "side", "type"):
                if field in named:
                    correct(fid, field, {field: _text(named[field])})
            if "actors" in named:
                actors = [
                    a.strip()
                    for a in (_text(named["actors"]) or "").replace(",", ";").split(";")
                    if a.strip()
                ]
                correct(fid, "actors", {"actors": actors})
            if target == "place" and "name" in named:
                original = originals.get(fid)
                point = (
                    original.geometry().asPoint() if original is not None and original.hasGeometry() else None
                )
                if point is not None:
                    wgs84 = to_wgs84.transform(point)
                    correct(
                        fid,
                        "place",
                        {"name": _text(named["name"]), "lat": wgs84.y(), "lon": wgs84.x(), "how": "edit"},
                    )
            review = _text(named.get("review"))
            if review in ("accepted", "rejected"):
                correct(fid, "accept" if review == "accepted" else "reject")
            if len(out) == out_before:
                skipped += 1
        if target == "event":
            for feature in buffer.addedFeatures().values():
                out.append(self._added(feature, to_wgs84, author))
        if skipped:
            self.iface.messageBar().pushMessage(
                tr("Frontline"),
                tr(
                    "{} edits on {} are not kept: correct advances and control in the Frontline panel",
                    skipped,
                    layer.name(),
                ),
                Qgis.MessageLevel.Warning,
                8,
            )
        return out

    def _added(self, feature, to_wgs84, author: str) -> Correction:
        def value(name: str):
            index = feature.fields().indexOf(name)
            return _text(feature.attributes()[index]) if index >= 0 else None

        place = None
        if feature.hasGeometry():
            point = to_wgs84.transform(feature.geometry().asPoint())
            place = {
                "name": value("place") or value("type") or tr("event"),
                "lat": point.y(),
                "lon": point.x(),
            }
        payload = {
            "type": value("type") or "presence",
            "t_start": _iso(value("t_start")),
            "certainty": value("certainty") or "confirmed",
            "actors": [a.strip() for a in (value("actors") or "").split(";") if a.strip()],
            "quote": value("quote") or "",
        }
        if place:
            payload["place"] = place
        article = value("article") or ""
        known = {str(a.get("id")) for a in (self.session.corrected or {}).get("articles") or []}
        key = {"article": article if article in known else "", "start": None, "end": None, "item": {}}
        return new_correction("event", "add", key, payload, author=author)


def _text(value) -> Optional[str]:
    if value is None:
        return None
    if hasattr(value, "isNull") and value.isNull():
        return None
    return str(value)


def _iso(value) -> Optional[str]:
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if hasattr(value, "toString") and hasattr(value, "date"):  # QDateTime
        return value.date().toString("yyyy-MM-dd")
    if hasattr(value, "toString"):  # QDate
        return value.toString("yyyy-MM-dd")
    return str(value)[:10]
