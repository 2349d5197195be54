"""Processing: "Situation map" (a print page of the project at a date, to PDF, PNG and SVG)."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterString,
)

from ..qgis.i18n import tr
from .export_parameters import ExportMixin


class SituationMapAlgorithm(ExportMixin, QgsProcessingAlgorithm):
    DATE = "DATE"

    def name(self) -> str:
        return "situation_map"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return tr("Situation map")

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API
        return tr(
            "A print page of the project's Frontline layers at one date, as the analyst corrected them: "
            "the title (default: the campaign's main places and dates), the date read from the map, a "
            "legend of only what the map shows with the key to how sure reports are, scale bar, north "
            "arrow, locator, a detail inset where places crowd, the sources (title, outlet, date) and the "
            "credits. Written as PDF (vector), PNG and SVG, with a manifest (JSON) listing the articles "
            "with their SHA-256, the layers and the corrections applied."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.add_project_parameters()
        self.addParameter(
            QgsProcessingParameterString(
                self.DATE, tr("Date (2017-11-19; empty: the last day something was reported)"), optional=True
            )
        )
        self.add_page_outputs()

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        from ..qgis.exporting import ExportError, export_situation

        project = self.project(parameters, context)
        feedback.setProgress(10)
        try:
            result = export_situation(
                project,
                self.out_dir(parameters, context),
                when=self.day(parameters, self.DATE, context),
                template=self.template(parameters, context),
                title=self.title(parameters, context),
                formats=self.page_formats(parameters, self.FORMATS, context),
                dpi=self.parameterAsInt(parameters, self.DPI, context),
                labels=self.labels(parameters, context),
            )
        except (ExportError, ValueError, OSError) as error:
            raise QgsProcessingException(str(error)) from error
        feedback.setProgress(100)
        for path in result.paths.values():
            feedback.pushInfo(tr("Wrote {}", path))
        return {
            self.PDF: str(result.paths.get("pdf", "")),
            self.PNG: str(result.paths.get("png", "")),
            self.SVG: str(result.paths.get("svg", "")),
            self.MANIFEST: str(result.manifest),
            self.TITLE_USED: result.title,
            self.OUTPUT_DIR: self.parameterAsString(parameters, self.OUTPUT_DIR, context),
        }
