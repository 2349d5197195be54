"""Import the repository root as the package `frontline`, exactly as QGIS imports the plugin.

Tests import `frontline.plugin…`; nothing puts the root on sys.path, so no module is ever loaded
twice under two names.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

PACKAGE = "frontline"
REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED = REPO_ROOT.parent / "shared"

if PACKAGE not in sys.modules:
    _spec = importlib.util.spec_from_file_location(
        PACKAGE, REPO_ROOT / "__init__.py", submodule_search_locations=[str(REPO_ROOT)]
    )
    _module = importlib.util.module_from_spec(_spec)
    sys.modules[PACKAGE] = _module
    _spec.loader.exec_module(_module)


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The team's shared material (seeds, gold, evaluation sets); absent in a user's clone."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is not here (a user's clone has no ../shared)")
    return SHARED


@pytest.fixture(scope="session")
def gazetteer():
    """The gazetteer `make` builds from GeoNames; tests that need real places use it."""
    from frontline.plugin.core.places.gazetteer import Gazetteer, GazetteerMissing

    try:
        return Gazetteer.open()
    except GazetteerMissing as error:
        pytest.skip(f"{error} (`make test` builds it before running the tests)")


@pytest.fixture(scope="session")
def pipeline(gazetteer):
    from frontline.plugin.core.pipeline import Pipeline

    return Pipeline(gazetteer)


@pytest.fixture
def record_of(pipeline, tmp_path):
    """The extraction record of one article: `record_of(date, lang, body)`."""
    from frontline.plugin.core.pipeline import extraction_record

    def run(date: str, lang: str, body: str) -> dict:
        path = tmp_path / "article.txt"
        path.write_text(f"date {date}\nlang {lang}\n\n{body}", encoding="utf-8")
        results, problems = pipeline.run([path])
        return extraction_record(results, problems)

    return run
