"""Starting the touch UI: the QApplication, the bundled font, the theme, the language, the window."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.ui import crash, theme
from kiosk.ui.i18n import Languages
from kiosk.ui.window import KioskWindow

if TYPE_CHECKING:  # the backend's types are not imported before the first paint (kiosk/startup.py)
    from kiosk.ui.backend import KioskBackend


def application() -> QApplication:
    """The QApplication, created once, with Noto Sans registered and the theme applied."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("asan-kiosk")
    theme.register_fonts()
    theme.apply(app)
    return app


def build_window(
    backend: KioskBackend, language: str | None = None, *, defer_screens: bool = False
) -> KioskWindow:
    languages = Languages(language=language or backend.default_language)
    languages.switch(languages.current)
    return KioskWindow(backend, languages, defer_screens=defer_screens)


# If the window is never painted (no screen mapped yet), the start goes on after this long anyway.
FIRST_PAINT_FALLBACK_MS = 3000


class _FirstPaint(QObject):
    """Calls ``then`` once, from the event loop, right after the first paint of ``screen`` (or after
    :data:`FIRST_PAINT_FALLBACK_MS` without one). It watches that one widget: a filter on the whole
    application would see every start-up event of every widget."""

    def __init__(self, screen: QWidget, then: Callable[[], None]) -> None:
        super().__init__(screen)
        self.screen, self.then, self.done = screen, then, False
        screen.installEventFilter(self)
        QTimer.singleShot(FIRST_PAINT_FALLBACK_MS, self._go)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._go)  # after this paint has reached the screen
        return False

    def _go(self) -> None:
        if self.done:
            return
        self.done = True
        self.screen.removeEventFilter(self)
        self.then()


def run_ui(
    backend: KioskBackend,
    *,
    windowed: bool = False,
    screen_size: tuple[int, int] | None = None,
    staff: object | None = None,
    after_first_paint: Callable[[KioskWindow], None] | None = None,
) -> int:
    """Open the kiosk (full-screen, frameless and locked down unless ``windowed``) and run until it is
    closed. ``staff`` is the :class:`kiosk.staff.service.StaffService` behind the hidden staff mode.

    With ``after_first_paint`` the window shows only its home screen at first; once that is painted,
    ``after_first_paint(window)`` runs: it opens what the window needs and calls
    ``window.build_screens()`` (and hands staff mode its service) itself."""
    app = application()
    window = build_window(backend, defer_screens=after_first_paint is not None)
    if staff is not None:
        window.staff.set_service(staff)
    if after_first_paint is not None:
        _FirstPaint(window.home, lambda: after_first_paint(window))
    previous = crash.install(window.show_apology)
    if windowed:
        window.resize(QSize(*(screen_size or (1280, 1024))))
        window.show()
    else:
        from kiosk.ui.staff.lockdown import lock_window

        lock_window(window)  # frameless, full-screen, stays on top
    try:
        return app.exec()
    finally:
        sys.excepthook = previous
        window.shutdown()
