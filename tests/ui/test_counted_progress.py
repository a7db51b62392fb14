"""A counted long job shows a bar that fills (the export), not a spinner."""

from __future__ import annotations

import threading

from screener.ui import operations
from screener.ui.qt import QProgressDialog, QWidget


def test_a_counted_job_fills_the_progress_bar(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    release = threading.Event()
    results: list[object] = []

    def work(step):  # type: ignore[no-untyped-def]
        step(1, 4)
        step(2, 4)
        release.wait(10)
        step(4, 4)
        return "done"

    operations.run_long(parent, "Writing...", work, results.append, counted=True)
    dialog = parent.findChild(QProgressDialog, "progressDialog")
    assert dialog is not None and dialog.maximum() == 0  # a spinner until the first count arrives
    qtbot.waitUntil(lambda: dialog.maximum() == 4 and dialog.value() == 2, timeout=5_000)
    release.set()
    qtbot.waitUntil(lambda: results == ["done"], timeout=5_000)
