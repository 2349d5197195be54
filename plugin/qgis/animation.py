"""Animations of the current project over a date range: of the map alone (the date on every frame)
or of a whole page (title, date, legend, locator, sources and credits on every frame), as PNG
frames, an animated GIF and an H.264 MP4, with hold frames on key dates and, optionally, without
the days on which nothing on the map changes.

`prepare_animation` reads the project and composes the page; `AnimationJob.run` renders, encodes
and writes the manifest. QGIS renders layouts on the main thread only (its own layout export
algorithms run there), so `AnimationTask` renders one frame per turn of the main event loop, the
map stays usable and the task manager shows progress and a cancel button, and encodes the GIF and
MP4 and writes the manifest in its background thread. A re-run deletes the frames its previous
run wrote (listed in its manifest, or named as it names them) and nothing else in the folder.
"""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from qgis.core import QgsApplication, QgsLayoutExporter, QgsMapSettings, QgsProject, QgsRectangle, QgsTask
from qgis.PyQt.QtCore import QObject, QRectF, QSize, Qt, QTimer
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter, QPen

from ..core.plan.manifest import manifest_path, read_manifest
from ..core.plan.schedule import Frame, picture_count, plan_animation
from ..core.plan.sheet import format_day
from . import encode, layouts, project_data
from .compat import TASK_CAN_CANCEL
from .exporting import (
    ExportError,
    ExportResult,
    ProjectRecord,
    extent_record,
    project_record,
    write_export_manifest,
)
from .render import map_settings, render_image
from .styles import LABEL_LANGUAGE_VARIABLE
from .temporal import frame_range

LOG = logging.getLogger(__name__)

MODES = ("layout", "map")
VIDEO_FORMATS = ("gif", "mp4")
SLIDE = "slide-16x9"
PNG_QUALITY = 85  # Qt's PNG quality: less compression, quicker frames


@dataclass
class AnimationSettings:
    """What to animate and how (dates are days; None: the project's first and last key days)."""

    first: Optional[datetime] = None
    last: Optional[datetime] = None
    step_days: int = 1
    fps: float = 2.0
    hold: int = 2  # extra pictures of each frame holding a key date
    skip_unchanged: bool = True
    size: Tuple[int, int] = (1280, 720)
    mode: str = "layout"
    template: str = SLIDE
    formats: Tuple[str, ...] = VIDEO_FORMATS
    title: Optional[str] = None
    labels: Optional[str] = None
    language: str = "en"
    stem: str = "animation"
    extent: Optional[QgsRectangle] = None


