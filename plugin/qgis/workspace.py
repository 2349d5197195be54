"""One analysis in a folder: the extraction record as the articles gave it (record.json), the
GeoPackage built from it with the analyst's corrections applied (frontline.gpkg, which also holds
the corrections table), and the layers of that GeoPackage in the current project.

`build` runs in a background task (plain data in, files out, no project, no layer of the project);
`present` runs on the main thread and puts the result on the map: styled layers in a Frontline
group, the base map, the date stamp, temporal control on with the project's time range, the canvas
on the campaign. A re-run into the same folder replaces what Frontline wrote there, nothing else.
"""

from __future__ import annotations

import gc
import json
import logging
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, Iterator, List, Mapping, Optional, Sequence, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsLayerTreeGroup,
    QgsMapLayer,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QTimer

from ..core.corrections.apply import apply_corrections
from ..core.corrections.model import Correction
from ..core.plan.frames import FramePlan, plan_frames
from . import basemap, playback, styles, temporal
from .build import GPKG_NAME, default_style, frames_plan, plan_with_rivers
from .geopackage import update_geopackage
from .layer_setup import correction_words, layer_title, set_up_layer, set_up_relations
from .project import FRAMES_LAYER
from .project_data import set_label_language
from .render import MAP_CRS
from .settings import read as read_preferences

LOG = logging.getLogger(__name__)

RECORD_NAME = "record.json"
ARTICLES_DIR = "articles"  # where pasted articles are kept
TABLE_PROPERTY = "frontline/table"  # which GeoPackage table a project layer shows
GROUP_NAME = "Frontline"
# the map's layers, top first; the date stamp and the frames table are helpers, hidden from the tree
SHOWN = ("events", "places", "advances", "control", "fronts", basemap.RIVERS_LAYER, "articles")
HELPERS = (basemap.CLOCK_LAYER, FRAMES_LAYER)
CURRENT = "events"  # the layer the analyst starts with: Identify hits an event, not the date stamp


@dataclass
class Outcome:
    """What a build wrote; plain data, handed from the task to the main thread."""

    folder: Path
    gpkg: Path
    record: dict  # as the articles gave it
    corrected: dict  # with the corrections applied
    applied: List[Correction] = field(default_factory=list)
    unmatched: List[Correction] = field(default_factory=list)
    counts: Dict[str, int] = field(default_factory=dict)
    warnings: List[str] = field(default_factory=list)
    frame_plan: Optional[FramePlan] = None
    bbox: Optional[Tuple[float, float, float, float]] = None
    sides: Tuple[str, ...] = ()
    items: Optional[dict] = None  # the review's index, when the task made it
    marks: Optional[list] = None  # the timeline's marks, when the task made them


