"""Processing: "Build layers from extraction record" (JSON → styled temporal GeoPackage + project)."""

from __future__ import annotations

import json

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingParameterFile

from ..qgis.i18n import tr
from .parameters import BuildOutputsMixin


class BuildLayersAlgorithm(BuildOutputsMixin, QgsProcessingAlgorithm):
    INPUT = "INPUT"

    def name(self) -> str:
        return "build_layers"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return tr("Build layers from extraction record")

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API
        return tr(
            "Reads a Frontline extraction record (JSON, from 'Extract from articles' or the command line) "
            "and writes a GeoPackage with the articles, places, events, advances, control (who held each "
            "place when) and derived front layers, their styles and temporal settings, and a QGIS project "
            "that plays the advances back. An advance "
            "the text sends along a river or a numbered road runs along the line of that name in the line "
            "layer you give (else along the offline river map)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(
            QgsProcessingParameterFile(self.INPUT, tr("Extraction record (JSON)"), extension="json")
        )
        self.add_output_parameters()

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        path = self.parameterAsFile(parameters, self.INPUT, context)
        try:
            with open(path, encoding="utf-8") as handle:
                record = json.load(handle)
        except (OSError, ValueError) as error:
            raise QgsProcessingException(tr("Cannot read the record {}: {}", path, error)) from error
        return self.build(record, parameters, context, feedback)
