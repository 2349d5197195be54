"""Speed and memory of the gazetteer: build, file size, open, contains(), lookup(), resident memory.

Usage: python tools/bench_gazetteer.py [--gazetteer FILE] [--no-build]
Builds a fresh gazetteer in a temporary folder (timed) unless --no-build, then measures look-ups in
a fresh process so the resident memory is that of a plugin that only opened the gazetteer.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import frontline_package

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOALS = {"open_s": 1.0, "rss_mb": 500}


def _load_frontline():
    frontline_package.load()


def _per_call_us(function, keys: list[str], batch: int = 50) -> float:
    """Median over batches of the time per call, in microseconds (timer overhead amortised)."""
    times = []
    for start in range(0, len(keys) - batch + 1, batch):
        chunk = keys[start : start + batch]
        began = time.perf_counter()
        for key in chunk:
            function(key)
        times.append((time.perf_counter() - began) / batch * 1e6)
    return statistics.median(times)


def measure(path: Path) -> dict:
    """Open the gazetteer at `path` and time look-ups; runs in its own process."""
    _load_frontline()
    import sqlite3

    from frontline.plugin.core.places.gazetteer import Gazetteer

    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    began = time.perf_counter()
    gaz = Gazetteer.open(path)
    open_s = time.perf_counter() - began
    rss_open = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    rng = random.Random(7)
    with sqlite3.connect(path) as db:
        total = db.execute("SELECT count(*) FROM names").fetchone()[0]
        offsets = sorted(rng.sample(range(total), 5000))
        keys = [
            db.execute("SELECT key FROM names LIMIT 1 OFFSET ?", (o,)).fetchone()[0] for o in offsets[:2000]
        ]
    rng.shuffle(keys)
    absent = [
        "".join(rng.choice("abcdeghiklmnoqrstuz ") for _ in range(rng.randint(4, 14))).strip() for _ in keys
    ]
    absent = [a for a in absent if a and not gaz.contains(a)]
    sentence_ngrams = [
        " ".join(w)
        for w in zip(*[iter(["the", "army", "moved", "from", "anah", "towards", "al", "qaim"] * 40)] * 2)
    ]

    result = {
        "open_s": open_s,
        "rss_mb": rss_open,
        "rss_start_mb": rss_before,
        "keys": len(gaz),
        "contains_hit_us": _per_call_us(gaz.contains, keys),
        "contains_miss_us": _per_call_us(gaz.contains, absent),
        "contains_ngram_us": _per_call_us(gaz.contains, sentence_ngrams),
        "lookup_us": _per_call_us(gaz.lookup, keys),
        "lookup_miss_us": _per_call_us(gaz.lookup, absent),
        "lookup_name_us": _per_call_us(gaz.lookup_name, ["Al-Qā’im", "Mossul", "Deir ez-Zor", "Anah"] * 100),
    }
    result["rss_after_lookups_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    wof = SHARED / "data" / "gazetteer"
    if wof.is_dir():
        began = time.perf_counter()
        added = gaz.add_wof(wof / "wof_iq.jsonl") + gaz.add_wof(wof / "wof_sy.jsonl")
        result["wof_s"] = time.perf_counter() - began
        result["wof_added"] = added
        result["rss_after_wof_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        result["contains_after_wof_us"] = _per_call_us(gaz.contains, keys)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gazetteer", type=Path, help="measure this file (default: build a fresh one)")
    parser.add_argument(
        "--no-build", action="store_true", help="measure resources/gazetteer.sqlite, no build"
    )
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # the child process
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return 0

    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as folder:
        path = args.gazetteer or (ROOT / "resources" / "gazetteer.sqlite" if args.no_build else None)
        if path is None:
            path = Path(folder) / "gazetteer.sqlite"
            began = time.perf_counter()
            built = subprocess.run(
                [sys.executable, str(ROOT / "tools" / "build_gazetteer.py"), "--out", str(path)],
                capture_output=True,
                text=True,
            )
            if built.returncode:
                print(built.stderr, file=sys.stderr)
                return built.returncode
            rows.append(("build (tools/build_gazetteer.py)", f"{time.perf_counter() - began:.1f} s", ""))
        if not path.is_file():
            print(f"skipped: {path} is not built (run make)")
            return 0
        rows.append(("file size", f"{path.stat().st_size / 1e6:.1f} MB", ""))
        child = subprocess.run(
            [sys.executable, __file__, "--measure", str(path)], capture_output=True, text=True, check=True
        )
        m = json.loads(child.stdout)
    ok = lambda good: "ok" if good else "MISSED"  # noqa: E731
    rows += [
        ("indexed keys", f"{m['keys']:,}", ""),
        ("open", f"{m['open_s'] * 1000:.0f} ms", f"goal < 1 s: {ok(m['open_s'] < GOALS['open_s'])}"),
        ("contains() hit", f"{m['contains_hit_us']:.2f} µs", "median per call, 2,000 keys"),
        ("contains() miss", f"{m['contains_miss_us']:.2f} µs", "random strings"),
        ("contains() n-grams", f"{m['contains_ngram_us']:.2f} µs", "bigrams of a sentence"),
        ("lookup() hit", f"{m['lookup_us']:.1f} µs", "median per call, first time per key"),
        ("lookup() miss", f"{m['lookup_miss_us']:.2f} µs", ""),
        ("lookup_name()", f"{m['lookup_name_us']:.1f} µs", "normalise + both keys"),
        (
            "peak RSS after open",
            f"{m['rss_mb']:.0f} MB",
            f"goal < 500 MB: {ok(m['rss_mb'] < GOALS['rss_mb'])}",
        ),
        (
            "peak RSS after look-ups",
            f"{m['rss_after_lookups_mb']:.0f} MB",
            f"Python alone {m['rss_start_mb']:.0f} MB",
        ),
    ]
    if "wof_s" in m:
        rows += [
            ("add_wof IQ + SY", f"{m['wof_s']:.2f} s", f"{m['wof_added']:,} places added (others joined)"),
            ("peak RSS after WOF", f"{m['rss_after_wof_mb']:.0f} MB", ""),
            ("contains() after WOF", f"{m['contains_after_wof_us']:.2f} µs", ""),
        ]
    else:
        rows.append(("add_wof IQ + SY", "skipped", f"{SHARED} not here"))
    width = max(len(r[0]) for r in rows)
    print("Gazetteer benchmark")
    print(f"{'measure':<{width}}  {'value':>12}  note")
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:>12}  {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
