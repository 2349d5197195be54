"""Fetching URLs, and keeping what was fetched so that a re-run reads the same text offline.

A `Fetcher` turns a URL into its bytes (`Fetched`) or raises `FetchError` naming the URL and the
reason. `UrlFetcher` is the command line's, with urllib; QGIS has its own behind the same
interface (qgis/network.py: the network manager's proxy and authentication). Both fetch only
http and https, give up on a redirect loop, a body over the size limit or a deadline passed,
and never hold more than the limit in memory.

`FetchedStore` keeps each body in a folder beside the output with a `.fetch` file holding the
URL, the final URL, its type and the retrieval time; `StoredFetcher` reads from there first.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import socket
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Protocol

__all__ = [
    "MAX_FETCH_BYTES",
    "FetchError",
    "Fetched",
    "FetchedStore",
    "Fetcher",
    "StoredFetcher",
    "UrlFetcher",
    "check_url",
    "is_url",
]

MAX_FETCH_BYTES = 20_000_000  # as for files: a news page is kilobytes, a report a few megabytes
DEFAULT_TIMEOUT = 20.0  # seconds for one URL, redirects and body included
MAX_REDIRECTS = 8
USER_AGENT = "Frontline (QGIS plugin; reads news articles for analysis)"
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_SIDE_SUFFIX = ".fetch"
_EXTENSIONS = (
    ("html", ".html"), ("xhtml", ".html"), ("pdf", ".pdf"), ("rss", ".xml"), ("atom", ".xml"),
    ("xml", ".xml"), ("json", ".json"), ("csv", ".csv"), ("plain", ".txt"),
)  # fmt: skip


class FetchError(Exception):
    """A URL that could not be fetched; `reason` names the URL and says why."""

    def __init__(self, url: str, reason: str) -> None:
        self.url = url
        self.reason = f"{url} {reason}"
        super().__init__(self.reason)


@dataclass(frozen=True)
class Fetched:
    url: str  # as asked for
    final_url: str  # after redirects
    content_type: str  # "text/html", "application/pdf" … ("" when the server says none)
    body: bytes
    retrieved: str  # ISO 8601, UTC
    path: Optional[str] = None  # where the body is kept, once stored


class Fetcher(Protocol):
    def fetch(self, url: str) -> Fetched: ...


def is_url(text: str) -> bool:
    """Whether an argument is a URL rather than a file name (any scheme; check_url decides)."""
    return bool(_SCHEME.match(str(text)))


def check_url(url: str) -> str:
    """The URL when it is http or https with a host; FetchError otherwise (file:, ftp:, …)."""
    scheme = url.split(":", 1)[0].lower()
    if scheme not in ("http", "https"):
        raise FetchError(url, f"is not fetched: only http and https URLs are (not {scheme}:)")
    if not re.match(r"^https?://[^/?#\s]+", url, re.IGNORECASE):
        raise FetchError(url, "is not a URL with a host name")
    return url


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def too_large(size: int, limit: int) -> str:
    return f"sends more than {limit / 1e6:.0f} MB ({size / 1e6:.0f} MB or more); not read"


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows at most MAX_REDIRECTS redirects, and only to http or https."""

    max_redirections = MAX_REDIRECTS
    max_repeats = 2

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        try:
            check_url(newurl)
        except FetchError as error:
            raise urllib.error.URLError(f"redirected to {error.reason}") from None
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class UrlFetcher:
    """Fetches with urllib: a deadline for the whole answer, a size limit read in chunks."""

    def __init__(
        self, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = MAX_FETCH_BYTES, user_agent: str = USER_AGENT
    ) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.user_agent = user_agent
        self._opener = urllib.request.build_opener(_Redirects())

    def fetch(self, url: str) -> Fetched:
        check_url(url)
        deadline = time.monotonic() + self.timeout
        request = urllib.request.Request(url, headers={"User-Agent": self.user_agent, "Accept": "*/*"})
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                length = response.headers.get("Content-Length")
                if length and length.isdigit() and int(length) > self.max_bytes:
                    raise FetchError(url, too_large(int(length), self.max_bytes))
                chunks, size = [], 0
                while True:
                    if time.monotonic() > deadline:
                        raise FetchError(url, f"took longer than {self.timeout:.0f} s; given up")
                    chunk = response.read(65536)
                    if not chunk:
                        break
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise FetchError(url, too_large(size, self.max_bytes))
                    chunks.append(chunk)
                return Fetched(
                    url=url,
                    final_url=response.geturl(),
                    content_type=response.headers.get_content_type()
                    if response.headers.get("Content-Type")
                    else "",
                    body=b"".join(chunks),
                    retrieved=now(),
                )
        except urllib.error.HTTPError as error:
            if error.code in (301, 302, 303, 307, 308):
                if "not allowed" in str(error.msg):  # urllib's own refusal of file:, data: …
                    raise FetchError(
                        url, "redirects elsewhere than http or https; only http and https are fetched"
                    ) from None
                raise FetchError(url, "redirects in a loop or too often; given up") from None
            raise FetchError(url, f"answered {error.code} {error.reason}") from None
        except urllib.error.URLError as error:
            reason = error.reason
            if isinstance(reason, (socket.timeout, TimeoutError)):
                raise FetchError(url, f"did not answer within {self.timeout:.0f} s") from None
            raise FetchError(url, f"cannot be fetched ({reason})") from None
        except (socket.timeout, TimeoutError):
            raise FetchError(url, f"did not answer within {self.timeout:.0f} s") from None
        except OSError as error:
            raise FetchError(url, f"cannot be fetched ({error})") from None
        except ValueError as error:  # http.client on a malformed answer
            raise FetchError(url, f"sent a malformed answer ({error})") from None


