"""A water reading with two meters, both photos sent from the applicant's (simulated) phone: the kiosk's
real backend and widgets, the reference central on 127.0.0.1, the sync, the photos stored on the
central as attachments of the application (docs/PHOTOS.md)."""

from __future__ import annotations

import io
import threading
from typing import Any

import httpx
import pytest
from PIL import Image
from PySide6.QtWidgets import QLabel
from sqlalchemy import select
from ui_driver import Driver, scroll_into_view

from central.db import Attachment, Handoff, Submission, open_db
from central.testing import CentralServer
from kiosk.app import services
from kiosk.receipt_files import read_receipt
from kiosk.ui.app import application, build_window

pytestmark = pytest.mark.timeout(300)


def _photo(shade: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (640, 480), (shade, 90, 40)).save(out, "JPEG", comment=b"taken-at-home")
    return out.getvalue()


def _phone(url: str, photo: bytes, done: list[int]) -> None:
    page = httpx.get(url, timeout=10)
    assert page.status_code == 200
    done.append(
        httpx.post(url, files={"photo": ("IMG.jpg", photo, "image/jpeg")}, timeout=30).status_code
    )


def _type_into(kiosk: Driver, edit: Any, text: str) -> None:
    """Touch this card's own field (every card's reading has the same name) and type on screen."""
    scroll_into_view(edit)
    kiosk.tap(edit)
    kiosk.qtbot.waitUntil(lambda: kiosk.window.keyboard.target is edit)
    for char in text:
        kiosk.key(char)


def _photo_from_phone(kiosk: Driver, field: Any, photo: bytes) -> None:
    kiosk.touch(field.from_phone)
    overlay = field.phone
    kiosk.qtbot.waitUntil(lambda: overlay.state == "waiting", timeout=15000)
    done: list[int] = []
    phone = threading.Thread(target=_phone, args=(overlay.qr.data, photo, done))
    phone.start()
    kiosk.qtbot.waitUntil(lambda: field.attachment is not None, timeout=20000)
    phone.join(10)
    assert done == [200]


def test_two_meters_with_photos_from_the_phone(qtbot, config, central: CentralServer) -> None:  # type: ignore[no-untyped-def]
    application()
    with services(config, local_central=False) as (_effective, backend):
        window = build_window(backend, "en")  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.resize(1920, 1080)
        window.show()
        kiosk = Driver(qtbot, window)
        try:
            kiosk.touch("tile_water_reading")
            kiosk.type_on_screen("field_fin", "6HTR4WB")
            kiosk.type_hardware("field_mobile", "+994 55 765 43 21")
            kiosk.next()
            kiosk.wait_step("subscriber")
            kiosk.type_on_screen("field_subscriber_code", "204561238")
            kiosk.next()
            kiosk.enter_identity_code(lambda challenge: central.identity_code(challenge.id))
            kiosk.qtbot.waitUntil(lambda: kiosk.find("field_subscriber_name").text() != "")
            kiosk.next()
            kiosk.wait_step("meters")
            cards = window.wizard.page.groups["meters"].cards
            assert len(cards) == 2  # both meters the registry knows
            for card, reading, shade in ((cards[0], "490,5", 200), (cards[1], "100", 30)):
                _type_into(kiosk, card.fields["reading"].edit, reading)
                kiosk.touch(card.fields["reading_date"].today)
                _photo_from_phone(kiosk, card.fields["photo"], _photo(shade))
            kiosk.next()
            kiosk.wait_step("contact")
            kiosk.next()
            kiosk.wait_step("review")
            kiosk.touch("next")
            qtbot.waitUntil(lambda: kiosk.screen() is window.confirmation, timeout=10000)
            code = kiosk.label("trackingCode")

            qtbot.waitUntil(
                lambda: code in {s["tracking_code"] for s in central.submissions()}, timeout=20000
            )
            engine, sessionmaker = open_db(central.database_url)
            try:
                with sessionmaker() as session:
                    pk = session.scalar(
                        select(Submission.id).where(Submission.tracking_code == code)
                    )
                    rows = session.scalars(
                        select(Attachment)
                        .where(Attachment.submission_pk == pk)
                        .order_by(Attachment.field)
                    ).all()
                    assert [(r.field, r.content_type) for r in rows] == [
                        ("meters.0.photo", "image/jpeg"),
                        ("meters.1.photo", "image/jpeg"),
                    ]
                    for row, shade in zip(rows, (200, 30), strict=True):
                        assert b"taken-at-home" not in row.data  # re-encoded on the way
                        with Image.open(io.BytesIO(row.data)) as image:
                            red = image.getpixel((10, 10))[0]
                            assert abs(red - shade) < 10  # each meter got its own photo
                    # Nothing of the photos stays in the hand-off store.
                    stored = session.scalars(select(Handoff)).all()
                    assert len(stored) == 2
                    assert all(h.state == "fetched" and h.data is None for h in stored)
            finally:
                engine.dispose()
        finally:
            window.shutdown()
            window.languages.uninstall()


