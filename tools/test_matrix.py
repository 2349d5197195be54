#!/usr/bin/env python3
"""QGIS version test matrix: the unit tests, the QGIS tests and the demo on clean Debian systems.

    sudo /usr/bin/python3 tools/test_matrix.py [--suites trixie,sid] [--host] [--only unit,qgis,demo]
                                               [--rebuild] [--keep-going] [--prepare CMD] [-v]

Each suite is a clean Debian system built with mmdebstrap from Debian's packages (the mirror the
host's apt uses), with the Debian packages the Makefile's APT_PACKAGES names plus the tools a
user's machine has (python3-venv, pip, make, git, a compiler), installed with Recommends, as
`apt-get install` does. It lives outside the clone, in the system's cache directory:

    /var/cache/frontline-matrix/            (root; else $XDG_CACHE_HOME or ~/.cache/frontline-matrix)
        <suite>/root/                       the system; /etc/frontline-matrix.json is its stamp
        <suite>/root/work/frontline/        the project copy the steps run in
        <suite>/logs/{build,unit,qgis,demo}.log
        host/logs/{unit,qgis,demo}.log      the --host row
        source/frontline/                   this run's snapshot of the working tree
        summary.json, summary.txt           the last run's results and table

A system is reused while its stamp (suite, sources, package list, format) matches; a changed
package list (e.g. APT_PACKAGES in the Makefile) rebuilds it, and so does --rebuild. A build
goes into a temporary directory that is renamed into place only when complete, so an
interrupted build is never reused (its leftovers are removed on the next run).

On each run the working tree (git's tracked and untracked-but-not-ignored files, as they are
on disk, with their modification times) is copied once to source/frontline, so that every system
tests the same code, and from there into <suite>/root/work/frontline: changed files are copied,
files that left the tree are removed, and what the Makefile builds (.venv,
resources/gazetteer.sqlite, resources/lexicon/, i18n/*.qm) is kept. Since the copy keeps the
modification times, the project's own Makefile decides what to rebuild: .venv is reinstalled
when requirements*.txt changed, the gazetteer when its sources changed. pip's cache stays in
the system (/root/.cache/pip), so warm runs download nothing. ../shared (beside the clone) is
bind-mounted read-only at /work/shared.

The host's pip configuration (pip.conf files, PIP_* variables), the certificate bundles they
and REQUESTS_CA_BUNDLE / SSL_CERT_FILE / CURL_CA_BUNDLE name, local package directories they
name (find-links, file:// indexes, bind-mounted read-only at the same paths), apt's
Acquire/proxy settings, resolv.conf and hosts are carried into each system. /proc, /sys, /dev,
/dev/pts and /dev/shm are bind-mounted for each run and unmounted afterwards, also on Ctrl-C.

The steps are `make test-unit`, `make test-qgis` and `make demo`, each timed, with its output
in a log. The table at the end gives, per system, the QGIS and Python versions, passed/failed
per test suite (errors count as failed), the demo's layers and feature counts in
out/demo/frontline.gpkg, and the seconds per step ("prep" is building or reusing the system and
copying the project). The exit status is non-zero when a build or a step failed. Without
--keep-going the matrix stops at the first failure.
"""

from __future__ import annotations

import argparse
import configparser
import contextlib
import datetime
import fcntl
import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
STAMP_FORMAT = 1  # bump when the way a system is built changes, so every cached system is rebuilt
PROJECT_IN_CHROOT = "/work/frontline"
SHARED_IN_CHROOT = "/work/shared"
STEPS = {"unit": "test-unit", "qgis": "test-qgis", "demo": "demo"}
DEFAULT_SUITES = "trixie,sid"

# name: (label, archive suites, security suite or None)
SUITES = {
    "bookworm": ("Debian 12 (bookworm)", ["bookworm", "bookworm-updates"], "bookworm-security"),
    "trixie": ("Debian 13 (trixie)", ["trixie", "trixie-updates"], "trixie-security"),
    "sid": ("Debian unstable (sid)", ["unstable"], None),
}
DEBIAN_CODENAMES = {
    "buster",
    "bullseye",
    "bookworm",
    "trixie",
    "forky",
    "duke",
    "sid",
    "oldoldstable",
    "oldstable",
    "stable",
    "testing",
    "unstable",
    "experimental",
}
# What a developer's machine has besides the Makefile's APT_PACKAGES.
EXTRA_PACKAGES = [
    "python3-venv",
    "python3-pip",
    "python3-dev",
    "build-essential",
    "make",
    "git",
    "ca-certificates",
]
# Packages a suite no longer has, and what stands in for them there (none so far: trixie and sid
# still ship qttools5-dev-tools, with lrelease in /usr/lib/qt5/bin, and pyqt5-dev-tools).
RENAMED = {"trixie": {}, "sid": {}, "bookworm": {}}
# Build products in the project copy that survive a refresh (the Makefile decides about them).
KEEP = (".venv/", "resources/gazetteer.sqlite", "resources/lexicon/", "out/", ".pytest_cache/")
EXCLUDE_PARTS = {
    ".git",
    ".venv",
    "out",
    ".qgis-profile",
    ".qgis-settings",
    "dist",
    "build",
    "__pycache__",
    ".pytest_cache",
    ".ruff_cache",
}
CERT_VARS = ("PIP_CERT", "REQUESTS_CA_BUNDLE", "SSL_CERT_FILE", "SSL_CERT_DIR", "CURL_CA_BUNDLE")
PASS_VARS = (
    *CERT_VARS,
    "http_proxy",
    "https_proxy",
    "no_proxy",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "NO_PROXY",
    "PIP_CONFIG_FILE",
)
CHROOT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

