"""Driving the kiosk window as an applicant does: touching widgets and the on-screen keyboard.

Every touch is a finger (:func:`tap`): down at the widget's centre, held while the window reacts (posted
layouts run, so anything the press set off moves widgets), then up at the *same place on the screen*.
Both go to the window, which routes them as it routes a real touch screen's: the release goes to the
pressed widget at the screen point mapped into it, so a button that moved under the finger gets no click.
A test that clicked widgets directly could never see that a press relaid out the screen (issue 14, 1).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QWidget,
)

from kiosk.ui.window import KioskWindow

LEFT = Qt.MouseButton.LeftButton
NO_MODIFIER = Qt.KeyboardModifier.NoModifier
HOLD_MS = 60  # a quick finger; a real tap is about 100 ms


def settle(qtbot: Any) -> None:
    """Run what is queued, nested layouts included (they post their requests level by level)."""
    for _ in range(4):
        QApplication.sendPostedEvents()
        QApplication.processEvents()
    qtbot.wait(1)


def tap(qtbot: Any, widget: QWidget, pos: QPoint | None = None, hold_ms: int = HOLD_MS) -> None:
    """Press ``widget`` at ``pos`` (its centre), let the event loop run, release at the same screen point.

    The press is checked to land on the widget (nothing covers it); the release is not: whatever the
    press changed decides where it lands, as for a finger."""
    settle(qtbot)  # the applicant sees the screen as laid out before touching it
    top = widget.window()
    handle = top.windowHandle()
    assert handle is not None, f"{widget.objectName()} is not in a shown window"
    local = pos if pos is not None else widget.rect().center()
    at = top.mapFromGlobal(widget.mapToGlobal(local))
    under = top.childAt(at)
    assert under is not None and (under is widget or widget.isAncestorOf(under)), (
        f"{widget.objectName() or widget} is covered by {under.objectName() if under else None!r}"
    )
    QTest.mousePress(handle, LEFT, NO_MODIFIER, at)
    qtbot.wait(hold_ms)
    QTest.mouseRelease(handle, LEFT, NO_MODIFIER, at)
    qtbot.wait(1)  # let what the click queued run, as the next frame would


def scroll_into_view(widget: QWidget) -> None:
    """What an applicant does before touching a widget below the fold: scroll until it shows."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if isinstance(parent, QScrollArea):
        parent.ensureWidgetVisible(widget, 20, 20)


class Driver:
    def __init__(self, qtbot: Any, window: KioskWindow) -> None:
        self.qtbot, self.window = qtbot, window

    def find(self, name: str, kind: type[QWidget] = QWidget) -> Any:
        """The widget named ``name`` that is on screen, if one is (the pages of other wizard steps stay
        in the window, hidden, and have their own ``lookupNote``…), else the first so named."""
        widgets = self.window.findChildren(kind, name)
        assert widgets, f"no widget named {name!r}"
        return next((w for w in widgets if w.isVisible()), widgets[0])

    def tap(self, widget: QWidget, pos: QPoint | None = None) -> None:
        tap(self.qtbot, widget, pos)

    def touch(self, target: str | QWidget) -> None:
        widget = self.find(target) if isinstance(target, str) else target
        self.qtbot.waitUntil(widget.isVisible)  # a new widget is shown by a queued call
        assert widget.isEnabled(), f"{widget.objectName()} is disabled"
        if isinstance(widget, QPushButton):
            assert widget.height() >= 60, f"{widget.objectName()} is {widget.height()} px high"
        scroll_into_view(widget)
        self.tap(widget)

    def focus(self, name: str) -> QLineEdit:
        """Touch a field: it takes the focus and the on-screen keyboard comes up."""
        edit = self.find(name, QLineEdit)
        scroll_into_view(edit)
        self.tap(edit)
        self.qtbot.waitUntil(
            lambda: self.window.keyboard.isVisible() and self.window.keyboard.target is edit
        )
        return edit

    def key(self, key: str) -> None:
        button = self.window.keyboard.key_button(key)
        assert button.height() >= 60
        self.tap(button)

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

    def to_water_meters(self) -> None:
        """A water reading, by taps, up to its meters page (the subscriber found in the registry)."""
        self.touch("tile_water_reading")
        self.type_on_screen("field_fin", "5ZK2M8P")
        self.type_hardware("field_mobile", "+994 55 765 43 21")
        self.next()
        self.wait_step("subscriber")
        self.type_on_screen("field_subscriber_code", "1002003001")
        self.next()
        self.qtbot.waitUntil(lambda: self.find("field_subscriber_name").text() != "")
        self.next()
        self.wait_step("meters")

    def enter_identity_code(self, code_for: Callable[[Any], str]) -> None:
        """Wait for the one-time code dialog, then tap the code ``code_for(challenge)`` gives (what
        the applicant reads in the SMS) on its pad and confirm."""
        self.qtbot.waitUntil(lambda: self.find("codeDialog").isVisible(), timeout=10000)
        dialog = self.find("codeDialog")
        for digit in code_for(dialog.challenge):
            self.touch(f"codeKey_{digit}")
        self.touch("codeConfirm")

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
        scroll_into_view(widget)
        widget.scrollToItem(items[0])
        rect = widget.visualItemRect(items[0])
        self.tap(widget.viewport(), rect.center())

    def label(self, name: str) -> str:
        return str(self.find(name).text())

    def screen(self) -> QWidget:
        return self.window.stack.currentWidget()
