"""Starting the touch UI: the QApplication, the bundled font, the theme, the language, the window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from kiosk.ui import crash, theme
from kiosk.ui.backend import KioskBackend
from kiosk.ui.i18n import Languages
from kiosk.ui.window import KioskWindow


def application() -> QApplication:
    """The QApplication, created once, with Noto Sans registered and the theme applied."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("asan-kiosk")
    theme.register_fonts()
    theme.apply(app)
    return app


def build_window(backend: KioskBackend, language: str | None = None) -> KioskWindow:
    languages = Languages(language=language or backend.default_language)
    languages.switch(languages.current)
    return KioskWindow(backend, languages)


def run_ui(
    backend: KioskBackend,
    *,
    windowed: bool = False,
    screen_size: tuple[int, int] | None = None,
    staff: object | None = None,
) -> int:
    """Open the kiosk (full-screen, frameless and locked down unless ``windowed``) and run until it is
    closed. ``staff`` is the :class:`kiosk.staff.service.StaffService` behind the hidden staff mode."""
    app = application()
    window = build_window(backend)
    if staff is not None:
        window.staff.set_service(staff)
    previous = crash.install(window.show_apology)
    if windowed:
        window.resize(QSize(*(screen_size or (1280, 1024))))
        window.show()
    else:
        window.staff.lock_down()  # frameless, full-screen, stays on top
    try:
        return app.exec()
    finally:
        sys.excepthook = previous
        window.shutdown()
