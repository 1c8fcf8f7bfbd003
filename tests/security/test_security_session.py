"""A whole applicant session through the real widgets leaves no personal data in the log, and after an
idle reset a marker typed into the form is found nowhere: widgets, temporary files, the outbox."""

from __future__ import annotations

import logging
import os
import secrets
import string
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from local_backend import LocalBackend
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from security_helpers import found_in, sqlite_files, text_needles
from ui_driver import Driver

from kiosk.logs import setup_logging, teardown_logging
from kiosk.ui.app import application, build_window

# What the applicant types or the (invented) registry shows for FİN 5ZK2M8P in a household session.
SESSION_DATA = [
    "5ZK2M8P",
    "0501234567",
    "501234567",
    "Məmmədov",
    "Elçin",
    "Rəşid",
    "Səməd Vurğun",
    "AB-123456",
    "2024/118",
]


@pytest.fixture
def log_path(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    level = root.level
    path = setup_logging(tmp_path / "data", "DEBUG")
    yield path
    teardown_logging()
    root.setLevel(level)


def open_kiosk(qtbot, tmp_path: Path, **options: object) -> tuple[Driver, LocalBackend]:  # type: ignore[no-untyped-def]
    usb = tmp_path / "usb"
    usb.mkdir(exist_ok=True)
    backend = LocalBackend(
        outbox_path=tmp_path / "data" / "outbox.sqlite3",
        media_roots=[str(usb)],
        **options,  # type: ignore[arg-type]
    )
    application()
    window = build_window(backend, "en")
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return Driver(qtbot, window), backend


def close_kiosk(kiosk: Driver, backend: LocalBackend) -> None:
    kiosk.window.shutdown()
    kiosk.window.languages.uninstall()
    backend.close()


def test_full_session_log_has_no_personal_data(qtbot, tmp_path: Path, log_path: Path) -> None:  # type: ignore[no-untyped-def]
    kiosk, backend = open_kiosk(qtbot, tmp_path)
    try:
        logging.getLogger("kiosk.test.security").info("session starts")
        kiosk.touch("tile_household")
        kiosk.type_on_screen("field_fin", "5ZK2M8P")
        kiosk.type_on_screen("field_mobile", "0501234567")
        kiosk.next()
        kiosk.wait_step("applicant")
        assert kiosk.find("field_surname").text() == "Məmmədov"
        kiosk.next()
        kiosk.wait_step("connection")
        kiosk.touch("choice_phase_1")
        kiosk.type_on_screen("field_power_kw", "7,5")
        kiosk.next()
        kiosk.wait_step("object")
        kiosk.focus("filter_district")
        kiosk.key("layout")
        for char in "şəki":
            kiosk.key(char)
        kiosk.pick_list("list_district", "Shaki District")
        kiosk.type_on_screen("field_property_registry_number", "AB-123456")
        kiosk.type_hardware("field_registration_number", "2024/118")
        kiosk.next()
        kiosk.wait_step("quote")
        kiosk.next()
        kiosk.wait_step("contact")
        kiosk.next()
        kiosk.wait_step("review")
        kiosk.touch("next")
        qtbot.waitUntil(lambda: kiosk.screen() is kiosk.window.confirmation)
        code = kiosk.label("trackingCode")
        item = backend.outbox.find_by_tracking_code(code)
        assert item is not None and backend.outbox.payload(item.id)["fin"] == "5ZK2M8P"
        # The same data logged carelessly would be caught by the filters, not written.
        logging.getLogger("kiosk.test.security").debug(
            "careless %s %s", "5ZK2M8P", "+994 50 123 45 67", extra={"surname": "Məmmədov"}
        )
    finally:
        close_kiosk(kiosk, backend)
    text = log_path.read_text(encoding="utf-8")
    assert "session starts" in text and "careless [fin] [phone]" in text
    for value in SESSION_DATA:
        assert value not in text, f"{value!r} is in the log"


def all_texts(widget: QWidget) -> list[str]:
    texts = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
    texts.append(widget.windowTitle())
    if isinstance(widget, QLineEdit):
        texts += [widget.text(), widget.placeholderText(), widget.displayText()]
    if isinstance(widget, QLabel | QAbstractButton):
        texts.append(widget.text())
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        texts.append(widget.toPlainText())
    if isinstance(widget, QListWidget):
        texts += [widget.item(i).text() for i in range(widget.count())]
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())] + [widget.currentText()]
    return texts


def widgets_holding(marker: str) -> list[str]:
    found = []
    for widget in QApplication.allWidgets():
        if any(marker in text for text in all_texts(widget)):
            found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    clipboard = QApplication.clipboard()
    if clipboard is not None and marker in clipboard.text():
        found.append("clipboard")
    return found


def files_holding(marker: str, roots: list[Path], since: float) -> list[str]:
    """Files under ``roots`` modified since ``since`` whose bytes hold the marker."""
    needles = text_needles(marker)
    found = []
    for root in roots:
        for folder, _, names in os.walk(root):
            for name in names:
                path = Path(folder) / name
                try:
                    st = path.stat()
                    if st.st_mtime >= since and st.st_size <= 50 * 1024 * 1024:
                        found += [f"{hit} ({path})" for hit in found_in([path], needles)]
                except OSError:
                    continue
    return found


def test_idle_reset_leaves_the_marker_nowhere(qtbot, tmp_path: Path, log_path: Path) -> None:  # type: ignore[no-untyped-def]
    marker = "ZQX" + "".join(secrets.choice(string.ascii_uppercase) for _ in range(8)) + "17"
    started = time.time() - 1
    kiosk, backend = open_kiosk(qtbot, tmp_path, idle_timeout_s=60)
    try:
        kiosk.window.idle_dialog.countdown_s = 1
        kiosk.touch("tile_household")
        kiosk.type_hardware("field_fin", "7QW3ERT")  # not in the registry: the name is typed
        kiosk.type_hardware("field_mobile", "0551234567")
        kiosk.next()
        kiosk.wait_step("applicant")
        surname = kiosk.type_hardware("field_surname", marker)
        address = kiosk.type_hardware("field_address", f"Baku, {marker} street 5")
        assert marker in surname.text() and marker in address.text()
        assert widgets_holding(marker)  # the search sees it while it is on screen
        # Then the applicant walks away: a short idle time from the last touch on, so that a slow
        # machine's typing above never counts as walking away.
        kiosk.window.idle_timer.setInterval(300)
        kiosk.window.idle_timer.start()
        qtbot.waitUntil(lambda: kiosk.screen() is kiosk.window.home, timeout=10_000)
        qtbot.wait(50)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert kiosk.window.wizard.wizard is None
        assert widgets_holding(marker) == []
        assert backend.submitted == [] and sum(backend.outbox.counts().values()) == 0
    finally:
        close_kiosk(kiosk, backend)
    assert found_in(sqlite_files(tmp_path / "data" / "outbox.sqlite3"), text_needles(marker)) == []
    control = tmp_path / "control"
    control.mkdir()
    (control / "typed.txt").write_text(f"x{marker}x", encoding="utf-16")
    assert files_holding(marker, [control], started)  # the search finds a marker that is there
    (control / "typed.txt").unlink()
    roots = [Path(tempfile.gettempdir()), tmp_path]
    assert files_holding(marker, roots, started) == []
    assert marker not in log_path.read_text(encoding="utf-8")