# Run by the target's python3: the layers of a GeoPackage and their feature counts, as JSON.
FEATURE_COUNTS = r"""
import json, sys
path, counts = sys.argv[1], {}
try:
    from osgeo import ogr
    ds = ogr.Open(path)
    for i in range(ds.GetLayerCount()):
        layer = ds.GetLayerByIndex(i)
        counts[layer.GetName()] = layer.GetFeatureCount()
except ImportError:
    import sqlite3
    con = sqlite3.connect("file:" + path + "?mode=ro", uri=True)
    for (name,) in con.execute("SELECT table_name FROM gpkg_contents ORDER BY rowid"):
        counts[name] = con.execute('SELECT count(*) FROM "%s"' % name.replace('"', '""')).fetchone()[0]
counts = {k: v for k, v in counts.items() if not k.startswith(("layer_styles", "qgis_projects"))}
print(json.dumps(counts))
"""
VERSIONS = r"""
import json, platform
try:
    from qgis.core import Qgis
    qgis = Qgis.QGIS_VERSION.split("-")[0]
except Exception as error:
    qgis = "none (%s)" % type(error).__name__
print(json.dumps({"python": platform.python_version(), "qgis": qgis}))
"""

VERBOSE = False


class SignalledError(Exception):
    pass


def log(msg: str) -> None:
    print(f"[matrix {time.strftime('%H:%M:%S')}] {msg}", flush=True)


def run(cmd, check=True, **kw) -> subprocess.CompletedProcess:
    if VERBOSE:
        log("$ " + " ".join(shlex.quote(str(c)) for c in cmd))
    return subprocess.run([str(c) for c in cmd], check=check, **kw)


def tail(path: Path, lines: int = 25) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def cache_root() -> Path:
    if os.environ.get("FRONTLINE_MATRIX_CACHE"):
        return Path(os.environ["FRONTLINE_MATRIX_CACHE"])
    if os.geteuid() == 0:
        return Path("/var/cache/frontline-matrix")
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "frontline-matrix"


# ---- the host's configuration ------------------------------------------------------------------


def apt_source_entries() -> list[dict]:
    """Every enabled `deb` entry of the host's apt sources: {uris, suites, components}."""
    entries = []
    files = [Path("/etc/apt/sources.list")]
    d = Path("/etc/apt/sources.list.d")
    if d.is_dir():
        files += sorted(p for p in d.iterdir() if p.suffix in (".list", ".sources"))
    for path in files:
        try:
            text = path.read_text(errors="replace")
        except OSError:
            continue
        if path.suffix == ".sources":
            for para in re.split(r"\n\s*\n", text):
                fields: dict[str, str] = {}
                key = None
                for line in para.splitlines():
                    if line.startswith("#") or not line.strip():
                        continue
                    if line[0].isspace() and key:
                        fields[key] += " " + line.strip()
                        continue
                    key, _, value = line.partition(":")
                    key = key.strip().lower()
                    fields[key] = value.strip()
                if "deb" not in fields.get("types", "").split():
                    continue
                if fields.get("enabled", "yes").lower() in ("no", "false", "0"):
                    continue
                entries.append(
                    {
                        "uris": fields.get("uris", "").split(),
                        "suites": fields.get("suites", "").split(),
                        "components": fields.get("components", "").split(),
                    }
                )
        else:
            for line in text.splitlines():
                line = line.split("#", 1)[0].strip()
                if not line.startswith("deb "):
                    continue
                line = re.sub(r"\[[^\]]*\]", " ", line[4:])
                parts = line.split()
                if len(parts) >= 2:
                    entries.append({"uris": [parts[0]], "suites": [parts[1]], "components": parts[2:]})
    return entries


def debian_mirrors() -> tuple[str, str]:
    """The host's Debian archive and security mirror URLs (deb.debian.org when it has none)."""
    archive = security = None
    for entry in apt_source_entries():
        for suite in entry["suites"]:
            codename, _, pocket = suite.partition("-")
            codename = codename.split("/")[0]
            if codename not in DEBIAN_CODENAMES or not entry["uris"]:
                continue
            uri = entry["uris"][0].rstrip("/")
            if pocket == "security" or suite.endswith("/updates"):
                security = security or uri
            else:
                archive = archive or uri
    archive = archive or "http://deb.debian.org/debian"
    if not security:
        security = (
            (archive[: -len("/debian")] + "/debian-security")
            if archive.endswith("/debian")
            else "http://deb.debian.org/debian-security"
        )
    return archive, security


def apt_conf_files() -> list[Path]:
    """Host apt configuration that concerns fetching (Acquire::…: proxies, validity, indexes)."""
    files = [Path("/etc/apt/apt.conf")]
    d = Path("/etc/apt/apt.conf.d")
    if d.is_dir():
        files += sorted(d.iterdir())
    found = []
    for path in files:
        try:
            text = path.read_text(errors="replace")
        except OSError:
            continue
        if (
            path.is_file()
            and re.search(r"^\s*Acquire\s*(::|\{)", text, re.M | re.I)
            and not owned_by_package(path)
        ):  # a package's own file comes with the package
            found.append(path)
    return found


