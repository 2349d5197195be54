"""Main text of web pages: what Frontline reads as the story of a page, against the text a person
marked as the article's body (prints a table).

../shared/eval/webpages_en: 181 English news and magazine pages of the public Article
Extraction Benchmark, scored as its evaluate.py scores: words are \\w+ runs, texts are cut into
overlapping 4-word shingles, per page TP/FP/FN are the shingles in both / only in the
prediction / only in the truth, normalised to sum to one; precision and recall are the means over
pages. Frontline is timed on one core for the whole read of each page (decoding, main text,
metadata, language); trafilatura's figures beside it use its own defaults.

Usage: python tools/eval_maintext.py [--shared ../shared] [--worst N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

import frontline_package

ROOT = Path(__file__).resolve().parents[1]
frontline_package.load()
from frontline.plugin.core.articles.html_pages import parse_html  # noqa: E402
from frontline.plugin.core.articles.model import Article  # noqa: E402
from frontline.plugin.core.articles.reading import read_bytes  # noqa: E402
from frontline.plugin.core.articles.web import EXTRACTION, main_text_available  # noqa: E402

_WORD = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter:
    words = _WORD.findall(text or "")
    return Counter(tuple(words[i : i + n]) for i in range(max(1, len(words) - n + 1)) if words[i : i + n])


def page_counts(truth: str, predicted: str) -> tuple[float, float, float]:
    """(tp, fp, fn) of one page, normalised so that long pages weigh no more than short ones."""
    a, b = shingles(truth), shingles(predicted)
    tp, fp, fn = sum((a & b).values()), sum((b - a).values()), sum((a - b).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def scores(counts: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    def one(tp, fp, fn, wrong):
        if fp == fn == 0:
            return 1.0
        return 0.0 if tp == wrong == 0 else tp / (tp + wrong)

    precision = [one(tp, fp, fn, fp) for tp, fp, fn in counts if tp + fp > 0]
    recall = [one(tp, fp, fn, fn) for tp, fp, fn in counts if tp + fn > 0]
    p, r = sum(precision) / len(precision), sum(recall) / len(recall)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def frontline_text(raw: bytes) -> str:
    found = read_bytes(raw, "page.html", "html")
    return found[0].body if found and isinstance(found[0], Article) else ""


def run(pages: dict, read) -> tuple[dict, float]:
    """Each page's text, and pages per second of CPU time on a second pass: word lists and
    htmldate's month names in every language (a second on first use) load once per session."""
    for raw in pages.values():
        read(raw)
    started = time.process_time()
    texts = {key: read(raw) or "" for key, raw in pages.items()}
    return texts, len(pages) / (time.process_time() - started)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--worst", type=int, default=0, help="list the N pages Frontline reads worst")
    args = parser.parse_args(argv)
    folder = args.shared / "eval" / "webpages_en"
    if not (folder / "ground-truth.json").is_file():
        print(f"\nMain text of web pages: {folder} is not here; skipped")
        return 0
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {key: gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes()) for key in sorted(truth)}

    rows = []
    settings = "comments off, fast" if EXTRACTION["fast"] and not EXTRACTION["include_comments"] else "?"
    if main_text_available():
        import trafilatura

        rows.append((f"Frontline ({settings})", *run(pages, frontline_text)))
        rows.append(
            (f"trafilatura {trafilatura.__version__}, its defaults", *run(pages, trafilatura.extract))
        )
        rows.append(
            (
                "trafilatura, comments off",
                *run(pages, lambda raw: trafilatura.extract(raw, include_comments=False)),
            )
        )
    else:
        print("trafilatura is not installed: only the whole-page reader is scored")
    rows.append(
        (
            "whole visible text (without trafilatura)",
            *run(pages, lambda raw: parse_html(raw.decode("utf-8", "replace")).text()),
        )
    )

    print(f"\nMain text of web pages: {len(pages)} English pages (webpages_en, its own scoring)\n")
    print(f"{'reader':52} {'P':>6} {'R':>6} {'F1':>6} {'pages/s':>8}")
    for name, texts, speed in rows:
        p, r, f = scores([page_counts(truth[k].get("articleBody", ""), texts[k]) for k in pages])
        print(f"{name:52} {p:6.3f} {r:6.3f} {f:6.3f} {speed:8.1f}")
    print("goal: F1 >= 0.96 with P >= 0.94, >= 60 pages/s on one core (CPU time, warm)")
    if args.worst and main_text_available():
        texts = rows[0][1]
        ranked = sorted(
            pages, key=lambda k: scores([page_counts(truth[k].get("articleBody", ""), texts[k])])[2]
        )
        for key in ranked[: args.worst]:
            p, r, f = scores([page_counts(truth[key].get("articleBody", ""), texts[key])])
            print(f"  {key[:16]}  P {p:.2f} R {r:.2f}  {truth[key].get('url', '')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
