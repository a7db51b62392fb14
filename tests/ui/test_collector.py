"""The garbage collector runs on the UI thread only: automatic collection is off, the timer
collects once Python's thresholds are passed."""

from __future__ import annotations

import gc

from screener.ui.collector import GarbageCollector


def test_collects_on_the_ui_thread_only(qapp):
    enabled = gc.isenabled()
    collector = GarbageCollector()
    try:
        assert not gc.isenabled() and collector.timer.isActive()
        for _ in range(collector.thresholds[0] + 10):
            a: list = []
            a.append(a)  # a cycle: only a collection frees it
        assert gc.get_count()[0] > collector.thresholds[0]
        collector.check()
        assert gc.get_count()[0] < collector.thresholds[0]
    finally:
        collector.timer.stop()
        if enabled:
            gc.enable()
