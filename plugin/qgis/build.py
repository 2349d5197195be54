"""From an extraction record to every output: the styled temporal GeoPackage, the project, and
the exports read back from that project (situation map, small multiples, animation). The CLI,
the Processing algorithms and `make demo` all call `build_outputs`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Dict, List, Mapping, Optional

from qgis.core import QgsField, QgsFields, QgsProject, QgsVectorLayer, QgsWkbTypes

from ..core.events.routes import parse_time
from ..core.events.sides import side_keys
from ..core.places.gazetteer import POINT_KINDS
from ..core.plan.frames import FramePlan, plan_frames
from ..core.plan.layers import Field, LayerPlan, plan_layers
from . import basemap as basemap_module
from . import styles
from .compat import FIELD_TYPES, WKB_TYPES
from .geopackage import write_geopackage
from .project import FRAMES_LAYER, build_project

LOG = logging.getLogger(__name__)

GPKG_NAME = "frontline.gpkg"
PROJECT_NAME = "frontline.qgz"
FRAMES_DIR = "frames"
_FIELD_TYPES = {
    "string": FIELD_TYPES["String"],
    "integer": FIELD_TYPES["Int"],
    "real": FIELD_TYPES["Double"],
    "datetime": FIELD_TYPES["DateTime"],
    "boolean": FIELD_TYPES["Bool"],
}
_WKB = {
    "None": WKB_TYPES["NoGeometry"],
    **{name: WKB_TYPES[name] for name in ("Point", "LineString", "Polygon", "MultiPolygon")},
}


@dataclass
class BuildReport:
    """What a build wrote and what the analyst should know about it."""

    paths: Dict[str, Path] = field(default_factory=dict)  # gpkg, project, gif
    frames: List[Path] = field(default_factory=list)
    counts: Dict[str, int] = field(default_factory=dict)
    warnings: List[str] = field(default_factory=list)
    frame_plan: Optional[FramePlan] = None

    def text(self) -> str:
        lines = [f"{kind}: {path}" for kind, path in self.paths.items()]
        lines.append("features: " + ", ".join(f"{name} {n}" for name, n in self.counts.items()))
        if self.frames:
            lines.append(f"frames: {len(self.frames)} PNG in {self.frames[0].parent}")
        lines += [f"warning: {w}" for w in self.warnings]
        return "\n".join(lines)


def frames_plan(plan: Optional[FramePlan]) -> LayerPlan:
    """A table of the playback frames: the coverage of the layout's time-driven atlas."""
    layer = LayerPlan(
        FRAMES_LAYER,
        "None",
        [
            Field("frame_start", "datetime"),
            Field("frame_end", "datetime"),
            Field("label", "string"),
            Field("key", "boolean"),
        ],
    )
    if plan is None:
        return layer
    keys = set(plan.key_frames())
    for index in range(plan.frame_count()):
        begin, end = plan.frame_range(index)
        layer.add(
            None,
            frame_start=begin.isoformat(),
            frame_end=end.isoformat(),
            label=f"{begin:%d %b %Y}",
            key=index in keys,
        )
    return layer


def default_style(plan: LayerPlan) -> str:
    """The QML a layer of this schema gets as its stored default style."""
    layer = QgsVectorLayer(
        f"{QgsWkbTypes.displayString(_WKB[plan.geometry])}?crs=EPSG:4326"
        if plan.geometry != "None"
        else "None",
        plan.name,
        "memory",
    )
    fields = QgsFields()
    for f in plan.fields:
        fields.append(QgsField(f.name, _FIELD_TYPES[f.type]))
    layer.dataProvider().addAttributes(fields.toList())
    layer.updateFields()
    # the control and front layers get a legend entry for each side they hold, in the table's order,
    # then the countries the table does not know ("RW": Rwandan forces)
    held = {row["attrs"].get("side") for row in plan.rows} if plan.name in ("control", "fronts") else set()
    known = side_keys()
    sides = tuple(k for k in known if k in held) + tuple(sorted(k for k in held if k and k not in known))
    styles.apply_style(layer, plan.name, sides=sides)
    return styles.style_qml(layer)


