"""Fixtures for tests that start the real QGIS desktop application."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

CHECK_SCRIPT = Path(__file__).with_name("desktop_check.py")


@pytest.fixture(scope="session")
def desktop_qgis():
    """Run desktop QGIS under Xvfb on a profiles folder; return the check script's JSON report.

    `python_paths` are what a user's `pip install --user` would give QGIS's Python; the plugin's
    Python dependencies live in our .venv, so they are passed explicitly.
    """
    for tool in ("qgis", "xvfb-run"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is not installed; `make test` installs it (see APT_PACKAGES)")

    def run(profiles: Path, python_paths: list[str], timeout: float = 180) -> dict:
        report = profiles / "report.json"
        env = dict(os.environ)
        env.pop("QT_QPA_PLATFORM", None)  # desktop QGIS refuses the offscreen platform
        env.update(
            FRONTLINE_CHECK_OUT=str(report),
            PYTHONPATH=os.pathsep.join(python_paths),
            XDG_RUNTIME_DIR=str(profiles / "runtime"),
        )
        Path(env["XDG_RUNTIME_DIR"]).mkdir(mode=0o700, exist_ok=True)
        command = [
            "xvfb-run", "--auto-servernum", "qgis", "--profiles-path", str(profiles),
            "--profile", "frontline", "--nologo", "--noversioncheck", "--code", str(CHECK_SCRIPT),
        ]  # fmt: skip
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout)
        if not report.is_file():
            pytest.fail(f"QGIS wrote no report (exit {done.returncode}):\n{done.stdout}\n{done.stderr}")
        return json.loads(report.read_text(encoding="utf-8"))

    return run


@pytest.fixture(scope="session")
def venv_site_packages() -> str:
    """Where the development environment installed spaCy and friends."""
    if sys.prefix == sys.base_prefix:
        pytest.fail("tests must run in the project's .venv (make test)")
    return sysconfig.get_paths()["purelib"]