def owned_by_package(path: Path) -> bool:
    try:
        return subprocess.run(["dpkg-query", "-S", str(path)], capture_output=True).returncode == 0
    except OSError:
        return False


def makefile_apt_packages() -> list[str]:
    text = (REPO / "Makefile").read_text().replace("\\\n", " ")
    m = re.search(r"^APT_PACKAGES\s*:?=\s*(.*)$", text, re.M)
    return m.group(1).split() if m else []


def pip_config_files() -> list[tuple[Path, str]]:
    """(host file, path inside the chroot) of every pip configuration file pip would read."""
    found = []
    if os.environ.get("PIP_CONFIG_FILE") and os.environ["PIP_CONFIG_FILE"] != os.devnull:
        p = Path(os.environ["PIP_CONFIG_FILE"])
        found.append((p, str(p)))
    xdg_dirs = os.environ.get("XDG_CONFIG_DIRS", "/etc/xdg").split(":")
    for d in xdg_dirs:
        found.append((Path(d) / "pip" / "pip.conf", str(Path(d) / "pip" / "pip.conf")))
    found.append((Path("/etc/pip.conf"), "/etc/pip.conf"))
    homes = [Path.home()]
    if os.environ.get("SUDO_USER"):
        try:
            import pwd

            homes.insert(0, Path(pwd.getpwnam(os.environ["SUDO_USER"]).pw_dir))
        except KeyError:
            pass
    for name in (".pip/pip.conf", ".config/pip/pip.conf"):
        for home in homes:  # the invoking user's own file wins; inside, pip runs as root
            if (home / name).is_file():
                found.append((home / name, "/root/" + name))
                break
    return [(h, c) for h, c in found if h.is_file()]


def pip_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k.startswith("PIP_") or k in PASS_VARS}


def referenced_paths(values: list[str]) -> tuple[set[Path], set[Path]]:
    """Files to copy and directories to bind-mount that pip/cert settings name."""
    files, dirs = set(), set()
    for value in values:
        for token in value.split():
            url = token.startswith("file:")
            path = urllib.parse.unquote(urllib.parse.urlparse(token).path) if url else token
            if not path.startswith("/"):
                continue
            p = Path(path)
            if p.is_file():
                files.add(p)
            elif p.is_dir():
                # a file:// index is a "simple" folder whose pages link to ../../files/
                dirs.add(p.parent if url and p.name == "simple" else p)
    return files, dirs


def carried_files_and_dirs() -> tuple[list[tuple[Path, str]], set[Path], set[Path]]:
    configs = pip_config_files()
    values = list(pip_env().values())
    for host, _ in configs:
        parser = configparser.RawConfigParser(strict=False, interpolation=None)
        try:
            parser.read(host)
        except configparser.Error:
            continue
        for section in parser.sections():
            values += [v for _, v in parser.items(section) if v]
    for conf in apt_conf_files():
        values += re.findall(r'"(/[^"]+)"', conf.read_text(errors="replace"))
    files, dirs = referenced_paths(values)
    # directories inside other carried directories need no mount of their own
    dirs = {d for d in dirs if not any(o != d and o in d.parents for o in dirs)}
    return configs, files, dirs


# ---- processes and mounts ----------------------------------------------------------------------


def mounts_under(path: Path) -> list[str]:
    prefix = str(path.resolve())
    found = []
    with open("/proc/self/mountinfo") as f:
        for line in f:
            target = line.split()[4].encode().decode("unicode_escape")
            if target == prefix or target.startswith(prefix + "/"):
                found.append(target)
    return sorted(found, key=len, reverse=True)


def kill_processes_in(root: Path) -> None:
    """End the processes still running inside a chroot (all started by this tool)."""
    root_s = str(root.resolve())
    for sig in (signal.SIGTERM, signal.SIGKILL):
        pids = []
        for entry in os.listdir("/proc"):
            if not entry.isdigit() or int(entry) == os.getpid():
                continue
            try:
                proc_root = os.readlink(f"/proc/{entry}/root")
            except OSError:
                continue
            if proc_root == root_s or proc_root.startswith(root_s + "/"):
                pids.append(int(entry))
        if not pids:
            return
        for pid in pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, sig)
        time.sleep(2)


def unmount_all(root: Path) -> None:
    for target in mounts_under(root):
        if subprocess.run(["umount", target], stderr=subprocess.DEVNULL).returncode != 0:
            subprocess.run(["umount", "-l", target], stderr=subprocess.DEVNULL)


def remove_tree(path: Path) -> None:
    """rm -rf a (possibly half-built) system, never through a mount into the host."""
    if not path.exists():
        return
    kill_processes_in(path)
    unmount_all(path)
    if mounts_under(path):
        raise RuntimeError(f"{path} still has mounts: {mounts_under(path)}; not removing it")
    run(["rm", "-rf", "--one-file-system", path])


