"""Export a composed page to PDF (vector, text kept as text), PNG at print resolution and SVG, and
write the manifest beside it; `export_situation` is the situation map at one date.

The page's date is the map item's time and the file names carry the same date, so a saved layout
and its export cannot disagree.
"""

from __future__ import annotations

import logging
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Dict, List, Mapping, Optional, Sequence

from osgeo import gdal
from qgis.core import Qgis, QgsLayoutExporter, QgsProject, QgsRectangle

from ..core.plan.manifest import article_entries, build_manifest, manifest_path, write_manifest
from ..metadata import version
from . import layouts, project_data
from .compat import TEXT_ALWAYS_TEXT

LOG = logging.getLogger(__name__)

FORMATS = ("pdf", "png", "svg")
PRINT_DPI = 300


@dataclass
class ExportResult:
    """What an export wrote: its files by format, its manifest, and what the page says."""

    kind: str
    paths: Dict[str, Path] = field(default_factory=dict)
    manifest: Optional[Path] = None
    title: str = ""
    legend: List[str] = field(default_factory=list)
    articles: List[dict] = field(default_factory=list)
    frames: List[dict] = field(default_factory=list)
    warnings: List[str] = field(default_factory=list)


class ExportError(RuntimeError):
    pass


def export_page(
    layout, base: Path, formats: Sequence[str] = FORMATS, dpi: int = PRINT_DPI
) -> Dict[str, Path]:
    """`base`.pdf / .png / .svg of the layout's first page."""
    exporter = QgsLayoutExporter(layout)
    written: Dict[str, Path] = {}
    base.parent.mkdir(parents=True, exist_ok=True)
    for kind in formats:
        path = base.with_suffix(f".{kind}")
        if kind == "pdf":
            settings = QgsLayoutExporter.PdfExportSettings()
            settings.dpi = dpi
            settings.forceVectorOutput = True  # vector throughout, never a page-sized bitmap
            settings.rasterizeWholeImage = False
            settings.textRenderFormat = TEXT_ALWAYS_TEXT  # titles, labels and sources stay text
            settings.appendGeoreference = True
            result = exporter.exportToPdf(str(path), settings)
        elif kind == "png":
            settings = QgsLayoutExporter.ImageExportSettings()
            settings.dpi = dpi
            # QGIS then tries to georeference the PNG in place, which GDAL's PNG driver refuses
            # with "ERROR 6 … does not support update access"; the image is written regardless
            with quiet_gdal():
                result = exporter.exportToImage(str(path), settings)
        elif kind == "svg":
            settings = QgsLayoutExporter.SvgExportSettings()
            settings.dpi = dpi
            settings.forceVectorOutput = True
            settings.textRenderFormat = TEXT_ALWAYS_TEXT
            result = exporter.exportToSvg(str(path), settings)
        else:
            raise ValueError(f"cannot export to {kind!r}: one of {', '.join(FORMATS)}")
        if result != QgsLayoutExporter.ExportResult.Success:
            raise ExportError(f"cannot export the layout to {path}: {exporter.errorMessage()}")
        written[kind] = path
    return written


@contextmanager
def quiet_gdal():
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        yield
    finally:
        gdal.PopErrorHandler()


def search_bases(project: QgsProject) -> List[Path]:
    """Where an article's recorded (relative) path may start: the project's folder, the
    GeoPackage's, their parents, and the working directory."""
    bases: List[Path] = []
    for start in (project.absolutePath(), project_data.geopackage(project)):
        if not start:
            continue
        path = Path(start)
        path = path if path.is_dir() else path.parent
        for _level in range(4):
            if path not in bases:
                bases.append(path)
            path = path.parent
    bases.append(Path.cwd())
    return bases


@dataclass
class ProjectRecord:
    """What a manifest says about the project, read on the main thread (a background task then
    writes the manifest without touching the project)."""

    project_file: Optional[str]
    bases: List[Path]
    corrections: Optional[List[dict]]


def project_record(project: QgsProject) -> ProjectRecord:
    return ProjectRecord(
        project.fileName() or None, search_bases(project), project_data.correction_rows(project)
    )


def write_export_manifest(
    kind: str,
    project,
    outputs: Sequence[Path],
    *,
    articles: Sequence[Mapping],
    layers: Sequence[Mapping],
    frames: Sequence[Mapping] = (),
    settings: Optional[Mapping] = None,
    target: Optional[Path] = None,
) -> Path:
    """The manifest beside the first output (`<stem>.manifest.json`); `project` is the QgsProject
    or its ProjectRecord."""
    record = project if isinstance(project, ProjectRecord) else project_record(project)
    manifest = build_manifest(
        kind,
        outputs,
        version=version(),
        qgis_version=Qgis.QGIS_VERSION,
        project=record.project_file,
        frames=frames,
        layers=layers,
        articles=article_entries(articles, record.bases),
        corrections=record.corrections,
        settings=settings,
    )
    return write_manifest(target or manifest_path(outputs[0]), manifest)


def export_situation(
    project: QgsProject,
    out_dir: Path,
    *,
    when=None,
    template: str = layouts.DEFAULT_TEMPLATE,
    title: Optional[str] = None,
    extent: Optional[QgsRectangle] = None,
    formats: Sequence[str] = FORMATS,
    dpi: int = PRINT_DPI,
    labels: Optional[str] = None,
    language: str = "en",
    stem: str = "situation",
) -> ExportResult:
    """The situation map of the project at `when` (default: the last day something was reported)
    as `<stem>_<date>.pdf/.png/.svg` and its manifest."""
    moment = _moment(when) or layouts.default_date(project)
    if moment is None:
        raise ExportError("the project has no dated Frontline layers: no date to show")
    layout = layouts.load_template(project, template)
    sheet = layouts.compose(
        project,
        layout,
        [layouts.day_frame(moment)],
        title=title,
        extent=extent,
        language=language,
        labels=labels,
    )
    base = Path(out_dir) / f"{stem}_{moment:%Y-%m-%d}"
    paths = export_page(layout, base, formats, dpi)
    frame = {"index": 0, "date": f"{moment:%Y-%m-%d}", "files": [p.name for p in paths.values()]}
    manifest = write_export_manifest(
        "situation map",
        project,
        list(paths.values()),
        articles=sheet.articles,
        layers=sheet.layers,
        frames=[frame],
        settings={"template": template, "title": sheet.title, "dpi": dpi, "labels": labels or
                  project_data.label_language(project), "legend": sheet.legend, "extent": extent_record(sheet)},
    )  # fmt: skip
    return ExportResult("situation map", paths, manifest, sheet.title, sheet.legend, sheet.articles, [frame])


def extent_record(sheet) -> dict:
    e = sheet.extent
    return {"crs": sheet.crs.authid(), "bbox": [e.xMinimum(), e.yMinimum(), e.xMaximum(), e.yMaximum()]}


def _moment(when) -> Optional[datetime]:
    if when is None or when == "":
        return None
    if isinstance(when, datetime):
        return when
    if hasattr(when, "toPyDateTime"):
        return when.toPyDateTime().replace(tzinfo=None)
    if hasattr(when, "year") and hasattr(when, "month"):
        return datetime(when.year, when.month, when.day)
    return datetime.fromisoformat(str(when)[:19])
