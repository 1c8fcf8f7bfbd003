"""Touches land where the finger is (issue 14, 1): a press that hides the on-screen keyboard must not
move the button away before the finger lifts, and the driver itself taps like a finger."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget
from ui_driver import Driver, tap


def test_the_driver_misses_a_button_that_moves_under_the_finger(qtbot: Any) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(400, 600)
    column = QVBoxLayout(host)
    above = QWidget(host)
    above.setFixedHeight(300)
    above.hide()
    button = QPushButton("Next", host)
    button.setMinimumHeight(80)
    column.addWidget(above)
    column.addWidget(button)
    column.addStretch(1)
    host.show()
    qtbot.waitExposed(host)
    clicks: list[bool] = []
    button.clicked.connect(lambda: clicks.append(True))
    tap(qtbot, button)
    assert clicks == [True]  # a button that stays put is hit
    button.pressed.connect(above.show)  # now a press moves it down, as hiding the keyboard did
    before = button.y()
    tap(qtbot, button)
    assert button.y() >= before + 300  # it moved while the finger was down
    assert clicks == [True]  # and the finger lifted beside it: no click, as on the terminal


def test_first_tap_on_next_lands_while_the_keyboard_is_open(kiosk: Driver) -> None:
    kiosk.touch("tile_household")
    kiosk.type_on_screen("field_fin", "5ZK2M8P")
    kiosk.type_on_screen("field_mobile", "0501234567")
    assert kiosk.window.keyboard.isVisible()
    kiosk.next()  # one tap
    kiosk.wait_step("applicant")
    assert not kiosk.window.keyboard.isVisible()  # hidden once the click had landed
    assert kiosk.label("explain") == ""


def test_first_tap_on_back_and_save_land_while_the_keyboard_is_open(kiosk: Driver) -> None:
    kiosk.touch("tile_household")
    wizard = kiosk.window.wizard.wizard
    assert wizard is not None
    wizard.goto("connection")
    kiosk.window.wizard.render()
    kiosk.type_on_screen("field_power_kw", "7")
    kiosk.touch("back")
    kiosk.wait_step("applicant")
    for name, value in {
        "fin": "5ABCD7K",
        "mobile": "0501234567",
        "surname": "Əliyev",
        "given_name": "Vüsal",
        "address": "Bakı, Nizami 5",
        "period": "standard",
        "phase": "1",
        "power_kw": "7.5",
        "district": "baki",
        "property_registry_number": "123/45",
        "registration_number": "RN-12",
    }.items():
        wizard.set(name, value)
    wizard.goto("review")
    kiosk.window.wizard.render()
    kiosk.touch("change_object")
    kiosk.wait_step("object")
    kiosk.find("field_registration_number").clear()
    kiosk.type_on_screen("field_registration_number", "RN-13")
    assert kiosk.window.keyboard.isVisible()
    kiosk.touch("next")  # "Save and go back to the check"
    kiosk.wait_step("review")
    assert wizard.answers["registration_number"] == "RN-13"
