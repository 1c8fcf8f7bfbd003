"""A meter photo from the applicant's phone at the kiosk's real widgets (docs/PHOTOS.md): a real central on
loopback, the kiosk's own client, a thread playing the phone with a real HTTP client. And a central that
hands the kiosk what it should have refused: the kiosk checks the photo again and refuses it itself.

``UPDATE_SCREENSHOTS=1`` also writes the QR state to docs/screenshots/phone-photo-kiosk.png."""

from __future__ import annotations

import json
import os
import re
import struct
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from local_backend import LocalBackend
from ui_driver import Driver

from central.config import REPO_ROOT
from central.testing import CentralServer
from kiosk.api.client import CentralClient
from kiosk.core import attachments
from kiosk.examples import sample_png
from kiosk.phone_handoffs import PhoneHandoffs

pytestmark = pytest.mark.timeout(240)


@pytest.fixture
def central(tmp_path: Path) -> Iterator[CentralServer]:
    with CentralServer(tmp_path / "central") as server:
        yield server


@pytest.fixture
def phone_backend(backend: LocalBackend, central: CentralServer) -> Iterator[LocalBackend]:
    client = CentralClient(central.url, central.token, lookup_timeout=3.0, connect_retries=0)
    backend.phone_handoffs = PhoneHandoffs(client)  # type: ignore[attr-defined]
    yield backend
    client.close()


def _phone(url: str, photo: bytes, done: list[int]) -> None:
    """The applicant's phone: opens the page from the QR code, sends the photo with its form."""
    page = httpx.get(url, timeout=10)
    assert page.status_code == 200 and 'type="file"' in page.text
    sent = httpx.post(url, files={"photo": ("IMG_2041.png", photo, "image/png")}, timeout=30)
    done.append(sent.status_code)


def test_the_photo_from_the_phone_shows_in_the_field(
    kiosk: Driver, phone_backend: LocalBackend
) -> None:
    kiosk.to_water_meters()
    field = kiosk.window.wizard.page.groups["meters"].cards[0].fields["photo"]
    assert field.field_path() == "meters.0.photo"
    kiosk.touch(field.from_phone)
    overlay = field.phone
    kiosk.qtbot.waitUntil(lambda: overlay.state == "waiting", timeout=15000)
    assert overlay.isVisible() and overlay.qr.isVisible()
    url = overlay.qr.data
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/p/[A-Za-z0-9_-]{22,}", url)
    assert re.fullmatch(r"[0-9A-Z]{4}-[0-9A-Z]{4}", overlay.code.text())
    if os.environ.get("UPDATE_SCREENSHOTS") == "1":
        kiosk.window.grab().save(str(REPO_ROOT / "docs" / "screenshots" / "phone-photo-kiosk.png"))

    done: list[int] = []
    phone = threading.Thread(target=_phone, args=(url, sample_png(320, 240), done))
    phone.start()
    kiosk.qtbot.waitUntil(lambda: field.attachment is not None, timeout=20000)
    phone.join(10)
    assert done == [200]
    assert not overlay.isVisible()
    assert field.attachment.content_type == "image/png"
    pixmap = field.preview.pixmap()
    assert pixmap is not None and not pixmap.isNull()  # the thumbnail
    assert field.error.isHidden()
    if os.environ.get("UPDATE_SCREENSHOTS") == "1":
        field.grab().save(str(REPO_ROOT / "docs" / "screenshots" / "phone-photo-field.png"))


def test_offline_mid_handoff_offers_photo_to_follow_and_loses_nothing(
    kiosk: Driver, phone_backend: LocalBackend, central: CentralServer
) -> None:
    kiosk.to_water_meters()
    card = kiosk.window.wizard.page.groups["meters"].cards[0]
    kiosk.type_on_screen(card.fields["reading"].edit.objectName(), "250,5")
    field = card.fields["photo"]
    kiosk.touch(field.from_phone)
    overlay = field.phone
    kiosk.qtbot.waitUntil(lambda: overlay.state == "waiting", timeout=15000)

    central.stop()  # the network goes away while the applicant fetches their phone
    kiosk.qtbot.waitUntil(lambda: overlay.state == "offline", timeout=20000)
    assert "cannot reach the network" in overlay.status.text()
    assert overlay.send_later.isVisible()
    kiosk.touch(overlay.send_later)
    assert not overlay.isVisible()
    assert field.to_follow
    assert field.preview.text() == "Photo to follow"
    # Nothing typed is lost.
    assert card.fields["reading"].edit.text() == "250,5"
    answers = kiosk.window.wizard.wizard.answers["meters"][0]
    assert isinstance(answers["photo"], attachments.ToFollow)
    assert answers["factory_number"] == "WM123456"


def test_cancel_drops_the_link(kiosk: Driver, phone_backend: LocalBackend) -> None:
    kiosk.to_water_meters()
    field = kiosk.window.wizard.page.groups["meters"].cards[0].fields["photo"]
    kiosk.touch(field.from_phone)
    overlay = field.phone
    kiosk.qtbot.waitUntil(lambda: overlay.state == "waiting", timeout=15000)
    url = overlay.qr.data
    kiosk.touch(overlay.cancel_button)
    assert not overlay.isVisible()
    kiosk.qtbot.waitUntil(lambda: httpx.get(url).status_code == 410, timeout=10000)
    assert field.attachment is None