@dataclass
class AnimationJob:
    """Everything the rendering and encoding need, prepared on the main thread."""

    project: QgsProject
    settings: AnimationSettings
    out_dir: Path
    frames: List[Frame]
    size: Tuple[int, int]
    layout: Optional[object] = None  # the composed page (layout mode)
    layers: list = field(default_factory=list)  # map mode
    extent: Optional[QgsRectangle] = None
    sheet: Optional[layouts.Sheet] = None
    record: Optional[ProjectRecord] = None  # what the manifest says about the project
    articles: List[dict] = field(default_factory=list)
    written: List[Tuple[Path, int]] = field(default_factory=list)

    @property
    def frames_dir(self) -> Path:
        return self.out_dir / f"{self.settings.stem}_frames"

    def frame_path(self, index: int, frame: Frame) -> Path:
        return self.frames_dir / f"{self.settings.stem}_{index:04d}_{frame.label}.png"

    def run(self, progress: Optional[Callable[[float], bool]] = None) -> ExportResult:
        """Render every frame, encode, write the manifest, all here (main thread);
        `progress(fraction)` returning False stops."""
        self.start()
        for index in range(len(self.frames)):
            if progress is not None and progress(0.8 * index / len(self.frames)) is False:
                raise InterruptedError("cancelled")
            self.render_frame(index)
        return self.finish(lambda fraction: progress(0.8 + 0.2 * fraction) if progress is not None else True)

    def start(self) -> None:
        """Delete this animation's old frames; make room for the new ones."""
        clear_old_frames(self.out_dir, self.settings.stem)
        self.frames_dir.mkdir(parents=True, exist_ok=True)
        self.written = []

    def render_frame(self, index: int) -> Path:
        """Render and write frame `index` (main thread)."""
        frame = self.frames[index]
        step = timedelta(days=max(1, self.settings.step_days))
        image = self.render(frame.day, frame.day + step)
        path = self.frame_path(index, frame)
        if not image.save(str(path), "PNG", PNG_QUALITY):
            raise OSError(f"cannot write {path}")
        self.written.append((path, frame.repeat))
        return path

    def finish(self, progress: Optional[Callable[[float], bool]] = None) -> ExportResult:
        """Encode the written frames and write the manifest: no QGIS object is touched, so this
        runs in a background thread too."""
        result = ExportResult(f"animation ({self.settings.mode})")
        base = self.out_dir / self.settings.stem
        kinds = [k for k in self.settings.formats if k in VIDEO_FORMATS]
        for number, kind in enumerate(kinds):

            def part(fraction, number=number):
                return progress((number + fraction) / max(1, len(kinds))) if progress is not None else True

            try:
                writer = encode.write_gif if kind == "gif" else encode.write_mp4
                result.paths[kind] = writer(
                    self.written, base.with_suffix(f".{kind}"), self.settings.fps, part
                )
            except encode.EncoderMissingError as missing:
                result.warnings.append(str(missing))
                LOG.warning("%s", missing)
        result.frames = [
            {"index": i, "date": frame.label, "repeat": frame.repeat, "key": frame.key, "file": path.name}
            for i, (frame, (path, _n)) in enumerate(zip(self.frames, self.written))
        ]
        sheet = self.sheet
        result.title = sheet.title if sheet is not None else ""
        result.legend = sheet.legend if sheet is not None else []
        result.articles = self.articles
        result.manifest = write_export_manifest(
            result.kind,
            self.record,
            list(result.paths.values()) or [path for path, _n in self.written],
            articles=result.articles,
            layers=sheet.layers if sheet is not None else [_layer_record(lyr) for lyr in self.layers],
            frames=result.frames,
            settings=self._settings_record(),
            target=manifest_path(base.with_suffix(".gif")),
        )
        if progress is not None:
            progress(1.0)
        return result

    def render(self, begin: datetime, end: datetime) -> QImage:
        if self.layout is not None:
            main = self.layout.itemById(layouts.MAP_ID)
            main.setTemporalRange(frame_range(begin, end))
            detail = self.layout.itemById("detail")
            if detail is not None:
                detail.setTemporalRange(frame_range(begin, end))
            image = QgsLayoutExporter(self.layout).renderPageToImage(0, QSize(*self.size))
            return image.convertToFormat(QImage.Format.Format_RGB32)
        variables = {LABEL_LANGUAGE_VARIABLE: self.settings.labels} if self.settings.labels else None
        crs = project_data.map_crs(self.project).authid()
        settings: QgsMapSettings = map_settings(
            self.layers, self.extent, begin, end, self.size, crs, self.project, variables
        )
        image = render_image(settings)
        stamp(image, format_day(begin, self.settings.language), self.settings.title)
        return image

    def _settings_record(self) -> Dict:
        s = self.settings
        record = {
            "mode": s.mode, "template": s.template if s.mode == "layout" else None, "size": list(self.size),
            "fps": s.fps, "step_days": s.step_days, "hold": s.hold, "skip_unchanged": s.skip_unchanged,
            "pictures": picture_count(self.frames), "labels": s.labels or "project setting",
        }  # fmt: skip
        if self.sheet is not None:
            record["extent"] = extent_record(self.sheet)
        return record


def _layer_record(layer) -> dict:
    return {"name": layer.name(), "table": project_data.table_name(layer), "source": layer.publicSource()}


