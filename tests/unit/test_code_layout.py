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


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph(root: Path) -> dict[str, set[str]]:
    """Module → the modules of the same tree it imports, at the top or inside a function (a
    lazy import closes a cycle as surely as an eager one). `from .pkg import name` counts
    for the submodule when `name` is one."""
    modules = {_module_name(path, root): path for path in root.rglob("*.py")}
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom) or node.level == 0:
                continue
            base = package[: len(package) - node.level + 1] if node.level > 1 else package
            target = ".".join([*base, *(node.module.split(".") if node.module else [])])
            for alias in node.names:
                sub = f"{target}.{alias.name}" if target else alias.name
                found = sub if sub in modules else target
                if found in modules and found != name:
                    graph[name].add(found)
    return graph


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                cycles.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return cycles


def test_no_import_cycle_in_the_plugin():
    assert import_cycles(import_graph(ROOT / "plugin")) == []


def test_cycle_check_sees_a_lazy_cycle(tmp_path):
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "__init__.py").write_text("")
    (package / "sub" / "a.py").write_text("from ..b import thing\n")
    (package / "b.py").write_text("def f():\n    from .sub import a\n")
    (package / "c.py").write_text("from .b import f\n")
    assert import_cycles(import_graph(package)) == [["b", "sub.a"]]


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


MAX_MODULE_LINES = 800


def test_no_module_is_too_long_to_find_ones_way_in():
    """One concept per module: a module over 800 lines holds several and wants splitting."""
    long = {
        str(path.relative_to(ROOT)): lines
        for path in (ROOT / "plugin").rglob("*.py")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert long == {}
