"""German news-like articles for the speed benchmarks (imported by tools/bench_*.py).

Sentences come from the KRAUTS German news texts (../shared/eval/krauts_de) when present, mixed
with our own example and corpus articles (the war-reporting vocabulary the pipeline is for);
without ../shared, from our own articles alone. Articles are written as files, because reading
them is part of what is measured.
"""

from __future__ import annotations

import random
import re
import resource
from pathlib import Path

import frontline_package

ROOT = Path(__file__).resolve().parents[1]
OWN = [ROOT / "examples", ROOT / "tests" / "data" / "corpus", ROOT / "tests" / "data" / "timex"]
_TAG = re.compile(r"<[^>]+>")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„\"])")


def load_package() -> None:
    frontline_package.load()


def arguments(description: str, argv=None):
    """The options every speed benchmark takes, and the sentences to build its articles from:
    (args, where the sentences come from, the sentences)."""
    import argparse

    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--size", type=int, default=3000)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args(argv)
    return (args, *german_sentences(args.shared))


def german_sentences(shared: Path) -> tuple[str, list[str]]:
    """(where the sentences come from, the sentences)."""
    own = []
    for folder in OWN:
        for path in sorted(folder.glob("*")):
            if path.suffix in (".txt", ".md") and ("_de" in path.name or "de_" in path.name):
                body = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines()[3:])
                own += [s.strip() for s in _SENTENCE.split(body) if len(s.strip()) > 30]
    krauts = shared / "eval" / "krauts_de" / "KRAUTS_Dolomiten-100_raw-text"
    news = []
    if krauts.is_dir():
        for path in sorted(krauts.glob("*.tml")):
            text = path.read_text(encoding="utf-8")
            body = _TAG.sub("", text.split("<TEXT>", 1)[-1].split("</TEXT>", 1)[0])
            news += [s.strip() for s in _SENTENCE.split(body) if len(s.strip()) > 30]
    if news:
        return f"{len(news)} KRAUTS news sentences + {len(own)} of our own", news + own * 4
    return f"{len(own)} sentences of our own articles (no ../shared)", own


def write_articles(folder: Path, sentences: list[str], count: int, size: int, seed: int = 11) -> list[Path]:
    """`count` article files of about `size` characters, each with a date header."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        parts, length = [], 0
        while length < size:
            sentence = rng.choice(sentences)
            parts.append(sentence)
            length += len(sentence) + 1
        day = 1 + number % 28
        path = folder / f"article_{number:05d}.txt"
        path.write_text(f"date 2017-11-{day:02d}\nlang de\n\n" + " ".join(parts) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def peak_mb() -> float:
    """Peak resident memory of this process so far (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
