"""The zip QGIS installs: its contents, and the plugin loading from it in real desktop QGIS."""

from __future__ import annotations

import importlib.util
import zipfile
from pathlib import Path

import pytest

from frontline.plugin.metadata import version

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("frontline_package_tool", ROOT / "tools" / "package.py")
package_tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(package_tool)
_spec = importlib.util.spec_from_file_location("frontline_profile_tool", ROOT / "tools" / "qgis_profile.py")
profile_tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(profile_tool)


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory) -> Path:
    return package_tool.build(tmp_path_factory.mktemp("dist") / f"frontline-{version()}.zip")


@pytest.fixture(scope="module")
def names(plugin_zip) -> list[str]:
    with zipfile.ZipFile(plugin_zip) as archive:
        return archive.namelist()


def test_zip_has_one_top_folder_named_frontline(names):
    assert {name.split("/", 1)[0] for name in names} == {"frontline"}


def test_zip_holds_what_qgis_needs(names):
    for needed in (
        "frontline/metadata.txt",
        "frontline/__init__.py",
        "frontline/requirements.txt",
        "frontline/plugin/main.py",
        "frontline/resources/icons/frontline.svg",
        "frontline/i18n/frontline_de.qm",
    ):
        assert needed in names


def test_zip_has_no_tests_caches_or_development_files(names):
    unwanted = [
        n
        for n in names
        if n.startswith(("frontline/tests/", "frontline/tools/", "frontline/.", "frontline/dist/"))
        or "__pycache__" in n
        or n.endswith((".pyc", ".ts", "Makefile", "pyproject.toml", "requirements-dev.txt"))
    ]
    assert unwanted == []


def test_package_refuses_to_ship_uncompiled_translations(tmp_path):
    (tmp_path / "i18n").mkdir()
    (tmp_path / "i18n" / "frontline_fr.ts").write_text("<TS/>", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"frontline_fr\.ts"):
        package_tool.build(tmp_path / "out.zip", root=tmp_path)
    assert not (tmp_path / "out.zip").exists()


@pytest.mark.desktop
def test_plugin_installed_from_the_zip_loads_and_unloads_in_desktop_qgis(
    plugin_zip, tmp_path, desktop_qgis, venv_site_packages
):
    profiles = tmp_path / "profiles"
    installed = profile_tool.install_zip(profiles, plugin_zip)
    report = desktop_qgis(profiles, [venv_site_packages])

    assert report["active"]
    assert report["plugin_class"] == "FrontlinePlugin"
    assert Path(report["plugin_file"]).resolve().parent == installed.resolve()
    assert report["loaded"]["frontline_menu"] == [
        [
            "Extract from articles…",
            "Frontline panel",
            "Timeline",
            "",
            "Situation map…",
            "Small multiples…",
            "Animation (GIF, MP4)…",
            "",
            "Previous event",
            "Next event",
            "",
            "Extract from articles (Processing)…",
            "Build layers from extraction record…",
            "",
            "About Frontline…",
        ]
    ]
    assert report["loaded"]["toolbars"] == ["mFrontlineToolBar"]
    assert "&Frontline" in report["loaded"]["menubar"]
    assert report["unloaded"] is True
    assert report["after_unload"]["frontline_menu"] == []
    assert report["after_unload"]["toolbars"] == []
    assert "&Frontline" not in report["after_unload"]["menubar"]


@pytest.mark.desktop
def test_desktop_qgis_without_spacy_loads_the_stub_and_shows_the_command(
    plugin_zip, tmp_path, desktop_qgis, venv_site_packages
):
    hide = tmp_path / "hide"
    hide.mkdir()
    # Python runs sitecustomize at start-up; mapping a name to None makes it unimportable.
    (hide / "sitecustomize.py").write_text("import sys\nsys.modules['spacy'] = None\n", encoding="utf-8")
    profiles = tmp_path / "profiles"
    profile_tool.install_zip(profiles, plugin_zip)
    report = desktop_qgis(profiles, [str(hide), venv_site_packages])

    assert report["plugin_class"] == "MissingDependenciesPlugin"
    (message,) = [m for m in report["loaded"]["messages"] if "Frontline" in m]
    assert "spacy is not installed" in message
    assert "-m pip install --user" in message
    assert '"spacy>=3.7"' in message
    assert "dateparser" not in message  # only what is really missing
    assert report["loaded"]["plugins_menu_frontline"] == [["Install packages Frontline needs…"]]
    assert report["loaded"]["frontline_menu"] == []
    assert report["after_unload"]["plugins_menu_frontline"] in ([], [[]])
