"""Python's cycle collector runs from the kiosk's event loop, between touches, not when allocations
happen to trigger it.

Left automatic, the collector runs whenever enough objects were made since the last run, which is
exactly while a Next press builds and shows a page: a young-generation pass of 1–5 ms, now and then a
full pass of tens of milliseconds, landing inside the press (docs/PERFORMANCE.md "Next press, fourth
round"). It could also run on the sync worker's or a task's thread and free Qt objects there, which Qt
does not allow. So, while the window is up, automatic collection is off and a timer on the UI thread
collects each generation once it has as many objects waiting as Python's own thresholds would have
let through — never while a finger is on the screen. :func:`freeze_startup` moves what the start made for
good (modules, classes, the screens) out of the collector's way, so that a full pass walks only what
sessions made.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

INTERVAL_MS = 1000
# A finger held this many ticks (or a touch screen that lost a release) no longer holds collection back.
MAX_HELD_TICKS = 30


class IdleCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.thresholds = gc.get_threshold()
        self.runs = [0, 0, 0]
        self._held = 0
        self._was_enabled = gc.isenabled()

    def start(self) -> None:
        self._was_enabled = gc.isenabled()
        gc.disable()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self._was_enabled:
            gc.enable()

    def check(self) -> None:
        """Collect the generations whose counts passed the thresholds (as Python would have)."""
        if QApplication.mouseButtons().value and self._held < MAX_HELD_TICKS:
            self._held += 1  # a finger is down: its release is due any moment
            return
        self._held = 0
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)  # an older generation's pass includes the younger ones
                self.runs[generation] += 1
                return


def freeze_startup() -> None:
    """Collect once, then leave everything alive now out of later passes (``gc.freeze``): call it
    once the kiosk has started; objects made later are collected as usual."""
    gc.collect()
    gc.freeze()
