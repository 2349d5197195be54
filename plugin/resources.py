"""Paths to files shipped in the plugin's resources/ folder."""

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parents[1] / "resources"


def resource_path(*parts: str) -> str:
    return str(RESOURCES_DIR.joinpath(*parts))


def icon_path(name: str) -> str:
    return resource_path("icons", name)
