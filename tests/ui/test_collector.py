"""Python's cycle collector runs from the window's event loop between touches (kiosk/ui/collector.py):
not inside a press because allocations triggered it, not on a worker's thread, not while a finger is
down; and automatic collection is back once the window is gone."""

from __future__ import annotations

import gc
import threading
import weakref
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from ui_driver import Driver

from kiosk.ui.collector import IdleCollector, freeze_startup


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the cycle collector frees it


def garbage(n: int = 2000) -> weakref.ref[Node]:
    """``n`` cycles made and dropped, more than the youngest generation's threshold; one watched."""
    first = Node()
    watched = weakref.ref(first)
    del first
    for _ in range(n):
        Node()
    return watched


def collections_on_threads() -> tuple[list[str], Any]:
    seen: list[str] = []

    def callback(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            seen.append(threading.current_thread().name)

    gc.callbacks.append(callback)
    return seen, callback


def test_collection_waits_for_the_event_loop_and_then_happens(kiosk: Driver) -> None:
    collector: IdleCollector = kiosk.window.collector
    assert not gc.isenabled()
    collector.timer.setInterval(50)
    seen, callback = collections_on_threads()
    try:
        watched = garbage()
        assert watched() is not None  # nothing collected while the code that made it runs
        kiosk.qtbot.waitUntil(lambda: watched() is None, timeout=5000)
    finally:
        gc.callbacks.remove(callback)
    assert seen and set(seen) == {threading.main_thread().name}


def test_a_worker_thread_never_collects(kiosk: Driver) -> None:
    kiosk.window.collector.timer.stop()
    seen, callback = collections_on_threads()
    watched: list[weakref.ref[Node]] = []
    try:
        worker = threading.Thread(target=lambda: watched.append(garbage(20000)), name="worker")
        worker.start()
        worker.join()
    finally:
        gc.callbacks.remove(callback)
    assert "worker" not in seen
    assert watched[0]() is not None  # left for the UI thread's collector


def test_no_collection_while_a_finger_is_down(kiosk: Driver) -> None:
    collector: IdleCollector = kiosk.window.collector
    collector.timer.setInterval(30)
    window = kiosk.window
    handle = window.windowHandle()
    at = window.mapFromGlobal(window.home.mapToGlobal(window.home.rect().center()))
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    watched = garbage()
    kiosk.qtbot.wait(300)  # ten ticks with the finger down
    assert watched() is not None
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    kiosk.qtbot.waitUntil(lambda: watched() is None, timeout=5000)


def test_shutting_the_window_gives_automatic_collection_back(kiosk: Driver) -> None:
    assert not gc.isenabled()
    kiosk.window.shutdown()
    assert gc.isenabled()


def test_freeze_keeps_what_lives_now_out_of_later_passes() -> None:
    gc.unfreeze()
    try:
        freeze_startup()
        frozen = gc.get_freeze_count()
        assert frozen > 1000
        watched = garbage(10)  # made after: collected as usual
        gc.collect()
        assert watched() is None
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


def test_a_button_held_for_ever_does_not_stop_collection(kiosk: Driver) -> None:
    """A touch screen that lost a release (the button seems held for good) delays collection, no more."""
    collector: IdleCollector = kiosk.window.collector
    collector.timer.setInterval(5)
    window = kiosk.window
    handle = window.windowHandle()
    at = window.mapFromGlobal(window.home.mapToGlobal(window.home.rect().center()))
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    try:
        watched = garbage()
        kiosk.qtbot.waitUntil(lambda: watched() is None, timeout=5000)
    finally:
        QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
