"""The analysis the Frontline panel works on: its folder, the record the articles gave, the analyst's
corrections, and the corrected record the review and the map show. It runs extractions and
rebuilds as background tasks and tells the panel, the timeline and the map when anything changed.
"""

from __future__ import annotations

import gc
import logging
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Tuple

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsProject, QgsTask
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal

from ..core.corrections.apply import apply_corrections
from ..core.corrections.model import Correction, describe, item_key
from ..qgis import settings
from ..qgis.corrections_store import add_corrections, read_corrections, remove_corrections
from ..qgis.i18n import tr
from ..qgis.layer_setup import correction_words
from ..qgis.messagelog import TAG
from ..qgis.tasks import ExtractionJob, ExtractionTask, FrontlineTask, RebuildTask
from ..qgis.workspace import (
    GPKG_NAME,
    Outcome,
    default_styles,
    frontline_layers,
    present_steps,
    read_record,
    warm_styles,
)

LOG = logging.getLogger(__name__)

Item = Tuple[str, dict, Optional[dict]]  # (target, item, its article)
SMALL_ANALYSIS = 100  # articles: a correction is shown before its rebuild is done


class AnalysisSession(QObject):
    changed = pyqtSignal()  # the corrected record (and the layers) are new
    busy = pyqtSignal(bool)
    progress = pyqtSignal(float)
    status = pyqtSignal(str)
    finished = pyqtSignal(bool, str)  # ok, what happened

    def __init__(self, iface, parent=None) -> None:
        super().__init__(parent)
        self.iface = iface
        self.folder: Optional[Path] = None
        self.record: Optional[dict] = None
        self.corrections: List[Correction] = []
        self.corrected: Optional[dict] = None
        self.unmatched: List[Correction] = []
        self.items: Dict[str, Item] = {}
        self.marks: Optional[list] = None  # the timeline's, when a task worked them out
        self.task: Optional[FrontlineTask] = None
        self._rebuild_again = False
        self._applying = False
        self.warmed = False  # the reading machinery loaded and the layers' styles made
        self._warm_parts: set = set()
        self.last_task: Optional[FrontlineTask] = None

    # --- state ----------------------------------------------------------------------------------

    @property
    def gpkg(self) -> Optional[Path]:
        return self.folder / GPKG_NAME if self.folder else None

    def running(self) -> bool:
        """A task runs, or its outcome is still being put on the map."""
        return self.task is not None or self._applying

    def layers(self) -> dict:
        return frontline_layers(QgsProject.instance(), self.gpkg) if self.gpkg else {}

    def open_folder(self, folder: Path) -> bool:
        """Take up an analysis written before (its record and corrections), e.g. when a saved
        project reopens."""
        record = read_record(folder)
        if record is None:
            return False
        self.folder = Path(folder)
        self.record = record
        self.corrections = read_corrections(self.gpkg)
        self._recompute()
        self.marks = None
        self.changed.emit()
        return True

    def _recompute(self, corrected: Optional[dict] = None, unmatched=None, items=None) -> None:
        if corrected is None:
            applied = apply_corrections(self.record or {}, self.corrections)
            corrected, unmatched = applied.record, applied.unmatched
        self.corrected = corrected
        self.unmatched = list(unmatched or [])
        self.items = items if items is not None else index_items(corrected)

    # --- running --------------------------------------------------------------------------------

    def warm_up(self) -> None:
        """Load the reading machinery (pipeline, word lists, gazetteer) in the background when the
        plugin starts, so that the first run does not stall QGIS while Python compiles and loads
        it (importing holds Python's lock for tens of milliseconds at a time)."""

        def load(task) -> bool:
            from ..core.pipeline import Pipeline
            from ..core.places.gazetteer import Gazetteer, GazetteerMissing
            from ..qgis.basemap import country_shapes

            country_shapes((0.0, 0.0, 0.0, 0.0))  # the borders a run's derived front stops at, read once
            try:
                Pipeline(Gazetteer.open())
            except GazetteerMissing:
                return False
            return True

        def done(*_args) -> None:
            if not sip.isdeleted(self):
                self._warmed("pipeline")

        self._warm_task = QgsTask.fromFunction(tr("Frontline: preparing"), load, on_finished=done)
        QgsApplication.taskManager().addTask(self._warm_task)
        # the layers' styles need QGIS symbols, so the main thread: a layer per idle turn, made
        # before the first run asks for them (a run made them all at once, a tenth of a second)
        styles = warm_styles()

        def style_step() -> None:
            if sip.isdeleted(self):
                return
            try:
                next(styles)
            except StopIteration:
                self._warmed("styles")
                return
            QTimer.singleShot(0, style_step)

        QTimer.singleShot(0, style_step)

    def _warmed(self, part: str) -> None:
        self._warm_parts.add(part)
        self.warmed = {"pipeline", "styles"} <= self._warm_parts

    def run(self, job: ExtractionJob) -> bool:
        """Start an extraction; False when one is running already."""
        if self.running():
            return False
        job.folder = Path(job.folder)
        job.corrections = read_corrections(job.folder / GPKG_NAME)
        job.words = correction_words()
        job.styles = default_styles()
        task = ExtractionTask(job, tr("Frontline: reading articles"), self._done)
        self._start(task)
        return True

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _start(self, task: FrontlineTask) -> None:
        task.prepare = prepare_views
        self.task = task
        task.progressChanged.connect(self.progress.emit)
        self.busy.emit(True)
        QgsApplication.taskManager().addTask(task)

    def _done(self, task: FrontlineTask) -> None:
        if sip.isdeleted(self):  # the plugin was unloaded while the task ran
            return
        self.task = None
        self.last_task = task
        self.busy.emit(False)
        if task.outcome is None:
            if task.error:
                message = tr("Frontline could not finish: {}", task.error)
                self._message(message, Qgis.MessageLevel.Critical, task.details)
                self.finished.emit(False, message)
            else:
                message = tr("Cancelled: nothing was written")
                self._message(message, Qgis.MessageLevel.Info)
                self.finished.emit(False, message)
            return
        self._apply_outcome(task.outcome, task)

    def _apply_outcome(self, outcome: Outcome, task: FrontlineTask) -> None:
        """The outcome on the map and in the review, a step per turn of the event loop: QGIS stays
        responsive while a large analysis loads."""
        steps = self._outcome_steps(outcome, task)

        def step() -> None:
            if sip.isdeleted(self):
                return
            try:
                next(steps)
            except StopIteration:
                return
            QTimer.singleShot(0, step)

        self._applying = True
        self.busy.emit(True)
        step()

    def _outcome_steps(self, outcome: Outcome, task: FrontlineTask) -> Iterator[None]:
        self.folder = outcome.folder
        self.record = outcome.record
        self.corrections = read_corrections(outcome.gpkg)
        yield
        self._recompute(outcome.corrected, outcome.unmatched, outcome.items)
        self.marks = outcome.marks
        gc.freeze()  # the analysis is kept for the session: out of the cycle collector's passes
        yield
        project = QgsProject.instance()
        yield from present_steps(outcome, project, self.iface.mapCanvas(), self.iface, {})
        state = settings.read_state(project)
        state.folder = str(outcome.folder)
        settings.write_state(project, state)
        for problem in getattr(task, "problems", []):
            QgsMessageLog.logMessage(
                tr("Not read: {}: {}", problem.path, problem.reason), TAG, Qgis.MessageLevel.Warning
            )
        for warning in outcome.warnings:
            QgsMessageLog.logMessage(translate_warning(warning), TAG, Qgis.MessageLevel.Info)
        if self.unmatched:
            words = correction_words()
            lines = [
                f"{c.target} {c.article}: {describe(c, words)} ({c.author}, {c.created[:16]})"
                for c in self.unmatched
            ]
            self._message(
                tr(
                    "{} corrections no longer match anything in the articles; see the Corrections tab",
                    len(self.unmatched),
                ),
                Qgis.MessageLevel.Warning,
                "\n".join(lines),
            )
        if isinstance(task, ExtractionTask):
            counts = outcome.counts
            message = tr(
                "{} articles: {} places, {} events, {} advances in {}",
                counts.get("articles", 0),
                counts.get("places", 0),
                counts.get("events", 0),
                counts.get("advances", 0),
                outcome.folder,
            )
            self._message(message, Qgis.MessageLevel.Success)
        else:
            message = tr("Corrections applied")
        yield
        # the review and the timeline fill on their own turns of the event loop (they defer);
        # finished comes after them, so whoever waits for it sees them filled
        self.changed.emit()
        yield
        self._applying = False
        self.busy.emit(False)
        self.finished.emit(True, message)
        if self._rebuild_again:
            self._rebuild_again = False
            self.rebuild()

    # --- corrections ----------------------------------------------------------------------------

    def correct(self, corrections: List[Correction]) -> None:
        """Keep the analyst's corrections in the GeoPackage and rebuild the layers with them."""
        if not corrections or self.gpkg is None:
            return
        add_corrections(self.gpkg, corrections)
        self.corrections += corrections
        for correction in corrections:
            LOG.info("correction by %s: %s %s", correction.author, correction.target, correction.action)
        self._shown_soon()
        self.rebuild()

    def undo(self, ids: List[str]) -> None:
        if self.gpkg is None:
            return
        remove_corrections(self.gpkg, ids)
        self.corrections = [c for c in self.corrections if c.id not in set(ids)]
        self._shown_soon()
        self.rebuild()

    def _shown_soon(self) -> None:
        """A small analysis shows a correction at once; a large one when the rebuild, which
        works it out off the main thread, is done."""
        if len((self.record or {}).get("articles") or []) <= SMALL_ANALYSIS:
            self._recompute()
            self.marks = None
            self.changed.emit()

    def rebuild(self) -> None:
        if self.record is None or self.folder is None:
            return
        if self.running():
            self._rebuild_again = True
            return
        task = RebuildTask(
            self.record,
            self.corrections,
            self.folder,
            tr("Frontline: applying corrections"),
            correction_words(),
            default_styles(),
            self._done,
        )
        self._start(task)

    def _message(self, text: str, level, details: str = "") -> None:
        QgsMessageLog.logMessage(text + (f"\n{details}" if details else ""), TAG, level)
        bar = self.iface.messageBar()
        if details:
            bar.pushMessage(tr("Frontline"), text, details, level, 8)
        else:
            bar.pushMessage(tr("Frontline"), text, level, 6)


