"""Guardrails on how the code is laid out (cheap AST checks, in the spirit of Lizmap's)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PLUGIN_FILES = sorted([ROOT / "__init__.py", *(ROOT / "plugin").rglob("*.py")])
QT_OR_QGIS = ("qgis", "PyQt5", "PyQt6", "PySide2", "PySide6", "processing", "sip")


def imports(path: Path) -> list[tuple[int, str]]:
    """(level, module) for every import statement; level > 0 means a relative import."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(0, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            found.append((node.level, node.module or ""))
    return found


def test_core_imports_nothing_from_qgis_or_qt():
    offenders = [
        f"{path.relative_to(ROOT)}: {module}"
        for path in (ROOT / "plugin" / "core").rglob("*.py")
        for level, module in imports(path)
        if level == 0 and module.split(".")[0] in QT_OR_QGIS
    ]
    assert offenders == []


def test_layout_check_sees_a_forbidden_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from qgis.core import QgsProject\n", encoding="utf-8")
    assert (0, "qgis.core") in imports(sample)


@pytest.mark.parametrize("path", PLUGIN_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_plugin_imports_itself_relatively(path):
    """QGIS names the package after its folder, so absolute self-imports would break."""
    absolute_self = [
        m for level, m in imports(path) if level == 0 and m.split(".")[0] in ("plugin", "frontline")
    ]
    assert absolute_self == []


def _module_level_calls(tree: ast.Module):
    """Calls evaluated at import time: module body and class bodies, not function bodies."""
    stack = list(tree.body)
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            continue
        if isinstance(node, ast.Call):
            yield node
        stack.extend(ast.iter_child_nodes(node))


@pytest.mark.parametrize("path", PLUGIN_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_translation_at_import_time(path):
    """tr() at import time runs before the translator is installed and is never translated."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    early = [
        call.lineno
        for call in _module_level_calls(tree)
        if isinstance(call.func, ast.Name) and call.func.id == "tr"
    ]
    assert early == []


@pytest.mark.parametrize("path", PLUGIN_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_class_name_translation_context(path):
    """translate(self.__class__.__name__, …) misses in subclasses; pylupdate5 files tr() under @default."""
    assert "translate(self.__class__" not in path.read_text(encoding="utf-8")
