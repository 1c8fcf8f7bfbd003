"""A field a registry look-up filled in looks read-only (the theme's ``QLineEdit:read-only``: the page's
background, dashed border) the moment the look-up makes it so, on the page built ahead of time with
editable fields, without the field being re-styled."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit
from ui_driver import Driver, settle

from kiosk.ui import theme


def inside_colour(edit: QLineEdit) -> str:
    """The colour inside the field's border, right of any text."""
    image = edit.grab().toImage()
    return image.pixelColor(edit.width() - 12, edit.height() // 2).name()


def test_a_looked_up_field_turns_read_only_in_look(kiosk: Driver) -> None:
    screen = kiosk.window.wizard
    kiosk.touch("tile_household")
    kiosk.wait_step("identity")
    kiosk.qtbot.waitUntil(lambda: "applicant" in screen._form_pages)
    ahead = screen._form_pages["applicant"]
    surname = ahead.findChild(QLineEdit, "field_surname")
    assert surname is not None and not surname.isReadOnly()  # built before the look-up: editable
    fin = kiosk.find("field_fin", QLineEdit)
    assert inside_colour(fin) == theme.NORMAL["card"]
    kiosk.type_hardware("field_fin", "5ZK2M8P")
    kiosk.type_hardware("field_mobile", "0501234567")
    kiosk.next()
    kiosk.wait_step("applicant")
    settle(kiosk.qtbot)
    assert kiosk.find("field_surname", QLineEdit) is surname and surname.isReadOnly()
    assert inside_colour(surname) == theme.NORMAL["bg"]
