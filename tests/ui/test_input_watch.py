"""One application filter for every watcher of the applicant's input (kiosk/ui/input_watch.py): the
watchers see touches and keys, not the hundreds of other events of a screen change, are asked last
added first, and one that keeps an event keeps it from the others and from the widget."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget
from ui_driver import Driver, settle, tap

from kiosk.ui import input_watch


class Recorder(QObject):
    def __init__(self, log: list[str], name: str, keep: set[QEvent.Type] | None = None) -> None:
        super().__init__()
        self.log, self.name, self.keep = log, name, keep or set()
        self.kinds: list[QEvent.Type] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.kinds.append(event.type())
        self.log.append(self.name)
        return event.type() in self.keep


def window_with_button(qtbot: Any) -> tuple[QWidget, QPushButton, list[int]]:
    window = QWidget()
    qtbot.addWidget(window)
    button = QPushButton("Go", window)
    QVBoxLayout(window).addWidget(button)
    clicks: list[int] = []
    button.clicked.connect(lambda: clicks.append(1))
    window.resize(300, 200)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot)
    return window, button, clicks


def test_watchers_see_the_touch_and_nothing_else(qtbot: Any) -> None:
    window, button, clicks = window_with_button(qtbot)
    log: list[str] = []
    first, second = Recorder(log, "first"), Recorder(log, "second")
    input_watch.watch(first)
    input_watch.watch(second)
    try:
        tap(qtbot, button)
        button.setText("Went")  # a relayout and a repaint: not input
        settle(qtbot)
    finally:
        input_watch.unwatch(first)
        input_watch.unwatch(second)
    assert clicks == [1]
    kinds = set(first.kinds)
    assert {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease} <= kinds
    assert not kinds & {QEvent.Type.Paint, QEvent.Type.LayoutRequest, QEvent.Type.Show}
    assert first.kinds == second.kinds
    assert log[:2] == ["second", "first"]  # the last added is asked first, as Qt asks app filters


def test_a_watcher_that_keeps_the_press_stops_the_click_and_the_others(qtbot: Any) -> None:
    window, button, clicks = window_with_button(qtbot)
    log: list[str] = []
    earlier = Recorder(log, "earlier")
    keeper = Recorder(log, "keeper", {QEvent.Type.MouseButtonPress})
    input_watch.watch(earlier)
    input_watch.watch(keeper)
    try:
        tap(qtbot, button)
    finally:
        input_watch.unwatch(earlier)
        input_watch.unwatch(keeper)
    assert clicks == []
    assert QEvent.Type.MouseButtonPress in keeper.kinds
    assert QEvent.Type.MouseButtonPress not in earlier.kinds
    assert QEvent.Type.MouseButtonRelease in earlier.kinds


def test_a_deleted_watcher_is_dropped(qtbot: Any) -> None:
    window, button, clicks = window_with_button(qtbot)
    log: list[str] = []
    gone = Recorder(log, "gone")
    input_watch.watch(gone)
    hub = input_watch._instance(input_watch.QApplication.instance())  # type: ignore[arg-type]
    assert gone in hub.watchers
    import shiboken6

    shiboken6.delete(gone)
    tap(qtbot, button)
    assert clicks == [1]
    assert all(shiboken6.isValid(w) for w in hub.watchers)


def test_the_kiosk_watches_through_the_one_filter(kiosk: Driver) -> None:
    """The window, staff mode, its corner gesture and its lock-down all watch through the hub, and stop
    watching when the window shuts down."""
    window = kiosk.window
    hub = input_watch._instance(input_watch.QApplication.instance())  # type: ignore[arg-type]
    mode = window.staff
    mine = {window, mode, mode.gesture, mode.lockdown}
    assert mine <= set(hub.watchers)
    window.shutdown()
    assert not mine & set(hub.watchers)
