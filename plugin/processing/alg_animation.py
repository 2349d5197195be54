"""Processing: "Animation" (the map or a whole page over a date range, to GIF and MP4)."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputFolder,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..qgis.compat import NUMBER_DOUBLE, NUMBER_INTEGER
from ..qgis.i18n import tr
from .export_parameters import ExportMixin

ANIMATION_MODES = ("layout", "map")
VIDEO_FORMATS = ("gif", "mp4")


class AnimationAlgorithm(ExportMixin, QgsProcessingAlgorithm):
    MODE = "MODE"
    FIRST = "FIRST"
    LAST = "LAST"
    STEP = "STEP"
    FPS = "FPS"
    HOLD = "HOLD"
    SKIP = "SKIP"
    WIDTH = "WIDTH"
    HEIGHT = "HEIGHT"
    FORMATS = "FORMATS"
    GIF = "GIF"
    MP4 = "MP4"
    FRAMES = "FRAMES"

    def name(self) -> str:
        return "animation"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return tr("Animation (GIF, MP4)")

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API
        return tr(
            "Plays the project's Frontline layers back over a date range, as the analyst corrected them: "
            "the whole page (title, date, legend, locator, sources and credits on every frame) or the map "
            "alone with its date. Key dates are held for a few frames, days on which nothing changes can be "
            "left out. Writes PNG frames, an animated GIF (Pillow) and an H.264 MP4 (imageio-ffmpeg), and a "
            "manifest (JSON) of the frames and their dates, the articles and the corrections. A re-run "
            "replaces the frames of the previous one."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.add_project_parameters("slide-16x9")
        self.addParameter(
            QgsProcessingParameterEnum(
                self.MODE,
                tr("Animate the whole page, or the map alone"),
                list(ANIMATION_MODES),
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(self.FIRST, tr("From (empty: the playback's start)"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterString(self.LAST, tr("To (empty: the playback's end)"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterNumber(self.STEP, tr("Days per frame"), NUMBER_INTEGER, 1, False, 1, 365)
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.FPS, tr("Frames per second"), NUMBER_DOUBLE, 2.0, False, 0.2, 60
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.HOLD, tr("Extra frames on key dates"), NUMBER_INTEGER, 2, False, 0, 100
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(self.SKIP, tr("Leave out days on which nothing changes"), True)
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.WIDTH, tr("Width (pixels)"), NUMBER_INTEGER, 1280, False, 160, 7680
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.HEIGHT, tr("Height of a map animation (pixels)"), NUMBER_INTEGER, 720, False, 90, 4320
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.FORMATS, tr("Formats"), list(VIDEO_FORMATS), allowMultiple=True, defaultValue=[0, 1]
            )
        )
        self.add_output_folder()
        self.addOutput(QgsProcessingOutputFile(self.GIF, tr("Animated GIF")))
        self.addOutput(QgsProcessingOutputFile(self.MP4, tr("MP4 video")))
        self.addOutput(QgsProcessingOutputFolder(self.FRAMES, tr("PNG frames")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        from ..qgis.animation import AnimationSettings, export_animation
        from ..qgis.exporting import ExportError

        project = self.project(parameters, context)
        chosen = self.parameterAsEnums(parameters, self.FORMATS, context)
        settings = AnimationSettings(
            first=self.day(parameters, self.FIRST, context),
            last=self.day(parameters, self.LAST, context),
            step_days=self.parameterAsInt(parameters, self.STEP, context),
            fps=self.parameterAsDouble(parameters, self.FPS, context),
            hold=self.parameterAsInt(parameters, self.HOLD, context),
            skip_unchanged=self.parameterAsBoolean(parameters, self.SKIP, context),
            size=(
                self.parameterAsInt(parameters, self.WIDTH, context),
                self.parameterAsInt(parameters, self.HEIGHT, context),
            ),
            mode=ANIMATION_MODES[self.parameterAsEnum(parameters, self.MODE, context)],
            template=self.template(parameters, context),
            formats=tuple(VIDEO_FORMATS[i] for i in chosen) or VIDEO_FORMATS,
            title=self.title(parameters, context),
            labels=self.labels(parameters, context),
        )
        out_dir = self.out_dir(parameters, context)
        try:
            result = export_animation(project, out_dir, settings, feedback)
        except InterruptedError as error:
            raise QgsProcessingException(tr("Cancelled")) from error
        except (ExportError, ValueError, OSError, RuntimeError) as error:
            raise QgsProcessingException(str(error)) from error
        for warning in result.warnings:
            feedback.pushWarning(warning)
        for path in result.paths.values():
            feedback.pushInfo(tr("Wrote {}", path))
        return {
            self.GIF: str(result.paths.get("gif", "")),
            self.MP4: str(result.paths.get("mp4", "")),
            self.FRAMES: str(out_dir / f"{settings.stem}_frames"),
            self.MANIFEST: str(result.manifest),
            self.TITLE_USED: result.title,
            self.OUTPUT_DIR: str(out_dir),
        }