def build(
    record: Mapping,
    corrections: Sequence[Correction],
    folder: Path,
    *,
    words: Optional[Mapping[str, str]] = None,
    styles_qml: Optional[Mapping[str, str]] = None,
    write_record: bool = True,
    basemap_layers: bool = True,
    guides: Optional[Mapping] = None,
    cancelled: Optional[Callable[[], bool]] = None,
    progress: Optional[Callable[[float], None]] = None,
) -> Outcome:
    """Apply the corrections, plan the layers and write record.json and the GeoPackage into
    `folder`, with `styles_qml` (default_styles(), made on the main thread: styles are QGIS
    objects) as the layers' stored styles. Cancelled (geopackage.Cancelled) leaves both files as
    they were."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    applied = apply_corrections(record, corrections)
    _settle_heap()
    _step(progress, 10)
    plan, rivers, bbox = plan_with_rivers(applied.record, basemap_layers, guides, words)
    frame_plan = plan_frames(applied.record)
    _settle_heap()
    layers = [*plan.layers.values(), basemap.clock_plan(), frames_plan(frame_plan)]
    if rivers is not None:
        layers.append(rivers)
    _step(progress, 40)
    held = tuple(sorted({row["attrs"].get("side") for row in plan.layers["control"].rows} - {None}))
    qml = {
        name: narrow_sides(text, held) if name in ("control", "fronts") else text
        for name, text in (styles_qml or {}).items()
    }
    _step(progress, 50)
    gpkg = folder / GPKG_NAME
    record_path = folder / RECORD_NAME
    partial = record_path.with_name(f".{RECORD_NAME}.part")
    try:
        if write_record:
            write_record_file(record, partial, cancelled)
        _step(progress, 60)
        counts = update_geopackage(gpkg, layers, styles=qml, cancelled=cancelled)
        if write_record:
            os.replace(partial, record_path)  # the record and the GeoPackage it built, together
    finally:
        if partial.exists():
            partial.unlink()
    for layer in layers:  # fifteen thousand rows freed a row at a time (see tasks.release)
        while layer.rows:
            layer.rows.pop()
    _step(progress, 100)
    return Outcome(
        folder,
        gpkg,
        dict(record),
        applied.record,
        applied.applied,
        applied.unmatched,
        counts,
        list(plan.warnings),
        frame_plan,
        bbox,
        held,
    )


def _style_plans() -> list:
    from ..core.plan.layers import Field, LayerPlan, empty_layers

    return [
        *empty_layers().values(),
        basemap.clock_plan(),
        frames_plan(None),
        LayerPlan(basemap.RIVERS_LAYER, "LineString", [Field("name", "string"), Field("source", "string")]),
    ]


def _style_signature() -> str:
    """What the styles depend on: the interface's language and the options' side colours."""
    from .i18n import user_language
    from .settings import read

    return json.dumps([user_language(), read().side_colours], sort_keys=True)


_STYLES: Dict[str, Dict[str, str]] = {}  # signature → layer name → QML


def default_styles() -> Dict[str, str]:
    """The stored style of every layer Frontline writes (main thread: it builds QGIS symbols). The
    control and front layers list every side here; present() narrows them to the sides held.
    Made once per language and side colours (warm_styles makes them while QGIS is idle)."""
    for _ in warm_styles():
        pass
    return dict(_STYLES[_style_signature()])


def warm_styles() -> Iterator[None]:
    """Make the default styles a layer at a time, yielding between layers: run a step per turn of
    the event loop and no turn takes more than one layer's style (tens of milliseconds)."""
    signature = _style_signature()
    if signature in _STYLES:
        return
    made = {}
    for plan in _style_plans():
        if signature in _STYLES:
            return  # a run needed them first and made them all
        made[plan.name] = default_style(plan)
        yield
    _STYLES.clear()
    _STYLES[signature] = made


_SIDE_RULE = re.compile(r"<rule [^>]*?filter=\"[^\"]*&quot;side&quot; = '([^']+)'[^\"]*\"[^>]*?/>")


def narrow_sides(qml: str, held: Sequence[str]) -> str:
    """The style with a legend entry only for the sides the layer holds: the rule of any other side
    is taken out of the QML text (no QGIS object needed, so this runs in the task)."""
    return _SIDE_RULE.sub(lambda match: match.group(0) if match.group(1) in held else "", qml)


def write_record_file(record: Mapping, path: Path, cancelled: Optional[Callable[[], bool]] = None) -> None:
    """The record as JSON, written an article at a time: one json.dumps of a thousand articles
    holds Python's lock for a tenth of a second, long enough to stall QGIS's interface."""
    from .geopackage import Cancelled

    with open(path, "w", encoding="utf-8") as out:
        out.write("{")
        for number, (key, value) in enumerate(record.items()):
            out.write(("," if number else "") + f"\n {json.dumps(key)}: ")
            if isinstance(value, list):
                out.write("[")
                for index, item in enumerate(value):
                    if index % 50 == 49 and cancelled is not None and cancelled():
                        raise Cancelled()
                    out.write(("," if index else "") + "\n  " + json.dumps(item, ensure_ascii=False))
                out.write("]")
            else:
                out.write(json.dumps(value, ensure_ascii=False))
        out.write("\n}\n")


def read_record(folder: Path) -> Optional[dict]:
    path = Path(folder) / RECORD_NAME
    if not path.is_file():
        return None
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        LOG.warning("cannot read %s: %s", path, error)
        return None
    return record if isinstance(record, dict) else None


def _settle_heap() -> None:
    """Keep what a stage made (a record of fifteen thousand items, their layer rows) out of the
    cycle collector's full passes: one pass over them holds Python's lock, and with it QGIS's
    interface, for a tenth of a second. They hold no cycles; reference counting frees them."""
    gc.freeze()


