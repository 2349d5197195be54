"""Speed and memory of reading articles and finding their places (prints a table).

Usage: python tools/bench_places.py [--articles 1000] [--size 3000]

One process, one core: gazetteer ready time, then reading + segmenting + place recognition and
resolution over German articles of about 3 KB (tools/benchdata.py), and peak resident memory.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import benchdata

benchdata.load_package()
from frontline.plugin.core.articles.model import Article  # noqa: E402
from frontline.plugin.core.articles.reading import iter_articles  # noqa: E402
from frontline.plugin.core.language.lexicon import common_words, first_names, lower_case_words, place_odds  # noqa: E402
from frontline.plugin.core.language.text import segment  # noqa: E402
from frontline.plugin.core.places.gazetteer import Gazetteer  # noqa: E402
from frontline.plugin.core.places.recognizer import PlaceRecognizer  # noqa: E402


def _many_names(count: int) -> tuple[str, list[tuple[int, int]]]:
    """A text naming `count` places, every other one a name no gazetteer has, and their spans."""
    known = ("Mosul", "Baghdad", "Raqqa", "Aleppo", "Homs", "Kirkuk", "Tikrit", "Ramadi")
    parts, spans, at = [], [], 0
    for i in range(count):
        name = (
            known[i % len(known)] if i % 2 else "Zorv" + "".join(chr(97 + (i >> k) % 26) for k in (0, 5, 10))
        )
        sentence = f"Fighting spread to {name} on the road. "
        start = at + len("Fighting spread to ")
        spans.append((start, start + len(name)))
        parts.append(sentence)
        at += len(sentence)
    return "".join(parts), spans


def main(argv=None) -> int:
    args, source, sentences = benchdata.arguments(__doc__.splitlines()[0], argv)

    started = time.perf_counter()
    gazetteer = Gazetteer.open()
    gazetteer_ready = time.perf_counter() - started
    started = time.perf_counter()
    common_words("de"), lower_case_words("de"), first_names(), place_odds("de")
    lists_ready = time.perf_counter() - started
    recognizer = PlaceRecognizer(gazetteer)

    with tempfile.TemporaryDirectory() as folder:
        benchdata.write_articles(Path(folder), sentences, args.articles, args.size)
        started = time.perf_counter()
        count = places = size = 0
        for item in iter_articles([Path(folder)]):
            if not isinstance(item, Article):
                continue
            doc = segment(item.text, item.language, item.body_start)
            places += len(recognizer.recognize(doc, item.language))
            count += 1
            size += len(item.text)
        seconds = time.perf_counter() - started

    # `resolve` with given spans (the evaluation's and the CLI's path) on one long text whose
    # names are half unknown to the gazetteer: each unknown name looks for its stand-in
    text, spans = _many_names(400)
    started = time.perf_counter()
    recognizer.resolve_all(text, spans)
    resolve_seconds = time.perf_counter() - started

    print(
        f"\nPlace extraction speed: {count} German articles of {size / max(count, 1):.0f} characters ({source})\n"
    )
    print(f"{'measure':46} {'value':>12} {'goal':>12}")
    print(f"{'gazetteer ready (open)':46} {gazetteer_ready * 1000:10.0f} ms {'< 1000 ms':>12}")
    print(f"{'word lists ready (first use)':46} {lists_ready * 1000:10.0f} ms {'':>12}")
    print(f"{'articles/s, reading + places (one core)':46} {count / seconds:12.0f} {'>= 200':>12}")
    print(f"{'places found per article':46} {places / max(count, 1):12.1f} {'':>12}")
    print(f"{'resolve, names/s (one text, 400 names)':46} {len(spans) / resolve_seconds:12.0f} {'':>12}")
    print(f"{'peak resident memory':46} {benchdata.peak_mb():10.0f} MB {'< 500 MB':>12}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
