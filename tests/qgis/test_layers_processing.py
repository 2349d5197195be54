"""The Frontline Processing provider: in the registry, and through qgis_process on the command line."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from qgis.core import QgsApplication

from frontline.plugin.processing.provider import FrontlineProvider

ROOT = Path(__file__).resolve().parents[2]
RECORD = ROOT / "tests" / "data" / "records" / "offensive_2017.json"
sys.path.insert(0, str(ROOT / "tools"))
import qgis_profile  # noqa: E402

QGIS_PROCESS = (
    "/usr/bin/qgis_process.bin"  # Debian's wrapper adds --noversioncheck, which qgis_process rejects
)


@pytest.fixture(scope="module")
def provider(qgis_app):
    provider = FrontlineProvider()
    assert QgsApplication.processingRegistry().addProvider(provider)
    yield provider
    QgsApplication.processingRegistry().removeProvider(provider)


def test_provider_offers_both_algorithms(provider):
    assert provider.id() == "frontline"
    assert provider.name() == "Frontline"
    assert sorted(a.id() for a in provider.algorithms()) == ["frontline:build_layers", "frontline:extract"]


def test_build_layers_runs_as_an_algorithm(provider, qgis_processing, tmp_path):
    import processing

    result = processing.run("frontline:build_layers", {"INPUT": str(RECORD), "OUTPUT_DIR": str(tmp_path)})
    assert Path(result["GPKG"]).is_file()
    assert Path(result["PROJECT"]).is_file()
    assert "advances 3" in result["REPORT"]


def _hooked(tree: Path) -> bool:
    main = (tree / "plugin" / "main.py").read_text(encoding="utf-8")
    metadata = (tree / "metadata.txt").read_text(encoding="utf-8")
    return "def initProcessing" in main and "hasProcessingProvider=yes" in metadata


def _processing_copy(tmp_path: Path) -> Path:
    """The plugin as qgis_process needs it: the working tree once main.py registers the provider; until
    then a copy with the registration the lead is asked to add (see the layers report)."""
    if _hooked(ROOT):
        return ROOT
    copy = tmp_path / "plugin_copy" / "frontline"
    ignore = shutil.ignore_patterns(
        ".venv", ".git", ".qgis-*", ".hypothesis", ".*_cache", "__pycache__", "dist"
    )
    shutil.copytree(ROOT, copy, ignore=ignore)
    metadata = copy / "metadata.txt"
    metadata.write_text(metadata.read_text().replace("hasProcessingProvider=no", "hasProcessingProvider=yes"))
    main = copy / "plugin" / "main.py"
    main.write_text(
        main.read_text().replace(
            "    def initGui(self) -> None:  # noqa: N802 - QGIS API\n",
            "    def initProcessing(self):  # noqa: N802\n"
            "        from qgis.core import QgsApplication\n\n"
            "        from .processing.provider import FrontlineProvider\n\n"
            "        self.provider = FrontlineProvider()\n"
            "        QgsApplication.processingRegistry().addProvider(self.provider)\n\n"
            "    def initGui(self) -> None:  # noqa: N802 - QGIS API\n",
        )
    )
    return copy


def test_qgis_process_runs_build_layers(tmp_path):
    if not Path(QGIS_PROCESS).exists():
        pytest.fail("qgis_process is not installed (make test installs QGIS)")
    profiles = tmp_path / "profiles"
    qgis_profile.install_link(profiles, _processing_copy(tmp_path), profile="default")
    env = dict(
        os.environ,
        QGIS_CUSTOM_CONFIG_PATH=str(profiles),  # qgis_process 3.22 reads its profile from here
        PYTHONPATH=sysconfig.get_paths()["purelib"],
        QT_QPA_PLATFORM="offscreen",
    )
    out = tmp_path / "out"
    done = subprocess.run(
        [QGIS_PROCESS, "run", "frontline:build_layers", "--", f"INPUT={RECORD}", f"OUTPUT_DIR={out}"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert (out / "frontline.gpkg").is_file()
    assert (out / "frontline.qgz").is_file()
    assert "advances 3" in done.stdout


def test_an_existing_output_is_replaced_only_when_asked(provider, qgis_processing, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    parameters = {"INPUT": str(RECORD), "OUTPUT_DIR": str(tmp_path), "FRAMES": False, "GIF": False}
    processing.run("frontline:build_layers", parameters)
    before = (tmp_path / "frontline.gpkg").stat().st_mtime_ns
    with pytest.raises(QgsProcessingException, match="Update Frontline"):
        processing.run("frontline:build_layers", parameters)
    assert (tmp_path / "frontline.gpkg").stat().st_mtime_ns == before
    processing.run("frontline:build_layers", {**parameters, "OVERWRITE": True})
    assert (tmp_path / "frontline.gpkg").stat().st_mtime_ns != before
