"""Which of the plugin's Python packages are missing or too old, and how to install them.

Pure Python (no QGIS import), because classFactory runs it before anything heavy is imported.
The requirements come from the plugin's own requirements.txt, so there is one list to keep.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import re
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

PLUGIN_ROOT = Path(__file__).resolve().parents[1]
REQUIREMENTS_FILE = PLUGIN_ROOT / "requirements.txt"

# Import name where it differs from the distribution name on PyPI.
_IMPORT_NAMES = {"pyyaml": "yaml", "python-docx": "docx"}
_REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:>=\s*([0-9][0-9A-Za-z.]*))?\s*$")
_OPTIONAL = re.compile(r"#\s*optional:\s*(.+?)\s*$")


@dataclass(frozen=True)
class Requirement:
    name: str
    minimum: Optional[str] = None
    optional: Optional[str] = None  # what it is for, when the plugin starts without it

    def __str__(self) -> str:
        return f"{self.name}>={self.minimum}" if self.minimum else self.name


@dataclass(frozen=True)
class Problem:
    requirement: Requirement
    found: Optional[str]  # installed version, or None when the package is missing

    def describe(self) -> str:
        if self.found is None:
            return f"{self.requirement.name} is not installed"
        return f"{self.requirement.name} {self.found} is too old (need {self.requirement.minimum} or newer)"


def read_requirements(path: Path = REQUIREMENTS_FILE) -> list[Requirement]:
    """Parse the simple `name>=version` lines of requirements.txt; comments are skipped, but a
    line ending `# optional: what for` is a package the plugin starts without."""
    requirements = []
    for number, full in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = full.split("#", 1)[0].strip()
        if not line:
            continue
        match = _REQUIREMENT.match(line)
        if not match:
            raise ValueError(f"{path.name}:{number}: cannot read requirement {line!r}")
        optional = _OPTIONAL.search(full)
        requirements.append(Requirement(match.group(1), match.group(2), optional and optional.group(1)))
    return requirements


def version_tuple(version: str) -> tuple[int, ...]:
    """Numeric release parts of a version string: '3.8.18' -> (3, 8, 18), '2.0rc1' -> (2, 0)."""
    parts = []
    for piece in version.split("."):
        digits = re.match(r"\d+", piece)
        if not digits:
            break
        parts.append(int(digits.group()))
        if digits.group() != piece:
            break
    return tuple(parts)


def _installed_version(name: str) -> Optional[str]:
    module = _IMPORT_NAMES.get(name.lower(), name.replace("-", "_"))
    try:
        if importlib.util.find_spec(module) is None:
            return None
    except (ImportError, ValueError):
        return None
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def find_problems(
    requirements: Optional[list[Requirement]] = None,
    installed_version: Callable[[str], Optional[str]] = _installed_version,
    optional: bool = False,
) -> list[Problem]:
    """The requirements that are missing or older than their minimum version: the ones the plugin
    needs to start, or with `optional` the ones some inputs need (web pages, PDF, feeds, Word)."""
    problems = []
    for requirement in read_requirements() if requirements is None else requirements:
        if bool(requirement.optional) != optional:
            continue
        found = installed_version(requirement.name)
        if found is None:
            problems.append(Problem(requirement, None))
        elif (
            requirement.minimum
            and found != "unknown"
            and version_tuple(found) < version_tuple(requirement.minimum)
        ):
            problems.append(Problem(requirement, found))
    return problems


def python_executable() -> str:
    """The Python interpreter QGIS runs on.

    sys.executable cannot be trusted inside QGIS: it is QGIS itself on Windows and macOS, and on
    Linux whatever `python3` comes first on PATH. The interpreter under sys.prefix is the one
    whose library QGIS embeds.
    """
    prefix = Path(sys.prefix)
    major, minor = sys.version_info[:2]
    for candidate in (
        prefix / "bin" / f"python{major}.{minor}",
        prefix / "bin" / f"python{major}",
        prefix / "python.exe",
        prefix / "python3.exe",
    ):
        if candidate.is_file():
            return str(candidate)
    return sys.executable


def install_command(problems: list[Problem]) -> str:
    """One shell command that installs what is missing into the user's site for QGIS's Python.

    numpy is pinned to the version already loaded by QGIS: an unpinned spaCy install pulls
    numpy 2 and breaks GDAL's numpy bindings.
    """
    args = [_quote(python_executable()), "-m", "pip", "install", "--user"]
    if (Path(sysconfig.get_path("stdlib")) / "EXTERNALLY-MANAGED").exists():
        # Debian and Ubuntu mark the system Python as externally managed (PEP 668).
        args.append("--break-system-packages")
    numpy_version = _installed_version("numpy")
    if numpy_version and numpy_version != "unknown":
        args.append(_quote(f"numpy=={numpy_version}"))
    args += [_quote(str(p.requirement)) for p in problems]
    return " ".join(args)


def _quote(word: str) -> str:
    if re.fullmatch(r"[A-Za-z0-9_./:=+-]+", word):
        return word
    return '"' + word.replace('"', '\\"') + '"'
