"""The map while a run's layers load: the canvas draws nothing until they are all there and
styled, and is never left frozen, also when the presentation stops halfway (the plugin unloaded).
QGIS 3.22 could crash when a drawing still under way prepared the symbols of a layer that was
being restyled or reloaded."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProject

from frontline.plugin.core.pipeline import Pipeline, extraction_record
from frontline.plugin.qgis.workspace import build, present_steps

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_the_canvas_draws_once_the_layers_are_loaded_and_is_never_left_frozen(qgis_iface, tmp_path):
    results, problems = Pipeline().run(sorted(EXAMPLES.glob("*.txt")))
    outcome = build(extraction_record(results, problems), [], tmp_path / "analysis", basemap_layers=False)
    project, canvas = QgsProject.instance(), qgis_iface.mapCanvas()
    project.clear()
    try:
        layers: dict = {}
        steps = present_steps(outcome, project, canvas, None, layers)
        next(steps)
        assert canvas.isFrozen()  # the first layer is loading
        for _ in steps:
            assert canvas.isFrozen()
        assert not canvas.isFrozen()
        assert "events" in layers
        # a re-run reloads the layers already there; stopped halfway, it leaves the canvas drawing
        steps = present_steps(outcome, project, canvas, None, {})
        next(steps)
        assert canvas.isFrozen()
        steps.close()
        assert not canvas.isFrozen()
    finally:
        canvas.freeze(False)
        project.clear()
