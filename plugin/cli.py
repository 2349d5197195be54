"""Headless entry point: the same pipeline as the plugin, without QGIS.

    python -m plugin.cli extract [--date 2017-11-04|2017-11] [--lang de|en|auto] [--gazetteer FILE ...]
                                 [--json OUT|-] FILE|DIR ...
    python -m plugin.cli resolve [--gazetteer FILE ...] [--json OUT|-] < toponyms.jsonl
    python -m plugin.cli layers RECORD.json --out DIR [--overwrite] [--no-frames] [--no-gif]
    python -m plugin.cli demo [--date D] [--out DIR] FILE|DIR ...   (extract + layers + a summary)
    python -m plugin.cli export situation|multiples|animation PROJECT.qgz --out DIR [options]

`layers`, `demo` and `export` need QGIS (its Python bindings); they run it headless.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Optional, TextIO

from .core.language.spacy_entities import ModelUnavailableError
from .core.pipeline import Pipeline, add_gazetteer, extraction_record
from .core.places.gazetteer import Gazetteer, GazetteerMissing
from .core.places.recognizer import PlaceRecognizer

_BATCH_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _batch_date(text: str) -> str:
    if not _BATCH_DATE.match(text):
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2017-11-04, 2017-11 or 2017")
    return text


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m plugin.cli", description="Frontline, headless.")
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="read articles; write the extraction record (JSON)")
    extract.add_argument("paths", nargs="+", type=Path, metavar="FILE|DIR")
    extract.add_argument("--date", type=_batch_date, help="publication date for articles that state none")
    extract.add_argument("--lang", choices=("de", "en", "auto"), default="auto")
    extract.add_argument("--gazetteer", action="append", type=Path, default=[], metavar="FILE",
                         help="extra gazetteer: GeoNames dump (.txt), CSV, or Who's On First (.jsonl)")  # fmt: skip
    extract.add_argument(
        "--json", default="-", metavar="OUT|-", help="output file (default: standard output)"
    )
    extract.add_argument("--overwrite", action="store_true", help="replace an existing output file")
    extract.add_argument(
        "--spacy-model", metavar="NAME", help="an installed spaCy model whose entities add evidence"
    )

    resolve = commands.add_parser("resolve", help="resolve given toponym spans (JSON lines on stdin)")
    resolve.add_argument("--gazetteer", action="append", type=Path, default=[], metavar="FILE")
    resolve.add_argument("--json", default="-", metavar="OUT|-")
    resolve.add_argument("--overwrite", action="store_true")

    layers = commands.add_parser("layers", help="build GeoPackage, project, frames and GIF from a record")
    layers.add_argument("record", type=Path, metavar="RECORD.json")
    layers.add_argument("--out", type=Path, required=True, metavar="DIR")
    _output_options(layers)

    demo = commands.add_parser("demo", help="the whole job: extract articles, build every output, summarise")
    demo.add_argument("paths", nargs="+", type=Path, metavar="FILE|DIR")
    demo.add_argument("--date", type=_batch_date, help="publication date for articles that state none")
    demo.add_argument("--lang", choices=("de", "en", "auto"), default="auto")
    demo.add_argument("--gazetteer", action="append", type=Path, default=[], metavar="FILE")
    demo.add_argument("--out", type=Path, default=Path("out/demo"), metavar="DIR")
    demo.add_argument(
        "--spacy-model", metavar="NAME", help="an installed spaCy model whose entities add evidence"
    )
    _output_options(demo)

    export = commands.add_parser("export", help="a map, a small-multiples page or an animation of a project")
    export.add_argument("kind", choices=("situation", "multiples", "animation"))
    export.add_argument("project", type=Path, metavar="PROJECT.qgz")
    export.add_argument("--out", type=Path, required=True, metavar="DIR")
    export.add_argument("--template", default=None, help="a4-landscape (default), a4-portrait, a3-landscape, "
                        "a3-portrait, slide-16x9 (default for animations), or a .qpt file")  # fmt: skip
    export.add_argument("--title", help="the page's title (default: the campaign's main places and dates)")
    export.add_argument("--labels", choices=("reporting", "de", "en"), help="spell place labels as the reports do, "
                        "or by their German or English names (default: the project's setting)")  # fmt: skip
    export.add_argument(
        "--date", type=_batch_date, help="situation: the day to show (default: the last reported)"
    )
    export.add_argument("--dates", help="multiples: the panels' days, separated by commas")
    export.add_argument("--panels", type=int, default=4, help="multiples: how many panels (default 4)")
    export.add_argument("--panel-dates", choices=("even", "key"), default="even",
                        help="multiples: evenly spaced, or at the key events")  # fmt: skip
    export.add_argument("--first", type=_batch_date, help="multiples, animation: from this day")
    export.add_argument("--last", type=_batch_date, help="multiples, animation: to this day")
    export.add_argument(
        "--mode", choices=("layout", "map"), default="layout", help="animation: the page or the map"
    )
    export.add_argument(
        "--size", default="1280x720", help="animation: WIDTHxHEIGHT in pixels (default 1280x720)"
    )
    export.add_argument("--fps", type=float, default=2.0, help="animation: frames per second (default 2)")
    export.add_argument("--step", type=int, default=1, help="animation: days per frame (default 1)")
    export.add_argument(
        "--hold", type=int, default=2, help="animation: extra frames on key dates (default 2)"
    )
    export.add_argument(
        "--every-day", action="store_true", help="animation: keep days on which nothing changes"
    )
    export.add_argument("--formats", help="pdf,png,svg for pages (default all); gif,mp4 for animations")
    return parser


def _output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--overwrite", action="store_true", help="replace Frontline's outputs in DIR")
    parser.add_argument("--no-frames", action="store_true", help="no PNG frames")
    parser.add_argument("--no-gif", action="store_true", help="no animated GIF")
    parser.add_argument("--no-basemap", action="store_true", help="no country borders or rivers")


def main(argv: Optional[list[str]] = None, stdin: TextIO = sys.stdin) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    args = build_parser().parse_args(argv)
    if args.command == "export":
        return _export(args)
    if args.command == "layers":
        try:
            record = json.loads(args.record.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            print(f"error: cannot read the record {args.record}: {error}", file=sys.stderr)
            return 2
        return _build_layers(record, args)
    if args.command != "demo" and args.json != "-" and Path(args.json).exists() and not args.overwrite:
        print(f"error: {args.json} exists; pass --overwrite to replace it", file=sys.stderr)
        return 2
    try:
        gazetteer = Gazetteer.open()
    except GazetteerMissing as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for path in args.gazetteer:
        try:
            count = add_gazetteer(gazetteer, path)
        except OSError as error:
            print(f"error: cannot read gazetteer {path}: {error}", file=sys.stderr)
            return 2
        print(f"{path}: {count} places added", file=sys.stderr)

    if args.command in ("demo", "extract"):
        try:
            pipeline = Pipeline(gazetteer, spacy_model=args.spacy_model)
        except ModelUnavailableError as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
        language = None if args.lang == "auto" else args.lang
        results, problems = pipeline.run(args.paths, batch_date=args.date, language=language)
        for problem in problems:
            print(f"skipped: {problem}", file=sys.stderr)
        print(f"{len(results)} articles read, {len(problems)} skipped", file=sys.stderr)
        record = extraction_record(results, problems)
        if args.command == "extract":
            _write(args.json, lambda out: json.dump(record, out, ensure_ascii=False, indent=1))
            return 0 if results or not problems else 1
        if not results:
            print("error: no article could be read", file=sys.stderr)
            return 1
        args.out.mkdir(parents=True, exist_ok=True)
        _write(
            str(args.out / "record.json"), lambda out: json.dump(record, out, ensure_ascii=False, indent=1)
        )
        return _build_layers(record, args)

    recognizer = PlaceRecognizer(gazetteer)

    def write_resolved(out: TextIO) -> None:
        for number, line in enumerate(stdin, start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                text, spans = item["text"], [tuple(s) for s in item["toponyms"]]
            except (ValueError, KeyError, TypeError) as error:
                print(f"warning: line {number}: not a resolve request ({error})", file=sys.stderr)
                continue
            # a name the gazetteer lacks comes back drawn near a place ("approximate": true)
            item["resolved"] = [
                mention.to_record() if mention.place is not None or mention.near is not None else None
                for mention in recognizer.resolve_all(text, spans)
            ]
            out.write(json.dumps(item, ensure_ascii=False) + "\n")

    _write(args.json, write_resolved)
    return 0


def _build_layers(record: dict, args) -> int:
    """Start QGIS headless, build every output into args.out, print what was written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from qgis.core import QgsApplication
    except ImportError:
        print(
            "error: QGIS's Python bindings are not importable (install QGIS, or run `make demo`)",
            file=sys.stderr,
        )
        return 2
    app = QgsApplication([], False)
    app.initQgis()
    try:
        from .qgis.build import build_outputs, summary_table

        try:
            report = build_outputs(
                record,
                args.out,
                overwrite=args.overwrite,
                frames=not args.no_frames,
                gif=not args.no_gif,
                basemap=not args.no_basemap,
            )
        except FileExistsError as error:
            print(f"error: {error} (pass --overwrite to replace Frontline's outputs there)", file=sys.stderr)
            return 2
        print(summary_table(record))
        print(report.text())
        return 0
    finally:
        app.exitQgis()