def plan_frames(project: QgsProject, settings: AnimationSettings) -> List[Frame]:
    """The frames of the animation: the project's key days get hold frames, quiet days go when
    asked (project_data.changes)."""
    keys = project_data.key_days(project)
    span = project_data.data_span(project)
    first = settings.first or (span[0] if span else None)
    last = settings.last or (span[1] if span else None)
    if first is None or last is None:
        raise ExportError("the project has no dated Frontline layers: no date range to animate")
    return plan_animation(
        first,
        last,
        step_days=settings.step_days,
        key_days=keys,
        changes=project_data.changes(project) if settings.skip_unchanged else None,
        hold=settings.hold,
        skip_unchanged=settings.skip_unchanged,
    )


def prepare_animation(
    project: QgsProject, out_dir: Path, settings: Optional[AnimationSettings] = None
) -> AnimationJob:
    """Read the project and compose the page (main thread); render later with `job.run()`."""
    settings = settings or AnimationSettings()
    if settings.mode not in MODES:
        raise ValueError(f"animation mode {settings.mode!r}: one of {', '.join(MODES)}")
    for kind in settings.formats:
        if kind not in VIDEO_FORMATS:
            raise ValueError(f"cannot animate to {kind!r}: one of {', '.join(VIDEO_FORMATS)}")
    frames = plan_frames(project, settings)
    step = timedelta(days=max(1, settings.step_days))
    spans = [(f.day, f.day + step) for f in frames]
    job = AnimationJob(project, settings, Path(out_dir), frames, _even(settings.size))
    crs = project_data.map_crs(project)
    if settings.mode == "layout":
        layout = layouts.load_template(project, settings.template)
        job.sheet = layouts.compose(
            project, layout, spans, title=settings.title, extent=settings.extent, language=settings.language,
            labels=settings.labels,
        )  # fmt: skip
        job.layout = layout
        job.extent = job.sheet.extent
        page = layout.pageCollection().page(0).pageSize()
        width = settings.size[0]
        job.size = _even((width, round(width * page.height() / page.width())))
    else:
        job.layers = project_data.drawn_layers(project)
        extent = settings.extent or layouts.content_extent(project, spans, crs)
        job.extent = layouts.fitted(extent, *settings.size) if extent is not None else None
    job.record = project_record(project)
    if job.sheet is not None:
        job.articles = job.sheet.articles
    else:
        ids = project_data.articles_shown(project, [(spans[0][0], spans[-1][1])], job.extent, crs)
        job.articles = [
            row for row in project_data.article_rows(project) if str(row.get("article_id")) in ids
        ]
    return job


def _even(size: Sequence[int]) -> Tuple[int, int]:
    return int(size[0]) - int(size[0]) % 2, int(size[1]) - int(size[1]) % 2


def export_animation(
    project: QgsProject, out_dir: Path, settings: Optional[AnimationSettings] = None, feedback=None
) -> ExportResult:
    """Prepare and run an animation here and now (Processing, the command line, tests); `feedback`
    is a QgsFeedback for progress and cancelling."""
    job = prepare_animation(project, out_dir, settings)

    def progress(fraction: float) -> bool:
        if feedback is None:
            return True
        feedback.setProgress(100 * fraction)
        return not feedback.isCanceled()

    return job.run(progress)


OWN_FRAME = re.compile(r"^(?P<stem>.+)_\d{4}_\d{4}-\d{2}-\d{2}\.png$")


def clear_old_frames(out_dir: Path, stem: str) -> List[Path]:
    """Delete the frames an earlier run of this animation wrote: those its manifest lists, and
    files named as this animation names its frames; anything else in the folder stays."""
    folder = Path(out_dir) / f"{stem}_frames"
    gone: List[Path] = []
    previous = read_manifest(manifest_path(Path(out_dir) / f"{stem}.gif")) or {}
    listed = {str(f.get("file")) for f in previous.get("frames") or [] if isinstance(f, dict)}
    if not folder.is_dir():
        return gone
    for path in folder.iterdir():
        match = OWN_FRAME.match(path.name)
        if path.is_file() and (path.name in listed or (match and match.group("stem") == stem)):
            path.unlink()
            gone.append(path)
    return gone


