"""URLs: a local HTTP server (in the test, on 127.0.0.1) serves pages, a feed, a PDF-less 404, a
redirect loop, a slow answer and an oversized body; each bad one is reported by name within
seconds and the batch goes on; what was fetched is kept and read again offline."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from frontline.plugin import cli
from frontline.plugin.core.articles.fetch import (
    FetchedStore,
    FetchError,
    StoredFetcher,
    UrlFetcher,
    check_url,
)
from frontline.plugin.core.articles.reading import read_articles

DATA = Path(__file__).resolve().parents[1] / "data" / "inputs"
SLOW_SECONDS = 3.0
PAGE_DE = (DATA / "news_page_de.html").read_bytes()


def _story_page(title: str, body: str, date: str) -> bytes:
    return (
        f'<html lang="en"><head><title>{title}</title><meta property="article:published_time" content="{date}">'
        f"</head><body><nav>Home World Sport</nav><article><h1>{title}</h1><p>{body}</p></article>"
        "<footer>Wire Example, Lisbon newsroom</footer></body></html>"
    ).encode()


LINKED = _story_page(
    "Convoy arrives in Deir ez-Zor",
    "An aid convoy reached Deir ez-Zor on Saturday after a long journey along the Euphrates from the "
    "west. Officials said the trucks carried food and medicine for several thousand families.",
    "2017-11-04T16:00:00Z",
)


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:  # quiet
        pass

    def _send(self, body: bytes, content_type: str, status: int = 200) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        port = self.server.server_address[1]
        if self.path == "/page":
            self._send(PAGE_DE, "text/html; charset=utf-8")
        elif self.path == "/feed":
            feed = (
                (DATA / "feed_atom.xml")
                .read_bytes()
                .replace(b"https://wire.example/convoy", f"http://127.0.0.1:{port}/convoy".encode())
            )
            self._send(feed, "application/atom+xml")
        elif self.path == "/convoy":
            self._send(LINKED, "text/html")
        elif self.path == "/missing":
            self._send(b"<html><body>Not here</body></html>", "text/html", 404)
        elif self.path.startswith("/loop"):
            self.send_response(302)
            self.send_header("Location", "/loop2" if self.path == "/loop" else "/loop")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/to-file":
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/slow":
            time.sleep(SLOW_SECONDS)
            self._send(LINKED, "text/html")
        elif self.path == "/huge-declared":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(100_000_000))
            self.end_headers()
            self.wfile.write(b"<html>" + b" " * 65536)
        elif self.path == "/huge":  # no length given: 100 MB would follow
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(100_000_000 // 65536):
                    self.wfile.write(b"<p>" + b"x" * 65533)
            except OSError:
                pass
        elif self.path == "/image":
            self._send(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png")
        else:
            self._send(b"", "text/plain", 500)


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_pages_and_a_feed_are_fetched_kept_and_read_again_offline(server, tmp_path, pipeline):
    store = FetchedStore(tmp_path / "fetched")
    live = StoredFetcher(store, UrlFetcher(timeout=5))
    articles, problems = read_articles([f"{server}/page", f"{server}/feed"], fetcher=live)
    assert problems == []
    page, wire, convoy = articles
    assert (page.title, page.published.value, page.language) == (
        "Irakische Armee rückt auf al-Qaim vor",
        "2017-11-03",
        "de",
    )
    assert page.url == "https://morgenblatt.example/ausland/al-qaim-vormarsch"  # the page's canonical URL
    assert page.retrieved is not None
    assert Path(page.path).parent == tmp_path / "fetched"
    places = {m.text for m in pipeline.process(page).places}
    assert "al-Qaim" in places
    assert "Mossul" not in places
    # a feed URL reads its items; an item with only a summary is read from its linked page
    assert (wire.title, wire.content, wire.published.value) == (
        "Troops reach the outskirts of Abu Kamal",
        "full",
        "2017-11-05",
    )
    assert convoy.url == f"{server}/convoy"
    assert (convoy.title, convoy.content, convoy.source) == (
        "Convoy arrives in Deir ez-Zor",
        "full",
        "Frontline Test Wire",
    )
    assert "thousand families" in convoy.text
    assert "Lisbon" not in convoy.text

    offline = StoredFetcher(store, None)  # no network: the same text from the kept copies
    again, problems = read_articles([f"{server}/page", f"{server}/feed"], fetcher=offline)
    assert problems == []
    assert [(a.text, a.url, a.retrieved) for a in again] == [(a.text, a.url, a.retrieved) for a in articles]
    side = json.loads(Path(page.path + ".fetch").read_text(encoding="utf-8"))
    assert side["url"] == f"{server}/page"
    assert side["retrieved"] == page.retrieved


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing", "answered 404"),
        ("/loop", "redirects in a loop"),
        ("/to-file", "only http and https"),
        ("/slow", "did not answer within 1 s"),
        ("/huge-declared", "sends more than 1 MB (100 MB"),
        ("/huge", "sends more than 1 MB"),
        ("/image", "is not a page Frontline reads (image/png)"),
    ],
)
def test_a_bad_url_is_reported_by_name_within_seconds_and_the_batch_goes_on(server, tmp_path, path, reason):
    fetcher = StoredFetcher(FetchedStore(tmp_path), UrlFetcher(timeout=1.0, max_bytes=1_000_000))
    started = time.monotonic()
    articles, problems = read_articles([f"{server}{path}", f"{server}/page"], fetcher=fetcher)
    assert time.monotonic() - started < SLOW_SECONDS + 2
    assert [a.title for a in articles] == ["Irakische Armee rückt auf al-Qaim vor"]
    assert len(problems) == 1
    assert problems[0].path == f"{server}{path}"
    assert reason in problems[0].reason


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.org/a", "javascript:alert(1)", "http:///x"]
)
def test_only_http_and_https_urls_with_a_host_are_fetched(url):
    with pytest.raises(FetchError):
        check_url(url)


def test_extract_reads_a_url_list_and_names_the_url_in_the_record(server, tmp_path, capsys, gazetteer):
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# two pages\n{server}/page\n\n{server}/missing\n", encoding="utf-8")
    out = tmp_path / "out" / "record.json"
    assert cli.main(["extract", "--urls", str(urls), "--json", str(out)]) == 0
    record = json.loads(out.read_text(encoding="utf-8"))
    (article,) = record["articles"]
    assert article["url"] == "https://morgenblatt.example/ausland/al-qaim-vormarsch"
    assert article["retrieved"]
    assert article["story"] == article["id"]
    assert Path(article["path"]).parent == tmp_path / "out" / "fetched"
    assert any(p["name"].startswith("Al Q") or p["text"] == "al-Qaim" for p in article["places"])
    assert "answered 404" in record["problems"][0]["reason"]
    assert "skipped:" not in capsys.readouterr().out
    # offline re-run: the same record from the kept copy
    again = tmp_path / "out" / "again.json"
    assert (
        cli.main(
            [
                "extract",
                "--offline",
                "--fetched",
                str(tmp_path / "out" / "fetched"),
                f"{server}/page",
                "--json",
                str(again),
            ]
        )
        == 0
    )
    assert json.loads(again.read_text(encoding="utf-8"))["articles"] == record["articles"]
