"""Prepare a dedicated QGIS profile with the Frontline plugin installed and enabled.

`--link DIR` links a working tree (for `make qgis`); `--zip FILE` unpacks a packaged plugin, as
QGIS's "Install from ZIP" does. The user's own QGIS profiles are never touched.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import zipfile
from pathlib import Path

PLUGIN_NAME = "frontline"
PROFILE = "frontline"


def plugins_dir(profiles: Path, profile: str = PROFILE) -> Path:
    return profiles / "profiles" / profile / "python" / "plugins"


def settings_file(profiles: Path, profile: str = PROFILE) -> Path:
    return profiles / "profiles" / profile / "QGIS" / "QGIS3.ini"


def enable_plugin(profiles: Path, profile: str = PROFILE) -> None:
    """Mark the plugin enabled and skip first-start dialogs, keeping other settings as they are."""
    path = settings_file(profiles, profile)
    path.parent.mkdir(parents=True, exist_ok=True)
    wanted = {
        "PythonPlugins": {PLUGIN_NAME: "true"},
        "qgis": {"checkVersion": "false", "showTips": "false"},
    }
    sections: dict[str, list[str]] = {}
    current = None
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("[") and line.endswith("]"):
                current = line[1:-1]
                sections.setdefault(current, [])
            elif current is not None and line.strip():
                sections[current].append(line)
    for section, values in wanted.items():
        lines = sections.setdefault(section, [])
        for key, value in values.items():
            lines[:] = [line for line in lines if line.split("=", 1)[0] != key]
            lines.append(f"{key}={value}")
    text = "\n\n".join(f"[{name}]\n" + "\n".join(lines) for name, lines in sections.items())
    path.write_text(text + "\n", encoding="utf-8")


def install_link(profiles: Path, source: Path, profile: str = PROFILE) -> Path:
    target = plugins_dir(profiles, profile) / PLUGIN_NAME
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.is_symlink():
        target.unlink()
    elif target.exists():
        raise SystemExit(f"{target} exists and is not a link; remove it first")
    target.symlink_to(source.resolve(), target_is_directory=True)
    enable_plugin(profiles, profile)
    return target


def install_zip(profiles: Path, archive: Path, profile: str = PROFILE) -> Path:
    target = plugins_dir(profiles, profile) / PLUGIN_NAME
    if target.is_symlink():
        target.unlink()
    elif target.exists():
        shutil.rmtree(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(archive) as zipped:
        zipped.extractall(target.parent)
    enable_plugin(profiles, profile)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profiles", type=Path, required=True, help="QGIS --profiles-path folder")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--link", type=Path, help="plugin folder to link")
    source.add_argument("--zip", type=Path, help="packaged plugin to unpack")
    args = parser.parse_args(argv)
    target = install_link(args.profiles, args.link) if args.link else install_zip(args.profiles, args.zip)
    print(f"plugin at {target}; profile '{PROFILE}' in {args.profiles}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
