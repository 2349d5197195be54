"""Seconds for one long German document of 100 KB, 400 KB, 1 MB and 5 MB (prints a table).

Usage: python tools/bench_long.py [--sizes 100000,400000,1000000,5000000]

A report of a hundred pages is one article: reading, sentences, places, dates, events and
advance legs must grow with its length, not with its length squared (before: 100 KB 2 s,
400 KB 20 s, 5 MB did not finish in 5 minutes). Paragraphs of five sentences from
tools/benchdata.py; each stage's start is printed as progress.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import benchdata

benchdata.load_package()
from frontline.plugin.core.articles.reading import read_article  # noqa: E402
from frontline.plugin.core.pipeline import Pipeline  # noqa: E402
from frontline.plugin.core.places.gazetteer import Gazetteer  # noqa: E402


def long_document(sentences: list[str], size: int, seed: int = 5) -> str:
    rng = random.Random(seed)
    paragraphs, length = [], 0
    while length < size:
        paragraph = " ".join(rng.choice(sentences) for _ in range(5))
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
    return "date 2017-11-04\nlang de\n\n" + "\n\n".join(paragraphs) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,400000,1000000,5000000")
    parser.add_argument("--shared", type=Path, default=benchdata.ROOT.parent / "shared")
    args = parser.parse_args(argv)
    source, sentences = benchdata.german_sentences(args.shared)
    pipeline = Pipeline(Gazetteer.open())
    pipeline.process(
        read_article(
            benchdata.ROOT
            / "examples"
            / sorted(p.name for p in (benchdata.ROOT / "examples").glob("*.txt"))[0]
        )
    )  # warm the word lists
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for size in (int(s) for s in args.sizes.split(",")):
            path = Path(folder) / f"report_{size}.txt"
            path.write_text(long_document(sentences, size), encoding="utf-8")
            started = time.perf_counter()
            article = read_article(path)

            def progress(stage: str, size: int = size, started: float = started) -> None:
                print(
                    f"  {size / 1000:>7,.0f} KB  {time.perf_counter() - started:6.1f} s  {stage}",
                    file=sys.stderr,
                )

            result = pipeline.process(article, progress)
            seconds = time.perf_counter() - started
            rows.append((size, seconds, len(result.places), len(result.events)))
    print(f"\nOne long German document ({source})\n")
    print(f"{'size':>9} {'seconds':>8} {'x 100 KB':>9} {'places':>7} {'events':>7} {'goal':>28}")
    base = rows[0][1] if rows else 1.0
    goals = {400_000: "<= 5 x 100 KB", 5_000_000: "< 60 s"}
    for size, seconds, places, events in rows:
        print(
            f"{size / 1000:>6,.0f} KB {seconds:8.2f} {seconds / base:9.1f} {places:7d} {events:7d} "
            f"{goals.get(size, ''):>28}"
        )
    print(f"{'peak resident memory':44} {benchdata.peak_mb():8.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
