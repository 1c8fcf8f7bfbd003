"""Every applicant screen fits a 1920×1080 terminal, with the on-screen keyboard up and in larger text."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from ui_driver import Driver


def test_identity_with_keyboard_fits_1080_in_both_themes(kiosk: Driver) -> None:
    window = kiosk.window
    kiosk.touch("tile_household")
    kiosk.focus("field_fin")
    assert window.keyboard.isVisible()
    for high_contrast in (False, True):
        window.set_high_contrast(high_contrast)
        window.resize(1920, 1080)
        QApplication.processEvents()
        assert window.minimumSizeHint().height() <= 1080
        assert window.size().height() == 1080
    window.set_high_contrast(False)


def test_full_screen_fills_the_screen_without_a_window_manager(kiosk: Driver) -> None:
    """With no window manager, "full screen" is a request nobody grants: the window must size itself."""
    from kiosk.ui.staff.lockdown import lock_window

    window = kiosk.window
    window.showNormal()
    window.resize(800, 600)
    window.showFullScreen = window.show  # what an X server without a window manager amounts to
    lock_window(window)
    QApplication.processEvents()
    assert window.geometry() == window.screen().geometry()
