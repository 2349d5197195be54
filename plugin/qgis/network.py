"""Fetching articles' URLs inside QGIS: through QGIS's network manager, so the user's proxy and
authentication settings apply, in a background task with progress and Cancel.

`QgisFetcher` is core's `Fetcher` (articles/fetch.py) over QgsBlockingNetworkRequest: the same
limits as the command line's urllib fetcher (http and https only, a deadline, a size limit).
`fetch_articles` starts a `FetchArticlesTask` that reads URLs (pages, PDFs, feeds) into articles,
keeping what it fetched in a folder (the project's) so a re-run reads the same text offline; the
dock calls it and gets the articles and problems back on the main thread.
"""

from __future__ import annotations

import threading
from typing import Callable, Optional, Sequence

from qgis.core import QgsApplication, QgsBlockingNetworkRequest, QgsFeedback, QgsTask
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtNetwork import QNetworkRequest

from ..core.articles.exports import FieldNames
from ..core.articles.fetch import (
    DEFAULT_TIMEOUT,
    MAX_FETCH_BYTES,
    USER_AGENT,
    Fetched,
    FetchedStore,
    FetchError,
    StoredFetcher,
    check_url,
    now,
    too_large,
)
from ..core.articles.model import Article, ReadProblem
from ..core.articles.reading import iter_articles

__all__ = ["FetchArticlesTask", "QgisFetcher", "fetch_articles"]

_NO_ERROR = QgsBlockingNetworkRequest.ErrorCode.NoError
_STATUS = QNetworkRequest.Attribute.HttpStatusCodeAttribute


class QgisFetcher:
    """Fetches one URL at a time with QgsBlockingNetworkRequest (safe in a task's thread)."""

    def __init__(
        self,
        timeout: float = DEFAULT_TIMEOUT,
        max_bytes: int = MAX_FETCH_BYTES,
        authcfg: str = "",
        cancelled: Optional[Callable[[], bool]] = None,
    ) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.authcfg = authcfg
        self.cancelled = cancelled or (lambda: False)
        self._feedback: Optional[QgsFeedback] = None

    def cancel(self) -> None:
        """Abort the request in flight (Cancel in the task manager)."""
        if self._feedback is not None:
            self._feedback.cancel()

    def fetch(self, url: str) -> Fetched:
        check_url(url)
        if self.cancelled():
            raise FetchError(url, "was not fetched: cancelled")
        request = QNetworkRequest(QUrl(url))
        request.setRawHeader(b"User-Agent", USER_AGENT.encode("ascii"))
        blocking = QgsBlockingNetworkRequest()
        if self.authcfg:
            blocking.setAuthCfg(self.authcfg)
        feedback = self._feedback = QgsFeedback()
        why: list[str] = []

        def progress(received: int, total: int) -> None:
            if max(received, total) > self.max_bytes and not why:
                why.append(too_large(max(received, total), self.max_bytes))
                feedback.cancel()

        def deadline() -> None:
            if not why:
                why.append(f"did not answer within {self.timeout:.0f} s; given up")
            feedback.cancel()

        blocking.downloadProgress.connect(progress)
        timer = threading.Timer(self.timeout, deadline)
        timer.start()
        try:
            error = blocking.get(request, True, feedback)
        finally:
            timer.cancel()
            self._feedback = None
        reply = blocking.reply()
        if why:
            raise FetchError(url, why[0])
        if self.cancelled() or feedback.isCanceled():
            raise FetchError(url, "was not fetched: cancelled")
        status = reply.attribute(_STATUS)
        status = int(status) if status not in (None, "") else 0
        if status >= 400:
            raise FetchError(url, f"answered {status}")
        if error != _NO_ERROR:
            message = blocking.errorMessage() or "network error"
            if "redirect" in message.lower():
                raise FetchError(url, "redirects in a loop or too often; given up")
            raise FetchError(url, f"cannot be fetched ({message})")
        body = bytes(reply.content())
        if len(body) > self.max_bytes:
            raise FetchError(url, too_large(len(body), self.max_bytes))
        content_type = bytes(reply.rawHeader(b"Content-Type")).decode("latin-1").split(";")[0].strip().lower()
        final = reply.request().url().toString() or url
        check_url(final)
        return Fetched(url=url, final_url=final, content_type=content_type, body=body, retrieved=now())


class FetchArticlesTask(QgsTask):
    """Reads URLs into articles in the background; `articles` and `problems` are plain data, handed
    to `on_done` on the main thread when the task ends (also after Cancel, with what was read)."""

    def __init__(
        self,
        urls: Sequence[str],
        folder: str,
        on_done: Optional[Callable[[list[Article], list[ReadProblem]], None]] = None,
        *,
        batch_date: Optional[str] = None,
        language: Optional[str] = None,
        fields: Optional[FieldNames] = None,
        refresh: bool = False,
        timeout: float = DEFAULT_TIMEOUT,
        authcfg: str = "",
    ) -> None:
        super().__init__("Frontline: fetching articles", QgsTask.Flag.CanCancel)
        self.urls = list(urls)
        self.folder = str(folder)
        self.on_done = on_done
        self.read = dict(batch_date=batch_date, language=language, fields=fields)
        self.fetcher = QgisFetcher(timeout=timeout, authcfg=authcfg, cancelled=self.isCanceled)
        self.refresh = refresh
        self.articles: list[Article] = []
        self.problems: list[ReadProblem] = []

    def cancel(self) -> None:
        self.fetcher.cancel()
        super().cancel()

    def run(self) -> bool:
        stored = StoredFetcher(FetchedStore(self.folder), self.fetcher, refresh=self.refresh)
        try:
            for number, url in enumerate(self.urls, start=1):
                if self.isCanceled():
                    return False
                for item in iter_articles([url], fetcher=stored, **self.read):
                    (self.problems if isinstance(item, ReadProblem) else self.articles).append(item)
                self.setProgress(100.0 * number / max(1, len(self.urls)))
        except Exception as error:  # a task must not raise into QGIS
            self.problems.append(ReadProblem("", f"fetching stopped: {type(error).__name__}: {error}"))
            return False
        return True

    def finished(self, result: bool) -> None:
        if self.on_done is not None:
            self.on_done(self.articles, self.problems)


def fetch_articles(
    urls: Sequence[str],
    folder: str,
    on_done: Callable[[list[Article], list[ReadProblem]], None],
    **options,
) -> FetchArticlesTask:
    """Start fetching `urls` (pages, PDFs, feeds) into articles in QGIS's task manager, keeping the
    fetched bytes in `folder`; `on_done(articles, problems)` runs on the main thread at the end.
    Options: batch_date, language, fields, refresh, timeout, authcfg (an authentication config id)."""
    task = FetchArticlesTask(urls, folder, on_done, **options)
    QgsApplication.taskManager().addTask(task)
    return task