class Mounts:
    """Bind mounts into a chroot, undone in reverse order (lazily when busy)."""

    def __init__(self, root: Path):
        self.root = root
        self.done: list[Path] = []

    def bind(self, src: str, dst: str, readonly: bool = False) -> None:
        target = self.root / dst.lstrip("/")
        target.mkdir(parents=True, exist_ok=True)
        run(["mount", "--bind", src, target])
        self.done.append(target)
        if readonly:
            run(["mount", "-o", "remount,bind,ro", target])

    def close(self) -> None:
        kill_processes_in(self.root)
        for target in reversed(self.done):
            if subprocess.run(["umount", target], stderr=subprocess.DEVNULL).returncode != 0:
                log(f"{target} is busy; unmounting it lazily")
                subprocess.run(["umount", "-l", target])
        self.done.clear()
        unmount_all(self.root)  # anything a step mounted itself


def run_logged(cmd: list[str], logfile: Path, env: dict | None, cwd: str | None, timeout: float) -> int:
    """Run cmd in its own session with its output in logfile (and on stdout with -v)."""
    logfile.parent.mkdir(parents=True, exist_ok=True)
    with open(logfile, "wb") as out:
        out.write(("$ " + " ".join(shlex.quote(c) for c in cmd) + "\n").encode())
        out.flush()
        proc = subprocess.Popen(
            cmd,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=env,
            cwd=cwd,
            start_new_session=True,
        )

        def pump():
            for chunk in iter(proc.stdout.readline, b""):
                out.write(chunk)
                out.flush()
                if VERBOSE:
                    sys.stdout.buffer.write(chunk)
                    sys.stdout.flush()

        reader = threading.Thread(target=pump, daemon=True)
        reader.start()
        try:
            rc = proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            out.write(f"\n[matrix] timed out after {timeout:.0f} s\n".encode())
            terminate(proc)
            rc = 124
        except BaseException:
            terminate(proc)
            raise
        finally:
            reader.join(timeout=10)
        return rc


def terminate(proc: subprocess.Popen) -> None:
    for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 10)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


# ---- the systems -------------------------------------------------------------------------------


class System:
    def __init__(self, name: str, cache: Path, args):
        self.name = name
        self.label, self.suites, self.security = SUITES[name]
        self.dir = cache / name
        self.root = self.dir / "root"
        self.logs = self.dir / "logs"
        self.args = args
        archive, security = debian_mirrors()
        self.archive = args.mirror or archive
        self.security_mirror = args.security_mirror or security

    def packages(self) -> list[str]:
        renamed = RENAMED.get(self.name, {})
        wanted = makefile_apt_packages() + EXTRA_PACKAGES
        return sorted({renamed.get(p, p) for p in wanted if renamed.get(p, p)})

    def sources(self) -> list[str]:
        lines = [f"deb {self.archive} {s} main" for s in self.suites]
        if self.security:
            lines.append(f"deb {self.security_mirror} {self.security} main")
        return lines

    def stamp(self) -> dict:
        return {
            "format": STAMP_FORMAT,
            "suite": self.name,
            "sources": self.sources(),
            "packages": self.packages(),
        }

    def current_stamp(self) -> dict | None:
        try:
            return json.loads((self.root / "etc/frontline-matrix.json").read_text())
        except (OSError, ValueError):
            return None

    def ensure(self, rebuild: bool) -> str:
        """Build the system unless an up-to-date one is cached; returns 'built' or 'reused'."""
        for leftover in self.dir.glob("root.*"):  # interrupted builds, replaced systems
            log(f"{self.name}: removing leftover {leftover}")
            remove_tree(leftover)
        have = self.current_stamp()
        want = self.stamp()
        if (
            have
            and not rebuild
            and all(have.get(k) == v for k, v in want.items())
            and (self.root / "usr/bin/python3").exists()
        ):
            try:
                built = datetime.datetime.fromisoformat(have["built"])
                return f"reused, {(datetime.datetime.now() - built).days} d old"
            except (KeyError, ValueError):
                return "reused"
        if have and not rebuild:
            changed = [k for k, v in want.items() if have.get(k) != v]
            log(f"{self.name}: cached system is out of date ({', '.join(changed)}); rebuilding")
        ensure_mmdebstrap()
        self.logs.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix="root.new-", dir=self.dir))
        tmp.rmdir()  # mmdebstrap wants to create it
        aptopts = [
            'Acquire::Check-Valid-Until "false"',
            'Acquire::Check-Date "false"',
            'APT::Install-Recommends "true"',
        ]
        setup_hooks = []
        for conf in apt_conf_files():
            aptopts.append(str(conf))
            # files the apt configuration names (a proxy's CA, say) must be there for apt inside
            for ref in re.findall(r'"(/[^"]+)"', conf.read_text(errors="replace")):
                if Path(ref).is_file():
                    setup_hooks.append(
                        f'mkdir -p "$1{Path(ref).parent}" && cp -a {shlex.quote(ref)} "$1{ref}"'
                    )
        cmd = [
            "mmdebstrap",
            "--mode=root",
            "--format=directory",
            "--variant=apt",
            "--components=main",
            "--include=" + ",".join(self.packages()),
            *[f"--aptopt={o}" for o in aptopts],
            "--dpkgopt=path-exclude=/usr/share/man/*",
            "--dpkgopt=path-exclude=/usr/share/info/*",
            "--dpkgopt=path-exclude=/usr/share/doc/*",
            *[f"--setup-hook={h}" for h in setup_hooks],
            self.suites[0],
            str(tmp),
            *self.sources(),
        ]
        log(
            f"{self.name}: building {self.label} from {self.archive} "
            f"({len(self.packages())} packages and their dependencies); log {self.logs / 'build.log'}"
        )
        try:
            rc = run_logged(cmd, self.logs / "build.log", None, None, self.args.build_timeout)
            if rc != 0:
                raise RuntimeError(f"mmdebstrap failed ({rc}):\n{tail(self.logs / 'build.log')}")
            stamp = dict(want, built=datetime.datetime.now().isoformat(timespec="seconds"))
            (tmp / "etc/frontline-matrix.json").write_text(json.dumps(stamp, indent=1) + "\n")
            if self.root.exists():
                old = self.dir / f"root.old-{os.getpid()}"
                self.root.rename(old)
                tmp.rename(self.root)
                remove_tree(old)
            else:
                tmp.rename(self.root)
        finally:
            if tmp.exists():
                remove_tree(tmp)
        return "built"

    # -- running inside --

    def env(self) -> dict[str, str]:
        env = {
            "HOME": "/root",
            "PATH": CHROOT_PATH,
            "LANG": "C.UTF-8",
            "TERM": "dumb",
            "COLUMNS": "200",
            "DEBIAN_FRONTEND": "noninteractive",
            "USER": "root",
            "LOGNAME": "root",
        }
        env.update(pip_env())
        return env

    def carry_in(self, mounts: Mounts) -> None:
        """Host resolver, pip and certificate configuration into the chroot; mounts for this run."""
        for name in ("etc/resolv.conf", "etc/hosts"):
            target = self.root / name
            if target.is_symlink() or target.exists():
                target.unlink()
            shutil.copyfile(Path("/") / name, target)
        configs, files, dirs = carried_files_and_dirs()
        for host, inside in configs:
            target = self.root / inside.lstrip("/")
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(host, target)
        for path in sorted(files):
            copy_in_file(path, self.root / str(path).lstrip("/"))
        mounts.bind("/proc", "/proc")
        mounts.bind("/sys", "/sys")
        mounts.bind("/dev", "/dev")
        mounts.bind("/dev/pts", "/dev/pts")
        if Path("/dev/shm").is_dir():
            mounts.bind("/dev/shm", "/dev/shm")
        for d in sorted(dirs):
            target = self.root / str(d).lstrip("/")
            if target.is_dir() and any(target.iterdir()):
                if VERBOSE:
                    log(f"{self.name}: {d} exists in the system; not mounting the host's over it")
                continue
            mounts.bind(str(d), str(d), readonly=True)
        shared = REPO.parent / "shared"
        if shared.is_dir() and not self.args.no_shared:
            mounts.bind(str(shared), SHARED_IN_CHROOT, readonly=True)
        else:
            # the empty mount point an earlier run left would look like a ../shared without its
            # files: tests skip only when the folder is absent
            left = self.root / SHARED_IN_CHROOT.lstrip("/")
            if left.is_dir() and not any(left.iterdir()):
                left.rmdir()

    def command(self, shell: str, cwd: str = PROJECT_IN_CHROOT) -> list[str]:
        return [
            "chroot",
            str(self.root),
            "/usr/bin/env",
            "-i",
            *[f"{k}={v}" for k, v in self.env().items()],
            "/bin/bash",
            "-c",
            f"cd {shlex.quote(cwd)} && {shell}",
        ]