def stamp(image: QImage, date_text: str, title: Optional[str] = None) -> None:
    """The frame's date (and a title) in a white box in the top-left corner of a map frame."""
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scale = image.height() / 720
    font = QFont(layouts.ITEM_FONT)
    font.setPixelSize(max(12, round(28 * scale)))
    font.setBold(True)
    painter.setFont(font)
    lines = [date_text] if not title else [title, date_text]
    metrics = painter.fontMetrics()
    width = max(metrics.horizontalAdvance(line) for line in lines) + round(24 * scale)
    height = metrics.height() * len(lines) + round(14 * scale)
    box = QRectF(round(16 * scale), round(16 * scale), width, height)
    painter.setPen(QPen(QColor("#424242"), max(1.0, 1.2 * scale)))
    painter.setBrush(QColor(255, 255, 255, 235))
    painter.drawRect(box)
    painter.setPen(QColor("#111111"))
    painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), "\n".join(lines))
    painter.end()


class _Renderer(QObject):
    """Renders a job's frames on the main thread, one per turn of the event loop, and never
    touches the task object once the task is over (the task manager deletes it then)."""

    def __init__(self, job: AnimationJob, task: AnimationTask) -> None:
        super().__init__()
        self.job = job
        self.task = task
        self.next = 0
        self.error: Optional[str] = None
        self.rendered = threading.Event()
        self.stopped = threading.Event()  # cancelled, or the task is over
        self.timer = QTimer(self)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.step)

    def step(self) -> None:
        if self.stopped.is_set() or self.job is None or self.next >= len(self.job.frames):
            self.done()
            return
        try:
            self.job.render_frame(self.next)
        except Exception as error:  # reported by the task, never raised into the event loop
            LOG.exception("animation frame %s failed", self.next)
            self.error = str(error)
            self.done()
            return
        self.next += 1
        if not self.stopped.is_set():
            self.task.setProgress(80 * self.next / len(self.job.frames))

    def done(self) -> None:
        self.timer.stop()
        self.rendered.set()


class AnimationTask(QgsTask):
    """An animation with progress and cancel in QGIS's task manager: frames rendered on the main
    thread, one per turn of the event loop (QGIS renders layouts there only), then the GIF, the
    MP4 and the manifest written in the task's background thread."""

    def __init__(
        self,
        job: AnimationJob,
        on_done: Optional[Callable[[Optional[ExportResult], Optional[str]], None]] = None,
    ):
        super().__init__(f"Frontline animation: {job.settings.stem}", TASK_CAN_CANCEL)
        self.job = job
        self.on_done = on_done
        self.result: Optional[ExportResult] = None
        self.error: Optional[str] = None
        self.renderer = _Renderer(job, self)

    def start(self) -> AnimationTask:
        """Queue the task and start rendering (call on the main thread)."""
        try:
            self.job.start()
        except OSError as error:
            self.renderer.error = str(error)
            self.renderer.done()
        renderer = self.renderer
        QgsApplication.taskManager().addTask(self)
        if not renderer.rendered.is_set():
            renderer.timer.start()
        return self

    def run(self) -> bool:
        self.renderer.rendered.wait()
        if self.isCanceled():
            self.error = "cancelled"
            return False
        if self.renderer.error is not None:
            self.error = self.renderer.error
            return False
        try:
            self.result = self.job.finish(self._progress)
            return True
        except InterruptedError:
            self.error = "cancelled"
            return False
        except Exception as error:  # a task must never raise: report it in finished()
            LOG.exception("animation failed")
            self.error = str(error)
            return False

    def cancel(self) -> None:
        if self.renderer is not None:
            self.renderer.stopped.set()
        super().cancel()

    def _progress(self, fraction: float) -> bool:
        self.setProgress(80 + 20 * fraction)
        return not self.isCanceled()

    def finished(self, ok: bool) -> None:
        renderer, self.renderer = self.renderer, None
        renderer.stopped.set()
        renderer.done()
        # the task manager deletes the task now: let go of the page and the project first
        renderer.task = renderer.job = self.job = None
        renderer.deleteLater()
        if self.on_done is not None:
            self.on_done(self.result if ok else None, None if ok else (self.error or "cancelled"))