def test_the_session_ending_drops_the_link(kiosk: Driver, phone_backend: LocalBackend) -> None:
    kiosk.to_water_meters()
    field = kiosk.window.wizard.page.groups["meters"].cards[0].fields["photo"]
    kiosk.touch(field.from_phone)
    overlay = field.phone
    kiosk.qtbot.waitUntil(lambda: overlay.state == "waiting", timeout=15000)
    url = overlay.qr.data
    kiosk.window.reset_session()  # what the idle timeout and "Start over" do
    kiosk.qtbot.waitUntil(lambda: not overlay.isVisible(), timeout=10000)
    assert kiosk.screen() is kiosk.window.home
    kiosk.qtbot.waitUntil(lambda: httpx.get(url).status_code == 410, timeout=10000)


def test_a_photo_from_the_phone_counts_as_the_applicants_touch(
    kiosk: Driver, phone_backend: LocalBackend
) -> None:
    """The applicant spent the wait on their phone, not away: the photo's arrival starts the idle time
    (the "are you still there?" question) again, as a touch on the screen would."""
    kiosk.to_water_meters()
    idle = kiosk.window.idle_timer
    idle.setInterval(60_000)
    field = kiosk.window.wizard.page.groups["meters"].cards[0].fields["photo"]
    kiosk.touch(field.from_phone)  # the last touch on the screen
    overlay = field.phone
    kiosk.qtbot.waitUntil(lambda: overlay.state == "waiting", timeout=15000)
    kiosk.qtbot.wait(2000)  # picking the photo on the phone
    left_before = idle.remainingTime()
    assert idle.isActive() and left_before < 58_500
    done: list[int] = []
    phone = threading.Thread(target=_phone, args=(overlay.qr.data, sample_png(320, 240), done))
    phone.start()
    kiosk.qtbot.waitUntil(lambda: field.attachment is not None, timeout=20000)
    phone.join(10)
    assert done == [200]
    assert idle.isActive() and idle.remainingTime() > left_before + 1000


def _png_bomb() -> bytes:
    """A tiny PNG whose header says 30000 x 30000 pixels (900 megapixels)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + crc

    header = struct.pack(">IIBBBBB", 30000, 30000, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 4096))
        + chunk(b"IEND", b"")
    )


RENAMED_EXE = b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 2000


@contextmanager
def _careless_central(photo: bytes) -> Iterator[tuple[str, list[str]]]:
    """A central on loopback that gives a link, and at the kiosk's first poll hands it ``photo`` as
    a JPEG, whatever it is (as a central that let a bad upload through would). Yields its address and
    the requests it got."""
    got: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *_args: object) -> None:
            pass

        def _answer(self, status: int, body: bytes = b"", kind: str = "application/json") -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:
            got.append(f"POST {self.path}")
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            link = {
                "id": "h1",
                "url": f"{base}/p/{'t' * 22}",
                "code": "AB12-CD34",
                "code_url": f"{base}/p",
                "expires_at": "2099-01-01T00:00:00+00:00",
            }
            self._answer(201, json.dumps(link).encode())

        def do_GET(self) -> None:
            got.append(f"GET {self.path}")
            if self.path == "/api/v1/handoffs/h1":
                self._answer(200, photo, "image/jpeg")
            else:
                self._answer(404)

        def do_DELETE(self) -> None:
            got.append(f"DELETE {self.path}")
            self._answer(204)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    serving = threading.Thread(target=server.serve_forever, daemon=True)
    serving.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", got
    finally:
        server.shutdown()
        server.server_close()
        serving.join(5)


@pytest.mark.parametrize(
    ("photo", "language", "says"),
    [
        (
            RENAMED_EXE,
            "en",
            "The photo that arrived cannot be used: Only PDF, JPEG or PNG files can be used. "
            "Send another one with a new code.",
        ),
        (
            _png_bomb(),
            "az",
            "Gələn fotodan istifadə etmək olmur: Fayl zədələnib və ya əsl şəkil, yaxud PDF deyil. "
            "Yeni kodla başqa foto göndərin.",
        ),
    ],
    ids=["renamed-exe", "png-bomb"],
)
def test_a_bad_photo_from_the_central_is_refused_by_the_kiosk(
    kiosk: Driver, backend: LocalBackend, photo: bytes, language: str, says: str
) -> None:
    with _careless_central(photo) as (url, got):
        client = CentralClient(url, "kiosk-token", lookup_timeout=3.0, connect_retries=0)
        backend.phone_handoffs = PhoneHandoffs(client)  # type: ignore[attr-defined]
        try:
            kiosk.to_water_meters()
            kiosk.touch(f"lang_{language}")  # said in the applicant's language
            card = kiosk.window.wizard.page.groups["meters"].cards[0]
            field = card.fields["photo"]
            kiosk.touch(field.from_phone)
            overlay = field.phone
            kiosk.qtbot.waitUntil(lambda: overlay.state == "refused", timeout=15000)
        finally:
            client.close()
    assert got[:2] == ["POST /api/v1/handoffs", "GET /api/v1/handoffs/h1"]
    assert overlay.isVisible()
    assert overlay.status.text() == says
    assert overlay.again.isVisible() and overlay.send_later.isVisible()
    assert not overlay.qr.isVisible()  # the link was used: a new one is needed
    assert field.attachment is None
    answers = kiosk.window.wizard.wizard.answers["meters"][0]
    assert not isinstance(answers.get("photo"), attachments.Attachment)

    kiosk.touch(overlay.cancel_button)
    assert not overlay.isVisible()
    assert field.attachment is None and not field.to_follow
    pixmap = field.preview.pixmap()
    assert pixmap is None or pixmap.isNull()  # no thumbnail of what was refused