def copy_in_file(host: Path, target: Path) -> None:
    """Copy a host file into the chroot; a certificate bundle the chroot has too is merged (the
    chroot's own certificates plus the host's, which may hold a proxy's or a company's CA)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    data = host.read_bytes()
    pem = re.compile(rb"-----BEGIN CERTIFICATE-----.*?-----END CERTIFICATE-----", re.S)
    orig = target.with_name(target.name + ".frontline-matrix-orig")
    if pem.search(data) and (target.exists() or orig.exists()):
        if not orig.exists():
            shutil.copyfile(target, orig)
        own = pem.findall(orig.read_bytes())
        merged = own + [c for c in pem.findall(data) if c not in set(own)]
        data = b"\n".join(merged) + b"\n"
    if target.is_symlink():
        target.unlink()
    target.write_bytes(data)


def ensure_mmdebstrap() -> None:
    if shutil.which("mmdebstrap"):
        return
    log("installing mmdebstrap on the host (apt-get)")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    install = [
        "apt-get",
        "install",
        "-y",
        "-qq",
        "--no-install-recommends",
        "mmdebstrap",
        "debian-archive-keyring",
    ]
    if run(install, check=False, env=env, stdout=subprocess.DEVNULL).returncode != 0:
        run(["apt-get", "update", "-qq"], env=env)
        run(install, env=env, stdout=subprocess.DEVNULL)


# ---- the project copy --------------------------------------------------------------------------


def project_files() -> list[str]:
    """The working tree as git sees it: tracked and untracked-but-not-ignored files on disk."""
    try:
        out = subprocess.run(
            [
                "git",
                "-c",
                f"safe.directory={REPO}",
                "-C",
                str(REPO),
                "ls-files",
                "-z",
                "--cached",
                "--others",
                "--exclude-standard",
            ],
            check=True,
            capture_output=True,
        ).stdout
        names = sorted({n for n in out.decode().split("\0") if n})
    except (OSError, subprocess.CalledProcessError):
        names = []
        for dirpath, dirnames, filenames in os.walk(REPO):
            dirnames[:] = [d for d in dirnames if d not in EXCLUDE_PARTS and d != "lexicon"]
            for f in filenames:
                rel = os.path.relpath(os.path.join(dirpath, f), REPO)
                if not rel.endswith((".pyc", ".qm")) and rel != "resources/gazetteer.sqlite":
                    names.append(rel)
    return [
        n
        for n in names
        if os.path.lexists(REPO / n) and not (REPO / n).is_dir() and not set(Path(n).parts) & EXCLUDE_PARTS
    ]


def sync_tree(source: Path, names: list[str], dest: Path, manifest: Path) -> tuple[int, int]:
    """Make dest hold `names` as in source (changed files copied with their times, files that left
    the list removed, anything else, such as build products, kept); returns (copied, removed)."""
    dest.mkdir(parents=True, exist_ok=True)
    try:
        before = set(json.loads(manifest.read_text()))
    except (OSError, ValueError):
        before = set()
    copied = removed = 0
    for name in names:
        src, dst = source / name, dest / name
        s = src.lstat()
        try:
            d = dst.lstat()
            if (
                src.is_symlink() == dst.is_symlink()
                and d.st_size == s.st_size
                and d.st_mtime_ns == s.st_mtime_ns
                and d.st_mode == s.st_mode
            ):
                continue
        except FileNotFoundError:
            pass
        dst.parent.mkdir(parents=True, exist_ok=True)
        if dst.is_symlink() or dst.exists():
            dst.unlink()
        if src.is_symlink():
            os.symlink(os.readlink(src), dst)
        else:
            shutil.copy2(src, dst)
        copied += 1
    for name in sorted(before - set(names)):
        if name.startswith(KEEP):
            continue
        path = dest / name
        if path.is_symlink() or path.is_file():
            path.unlink()
            removed += 1
    manifest.write_text(json.dumps(names))
    return copied, removed


class Snapshot:
    """The working tree copied once per run (cache/source/frontline), so that every system tests
    the same code even while someone keeps editing the tree."""

    def __init__(self, cache: Path):
        self.dir = cache / "source" / "frontline"
        self.names = project_files()
        sync_tree(REPO, self.names, self.dir, cache / "source" / "manifest.json")

    def sync_into(self, root: Path) -> tuple[int, int]:
        """Copy the snapshot into root/work/frontline; returns (copied, removed)."""
        dest = root / PROJECT_IN_CHROOT.lstrip("/")
        return sync_tree(self.dir, self.names, dest, dest.parent / ".frontline-manifest.json")


# ---- results -----------------------------------------------------------------------------------

SUMMARY = re.compile(
    r"^=+ (.*?\b(?:passed|failed|errors?|skipped|deselected|xfailed|xpassed|"
    r"no tests ran)\b.*?) in [\d.]+s\b.*=+$"
)


def parse_pytest(logfile: Path) -> dict:
    counts = {"passed": 0, "failed": 0, "errors": 0, "skipped": 0, "xfailed": 0, "xpassed": 0}
    failures, found = [], False
    for line in tail(logfile, 100000).splitlines():
        line = re.sub(r"\x1b\[[0-9;]*m", "", line).rstrip()
        m = SUMMARY.match(line)
        if m:
            found = True
            for n, word in re.findall(r"(\d+) (passed|failed|errors?|skipped|xfailed|xpassed)", m.group(1)):
                counts["errors" if word.startswith("error") else word] = int(n)
        elif line.startswith(("FAILED ", "ERROR ")):
            failures.append(line[:300])
    counts["summary"] = found
    counts["failures"] = failures
    return counts


class Row:
    def __init__(self, name: str, label: str):
        self.name, self.label = name, label
        self.qgis = self.python = "?"
        self.prep = None  # (seconds, what)
        self.steps: dict[str, dict] = {}
        self.error = None

    @property
    def failed(self) -> bool:
        return bool(self.error) or any(s["rc"] != 0 for s in self.steps.values())


def run_steps(row: Row, steps: list[str], runner, logs: Path, demo_counts, args) -> bool:
    """runner(make_target, logfile) -> rc. Returns False when the matrix should stop."""
    for step in steps:
        logfile = logs / f"{step}.log"
        log(f"{row.name}: make {STEPS[step]} (log {logfile})")
        start = time.monotonic()
        wall_start = time.time()
        rc = runner(STEPS[step], logfile)
        result = {"rc": rc, "seconds": time.monotonic() - start, "log": str(logfile)}
        if step == "demo":
            result["features"] = demo_counts(wall_start) if rc == 0 else None
            verdict = "ok" if rc == 0 else f"FAILED (exit {rc})"
            if rc == 0 and result["features"]:
                verdict += " " + " ".join(f"{k}:{v}" for k, v in result["features"].items())
        else:
            result.update(parse_pytest(logfile))
            verdict = (
                f"{result['passed']} passed, {result['failed']} failed, {result['errors']} errors, "
                f"{result['skipped']} skipped"
                if result["summary"]
                else "no pytest summary"
            )
            if rc != 0:
                verdict += f" (exit {rc})"
        row.steps[step] = result
        log(f"{row.name}: {step}: {verdict} in {result['seconds']:.0f} s")
        if rc != 0:
            if not result.get("failures"):
                print("    " + tail(logfile, 15).replace("\n", "\n    "), flush=True)
            if not args.keep_going:
                return False
    return True


def query_json(cmd: list[str]) -> dict:
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=120).stdout
        return json.loads(out.strip().splitlines()[-1])
    except (subprocess.SubprocessError, ValueError, IndexError, OSError):
        return {}


def run_system(system: System, source: Snapshot, steps: list[str], args, row: Row) -> bool:
    lock_path = system.dir / "lock"
    system.dir.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            log(f"{system.name}: another matrix run uses {system.dir}; waiting")
            fcntl.flock(lock, fcntl.LOCK_EX)
        start = time.monotonic()
        try:
            how = system.ensure(args.rebuild)
        except Exception as error:  # reported in the table
            row.error = f"build failed: {str(error).splitlines()[0]}"
            log(f"{system.name}: {error}")
            return args.keep_going
        mounts = Mounts(system.root)
        try:
            try:
                copied, removed = source.sync_into(system.root)
                system.carry_in(mounts)
            except (OSError, subprocess.CalledProcessError) as error:
                row.error = f"preparing the system failed: {error}"
                log(f"{system.name}: {row.error}")
                return args.keep_going
            if args.prepare:
                rc = run(system.command(args.prepare), check=False).returncode
                if rc != 0:
                    row.error = f"--prepare failed ({rc})"
                    return args.keep_going
            row.prep = (time.monotonic() - start, how)
            log(
                f"{system.name}: system {how}, project copied ({copied} files updated, {removed} removed) "
                f"in {row.prep[0]:.0f} s"
            )
            versions = query_json(
                system.command(f"QT_QPA_PLATFORM=offscreen python3 -c {shlex.quote(VERSIONS)}")
            )
            row.qgis, row.python = versions.get("qgis", "?"), versions.get("python", "?")

            def runner(target, logfile):
                return run_logged(system.command(f"make {target}"), logfile, None, None, args.step_timeout)

            def demo_counts(since):
                gpkg = system.root / PROJECT_IN_CHROOT.lstrip("/") / "out/demo/frontline.gpkg"
                if not gpkg.exists() or gpkg.stat().st_mtime < since - 1:
                    return None
                return query_json(
                    system.command(f"python3 -c {shlex.quote(FEATURE_COUNTS)} out/demo/frontline.gpkg")
                )

            return run_steps(row, steps, runner, system.logs, demo_counts, args)
        finally:
            mounts.close()


def run_host(steps: list[str], args, cache: Path, row: Row) -> bool:
    versions = query_json(["/usr/bin/python3", "-c", VERSIONS])
    row.qgis, row.python = versions.get("qgis", "?"), versions.get("python", "?")
    row.prep = (0.0, "host")
    env = dict(os.environ, COLUMNS="200")  # room for the reasons in pytest's short summary

    def runner(target, logfile):
        return run_logged(["make", target], logfile, env, str(REPO), args.step_timeout)

    def demo_counts(since):
        gpkg = REPO / "out/demo/frontline.gpkg"
        if not gpkg.exists() or gpkg.stat().st_mtime < since - 1:
            return None
        return query_json(["/usr/bin/python3", "-c", FEATURE_COUNTS, str(gpkg)])

    return run_steps(row, steps, runner, cache / "host" / "logs", demo_counts, args)


def table(rows: list[Row], steps: list[str]) -> str:
    def suite_cell(row, step):
        s = row.steps.get(step)
        if s is None:
            return "-" if step in steps else "skip"
        if not s.get("summary"):
            return f"exit {s['rc']}"
        return f"{s['passed']}/{s['failed'] + s['errors']}"

    header = [
        "system",
        "QGIS",
        "Python",
        "unit pass/fail",
        "QGIS pass/fail",
        "demo",
        "demo features",
        "prep s",
        "unit s",
        "qgis s",
        "demo s",
        "total s",
    ]
    lines = []
    for row in rows:
        demo = row.steps.get("demo")
        if demo is None:
            demo_ok, features = ("-" if "demo" in steps else "skip"), ""
        else:
            demo_ok = "ok" if demo["rc"] == 0 else f"FAIL({demo['rc']})"
            features = " ".join(f"{k}:{v}" for k, v in (demo.get("features") or {}).items())
        secs = [row.prep[0] if row.prep else None] + [
            row.steps[s]["seconds"] if s in row.steps else None for s in STEPS
        ]
        total = sum(s for s in secs if s is not None)
        prep = "-" if row.prep is None else f"{row.prep[0]:.0f} ({row.prep[1]})"
        cells = [
            row.label,
            row.qgis,
            row.python,
            suite_cell(row, "unit"),
            suite_cell(row, "qgis"),
            demo_ok,
            features or ("-" if not row.error else row.error),
            prep,
            *["-" if s is None else f"{s:.0f}" for s in secs[1:]],
            f"{total:.0f}",
        ]
        lines.append(cells)
    widths = [max(len(str(c)) for c in col) for col in zip(header, *lines)]
    fmt = lambda cells: " | ".join(str(c).ljust(w) for c, w in zip(cells, widths))  # noqa: E731
    out = [fmt(header), "-+-".join("-" * w for w in widths)] + [fmt(c) for c in lines]
    return "\n".join(out)


def failures_text(rows: list[Row]) -> str:
    out = []
    for row in rows:
        if row.error:
            out.append(f"{row.label}: {row.error}")
        for step, s in row.steps.items():
            if s["rc"] != 0:
                out.append(f"{row.label}: {step} failed (exit {s['rc']}), log {s['log']}")
                out += [f"    {f}" for f in s.get("failures", [])]
    return "\n".join(out)


def shell(system: System, source: Snapshot, args) -> int:
    if not system.root.exists():
        print(f"{system.root} is not built yet", file=sys.stderr)
        return 1
    source.sync_into(system.root)
    mounts = Mounts(system.root)
    try:
        system.carry_in(mounts)
        cmd = " ".join(shlex.quote(c) for c in args.command) if args.command else "exec bash -i"
        return subprocess.run(system.command(cmd)).returncode
    finally:
        mounts.close()


def main(argv=None) -> int:
    global VERBOSE
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--suites",
        default=DEFAULT_SUITES,
        help=f"comma-separated systems among {', '.join(SUITES)} ('' for none; default {DEFAULT_SUITES})",
    )
    parser.add_argument(
        "--host", action="store_true", help="also run the steps on this machine, in the working tree"
    )
    parser.add_argument("--only", default="", help="comma-separated steps among unit, qgis, demo")
    parser.add_argument("--rebuild", action="store_true", help="build the systems afresh")
    parser.add_argument(
        "--keep-going", action="store_true", help="run every step of every system even after a failure"
    )
    parser.add_argument(
        "--prepare",
        metavar="CMD",
        help="shell command run in each system's project "
        "copy before the steps (e.g. to try a change there only)",
    )
    parser.add_argument("--mirror", help="Debian archive URL (default: the host's apt mirror)")
    parser.add_argument("--security-mirror", help="Debian security archive URL")
    parser.add_argument("--no-shared", action="store_true", help="do not mount ../shared")
    parser.add_argument("--step-timeout", type=float, default=2400, help="seconds per step (2400)")
    parser.add_argument("--build-timeout", type=float, default=2400, help="seconds per build (2400)")
    parser.add_argument(
        "--shell",
        metavar="SUITE",
        help="open a shell in a built system's project copy "
        "(with the mounts), or run COMMAND there, and exit",
    )
    parser.add_argument("command", nargs="*", help="with --shell: the command to run")
    parser.add_argument("-v", "--verbose", action="store_true", help="show the steps' output")
    args = parser.parse_args(argv)
    VERBOSE = args.verbose

    suites = [s.strip() for s in args.suites.split(",") if s.strip() and s.strip() != "none"]
    unknown = [s for s in suites if s not in SUITES]
    steps = [s.strip() for s in args.only.split(",") if s.strip()] or list(STEPS)
    if unknown or any(s not in STEPS for s in steps):
        parser.error(f"unknown suite or step: {', '.join(unknown + [s for s in steps if s not in STEPS])}")
    if (suites or args.shell) and os.geteuid() != 0:
        parser.error(
            "building and entering the systems needs root: sudo /usr/bin/python3 tools/test_matrix.py"
        )
    cache = cache_root()
    cache.mkdir(parents=True, exist_ok=True)

    def on_term(signum, frame):
        raise SignalledError(f"signal {signum}")

    signal.signal(signal.SIGINT, signal.default_int_handler)  # also when started in the background
    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGHUP, on_term)

    if args.shell:
        return shell(System(args.shell, cache, args), Snapshot(cache), args)

    log(
        f"cache {cache}; suites {', '.join(suites) or 'none'}{' + host' if args.host else ''}; "
        f"steps {', '.join(steps)}"
    )
    rows: list[Row] = []
    started = time.monotonic()
    try:
        go_on = True
        source = Snapshot(cache) if suites else None
        if args.host:
            row = Row("host", "host: " + (host_release() or "this machine"))
            rows.append(row)
            go_on = run_host(steps, args, cache, row)
        for name in suites:
            if not go_on:
                break
            system = System(name, cache, args)
            row = Row(name, system.label)
            rows.append(row)
            go_on = run_system(system, source, steps, args, row)
    except (KeyboardInterrupt, SignalledError) as error:
        log(f"interrupted ({str(error) or 'Ctrl-C'}); mounts are undone")
        print(table(rows, steps))
        return 130
    text = table(rows, steps)
    fails = failures_text(rows)
    print()
    print(text)
    print(f"\nmatrix total {time.monotonic() - started:.0f} s; logs under {cache}")
    if fails:
        print("\nFailures:\n" + fails)
    (cache / "summary.txt").write_text(text + "\n" + ("\nFailures:\n" + fails + "\n" if fails else ""))
    (cache / "summary.json").write_text(
        json.dumps(
            [
                {
                    "system": r.label,
                    "qgis": r.qgis,
                    "python": r.python,
                    "prep": r.prep,
                    "error": r.error,
                    "steps": r.steps,
                }
                for r in rows
            ],
            indent=1,
        )
        + "\n"
    )
    return 1 if any(r.failed for r in rows) or not rows else 0


def host_release() -> str:
    try:
        text = Path("/etc/os-release").read_text()
    except OSError:
        return ""
    m = re.search(r'^PRETTY_NAME="?([^"\n]*)', text, re.M)
    return m.group(1) if m else ""


if __name__ == "__main__":
    sys.exit(main())