def extension(content_type: str, url: str) -> str:
    """The file name ending a fetched body is kept under, from its type, else from its URL."""
    for word, suffix in _EXTENSIONS:
        if word in content_type.lower():
            return suffix
    tail = Path(url.split("?", 1)[0].split("#", 1)[0]).suffix.lower()
    return tail if re.fullmatch(r"\.[a-z0-9]{1,5}", tail) else ".bin"


class FetchedStore:
    """Fetched bodies in one folder, each with a `.fetch` file (JSON: url, final_url,
    content_type, retrieved); a file is named after its URL's hash, so a URL maps to one file."""

    def __init__(self, folder: os.PathLike | str) -> None:
        self.folder = Path(folder)

    def _stem(self, url: str) -> str:
        return hashlib.sha256(url.encode("utf-8")).hexdigest()[:20]

    def get(self, url: str) -> Optional[Fetched]:
        for side in self.folder.glob(self._stem(url) + ".*" + _SIDE_SUFFIX):
            try:
                info = json.loads(side.read_text(encoding="utf-8"))
                body_path = side.with_name(side.name[: -len(_SIDE_SUFFIX)])
                if info.get("url") != url:
                    continue
                return Fetched(
                    url=url,
                    final_url=info.get("final_url") or url,
                    content_type=info.get("content_type") or "",
                    body=body_path.read_bytes(),
                    retrieved=info.get("retrieved") or "",
                    path=str(body_path),
                )
            except (OSError, ValueError):
                continue
        return None

    def put(self, fetched: Fetched) -> Fetched:
        self.folder.mkdir(parents=True, exist_ok=True)
        body_path = self.folder / (
            self._stem(fetched.url) + extension(fetched.content_type, fetched.final_url)
        )
        _atomic_write(body_path, fetched.body)
        info = {
            "url": fetched.url,
            "final_url": fetched.final_url,
            "content_type": fetched.content_type,
            "retrieved": fetched.retrieved,
            "bytes": len(fetched.body),
        }
        side = body_path.with_name(body_path.name + _SIDE_SUFFIX)
        _atomic_write(side, json.dumps(info, ensure_ascii=False, indent=1).encode("utf-8"))
        return Fetched(**{**fetched.__dict__, "path": str(body_path)})


def stored_origin(path: os.PathLike | str) -> Optional[dict]:
    """The URL and retrieval time a file kept by FetchedStore came from, or None."""
    side = Path(str(path) + _SIDE_SUFFIX)
    try:
        info = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return info if isinstance(info, dict) and info.get("url") else None


def _atomic_write(path: Path, data: bytes) -> None:
    handle, partial = tempfile.mkstemp(prefix=path.name + ".", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(partial, path)
    except BaseException:
        os.unlink(partial)
        raise


class StoredFetcher:
    """Reads a URL from the store when it was fetched before (offline, the same text), else
    fetches it with `fetcher` and stores it; `refresh` fetches again. Without a fetcher only
    stored URLs are read."""

    def __init__(self, store: FetchedStore, fetcher: Optional[Fetcher] = None, refresh: bool = False) -> None:
        self.store = store
        self.fetcher = fetcher
        self.refresh = refresh

    def fetch(self, url: str) -> Fetched:
        check_url(url)
        if not self.refresh:
            kept = self.store.get(url)
            if kept is not None:
                return kept
        if self.fetcher is None:
            raise FetchError(
                url, f"was not fetched before and fetching is off (nothing in {self.store.folder})"
            )
        return self.store.put(self.fetcher.fetch(url))
