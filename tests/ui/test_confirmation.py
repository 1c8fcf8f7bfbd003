"""The confirmation follows the outbox live and shows the QR code; Track says what the kiosk knows when
the service cannot be reached (issue 14, 3, 4 and 11)."""

from __future__ import annotations

import zxingcpp
from local_backend import LocalBackend
from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice
from ui_driver import Driver

from kiosk.core.application import ValidatedApplication
from kiosk.core.services import get as get_service

READING = ValidatedApplication("water_reading", {"subscriber_code": "1002003001"}, {}, [])


def confirm(kiosk: Driver, backend: LocalBackend, service: str = "household") -> str:
    done = backend.submit(READING, None, "en")
    kiosk.window.start_service(service)
    kiosk.window.wizard.submitted.emit(done, None)
    kiosk.qtbot.waitUntil(lambda: kiosk.screen() is kiosk.window.confirmation)
    return done.tracking_code


def test_saved_becomes_sent_on_screen_when_the_outbox_sends_it(
    kiosk: Driver, backend: LocalBackend
) -> None:
    code = confirm(kiosk, backend)
    assert "will be sent automatically" in kiosk.label("sendState")
    backend.deliver(code)  # the sync worker's part: the central API accepted it
    kiosk.qtbot.waitUntil(lambda: kiosk.label("sendState") == "Sent to the utility.")


def test_a_submission_already_sent_is_never_called_saved(
    kiosk: Driver, backend: LocalBackend
) -> None:
    done = backend.submit(READING, None, "en")
    backend.deliver(done.tracking_code)
    kiosk.window._submitted(done, None)  # the worker was quicker than the screen
    kiosk.qtbot.waitUntil(lambda: kiosk.label("sendState") == "Sent to the utility.")


def test_the_tracking_qr_code_is_on_screen_and_leads_to_the_status_page(
    kiosk: Driver, backend: LocalBackend
) -> None:
    code = confirm(kiosk, backend)
    qr = kiosk.find("trackingQr")
    assert qr.isVisible()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    qr.grab().save(buffer, "PNG")
    from io import BytesIO

    image = Image.open(BytesIO(bytes(buffer.data()))).convert("L")
    found = [b.text for b in zxingcpp.read_barcodes(image)]
    assert found == [f"https://status.example.az/t/{code}"]
    days = get_service("household").target_days
    assert f"within {days} days" in kiosk.label("expectedTime")


def test_finish_without_a_printed_receipt_asks_first(kiosk: Driver, backend: LocalBackend) -> None:
    confirm(kiosk, backend)
    kiosk.touch("finish")
    kiosk.qtbot.waitUntil(lambda: kiosk.find("leaveUnprintedNo").isVisible())
    assert kiosk.screen() is kiosk.window.confirmation
    kiosk.touch("leaveUnprintedNo")  # stay: the code is still there
    assert kiosk.screen() is kiosk.window.confirmation and kiosk.label("trackingCode")
    kiosk.touch("printReceipt")
    kiosk.qtbot.waitUntil(lambda: kiosk.find("printResult").isVisible())
    kiosk.touch("finish")  # printed: no question
    kiosk.qtbot.waitUntil(lambda: kiosk.screen() is kiosk.window.home)


def test_finish_without_a_receipt_when_the_applicant_says_so(
    kiosk: Driver, backend: LocalBackend
) -> None:
    confirm(kiosk, backend)
    kiosk.touch("finish")
    kiosk.touch("leaveUnprintedYes")
    kiosk.qtbot.waitUntil(lambda: kiosk.screen() is kiosk.window.home)
    assert kiosk.window.confirmation.submitted is None


def test_track_offline_says_what_the_kiosk_knows_of_a_sent_application(
    kiosk: Driver, backend: LocalBackend
) -> None:
    done = backend.submit(READING, None, "en")
    backend.deliver(done.tracking_code)
    backend.set_online(False)
    kiosk.touch("tile_track")
    field = kiosk.find("trackingInput")
    kiosk.qtbot.waitUntil(field.hasFocus)
    kiosk.qtbot.keyClicks(field, done.tracking_code)
    kiosk.touch("trackGo")
    kiosk.qtbot.waitUntil(lambda: kiosk.label("trackingHeadline") != "")
    assert kiosk.label("trackingHeadline").startswith("Sent to the utility on ")
    assert "not yet sent" not in kiosk.label("trackingHeadline")
    details = kiosk.label("trackingDetails")
    assert "Last status known to this kiosk: Received" in details
    assert "cannot check for news right now" in details
