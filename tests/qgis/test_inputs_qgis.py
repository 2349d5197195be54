"""Inputs that need Qt or QGIS: a multi-page PDF report written here with Qt's QPdfWriter (running
header, footer, page numbers, ligatures, a hyphenated line end, the date at the top), and URLs
fetched through QGIS's network manager in a background task from a local HTTP server."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QFont, QPageSize, QPainter, QPdfWriter

from frontline.plugin.core.articles.fetch import FetchedStore, FetchError, StoredFetcher
from frontline.plugin.core.articles.reading import read_article, read_articles
from frontline.plugin.core.pipeline import Pipeline, extraction_record
from frontline.plugin.qgis.network import QgisFetcher, fetch_articles

DATA = Path(__file__).resolve().parents[1] / "data" / "inputs"
HEADER = "Lagebericht Irak – Ausgabe 3/2017"
PAGES = [
    "Stand: 4. November 2017\n\nZusammenfassung der Lage am Euphrat\n\n"
    "Die irakische Armee hat den Stadtrand von al-Qaim erreicht. Nach Angaben der Oﬃziere begann die "
    "Offen-\nsive am Donnerstag aus Richtung Akashat.",
    "Auf der syrischen Seite der Grenze rückten Regierungstruppen auf Abu Kamal vor. Die Deﬁnition der "
    "Frontlinie bleibt schwierig, weil sich die Lage stündlich ändert.",
    "Hilfsorganisationen erwarten Flüchtlinge aus al-Qaim. Die Versorgung der Lager gilt als gesichert.",
]
FOOTER = "Herausgegeben in Hamburg · Seite {page} von 3"


def _write_report(path: Path) -> None:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(72)
    writer.setTitle("")
    painter = QPainter(writer)
    font = QFont("DejaVu Sans")
    font.setPointSize(11)
    painter.setFont(font)
    for number, text in enumerate(PAGES, start=1):
        if number > 1:
            writer.newPage()
        painter.drawText(QRectF(50, 30, 495, 20), int(Qt.AlignmentFlag.AlignLeft), HEADER)
        top = 80.0
        for paragraph in text.split("\n\n"):
            for line in paragraph.split("\n"):
                rect = painter.boundingRect(QRectF(50, top, 495, 400), int(Qt.TextFlag.TextWordWrap), line)
                painter.drawText(QRectF(50, top, 495, 400), int(Qt.TextFlag.TextWordWrap), line)
                top += rect.height()
            top += 14
        painter.drawText(
            QRectF(50, 800, 495, 20), int(Qt.AlignmentFlag.AlignLeft), FOOTER.format(page=number)
        )
    painter.end()


def test_a_multipage_pdf_report_is_read_in_order_without_its_running_lines(qgis_app, tmp_path, gazetteer):
    pytest.importorskip("pypdf")
    path = tmp_path / "lagebericht.pdf"
    _write_report(path)
    article = read_article(path)
    assert article.format == "pdf"
    assert len(article.pages) == 3
    assert (article.published.value, article.published.source) == ("2017-11-04", "pdf")
    text = article.text
    for running in ("Lagebericht Irak", "Seite 2 von 3", "Hamburg"):
        assert running not in text
    assert "Offiziere" in text  # ligature ﬃ normalised
    assert "Definition" in text
    assert "Offensive am Donnerstag" in text  # hyphen at the line end joined
    assert text.index("al-Qaim erreicht") < text.index("Abu Kamal vor") < text.index("Flüchtlinge")
    assert article.page_of(text.index("Abu Kamal")) == 2

    result = Pipeline(gazetteer).process(article)
    record = extraction_record([result])["articles"][0]
    pages = {p["text"]: p["page"] for p in record["places"]}
    assert pages["Abu Kamal"] == 2
    assert pages["Akashat"] == 1
    assert "Hamburg" not in pages


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        if self.path == "/page":
            body = (DATA / "news_page_de.html").read_bytes()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
        elif self.path == "/slow":
            time.sleep(3)
            body = b"<html></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
        elif self.path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(200):
                    self.wfile.write(b"x" * 65536)
            except OSError:
                pass
            return
        else:
            body = b"gone"
            self.send_response(404)
            self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_qgis_fetches_through_its_network_manager_with_the_same_limits(qgis_app, server, tmp_path):
    fetcher = QgisFetcher(timeout=1.0, max_bytes=1_000_000)
    page = fetcher.fetch(f"{server}/page")
    assert page.content_type == "text/html"
    assert b"al-Qaim" in page.body
    for path, reason in (
        ("/missing", "answered 404"),
        ("/slow", "did not answer within 1 s"),
        ("/huge", "sends more than 1 MB"),
    ):
        started = time.monotonic()
        with pytest.raises(FetchError, match=reason):
            fetcher.fetch(f"{server}{path}")
        assert time.monotonic() - started < 5
    with pytest.raises(FetchError, match="only http and https"):
        fetcher.fetch("file:///etc/passwd")

    stored = StoredFetcher(FetchedStore(tmp_path), fetcher)
    articles, problems = read_articles([f"{server}/page", f"{server}/missing"], fetcher=stored)
    assert [a.title for a in articles] == ["Irakische Armee rückt auf al-Qaim vor"]
    assert "answered 404" in problems[0].reason


def test_fetch_articles_runs_in_a_task_and_hands_back_articles_and_problems(qgis_app, server, tmp_path):
    done = []
    task = fetch_articles(
        [f"{server}/page", f"{server}/missing"], str(tmp_path), lambda a, p: done.append((a, p))
    )
    deadline = time.monotonic() + 30
    while not done and time.monotonic() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.02)
    articles, problems = done[0]
    assert task.progress() == 100
    assert [(a.title, a.published.value) for a in articles] == [
        ("Irakische Armee rückt auf al-Qaim vor", "2017-11-03")
    ]
    assert articles[0].retrieved is not None
    assert Path(articles[0].path).parent == tmp_path
    assert "answered 404" in problems[0].reason