def _export(args) -> int:
    """Open the project headless and export from it (exporting.py, multiples.py, animation.py)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from qgis.core import QgsApplication, QgsProject
    except ImportError:
        print("error: QGIS's Python bindings are not importable", file=sys.stderr)
        return 2
    app = QgsApplication([], False)
    app.initQgis()
    try:
        project = QgsProject()
        if not project.read(str(args.project)):
            print(f"error: cannot read the project {args.project}: {project.error()}", file=sys.stderr)
            return 2
        try:
            result = _run_export(project, args)
        except (ValueError, OSError, RuntimeError) as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        finally:
            project.clear()
        for kind, path in result.paths.items():
            print(f"{kind}: {path}")
        print(f"manifest: {result.manifest}")
        print(f"title: {result.title}")
        for warning in result.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        return 0
    finally:
        app.exitQgis()


def _run_export(project, args):
    from datetime import datetime

    def day(text):
        return datetime.fromisoformat(text) if text else None

    formats = tuple(f.strip() for f in args.formats.split(",") if f.strip()) if args.formats else None
    common = {"title": args.title, "labels": args.labels}
    if args.kind == "situation":
        from .qgis.exporting import FORMATS, export_situation

        return export_situation(project, args.out, when=day(args.date), template=args.template or "a4-landscape",
                                formats=formats or FORMATS, **common)  # fmt: skip
    if args.kind == "multiples":
        from .qgis.exporting import FORMATS
        from .qgis.multiples import export_small_multiples

        days = [day(d.strip()) for d in args.dates.split(",") if d.strip()] if args.dates else None
        return export_small_multiples(
            project, args.out, days=days, count=args.panels, mode=args.panel_dates, first=day(args.first),
            last=day(args.last), template=args.template or "a4-landscape", formats=formats or FORMATS, **common,
        )  # fmt: skip
    from .qgis.animation import AnimationSettings, export_animation

    width, _x, height = args.size.partition("x")
    settings = AnimationSettings(
        first=day(args.first), last=day(args.last), step_days=args.step, fps=args.fps, hold=args.hold,
        skip_unchanged=not args.every_day, size=(int(width), int(height)), mode=args.mode,
        template=args.template or "slide-16x9", formats=formats or ("gif", "mp4"), **common,
    )  # fmt: skip
    return export_animation(project, args.out, settings)


def _write(target: str, write) -> None:
    """Write to stdout, or atomically to a file (a failure leaves any previous file intact)."""
    if target == "-":
        write(sys.stdout)
        sys.stdout.flush()
        return
    path = Path(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(prefix=path.name + ".", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            write(out)
        os.replace(partial, path)
    except BaseException:
        os.unlink(partial)
        raise


if __name__ == "__main__":
    sys.exit(main())
