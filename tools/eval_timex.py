"""Score the temporal tagger on KRAUTS Dolomiten-100 (German news, TimeML gold) beside HeidelTime.

Usage: python tools/eval_timex.py [--shared DIR] [--no-dateparser] [--errors N]

Data: ../shared/eval/krauts_de/ (not part of the repository; the script says "skipped" and exits 0
when it is absent). Three folders hold the same 100 documents: the gold (`KRAUTS_Dolomiten-100`),
the raw text (`…_raw-text`) and HeidelTime's output shipped with the corpus (`…_Heideltime`).

Alignment: every file is the same TimeML document; the text is the content of <TEXT>…</TEXT> with the
inline <TIMEX3> tags removed (the corpus uses no XML entities, so no unescaping shifts offsets). Gold
and HeidelTime spans are character offsets into that stripped text, computed while the tags are
removed; the script checks that gold, raw text and HeidelTime give the identical stripped text for
every document, and our tagger reads exactly that string (the raw-text file's TEXT content, leading
newline included), so all three share one offset space. The DCT is the <DCT> TIMEX3 value.
dateparser's `search_dates` returns strings, not offsets; they are located left to right in the text.

Measures (TempEval-3, UzZaman et al. 2013, the definitions of its official scorer):
- strict P/R/F1: a system span counts when it has exactly the gold span (outer whitespace ignored);
- relaxed P/R/F1: a system span counts when it overlaps a gold span; matching is one-to-one (each
  gold span is paired with the unpaired overlapping system span of largest overlap);
- value F1: TempEval-3's attribute F1, computed over the relaxed matches: attribute precision =
  (matches with the gold value) / system spans, attribute recall = (same) / gold spans, F1 of those;
  this equals relaxed F1 × value accuracy on the matches. Values are compared as exact strings
  (gold values stripped of surrounding whitespace, otherwise as annotated);
- type accuracy: share of relaxed matches whose TIMEX3 type equals the gold type.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import frontline_package

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = ROOT.parent / "shared"
KRAUTS = Path("eval") / "krauts_de"
SUBSET = "KRAUTS_Dolomiten-100"
_TAG = re.compile(r"<(/?)TIMEX3\b([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def load_frontline():
    frontline_package.load()
    return sys.modules["frontline"]


@dataclass
class Span:
    start: int
    end: int
    type: str
    value: str


@dataclass
class Doc:
    name: str
    dct: str
    text: str
    spans: List[Span] = field(default_factory=list)


def read_timeml(path: Path) -> Doc:
    """The <TEXT> content with TIMEX3 tags removed, and the tagged spans as offsets into it."""
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r"<DCT>.*?value=\"([^\"]+)\"", raw, re.S)[1]
    body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    pieces, spans, open_attrs, open_at, length, cursor = [], [], None, 0, 0, 0
    for found in _TAG.finditer(body):
        chunk = body[cursor : found.start()]
        pieces.append(chunk)
        length += len(chunk)
        cursor = found.end()
        if found[1]:  # closing tag
            attrs = dict(_ATTR.findall(open_attrs))
            spans.append(Span(open_at, length, attrs.get("type", ""), attrs.get("value", "").strip()))
            open_attrs = None
        else:
            open_attrs, open_at = found[2], length
    pieces.append(body[cursor:])
    return Doc(path.name.split("_")[0], dct, "".join(pieces), spans)


def _trim(text: str, start: int, end: int) -> Tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def score(gold: List[Doc], system: Dict[str, List[Span]]) -> Dict[str, float]:
    counts = Counter()
    for doc in gold:
        golds = [(*_trim(doc.text, s.start, s.end), s) for s in doc.spans]
        systems = [(*_trim(doc.text, s.start, s.end), s) for s in system.get(doc.name, [])]
        counts["gold"] += len(golds)
        counts["system"] += len(systems)
        counts["strict"] += len({(a, b) for a, b, _ in golds} & {(a, b) for a, b, _ in systems})
        used = set()
        for g_start, g_end, g_span in golds:
            best, best_overlap = None, 0
            for index, (s_start, s_end, _) in enumerate(systems):
                overlap = min(g_end, s_end) - max(g_start, s_start)
                if index not in used and overlap > best_overlap:
                    best, best_overlap = index, overlap
            if best is None:
                continue
            used.add(best)
            s_span = systems[best][2]
            counts["relaxed"] += 1
            counts["value"] += s_span.value == g_span.value
            counts["type"] += s_span.type == g_span.type
    return _measures(counts)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _measures(c: Counter) -> Dict[str, float]:
    sys_n, gold_n = max(c["system"], 1), max(c["gold"], 1)
    out = {"spans": c["system"], "gold": c["gold"]}
    for name in ("strict", "relaxed", "value"):
        p, r = c[name] / sys_n, c[name] / gold_n
        out[name] = (p, r, _f1(p, r))
    out["value_acc"] = c["value"] / max(c["relaxed"], 1)
    out["type_acc"] = c["type"] / max(c["relaxed"], 1)
    return out


def run_frontline(docs: List[Doc]) -> Dict[str, List[Span]]:
    load_frontline()
    from frontline.plugin.core.dates.tagging import tag

    return {d.name: [Span(e.start, e.end, e.type, e.value) for e in tag(d.text, "de", d.dct)] for d in docs}


def run_dateparser(docs: List[Doc]) -> Dict[str, List[Span]]:
    from datetime import datetime

    from dateparser.search import search_dates

    out = {}
    for doc in docs:
        base = datetime.fromisoformat(doc.dct[:10])
        settings = {"RELATIVE_BASE": base, "DATE_ORDER": "DMY"}
        found = search_dates(doc.text, languages=["de"], settings=settings) or []
        spans, cursor = [], 0
        for substring, when in found:
            at = doc.text.find(substring, cursor)
            if at < 0:
                continue
            spans.append(Span(at, at + len(substring), "DATE", when.date().isoformat()))
            cursor = at + len(substring)
        out[doc.name] = spans
    return out


def _row(name: str, m: Dict[str, float], seconds: Optional[float]) -> str:
    def prf(key):
        p, r, f = m[key]
        return f"{p:.3f} {r:.3f} {f:.3f}"

    took = f"{seconds:6.1f}" if seconds is not None else "     -"
    return (
        f"{name:<24} {m['spans']:>5}  {prf('strict')}   {prf('relaxed')}   {m['value'][2]:.3f}"
        f"   {m['value_acc']:.3f}   {m['type_acc']:.3f}  {took}"
    )


def _errors(docs: List[Doc], system: Dict[str, List[Span]], limit: int) -> None:
    missed, spurious, wrong = [], [], []
    for doc in docs:
        sys_spans = system[doc.name]
        for g in doc.spans:
            hits = [s for s in sys_spans if min(g.end, s.end) > max(g.start, s.start)]
            context = doc.text[max(0, g.start - 40) : g.end + 25].replace("\n", " ")
            if not hits:
                missed.append(
                    f"{doc.dct} {doc.text[g.start : g.end]!r:28} gold {g.type} {g.value:14} | {context}"
                )
            elif hits[0].value != g.value:
                s = hits[0]
                wrong.append(
                    f"{doc.dct} {doc.text[g.start : g.end]!r:24} gold {g.value:14} ours {s.value:14} "
                    f"{doc.text[s.start : s.end]!r} | {context}"
                )
        for s in sys_spans:
            if not any(min(g.end, s.end) > max(g.start, s.start) for g in doc.spans):
                context = doc.text[max(0, s.start - 40) : s.end + 25].replace("\n", " ")
                spurious.append(f"{doc.dct} {doc.text[s.start : s.end]!r:28} ours {s.value:14} | {context}")
    for title, rows in (("missed", missed), ("spurious", spurious), ("wrong value", wrong)):
        print(f"\n## {title}: {len(rows)}")
        for row in rows[:limit]:
            print("  " + row)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--no-dateparser", action="store_true", help="skip dateparser (about a minute)")
    parser.add_argument("--errors", type=int, default=0, help="list up to N errors of each kind")
    args = parser.parse_args(argv)
    base = args.shared / KRAUTS
    gold_dir, raw_dir, heidel_dir = base / SUBSET, base / f"{SUBSET}_raw-text", base / f"{SUBSET}_Heideltime"
    if not gold_dir.is_dir():
        print(
            f"eval_timex: skipped: {gold_dir} is not here (the evaluation data lives outside the repository)"
        )
        return 0
    gold = [read_timeml(p) for p in sorted(gold_dir.glob("*.tml"))]
    for doc in gold:
        raw = read_timeml(raw_dir / f"{doc.name}_text.txt.tml")
        if raw.text != doc.text:
            raise SystemExit(f"eval_timex: raw text of {doc.name} differs from the gold text")
        doc.text = raw.text
    results = []
    started = time.perf_counter()
    ours = run_frontline(gold)
    results.append(("Frontline timex", score(gold, ours), time.perf_counter() - started))
    heidel = {}
    for doc in gold:
        shipped = read_timeml(heidel_dir / f"{doc.name}_text.txt.tml")
        if shipped.text != doc.text:
            raise SystemExit(f"eval_timex: HeidelTime text of {doc.name} differs from the gold text")
        heidel[doc.name] = shipped.spans
    results.append(("HeidelTime (shipped)", score(gold, heidel), None))
    if not args.no_dateparser:
        try:
            started = time.perf_counter()
            parsed = run_dateparser(gold)
            results.append(("dateparser search_dates", score(gold, parsed), time.perf_counter() - started))
        except ImportError:
            print("eval_timex: dateparser is not installed; its row is left out")
    n_gold = results[0][1]["gold"]
    print(
        f"\nTemporal tagging on {SUBSET}: {len(gold)} documents, {n_gold} gold TIMEX3 (TempEval-3 measures)"
    )
    print(
        f"{'system':<24} {'spans':>5}  {'strict P R F1':<17}   {'relaxed P R F1':<17}   value F1  "
        f"val.acc  type.acc  seconds"
    )
    for name, measures, seconds in results:
        print(_row(name, measures, seconds))
    ours_m, heidel_m = results[0][1], results[1][1]
    print(
        f"{'ratio Frontline/HeidelTime':<30} strict F1 {ours_m['strict'][2] / heidel_m['strict'][2]:.2f}  "
        f"relaxed F1 {ours_m['relaxed'][2] / heidel_m['relaxed'][2]:.2f}  "
        f"value F1 {ours_m['value'][2] / heidel_m['value'][2]:.2f}"
    )
    print("goal: value F1 >= 0.72, relaxed F1 >= 0.82 with relaxed precision >= 0.90")
    if args.errors:
        _errors(gold, ours, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
