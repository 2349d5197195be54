"""The dependency check that decides between the real plugin and the install-instructions stub."""

from __future__ import annotations

import sys

import pytest

from frontline.plugin.dependencies import (
    Problem,
    Requirement,
    find_problems,
    install_command,
    python_executable,
    read_requirements,
    version_tuple,
)


def test_requirements_file_lists_the_design_packages():
    names = {r.name for r in read_requirements()}
    assert {"spacy", "dateparser", "shapely", "pyproj"} <= names
    assert all(r.minimum for r in read_requirements())


def test_unreadable_requirement_is_reported_with_its_line(tmp_path):
    path = tmp_path / "requirements.txt"
    path.write_text("spacy>=3.7\nfoo @ https://example.org/foo.whl\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"requirements.txt:2"):
        read_requirements(path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("3.8.18", (3, 8, 18)), ("2.0rc1", (2, 0)), ("1.24.2+deb12u1", (1, 24, 2)), ("3", (3,))],
)
def test_version_tuple(text, expected):
    assert version_tuple(text) == expected


def test_missing_and_old_packages_are_problems_and_new_enough_ones_are_not():
    requirements = [Requirement("spacy", "3.7"), Requirement("shapely", "2.0"), Requirement("pyproj", "3.3")]
    installed = {"spacy": None, "shapely": "1.8.5", "pyproj": "3.4.1"}
    problems = find_problems(requirements, installed.get)
    assert [(p.requirement.name, p.found) for p in problems] == [("spacy", None), ("shapely", "1.8.5")]
    assert problems[0].describe() == "spacy is not installed"
    assert "1.8.5 is too old" in problems[1].describe()


def test_installed_environment_has_everything():
    assert find_problems() == []


def test_hidden_package_is_missing(monkeypatch):
    monkeypatch.setitem(sys.modules, "spacy", None)
    assert [p.requirement.name for p in find_problems()] == ["spacy"]


def test_install_command_names_this_python_pins_numpy_and_quotes_specifiers():
    command = install_command([Problem(Requirement("spacy", "3.7"), None)])
    assert command.startswith(python_executable() + " -m pip install --user")
    assert '"spacy>=3.7"' in command
    import numpy

    assert f"numpy=={numpy.__version__}" in command


def test_python_executable_is_the_interpreter_under_the_prefix():
    path = python_executable()
    assert path.startswith(sys.prefix)
    assert "python" in path.rsplit("/", 1)[-1]


def test_the_input_packages_are_optional_the_plugin_starts_without_them(monkeypatch):
    optional = {r.name: r.optional for r in read_requirements() if r.optional}
    assert {"trafilatura", "pypdf", "feedparser", "python-docx"} <= set(optional)
    assert "PDF" in optional["pypdf"]
    monkeypatch.setitem(sys.modules, "pypdf", None)
    assert find_problems() == []  # no stub: QGIS starts the plugin
    assert [p.requirement.name for p in find_problems(optional=True)] == ["pypdf"]
