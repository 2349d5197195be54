"""The "Frontline" Processing provider (id `frontline`)."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..metadata import version
from ..resources import icon_path


class FrontlineProvider(QgsProcessingProvider):
    def id(self) -> str:
        return "frontline"

    def name(self) -> str:
        return "Frontline"

    def longName(self) -> str:  # noqa: N802 - QGIS API
        return "Frontline: front lines and timelines from news articles"

    def icon(self) -> QIcon:
        return QIcon(icon_path("frontline.svg"))

    def versionInfo(self) -> str:  # noqa: N802 - QGIS API
        try:
            return version()
        except Exception:  # metadata is informative only
            return ""

    def loadAlgorithms(self) -> None:  # noqa: N802 - QGIS API
        from .alg_animation import AnimationAlgorithm
        from .alg_build_layers import BuildLayersAlgorithm
        from .alg_extract import ExtractAlgorithm
        from .alg_situation_map import SituationMapAlgorithm
        from .alg_small_multiples import SmallMultiplesAlgorithm

        for algorithm in (
            BuildLayersAlgorithm(),
            ExtractAlgorithm(),
            SituationMapAlgorithm(),
            SmallMultiplesAlgorithm(),
            AnimationAlgorithm(),
        ):
            self.addAlgorithm(algorithm)
