""" "Call staff" on every screen, and no "Change" for what the registry filled in (issue 14, 12)."""

from __future__ import annotations

from ui_driver import Driver


def test_call_staff_is_on_every_screen_and_answers_the_applicant(kiosk: Driver) -> None:
    window = kiosk.window
    assert kiosk.find("callStaff").isVisible()  # home
    kiosk.touch("tile_track")
    assert kiosk.screen() is window.tracking and kiosk.find("callStaff").isVisible()
    kiosk.touch("trackBack")
    kiosk.qtbot.waitUntil(lambda: kiosk.screen() is window.home)
    kiosk.touch("tile_water_reading")
    assert kiosk.screen() is window.wizard and kiosk.find("callStaff").isVisible()
    kiosk.touch("callStaff")
    assert kiosk.find("callStaff").full_text() == "Staff are called"
    assert "asked to come" in kiosk.label("status")
    request = window.help_request
    assert request is not None and (request.service, request.step) == ("water_reading", "identity")
    kiosk.touch("startOver")  # the next applicant did not call, but staff still see the call
    kiosk.qtbot.waitUntil(lambda: kiosk.find("startOverYes").isVisible())
    kiosk.touch("startOverYes")
    kiosk.qtbot.waitUntil(lambda: kiosk.screen() is window.home)
    assert kiosk.find("callStaff").full_text() == "Call staff"
    assert window.help_request is request


def test_no_change_for_data_from_the_registry(kiosk: Driver) -> None:
    kiosk.touch("tile_household")
    kiosk.type_hardware("field_fin", "5ZK2M8P")
    kiosk.type_hardware("field_mobile", "0501234567")
    kiosk.next()
    kiosk.wait_step("applicant")  # filled in from the registry, read-only
    wizard = kiosk.window.wizard.wizard
    for name, value in {
        "period": "standard",
        "phase": "1",
        "power_kw": "5",
        "district": "baki",
        "property_registry_number": "AB-1",
        "registration_number": "12/3",
    }.items():
        wizard.set(name, value)
    wizard.goto("review")
    kiosk.window.wizard.render()
    assert not kiosk.find("change_applicant").isVisible()
    assert "From the state registry" in kiosk.label("registry_applicant")
    assert kiosk.find("change_identity").isVisible()
    assert kiosk.find("change_connection").isVisible()
