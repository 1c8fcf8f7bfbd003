"""Lock-down: outside staff mode the applicant cannot leave the kiosk's window.

An application-wide event filter swallows the shortcuts that would close, switch or leave the window
(Alt+F4, Esc, Alt+Tab, Ctrl+W, Ctrl+Q, the Windows/Meta key) and ignores the window's close event. In
staff mode (``allowed()`` true) everything passes. Shortcuts the window manager takes before the
application sees them are kept off by :func:`lock_window` (full-screen, frameless, stays on top) and by
the terminal's session setup.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QWidget

Key = Qt.Key
Mod = Qt.KeyboardModifier

_META_KEYS = {Key.Key_Meta, Key.Key_Super_L, Key.Key_Super_R, Key.Key_Menu}
_WITH_CTRL = {Key.Key_W, Key.Key_Q, Key.Key_Escape, Key.Key_F4}
_WITH_ALT = {Key.Key_F4, Key.Key_Tab, Key.Key_Backtab, Key.Key_Escape}
_KEY_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride}


def is_escape_shortcut(event: QKeyEvent) -> bool:
    key = Key(event.key())
    mods = event.modifiers()
    if key in _META_KEYS or mods & Mod.MetaModifier:
        return True
    if key == Key.Key_Escape:
        return True
    if mods & Mod.AltModifier and key in _WITH_ALT:
        return True
    return bool(mods & Mod.ControlModifier and key in _WITH_CTRL)


class LockDown(QObject):
    """Installed with ``kiosk.ui.input_watch.watch(lock)``; ``blocked`` counts what it swallowed."""

    def __init__(self, window: QWidget, allowed: Callable[[], bool]) -> None:
        super().__init__(window)
        self.window = window
        self.allowed = allowed
        self.blocked = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Close and watched is self.window:
            if self.allowed():
                return False
            event.ignore()  # an unfiltered QCloseEvent is accepted by default: the window would go
            self.blocked += 1
            return True
        if kind in _KEY_EVENTS and isinstance(event, QKeyEvent) and is_escape_shortcut(event):
            if self.allowed():
                return False
            if kind == QEvent.Type.ShortcutOverride:
                event.accept()  # the key stays a key event, so no QShortcut/QAction sees it
            self.blocked += 1
            return True
        return False


def lock_window(window: QWidget) -> None:
    """Full-screen, frameless and above other windows (the terminal's normal state).

    Full screen is a request to the window manager; a terminal's X session often runs none, and then
    the window kept its default size in a corner. So the window is also given the screen's whole
    geometry itself."""
    window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
    window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        window.setGeometry(screen.geometry())
    window.showFullScreen()
    if screen is not None and window.geometry() != screen.geometry():
        window.setGeometry(screen.geometry())  # no window manager did it
