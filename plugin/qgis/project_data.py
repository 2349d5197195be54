"""What the exports read from the current QGIS project: its Frontline layers (found by their
GeoPackage table, whatever the analyst renamed them to), the layers drawn, the articles and the
analyst's corrections in the GeoPackage, which features show at a date, and the days on which
something changes. Exports never go back to the extraction record: the project's layers, as the
analyst corrected them, are what is published.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from pathlib import Path
from typing import Dict, Iterable, Iterator, List, Optional, Sequence, Set, Tuple

from osgeo import ogr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsMapLayer,
    QgsProject,
    QgsProviderRegistry,
    QgsRectangle,
    QgsVectorLayer,
    QgsVectorLayerTemporalContext,
)

from ..core.plan.schedule import change_days, day_of
from .basemap import CLOCK_LAYER
from .compat import FEATURE_NO_GEOMETRY
from .styles import LABEL_LANGUAGE_VARIABLE, RECENT_DAYS
from .temporal import frame_range

LOG = logging.getLogger(__name__)

FRONTLINE_TABLES = ("articles", "places", "events", "advances", "control", "fronts")
FRAMES_TABLE = "frames"
CORRECTIONS_TABLE = "corrections"
# what a map says comes from these; a place named in passing in a later report is not a source
EVIDENCE_LAYERS = ("events", "advances", "control")
MAP_CRS = "EPSG:3857"


def table_name(layer: QgsMapLayer) -> str:
    """The GeoPackage table a layer reads (`events`), else the layer's own name."""
    if layer.providerType() == "ogr":
        parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
        if parts.get("layerName"):
            return str(parts["layerName"])
    return layer.name()


def layer_file(layer: QgsMapLayer) -> Optional[Path]:
    if layer.providerType() != "ogr":
        return None
    path = QgsProviderRegistry.instance().decodeUri("ogr", layer.source()).get("path")
    return Path(path) if path else None


def frontline_layers(project: QgsProject) -> Dict[str, QgsVectorLayer]:
    """Table name → the project's layer of it; a layer the analyst shows wins over a hidden copy."""
    root = project.layerTreeRoot()
    found: Dict[str, QgsVectorLayer] = {}
    for layer in project.mapLayers().values():
        if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
            continue
        table = table_name(layer)
        if table not in (*FRONTLINE_TABLES, FRAMES_TABLE, CLOCK_LAYER):
            continue
        node = root.findLayer(layer.id())
        shown = node is not None and node.isVisible()
        if table not in found or shown:
            found[table] = layer
    return found


def geopackage(project: QgsProject) -> Optional[Path]:
    """The GeoPackage the project's Frontline layers come from."""
    layers = frontline_layers(project)
    for table in ("events", "advances", "places", "articles", "control"):
        if table in layers and layer_file(layers[table]) is not None:
            return layer_file(layers[table])
    return None


def drawn_layers(project: QgsProject, with_clock: bool = False) -> List[QgsMapLayer]:
    """The layers the analyst shows, top first, as the canvas draws them; tables without geometry
    and the frames table left out, the date-stamp layer too unless `with_clock`."""
    root = project.layerTreeRoot()
    checked = {layer.id() for layer in root.checkedLayers()}
    out = []
    for layer in root.layerOrder():
        if layer is None or layer.id() not in checked or not layer.isSpatial():
            continue
        table = table_name(layer)
        if table == FRAMES_TABLE or (table == CLOCK_LAYER and not with_clock):
            continue
        out.append(layer)
    return out


def has_table(gpkg: Optional[Path], table: str) -> bool:
    if gpkg is None or not Path(gpkg).is_file():
        return False
    source = ogr.Open(str(gpkg))
    if source is None:
        return False
    try:
        return source.GetLayerByName(table) is not None
    finally:
        source = None


def table_rows(gpkg: Optional[Path], table: str) -> Optional[List[dict]]:
    """Every row of a GeoPackage table as a dict (dates as ISO strings), or None without it."""
    if not has_table(gpkg, table):
        return None
    layer = QgsVectorLayer(f"{gpkg}|layername={table}", table, "ogr")
    if not layer.isValid():
        return None
    names = layer.fields().names()
    return [{name: plain(feature[name]) for name in names} for feature in layer.getFeatures()]


