"""metadata.txt is what QGIS and the plugin repository read: complete, and the one version."""

import configparser
import re

import pytest

from frontline.plugin.metadata import metadata, version

REQUIRED = ("name", "qgisMinimumVersion", "description", "about", "version", "author", "email", "repository")


@pytest.fixture(scope="module")
def general(repo_root):
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(repo_root / "metadata.txt", encoding="utf-8")
    return parser["general"]


@pytest.mark.parametrize("key", REQUIRED)
def test_required_key_is_filled(general, key):
    assert general.get(key, "").strip(), f"metadata.txt lacks {key}"


def test_version_is_semantic(general):
    assert re.fullmatch(r"\d+\.\d+\.\d+", general["version"])


def test_the_plugin_reports_the_metadata_version(general):
    assert version() == general["version"]
    assert metadata()["name"] == "Frontline"


def test_changelog_describes_the_current_version(general):
    assert re.search(rf"^\s*{re.escape(general['version'])}\b", general["changelog"], re.MULTILINE)


def test_supports_debian_qgis_and_a_sane_range(general):
    def as_tuple(text):
        return tuple(int(part) for part in text.split("."))

    assert as_tuple(general["qgisMinimumVersion"]) <= (3, 22)
    assert as_tuple(general["qgisMinimumVersion"]) <= as_tuple(general["qgisMaximumVersion"])


def test_icon_exists(general, repo_root):
    assert (repo_root / general["icon"]).is_file()


def test_about_names_what_must_be_installed(general):
    for package in ("spaCy", "dateparser", "shapely", "pyproj"):
        assert package in general["about"]
