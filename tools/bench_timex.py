"""Speed and memory of the temporal tagger beside dateparser's search_dates, on the same articles.

Usage: python tools/bench_timex.py [--articles 1000] [--size 3000] [--dateparser-articles 40]

Articles of about `--size` characters are built by shuffling sentences: from the KRAUTS raw text
(../shared/eval/krauts_de) when it is present, else from our own fixture articles (tests/data/timex).
Everything runs in one process on one core. dateparser is far slower, so it runs on the first
`--dateparser-articles` articles and its rate is reported per article. Peak memory is the process's
maximum resident set size (resource.getrusage) after each step.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import sys
import time
from pathlib import Path
from typing import Dict, List, Tuple

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_timex import DEFAULT_SHARED, KRAUTS, SUBSET, load_frontline, read_timeml

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "data" / "timex"
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def sentences(shared: Path) -> Tuple[str, Dict[str, List[Tuple[str, str]]]]:
    """(source description, {language: [(sentence, dct)]}) to build articles from."""
    krauts = shared / KRAUTS / f"{SUBSET}_raw-text"
    if krauts.is_dir():
        pool = []
        for path in sorted(krauts.glob("*.tml")):
            doc = read_timeml(path)
            pool += [(s, doc.dct) for s in _SENTENCE.split(doc.text.strip()) if s]
        return f"KRAUTS {SUBSET} raw text (German news)", {"de": pool}
    pools: Dict[str, List[Tuple[str, str]]] = {}
    for path in sorted(FIXTURES.glob("*.txt")):
        lang = path.name[:2]
        text = path.read_text(encoding="utf-8")
        pools.setdefault(lang, []).extend((s, "2017-11-04") for s in _SENTENCE.split(text) if s)
    return "our fixture articles tests/data/timex (dense in dates: a worst case)", pools


def build(pool: List[Tuple[str, str]], count: int, size: int, seed: int = 7) -> List[Tuple[str, str]]:
    rng = random.Random(seed)
    articles = []
    for _ in range(count):
        parts, length = [], 0
        while length < size:
            sentence, dct = rng.choice(pool)
            parts.append(sentence)
            length += len(sentence) + 1
        articles.append((" ".join(parts), dct))
    return articles


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--size", type=int, default=3000)
    parser.add_argument("--dateparser-articles", type=int, default=40)
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    args = parser.parse_args(argv)

    source, pools = sentences(args.shared)
    corpora = {lang: build(pool, args.articles, args.size) for lang, pool in pools.items()}
    articles = corpora.get("de") or next(iter(corpora.values()))
    mean_size = sum(len(t) for t, _ in articles) / len(articles)
    base_mb = peak_mb()

    load_frontline()
    from frontline.plugin.core.dates.grammar import load_grammar
    from frontline.plugin.core.dates.tagging import tag

    started = time.perf_counter()
    load_grammar("de")
    load_grammar("en")
    compile_s = time.perf_counter() - started

    rows = []
    for lang, corpus in corpora.items():
        started = time.perf_counter()
        found = sum(len(tag(text, lang, dct)) for text, dct in corpus)
        seconds = time.perf_counter() - started
        rows.append((f"Frontline timex ({lang})", len(corpus), found, seconds, peak_mb()))

    dp_rate = None
    try:
        from datetime import datetime

        from dateparser.search import search_dates

        subset = articles[: args.dateparser_articles]
        started = time.perf_counter()
        found = 0
        for text, dct in subset:
            settings = {"RELATIVE_BASE": datetime.fromisoformat(dct[:10]), "DATE_ORDER": "DMY"}
            found += len(search_dates(text, languages=["de"], settings=settings) or [])
        seconds = time.perf_counter() - started
        rows.append(("dateparser search_dates", len(subset), found, seconds, peak_mb()))
        dp_rate = len(subset) / seconds
    except ImportError:
        print("bench_timex: dateparser is not installed; its row is left out")

    print(
        f"\nTemporal tagger speed: {len(articles)} articles of {mean_size:.0f} characters on average, "
        f"built from {source}; one process, one core"
    )
    print(
        f"grammar compilation (de + en, once per process): {compile_s * 1000:.0f} ms; "
        f"memory before tagging {base_mb:.0f} MB"
    )
    print(
        f"{'system':<26} {'articles':>8} {'found':>7} {'seconds':>8} {'articles/s':>11} {'expr/s':>9} "
        f"{'peak MB':>8}"
    )
    for name, n, found, seconds, mb in rows:
        print(
            f"{name:<26} {n:>8} {found:>7} {seconds:>8.2f} {n / seconds:>11.0f} {found / seconds:>9.0f} "
            f"{mb:>8.0f}"
        )
    ours = rows[0][1] / rows[0][3]
    if dp_rate:
        print(f"ratio Frontline/dateparser (articles per second): {ours / dp_rate:.0f}x")
    print(f"goal: >= 500 articles/s on one core -> {'met' if ours >= 500 else 'NOT met'} ({ours:.0f}/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
