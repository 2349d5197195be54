"""Where the core's files live: language tables in core/data (tracked, edited by hand) and
what `make` builds into resources/ (gazetteer, word lists)."""

from __future__ import annotations

import json
from pathlib import Path

CORE_DIR = Path(__file__).resolve().parent
DATA_DIR = CORE_DIR / "data"
RESOURCES_DIR = CORE_DIR.parents[1] / "resources"
LEXICON_DIR = RESOURCES_DIR / "lexicon"
GAZETTEER_PATH = RESOURCES_DIR / "gazetteer.sqlite"


def language_file(stem: str, lang: str) -> Path:
    """data/<stem>_<lang>.json, or the English one for a language that has none."""
    path = DATA_DIR / f"{stem}_{lang}.json"
    return path if path.is_file() else DATA_DIR / f"{stem}_en.json"


def language_section(file_name: str, lang: str) -> dict:
    """One language's part of a data file keyed by language (English for any other)."""
    table = json.loads((DATA_DIR / file_name).read_text(encoding="utf-8"))
    return table.get(lang) or table["en"]
