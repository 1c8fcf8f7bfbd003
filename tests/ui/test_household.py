"""Household connection (guide 001) end to end through the real widgets, ending in the outbox file."""

from __future__ import annotations

from local_backend import LocalBackend
from ui_driver import Driver

from kiosk.core.districts import find


def test_household_end_to_end(kiosk: Driver, backend: LocalBackend) -> None:
    kiosk.touch("tile_household")
    assert kiosk.step() == "identity"
    kiosk.type_on_screen("field_fin", "5ZK2M8P")  # the code pad: capitals and digits
    kiosk.type_on_screen("field_mobile", "0501234567")  # the phone pad
    kiosk.next()
    kiosk.wait_step("applicant")
    surname = kiosk.find("field_surname")
    assert surname.text() == "Məmmədov" and surname.isReadOnly()
    assert "registry" in kiosk.label("lookupNote")
    kiosk.next()
    kiosk.wait_step("connection")
    kiosk.touch("choice_phase_1")
    kiosk.type_on_screen("field_power_kw", "7,5")
    kiosk.next()
    kiosk.wait_step("object")
    kiosk.focus("filter_district")
    kiosk.key("layout")  # English → Azerbaijani letters
    for char in "şəki":
        kiosk.key(char)
    kiosk.pick_list("list_district", "Shaki District")  # names follow the language
    kiosk.type_on_screen("field_property_registry_number", "AB-123456")
    kiosk.type_hardware("field_registration_number", "2024/118")
    kiosk.next()
    kiosk.wait_step("quote")
    assert kiosk.label("amount") == "AZN 300.00"  # 7.5 kW × 40 AZN (decision No. 4 of 2024)
    # The grid look-up found a 0.4 kV transformer 120 m away: section 2 (methodology 1.2.8).
    assert "120 m" in kiosk.label("gridNote")
    kiosk.touch("whatIfPlus")  # exploring shows the fee but leaves the application alone
    assert kiosk.label("whatIfAmount") == "With these: AZN 340.00 (your application: AZN 300.00)"
    assert kiosk.label("amount") == "AZN 300.00"
    assert kiosk.window.wizard.wizard.answers["power_kw"] == "7,5"
    kiosk.touch("whatIfMinus")
    assert not kiosk.find("whatIfUse").isVisible()  # back at the application's own answers
    kiosk.next()
    kiosk.wait_step("contact")
    kiosk.next()
    kiosk.wait_step("review")
    kiosk.touch("next")
    kiosk.qtbot.waitUntil(lambda: kiosk.screen() is kiosk.window.confirmation)
    code = kiosk.label("trackingCode")
    item = backend.outbox.find_by_tracking_code(code)
    assert item is not None and item.state == "pending" and item.service == "household"
    payload = backend.outbox.payload(item.id)
    assert payload["fin"] == "5ZK2M8P" and payload["identity_source"] == "registry"
    assert payload["power_kw"] == "7.5" and payload["district"] == find("Şəki rayonu").id
