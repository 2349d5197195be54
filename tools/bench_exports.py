"""Speed of the animation export: 100 frames of the whole page at 1280×720 (map, legend, title,
locator, sources on every frame) rendered and encoded to MP4 and GIF, and the same 100 map frames
rendered by Frontline and by QGIS's own QgsTemporalUtils.exportAnimation in the same run (the
ratio says what the page and the encoders cost over QGIS's plain PNG series). Prints a table
(goal: page frames + MP4 + GIF < 60 s).

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/bench_exports.py [--frames 100] [--record FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

import frontline_package

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
frontline_package.load()
RECORD = ROOT / "tests" / "data" / "records" / "offensive_2017.json"
SIZE = (1280, 720)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=100)
    parser.add_argument(
        "--record", type=Path, default=RECORD, help="an extraction record (default: the test offensive)"
    )
    args = parser.parse_args(argv)

    from qgis.core import (
        QgsApplication,
        QgsDateTimeRange,
        QgsInterval,
        QgsProject,
        QgsTemporalUtils,
    )

    app = QgsApplication([], False)
    app.initQgis()
    try:
        from frontline.plugin.qgis import encode, project_data
        from frontline.plugin.qgis.animation import AnimationSettings, prepare_animation
        from frontline.plugin.qgis.build import build_outputs
        from frontline.plugin.qgis.compat import TEMPORAL_DAYS
        from frontline.plugin.qgis.render import map_settings
        from frontline.plugin.qgis.temporal import qdatetime

        record = json.loads(args.record.read_text(encoding="utf-8"))
        rows = []
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp)
            build_outputs(record, out / "build", frames=False, gif=False, layout=False)
            project = QgsProject()
            project.read(str(out / "build" / "frontline.qgz"))
            span = project_data.data_span(project)
            first = span[0]
            last = first + timedelta(days=args.frames - 1)
            settings = AnimationSettings(first=first, last=last, hold=0, skip_unchanged=False, size=SIZE,
                                         formats=("mp4", "gif"))  # fmt: skip

            # 1. the page, every frame, encoded
            started = time.perf_counter()
            job = prepare_animation(project, out / "page", settings)
            prepared = time.perf_counter()
            job.start()
            for index in range(len(job.frames)):
                job.render_frame(index)
            rendered = time.perf_counter()
            mp4 = encode.write_mp4(job.written, out / "page" / "animation.mp4", settings.fps)
            encoded_mp4 = time.perf_counter()
            gif = encode.write_gif(job.written, out / "page" / "animation.gif", settings.fps)
            encoded_gif = time.perf_counter()
            page_total = encoded_gif - started
            rows += [
                ("page: compose (legend, sources, locator)", prepared - started, ""),
                (f"page: render {len(job.frames)} frames {SIZE[0]}×{SIZE[1]}", rendered - prepared,
                 f"{(rendered - prepared) / len(job.frames) * 1000:.0f} ms/frame"),
                ("page: encode MP4 (H.264)", encoded_mp4 - rendered, f"{mp4.stat().st_size / 1e6:.1f} MB"),
                ("page: encode GIF", encoded_gif - encoded_mp4, f"{gif.stat().st_size / 1e6:.1f} MB"),
                ("page: total", page_total, "goal < 60 s" + (" ✓" if page_total < 60 else " ✗")),
            ]  # fmt: skip

            # 2. the same map frames: Frontline's map mode and QGIS's exportAnimation
            map_job = prepare_animation(project, out / "map", AnimationSettings(
                first=first, last=last, hold=0, skip_unchanged=False, size=SIZE, mode="map", formats=()))  # fmt: skip
            started = time.perf_counter()
            map_job.start()
            for index in range(len(map_job.frames)):
                map_job.render_frame(index)
            ours = time.perf_counter() - started

            crs = project_data.map_crs(project).authid()
            base = map_settings(
                map_job.layers, map_job.extent, first, first + timedelta(days=1), SIZE, crs, project
            )
            export = QgsTemporalUtils.AnimationExportSettings()
            export.animationRange = QgsDateTimeRange(
                qdatetime(first), qdatetime(last + timedelta(days=1)), True, False
            )
            export.frameDuration = QgsInterval(1, TEMPORAL_DAYS)
            (out / "qgis").mkdir()
            export.outputDirectory = str(out / "qgis")
            export.fileNameTemplate = "frame####.png"
            started = time.perf_counter()
            ok, error = QgsTemporalUtils.exportAnimation(base, export)
            theirs = time.perf_counter() - started
            if not ok:
                print(f"exportAnimation failed: {error}", file=sys.stderr)
            written = len(list((out / "qgis").glob("frame*.png")))
            rows += [
                (f"map: Frontline, {len(map_job.frames)} frames (date stamp)", ours, ""),
                (f"map: QgsTemporalUtils.exportAnimation, {written} frames", theirs, ""),
                ("map: ratio Frontline / QGIS", ours / theirs if theirs else float("nan"), "×"),
                ("page + MP4 + GIF / QGIS map PNGs", page_total / theirs if theirs else float("nan"), "×"),
            ]
            project.clear()
        width = max(len(r[0]) for r in rows)
        print(f"{'step':<{width}}  {'seconds':>8}  note")
        print(f"{'-' * width}  {'-' * 8}  ----")
        for name, value, note in rows:
            shown = f"{value:8.2f}" if "ratio" not in name and "/" not in name else f"{value:7.2f}×"
            print(f"{name:<{width}}  {shown:>8}  {note if note != '×' else ''}")
    finally:
        app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
