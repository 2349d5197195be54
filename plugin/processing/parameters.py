"""Output parameters shared by the Frontline algorithms, and the step that builds from a record."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFolderDestination,
)

from ..core.plan.layers import layer_title
from ..qgis.compat import ALGORITHM_NO_THREADING, SOURCE_LINES
from ..qgis.i18n import tr

LOADED_LAYERS = ("fronts", "control", "advances", "events", "places")


class FrontlineStyler(QgsProcessingLayerPostProcessorInterface):
    """A layer the algorithm loads gets its stored style (symbols, labels, temporal settings) and
    its readable fields, map tip and "Open the article" action, not QGIS's random symbol."""

    alive: ClassVar[list] = []  # QGIS owns them once set; Python must keep them until QGIS is done

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    @classmethod
    def create(cls, name: str) -> FrontlineStyler:
        styler = cls(name)
        cls.alive = [*cls.alive[-20:], styler]
        return styler

    def postProcessLayer(self, layer, context, feedback) -> None:  # noqa: N802 - QGIS API
        from ..qgis.layer_setup import layer_title as title
        from ..qgis.layer_setup import set_up_layer

        layer.loadDefaultStyle()
        layer.setName(title(self.name))
        set_up_layer(layer, self.name)


class BuildOutputsMixin:
    """LINES, LINES_NAME_FIELD, OUTPUT_DIR, OVERWRITE, FRAMES, GIF, BASEMAP in; GPKG, PROJECT,
    GIF_FILE, REPORT out."""

    LINES = "LINES"
    LINES_NAME_FIELD = "LINES_NAME_FIELD"
    OUTPUT_DIR = "OUTPUT_DIR"
    OVERWRITE = "OVERWRITE"
    FRAMES = "FRAMES"
    GIF = "GIF"
    BASEMAP = "BASEMAP"
    GPKG = "GPKG"
    PROJECT = "PROJECT"
    GIF_FILE = "GIF_FILE"
    REPORT = "REPORT"
    WARNINGS = "WARNINGS"

    def group(self) -> str:
        return tr("Layers")

    def groupId(self) -> str:  # noqa: N802 - QGIS API
        return "layers"

    def flags(self):
        # builds a project and renders frames: QGIS objects that must stay on the main thread
        return super().flags() | ALGORITHM_NO_THREADING

    def createInstance(self):  # noqa: N802 - QGIS API
        return type(self)()

    def add_output_parameters(self) -> None:
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.LINES,
                tr("Line layer that advances follow by name (roads, rivers)"),
                [SOURCE_LINES],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.LINES_NAME_FIELD,
                tr("Name field of the line layer"),
                parentLayerParameterName=self.LINES,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.OVERWRITE,
                tr("Update Frontline's layers in an existing GeoPackage (other layers are kept)"),
                False,  # an existing file is replaced only when the analyst says so
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(self.FRAMES, tr("Render PNG frames at the key dates"), False)
        )
        self.addParameter(QgsProcessingParameterBoolean(self.GIF, tr("Write an animated GIF"), False))
        self.addParameter(QgsProcessingParameterBoolean(self.BASEMAP, tr("Add offline base layers"), True))
        self.addParameter(QgsProcessingParameterFolderDestination(self.OUTPUT_DIR, tr("Output folder")))
        self.addOutput(QgsProcessingOutputFile(self.GPKG, tr("GeoPackage")))
        self.addOutput(QgsProcessingOutputFile(self.PROJECT, tr("QGIS project")))
        self.addOutput(QgsProcessingOutputFile(self.GIF_FILE, tr("Animated GIF")))
        self.addOutput(QgsProcessingOutputString(self.REPORT, tr("Build report")))
        self.addOutput(QgsProcessingOutputNumber(self.WARNINGS, tr("Number of warnings")))

    def build(self, record: dict, parameters, context: QgsProcessingContext, feedback) -> dict:
        from ..qgis.build import GPKG_NAME, build_outputs

        out_dir = Path(self.parameterAsString(parameters, self.OUTPUT_DIR, context))
        try:
            report = build_outputs(
                record,
                out_dir,
                overwrite=self.parameterAsBoolean(parameters, self.OVERWRITE, context),
                frames=self.parameterAsBoolean(parameters, self.FRAMES, context),
                gif=self.parameterAsBoolean(parameters, self.GIF, context),
                basemap=self.parameterAsBoolean(parameters, self.BASEMAP, context),
                guides=self._guides(record, parameters, context, feedback),
                feedback=feedback,
            )
        except FileExistsError as error:
            raise QgsProcessingException(
                tr(
                    "{} already holds Frontline's outputs; tick 'Update Frontline's layers' to replace them",
                    out_dir,
                )
            ) from error
        except (OSError, RuntimeError) as error:
            raise QgsProcessingException(str(error)) from error
        for warning in report.warnings:
            feedback.pushWarning(warning)
        gpkg = out_dir / GPKG_NAME
        for name in LOADED_LAYERS:
            details = QgsProcessingContext.LayerDetails(layer_title(name), context.project(), name)
            details.setPostProcessor(FrontlineStyler.create(name))
            context.addLayerToLoadOnCompletion(f"{gpkg}|layername={name}", details)
        return {
            self.GPKG: str(gpkg),
            self.PROJECT: str(report.paths.get("project", "")),
            self.GIF_FILE: str(report.paths.get("gif", "")),
            self.OUTPUT_DIR: str(out_dir),
            self.REPORT: report.text(),
            self.WARNINGS: len(report.warnings),
        }

    def _guides(self, record: dict, parameters, context: QgsProcessingContext, feedback) -> dict:
        """The lines of the analyst's line layer, if given, that the record's advances follow."""
        from ..core.events.routes import follow_key
        from ..qgis.guide_layer import guess_name_field, guides_from_layer

        source = self.parameterAsSource(parameters, self.LINES, context)
        if source is None:
            return {}
        advances = record.get("advances") if isinstance(record, dict) else None
        wanted = {
            follow_key(str(a["follows"])) for a in advances or [] if isinstance(a, dict) and a.get("follows")
        }
        if not wanted:
            return {}  # no advance says what it went along
        if not source.sourceCrs().isValid() and feedback is not None:
            feedback.pushWarning(tr("The line layer has no coordinate system: read as longitude/latitude"))
        name_field = self.parameterAsString(parameters, self.LINES_NAME_FIELD, context) or guess_name_field(
            source
        )
        if not name_field:
            raise QgsProcessingException(tr("Choose the name field of the line layer that advances follow"))
        guides = guides_from_layer(
            source, name_field, wanted=wanted, transform_context=context.transformContext(), feedback=feedback
        )
        if feedback is not None:
            feedback.pushInfo(tr("{} named lines that advances can follow", len(guides)))
        return guides
