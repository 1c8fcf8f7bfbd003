"""Driving staff mode through the real widgets, and reading every text the dashboard shows."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabWidget,
    QWidget,
)
from ui_driver import Driver

from kiosk.core.tracking import new_code
from kiosk.staff.pin import ScryptCost

FAST = ScryptCost(n=2**8, r=8, p=1)  # the same scrypt, cheaper: the tests try many PINs
PIN = "246810"
LEFT = Qt.MouseButton.LeftButton

# An applicant's data, to be found nowhere on the dashboard in clear.
FIN = "5ZK2M8P"
MOBILE = "+994501234567"
GIVEN, SURNAME = "Rəşad", "Məmmədov"


def payload(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "fin": FIN,
        "mobile": MOBILE,
        "given_name": GIVEN,
        "surname": SURNAME,
        "address": "Bakı, Nizami küç. 15",
        "power_kw": "7.5",
        "phase": 1,
        "period": "standard",
        "district": "Şəki rayonu",
        "property_registry_number": "AB-123456",
        "registration_number": "2024/118",
        "identity_source": "typed",
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def enqueue(outbox: Any, **changes: Any) -> str:
    code = new_code()
    outbox.enqueue(
        service="household", tracking_code=code, payload=payload(**changes), language="en"
    )
    return code


def eventually(check: Any, timeout_s: float = 20.0) -> Any:
    """Poll ``check()`` until it returns something true (the sync worker runs in its own thread)."""
    deadline = time.monotonic() + timeout_s
    while True:
        result = check()
        if result or time.monotonic() > deadline:
            return result
        time.sleep(0.05)


def widget_texts(root: QWidget) -> list[str]:
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText()]
        if isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
    return texts


class StaffDriver(Driver):
    @property
    def mode(self) -> Any:
        return self.window.staff

    def idle(self) -> None:
        self.qtbot.waitUntil(lambda: not self.mode.runner.busy, timeout=20000)

    def hold_corner(self) -> None:
        """Press the top-left corner and keep the finger there until the PIN pad shows."""
        bar = self.window.top_bar
        self.qtbot.mousePress(bar, LEFT, pos=QPoint(8, 8))
        self.qtbot.waitUntil(lambda: self.mode.pinpad.isVisible(), timeout=10000)
        self.qtbot.mouseRelease(bar, LEFT, pos=QPoint(8, 8))

    def type_pin(self, pin: str) -> None:
        for digit in pin:
            self.touch(f"pinDigit_{digit}")
        self.touch("pinOk")
        self.idle()

    def sign_in(self, pin: str = "246810") -> None:
        self.mode.enter()
        self.idle()
        self.type_pin(pin)
        self.qtbot.waitUntil(lambda: self.mode.dashboard.isVisible())
        self.idle()

    def section(self, name: str) -> Any:
        dashboard = self.mode.dashboard
        section = getattr(dashboard, name)
        dashboard.tabs.setCurrentWidget(section)
        self.idle()
        return section

    def pick(self, list_name: str, needle: str) -> None:
        widget = self.find(list_name, QListWidget)
        for i in range(widget.count()):
            if needle in widget.item(i).text():
                widget.setCurrentRow(i)
                return
        raise AssertionError(f"{needle!r} not in {list_name}")

    def dashboard_texts(self) -> str:
        return "\n".join(widget_texts(self.mode.screen))
