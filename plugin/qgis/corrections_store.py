"""The corrections table of a Frontline GeoPackage: the analyst's corrections, one row each, kept
across every re-run and rebuild (the writer replaces only the tables it plans, never this one)."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import List

from osgeo import ogr

from ..core.corrections.model import ROW_FIELDS, Correction

LOG = logging.getLogger(__name__)

TABLE = "corrections"
_TYPES = {"span_start": ogr.OFTInteger, "span_end": ogr.OFTInteger}


def read_corrections(gpkg: Path) -> List[Correction]:
    """Every correction in the file, in the order they were made; none when there is no table."""
    gpkg = Path(gpkg)
    if not gpkg.is_file():
        return []
    connection = sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True, timeout=10)
    try:
        names = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        if TABLE not in names:
            return []
        cursor = connection.execute(f'SELECT {", ".join(ROW_FIELDS)} FROM "{TABLE}"')
        rows = [dict(zip(ROW_FIELDS, values)) for values in cursor]
    finally:
        connection.close()
    found = []
    for row in rows:
        try:
            found.append(Correction.from_row(row))
        except ValueError as error:
            LOG.warning("%s: a correction that cannot be read is left out: %s", gpkg.name, error)
    return sorted(found, key=lambda c: (c.created, c.id))


def _table(ds):
    layer = ds.GetLayerByName(TABLE)
    if layer is not None:
        return layer
    layer = ds.CreateLayer(TABLE, None, ogr.wkbNone, ["FID=fid"])
    if layer is None:
        raise OSError(f"cannot create the table {TABLE}")
    for name in ROW_FIELDS:
        layer.CreateField(ogr.FieldDefn(name, _TYPES.get(name, ogr.OFTString)))
    return layer


def add_corrections(gpkg: Path, corrections: List[Correction]) -> None:
    """Append corrections (the table is made on first use); all or none are written."""
    ds = ogr.Open(str(gpkg), 1)
    if ds is None:
        raise OSError(f"cannot open {gpkg} for writing")
    try:
        ds.StartTransaction()
        layer = _table(ds)
        definition = layer.GetLayerDefn()
        for correction in corrections:
            feature = ogr.Feature(definition)
            for name, value in correction.to_row().items():
                if value is None:
                    feature.SetFieldNull(name)
                else:
                    feature.SetField(name, value)
            if layer.CreateFeature(feature) != 0:
                ds.RollbackTransaction()
                raise OSError(f"cannot write a correction to {gpkg}")
        ds.CommitTransaction()
    finally:
        ds = None


def remove_corrections(gpkg: Path, ids: List[str]) -> int:
    """Take corrections back (undo); returns how many rows went."""
    if not ids or not Path(gpkg).is_file():
        return 0
    connection = sqlite3.connect(str(gpkg), timeout=10)
    try:
        names = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        if TABLE not in names:
            return 0
        with connection:
            cursor = connection.execute(
                f'DELETE FROM "{TABLE}" WHERE correction_id IN ({", ".join("?" * len(ids))})', list(ids)
            )
        return cursor.rowcount
    finally:
        connection.close()
