"""Event location accuracy: which place is the location of the event a verb reports.

Halterman's English event–location data (../shared/eval/event_location_en/dev.jsonl): each
record marks a verb and, when the sentence gives one, the span of its location. We name one
span per verb with event_location.locate and score tokens: precision,
recall and F1 of predicted location tokens against gold location tokens over all records, with
records that have no gold location counting every predicted token as a false positive.

Usage: python tools/eval_events.py [--shared ../shared] [--errors N]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import frontline_package

ROOT = Path(__file__).resolve().parents[1]


def _load_package():
    frontline_package.load()


_load_package()
from frontline.plugin.core.events.location import locate  # noqa: E402
from frontline.plugin.core.language.text import segment  # noqa: E402
from frontline.plugin.core.places.gazetteer import Gazetteer  # noqa: E402
from frontline.plugin.core.places.recognizer import PlaceRecognizer  # noqa: E402


def tokens_in(record: dict, start: int, end: int) -> set[int]:
    return {t["id"] for t in record["tokens"] if t["start"] < end and start < t["end"]}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--errors", type=int, default=0, help="print this many wrong predictions")
    args = parser.parse_args(argv)
    path = args.shared / "eval" / "event_location_en" / "dev.jsonl"
    if not path.is_file():
        print(f"eval_events: skipped: {path} is not here (a user's clone has no ../shared)")
        return 0
    recognizer = PlaceRecognizer(Gazetteer.open())
    tp = fp = fn = 0
    halves = {0: [0, 0, 0], 1: [0, 0, 0]}  # even and odd records: tune on one, confirm on the other
    exact = records = 0
    shown = 0
    started = time.perf_counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record.get("answer", "accept") != "accept":
            continue
        verbs = [s for s in record["spans"] if s["label"] == "VERB"]
        if not verbs:
            continue
        records += 1
        gold = set()
        for span in record["spans"]:
            if span["label"] == "LOCATION":  # token indexes: some records' character offsets are shifted
                gold |= set(range(span["token_start"], span["token_end"] + 1))
        doc = segment(record["text"], "en")
        places = recognizer.recognize(doc, "en")
        verb_tokens = record["tokens"][verbs[0]["token_start"]]
        found = locate(doc, places, verb_tokens["start"], verb_tokens["end"], "en")
        predicted = set().union(*(tokens_in(record, a, b) for a, b in found)) if found else set()
        half = halves[(records - 1) % 2]
        half[0] += len(predicted & gold)
        half[1] += len(predicted - gold)
        half[2] += len(gold - predicted)
        tp += len(predicted & gold)
        fp += len(predicted - gold)
        fn += len(gold - predicted)
        exact += predicted == gold
        if predicted != gold and shown < args.errors:
            shown += 1
            text = record["text"]
            print(f"- {text[:160]!r}\n  verb {text[verbs[0]['start']:verbs[0]['end']]!r} gold "
                  f"{[record['tokens'][i]['text'] for i in sorted(gold)]} ours {[text[a:b] for a, b in found]}")  # fmt: skip
    seconds = time.perf_counter() - started
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print("\nEvent location (English, Halterman event_location dev, token level)\n")
    print(f"{'records':>8} {'P':>6} {'R':>6} {'F1':>6} {'exact':>6} {'seconds':>8}")
    print(f"{records:8d} {p:6.3f} {r:6.3f} {f:6.3f} {exact / records:6.3f} {seconds:8.1f}")
    for parity, (htp, hfp, hfn) in zip(("even", "odd"), halves.values()):
        hp, hr = htp / ((htp + hfp) or 1), htp / ((htp + hfn) or 1)
        print(f"{parity:>8} {hp:6.3f} {hr:6.3f} {2 * hp * hr / ((hp + hr) or 1):6.3f}")
    print("goal: token F1 >= 0.80 (anchor: about 0.83 with a trained model)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
