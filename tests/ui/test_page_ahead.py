"""The next form step's page is built while the applicant reads the current one (issue 14), and what
Next then shows is that page, with the answers and the look-up's results in it."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit
from ui_driver import Driver


def test_next_shows_the_page_built_ahead(kiosk: Driver) -> None:
    screen = kiosk.window.wizard
    kiosk.touch("tile_household")
    kiosk.wait_step("identity")
    kiosk.qtbot.waitUntil(lambda: "applicant" in screen._form_pages)
    ahead = screen._form_pages["applicant"]
    kiosk.qtbot.waitUntil(lambda: ahead in screen._areas)  # styled in its scroll area, not shown
    assert screen.page is not ahead and not ahead.isVisible()
    kiosk.type_hardware("field_fin", "5ZK2M8P")
    kiosk.type_hardware("field_mobile", "0501234567")
    kiosk.next()
    kiosk.wait_step("applicant")
    assert screen.page is ahead and ahead.isVisible()
    assert kiosk.find("field_surname", QLineEdit).text()  # filled in by the registry look-up
    kiosk.qtbot.waitUntil(lambda: "connection" in screen._form_pages)


def test_start_over_takes_every_page_out_of_the_window_at_once(kiosk: Driver) -> None:
    screen = kiosk.window.wizard
    kiosk.touch("tile_household")
    kiosk.wait_step("identity")
    kiosk.qtbot.waitUntil(lambda: "applicant" in screen._form_pages)
    kiosk.window.reset_session()
    assert kiosk.window.findChild(QLineEdit, "field_fin") is None  # before the deferred deletion
    assert screen.pages.count() == 1  # only the empty page's area
