"""An applicant at the kiosk, the outbox, the sync to the central API, the receipt, and tracking."""

from __future__ import annotations

import io
from pathlib import Path

import zxingcpp
from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice
from receipts_helpers import decode_qr, pdf_text, raster
from ui_driver import Driver

from central.testing import CentralServer
from kiosk.app import services
from kiosk.receipt_files import read_receipt
from kiosk.ui.app import application, build_window


def apply_household(kiosk: Driver, central: CentralServer) -> str:
    kiosk.touch("tile_household")
    kiosk.type_on_screen("field_fin", "5ZK2M8P")
    kiosk.type_on_screen("field_mobile", "0501234567")
    kiosk.next()
    # The registry's data come after the code sent by SMS to the registry's mobile number.
    kiosk.enter_identity_code(lambda challenge: central.identity_code(challenge.id))
    kiosk.wait_step("applicant")
    assert (
        kiosk.find("field_surname").text() == "Məmmədov"
    )  # from the central API's sample registry
    kiosk.next()
    kiosk.wait_step("connection")
    kiosk.touch("choice_phase_1")
    kiosk.type_on_screen("field_power_kw", "7,5")
    kiosk.next()
    kiosk.wait_step("object")
    kiosk.type_hardware("filter_district", "Baku")
    kiosk.pick_list("list_district", "Baku")
    kiosk.type_hardware("field_property_registry_number", "AB-123456")
    kiosk.type_hardware("field_registration_number", "2024/118")
    kiosk.next()
    kiosk.wait_step("quote")
    kiosk.next()
    kiosk.wait_step("contact")
    kiosk.next()
    kiosk.wait_step("review")
    kiosk.touch("next")
    kiosk.qtbot.waitUntil(lambda: kiosk.screen() is kiosk.window.confirmation, timeout=10000)
    return kiosk.label("trackingCode")


def test_applicant_to_central_and_back(qtbot, config, central: CentralServer) -> None:  # type: ignore[no-untyped-def]
    application()
    with services(config, local_central=False) as (effective, backend):
        window = build_window(backend, "en")  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.resize(1920, 1080)
        window.show()
        kiosk = Driver(qtbot, window)
        try:
            code = apply_household(kiosk, central)

            # The sync worker delivers it exactly once.
            qtbot.waitUntil(
                lambda: code in {s["tracking_code"] for s in central.submissions()}, timeout=20000
            )
            assert list(central.count_by_key().values()) == [1]
            qtbot.waitUntil(
                lambda: backend.outbox.find_by_tracking_code(code).state == "sent", timeout=20000
            )
            # The confirmation still on screen follows the outbox: it now says it was sent.
            qtbot.waitUntil(
                lambda: kiosk.label("sendState") == "Sent to the utility.", timeout=10000
            )
            # The tracking QR code on screen, reached by taps, leads to this application's page.
            shot = QBuffer()
            shot.open(QIODevice.OpenModeFlag.WriteOnly)
            kiosk.find("trackingQr").grab().save(shot, "PNG")
            on_screen = Image.open(io.BytesIO(bytes(shot.data()))).convert("L")
            assert [b.text for b in zxingcpp.read_barcodes(on_screen)] == [
                f"https://status.example.az/t/{code}"
            ]

            # The receipt: a real PDF whose QR leads to the status page of this application.
            kiosk.touch("printReceipt")
            receipts = Path(effective.data_dir) / "receipts"
            # Sealed with the outbox key on a terminal in service (kiosk/receipt_files.py).
            qtbot.waitUntil(lambda: any(receipts.glob("*.pdf.ag1")), timeout=20000)
            pdf = read_receipt(next(receipts.glob("*.pdf.ag1")), effective.data_dir)
            assert decode_qr(raster(pdf)) == [f"https://status.example.az/t/{code}"]
            text = pdf_text(pdf)
            assert code in text and "Bakı ASAN xidmət mərkəzi №1" in text
            assert "5ZK2M8P" not in text  # masked

            # Staff move it on at the utility; the kiosk's tracking screen shows the server's timeline.
            row = central.submissions()[0]
            assert row["status"] == "received"
            import subprocess
            import sys

            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "central",
                    "advance",
                    code,
                    "under_review",
                    "--database-url",
                    central.database_url,
                ],
                check=True,
                capture_output=True,
            )
            kiosk.touch("finish")
            kiosk.touch("tile_track")
            kiosk.type_hardware("trackingInput", code.replace("-", "").lower())  # touched, typed
            kiosk.touch("trackGo")
            qtbot.waitUntil(lambda: kiosk.label("trackingHeadline") != "", timeout=10000)
            assert "Under review" in kiosk.label("trackingHeadline")

            # The central API goes away: the kiosk says what it knows, not "not yet sent".
            central.stop()
            kiosk.touch("trackGo")
            qtbot.waitUntil(
                lambda: kiosk.label("trackingHeadline").startswith("Sent to the utility on"),
                timeout=20000,
            )
            details = kiosk.label("trackingDetails")
            assert "Last status known to this kiosk: Under review" in details
            assert "cannot check for news right now" in details
        finally:
            window.shutdown()
            window.languages.uninstall()


