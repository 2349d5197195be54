"""The plugin's metadata.txt, read once: the single source of name and version."""

from __future__ import annotations

import configparser
from functools import lru_cache
from pathlib import Path

METADATA_FILE = Path(__file__).resolve().parents[1] / "metadata.txt"


@lru_cache(maxsize=1)
def metadata() -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keep keys such as qgisMinimumVersion as written
    parser.read(METADATA_FILE, encoding="utf-8")
    return dict(parser["general"])


def version() -> str:
    return metadata()["version"]
