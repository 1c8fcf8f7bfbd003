"""The "please wait" layer: a call that answers within the grace period never opens it (a look-up from
the loopback goes straight to its page); a slower one opens it, and it closes with the answer
(kiosk/ui/window.py, docs/PERFORMANCE.md)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QEvent, QObject
from ui_driver import Driver

from kiosk.ui.window import BUSY_GRACE_MS

RELEASE = threading.Event()


class Shown(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self.count += 1
        return False


def test_a_quick_look_up_never_opens_the_layer(kiosk: Driver) -> None:
    shown = Shown()
    kiosk.window.busy.installEventFilter(shown)
    kiosk.touch("tile_household")
    kiosk.type_hardware("field_fin", "5ZK2M8P")
    kiosk.type_hardware("field_mobile", "0501234567")
    kiosk.next()
    kiosk.qtbot.waitUntil(lambda: not kiosk.window.runner.busy)
    kiosk.wait_step("applicant")
    assert shown.count == 0


@pytest.mark.parametrize("backend_options", [{"lookup_delay": RELEASE}])
def test_a_slow_look_up_opens_the_layer_until_it_answers(kiosk: Driver) -> None:
    RELEASE.clear()
    kiosk.touch("tile_household")
    kiosk.type_hardware("field_fin", "5ZK2M8P")
    kiosk.type_hardware("field_mobile", "0501234567")
    kiosk.next()
    assert kiosk.window.runner.busy and not kiosk.window.busy.isVisible()
    kiosk.qtbot.waitUntil(kiosk.window.busy.isVisible, timeout=BUSY_GRACE_MS * 20)
    RELEASE.set()
    kiosk.qtbot.waitUntil(lambda: not kiosk.window.runner.busy)
    assert not kiosk.window.busy.isVisible()