def article_rows(project: QgsProject) -> List[dict]:
    """The articles table: the project's layer when it has one, else the GeoPackage's."""
    layer = frontline_layers(project).get("articles")
    if layer is not None:
        names = layer.fields().names()
        return [{name: plain(f[name]) for name in names} for f in layer.getFeatures()]
    return table_rows(geopackage(project), "articles") or []


def correction_rows(project: QgsProject) -> Optional[List[dict]]:
    """The analyst's corrections (the GeoPackage's `corrections` table), or None when it has none."""
    return table_rows(geopackage(project), CORRECTIONS_TABLE)


def plain(value):
    """A field value as JSON-ready Python: NULL → None, QDateTime → naive ISO string."""
    if value is None:
        return None
    if hasattr(value, "isNull") and value.isNull():
        return None
    if hasattr(value, "toPyDateTime"):
        return value.toPyDateTime().replace(tzinfo=None).isoformat()
    if hasattr(value, "toPyDate"):
        return value.toPyDate().isoformat()
    if isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def to_datetime(value) -> Optional[datetime]:
    """A field value (QDateTime, ISO text) as a naive datetime, or None."""
    value = plain(value)
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value)).replace(tzinfo=None)
    except ValueError:
        return None


def visible_features(
    layer: QgsVectorLayer,
    begin: Optional[datetime],
    end: Optional[datetime],
    extent: Optional[QgsRectangle] = None,
    extent_crs: Optional[QgsCoordinateReferenceSystem] = None,
    attributes: Optional[Sequence[str]] = None,
) -> Iterator:
    """The features the map shows in the frame [begin, end) (all of them without a time) inside
    `extent` (in `extent_crs`, else the layer's)."""
    request = QgsFeatureRequest()
    props = layer.temporalProperties()
    if begin is not None and end is not None and props is not None and props.isActive():
        context = QgsVectorLayerTemporalContext()
        context.setLayer(layer)
        expression = props.createFilterString(context, frame_range(begin, end))
        if expression:
            request.setFilterExpression(expression)
    if extent is not None and layer.isSpatial():
        rect = extent
        if extent_crs is not None and extent_crs != layer.crs():
            transform = QgsCoordinateTransform(extent_crs, layer.crs(), QgsProject.instance())
            rect = transform.transformBoundingBox(extent)
        request.setFilterRect(rect)
    if attributes is not None:
        request.setSubsetOfAttributes(
            [a for a in attributes if layer.fields().indexOf(a) >= 0], layer.fields()
        )
    return layer.getFeatures(request)


def article_ids(values: Iterable) -> Set[str]:
    """Article ids of `article` field values ("a1; a2" for an advance told by two)."""
    ids: Set[str] = set()
    for value in values:
        value = plain(value)
        if value:
            ids.update(part.strip() for part in str(value).split(";") if part.strip())
    return ids


def articles_shown(
    project: QgsProject,
    frames: Sequence[Tuple[datetime, datetime]],
    extent: Optional[QgsRectangle] = None,
    extent_crs: Optional[QgsCoordinateReferenceSystem] = None,
) -> Set[str]:
    """The ids of the articles behind what the map shows in any of the frames."""
    layers = frontline_layers(project)
    shown: Set[str] = set()
    for table in EVIDENCE_LAYERS:
        layer = layers.get(table)
        if layer is None or layer.fields().indexOf("article") < 0:
            continue
        for begin, end in frames:
            features = visible_features(layer, begin, end, extent, extent_crs, ["article"])
            shown |= article_ids(f["article"] for f in features)
    return shown


def _values(layer: Optional[QgsVectorLayer], names: Sequence[str]) -> List[dict]:
    if layer is None:
        return []
    present = [n for n in names if layer.fields().indexOf(n) >= 0]
    request = QgsFeatureRequest().setSubsetOfAttributes(present, layer.fields())
    request.setFlags(FEATURE_NO_GEOMETRY)
    return [{n: f[n] for n in present} for f in layer.getFeatures(request)]


def key_days(project: QgsProject) -> List[datetime]:
    """The days on which something happens: the key frames the build marked in the frames table,
    else every day with a dated event."""
    layers = frontline_layers(project)
    rows = _values(layers.get(FRAMES_TABLE), ("frame_start", "key"))
    keys = {
        day_of(to_datetime(r["frame_start"])) for r in rows if plain(r.get("key")) and r.get("frame_start")
    }
    keys.discard(None)
    if not keys:
        events = _values(layers.get("events"), ("t_start", "past", "negated"))
        keys = {day_of(to_datetime(r["t_start"])) for r in events if not plain(r.get("past"))}
        keys.discard(None)
    return sorted(keys)


