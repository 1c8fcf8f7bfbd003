"""Staff mode through the real widgets: the corner gesture, the PIN pad, the dashboard's flows, the
lock-down, and leaving by itself after idle minutes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from staff_helpers import FIN, MOBILE, SURNAME, StaffDriver, enqueue, widget_texts

from central.testing import CentralServer
from kiosk.config import load_config
from kiosk.receipt_files import read_receipt
from kiosk.staff.service import StaffService

Key, Mod = Qt.Key, Qt.KeyboardModifier


def test_corner_hold_opens_the_pin_pad_and_a_short_tap_does_not(kiosk: StaffDriver) -> None:
    window, mode = kiosk.window, kiosk.mode
    kiosk.qtbot.mouseClick(window.top_bar, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert not mode.gesture.holding and window.stack.currentWidget() is window.home
    # A long press away from the corner does nothing either.
    kiosk.qtbot.mousePress(window.top_bar, Qt.MouseButton.LeftButton, pos=QPoint(400, 8))
    assert not mode.gesture.holding
    kiosk.qtbot.mouseRelease(window.top_bar, Qt.MouseButton.LeftButton, pos=QPoint(400, 8))
    kiosk.hold_corner()
    assert window.stack.currentWidget() is mode.screen
    assert all(b.height() >= 60 for b in mode.pinpad.keys.values())
    kiosk.type_pin("2468")
    assert mode.pinpad.dots.text() == ""
    assert "Wrong PIN. 4 attempts left" in mode.pinpad.message.text()
    kiosk.touch("pinDigit_2")
    kiosk.touch("pinDigit_4")
    assert mode.pinpad.dots.text() == "\u25cf \u25cf"  # masked dots, never the digits
    kiosk.touch("pinBack")
    kiosk.touch("pinBack")
    kiosk.type_pin("246810")
    kiosk.qtbot.waitUntil(mode.dashboard.isVisible)
    assert "slot 1" in kiosk.find("staffWho").text()
    assert [e.action for e in mode.service.audit.entries(2)] == ["staff.enter", "staff.pin_wrong"]


def test_touch_hold_opens_the_pin_pad(kiosk: StaffDriver) -> None:
    device = QTest.createTouchDevice()
    bar = kiosk.window.top_bar
    QTest.touchEvent(bar, device).press(0, QPoint(10, 10)).commit()
    kiosk.qtbot.waitUntil(kiosk.mode.pinpad.isVisible, timeout=10000)
    QTest.touchEvent(bar, device).release(0, QPoint(10, 10)).commit()
    assert kiosk.window.stack.currentWidget() is kiosk.mode.screen


def test_five_wrong_pins_lock_the_pad(kiosk: StaffDriver) -> None:
    kiosk.mode.enter()
    kiosk.idle()
    for _ in range(5):
        kiosk.type_pin("111111")
    assert "locked for 5 min" in kiosk.mode.pinpad.message.text()
    assert not kiosk.find("pinDigit_1").isEnabled()
    kiosk.touch("pinCancel")
    assert kiosk.window.stack.currentWidget() is kiosk.window.home
    kiosk.mode.enter()  # a second try later: still locked, told so at once
    kiosk.idle()
    assert "locked for 5 min" in kiosk.mode.pinpad.message.text()


def test_put_back_a_refused_submission_after_correcting_it(
    kiosk: StaffDriver, central: CentralServer, staff: StaffService
) -> None:
    # The central API refuses a household application without a mobile number (422 invalid_payload).
    code = enqueue(staff.outbox, mobile=None)
    kiosk.window.backend.worker.notify()
    kiosk.qtbot.waitUntil(
        lambda: staff.outbox.find_by_tracking_code(code).state == "rejected", timeout=20000
    )
    kiosk.sign_in()
    kiosk.pick("staffSubmissions", code)
    assert "invalid_payload" in kiosk.find("staffReason").text()
    assert "payload.mobile: required" in kiosk.find("staffReason").text()
    texts = kiosk.dashboard_texts()
    assert code in texts and "5Z****P" in texts
    for secret in (FIN, SURNAME):
        assert secret not in texts

    field = kiosk.find("correct_mobile", QLineEdit)
    field.setText("050 12")  # not a mobile number: refused by the field's own validator
    kiosk.touch("staffPutBack")
    kiosk.idle()
    assert staff.outbox.find_by_tracking_code(code).state == "rejected"
    assert kiosk.find("staffOutboxMessage").text().startswith("mobile: ")
    field.clear()
    field.setFocus()
    kiosk.qtbot.keyClicks(field, "0501234567")
    kiosk.touch("staffPutBack")
    kiosk.idle()
    assert "is back in the queue" in kiosk.find("staffOutboxMessage").text()
    kiosk.qtbot.waitUntil(
        lambda: code in {s["tracking_code"] for s in central.submissions()}, timeout=20000
    )
    kiosk.qtbot.waitUntil(
        lambda: staff.outbox.find_by_tracking_code(code).state == "sent", timeout=20000
    )
    row = next(s for s in central.submissions() if s["tracking_code"] == code)
    assert row["status"] == "received"
    kiosk.touch("staffRefresh")
    kiosk.idle()
    texts = kiosk.dashboard_texts()
    for secret in (FIN, MOBILE, "0501234567", "501234567", SURNAME):
        assert secret not in texts
    entry = staff.audit.entries(5)
    put_back = next(e for e in entry if e.action == "outbox.put_back")
    assert put_back.slot == 1 and put_back.details == {
        "tracking_code": code,
        "corrected": ["mobile"],
    }


def test_find_by_mobile_and_fin_then_reprint(kiosk: StaffDriver, staff: StaffService) -> None:
    code = enqueue(staff.outbox)
    kiosk.sign_in()
    kiosk.section("lookup")
    for kind, typed in (("staffFindMobile", "0501234567"), ("staffFindFin", FIN.lower())):
        field = kiosk.find("staffFindInput", QLineEdit)
        field.setFocus()
        kiosk.qtbot.keyClicks(field, typed)
        kiosk.touch(kind)
        kiosk.idle()
        results = kiosk.find("staffFindResults")
        assert results.count() == 1 and code in results.item(0).text()
        assert field.text() == ""  # what was typed does not stay on screen
        texts = kiosk.dashboard_texts()
        for secret in (FIN, MOBILE, "0501234567", SURNAME, typed):
            assert secret not in texts
    receipts = Path(staff.config.data_dir) / "receipts"
    kiosk.touch("staffReprint")
    kiosk.idle()
    pdfs = list(receipts.glob(f"*{code}*.pdf.ag1"))  # sealed like the outbox
    assert len(pdfs) == 1 and read_receipt(pdfs[0], staff.config.data_dir).startswith(b"%PDF")
    assert "is printed" in kiosk.find("staffFindMessage").text()
    entry = staff.audit.entries(1)[0]
    assert entry.action == "receipt.reprint" and entry.details["printed"] is True


def test_settings_through_the_widgets(kiosk: StaffDriver, config_file: Path) -> None:
    kiosk.sign_in()
    kiosk.section("settings")
    url = kiosk.find("setting_central_url", QLineEdit)
    url.setText("http://central.example.az")
    kiosk.touch("staffSaveSettings")
    kiosk.idle()
    message = kiosk.find("staffSettingsMessage").text()
    assert "central_url" in message and "http://" in message
    url.setText("https://central.example.az")
    kiosk.find("setting_idle_timeout_s", QLineEdit).setText("4000")
    kiosk.touch("staffSaveSettings")
    kiosk.idle()
    assert "idle_timeout_s" in kiosk.find("staffSettingsMessage").text()
    kiosk.find("setting_idle_timeout_s", QLineEdit).setText("240")
    kiosk.touch("staffSaveSettings")
    kiosk.idle()
    assert "Saved" in kiosk.find("staffSettingsMessage").text()
    reread = load_config(config_file, env={})
    assert (reread.central_url, reread.idle_timeout_s) == ("https://central.example.az", 240)


def test_other_sections_show_their_state(kiosk: StaffDriver, central: CentralServer) -> None:
    kiosk.sign_in()
    assert "Waiting:" in kiosk.find("staffSummary").text()
    assert "kept 30 days" in kiosk.find("staffRetention").text()
    kiosk.section("printer")
    assert "pdf" in kiosk.find("staffPrinterState").text()
    kiosk.touch("staffTestPrint")
    kiosk.idle()
    assert "test receipt is printed" in kiosk.find("staffPrinterMessage").text()
    kiosk.section("diagnostics")
    assert "MB free" in kiosk.find("staffDisk").text()
    kiosk.touch("staffRunNetwork")
    kiosk.idle()
    assert kiosk.find("staffNetwork").text().count(": OK") == 3
    kiosk.section("tariffs")
    schedules = kiosk.find("staffSchedules")
    assert schedules.count() >= 3 and schedules.item(0).text().startswith("IN FORCE")
    kiosk.touch("staffUpdateTariffs")
    kiosk.idle()
    assert "already here" in kiosk.find("staffTariffsMessage").text()
    kiosk.section("audit")
    assert kiosk.find("staffAuditCheck").text() == "The audit log is intact."
    lines = [kiosk.find("staffAuditList").item(i).text() for i in range(3)]
    assert "tariffs.update" in lines[0] and "slot 1" in lines[0]


def _key(window: Any, key: Qt.Key, mods: Qt.KeyboardModifier = Mod.NoModifier) -> None:
    target = QApplication.focusWidget() or window
    QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, key, mods))


def test_lock_down_outside_staff_mode(kiosk: StaffDriver) -> None:
    window = kiosk.window
    kiosk.touch("tile_household")
    screen = window.stack.currentWidget()
    assert screen is window.wizard
    for key, mods in (
        (Key.Key_F4, Mod.AltModifier),
        (Key.Key_Escape, Mod.NoModifier),
        (Key.Key_Tab, Mod.AltModifier),
        (Key.Key_W, Mod.ControlModifier),
        (Key.Key_Q, Mod.ControlModifier),
        (Key.Key_Meta, Mod.NoModifier),
    ):
        _key(window, key, mods)
    assert window.close() is False
    event = QCloseEvent()
    QApplication.sendEvent(window, event)
    assert not event.isAccepted()
    assert window.isVisible() and window.stack.currentWidget() is screen
    assert kiosk.mode.lockdown.blocked >= 8
    # The PIN pad is not staff mode yet.
    kiosk.mode.enter()
    kiosk.idle()
    assert window.close() is False and window.isVisible()


def test_in_staff_mode_the_window_may_close(kiosk: StaffDriver) -> None:
    kiosk.sign_in()
    blocked = kiosk.mode.lockdown.blocked
    _key(kiosk.window, Key.Key_Escape)
    assert kiosk.mode.lockdown.blocked == blocked
    assert kiosk.window.close() is True


def test_exit_to_desktop(kiosk: StaffDriver) -> None:
    codes: list[int] = []
    kiosk.mode.quit = codes.append
    kiosk.sign_in()
    kiosk.touch("staffExit")
    kiosk.qtbot.waitUntil(lambda: codes == [0])
    assert kiosk.mode.service.exit_requested
    assert kiosk.mode.service.audit.entries(1)[0].action == "staff.exit_to_desktop"


def test_staff_mode_leaves_by_itself_after_idle(kiosk: StaffDriver) -> None:
    kiosk.mode.set_idle(2.0)  # long enough to finish signing in on a loaded machine
    kiosk.sign_in()
    window = kiosk.window
    kiosk.qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=10000)
    assert not kiosk.mode.signed_in and not kiosk.mode.active
    assert kiosk.mode.dashboard.outbox.list.count() == 0
    assert kiosk.mode.service.audit.entries(1)[0].details == {"reason": "idle"}
    assert window.close() is False  # locked down again


def test_start_over_and_leave_button_sign_out(kiosk: StaffDriver) -> None:
    kiosk.sign_in()
    kiosk.touch("startOver")
    assert kiosk.window.stack.currentWidget() is kiosk.window.home
    assert not kiosk.mode.signed_in
    kiosk.sign_in()
    kiosk.touch("staffLeave")
    assert kiosk.window.stack.currentWidget() is kiosk.window.home
    reasons = [e.details.get("reason") for e in kiosk.mode.service.audit.entries(10)]
    assert reasons[0] == "button" and "away" in reasons


def test_no_widget_of_the_dashboard_shows_personal_data(
    kiosk: StaffDriver, staff: StaffService
) -> None:
    for _ in range(3):
        enqueue(staff.outbox, mobile=None)
    kiosk.window.backend.worker.notify()
    kiosk.qtbot.waitUntil(lambda: staff.outbox.counts()["rejected"] >= 3, timeout=20000)
    kiosk.sign_in()
    for row in range(3):
        kiosk.find("staffSubmissions").setCurrentRow(row)
        texts = widget_texts(kiosk.mode.screen)
        joined = "\n".join(texts)
        for secret in (FIN, SURNAME, "Rəşad Məmmədov"):
            assert secret not in joined


def test_call_staff_shows_in_staff_mode_with_service_names(
    kiosk: StaffDriver, staff: StaffService
) -> None:
    enqueue(staff.outbox)
    kiosk.touch("tile_household")
    kiosk.touch("callStaff")
    kiosk.sign_in()
    help_text = kiosk.find("staffHelp").text()
    assert help_text.startswith("An applicant asked for help at ")
    assert "Household electricity connection · Your identity" in help_text
    texts = kiosk.dashboard_texts()
    assert "Household electricity connection" in texts
    assert " · household · " not in texts  # a service's name, never its id
    kiosk.touch("staffHelpDone")
    assert not kiosk.find("staffHelp").isVisible()
    assert kiosk.window.help_request is None


def test_call_staff_names_the_apology_page_never_a_class(
    kiosk: StaffDriver, staff: StaffService
) -> None:
    """The applicant met "something went wrong" and called staff from there: staff read where, in
    words (a screen's class name such as ``ApologyScreen`` means nothing to them)."""
    kiosk.window.show_apology()
    kiosk.qtbot.waitUntil(lambda: kiosk.window.stack.currentWidget() is kiosk.window.apology)
    kiosk.touch("callStaff")
    kiosk.sign_in()
    help_text = kiosk.find("staffHelp").text()
    assert "the page that says something went wrong" in help_text
    assert "Screen" not in help_text