def test_photo_to_follow_then_added_from_the_status_page(  # type: ignore[no-untyped-def]
    qtbot, config, central: CentralServer
) -> None:
    from pathlib import Path

    from receipts_helpers import pdf_text

    from central import handoffs

    application()
    with services(config, local_central=False) as (effective, backend):
        window = build_window(backend, "en")  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.resize(1920, 1080)
        window.show()
        kiosk = Driver(qtbot, window)
        try:
            kiosk.touch("tile_water_reading")
            kiosk.type_on_screen("field_fin", "5ZK2M8P")
            kiosk.type_hardware("field_mobile", "+994 55 765 43 21")
            kiosk.next()
            kiosk.wait_step("subscriber")
            kiosk.type_on_screen("field_subscriber_code", "10234567")
            kiosk.next()
            kiosk.enter_identity_code(lambda challenge: central.identity_code(challenge.id))
            kiosk.qtbot.waitUntil(lambda: kiosk.find("field_subscriber_name").text() != "")
            kiosk.next()
            kiosk.wait_step("meters")
            card = window.wizard.page.groups["meters"].cards[0]
            _type_into(kiosk, card.fields["reading"].edit, "130")
            kiosk.touch(card.fields["reading_date"].today)
            kiosk.touch(card.fields["photo"].later)  # no phone at hand
            assert card.fields["photo"].to_follow
            kiosk.next()
            kiosk.wait_step("contact")
            kiosk.next()
            kiosk.wait_step("review")
            shown = [label.text() for label in window.wizard.page.findChildren(QLabel)]
            assert any(
                "Photo of the meter: Photo to follow (from the status page)" in t for t in shown
            )
            kiosk.touch("next")
            qtbot.waitUntil(lambda: kiosk.screen() is window.confirmation, timeout=10000)
            code = kiosk.label("trackingCode")
            qtbot.waitUntil(
                lambda: code in {s["tracking_code"] for s in central.submissions()}, timeout=20000
            )

            # The receipt says which photo is to follow.
            kiosk.touch("printReceipt")
            receipts = Path(effective.data_dir) / "receipts"
            # Sealed with the outbox's key on a terminal in service (docs/SECURITY.md).
            qtbot.waitUntil(lambda: any(receipts.glob("*.pdf.ag1")), timeout=20000)
            pdf = read_receipt(next(receipts.glob("*.pdf.ag1")), effective.data_dir)
            text = " ".join(pdf_text(pdf).split())
            assert "photo to follow" in text

            engine, sessionmaker = open_db(central.database_url)
            try:
                with sessionmaker() as session:
                    pk = session.scalar(
                        select(Submission.id).where(Submission.tracking_code == code)
                    )
                    assert handoffs.awaiting_photos(session, pk) == ["meters.0.photo"]

                # The applicant at home: the status page's button, then the phone page.
                page = httpx.get(f"{central.url}/t/{code}?lang=en", timeout=10)
                assert "Add the missing photo" in page.text
                form = httpx.post(
                    f"{central.url}/t/{code}/photo?lang=en",
                    data={"field": "meters.0.photo"},
                    follow_redirects=True,
                    timeout=10,
                )
                assert form.status_code == 200
                upload_url = str(form.url).split("?")[0]
                sent = httpx.post(
                    upload_url, files={"photo": ("m.jpg", _photo(120), "image/jpeg")}, timeout=30
                )
                assert sent.status_code == 200
                with sessionmaker() as session:
                    assert handoffs.awaiting_photos(session, pk) == []
                    fields = session.scalars(
                        select(Attachment.field).where(Attachment.submission_pk == pk)
                    ).all()
                    assert fields == ["meters.0.photo"]
            finally:
                engine.dispose()
        finally:
            window.shutdown()
            window.languages.uninstall()