def _step(progress, percent: float) -> None:
    if progress is not None:
        progress(percent)


# --- the current project ------------------------------------------------------------------------


def load_layer(gpkg: Path, name: str) -> Optional[QgsVectorLayer]:
    """A table of the GeoPackage as a layer with its stored style, read once (project.gpkg_layer
    reads it twice, which QGIS 3.22 needs when the layer is made with its default style)."""
    options = QgsVectorLayer.LayerOptions()
    options.loadDefaultStyle = False
    layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr", options)
    if not layer.isValid():
        return None
    layer.loadDefaultStyle()
    return layer


def frontline_layers(project: QgsProject, gpkg: Optional[Path] = None) -> Dict[str, QgsVectorLayer]:
    """The project's layers of a Frontline GeoPackage (any, or the one at `gpkg`), by table name."""
    found = {}
    for layer in project.mapLayers().values():
        table = layer.customProperty(TABLE_PROPERTY)
        if not table or not isinstance(layer, QgsVectorLayer):
            continue
        if gpkg is not None and Path(layer.source().split("|")[0]) != Path(gpkg):
            continue
        found[str(table)] = layer
    return found


def present(outcome: Outcome, project: QgsProject, canvas=None, iface=None) -> Dict[str, QgsVectorLayer]:
    """The analysis on the map: new layers are added styled; layers already there (a re-run, a
    rebuild after a correction) keep the analyst's styling and get their new features."""
    layers: Dict[str, QgsVectorLayer] = {}
    for _ in present_steps(outcome, project, canvas, iface, layers):
        pass
    return layers


def present_steps(
    outcome: Outcome, project: QgsProject, canvas, iface, layers: Dict[str, QgsVectorLayer]
) -> Iterator[None]:
    """present() one layer at a time: the caller may let QGIS's event loop run between the steps
    (loading a layer with its style takes a few hundredths of a second, nine of them would hold
    up the interface), `layers` fills as they come."""
    existing = frontline_layers(project, outcome.gpkg)
    first_time = not existing
    layers.update(existing)
    sides = ",".join(outcome.sides)
    # The canvas draws nothing while the layers change and no drawing is under way when they do:
    # QGIS 3.22 can crash when a cancelled drawing still prepares a layer's symbols in its thread
    # while the next one starts or the layer's style is replaced (shared symbol expressions).
    frozen = canvas is not None and not canvas.isFrozen()
    if frozen:
        canvas.freeze(True)
        canvas.waitWhileRendering()
    try:
        yield from _load_steps(outcome, project, layers, existing, sides)
        for name, layer in existing.items():
            set_up_layer(layer, name)
        set_up_relations(project, layers)
        set_label_language(project, read_preferences().labels)  # the options' spelling of place labels
        if outcome.frame_plan is not None:
            temporal.configure_project(project, outcome.frame_plan)
    finally:
        if frozen and not sip.isdeleted(canvas):
            canvas.freeze(False)
            canvas.refresh()  # what was reloaded or restyled while it was frozen
    if canvas is not None:
        _show(outcome, project, canvas, first_time)
    if iface is not None and CURRENT in layers and first_time:
        iface.setActiveLayer(layers[CURRENT])


def _load_steps(
    outcome: Outcome, project: QgsProject, layers: Dict[str, QgsVectorLayer], existing: dict, sides: str
) -> Iterator[None]:
    """The layers of the outcome: the existing ones reloaded (restyled when the sides changed),
    the new ones loaded, styled and added to the layer tree."""
    first_time = not existing
    for name in (*SHOWN, *HELPERS):
        layer = existing.get(name)
        if layer is not None:
            layer.dataProvider().reloadData()
            if name in ("control", "fronts") and layer.customProperty("frontline/sides") != sides:
                styles.apply_style(layer, name, outcome.sides)  # a side the legend did not list yet
                layer.setCustomProperty("frontline/sides", sides)
            layer.triggerRepaint()
            yield
            continue
        if outcome.counts.get(name) is None:
            continue
        layer = load_layer(outcome.gpkg, name)
        if layer is None:
            continue
        layer.setName(layer_title(name))
        layer.setCustomProperty(TABLE_PROPERTY, name)
        layer.setCustomProperty("frontline/sides", sides)
        set_up_layer(layer, name)
        layers[name] = layer
        yield
    _add_to_tree(project, {n: lyr for n, lyr in layers.items() if n not in existing}, first_time)
    yield


