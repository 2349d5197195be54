"""Processing: "Extract from articles" (article files or a folder → record → GeoPackage + project)."""

from __future__ import annotations

import json
from pathlib import Path

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
)

from ..qgis.compat import FILE_PARAMETER_FOLDER, SOURCE_FILE, SOURCE_POINTS
from ..qgis.i18n import tr
from .parameters import BuildOutputsMixin

LANGUAGES = ("auto", "de", "en")


class ExtractAlgorithm(BuildOutputsMixin, QgsProcessingAlgorithm):
    FOLDER = "FOLDER"
    FILES = "FILES"
    DATE = "DATE"
    LANGUAGE = "LANGUAGE"
    GAZETTEERS = "GAZETTEERS"
    PLACES_LAYER = "PLACES_LAYER"
    NAME_FIELD = "NAME_FIELD"
    ALT_NAMES_FIELD = "ALT_NAMES_FIELD"
    RECORD = "RECORD"

    def name(self) -> str:
        return "extract"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return tr("Extract from articles")

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API
        return tr(
            "Reads news articles (text, Markdown or saved HTML), finds the places and dates they mention and "
            "writes the Frontline layers and project. The batch date is used for articles without a date of "
            "their own; extra gazetteers (GeoNames dump, CSV, Who's On First JSONL) and a point layer of "
            "your own places (its name field, optionally a field of other names separated by | or ;) add "
            "places."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(
            QgsProcessingParameterFile(
                self.FOLDER,
                tr("Folder of articles"),
                behavior=FILE_PARAMETER_FOLDER,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterMultipleLayers(self.FILES, tr("Article files"), SOURCE_FILE, optional=True)
        )
        self.addParameter(
            QgsProcessingParameterString(self.DATE, tr("Batch date (2017-11-04 or 2017-11)"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterEnum(self.LANGUAGE, tr("Language"), list(LANGUAGES), defaultValue=0)
        )
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.GAZETTEERS, tr("Extra gazetteers"), SOURCE_FILE, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.PLACES_LAYER,
                tr("Point layer of extra places"),
                [SOURCE_POINTS],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.NAME_FIELD,
                tr("Name field of the extra places layer"),
                parentLayerParameterName=self.PLACES_LAYER,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.ALT_NAMES_FIELD,
                tr("Other-names field of the extra places layer"),
                parentLayerParameterName=self.PLACES_LAYER,
                optional=True,
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
        from ..core.pipeline import Pipeline, add_gazetteer, extraction_record
        from ..core.places.gazetteer import Gazetteer

        # an empty list parameter reads as [""] from qgis_process: no path, not the current folder
        paths = [Path(p) for p in self.parameterAsFileList(parameters, self.FILES, context) if p]
        folder = self.parameterAsFile(parameters, self.FOLDER, context)
        if folder:
            paths.append(Path(folder))
        if not paths:
            raise QgsProcessingException(tr("Give a folder of articles or article files"))
        language = LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)]
        gazetteers = [Path(p) for p in self.parameterAsFileList(parameters, self.GAZETTEERS, context) if p]
        batch_date = self.parameterAsString(parameters, self.DATE, context) or None
        gazetteer = Gazetteer.open()
        for path in gazetteers:
            try:
                added = add_gazetteer(gazetteer, path)
            except (OSError, ValueError) as error:  # ValueError: a file that gives no place
                raise QgsProcessingException(tr("Cannot read the gazetteer {}: {}", path, error)) from error
            feedback.pushInfo(tr("{} places added from {}", added, path))
        self._add_layer_places(gazetteer, parameters, context, feedback)
        feedback.pushInfo(tr("Reading {} input path(s)", len(paths)))
        pipeline = Pipeline(gazetteer=gazetteer)
        results, problems = pipeline.run(paths, batch_date, None if language == "auto" else language)
        record = extraction_record(results, problems)
        out = self.parameterAsFileOutput(parameters, self.RECORD, context)
        if out:
            Path(out).write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
        outputs = self.build(record, parameters, context, feedback)
        outputs[self.RECORD] = out or ""
        return outputs

    def _add_layer_places(self, gazetteer, parameters, context, feedback) -> None:
        """The analyst's point layer, if given, as places of the gazetteer."""
        from ..qgis.gazetteer_layer import guess_name_field, read_point_layer

        source = self.parameterAsSource(parameters, self.PLACES_LAYER, context)
        if source is None:
            return
        name_field = self.parameterAsString(parameters, self.NAME_FIELD, context) or guess_name_field(source)
        if not name_field:
            raise QgsProcessingException(tr("Choose the name field of the point layer of extra places"))
        layer = self.parameterAsVectorLayer(parameters, self.PLACES_LAYER, context)
        label = layer.name() if layer is not None else "places"
        if not source.sourceCrs().isValid():
            feedback.pushWarning(
                tr("The layer {} has no coordinate system: read as longitude/latitude", label)
            )
        result = read_point_layer(
            source,
            name_field,
            label=label,
            alt_field=self.parameterAsString(parameters, self.ALT_NAMES_FIELD, context) or None,
            transform_context=context.transformContext(),
            feedback=feedback,
        )
        added = gazetteer.add_places(result.places, result.names)
        feedback.pushInfo(tr("{} places added from the layer {}", added, label))
        if result.skipped:
            feedback.pushWarning(
                tr(
                    "{} features of the layer {} have no name or no location and were left out",
                    result.skipped,
                    label,
                )
            )
