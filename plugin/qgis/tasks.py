"""Extraction and rebuilding as QgsTasks: progress per article in QGIS's task bar, a Cancel that is
honoured between two articles (well within a second) and leaves every file as it was, and the
interface free while they run.

A task gets plain data (file paths, settings, the corrections) and gives back plain data (an
Outcome); it never touches the project or its layers. `finished` runs on the main thread and hands
the outcome to whoever started it.
"""

from __future__ import annotations

import gc
import logging
import time
import traceback
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Callable, List, Mapping, Optional, Sequence

from qgis.core import QgsTask

from ..core.articles.model import ReadProblem
from ..core.articles.reading import article_files, read_article
from ..core.corrections.model import Correction
from .geopackage import Cancelled
from .pacing import QuickHandover
from .workspace import Outcome, build

LOG = logging.getLogger(__name__)


@dataclass
class ExtractionJob:
    """Everything an extraction needs, as plain data."""

    paths: List[Path]
    folder: Path
    batch_date: Optional[str] = None
    language: Optional[str] = None  # None: each article's own
    date_policy: str = "batch"  # batch | file | none (settings.DATE_POLICIES)
    gazetteers: List[Path] = field(default_factory=list)
    extra_places: Optional[tuple] = None  # (places, names) read from a point layer on the main thread
    corrections: List[Correction] = field(default_factory=list)
    words: Mapping[str, str] = field(default_factory=dict)
    styles: Mapping[str, str] = field(default_factory=dict)  # workspace.default_styles()
    basemap: bool = True


class FrontlineTask(QgsTask):
    """Common ground: the outcome or the error, when cancel was asked, and one callback."""

    def __init__(self, description: str, done: Optional[Callable[[FrontlineTask], None]] = None) -> None:
        super().__init__(description, QgsTask.Flag.CanCancel)
        # plain-Python work on the outcome that its user would otherwise do on the main thread
        # (indexing fifteen thousand items for the review): run here, after the build
        self.prepare: Optional[Callable[[Outcome], None]] = None
        self.outcome: Optional[Outcome] = None
        self.error: Optional[str] = None
        self.details: str = ""
        self.problems: List[ReadProblem] = []
        self.cancel_asked: Optional[float] = None
        self.ended: Optional[float] = None
        self.done = done

    def cancel(self) -> None:
        if self.cancel_asked is None:
            self.cancel_asked = time.perf_counter()
        super().cancel()

    def finished(self, result: bool) -> None:
        self.ended = time.perf_counter()
        if self.done is not None:
            self.done(self)

    def _prepared(self) -> bool:
        if self.prepare is not None and self.outcome is not None and not self.isCanceled():
            self.prepare(self.outcome)
        return True

    def _fail(self, error: BaseException) -> bool:
        self.error = str(error) or type(error).__name__
        self.details = traceback.format_exc()
        LOG.error("%s: %s", self.description(), self.details)
        return False


class ExtractionTask(FrontlineTask):
    """Read the articles one by one, fuse the batch, apply the corrections, write the folder."""

    def __init__(self, job: ExtractionJob, description: str, done=None) -> None:
        super().__init__(description, done)
        self.job = job

    def run(self) -> bool:
        with QuickHandover():
            return self._run()

    def _run(self) -> bool:
        from ..core.pipeline import Pipeline, add_gazetteer, extraction_record
        from ..core.places.gazetteer import Gazetteer

        job = self.job
        try:
            files = article_files(job.paths)
            readable = [f for f in files if not isinstance(f, ReadProblem)]
            self.problems = [f for f in files if isinstance(f, ReadProblem)]
            gazetteer = Gazetteer.open()
            for path in job.gazetteers:
                add_gazetteer(gazetteer, Path(path))
            if job.extra_places:
                gazetteer.add_places(*job.extra_places)
            pipeline = Pipeline(gazetteer=gazetteer)
            results = []
            total = max(1, len(readable))
            for number, path in enumerate(readable):
                if self.isCanceled():
                    release(results)
                    return False
                try:
                    article = read_article(path, batch_date=self._batch_date(path), language=job.language)
                except Exception as error:
                    self.problems.append(ReadProblem(str(path), str(getattr(error, "reason", error))))
                    continue
                results.append(pipeline.process(article))
                self.setProgress(85.0 * (number + 1) / total)
                if number % 10 == 9:
                    # what was read so far lives on to the end of the run: out of the cycle
                    # collector's way, whose full passes over a growing heap hold Python's lock
                    # (and so QGIS's interface) for a fifth of a second by the thousandth article
                    gc.freeze()
            if self.isCanceled():
                return False
            results = pipeline.in_theatre(results, self.isCanceled)
            record = extraction_record(results, self.problems)
            gc.freeze()
            release(results)
            self.outcome = build(
                record,
                job.corrections,
                job.folder,
                words=job.words,
                styles_qml=job.styles,
                basemap_layers=job.basemap,
                cancelled=self.isCanceled,
                progress=lambda p: self.setProgress(85.0 + 0.15 * p),
            )
            return self._prepared()
        except Cancelled:
            return False
        except Exception as error:
            return self._fail(error)

    def _batch_date(self, path: Path) -> Optional[str]:
        policy = self.job.date_policy
        if policy == "none":
            return None
        if policy == "file":
            try:
                return date.fromtimestamp(Path(path).stat().st_mtime).isoformat()
            except OSError:
                return self.job.batch_date
        return self.job.batch_date


class RebuildTask(FrontlineTask):
    """Apply the corrections to the record again and rewrite the layers (after a correction)."""

    def __init__(
        self,
        record: dict,
        corrections: Sequence[Correction],
        folder: Path,
        description: str,
        words: Mapping[str, str],
        styles: Mapping[str, str],
        done=None,
        basemap: bool = True,
    ) -> None:
        super().__init__(description, done)
        self.record = record
        self.corrections = list(corrections)
        self.folder = Path(folder)
        self.words = dict(words)
        self.styles = dict(styles)
        self.basemap = basemap

    def run(self) -> bool:
        with QuickHandover():
            return self._run()

    def _run(self) -> bool:
        try:
            self.outcome = build(
                self.record,
                self.corrections,
                self.folder,
                words=self.words,
                styles_qml=self.styles,
                write_record=False,
                basemap_layers=self.basemap,
                cancelled=self.isCanceled,
                progress=self.setProgress,
            )
            return self._prepared()
        except Cancelled:
            return False
        except Exception as error:
            return self._fail(error)


def release(items: list) -> None:
    """Free a large list an item at a time: dropped at once, the thousand articles' sentences and
    tokens would be freed in one go, holding Python's lock (and QGIS's interface) for a tenth of
    a second; one by one, Python can hand the lock over in between."""
    while items:
        items.pop()


def now_text() -> str:
    return datetime.now().replace(microsecond=0).isoformat()