def test_offline_submission_is_kept_and_sent_later(qtbot, config, central: CentralServer) -> None:  # type: ignore[no-untyped-def]
    application()
    central.stop()
    with services(config, local_central=False) as (_effective, backend):
        window = build_window(backend, "en")  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.resize(1920, 1080)
        window.show()
        kiosk = Driver(qtbot, window)
        try:
            kiosk.touch("tile_household")
            kiosk.type_on_screen("field_fin", "5ZK2M8P")
            kiosk.type_on_screen("field_mobile", "0501234567")
            kiosk.next()
            kiosk.wait_step("applicant")
            # Offline: the applicant types what the registry would have filled in.
            assert not kiosk.find("field_surname").isReadOnly()
            kiosk.type_hardware("field_surname", "Mammadov")
            kiosk.type_hardware("field_given_name", "Elchin")
            kiosk.type_hardware("field_address", "Baku, Samad Vurgun 34")
            kiosk.next()
            kiosk.wait_step("connection")
            kiosk.touch("choice_phase_1")
            kiosk.type_on_screen("field_power_kw", "5")
            kiosk.next()
            kiosk.wait_step("object")
            kiosk.type_hardware("filter_district", "Baku")
            kiosk.pick_list("list_district", "Baku")
            kiosk.type_hardware("field_property_registry_number", "AB-1")
            kiosk.type_hardware("field_registration_number", "12/3")
            for step in ("quote", "contact", "review"):
                kiosk.next()
                kiosk.wait_step(step)
            kiosk.touch("next")
            qtbot.waitUntil(lambda: kiosk.screen() is kiosk.window.confirmation, timeout=10000)
            code = kiosk.label("trackingCode")
            # Saved, not sent: the worker's attempt fails and the row stays waiting.
            qtbot.waitUntil(
                lambda: backend.outbox.find_by_tracking_code(code).attempts >= 1, timeout=20000
            )
            qtbot.waitUntil(
                lambda: backend.outbox.find_by_tracking_code(code).state == "pending", timeout=20000
            )
            assert central.submissions() == []
            payload = backend.outbox.payload(backend.outbox.find_by_tracking_code(code).id)
            assert payload["identity_source"] == "typed"

            central.restart()
            backend.worker.sync_once(force=True)
            qtbot.waitUntil(
                lambda: code in {s["tracking_code"] for s in central.submissions()}, timeout=20000
            )
            # The worker marks it sent once the server's answer is in (it may be the one that sent it).
            qtbot.waitUntil(
                lambda: backend.outbox.find_by_tracking_code(code).state == "sent", timeout=20000
            )
            assert list(central.count_by_key().values()) == [1]
        finally:
            window.shutdown()
            window.languages.uninstall()
