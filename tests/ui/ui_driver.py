"""Driving the kiosk window as an applicant does: touching widgets and the on-screen keyboard."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QPushButton, QWidget

from kiosk.ui.window import KioskWindow

LEFT = Qt.MouseButton.LeftButton


class Driver:
    def __init__(self, qtbot: Any, window: KioskWindow) -> None:
        self.qtbot, self.window = qtbot, window

    def find(self, name: str, kind: type[QWidget] = QWidget) -> Any:
        widget = self.window.findChild(kind, name)
        assert widget is not None, f"no widget named {name!r}"
        return widget

    def touch(self, target: str | QWidget) -> None:
        widget = self.find(target) if isinstance(target, str) else target
        self.qtbot.waitUntil(widget.isVisible)  # a new widget is shown by a queued call
        assert widget.isEnabled(), f"{widget.objectName()} is disabled"
        if isinstance(widget, QPushButton):
            assert widget.height() >= 60, f"{widget.objectName()} is {widget.height()} px high"
        self.qtbot.mouseClick(widget, LEFT)

    def focus(self, name: str) -> QLineEdit:
        """Touch a field: it takes the focus and the on-screen keyboard comes up."""
        edit = self.find(name, QLineEdit)
        self.window.wizard.scroll.ensureWidgetVisible(edit)
        self.qtbot.mouseClick(edit, LEFT)
        self.qtbot.waitUntil(
            lambda: self.window.keyboard.isVisible() and self.window.keyboard.target is edit
        )
        return edit

    def key(self, key: str) -> None:
        button = self.window.keyboard.key_button(key)
        assert button.height() >= 60
        self.qtbot.mouseClick(button, LEFT)

    def type_on_screen(self, name: str, text: str) -> QLineEdit:
        edit = self.focus(name)
        for char in text:
            self.key(char)
        return edit

    def type_hardware(self, name: str, text: str) -> QLineEdit:
        """Typed by a hardware keyboard or a scanner that types like one."""
        edit = self.focus(name)
        self.qtbot.keyClicks(edit, text)
        return edit

    def next(self) -> None:
        self.touch("next")

    def step(self) -> str:
        wizard = self.window.wizard.wizard
        assert wizard is not None
        return wizard.step.name

    def wait_step(self, name: str) -> None:
        def arrived() -> None:
            wizard = self.window.wizard.wizard
            assert wizard is not None and not self.window.runner.busy
            assert self.step() == name, f"on {self.step()}: {wizard.shown_errors}"

        self.qtbot.waitUntil(arrived)

    def pick_list(self, list_name: str, text: str) -> None:
        widget = self.find(list_name, QListWidget)
        items = widget.findItems(text, Qt.MatchFlag.MatchExactly)
        assert items, f"{text!r} not in {list_name}"
        assert not items[0].isHidden(), f"{text!r} is filtered out"
        widget.scrollToItem(items[0])
        rect = widget.visualItemRect(items[0])
        self.qtbot.mouseClick(widget.viewport(), LEFT, pos=rect.center())

    def label(self, name: str) -> str:
        return str(self.find(name).text())

    def screen(self) -> QWidget:
        return self.window.stack.currentWidget()
