"""One application-wide event filter for everything that watches the applicant's input.

The window (idle timer, events held back while a call starts), staff mode (its idle timer), the corner
gesture and the lock-down each need to see touches, clicks and keys wherever they land, so each was an
event filter on the application. Qt hands an application filter *every* event of every object — a Next
press sends ~150 (show, hide, layout, paint, timers…) — and each call into a Python filter costs
microseconds: four of them took about a quarter of a page change (docs/PERFORMANCE.md "Next press,
fourth round"). Here one filter, installed once per application, drops every event that is not input
(or a window's close) with one type check and hands the rest to the watchers.

A watcher is a ``QObject`` with Qt's ``eventFilter(watched, event) -> bool``; the watchers are asked in
the order Qt asks application filters (the last added first) and the first that returns True stops the
event, as it would have.

What the applicant does elsewhere — a photo sent from their phone to the kiosk — is not an event of this
application; :func:`applicant_activity` says it happened, and the hub's ``activity`` signal tells whoever
keeps time (the window's idle timer).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QCloseEvent, QInputEvent
from PySide6.QtWidgets import QApplication

# Mouse, touch, key (with ShortcutOverride), wheel and tablet events are all QInputEvents.
_WATCHED = (QInputEvent, QCloseEvent)


class InputWatch(QObject):
    """The application's one input filter; :func:`watch` and :func:`unwatch` add and remove watchers.

    Signals: ``activity()`` — the applicant did something the kiosk learnt of otherwise than by an event."""

    activity = Signal()

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._watchers: list[QObject] = []
        app.installEventFilter(self)

    def add(self, watcher: QObject) -> None:
        if watcher not in self._watchers:
            self._watchers.append(watcher)

    def remove(self, watcher: QObject) -> None:
        if watcher in self._watchers:
            self._watchers.remove(watcher)

    @property
    def watchers(self) -> tuple[QObject, ...]:
        return tuple(self._watchers)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, _WATCHED):
            return False
        for watcher in reversed(self._watchers):
            if not shiboken6.isValid(watcher):  # deleted without being removed
                self._watchers.remove(watcher)
                continue
            if watcher.eventFilter(watched, event):  # type: ignore[arg-type]
                return True
        return False


_hub: list[InputWatch] = []  # the one of the running application


def _instance(app: QApplication) -> InputWatch:
    if _hub and shiboken6.isValid(_hub[0]) and _hub[0].parent() is app:
        return _hub[0]
    _hub[:] = [InputWatch(app)]
    return _hub[0]


def watch(watcher: QObject) -> None:
    """Let ``watcher.eventFilter`` see every input event of the application (and windows' close)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        _instance(app).add(watcher)


def unwatch(watcher: QObject) -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        _instance(app).remove(watcher)


def hub() -> InputWatch | None:
    """The running application's input watch (made on first use), or None without an application."""
    app = QApplication.instance()
    return _instance(app) if isinstance(app, QApplication) else None


def applicant_activity() -> None:
    """The applicant acted away from the screen (their phone sent a photo): as good as a touch."""
    found = hub()
    if found is not None:
        found.activity.emit()
