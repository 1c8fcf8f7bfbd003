"""The on-screen keyboard as a finger meets it (issue 14, 7 and 8): compact centred pads for numbers,
Shift that keeps the field in sight, and ⏎ that goes to the next field and then on."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from ui_driver import Driver


def keys_rect(kiosk: Driver) -> QRect:
    keyboard = kiosk.window.keyboard
    rect = QRect()
    for button in keyboard.keys.values():
        rect = rect.united(button.geometry())
    return rect


@pytest.mark.parametrize("field", ["field_mobile", "field_power_kw"])
def test_number_pads_are_compact_and_centred(kiosk: Driver, field: str) -> None:
    kiosk.touch("tile_household")
    if field == "field_power_kw":
        kiosk.window.wizard.wizard.goto("connection")
        kiosk.window.wizard.render()
    kiosk.focus(field)
    kiosk.qtbot.wait(20)
    keyboard = kiosk.window.keyboard
    rect = keys_rect(kiosk)
    assert rect.width() <= 600  # a phone-sized pad, not the whole 1920 px
    left, right = rect.left(), keyboard.width() - rect.right()
    assert abs(left - right) <= 24  # in the middle
    assert kiosk.window.keyboard.key_button("5").width() >= 120  # still big enough for a thumb


def test_letters_still_use_the_width(kiosk: Driver) -> None:
    kiosk.touch("tile_household")
    kiosk.focus("field_fin")
    assert keys_rect(kiosk).width() >= 1200


@pytest.mark.parametrize("backend_options", [{"online": False}])
def test_shift_keeps_the_field_in_sight(kiosk: Driver) -> None:
    kiosk.touch("tile_household")
    kiosk.type_hardware("field_fin", "5ZK2M8P")
    kiosk.type_hardware("field_mobile", "0501234567")
    kiosk.next()
    kiosk.wait_step("applicant")  # offline: the details are typed, the page scrolls
    edit = kiosk.focus("field_address")
    kiosk.qtbot.wait(50)
    bar = kiosk.window.wizard.scroll.verticalScrollBar()
    assert bar.value() > 0  # scrolled so the address shows above the keyboard
    before = bar.value(), edit.mapTo(kiosk.window, edit.rect().topLeft())
    kiosk.key("⇧")
    kiosk.key("B")
    kiosk.key("⇧")
    kiosk.key("A")
    kiosk.qtbot.wait(50)
    assert (bar.value(), edit.mapTo(kiosk.window, edit.rect().topLeft())) == before
    assert edit.text() == "BA"
    viewport = kiosk.window.wizard.scroll.viewport()
    bottom = edit.mapTo(viewport, edit.rect().bottomLeft()).y()
    assert 0 <= bottom <= viewport.height()  # the field is not behind the keyboard


def test_enter_goes_to_the_next_field_then_on(kiosk: Driver) -> None:
    kiosk.touch("tile_household")
    kiosk.type_on_screen("field_fin", "5ZK2M8P")
    kiosk.key("⏎")
    kiosk.qtbot.waitUntil(lambda: kiosk.find("field_mobile").hasFocus())
    assert kiosk.window.keyboard.target is kiosk.find("field_mobile")
    assert kiosk.step() == "identity"
    for key in "0501234567":
        kiosk.key(key)
    kiosk.key("⏎")  # the last field: Continue
    kiosk.wait_step("applicant")
