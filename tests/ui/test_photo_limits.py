"""The central's limits are met at the photo step, not at Send (issue 15): photos that together would be
refused by the central are said at the photo field, in the applicant's language, before the receipt; and
a demonstration terminal says DEMO on every screen."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from local_backend import LocalBackend
from PIL import Image
from PySide6.QtWidgets import QLineEdit
from ui_driver import Driver, scroll_into_view, settle

from kiosk.core.application import Settings
from kiosk.core.attachments import MIB, Limits
from kiosk.startup import PendingBackend
from kiosk.ui.app import application, build_window
from kiosk.ui.window import KioskWindow

TOTAL = 1 * MIB


def noisy_png(path: Path, seed: int) -> Path:
    """About 700 KB of PNG (noise does not compress): two of them are more than :data:`TOTAL`."""
    rng = random.Random(seed)
    Image.frombytes("RGB", (600, 400), rng.randbytes(600 * 400 * 3)).save(path, "PNG")
    return path


@pytest.fixture
def backend_options() -> dict[str, object]:
    # Offline: the applicant types what the registry would fill in.
    return {"settings": Settings(limits=Limits(max_attachments_total_bytes=TOTAL)), "online": False}


def type_into(kiosk: Driver, edit: QLineEdit, text: str) -> None:
    """Touch this field (the cards of a group share field names) and type on the on-screen keys."""
    scroll_into_view(edit)
    kiosk.tap(edit)
    kiosk.qtbot.waitUntil(
        lambda: kiosk.window.keyboard.isVisible() and kiosk.window.keyboard.target is edit
    )
    for char in text:
        kiosk.key(char)


def fill_meter(kiosk: Driver, card: object, factory: str, photo: str) -> None:
    fields = card.fields  # type: ignore[attr-defined]
    type_into(kiosk, fields["factory_number"].edit, factory)
    type_into(kiosk, fields["seal_number"].edit, "PL7788")
    type_into(kiosk, fields["reading"].edit, "250,5")
    kiosk.touch(fields["reading_date"].today)
    kiosk.touch(fields["photo"].choose)
    kiosk.pick_list("pickerList", photo)
    kiosk.qtbot.waitUntil(lambda: fields["photo"].attachment is not None, timeout=20000)


def test_photos_over_the_centrals_total_are_refused_at_the_photo_step(
    kiosk: Driver, backend: LocalBackend, tmp_path: Path
) -> None:
    noisy_png(tmp_path / "usb" / "meter-a.png", 1)
    noisy_png(tmp_path / "usb" / "meter-b.png", 2)
    kiosk.touch("tile_water_reading")
    kiosk.type_on_screen("field_fin", "5ZK2M8P")
    kiosk.type_hardware("field_mobile", "+994 55 765 43 21")
    kiosk.next()
    kiosk.wait_step("subscriber")
    kiosk.type_on_screen("field_subscriber_code", "1002003001")
    kiosk.next()
    kiosk.qtbot.waitUntil(lambda: not kiosk.window.runner.busy)
    while kiosk.step() == "subscriber":  # offline: the names are typed, then on
        for name in ("surname", "given_name"):
            field = kiosk.window.findChild(object, f"field_{name}")
            if field is not None and field.isVisible() and not field.text():
                kiosk.type_on_screen(f"field_{name}", "Quliyeva")
        kiosk.next()
        kiosk.qtbot.waitUntil(lambda: not kiosk.window.runner.busy)
    kiosk.wait_step("meters")
    group = kiosk.window.wizard.page.groups["meters"]
    fill_meter(kiosk, group.cards[0], "WM123456", "meter-a.png")
    kiosk.touch("add_meters")
    fill_meter(kiosk, group.cards[1], "WM654321", "meter-b.png")
    photos = [card.fields["photo"].attachment for card in group.cards]
    assert sum(p.size for p in photos) > TOTAL and all(p.size < TOTAL for p in photos)

    kiosk.next()  # the photo step does not let the applicant on
    assert kiosk.step() == "meters"
    shown = kiosk.window.wizard.wizard.shown_errors
    assert {e.code for e in shown.values()} == {"file.total"}, shown
    error = group.cards[1].fields["photo"].error
    assert error.isVisible()
    assert error.text() == (
        "Together the photos are too large to send (at most 1 MB): use smaller photos, or fewer."
    )
    assert backend.submitted == []  # no receipt for what could never arrive

    kiosk.touch("lang_az")  # said in the applicant's language
    assert error.text() != "" and "1 MB" in error.text() and "Together" not in error.text()
    kiosk.touch("lang_en")

    kiosk.touch("remove_meters_1")  # fewer photos: now it fits
    kiosk.next()
    kiosk.wait_step("contact")


def demo_window(qtbot: object, backend: object) -> Iterator[KioskWindow]:
    application()
    made = build_window(backend, "en")  # type: ignore[arg-type]
    qtbot.addWidget(made)  # type: ignore[attr-defined]
    made.resize(1920, 1080)
    made.show()
    qtbot.waitUntil(made.isVisible)  # type: ignore[attr-defined]
    yield made
    made.shutdown()
    made.languages.uninstall()


def test_a_demonstration_terminal_says_demo_on_every_screen(
    qtbot: object, backend: LocalBackend
) -> None:
    backend.demo = True  # type: ignore[attr-defined]
    for window in demo_window(qtbot, backend):
        kiosk = Driver(qtbot, window)
        banner = kiosk.find("demoBanner")
        for screen in ("home", "wizard", "tracking"):
            if screen == "wizard":
                kiosk.touch("tile_water_reading")
            elif screen == "tracking":
                window.show_tracking()
            settle(qtbot)
            assert banner.isVisible() and banner.text().startswith("DEMO")
            top_left = banner.mapTo(window, banner.rect().topLeft())
            assert top_left.y() < 80 and banner.width() >= window.width() * 0.9  # across the top
        kiosk.touch("lang_ru")
        assert banner.text().startswith("ДЕМО") or banner.text().startswith("DEMO")
        assert (
            banner.text()
            != "DEMO — a demonstration terminal. Applications made here are not sent to a utility."
        )


def test_a_terminal_in_service_has_no_banner(window: KioskWindow) -> None:
    assert window.findChild(object, "demoBanner") is None


def test_the_pending_backend_carries_demo_from_the_configuration(tmp_path: Path) -> None:
    from kiosk.config import KioskConfig

    assert PendingBackend(KioskConfig(data_dir=tmp_path, demo=True)).demo is True
    assert PendingBackend(KioskConfig(data_dir=tmp_path)).demo is False
