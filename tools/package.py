"""Build the zip QGIS installs: one top folder `frontline/`, compiled translations, no dev files.

Usage: python tools/package.py --out dist/frontline-<version>.zip
"""

from __future__ import annotations

import argparse
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOP_FOLDER = "frontline"
ROOT_FILES = ("metadata.txt", "__init__.py", "requirements.txt", "LICENSE", "README.md")


def plugin_files(root: Path = ROOT) -> list[Path]:
    """Every file the installed plugin needs, relative to the repository root."""
    files = [Path(name) for name in ROOT_FILES if (root / name).is_file()]
    files += [p.relative_to(root) for p in (root / "plugin").rglob("*") if p.is_file()]
    # the gazetteer packs are what resources/gazetteer.sqlite is built from, not read at run time
    files += [
        p.relative_to(root)
        for p in (root / "resources").rglob("*")
        if p.is_file() and "gazetteer_packs" not in p.relative_to(root).parts
    ]
    files += [p.relative_to(root) for p in (root / "i18n").glob("*.qm")]
    return sorted(f for f in files if "__pycache__" not in f.parts and f.suffix not in (".pyc", ".part"))


def missing_translations(root: Path = ROOT) -> list[str]:
    return [ts.name for ts in (root / "i18n").glob("*.ts") if not ts.with_suffix(".qm").is_file()]


def build(out: Path, root: Path = ROOT) -> Path:
    missing = missing_translations(root)
    if missing:
        raise SystemExit(f"translations not compiled (run `make i18n`): {', '.join(missing)}")
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_suffix(".zip.part")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for relative in plugin_files(root):
            archive.write(root / relative, f"{TOP_FOLDER}/{relative.as_posix()}")
    partial.replace(out)  # a failed build never leaves a half-written zip under the real name
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="zip file to write")
    args = parser.parse_args(argv)
    path = build(args.out)
    with zipfile.ZipFile(path) as archive:
        count = len(archive.namelist())
    print(f"wrote {path} ({count} files, {path.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
