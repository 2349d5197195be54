"""Parameters the export algorithms share: the project to export (the current one by default),
the layout template, the title, how labels are spelled, the output folder; and the step that
opens the project."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Optional

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputFolder,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProject,
)

from ..core.plan.labels import LABEL_LANGUAGES
from ..qgis.compat import ALGORITHM_NO_THREADING, NUMBER_INTEGER
from ..qgis.i18n import tr
from ..qgis.layouts import DEFAULT_TEMPLATE, TEMPLATES

TEMPLATE_NAMES = tuple(TEMPLATES)
PAGE_FORMATS = ("pdf", "png", "svg")


class ExportMixin:
    """PROJECT_FILE, TEMPLATE, TITLE, LABELS, OUTPUT_DIR in; MANIFEST, TITLE_USED out."""

    PROJECT_FILE = "PROJECT_FILE"
    TEMPLATE = "TEMPLATE"
    TITLE = "TITLE"
    LABELS = "LABELS"
    OUTPUT_DIR = "OUTPUT_DIR"
    # a page's parameters and outputs (add_page_outputs)
    FORMATS = "FORMATS"
    DPI = "DPI"
    PDF = "PDF"
    PNG = "PNG"
    SVG = "SVG"
    MANIFEST = "MANIFEST"
    TITLE_USED = "TITLE_USED"

    def group(self) -> str:
        return tr("Maps and animations")

    def groupId(self) -> str:  # noqa: N802 - QGIS API
        return "exports"

    def flags(self):
        # reads the project and renders layouts: QGIS objects that stay on the main thread
        return super().flags() | ALGORITHM_NO_THREADING

    def createInstance(self):  # noqa: N802 - QGIS API
        return type(self)()

    def add_project_parameters(self, template_default: str = DEFAULT_TEMPLATE) -> None:
        self.addParameter(
            QgsProcessingParameterFile(
                self.PROJECT_FILE,
                tr("Frontline project (.qgz); empty: the current project"),
                extension="qgz",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.TEMPLATE,
                tr("Page"),
                list(TEMPLATE_NAMES),
                defaultValue=TEMPLATE_NAMES.index(template_default),
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.TITLE, tr("Title (empty: the campaign's main places and dates)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.LABELS,
                tr("Place labels: as the reports spell them, or German or English names"),
                list(LABEL_LANGUAGES),
                defaultValue=0,
            )
        )

    def add_page_outputs(self) -> None:
        """A page's formats and resolution, the output folder, and the files written (PDF, PNG,
        SVG): what the situation map and the small multiples share."""
        self.addParameter(
            QgsProcessingParameterEnum(
                self.FORMATS, tr("Formats"), list(PAGE_FORMATS), allowMultiple=True, defaultValue=[0, 1, 2]
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.DPI, tr("Resolution (dots per inch)"), NUMBER_INTEGER, 300, False, 72, 1200
            )
        )
        self.add_output_folder()
        for name, label in ((self.PDF, "PDF"), (self.PNG, "PNG"), (self.SVG, "SVG")):
            self.addOutput(QgsProcessingOutputFile(name, label))

    def add_output_folder(self) -> None:
        self.addParameter(QgsProcessingParameterFolderDestination(self.OUTPUT_DIR, tr("Output folder")))
        self.addOutput(QgsProcessingOutputFile(self.MANIFEST, tr("Manifest (sources and settings, JSON)")))
        self.addOutput(QgsProcessingOutputString(self.TITLE_USED, tr("Title")))
        self.addOutput(QgsProcessingOutputFolder(self.OUTPUT_DIR, tr("Output folder")))

    def project(self, parameters, context) -> QgsProject:
        """The project named by PROJECT_FILE, else the one Processing runs in."""
        path = self.parameterAsFile(parameters, self.PROJECT_FILE, context)
        if not path:
            project = context.project() or QgsProject.instance()
            if project is None:
                raise QgsProcessingException(tr("No project is open: give a Frontline project file"))
            return project
        project = QgsProject()
        if not project.read(path):
            raise QgsProcessingException(tr("Cannot read the project {}: {}", path, project.error()))
        self._opened = project  # keep it alive while the algorithm runs
        return project

    def template(self, parameters, context) -> str:
        return TEMPLATE_NAMES[self.parameterAsEnum(parameters, self.TEMPLATE, context)]

    def title(self, parameters, context) -> Optional[str]:
        return self.parameterAsString(parameters, self.TITLE, context).strip() or None

    def labels(self, parameters, context) -> str:
        return LABEL_LANGUAGES[self.parameterAsEnum(parameters, self.LABELS, context)]

    def out_dir(self, parameters, context) -> Path:
        path = Path(self.parameterAsString(parameters, self.OUTPUT_DIR, context))
        path.mkdir(parents=True, exist_ok=True)
        return path

    def day(self, parameters, name: str, context) -> Optional[datetime]:
        text = self.parameterAsString(parameters, name, context).strip()
        if not text:
            return None
        try:
            return datetime.fromisoformat(text[:10])
        except ValueError as error:
            raise QgsProcessingException(tr("{} is not a date like 2017-11-19", text)) from error

    def page_formats(self, parameters, name: str, context) -> tuple:
        chosen = self.parameterAsEnums(parameters, name, context)
        return tuple(PAGE_FORMATS[i] for i in chosen) or PAGE_FORMATS
