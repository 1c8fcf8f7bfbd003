"""Business, active consumer and water-meter reading end to end through the real widgets."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from local_backend import LocalBackend
from PySide6.QtGui import QColor, QImage
from ui_driver import Driver

from kiosk.core.money import format_amount


def fill_identity(kiosk: Driver, fin: str) -> None:
    kiosk.type_on_screen("field_fin", fin)
    kiosk.type_hardware("field_mobile", "+994 55 765 43 21")
    kiosk.next()


def submit_and_get_payload(kiosk: Driver, backend: LocalBackend) -> dict:
    kiosk.wait_step("review")
    kiosk.touch("next")
    kiosk.qtbot.waitUntil(lambda: kiosk.screen() is kiosk.window.confirmation)
    item = backend.outbox.find_by_tracking_code(kiosk.label("trackingCode"))
    assert item is not None and item.state == "pending"
    return backend.outbox.payload(item.id)


def test_business_typed_identity(kiosk: Driver, backend: LocalBackend) -> None:
    kiosk.touch("tile_business")
    fill_identity(kiosk, "7MNB3CD")  # not in the registry: the applicant types the details
    kiosk.wait_step("applicant")
    assert "Not found" in kiosk.label("lookupNote")
    assert not kiosk.find("field_surname").isReadOnly()
    kiosk.type_hardware("field_surname", "Quliyeva")
    kiosk.type_hardware("field_given_name", "Aynur")
    kiosk.type_hardware("field_address", "Ganja, Ataturk 56")
    kiosk.next()
    kiosk.wait_step("business")
    kiosk.type_on_screen("field_voen", "1234567891")
    kiosk.type_hardware("field_company_name", "Aynur Ticaret MMC")
    kiosk.touch("choice_purpose_shop")
    kiosk.next()
    kiosk.wait_step("connection")
    kiosk.touch("choice_phase_3")
    kiosk.type_hardware("field_power_kw", "25")
    kiosk.next()
    kiosk.wait_step("object")
    kiosk.type_hardware("filter_district", "ganja")
    kiosk.pick_list("list_district", "Ganja")
    kiosk.type_hardware("field_property_registry_number", "GN-1")
    kiosk.type_hardware("field_registration_number", "2024/77")
    kiosk.next()
    kiosk.wait_step("quote")
    assert kiosk.label("amount") == "AZN 7,325.00"  # 25 kW × 293 AZN, three-phase 0.4 kV
    kiosk.next()
    kiosk.wait_step("contact")
    kiosk.type_hardware("field_email", "aynur@example.az")
    kiosk.next()
    payload = submit_and_get_payload(kiosk, backend)
    assert payload["identity_source"] == "typed"
    assert payload["voen"] == "1234567891" and payload["phase"] == 3


def test_prosumer_offline_with_estimator(kiosk: Driver, backend: LocalBackend) -> None:
    backend.set_online(False)
    kiosk.touch("tile_prosumer")
    fill_identity(kiosk, "4RS6GHU")
    kiosk.wait_step("applicant")
    assert "cannot be reached" in kiosk.label("lookupNote")
    kiosk.type_hardware("field_surname", "Ismayilova")
    kiosk.type_hardware("field_given_name", "Shabnam")
    kiosk.type_hardware("field_address", "Sheki 15")
    kiosk.next()
    kiosk.wait_step("consumer")  # decision 346, 1.8.1 and 6.1.1: household or entrepreneur
    kiosk.touch("choice_consumer_group_household")
    kiosk.next()
    kiosk.wait_step("subscriber")
    kiosk.type_on_screen("field_subscriber_code", "100200300400500")
    kiosk.next()
    kiosk.qtbot.waitUntil(lambda: not kiosk.window.runner.busy)
    assert kiosk.step() == "subscriber"  # offline: the connected power is typed on this page
    kiosk.type_hardware("field_connected_power_kw", "15")
    kiosk.next()
    kiosk.wait_step("station")
    kiosk.next()  # nothing chosen for the applicant: the source is asked for
    assert kiosk.step() == "station" and kiosk.find("error_source").isVisible()
    kiosk.touch("choice_source_solar")
    kiosk.type_hardware("field_station_power_kw", "20")
    kiosk.next()
    assert kiosk.step() == "station"  # decision 346, 1.4: not above the connected power
    assert "15 kW" in kiosk.find("error_station_power_kw").text()
    kiosk.find("field_station_power_kw").clear()
    kiosk.type_hardware("field_station_power_kw", "10")
    kiosk.next()
    kiosk.wait_step("object")
    kiosk.type_hardware("filter_district", "shaki")
    kiosk.pick_list("list_district", "Shaki city")
    kiosk.type_hardware("field_object_address", "Sheki, Bag 7")
    kiosk.type_hardware("field_property_registry_number", "SK-9")
    kiosk.next()
    kiosk.wait_step("estimate")
    assert "AZN 0.00" in kiosk.label("netmeterFee")  # decision 346, 3.4
    before = kiosk.label("payout")
    kiosk.touch("panelPlus")
    assert kiosk.label("payout") != before
    kiosk.touch("modeMonths")
    first = kiosk.window.wizard.page.first_month - 1  # 1.8.12: the months left in the year
    sent = kiosk.focus(f"sent_{first}")  # touched: the number pad comes up
    sent.end(False)
    while sent.text():
        kiosk.key("⌫")
    for digit in "1000":
        kiosk.key(digit)
    assert sent.text() == "1000"
    taken = Decimal(kiosk.find(f"taken_{first}").text())
    # Decision 346, 5.1: B_1 = 0 + (sent − taken)
    assert kiosk.find("balanceTable").item(0, 3).text() == format_amount(1000 - taken, "en")
    kiosk.next()
    kiosk.wait_step("contact")
    kiosk.next()
    payload = submit_and_get_payload(kiosk, backend)
    assert payload["station_power_kw"] == "10" and payload["identity_source"] == "typed"


def meter_photo(folder: Path) -> Path:
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#335577"))
    path = folder / "meter.png"
    assert image.save(str(path), "PNG")
    return path


def test_water_reading_with_photo(kiosk: Driver, backend: LocalBackend, tmp_path: Path) -> None:
    meter_photo(tmp_path / "usb")
    kiosk.touch("tile_water_reading")
    fill_identity(kiosk, "5ZK2M8P")
    kiosk.wait_step("subscriber")
    kiosk.type_on_screen("field_subscriber_code", "1002003009")
    kiosk.next()
    kiosk.qtbot.waitUntil(lambda: not kiosk.window.runner.busy)
    assert kiosk.find("error_subscriber_code").text() == "No subscriber with this code was found."
    kiosk.find("field_subscriber_code").clear()
    kiosk.type_on_screen("field_subscriber_code", "1002003001")
    kiosk.next()
    kiosk.qtbot.waitUntil(lambda: kiosk.find("field_subscriber_name").text() != "")
    assert kiosk.find("field_subscriber_name").text() == "Quliyeva Aynur Çingiz qızı"
    kiosk.next()
    kiosk.wait_step("meters")
    group = kiosk.window.wizard.page.groups["meters"]
    card = group.cards[0]
    # The meter the registry knows comes with its numbers; the applicant reads the dial.
    assert card.fields["factory_number"].edit.text() == "WM123456"
    assert card.fields["seal_number"].edit.text() == "PL7788"
    kiosk.type_on_screen(card.fields["reading"].edit.objectName(), "240,5")
    # Below the last reading: said at the field as it is typed, not after moving on.
    assert card.fields["reading"].warning.isVisible()
    assert "lower than the last one (245.300)" in card.fields["reading"].warning.text()
    kiosk.touch(card.fields["reading_date"].today)
    kiosk.touch(card.fields["photo"].choose)
    picker = kiosk.find("pickerList")
    kiosk.qtbot.waitUntil(lambda: not picker.item(0).icon().isNull())  # a thumbnail of the photo
    assert picker.iconSize().width() >= 96
    kiosk.pick_list("pickerList", "meter.png")
    # The photo is read and checked off the UI thread; the preview shows when that is done.
    kiosk.qtbot.waitUntil(lambda: card.fields["photo"].attachment is not None)
    assert card.fields["photo"].preview.pixmap() is not None
    assert not card.fields["photo"].preview.pixmap().isNull()
    kiosk.touch("add_meters")
    assert len(group.cards) == 2
    kiosk.touch("remove_meters_1")
    assert len(group.cards) == 1
    kiosk.next()
    kiosk.wait_step("contact")
    kiosk.next()
    kiosk.wait_step("review")
    assert "on site" in kiosk.window.wizard.page.warnings.text()
    payload = submit_and_get_payload(kiosk, backend)
    assert payload["meters"][0]["reading"] == "240.5"
    rows = list(backend.outbox.db.query("SELECT field, content_type FROM attachments"))
    assert rows == [{"field": "meters.0.photo", "content_type": "image/png"}]
