"""Python's garbage collector runs on the UI thread only (as Anki's aqt does).

Left automatic, a collection can start on a worker thread (unlock, backup, PDF) and free a Qt
object that belongs to the UI thread: a crash. So automatic collection is off and a timer on the
UI thread collects, generation by generation, when the counts pass Python's own thresholds.
"""

from __future__ import annotations

import gc

from screener.ui.qt import QObject, QTimer

INTERVAL_MS = 1000


class GarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setObjectName("garbageCollectorTimer")
        self.timer.timeout.connect(self.check)
        self.timer.start(INTERVAL_MS)

    def check(self) -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):  # the oldest due generation (it collects the younger ones too)
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return