def data_span(project: QgsProject) -> Optional[Tuple[datetime, datetime]]:
    """The first and last day of the project's playback (its time settings), else of its key days."""
    settings = project.timeSettings().temporalRange()
    if settings.begin().isValid() and settings.end().isValid():
        first = to_datetime(settings.begin())
        last = to_datetime(settings.end())
        if first and last and last > first:
            return day_of(first), day_of(last - timedelta(seconds=1))
    keys = key_days(project)
    return (keys[0], keys[-1]) if keys else None


def changes(project: QgsProject) -> Set[datetime]:
    """The days on which the map looks different from the day before (schedule.change_days)."""
    layers = frontline_layers(project)
    instants: List[datetime] = []
    spans: List[Tuple[datetime, datetime]] = []
    lingering: List[Tuple[datetime, int]] = []
    for table, fields in (
        ("places", ("first_seen", "last_seen")),
        ("control", ("valid_from", "valid_to")),
        ("fronts", ("valid_from", "valid_to")),
        ("advances", ("t_start", "shown_until")),
    ):
        for row in _values(layers.get(table), fields):
            instants += [to_datetime(row[name]) for name in fields if name in row]
    for row in _values(layers.get("events"), ("t_start",)):
        moment = to_datetime(row["t_start"])
        instants.append(moment)
        lingering.append((moment, RECENT_DAYS))
    for row in _values(layers.get("advances"), ("grow_from", "grow_until")):
        begin, end = to_datetime(row.get("grow_from")), to_datetime(row.get("grow_until"))
        if begin and end:
            spans.append((begin, end))
    return change_days([m for m in instants if m], spans, [(m, n) for m, n in lingering if m])


def label_language(project: QgsProject) -> str:
    """reporting | de | en: how place labels are spelled (the project's variable)."""
    from qgis.core import QgsExpressionContextUtils

    value = QgsExpressionContextUtils.projectScope(project).variable(LABEL_LANGUAGE_VARIABLE)
    return str(value) if value in ("de", "en", "gazetteer") else "reporting"


def set_label_language(project: QgsProject, language: Optional[str]) -> None:
    """Spell place labels as the reports do ("reporting"), by their German or English names, or by
    the gazetteer's name ("gazetteer")."""
    from qgis.core import QgsExpressionContextUtils

    QgsExpressionContextUtils.setProjectVariable(
        project, LABEL_LANGUAGE_VARIABLE, language if language in ("de", "en", "gazetteer") else "reporting"
    )


def place_labels_by_name(project: QgsProject, language: Optional[str] = None) -> Dict[str, str]:
    """Gazetteer name → label as the map prints it (`language`, else the project's setting)."""
    language = language or label_language(project)
    out: Dict[str, str] = {}
    for row in _values(frontline_layers(project).get("places"), ("name", "label", "label_de", "label_en")):
        name = plain(row.get("name"))
        spelled = plain(row.get(f"label_{language}")) if language in ("de", "en") else None
        label = name if language == "gazetteer" else spelled or plain(row.get("label")) or name
        if name and label and name not in out:
            out[name] = label
    return out


def map_crs(project: QgsProject) -> QgsCoordinateReferenceSystem:
    crs = project.crs()
    return crs if crs.isValid() else QgsCoordinateReferenceSystem(MAP_CRS)


def default_extent(project: QgsProject, content: bool = True) -> Optional[QgsRectangle]:
    """The area to print, in the project's CRS: the project's default view (what the build framed
    around the advances), else (with `content`) the extent of the advances, events or places."""
    crs = map_crs(project)
    view = project.viewSettings().defaultViewExtent()
    if view is not None and not view.isEmpty() and view.width() > 0:
        if view.crs().isValid() and view.crs() != crs:
            return QgsCoordinateTransform(view.crs(), crs, project).transformBoundingBox(view)
        return QgsRectangle(view)
    if not content:
        return None
    extent = QgsRectangle()
    extent.setMinimal()
    for table in ("advances", "events", "places"):
        layer = frontline_layers(project).get(table)
        if layer is None or layer.featureCount() == 0:
            continue
        rect = QgsCoordinateTransform(layer.crs(), crs, project).transformBoundingBox(layer.extent())
        extent.combineExtentWith(rect)
        if table == "advances":
            break
    if extent.isEmpty() or extent.width() <= 0:
        return None
    extent.scale(1.2)
    return extent
