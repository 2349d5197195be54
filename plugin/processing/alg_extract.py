"""Processing: "Extract from articles" (article files or a folder → record → GeoPackage + project)."""

from __future__ import annotations

import json
from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
)

from ..qgis.i18n import tr
from .parameters import BuildOutputsMixin

LANGUAGES = ("auto", "de", "en")


class ExtractAlgorithm(BuildOutputsMixin, QgsProcessingAlgorithm):
    FOLDER = "FOLDER"
    FILES = "FILES"
    DATE = "DATE"
    LANGUAGE = "LANGUAGE"
    GAZETTEERS = "GAZETTEERS"
    RECORD = "RECORD"

    def name(self) -> str:
        return "extract"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return tr("Extract from articles")

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API
        return tr(
            "Reads news articles (text, Markdown or saved HTML), finds the places and dates they mention and "
            "writes the Frontline layers and project. The batch date is used for articles without a date of "
            "their own; extra gazetteers (GeoNames dump, CSV, Who's On First JSONL) add places."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(
            QgsProcessingParameterFile(
                self.FOLDER,
                tr("Folder of articles"),
                behavior=QgsProcessingParameterFile.Folder,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.FILES, tr("Article files"), QgsProcessing.TypeFile, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(self.DATE, tr("Batch date (2017-11-04 or 2017-11)"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterEnum(self.LANGUAGE, tr("Language"), list(LANGUAGES), defaultValue=0)
        )
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.GAZETTEERS, tr("Extra gazetteers"), QgsProcessing.TypeFile, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.RECORD,
                tr("Extraction record (JSON)"),
                "JSON (*.json)",
                optional=True,
                createByDefault=False,
            )
        )
        self.add_output_parameters()

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        from ..core.pipeline import Pipeline, extraction_record

        paths = [Path(p) for p in self.parameterAsFileList(parameters, self.FILES, context)]
        folder = self.parameterAsFile(parameters, self.FOLDER, context)
        if folder:
            paths.append(Path(folder))
        if not paths:
            raise QgsProcessingException(tr("Give a folder of articles or article files"))
        language = LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)]
        gazetteers = [Path(p) for p in self.parameterAsFileList(parameters, self.GAZETTEERS, context)]
        batch_date = self.parameterAsString(parameters, self.DATE, context) or None
        feedback.pushInfo(tr("Reading {} input path(s)", len(paths)))
        pipeline = Pipeline(extra_gazetteers=gazetteers)
        results, problems = pipeline.run(paths, batch_date, None if language == "auto" else language)
        record = extraction_record(results, problems)
        out = self.parameterAsFileOutput(parameters, self.RECORD, context)
        if out:
            Path(out).write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
        outputs = self.build(record, parameters, context, feedback)
        outputs[self.RECORD] = out or ""
        return outputs
