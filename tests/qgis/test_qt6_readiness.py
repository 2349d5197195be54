"""Ready for QGIS 4 / Qt 6: the plugin's code uses nothing Qt 6 or QGIS 4 dropped.

The scan reads each file's syntax tree and asks the running PyQt/PyQGIS what every
`Class.Name` is: an enum member reached through its class (`Qt.SolidLine`, `Qgis.Info`,
`QgsUnitTypes.RenderPoints`) is unscoped and fails; `Qt.PenStyle.SolidLine` passes, as do
methods, nested classes and plain constants.
"""

from __future__ import annotations

import ast
import enum
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PLUGIN_FILES = sorted([ROOT / "__init__.py", *(ROOT / "plugin").rglob("*.py")])
QT_BINDINGS = ("PyQt5", "PyQt6", "PySide2", "PySide6")
# classes Qt 6 removed (QRegExp → QRegularExpression, QDesktopWidget → QScreen, …)
REMOVED_CLASSES = {
    "QRegExp",
    "QRegExpValidator",
    "QDesktopWidget",
    "QTextCodec",
    "QGLWidget",
    "QSound",
    "QMatrix",
    "QLinkedList",
    "QStringRef",
    "QSignalMapper",
}


def _imported_classes(tree: ast.AST) -> dict[str, tuple[str, str]]:
    """Local name → (module, class) for `from qgis… import X` statements."""
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").startswith("qgis"):
            for alias in node.names:
                names[alias.asname or alias.name] = (node.module, alias.name)
    return names


def _is_enum_member(value: object) -> bool:
    if type(value) in (int, bool, float, str) or isinstance(value, type) or callable(value):
        return False
    return isinstance(value, (int, enum.Enum)) or "enum" in type(type(value)).__name__.lower()


def qt6_problems(source: str) -> list[str]:
    """What in `source` QGIS 4 / Qt 6 would reject, one line each."""
    tree = ast.parse(source)
    classes = _imported_classes(tree)
    problems = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            modules = [node.module or ""]
            problems += [
                f"{node.lineno}: removed class {a.name}" for a in node.names if a.name in REMOVED_CLASSES
            ]
        else:
            modules = []
        problems += [
            f"{node.lineno}: imports {m} (use qgis.PyQt)" for m in modules if m.split(".")[0] in QT_BINDINGS
        ]
        if not isinstance(node, ast.Attribute):
            continue
        if node.attr == "exec_":
            problems.append(f"{node.lineno}: exec_ (use exec)")
        if isinstance(node.value, ast.Name) and node.value.id in classes:
            module, name = classes[node.value.id]
            try:
                value = getattr(getattr(importlib.import_module(module), name), node.attr)
            except (ImportError, AttributeError):
                continue
            if _is_enum_member(value):
                problems.append(f"{node.lineno}: unscoped enum {node.value.id}.{node.attr}")
    return problems


@pytest.mark.parametrize("path", PLUGIN_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_plugin_code_is_ready_for_qt6(path):
    assert qt6_problems(path.read_text(encoding="utf-8")) == []


def test_the_scan_sees_what_qt6_rejects():
    sample = (
        "from PyQt5.QtCore import QRegExp\n"
        "from qgis.PyQt.QtCore import Qt\n"
        "from qgis.core import Qgis, QgsUnitTypes\n"
        "pen = Qt.SolidLine\n"
        "level = Qgis.Info\n"
        "unit = QgsUnitTypes.RenderPoints\n"
        "dialog.exec_()\n"
        "fine = (Qt.PenStyle.SolidLine, Qgis.MessageLevel.Info, Qgis.QGIS_VERSION_INT)\n"
    )
    found = {line.split(":", 1)[1].strip() for line in qt6_problems(sample)}
    assert found == {
        "imports PyQt5.QtCore (use qgis.PyQt)",
        "removed class QRegExp",
        "unscoped enum Qt.SolidLine",
        "unscoped enum Qgis.Info",
        "unscoped enum QgsUnitTypes.RenderPoints",
        "exec_ (use exec)",
    }