def _add_to_tree(project: QgsProject, new: Dict[str, QgsVectorLayer], first_time: bool) -> None:
    if not new:
        return
    root = project.layerTreeRoot()
    group = root.findGroup(GROUP_NAME)
    if group is None:
        group = root.insertGroup(0, GROUP_NAME)
    for name in SHOWN:
        layer = new.get(name)
        if layer is None:
            continue
        project.addMapLayer(layer, False)
        node = group.addLayer(layer)
        if name == "articles":
            node.setItemVisibilityChecked(False)
    for name in HELPERS:
        layer = new.get(name)
        if layer is None:
            continue
        # the date stamp draws on the map but is no layer to pick, identify or switch off
        layer.setFlags(layer.flags() | QgsMapLayer.LayerFlag.Private)
        project.addMapLayer(layer, False)
        node = group.insertLayer(0, layer)
        if name == FRAMES_LAYER:
            node.setItemVisibilityChecked(False)
    if first_time and not _has_base_map(project):
        world = basemap.countries_layer(layer_title("countries"))
        if world is not None:
            styles.apply_style(world, "countries")
            world.setCustomProperty(TABLE_PROPERTY, "countries")
            project.addMapLayer(world, False)
            root.addLayer(world)
    if isinstance(group, QgsLayerTreeGroup):
        group.setExpanded(True)


def _has_base_map(project: QgsProject) -> bool:
    return any(
        layer.customProperty(TABLE_PROPERTY) == "countries" or "world_map.gpkg" in layer.source()
        for layer in project.mapLayers().values()
    )


def _same_range(a, b) -> bool:
    """Equal on the wall clock (the desktop's controller holds UTC, Frontline local times)."""

    def wall(moment):
        return moment.toPyDateTime().replace(tzinfo=None) if moment.isValid() else None

    return wall(a.begin()) == wall(b.begin()) and wall(a.end()) == wall(b.end())


def _show(outcome: Outcome, project: QgsProject, canvas, first_time: bool) -> None:
    """Temporal control on with the campaign's time range, and the canvas on the campaign, the
    first time; a rebuild keeps the day and the view the analyst is looking at."""
    if outcome.frame_plan is not None:
        nav = playback.controller(canvas)
        wanted = temporal.frame_range(outcome.frame_plan.start, outcome.frame_plan.end)
        shown = (
            nav.dateTimeRangeForFrameNumber(nav.currentFrameNumber()).begin()
            if nav.totalFrameCount()
            else None
        )
        if first_time or not _same_range(nav.temporalExtents(), wanted):
            temporal.setup_navigation(nav, outcome.frame_plan)
            if first_time or shown is None or not shown.isValid():
                nav.setCurrentFrameNumber(0)
            else:
                playback.go_to(canvas, shown.toPyDateTime().replace(tzinfo=None))
    if not first_time or outcome.bbox is None:
        return
    mine = all(layer.customProperty(TABLE_PROPERTY) for layer in project.mapLayers().values())

    def frame() -> None:
        if sip.isdeleted(canvas):
            return
        canvas.waitWhileRendering()  # one drawing at a time (see present_steps)
        if mine:  # a project of Frontline's layers only: the map's own CRS (conformal, as the exports)
            project.setCrs(QgsCoordinateReferenceSystem(MAP_CRS))
        if canvas.mapSettings().destinationCrs() != project.crs():
            canvas.setDestinationCrs(project.crs())  # QGIS's canvas follows the project; a bare one does not
        transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), project.crs(), project)
        try:
            extent = transform.transformBoundingBox(QgsRectangle(*outcome.bbox))
        except QgsCsException:
            return
        canvas.setExtent(extent)
        canvas.refresh()

    frame()
    # QGIS sets up the canvas for the first layers of a new project once the event loop runs (the
    # first layer's CRS, the full extent): the campaign's view is set again after it
    QTimer.singleShot(0, frame)


__all__ = ["ARTICLES_DIR", "GPKG_NAME", "RECORD_NAME", "Outcome", "build", "correction_words", "present"]
