"""Running the backend's blocking calls off the UI thread, with a timeout, results back by signal.

A call runs in a :class:`QThreadPool` worker; its result or exception crosses back to the UI thread
through a queued signal. When the timeout passes first, the caller is told at once and a late answer is
dropped. :meth:`TaskRunner.cancel_all` drops every pending answer (the session was wiped).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(int, object, object)  # task id, result, exception


class _Job(QRunnable):
    def __init__(self, task_id: int, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.task_id, self.fn, self.signals = task_id, fn, signals

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # every failure becomes a signal, never a silent death
            self.signals.done.emit(self.task_id, None, exc)
        else:
            self.signals.done.emit(self.task_id, result, None)


class TaskRunner(QObject):
    """Signals: ``busy_changed(bool)`` — whether any call is under way (the spinner follows it)."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, default_timeout_s: float = 15.0) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self.default_timeout_s = default_timeout_s
        self._signals = _Signals(self)
        self._signals.done.connect(self._finish)
        self._next_id = 0
        self._callbacks: dict[int, tuple[Callable[[Any], None], Callable[[Exception], None]]] = {}
        self._timers: dict[int, QTimer] = {}

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        timeout_s: float | None = None,
    ) -> int:
        self._next_id += 1
        task_id = self._next_id
        was_busy = self.busy
        self._callbacks[task_id] = (on_done, on_error)
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: self._time_out(task_id))
        timer.start(int((timeout_s or self.default_timeout_s) * 1000))
        self._timers[task_id] = timer
        self.pool.start(_Job(task_id, fn, self._signals))
        if not was_busy:
            self.busy_changed.emit(True)
        return task_id

    @Slot(int, object, object)
    def _finish(self, task_id: int, result: Any, error: Exception | None) -> None:
        callbacks = self._callbacks.pop(task_id, None)
        timer = self._timers.pop(task_id, None)
        if timer is not None:
            timer.stop()
            timer.deleteLater()
        if callbacks is None:
            return  # timed out or cancelled earlier: the late answer is dropped
        if not self.busy:
            self.busy_changed.emit(False)
        on_done, on_error = callbacks
        if error is not None:
            log.info("background call failed: %s", type(error).__name__)
            on_error(error)
        else:
            on_done(result)

    def _time_out(self, task_id: int) -> None:
        # Imported here: the window's runners exist before the first paint, the backend's types after.
        from kiosk.ui.backend import BackendOffline

        self._finish(task_id, None, BackendOffline("timeout"))

    def cancel_all(self) -> None:
        for timer in self._timers.values():
            timer.stop()
            timer.deleteLater()
        self._timers.clear()
        had = self.busy
        self._callbacks.clear()
        if had:
            self.busy_changed.emit(False)

    def shutdown(self, wait_ms: int = 3000) -> None:
        self.cancel_all()
        self.pool.waitForDone(wait_ms)
