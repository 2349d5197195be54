"""Processing: "Small multiples" (one page of map panels at several dates, one extent, one legend)."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.plan.schedule import PANEL_MODES
from ..qgis.compat import NUMBER_INTEGER
from ..qgis.i18n import tr
from .export_parameters import ExportMixin


class SmallMultiplesAlgorithm(ExportMixin, QgsProcessingAlgorithm):
    COUNT = "COUNT"
    MODE = "MODE"
    FIRST = "FIRST"
    LAST = "LAST"
    DATES = "DATES"

    def name(self) -> str:
        return "small_multiples"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return tr("Small multiples")

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API
        return tr(
            "One page with a map panel per date, all at one extent and scale, under one title and one "
            "legend: dates evenly spaced over the campaign, at its key events, or the ones you list. PDF, "
            "PNG and SVG, with a manifest (JSON) of the panels' dates, the articles and the corrections."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.add_project_parameters()
        self.addParameter(
            QgsProcessingParameterNumber(self.COUNT, tr("Panels"), NUMBER_INTEGER, 4, False, 1, 16)
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.MODE, tr("Dates: evenly spaced, or at the key events"), list(PANEL_MODES), defaultValue=0
            )
        )
        self.addParameter(
            QgsProcessingParameterString(self.FIRST, tr("From (empty: first event)"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterString(self.LAST, tr("To (empty: last event)"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.DATES, tr("Or these dates, separated by commas (2017-11-02, 2017-11-09)"), optional=True
            )
        )
        self.add_page_outputs()

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        from datetime import datetime

        from ..qgis.exporting import ExportError
        from ..qgis.multiples import export_small_multiples

        project = self.project(parameters, context)
        listed = self.parameterAsString(parameters, self.DATES, context)
        try:
            days = [datetime.fromisoformat(d.strip()[:10]) for d in listed.split(",") if d.strip()] or None
        except ValueError as error:
            raise QgsProcessingException(tr("Cannot read the dates {}: {}", listed, error)) from error
        try:
            result = export_small_multiples(
                project,
                self.out_dir(parameters, context),
                days=days,
                count=self.parameterAsInt(parameters, self.COUNT, context),
                mode=PANEL_MODES[self.parameterAsEnum(parameters, self.MODE, context)],
                first=self.day(parameters, self.FIRST, context),
                last=self.day(parameters, self.LAST, context),
                template=self.template(parameters, context),
                title=self.title(parameters, context),
                formats=self.page_formats(parameters, self.FORMATS, context),
                dpi=self.parameterAsInt(parameters, self.DPI, context),
                labels=self.labels(parameters, context),
            )
        except (ExportError, ValueError, OSError) as error:
            raise QgsProcessingException(str(error)) from error
        for path in result.paths.values():
            feedback.pushInfo(tr("Wrote {}", path))
        for warning in result.warnings:
            feedback.pushWarning(warning)
        return {
            self.PDF: str(result.paths.get("pdf", "")),
            self.PNG: str(result.paths.get("png", "")),
            self.SVG: str(result.paths.get("svg", "")),
            self.MANIFEST: str(result.manifest),
            self.TITLE_USED: result.title,
            self.OUTPUT_DIR: self.parameterAsString(parameters, self.OUTPUT_DIR, context),
        }
