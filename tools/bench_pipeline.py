"""Speed of the whole extraction pipeline, and of fusing advances across many articles (tables).

Usage: python tools/bench_pipeline.py [--articles 1000] [--size 3000]

Table 1: read, places, dates, events and advances for German articles of about 3 KB on one core
(tools/benchdata.py). Table 2: fusing the legs of 1,000 … 10,000 articles into advances; the
time per leg should stay flat (legs are bucketed by place, not compared with every other leg).
Table 3: control periods, axes and inferred origins from the takings of 1,000 … 10,000 articles;
the time per taking should stay flat too (nodes are found on a grid, not among all the others).
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

import benchdata

benchdata.load_package()
from frontline.plugin.core.events.advances import Advance, Evidence, Waypoint, fuse  # noqa: E402
from frontline.plugin.core.events.axes import Position, build_axes, infer_unstated_sides  # noqa: E402
from frontline.plugin.core.events.control import ControlChange, control_periods  # noqa: E402
from frontline.plugin.core.pipeline import Pipeline, extraction_record  # noqa: E402
from frontline.plugin.core.places.gazetteer import Gazetteer  # noqa: E402


def synthetic_legs(count: int, seed: int = 3) -> list[Advance]:
    """Legs between 2,000 points in Iraq and Syria, a few sharing routes, as many articles give."""
    rng = random.Random(seed)
    points = [(rng.uniform(32.0, 37.0), rng.uniform(38.0, 46.0)) for _ in range(2000)]
    legs = []
    for number in range(count):
        a, b = rng.sample(range(len(points)), 2)
        day = f"2017-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        route = [
            Waypoint(f"p{a}", f"test:{a}", *points[a], None, True),
            Waypoint(f"p{b}", f"test:{b}", *points[b], day, True),
        ]
        legs.append(Advance(route, ["Iraqi forces"], "confirmed", [Evidence(f"a{number}", 0, "…")]))
    return legs


def synthetic_takings(count: int, seed: int = 5) -> tuple[list[ControlChange], list[Position]]:
    """Takings of 2,000 places by three sides (a fifth naming no side) over a year, and as many
    positions, as a long batch of reports gives."""
    rng = random.Random(seed)
    points = [(rng.uniform(32.0, 37.0), rng.uniform(38.0, 46.0)) for _ in range(2000)]
    sides = ["IQ", "IS", "SY", None, "IQ"]
    changes, positions = [], []
    for number in range(count):
        i = rng.randrange(len(points))
        day = f"2017-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        side = rng.choice(sides)
        evidence = Evidence(f"a{number}", 0, "…")
        kind = "left" if rng.random() < 0.1 and side else "taken"
        changes.append(
            ControlChange(
                kind, "capture", f"test:{i}", f"p{i}", *points[i], side, (), day, "confirmed", evidence
            )
        )
        j = rng.randrange(len(points))
        positions.append(Position(side or "IQ", f"p{j}", f"test:{j}", *points[j], day, evidence))
    return changes, positions


def main(argv=None) -> int:
    args, source, sentences = benchdata.arguments(__doc__.splitlines()[0], argv)
    pipeline = Pipeline(Gazetteer.open())
    with tempfile.TemporaryDirectory() as folder:
        benchdata.write_articles(Path(folder), sentences, args.articles, args.size)
        started, cpu_started = time.perf_counter(), time.process_time()
        results, problems = pipeline.run([Path(folder)])
        record = extraction_record(results, problems)
        seconds = time.perf_counter() - started
        cpu_seconds = time.process_time() - cpu_started
    events = sum(len(a["events"]) for a in record["articles"])
    times = sum(len(a["times"]) for a in record["articles"])
    places = sum(len(a["places"]) for a in record["articles"])
    print(f"\nWhole pipeline: {len(results)} German articles of about {args.size} characters ({source})\n")
    print(f"{'measure':44} {'value':>10} {'goal':>10}")
    # the pipeline runs on one thread: its CPU time is the time of one core, which other load on
    # a shared machine does not stretch as it stretches the wall clock
    print(
        f"{'articles/s: read, places, dates, events, advances':44} {len(results) / cpu_seconds:10.0f} {'>= 100':>10}"
    )
    print(f"{'  the same by the wall clock':44} {len(results) / seconds:10.0f}")
    per_article = f"{places / len(results):.1f} / {times / len(results):.1f} / {events / len(results):.1f}"
    print(f"{'places / times / events per article':44} {per_article:>10}")
    print(f"{'advances fused from them':44} {len(record['advances']):10d}")
    print(f"{'peak resident memory':44} {benchdata.peak_mb():8.0f} MB")

    print("\nFusing advances across articles (one leg per article)\n")
    print(f"{'articles':>9} {'legs':>7} {'advances':>9} {'seconds':>9} {'µs per leg':>11}")
    for count in (1000, 2000, 5000, 10000):
        legs = synthetic_legs(count)
        started = time.perf_counter()
        fused = fuse(legs)
        seconds = time.perf_counter() - started
        print(f"{count:9d} {len(legs):7d} {len(fused):9d} {seconds:9.3f} {seconds / count * 1e6:11.0f}")

    print("\nControl periods, axes and inferred origins across articles (one taking per article)\n")
    print(f"{'articles':>9} {'takings':>8} {'periods':>8} {'arrows':>7} {'seconds':>9} {'µs per taking':>14}")
    for count in (1000, 2000, 5000, 10000):
        changes, positions = synthetic_takings(count)
        legs = synthetic_legs(count // 10)
        started = time.perf_counter()
        periods = control_periods(changes)
        infer_unstated_sides(periods)
        arrows = build_axes(periods, fuse(legs), positions)
        seconds = time.perf_counter() - started
        print(
            f"{count:9d} {len(changes):8d} {len(periods):8d} {len(arrows):7d} {seconds:9.3f}"
            f" {seconds / count * 1e6:14.0f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
