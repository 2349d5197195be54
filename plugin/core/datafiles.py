"""Where the core's files live: language tables in core/data (tracked, edited by hand) and
what `make` builds into resources/ (gazetteer, word lists)."""

from __future__ import annotations

from pathlib import Path

CORE_DIR = Path(__file__).resolve().parent
DATA_DIR = CORE_DIR / "data"
RESOURCES_DIR = CORE_DIR.parents[1] / "resources"
LEXICON_DIR = RESOURCES_DIR / "lexicon"
GAZETTEER_PATH = RESOURCES_DIR / "gazetteer.sqlite"
