from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from receipts_helpers import make_receipt

from kiosk.core.tracking import InvalidTrackingCode
from kiosk.receipts import ReceiptData, samples, status_url


def test_status_url_strips_one_trailing_slash_and_joins_the_code() -> None:
    code = samples.CONNECTION_CODE
    assert status_url("https://s.example.az/", code) == f"https://s.example.az/t/{code}"
    assert status_url("https://s.example.az", code) == f"https://s.example.az/t/{code}"
    assert status_url("https://s.example.az/kiosk/", code) == f"https://s.example.az/kiosk/t/{code}"


def test_connection_receipt_masks_personal_data(connection_receipt: ReceiptData) -> None:
    r = connection_receipt
    assert r.service == "household"
    assert r.tracking_code == samples.CONNECTION_CODE
    assert r.status_url == f"https://status.asan-kiosk.example.az/t/{samples.CONNECTION_CODE}"
    assert r.applicant_name == "Rəşad Ə."
    assert r.fin == "5A****K"
    assert r.phone == "+994 50 *** ** 67"
    assert r.created_at == datetime(2026, 11, 23, 9, 15, 2, tzinfo=timezone(timedelta(hours=4)))
    assert r.quote is not None and r.quote["amount"] == "300.00"
    assert r.sent is False
    # The definition's receipt fields, in its order, as today's receipts print them.
    assert [(line.label, line.value) for line in r.details] == [
        ("Required power, kW", "7,5"),
        ("Phase", "Single-phase (1)"),
        ("District or city", "Şəki rayonu"),
    ]
    assert r.title == "Household electricity connection" and r.fee == "connection"
    assert r.next_text.startswith("The utility reviews your application and tells you the fee")
    assert r.groups == ()


def test_water_receipt_masks_meters_and_subscriber(water_receipt: ReceiptData) -> None:
    r = water_receipt
    assert r.applicant_name == "Gülşən M."
    assert [(line.label, line.value) for line in r.details] == [
        ("Azərsu subscriber code", "*****040")
    ]
    (meters,) = r.groups
    assert meters.title == "Meter readings"
    assert meters.items == ("Meter *********4817: 1234,567 m³, read on 20.11.2026",)
    assert r.fee is None and r.title == "Water-meter reading"
    assert r.server_reference == "AZS-2026-000123"
    assert r.quote is None


def test_code_is_canonicalised_and_a_bad_code_rejected() -> None:
    record = samples.connection_record()
    record["tracking_code"] = samples.CONNECTION_CODE.replace("-", "").lower()
    assert make_receipt(record).tracking_code == samples.CONNECTION_CODE
    record["tracking_code"] = "K7QM-3XWD-9RTB-HN21"
    with pytest.raises(InvalidTrackingCode):
        make_receipt(record)


def test_naive_time_unknown_service_and_language_are_refused() -> None:
    record = samples.connection_record()
    record["created_at"] = "2026-11-23T09:15:02"
    with pytest.raises(ValueError, match="aware"):
        make_receipt(record)
    record = samples.connection_record()
    record["service"] = "gas"
    with pytest.raises(ValueError, match="service"):
        make_receipt(record)
    with pytest.raises(ValueError, match="language"):
        make_receipt(samples.connection_record(), language="de")


def test_language_override_for_reprints() -> None:
    assert make_receipt(samples.connection_record(), language="ru").language == "ru"
    assert make_receipt(samples.connection_record()).language == "az"


def test_assets_folder_can_be_moved(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from kiosk.receipts.fonts import FONT_FILES, assets_dir

    assert all((assets_dir() / "fonts" / name).is_file() for name in FONT_FILES.values())
    monkeypatch.setenv("KIOSK_ASSETS_DIR", str(tmp_path))
    assert assets_dir() == tmp_path


def test_every_printer_message_id_has_a_text() -> None:
    from kiosk.receipts.printing import MESSAGE_IDS
    from kiosk.receipts.texts import PRINTER_MESSAGES

    assert set(PRINTER_MESSAGES) == set(MESSAGE_IDS)
    assert all("saved" in text for text in PRINTER_MESSAGES.values())
