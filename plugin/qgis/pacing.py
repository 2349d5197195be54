"""Sharing Python's lock with QGIS's interface while a task computes.

A task thread that calls into C many times a millisecond (GDAL writing a feature, a file read)
lets go of Python's lock for each call and takes it straight back. The main thread, woken by each
release, finds the lock taken again and starts its 1 ms wait anew, so it never asks for the lock
and can wait a tenth of a second for it: QGIS stops reacting. `breathe()`, called in such loops,
pauses the task a fifth of a millisecond every few milliseconds while a `QuickHandover` is active,
which is enough for a waiting main thread to take its turn.
"""

from __future__ import annotations

import sys
import threading
import time

BREATHE_EVERY_S = 0.004
PAUSE_S = 0.0002

_active = threading.local()


class QuickHandover:
    """While a task computes, Python hands its lock to the main thread after 1 ms instead of 5,
    and the task's `breathe()` calls pause; QGIS's interface, whose Python slots wait for the
    lock, reacts sooner."""

    def __enter__(self):
        self.previous = sys.getswitchinterval()
        sys.setswitchinterval(min(self.previous, 0.001))
        _active.since = time.perf_counter()
        return self

    def __exit__(self, *exc):
        sys.setswitchinterval(self.previous)
        _active.since = None
        return False


def breathe() -> None:
    """In a task thread under QuickHandover: pause briefly when the last pause is a few
    milliseconds ago. Elsewhere (the command line, the main thread) it does nothing."""
    since = getattr(_active, "since", None)
    if since is None:
        return
    now = time.perf_counter()
    if now - since >= BREATHE_EVERY_S:
        time.sleep(PAUSE_S)
        _active.since = time.perf_counter()
