"""Import the repository root as the package `frontline`, the way QGIS and the tests do, so the
tools use the working tree's code under the same module names."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load():
    if "frontline" not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            "frontline", ROOT / "__init__.py", submodule_search_locations=[str(ROOT)]
        )
        module = importlib.util.module_from_spec(spec)
        sys.modules["frontline"] = module
        spec.loader.exec_module(module)
    return sys.modules["frontline"]
