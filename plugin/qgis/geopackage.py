"""Writes planned layers into a GeoPackage (EPSG:4326) with their default styles, atomically.

The file is built next to the target under a temporary name and renamed over it at the end, so a
failure leaves the previous file as it was. Updating an existing file replaces only the layers
being written and keeps everything else the analyst put in it (other layers, their styles).

A file QGIS has open (the analyst's current analysis) is updated in place instead, in one SQLite
transaction: the open layers stay valid and only need their data reloaded, and a failure or a
cancel rolls everything back.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import uuid
from pathlib import Path
from typing import Callable, Dict, Mapping, Optional, Sequence

from osgeo import ogr, osr

from ..core.events.routes import parse_time
from ..core.plan.layers import LayerPlan
from .pacing import breathe

LOG = logging.getLogger(__name__)

GEOMETRY_COLUMN = "geom"
STYLES_TABLE = "layer_styles"
_GEOMETRY = {
    "None": ogr.wkbNone,
    "Point": ogr.wkbPoint,
    "LineString": ogr.wkbLineString,
    "Polygon": ogr.wkbPolygon,
    "MultiLineString": ogr.wkbMultiLineString,
    "MultiPolygon": ogr.wkbMultiPolygon,
}
_FIELD = {
    "string": ogr.OFTString,
    "integer": ogr.OFTInteger,
    "real": ogr.OFTReal,
    "datetime": ogr.OFTDateTime,
}


class GeoPackageError(RuntimeError):
    pass


class Cancelled(Exception):  # noqa: N818 - an outcome, not an error
    """The analyst cancelled while the file was being written: nothing of it was kept."""


def _check(cancelled: Optional[Callable[[], bool]]) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled()


def write_geopackage(
    path: Path,
    layers: Sequence[LayerPlan],
    *,
    styles: Optional[Mapping[str, str]] = None,
    overwrite: bool = False,
    cancelled: Optional[Callable[[], bool]] = None,
) -> Dict[str, int]:
    """Write `layers` (and their QML `styles`, stored as each layer's default) into `path`.

    An existing file needs `overwrite=True`; its layers with the same names are replaced, all
    others are kept. Returns the feature count per written layer. `cancelled` is asked between
    layers: when it says yes, Cancelled is raised and the file is as it was.
    """
    path = Path(path)
    if path.exists() and not overwrite:
        raise FileExistsError(f"{path} exists; pass overwrite=True to update Frontline's layers in it")
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.stem}.{uuid.uuid4().hex[:8]}.tmp.gpkg")
    try:
        if path.exists():
            _snapshot(path, temp)
            ds = ogr.Open(str(temp), 1)
            if ds is None or ds.GetDriver().GetName() != "GPKG":
                raise GeoPackageError(f"{path} is not a GeoPackage")
            _drop(ds, [layer.name for layer in layers])
        else:
            ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(temp))
            if ds is None:
                raise GeoPackageError(f"cannot create {temp}")
        # a file no one else has open yet: no flush to disk per table (GDAL holds Python's lock
        # while it flushes); the finished file is flushed once, below, before it is renamed
        _pragma(ds, "synchronous=OFF")
        counts = {}
        for layer in layers:
            _check(cancelled)
            counts[layer.name] = _write_layer(ds, layer)
        _check(cancelled)
        if styles:
            _write_styles(ds, layers, styles)
        stored = _stored_digests(ds)
        ds.StartTransaction()
        _write_digests(ds, {layer.name: digest(layer) for layer in layers}, stored)
        ds.CommitTransaction()
        result = ds.ExecuteSQL("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
        if result is not None:
            ds.ReleaseResultSet(result)
        ds.FlushCache()
        ds = None
        with open(temp, "rb+") as written:
            os.fsync(written.fileno())
        _settle(path)
        os.replace(temp, path)
    except BaseException:
        ds = None
        for leftover in (temp, *(temp.with_name(temp.name + s) for s in ("-wal", "-shm", "-journal"))):
            if leftover.exists():
                leftover.unlink()
        raise
    LOG.info("wrote %s: %s", path, counts)
    return counts


def update_geopackage(
    path: Path,
    layers: Sequence[LayerPlan],
    *,
    styles: Optional[Mapping[str, str]] = None,
    cancelled: Optional[Callable[[], bool]] = None,
) -> Dict[str, int]:
    """Replace the rows of `layers` in `path` in place, in one transaction (a new file is written
    as write_geopackage does). A table whose fields or geometry differ from the plan's is made
    anew; every other table and the corrections stay. Returns the feature count per layer."""
    path = Path(path)
    if not path.exists():
        return write_geopackage(path, layers, styles=styles, cancelled=cancelled)
    ds = ogr.Open(str(path), 1)
    if ds is None or ds.GetDriver().GetName() != "GPKG":
        raise GeoPackageError(f"{path} is not a GeoPackage")
    counts: Dict[str, int] = {}
    if ds.StartTransaction() != 0:
        raise GeoPackageError(f"cannot write to {path}: it is locked")
    try:
        stored = _stored_digests(ds)
        digests = {}
        for plan in layers:
            _check(cancelled)
            digests[plan.name] = digest(plan)
            existing = ds.GetLayerByName(plan.name)
            if (
                existing is not None
                and _same_schema(existing, plan)
                and stored.get(plan.name) == digests[plan.name]
            ):
                counts[plan.name] = len(plan.rows)  # as it was: the rivers of the same area, the same frames
            elif existing is not None and _same_schema(existing, plan):
                _empty(ds, plan.name, cancelled, 400 if plan.geometry in ("None", "Point") else 40)
                counts[plan.name] = _fill(existing, plan, cancelled)
                _with_milliseconds(ds, plan)
            else:
                if existing is not None:
                    _drop(ds, [plan.name])
                counts[plan.name] = _write_layer(ds, plan, cancelled=cancelled, transaction=False)
        _check(cancelled)
        if styles:
            # only the styles that changed (a side the legend now lists, another language): the
            # rows are large, and rewriting them all holds up QGIS for a tenth of a second
            stored = _stored_styles(ds)
            changed = [
                plan
                for plan in layers
                if styles.get(plan.name) and stored.get(plan.name) != styles[plan.name]
            ]
            for plan in changed:
                _check(cancelled)
                if plan.name in stored:
                    name = plan.name.replace("'", "''")
                    ds.ExecuteSQL(f"DELETE FROM {STYLES_TABLE} WHERE f_table_name = '{name}'")
            _write_styles(ds, changed, styles, transaction=False)
        _write_digests(ds, digests, stored)
        _check(cancelled)
        if ds.CommitTransaction() != 0:
            raise GeoPackageError(f"cannot write to {path}")
    except BaseException:
        ds.RollbackTransaction()
        raise
    finally:
        ds = None
    LOG.info("updated %s: %s", path, counts)
    return counts


DIGESTS_TABLE = "frontline_tables"


def digest(plan: LayerPlan) -> str:
    """A fingerprint of a table's content, made a row at a time (one json.dumps of ten thousand
    rows would hold Python's lock as long as writing them)."""
    hashed = hashlib.sha1(json.dumps([plan.geometry, [(f.name, f.type) for f in plan.fields]]).encode())
    for row in plan.rows:
        hashed.update(json.dumps(row, sort_keys=True, default=str).encode("utf-8"))
    return hashed.hexdigest()


def _stored_digests(ds) -> Dict[str, str]:
    table = ds.GetLayerByName(DIGESTS_TABLE)
    if table is None:
        return {}
    table.ResetReading()
    found = {feature.GetField("table_name"): feature.GetField("digest") for feature in table}
    table.ResetReading()
    return found


def _write_digests(ds, digests: Mapping[str, str], stored: Mapping[str, str]) -> None:
    """What each table now holds, so that the next update can leave an unchanged table alone."""
    table = ds.GetLayerByName(DIGESTS_TABLE)
    if table is None:
        table = ds.CreateLayer(DIGESTS_TABLE, None, ogr.wkbNone, ["FID=fid"])
        table.CreateField(ogr.FieldDefn("table_name", ogr.OFTString))
        table.CreateField(ogr.FieldDefn("digest", ogr.OFTString))
    changed = {name: value for name, value in digests.items() if stored.get(name) != value}
    if not changed:
        return
    quoted = ", ".join("'" + n.replace("'", "''") + "'" for n in changed)
    ds.ExecuteSQL(f"DELETE FROM {DIGESTS_TABLE} WHERE table_name IN ({quoted})")
    for name, value in changed.items():
        feature = ogr.Feature(table.GetLayerDefn())
        feature.SetField("table_name", name)
        feature.SetField("digest", value)
        table.CreateFeature(feature)


def _pragma(ds, statement: str) -> None:
    result = ds.ExecuteSQL(f"PRAGMA {statement}")
    if result is not None:
        ds.ReleaseResultSet(result)


def _empty(ds, table: str, cancelled=None, chunk: int = 400) -> None:
    """Delete a table's rows a few hundred at a time: one DELETE of ten thousand rows (each taken
    out of the spatial index by a trigger) takes a quarter of a second in one call, and a task's
    long and frequent calls into GDAL keep QGIS's interface waiting for Python's lock (pacing.py)."""
    layer = ds.GetLayerByName(table)
    rows = layer.GetFeatureCount() if layer is not None else 0
    for _ in range(rows // chunk + 1):
        _check(cancelled)
        breathe()
        ds.ExecuteSQL(f'DELETE FROM "{table}" WHERE fid IN (SELECT fid FROM "{table}" LIMIT {chunk})')


def _same_schema(layer, plan: LayerPlan) -> bool:
    definition = layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    if names != [f.name for f in plan.fields]:
        return False
    return ogr.GT_Flatten(layer.GetGeomType()) == _GEOMETRY[plan.geometry]


def _snapshot(source: Path, target: Path) -> None:
    """A consistent copy of a GeoPackage, including what is still in its write-ahead log."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(str(target))
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def _settle(path: Path) -> None:
    """Fold a pending write-ahead log into the old file before it is replaced (else SQLite would
    replay the old log onto the new file)."""
    wal = path.with_name(path.name + "-wal")
    if path.exists() and wal.exists():
        connection = sqlite3.connect(str(path))
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()


def _drop(ds, names: Sequence[str]) -> None:
    for name in names:
        for index in range(ds.GetLayerCount()):
            if ds.GetLayerByIndex(index).GetName() == name:
                if ds.DeleteLayer(index) != 0:
                    raise GeoPackageError(f"cannot replace layer {name}")
                break
    styles = ds.GetLayerByName(STYLES_TABLE)
    if styles is not None and names:
        quoted = ", ".join("'" + n.replace("'", "''") + "'" for n in names)
        ds.ExecuteSQL(f"DELETE FROM {STYLES_TABLE} WHERE f_table_name IN ({quoted})")


def _write_layer(ds, plan: LayerPlan, cancelled=None, transaction: bool = True) -> int:
    srs = None
    options = ["FID=fid", "SPATIAL_INDEX=YES" if plan.geometry != "None" else "SPATIAL_INDEX=NO"]
    if "DATETIME_PRECISION" in (
        ogr.GetDriverByName("GPKG").GetMetadataItem("DS_LAYER_CREATIONOPTIONLIST") or ""
    ):
        # GDAL 3.13 writes datetimes without milliseconds ('…T00:00:00'), which SQLite's text
        # comparison puts before the temporal filter's '…T00:00:00.000': a feature starting at a
        # frame's end would show in that frame. Older GDALs write milliseconds anyway.
        options.append("DATETIME_PRECISION=MILLISECOND")
    if plan.geometry != "None":
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(4326)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        options.append(f"GEOMETRY_NAME={GEOMETRY_COLUMN}")
    layer = ds.CreateLayer(plan.name, srs, _GEOMETRY[plan.geometry], options)
    if layer is None:
        raise GeoPackageError(f"cannot create layer {plan.name}")
    for field in plan.fields:
        definition = ogr.FieldDefn(field.name, _FIELD.get(field.type, ogr.OFTInteger))
        if field.type == "boolean":
            definition.SetSubType(ogr.OFSTBoolean)
        layer.CreateField(definition)
    count = _fill(layer, plan, cancelled, transaction)
    _with_milliseconds(ds, plan)
    for field in plan.indexed:
        ds.ExecuteSQL(f'CREATE INDEX "idx_{plan.name}_{field}" ON "{plan.name}" ("{field}")')
    return count


def _with_milliseconds(ds, plan: LayerPlan) -> None:
    """Every datetime of the table with milliseconds ('…T00:00:00.000'). QGIS filters a frame by
    comparing the column's text with '…T00:00:00.000'; a value GDAL wrote without them sorts before
    it, and a feature starting at a frame's end would show in that frame. GDAL 3.10 and later
    write them only when a layer is created with DATETIME_PRECISION=MILLISECOND, and rows added to
    a table made earlier (an update in place) get the default, none."""
    for field in plan.fields:
        if field.type == "datetime":
            column = field.name.replace('"', '""')
            table = plan.name.replace('"', '""')
            ds.ExecuteSQL(
                f'UPDATE "{table}" SET "{column}" = "{column}" || \'.000\' WHERE length("{column}") = 19'
            )


def _fill(layer, plan: LayerPlan, cancelled=None, transaction: bool = False) -> int:
    """Write the plan's rows into `layer` (inside the caller's transaction unless `transaction`)."""
    definition = layer.GetLayerDefn()
    kinds = [(field.name, field.type) for field in plan.fields]
    if transaction:
        layer.StartTransaction()
    for number, row in enumerate(plan.rows):
        if number % 500 == 499:
            _check(cancelled)
        breathe()  # GDAL lets go of Python's lock for every call: the interface gets its turn
        feature = ogr.Feature(definition)
        attrs = row["attrs"]
        for index, (name, kind) in enumerate(kinds):
            value = attrs.get(name)
            if value is None:
                feature.SetFieldNull(index)
            elif kind == "datetime":
                moment = parse_time(value)
                if moment is None:
                    feature.SetFieldNull(index)
                else:  # time zone flag 0: "unknown", read back by QGIS as local wall-clock time
                    feature.SetField(
                        index,
                        moment.year,
                        moment.month,
                        moment.day,
                        moment.hour,
                        moment.minute,
                        moment.second,
                        0,
                    )
            elif kind == "boolean":
                feature.SetField(index, 1 if value else 0)
            else:
                feature.SetField(index, value)
        if row.get("wkt") and plan.geometry != "None":
            geometry = ogr.CreateGeometryFromWkt(row["wkt"])
            if geometry is None:
                LOG.warning("%s: unreadable geometry %r", plan.name, row["wkt"][:60])
            else:
                feature.SetGeometryDirectly(geometry)
        if layer.CreateFeature(feature) != 0:
            raise GeoPackageError(f"cannot write a feature to {plan.name}")
    if transaction:
        layer.CommitTransaction()
    return len(plan.rows)


def _stored_styles(ds) -> Dict[str, str]:
    """The default style QML of each table, as the file holds it."""
    table = ds.GetLayerByName(STYLES_TABLE)
    if table is None:
        return {}
    found = {}
    table.ResetReading()
    for feature in table:
        if feature.GetField("useAsDefault"):
            found[feature.GetField("f_table_name")] = feature.GetField("styleQML")
    table.ResetReading()
    return found


def _styles_layer(ds):
    layer = ds.GetLayerByName(STYLES_TABLE)
    if layer is not None:
        return layer
    layer = ds.CreateLayer(STYLES_TABLE, None, ogr.wkbNone, ["FID=id"])
    for name, kind in (
        ("f_table_catalog", ogr.OFTString),
        ("f_table_schema", ogr.OFTString),
        ("f_table_name", ogr.OFTString),
        ("f_geometry_column", ogr.OFTString),
        ("styleName", ogr.OFTString),
        ("styleQML", ogr.OFTString),
        ("styleSLD", ogr.OFTString),
        ("useAsDefault", ogr.OFTInteger),
        ("description", ogr.OFTString),
        ("owner", ogr.OFTString),
        ("ui", ogr.OFTString),
        ("update_time", ogr.OFTDateTime),
    ):
        definition = ogr.FieldDefn(name, kind)
        if name == "useAsDefault":
            definition.SetSubType(ogr.OFSTBoolean)
        layer.CreateField(definition)
    return layer


def _write_styles(
    ds, layers: Sequence[LayerPlan], styles: Mapping[str, str], transaction: bool = True
) -> None:
    """One default style row per layer, as QGIS's own "Save as default" writes it."""
    table = _styles_layer(ds)
    if transaction:
        table.StartTransaction()
    for plan in layers:
        qml = styles.get(plan.name)
        if not qml:
            continue
        feature = ogr.Feature(table.GetLayerDefn())
        feature.SetField("f_table_catalog", "")
        feature.SetField("f_table_schema", "")
        feature.SetField("f_table_name", plan.name)
        feature.SetField("f_geometry_column", GEOMETRY_COLUMN if plan.geometry != "None" else "")
        feature.SetField("styleName", plan.name)
        feature.SetField("styleQML", qml)
        feature.SetField("styleSLD", "")
        feature.SetField("useAsDefault", 1)
        feature.SetField("description", "Frontline default style")
        feature.SetField("owner", "")
        feature.SetField("ui", "")
        table.CreateFeature(feature)
    if transaction:
        table.CommitTransaction()
