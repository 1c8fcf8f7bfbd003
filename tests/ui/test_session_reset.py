"""The next applicant starts afresh: "Start over" asks before discarding answers, and both it and the
idle reset bring back the kiosk's language and the normal theme (issue 14, 5 and 11)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from ui_driver import Driver

from kiosk.ui import theme


def choose_russian_and_larger_text(kiosk: Driver) -> None:
    kiosk.touch("lang_ru")
    kiosk.touch("contrast")
    assert kiosk.window.languages.current == "ru" and kiosk.window.high_contrast
    assert QApplication.instance().styleSheet() == theme.stylesheet(True)


def assert_fresh_start(kiosk: Driver) -> None:
    assert kiosk.screen() is kiosk.window.home
    assert kiosk.window.languages.current == "en"  # the language the kiosk started in
    assert kiosk.window.top_bar.language_buttons["en"].isChecked()
    assert not kiosk.window.high_contrast and not kiosk.find("contrast").isChecked()
    assert QApplication.instance().styleSheet() == theme.stylesheet(False)
    assert kiosk.window.wizard.wizard is None


def test_start_over_asks_and_keeps_the_answers_on_no(kiosk: Driver) -> None:
    kiosk.touch("tile_household")
    kiosk.type_hardware("field_fin", "5ZK2M8P")
    kiosk.touch("startOver")
    kiosk.qtbot.waitUntil(lambda: kiosk.find("startOverNo").isVisible())
    kiosk.touch("startOverNo")
    assert kiosk.screen() is kiosk.window.wizard
    assert kiosk.find("field_fin").text() == "5ZK2M8P"


def test_start_over_resets_language_and_contrast(kiosk: Driver) -> None:
    kiosk.touch("tile_household")
    kiosk.type_hardware("field_fin", "5ZK2M8P")
    choose_russian_and_larger_text(kiosk)
    kiosk.touch("startOver")
    kiosk.touch("startOverYes")
    assert_fresh_start(kiosk)


def test_start_over_from_home_needs_no_question(kiosk: Driver) -> None:
    choose_russian_and_larger_text(kiosk)
    kiosk.touch("startOver")
    assert not kiosk.find("startOverYes").isVisible()
    assert_fresh_start(kiosk)


@pytest.mark.parametrize("backend_options", [{"idle_timeout_s": 0.6}])
def test_idle_reset_resets_language_and_contrast(kiosk: Driver) -> None:
    kiosk.window.idle_dialog.countdown_s = 1
    kiosk.touch("tile_household")
    choose_russian_and_larger_text(kiosk)
    kiosk.qtbot.waitUntil(lambda: kiosk.screen() is kiosk.window.home, timeout=5000)
    assert_fresh_start(kiosk)


@pytest.mark.parametrize("backend_options", [{"idle_timeout_s": 0.2}])
def test_the_timeout_warning_deletes_the_answers_at_once(kiosk: Driver) -> None:
    kiosk.window.idle_dialog.countdown_s = 60
    kiosk.touch("tile_household")
    kiosk.type_hardware("field_fin", "5ZK2M8P")
    kiosk.qtbot.waitUntil(kiosk.window.idle_dialog.isVisible)
    kiosk.touch("deleteNow")
    assert kiosk.screen() is kiosk.window.home  # at once, not after the 60 s countdown
    assert kiosk.window.wizard.wizard is None