def build_outputs(
    record: Mapping,
    out_dir: Path,
    *,
    overwrite: bool = False,
    frames: bool = True,
    gif: bool = True,
    layout: bool = True,
    basemap: bool = True,
    xyz: bool = False,
    title: str = "Frontline",
    guides: Optional[Mapping] = None,
    feedback=None,
) -> BuildReport:
    """Write GeoPackage and project into `out_dir`, then export from that project: with `layout`
    the situation map at the last day something was reported (situation_<date>.pdf/.png/.svg) and
    a small-multiples page, with `frames`/`gif` the animated page (animation_frames/*.png,
    animation.gif and .mp4), each with its manifest. `guides` are the analyst's own lines
    (follow_key of a name → LineNetwork, guide_layer.guides_from_layer) that advances follow by name,
    before the offline river map's."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    report = BuildReport()
    record = corrected_record(record, out_dir / GPKG_NAME, report.warnings)
    plan, rivers, bbox = plan_with_rivers(record, basemap, guides)
    report.warnings += plan.warnings
    frame_plan = plan_frames(record)
    report.frame_plan = frame_plan
    if frame_plan is None:
        report.warnings.append("nothing in the record is dated: no playback range, no frames")

    extra = [basemap_module.clock_plan(), frames_plan(frame_plan)]
    if rivers is not None:
        extra.append(rivers)
    layers = list(plan.layers.values()) + extra
    _progress(feedback, 10, "styling layers")
    qml = {layer.name: default_style(layer) for layer in layers}

    gpkg = out_dir / GPKG_NAME
    qgz = out_dir / PROJECT_NAME
    if qgz.exists() and not overwrite:
        raise FileExistsError(f"{qgz} exists; pass overwrite=True to replace it")
    _progress(feedback, 20, "writing the GeoPackage")
    report.counts = write_geopackage(gpkg, layers, styles=qml, overwrite=overwrite)
    report.paths["gpkg"] = gpkg
    _progress(feedback, 40, "writing the project")
    build_project(qgz, gpkg, frame_plan, bbox, title=title, basemap_layers=basemap, xyz=xyz)
    report.paths["project"] = qgz
    remove_legacy_outputs(out_dir)
    if frame_plan is not None and (layout or frames or gif):
        export_from_project(qgz, out_dir, report, layout=layout, frames=frames, gif=gif, feedback=feedback)
    _progress(feedback, 100, "done")
    return report


def corrected_record(record: Mapping, gpkg: Path, warnings: Optional[List[str]] = None) -> Mapping:
    """The record with the analyst's corrections of the GeoPackage at `gpkg` applied (as it is
    when there are none): every build and every export from a record honours them. A correction
    that no longer matches anything is named in `warnings`."""
    from ..core.corrections.apply import apply_corrections
    from ..core.corrections.model import describe
    from .corrections_store import read_corrections

    corrections = read_corrections(gpkg)
    if not corrections:
        return record
    applied = apply_corrections(record, corrections)
    if warnings is not None:
        warnings += [
            f"the correction '{describe(c)}' of {c.target} {c.article} by {c.author} no longer matches anything"
            for c in applied.unmatched
        ]
    return applied.record


def export_from_project(qgz: Path, out_dir: Path, report: BuildReport, *, layout=True, frames=True, gif=True,
                        feedback=None) -> None:  # fmt: skip
    """The exports, read back from the project as an analyst would open it: the situation map at
    the last day something was reported (PDF, PNG, SVG), a small-multiples page at the key events,
    and the page animated (PNG frames, GIF, MP4), each with its manifest."""
    from .animation import AnimationSettings, export_animation
    from .exporting import ExportError, export_situation
    from .multiples import export_small_multiples

    project = QgsProject()
    if not project.read(str(qgz)):
        report.warnings.append(f"cannot read {qgz} back: no exports")
        return
    try:
        if layout:
            _progress(feedback, 50, "exporting the situation map")
            situation = export_situation(project, out_dir)
            report.paths.update({kind: path for kind, path in situation.paths.items()})
            report.paths["manifest"] = situation.manifest
            _progress(feedback, 58, "exporting the small multiples")
            multiples = export_small_multiples(project, out_dir, mode="key", formats=("pdf", "png"))
            report.paths["multiples"] = multiples.paths["pdf"]
        if frames or gif:
            _progress(feedback, 65, "rendering the animation")
            settings = AnimationSettings(formats=("gif", "mp4") if gif else ())
            animation = export_animation(project, out_dir, settings)
            report.frames = [out_dir / f"{settings.stem}_frames" / f["file"] for f in animation.frames]
            report.paths.update({kind: path for kind, path in animation.paths.items()})
            report.warnings += animation.warnings
    except (ExportError, OSError, RuntimeError, ValueError) as error:
        report.warnings.append(f"export failed: {error}")
        LOG.exception("export failed")


# What builds before the exports read the project wrote: key frames, every day's frame, a GIF
# built from the record. Frontline's own names only; nothing else in the folder is touched.
LEGACY = (f"{FRAMES_DIR}/frame_*.png", f"{FRAMES_DIR}/all/frame_*.png", "advances.gif")


def remove_legacy_outputs(out_dir: Path) -> None:
    for pattern in LEGACY:
        for path in Path(out_dir).glob(pattern):
            path.unlink()
    for folder in (Path(out_dir) / FRAMES_DIR / "all", Path(out_dir) / FRAMES_DIR):
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()


def plan_with_rivers(
    record: Mapping, rivers: bool = True, guides: Optional[Mapping] = None, words: Optional[Mapping] = None
):
    """(layer plan, rivers layer plan or None, map bbox): advances that follow a river on the map,
    or a line of the analyst's `guides`, run along it; the river lines come from the area the
    straight routes span. `words` translate what the analyst corrected (plan_layers)."""
    plan = plan_layers(record, words=words)
    bbox = _bbox(_area_wkts(plan))
    borders = (
        basemap_module.country_shapes(_widen(bbox, 3.0))
        if rivers and bbox and plan.layers["fronts"].rows
        else []
    )
    if borders:  # the derived front stops at the borders of the countries its places lie in
        plan = plan_layers(record, borders=borders, words=words)
    advances = record.get("advances") if isinstance(record, Mapping) else None
    following = any(isinstance(a, Mapping) and a.get("follows") for a in advances or [])
    if not rivers or bbox is None:
        return (
            (
                plan_layers(record, guides=guides, borders=borders, words=words)
                if guides and following
                else plan
            ),
            None,
            bbox,
        )
    river_plan, warnings = basemap_module.rivers_plan(_widen(bbox, 3.0))
    if following and (river_plan.rows or guides):
        rivers_on_map = basemap_module.river_guides(river_plan)
        mine = guides or {}
        # the analyst's line first; the offline river when the advance lies far from the analyst's
        merged = {key: [line for line in (mine.get(key), rivers_on_map.get(key)) if line is not None]
                  for key in {*mine, *rivers_on_map}}  # fmt: skip
        plan = plan_layers(record, guides=merged, borders=borders, words=words)
    plan.warnings += warnings
    return plan, river_plan, bbox


def _progress(feedback, percent: float, text: str) -> None:
    LOG.info("%s", text)
    if feedback is not None:
        feedback.setProgress(percent)
        feedback.pushInfo(text)


def _area_wkts(plan) -> list:
    """What the map should show: the advances and the places that changed hands (the control
    points), else the events, else the places, leaving out countries and regions (a mention of
    "USA" must not zoom the map out to the world) and points far outside the campaign's theatre
    (a town misread in another country)."""
    wkts = [r["wkt"] for name in ("advances", "control") for r in plan.layers[name].rows if r.get("wkt")]
    for name in ("events", "places"):
        if wkts:
            break
        rows = plan.layers[name].rows
        if name == "places":
            rows = [r for r in rows if r["attrs"].get("kind") in POINT_KINDS] or rows
        wkts = [r["wkt"] for r in rows if r.get("wkt")]
    return _in_theatre(wkts)


# A point is outside the theatre when it lies farther from the median of all points than this
# many times their median distance from it, and farther than THEATRE_MIN_KM.
THEATRE_SPREAD = 3.0
THEATRE_MIN_KM = 150.0


def _in_theatre(wkts: list) -> list:
    from ..core.places.gazetteer import distance_km

    def centre(wkt: str):
        numbers = wkt[wkt.index("(") :].replace("(", " ").replace(")", " ").replace(",", " ").split()
        values = [float(n) for n in numbers]
        xs, ys = values[0::2], values[1::2]
        return sum(ys) / len(ys), sum(xs) / len(xs)

    points = [centre(w) for w in wkts]
    if len(points) < 3:
        return wkts
    lat = sorted(p[0] for p in points)[len(points) // 2]
    lon = sorted(p[1] for p in points)[len(points) // 2]
    distances = [distance_km(lat, lon, *p) for p in points]
    reach = max(THEATRE_MIN_KM, THEATRE_SPREAD * sorted(distances)[len(distances) // 2])
    return [w for w, d in zip(wkts, distances) if d <= reach]


def _bbox(wkts):
    return basemap_module.area_of_interest([w for w in wkts if w], margin=0.15)


def _widen(bbox, factor: float):
    x0, y0, x1, y1 = bbox
    dx, dy = (x1 - x0) * (factor - 1) / 2, (y1 - y0) * (factor - 1) / 2
    return x0 - dx, y0 - dy, x1 + dx, y1 + dy


def summary_table(record: Mapping) -> str:
    """A short text table of places, events, advances and control periods with their dates."""
    plan = plan_with_rivers(record)[0]
    rows: List[tuple] = []
    seen = set()
    for place in plan.layers["places"].rows:
        a = place["attrs"]
        if (a["name"], a["gazetteer_id"]) in seen:
            continue
        seen.add((a["name"], a["gazetteer_id"]))
        where = "unplaced" if place["wkt"] is None else place["wkt"][7:-1]
        if a["drawn_at"]:
            where = f"not in the gazetteer, drawn at {a['drawn_at']}"
        rows.append(("place", a["name"] or "?", _day(a["first_seen"]), "", where))
    for event in plan.layers["events"].rows:
        a = event["attrs"]
        rows.append(
            (
                "event",
                f"{a['type']} {a['place'] or '?'}",
                _day(a["t_start"]),
                _day(a["t_end"]),
                a["certainty"] or "",
            )
        )
    for advance in plan.layers["advances"].rows:
        a = advance["attrs"]
        what = a["route"] or a["advance_id"]
        if a["objective"]:
            what += f" (objective {a['objective']})"
        if a["movement"] == "withdrawal":
            what = f"withdrawal {what}"
        if a["found"] and a["found"] != "stated":
            what += f" [{a['found']}]"
        rows.append(
            (
                "advance",
                what,
                _day(a["t_start"]),
                _day(a["t_end"]),
                f"{a['certainty'] or ''} {a['length_km']:.0f} km",
            )
        )
    for period in plan.layers["control"].rows:
        a = period["attrs"]
        holder = a["side_label"] if a["change"] == "left" else f"held by {a['side'] or 'side not stated'}"
        rows.append(
            (
                "control",
                f"{a['name'] or '?'} {holder}",
                _day(a["valid_from"]),
                _day(a["valid_to"]),
                f"{a['certainty'] or ''}{' (side inferred)' if a['side_note'] and a['side'] else ''}",
            )
        )
    header = ("kind", "what", "from", "to", "notes")
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(5)]
    lines = ["  ".join(str(v).ljust(w) for v, w in zip(row, widths)).rstrip() for row in [header, *rows]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _day(value) -> str:
    moment = parse_time(value)
    if moment is None:
        return ""
    return f"{moment:%Y-%m-%d}" if moment.time() == datetime.min.time() else f"{moment:%Y-%m-%d %H:%M}"