def index_items(record: Optional[dict]) -> Dict[str, Item]:
    """Every item of a (corrected) record under the key its features carry."""
    found: Dict[str, Item] = {}
    if not record:
        return found
    for article in record.get("articles") or []:
        if not isinstance(article, dict):
            continue
        for place in article.get("places") or []:
            if isinstance(place, dict):
                found[item_key("place", place, article)] = ("place", place, article)
        for event in article.get("events") or []:
            if isinstance(event, dict):
                found[item_key("event", event, article)] = ("event", event, article)
    for advance in record.get("advances") or []:
        if isinstance(advance, dict):
            found[item_key("advance", advance)] = ("advance", advance, None)
    for period in record.get("control") or []:
        if isinstance(period, dict):
            found[item_key("control", period)] = ("control", period, None)
    return found


def prepare_views(outcome: Outcome) -> None:
    """The review's index and the timeline's marks of an outcome, worked out in its task."""
    from .timeline import marks_of

    outcome.items = index_items(outcome.corrected)
    outcome.marks = marks_of(outcome.corrected)


def warning_phrases() -> Dict[str, str]:
    """What the layer plan counts (plan/layers.py), in the interface's language."""
    return {
        "advances that are not objects skipped": tr("advances that are not objects skipped"),
        "articles without a publication date": tr("articles without a publication date"),
        "places without coordinates (kept without geometry)": tr(
            "places without coordinates (kept without geometry)"
        ),
        "places not in the gazetteer, drawn where the text puts them from another place": tr(
            "places not in the gazetteer, drawn where the text puts them from another place"
        ),
        "places not in the gazetteer, drawn at the nearest place the article names": tr(
            "places not in the gazetteer, drawn at the nearest place the article names"
        ),
        "events that are not objects skipped": tr("events that are not objects skipped"),
        "events without a placed location (kept without geometry)": tr(
            "events without a placed location (kept without geometry)"
        ),
        "events without a date (shown at every time)": tr("events without a date (shown at every time)"),
        "advances that follow a river or road but lie too far from it (drawn straight)": tr(
            "advances that follow a river or road but lie too far from it (drawn straight)"
        ),
        "route waypoints without coordinates skipped": tr("route waypoints without coordinates skipped"),
        "advances with a single placed waypoint (drawn as a point)": tr(
            "advances with a single placed waypoint (drawn as a point)"
        ),
        "zero-length advances (drawn as a point)": tr("zero-length advances (drawn as a point)"),
        "advances with no placed waypoint (kept without geometry)": tr(
            "advances with no placed waypoint (kept without geometry)"
        ),
        "advances without any date (drawn whole at every time)": tr(
            "advances without any date (drawn whole at every time)"
        ),
        "control periods that are not objects skipped": tr("control periods that are not objects skipped"),
        "control periods without coordinates (kept without geometry)": tr(
            "control periods without coordinates (kept without geometry)"
        ),
    }


def translate_warning(warning: str) -> str:
    """The build's warnings ("3 events without a placed location …") in the interface's language."""
    number, _, rest = warning.partition(" ")
    phrase = warning_phrases().get(rest)
    if number.isdigit() and phrase:
        return f"{number} {phrase}"
    return warning
