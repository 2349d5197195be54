"""The manifest every export writes beside it (`<file>.manifest.json`), so a published map can be
traced to its sources: what was exported when, its frames and their dates, the layers drawn, the
articles used (path, title, outlet, date and the SHA-256 of the file as it is now, next to the one
recorded at extraction), the analyst's corrections, and the Frontline version.
"""

from __future__ import annotations

import hashlib
import json
import os
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence

MANIFEST_VERSION = 1
SUFFIX = ".manifest.json"


def manifest_path(output: Path) -> Path:
    """`situation_2017-11-19.pdf` → `situation_2017-11-19.manifest.json`."""
    output = Path(output)
    return output.with_name(output.stem + SUFFIX)


def file_sha256(path: Path) -> Optional[str]:
    """The SHA-256 of a file's bytes, or None when it cannot be read."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 16), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


def find_file(path: Optional[str], bases: Sequence[Path]) -> Optional[Path]:
    """An article's file: its path as recorded when absolute, else under each base in turn."""
    if not path:
        return None
    candidate = Path(path)
    if candidate.is_absolute():
        return candidate if candidate.is_file() else None
    for base in bases:
        found = Path(base) / candidate
        if found.is_file():
            return found.resolve()
    return None


def article_entries(rows: Iterable[Mapping], bases: Sequence[Path]) -> List[Dict[str, Any]]:
    """One entry per article (rows of the `articles` layer), with the file's hash as it is now."""
    entries = []
    for row in rows:
        found = find_file(row.get("path"), bases)
        recorded = row.get("sha256") or None
        current = file_sha256(found) if found is not None else None
        entries.append(
            {
                "id": row.get("article_id"),
                "path": row.get("path"),
                "file": str(found) if found is not None else None,
                "title": row.get("title"),
                "outlet": row.get("source"),
                "url": row.get("url"),
                "published": _iso(row.get("published")),
                "sha256": current or recorded,
                "sha256_recorded": recorded,
                # False: the file changed since extraction; None: the file is not here to check
                "unchanged": (current == recorded) if current and recorded else None,
            }
        )
    return sorted(entries, key=lambda e: (e["published"] or "", e["path"] or "", e["id"] or ""))


def build_manifest(
    kind: str,
    outputs: Sequence[Path],
    *,
    version: str,
    qgis_version: str = "",
    project: Optional[str] = None,
    frames: Sequence[Mapping] = (),
    layers: Sequence[Mapping] = (),
    articles: Sequence[Mapping] = (),
    corrections: Optional[Sequence[Mapping]] = None,
    settings: Optional[Mapping] = None,
    created: Optional[datetime] = None,
) -> Dict[str, Any]:
    """The manifest as a JSON-ready dict. `corrections` None: the GeoPackage has no corrections
    table (none applied); a list: its rows."""
    return {
        "frontline_manifest": MANIFEST_VERSION,
        "kind": kind,
        "created": (created or datetime.now(timezone.utc)).isoformat(timespec="seconds"),
        "frontline_version": version,
        "qgis_version": qgis_version,
        "project": project,
        "outputs": [_output(path) for path in outputs],
        "settings": dict(settings or {}),
        "frames": [_jsonable(dict(f)) for f in frames],
        "layers": [_jsonable(dict(layer)) for layer in layers],
        "articles": [_jsonable(dict(a)) for a in articles],
        "corrections_table": corrections is not None,
        "corrections": [_jsonable(dict(c)) for c in corrections or ()],
    }


def write_manifest(path: Path, manifest: Mapping) -> Path:
    """Write atomically (a failed write leaves the previous manifest)."""
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    partial.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    os.replace(partial, path)
    return path


def read_manifest(path: Path) -> Optional[Dict[str, Any]]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("frontline_manifest") else None


def _output(path: Path) -> Dict[str, Any]:
    path = Path(path)
    return {
        "file": path.name,
        "bytes": path.stat().st_size if path.is_file() else None,
        "sha256": file_sha256(path),
    }


def _iso(value) -> Optional[str]:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


def _jsonable(value):
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    return str(value)
