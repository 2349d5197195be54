"""A task shares Python's lock with QGIS's interface: under QuickHandover the switch interval is
short and `breathe()` pauses the task every few milliseconds; outside a task it costs nothing."""

from __future__ import annotations

import sys
import threading
import time

from frontline.plugin.qgis import pacing


def busy(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


def test_a_task_under_quick_handover_pauses_every_few_milliseconds(monkeypatch):
    pauses: list[float] = []
    real_sleep = time.sleep
    monkeypatch.setattr(pacing.time, "sleep", lambda s: (pauses.append(s), real_sleep(s)))
    seen: dict = {}

    def task() -> None:
        with pacing.QuickHandover():
            seen["interval"] = sys.getswitchinterval()
            for _ in range(40):  # 40 ms of work, a breath asked for every millisecond
                busy(0.001)
                pacing.breathe()

    before = sys.getswitchinterval()
    worker = threading.Thread(target=task)
    worker.start()
    worker.join()
    assert seen["interval"] <= 0.001
    assert sys.getswitchinterval() == before  # restored when the task ends
    # one pause per BREATHE_EVERY_S of work, not one per call
    expected = 0.040 / pacing.BREATHE_EVERY_S
    assert expected / 2 <= len(pauses) <= expected + 1
    assert all(p == pacing.PAUSE_S for p in pauses)


def test_breathing_outside_a_task_never_pauses(monkeypatch):
    pauses: list[float] = []
    monkeypatch.setattr(pacing.time, "sleep", pauses.append)
    for _ in range(10):
        busy(0.001)
        pacing.breathe()
    with pacing.QuickHandover():
        pass
    for _ in range(10):  # after a handover ended, as before it
        busy(0.001)
        pacing.breathe()
    assert pauses == []
