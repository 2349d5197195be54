"""Screenshots of desktop QGIS with Frontline, as a new user sees it: starts QGIS under Xvfb on a fresh
profile with the working tree's plugin, runs tools/screens_in_qgis.py inside it and writes PNGs.

Usage: python tools/screenshots.py [--out /tmp/frontline_screens] [--german]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

import qgis_profile

ROOT = Path(__file__).resolve().parents[1]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/frontline_screens"))
    parser.add_argument("--german", action="store_true", help="QGIS (and Frontline) in German")
    parser.add_argument("--size", default="1600x1000")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="frontline-screens-"))
    profiles = work / "profiles"
    qgis_profile.install_link(profiles, ROOT)
    if args.german:
        ini = qgis_profile.settings_file(profiles)
        text = ini.read_text(encoding="utf-8")
        ini.write_text(
            text + "\n[locale]\noverrideFlag=true\nuserLocale=de_DE\nglobalLocale=de_DE\n", encoding="utf-8"
        )
    runtime = work / "runtime"
    runtime.mkdir(mode=0o700)
    suffix = "_de" if args.german else ""
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    env.update(
        PYTHONPATH=sysconfig.get_paths()["purelib"],
        XDG_RUNTIME_DIR=str(runtime),
        FRONTLINE_SCREENS=str(args.out),
        FRONTLINE_EXAMPLES=str(ROOT / "examples"),
        FRONTLINE_ANALYSIS=str(work / "analysis"),
        FRONTLINE_SUFFIX=suffix,
        HOME=str(work),
    )
    script = os.environ.get("SCREENS_SCRIPT", str(ROOT / "tools" / "screens_in_qgis.py"))
    command = [
        "xvfb-run", "--auto-servernum", "-s", f"-screen 0 {args.size}x24", "qgis", "--profiles-path", str(profiles),
        "--profile", "frontline", "--nologo", "--noversioncheck", "--code", script,
    ]  # fmt: skip
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    report = args.out / f"report{suffix}.json"
    if not report.is_file():
        print(done.stdout[-3000:], done.stderr[-3000:], file=sys.stderr)
        return 1
    content = json.loads(report.read_text(encoding="utf-8"))
    for path in content["shots"]:
        print(path)
    for error in content["errors"]:
        print(error, file=sys.stderr)
    shutil.rmtree(work, ignore_errors=True)
    return 1 if content["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
