"""Writes planned layers into a GeoPackage (EPSG:4326) with their default styles, atomically.

The file is built next to the target under a temporary name and renamed over it at the end, so a
failure leaves the previous file as it was. Updating an existing file replaces only the layers
being written and keeps everything else the analyst put in it (other layers, their styles).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import uuid
from pathlib import Path
from typing import Dict, Mapping, Optional, Sequence

from osgeo import ogr, osr

from ..core.events.routes import parse_time
from ..core.plan.layers import LayerPlan

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


def write_geopackage(
    path: Path,
    layers: Sequence[LayerPlan],
    *,
    styles: Optional[Mapping[str, str]] = None,
    overwrite: bool = False,
) -> Dict[str, int]:
    """Write `layers` (and their QML `styles`, stored as each layer's default) into `path`.

    An existing file needs `overwrite=True`; its layers with the same names are replaced, all
    others are kept. Returns the feature count per written layer.
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
        counts = {layer.name: _write_layer(ds, layer) for layer in layers}
        if styles:
            _write_styles(ds, layers, styles)
        result = ds.ExecuteSQL("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
        if result is not None:
            ds.ReleaseResultSet(result)
        ds.FlushCache()
        ds = None
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


def _write_layer(ds, plan: LayerPlan) -> int:
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
    kinds = []
    for field in plan.fields:
        definition = ogr.FieldDefn(field.name, _FIELD.get(field.type, ogr.OFTInteger))
        if field.type == "boolean":
            definition.SetSubType(ogr.OFSTBoolean)
        layer.CreateField(definition)
        kinds.append((field.name, field.type))
    definition = layer.GetLayerDefn()
    layer.StartTransaction()
    for row in plan.rows:
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
    layer.CommitTransaction()
    for field in plan.indexed:
        ds.ExecuteSQL(f'CREATE INDEX "idx_{plan.name}_{field}" ON "{plan.name}" ("{field}")')
    return len(plan.rows)


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


def _write_styles(ds, layers: Sequence[LayerPlan], styles: Mapping[str, str]) -> None:
    """One default style row per layer, as QGIS's own "Save as default" writes it."""
    table = _styles_layer(ds)
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
    table.CommitTransaction()
