"""Headless entry point: the same pipeline as the plugin, without QGIS.

    python -m plugin.cli extract [--date 2017-11-04|2017-11] [--lang de|en|auto] [--gazetteer FILE ...]
                                 [--urls FILE] [--fetched DIR] [--offline] [--text-field NAME …]
                                 [--json OUT|-] FILE|DIR|URL ...
    python -m plugin.cli text [--json] [--urls FILE] FILE|DIR|URL ...   (each article as Frontline reads it)
    python -m plugin.cli resolve [--gazetteer FILE ...] [--json OUT|-] < toponyms.jsonl
    python -m plugin.cli layers RECORD.json --out DIR [--overwrite] [--no-frames] [--no-gif]
    python -m plugin.cli demo [--date D] [--out DIR] FILE|DIR|URL ...   (extract + layers + a summary)
    python -m plugin.cli export situation|multiples|animation PROJECT.qgz --out DIR [options]

Inputs are text, Markdown, HTML, PDF, RSS/Atom feeds, CSV/JSON/JSON Lines exports and Word files,
and http(s) URLs of pages, PDFs and feeds. What a URL gave is kept in the fetched folder (beside
the output) with its URL and retrieval time, so a re-run reads the same text offline.
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

from .core.articles.exports import FieldNames
from .core.articles.fetch import FetchedStore, StoredFetcher, UrlFetcher
from .core.articles.model import ReadProblem
from .core.articles.reading import iter_articles
from .core.language.spacy_entities import ModelUnavailableError
from .core.pipeline import GazetteerFileError, Pipeline, add_gazetteer, extraction_record
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
    _input_options(extract)
    extract.add_argument("--gazetteer", action="append", type=Path, default=[], metavar="FILE",
                         help="extra gazetteer: GeoNames dump (.txt), CSV, or Who's On First (.jsonl)")  # fmt: skip
    extract.add_argument(
        "--json", default="-", metavar="OUT|-", help="output file (default: standard output)"
    )
    extract.add_argument("--overwrite", action="store_true", help="replace an existing output file")
    extract.add_argument(
        "--spacy-model", metavar="NAME", help="an installed spaCy model whose entities add evidence"
    )

    text = commands.add_parser("text", help="print each article as Frontline reads it")
    _input_options(text)
    text.add_argument("--json", action="store_true", help="one JSON object per article per line")

    resolve = commands.add_parser("resolve", help="resolve given toponym spans (JSON lines on stdin)")
    resolve.add_argument("--gazetteer", action="append", type=Path, default=[], metavar="FILE")
    resolve.add_argument("--json", default="-", metavar="OUT|-")
    resolve.add_argument("--overwrite", action="store_true")

    layers = commands.add_parser("layers", help="build GeoPackage, project, frames and GIF from a record")
    layers.add_argument("record", type=Path, metavar="RECORD.json")
    layers.add_argument("--out", type=Path, required=True, metavar="DIR")
    _output_options(layers)

    demo = commands.add_parser("demo", help="the whole job: extract articles, build every output, summarise")
    _input_options(demo)
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
    export.add_argument("--labels", choices=("reporting", "de", "en", "gazetteer"), help="spell place labels as the reports do, "
                        "by their German or English names, or by the gazetteer's (default: the project's setting)")  # fmt: skip
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


def _input_options(parser: argparse.ArgumentParser) -> None:
    """What to read and how: files, folders and URLs, a file of URLs, the batch's date and
    language, where fetched pages are kept, and the column names of exports."""
    parser.add_argument("paths", nargs="*", metavar="FILE|DIR|URL")
    parser.add_argument("--urls", type=Path, metavar="FILE", help="a file of URLs, one a line (# comments)")
    parser.add_argument("--date", type=_batch_date, help="publication date for articles that state none")
    parser.add_argument("--lang", choices=("de", "en", "auto"), default="auto")
    parser.add_argument("--fetched", type=Path, metavar="DIR",
                        help="where fetched pages are kept (default: 'fetched' beside the output)")  # fmt: skip
    parser.add_argument("--offline", action="store_true", help="read URLs only from the fetched folder")
    parser.add_argument("--refresh", action="store_true", help="fetch URLs again even when kept")
    parser.add_argument("--timeout", type=float, default=20.0, metavar="S", help="seconds per URL (20)")
    for name in ("text", "date", "title", "url", "lang", "source", "author"):
        parser.add_argument(f"--{name}-field", metavar="NAME", help=f"the {name} column of CSV/JSON exports")


def _output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--overwrite", action="store_true", help="replace Frontline's outputs in DIR")
    parser.add_argument("--no-frames", action="store_true", help="no PNG frames")
    parser.add_argument("--no-gif", action="store_true", help="no animated GIF")
    parser.add_argument("--no-basemap", action="store_true", help="no country borders or rivers")


def _inputs(args) -> Optional[list[str]]:
    """The paths and URLs to read: the arguments, then the lines of --urls; None after an error."""
    inputs = list(args.paths)
    if args.urls is not None:
        try:
            lines = args.urls.read_text(encoding="utf-8-sig").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            print(f"error: cannot read the URL list {args.urls}: {error}", file=sys.stderr)
            return None
        inputs += [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    if not inputs:
        print("error: nothing to read (give files, folders or URLs, or --urls FILE)", file=sys.stderr)
        return None
    return inputs


def _fetcher(args) -> StoredFetcher:
    """Fetched pages are kept beside the output (the record's folder, demo's --out) or here."""
    folder = args.fetched
    if folder is None:
        if args.command == "demo":
            folder = args.out / "fetched"
        elif args.command == "extract" and args.json != "-":
            folder = Path(args.json).parent / "fetched"
        else:
            folder = Path("fetched")
    live = None if args.offline else UrlFetcher(timeout=args.timeout)
    return StoredFetcher(FetchedStore(folder), live, refresh=args.refresh)


def _fields(args) -> FieldNames:
    return FieldNames(
        text=args.text_field,
        date=args.date_field,
        title=args.title_field,
        url=args.url_field,
        language=args.lang_field,
        source=args.source_field,
        author=args.author_field,
    )


def _print_text(args, inputs: list[str]) -> int:
    """`text`: each article as Frontline reads it, or one JSON object per article per line."""
    language = None if args.lang == "auto" else args.lang
    read = problems = 0
    items = iter_articles(
        inputs, batch_date=args.date, language=language, fields=_fields(args), fetcher=_fetcher(args)
    )
    for item in items:
        if isinstance(item, ReadProblem):
            problems += 1
            print(f"skipped: {item}", file=sys.stderr)
            continue
        read += 1
        published = item.published
        if args.json:
            obj = {
                "path": item.path,
                "url": item.url,
                "title": item.title,
                "published": published.value,
                "date_source": published.source,
                "language": item.language,
                "source": item.source,
                "author": item.author,
                "format": item.format,
                "content": item.content,
                "retrieved": item.retrieved,
                "text": item.body,
            }
            print(json.dumps(obj, ensure_ascii=False))
            continue
        print(f"=== {item.path}")
        rows = [
            ("title", item.title),
            ("date", f"{published.value} ({published.source})" if published.value else "none found"),
            ("url", item.url),
            ("source", item.source),
            ("author", item.author),
            ("language", f"{item.language} ({item.language_source})"),
            ("fetched", item.retrieved),
            ("pages", len(item.pages) or None),
            ("content", "the summary only" if item.content == "summary" else None),
        ]
        for key, value in rows:
            if value:
                print(f"{key + ':':10}{value}")
        print()
        print(item.body)
        print()
    sys.stdout.flush()
    print(f"{read} articles read, {problems} skipped", file=sys.stderr)
    return 0 if read or not problems else 1


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
        articles = record.get("articles") if isinstance(record, dict) else None
        if not articles:
            print(f"error: the record {args.record} holds no articles; nothing to draw", file=sys.stderr)
            return 2
        return _build_layers(record, args)
    inputs = None
    if args.command in ("extract", "demo", "text"):
        inputs = _inputs(args)
        if inputs is None:
            return 2
    if args.command == "text":
        return _print_text(args, inputs)
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
        except GazetteerFileError as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
        print(f"{path}: {count} places added", file=sys.stderr)

    if args.command in ("demo", "extract"):
        try:
            pipeline = Pipeline(gazetteer, spacy_model=args.spacy_model)
        except ModelUnavailableError as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
        language = None if args.lang == "auto" else args.lang
        results, problems = pipeline.run(
            inputs,
            batch_date=args.date,
            language=language,
            fields=_fields(args),
            fetcher=_fetcher(args),
            progress=lambda line: print(line, file=sys.stderr),
        )
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
