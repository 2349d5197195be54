"""Fail set-up early when a package the plugin needs is missing or too old in the virtual
environment, with the plugin's own message: pyproj comes from the system's QGIS packages, so
no pin can promise it (Debian 12 has 3.4, Debian 13 3.7)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    spec = importlib.util.spec_from_file_location(
        "frontline_dependencies", ROOT / "plugin" / "dependencies.py"
    )
    dependencies = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = dependencies  # dataclasses look their module up
    spec.loader.exec_module(dependencies)
    # set-up installs the optional packages too (web pages, PDF, feeds, Word): check them all
    problems = dependencies.find_problems() + dependencies.find_problems(optional=True)
    for problem in problems:
        print(f"set-up: {problem.describe()}", file=sys.stderr)
    if problems:
        print(f"install with: {dependencies.install_command(problems)}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
