"""Meter photos from the applicant's phone (docs/PHOTOS.md): a real central on loopback, the kiosk's
calls with its token, the phone played by a real HTTP client posting the page's multipart form."""

from __future__ import annotations

import io
import re
import struct
import time
import uuid
import zlib
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image

from central import auth, handoffs, phone_pages
from central.db import open_db
from central.testing import CentralServer, sample_submission

pytestmark = pytest.mark.timeout(180)


def _jpeg_with_metadata() -> bytes:
    """A real JPEG carrying an EXIF block (camera, GPS-like text) and a COM comment."""
    image = Image.new("RGB", (160, 120), (120, 140, 160))
    exif = Image.Exif()
    exif[0x010F] = "SecretCam Maker"  # Make
    exif[0x9286] = "GPS 40.4093 49.8671"  # UserComment
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes(), comment=b"home-address-comment")
    data = out.getvalue()
    assert b"SecretCam" in data and b"home-address-comment" in data
    return data


def _png_bomb(side: int = 30_000) -> bytes:
    """A tiny PNG that says it is ``side`` × ``side`` pixels (900 megapixels): a decompression bomb."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 10_000))
        + chunk(b"IEND", b"")
    )


class Kiosk:
    def __init__(self, central: CentralServer, token: str) -> None:
        self.url = central.url
        self.headers = {"Authorization": f"Bearer {token}"}

    def create(self, field: str = "meters.0.photo") -> dict[str, Any]:
        resp = httpx.post(
            self.url + "/api/v1/handoffs", json={"field": field}, headers=self.headers, timeout=10
        )
        assert resp.status_code == 201, resp.text
        return dict(resp.json())

    def poll(self, handoff_id: str) -> httpx.Response:
        return httpx.get(
            f"{self.url}/api/v1/handoffs/{handoff_id}", headers=self.headers, timeout=10
        )


def _phone_post(url: str, data: bytes, name: str = "IMG_0001.jpg", **kw: Any) -> httpx.Response:
    return httpx.post(
        url, files={"photo": (name, data, "image/jpeg")}, timeout=60, follow_redirects=True, **kw
    )


@pytest.fixture
def kiosk(central: CentralServer) -> Kiosk:
    return Kiosk(central, central.token)


def _other_token(central: CentralServer) -> str:
    engine, sessionmaker = open_db(central.database_url)
    try:
        with sessionmaker() as session:
            return auth.create_token(session, auth.KIOSK, f"OTHER-{uuid.uuid4().hex[:6]}")
    finally:
        engine.dispose()


def test_waiting_then_photo_once_then_gone(central: CentralServer, kiosk: Kiosk) -> None:
    made = kiosk.create()
    assert set(made) >= {"id", "url", "expires_at", "code"}
    assert made["url"].startswith(central.url + "/p/")
    token = made["url"].rsplit("/", 1)[1]
    assert len(token) >= 22  # token_urlsafe(16): 128 bits
    assert kiosk.poll(made["id"]).status_code == 204

    page = httpx.get(made["url"], headers={"Accept-Language": "ru-RU,ru;q=0.9"}, timeout=10)
    assert page.status_code == 200
    assert 'type="file"' in page.text and 'capture="environment"' in page.text
    assert 'accept="image/*"' in page.text and 'lang="ru"' in page.text
    assert phone_pages.t("send", "ru") in page.text

    photo = _jpeg_with_metadata()
    sent = _phone_post(made["url"] + "?lang=en", photo)
    assert sent.status_code == 200, sent.text
    assert phone_pages.t("received_kiosk", "en") in sent.text

    got = kiosk.poll(made["id"])
    assert got.status_code == 200
    assert got.headers["content-type"] == "image/jpeg"
    # Re-encoded: a real JPEG without the EXIF block or the comment.
    assert got.content.startswith(b"\xff\xd8\xff")
    assert b"SecretCam" not in got.content and b"home-address-comment" not in got.content
    assert b"Exif" not in got.content
    with Image.open(io.BytesIO(got.content)) as opened:
        assert opened.size == (160, 120) and not opened.getexif()

    assert kiosk.poll(made["id"]).status_code == 410  # fetched: dropped
    # The bytes are gone from the store.
    engine, sessionmaker = open_db(central.database_url)
    try:
        with sessionmaker() as session:
            row = session.get(handoffs.Handoff, made["id"])
            assert row is not None and row.state == "fetched" and row.data is None
    finally:
        engine.dispose()


def test_another_kiosks_token_is_not_found(central: CentralServer, kiosk: Kiosk) -> None:
    made = kiosk.create()
    other = Kiosk(central, _other_token(central))
    assert other.poll(made["id"]).status_code == 404
    resp = httpx.delete(f"{central.url}/api/v1/handoffs/{made['id']}", headers=other.headers)
    assert resp.status_code == 404
    assert kiosk.poll(made["id"]).status_code == 204  # untouched
    assert httpx.get(f"{central.url}/api/v1/handoffs/{made['id']}").status_code == 401


def test_used_link_cannot_be_used_again(central: CentralServer, kiosk: Kiosk) -> None:
    made = kiosk.create()
    assert _phone_post(made["url"], _jpeg_with_metadata()).status_code == 200
    again = _phone_post(made["url"] + "?lang=az", _jpeg_with_metadata())
    assert again.status_code == 410
    assert phone_pages.t("used", "az") in again.text
    assert httpx.get(made["url"]).status_code == 410
    assert kiosk.poll(made["id"]).status_code == 200  # the first photo, not the second
    assert kiosk.poll(made["id"]).status_code == 410


def test_the_short_code_opens_the_same_page(central: CentralServer, kiosk: Kiosk) -> None:
    made = kiosk.create()
    typed = made["code"].lower().replace("-", " ")
    page = httpx.get(
        made["code_url"], params={"code": typed, "lang": "en"}, follow_redirects=True, timeout=10
    )
    assert page.status_code == 200 and 'type="file"' in page.text
    sent = _phone_post(str(page.url).split("?")[0], _jpeg_with_metadata())
    assert sent.status_code == 200
    assert kiosk.poll(made["id"]).status_code == 200
    bad = httpx.get(made["code_url"], params={"code": "nope", "lang": "en"}, timeout=10)
    assert bad.status_code == 404 and phone_pages.t("bad_code", "en") in bad.text


def test_a_dropped_handoff_is_gone(central: CentralServer, kiosk: Kiosk) -> None:
    made = kiosk.create()
    resp = httpx.delete(f"{central.url}/api/v1/handoffs/{made['id']}", headers=kiosk.headers)
    assert resp.status_code == 204
    assert kiosk.poll(made["id"]).status_code == 410
    page = httpx.get(made["url"] + "?lang=en")
    assert page.status_code == 410 and phone_pages.t("expired", "en") in page.text


def test_a_50_mb_file_is_refused_early(central: CentralServer, kiosk: Kiosk) -> None:
    made = kiosk.create()
    big = b"\xff\xd8\xff" + b"\x00" * (50 * 1024 * 1024)
    resp = _phone_post(made["url"] + "?lang=en", big)
    assert resp.status_code == 413
    assert phone_pages.t("file.too_large", "en", max="10") in resp.text
    assert 'type="file"' in resp.text  # the form again, to choose another
    assert kiosk.poll(made["id"]).status_code == 204  # still open for a right one


def test_a_renamed_executable_is_refused(central: CentralServer, kiosk: Kiosk) -> None:
    made = kiosk.create()
    exe = b"MZ\x90\x00\x03" + b"\x00" * 4000
    resp = _phone_post(made["url"] + "?lang=en", exe, name="meter.jpg")
    assert resp.status_code == 422
    assert phone_pages.t("file.type", "en") in resp.text
    assert kiosk.poll(made["id"]).status_code == 204


def test_a_decompression_bomb_is_refused(central: CentralServer, kiosk: Kiosk) -> None:
    made = kiosk.create()
    resp = _phone_post(made["url"] + "?lang=en", _png_bomb(), name="meter.png")
    assert resp.status_code == 422
    assert phone_pages.t("file.damaged", "en") in resp.text
    assert kiosk.poll(made["id"]).status_code == 204


def test_bad_field_and_missing_photo(central: CentralServer, kiosk: Kiosk) -> None:
    resp = httpx.post(
        central.url + "/api/v1/handoffs",
        json={"field": "../etc"},
        headers=kiosk.headers,
        timeout=10,
    )
    assert resp.status_code == 422
    made = kiosk.create()
    empty = httpx.post(made["url"] + "?lang=en", data={"other": "x"}, timeout=10)
    assert empty.status_code == 400 and phone_pages.t("file.empty", "en") in empty.text
    assert httpx.get(central.url + "/p/not-a-real-token-at-all-here?lang=en").status_code == 404


@pytest.fixture
def short_lived(
    tmp_path: Path, tariffs_dir: Path, new_database: Callable[[], str]
) -> Iterator[CentralServer]:
    server = CentralServer(tmp_path / "c", tariffs_dir=tariffs_dir, database_url=new_database())
    server.env["CENTRAL_HANDOFF_TTL_S"] = "1"
    server.env["CENTRAL_PUBLIC_URL"] = "https://status.example.az/"
    with server:
        yield server


def test_an_expired_link_is_refused(short_lived: CentralServer) -> None:
    """The short lifetime set in the environment (CENTRAL_HANDOFF_TTL_S=1) runs out."""
    kiosk = Kiosk(short_lived, short_lived.token)
    waiting = kiosk.create("meters.1.photo")
    # The link is on the public host phones reach (CENTRAL_PUBLIC_URL); here it is the loopback.
    assert waiting["url"].startswith("https://status.example.az/p/")
    assert waiting["code_url"] == "https://status.example.az/p"
    waiting["url"] = waiting["url"].replace("https://status.example.az", short_lived.url)
    deadline = time.monotonic() + 30
    while kiosk.poll(waiting["id"]).status_code == 204:
        assert time.monotonic() < deadline, "the hand-off never expired"
        time.sleep(0.2)
    assert kiosk.poll(waiting["id"]).status_code == 410
    late = _phone_post(waiting["url"] + "?lang=en", _jpeg_with_metadata())
    assert late.status_code == 410 and phone_pages.t("expired", "en") in late.text
    page = httpx.get(waiting["url"] + "?lang=ru", timeout=10)
    assert page.status_code == 410 and phone_pages.t("expired", "ru") in page.text


def test_a_photo_never_fetched_is_purged_at_expiry(central: CentralServer, kiosk: Kiosk) -> None:
    made = kiosk.create()
    assert _phone_post(made["url"], _jpeg_with_metadata()).status_code == 200
    engine, sessionmaker = open_db(central.database_url)
    try:
        with sessionmaker() as session:  # its ten minutes are over
            row = session.get(handoffs.Handoff, made["id"])
            assert row is not None and row.state == "uploaded"
            row.expires_at = handoffs.utcnow() - timedelta(seconds=1)
            session.commit()
        assert kiosk.poll(made["id"]).status_code == 410  # the photo is not handed out late
        with sessionmaker() as session:
            row = session.get(handoffs.Handoff, made["id"])
            assert row is not None and row.state == "expired" and row.data is None
    finally:
        engine.dispose()


def test_an_uploaded_photo_is_purged_at_expiry_with_no_request_at_all(
    tmp_path: Path, tariffs_dir: Path, new_database: Callable[[], str]
) -> None:
    """The kiosk died after the phone's upload and nothing else asks the central about hand-offs:
    the photo's bytes still go at expiry, by the worker's timer (central/housekeeping.py)."""
    server = CentralServer(tmp_path / "c", tariffs_dir=tariffs_dir, database_url=new_database())
    server.env["CENTRAL_HOUSEKEEPING_S"] = "0.3"
    with server:
        made = Kiosk(server, server.token).create()
        assert _phone_post(made["url"], _jpeg_with_metadata()).status_code == 200
        engine, sessionmaker = open_db(server.database_url)
        try:
            with sessionmaker() as session:
                row = session.get(handoffs.Handoff, made["id"])
                assert row is not None and row.state == "uploaded" and row.data
                row.expires_at = handoffs.utcnow() - timedelta(seconds=1)
                session.commit()

            def purged() -> bool:
                with sessionmaker() as session:
                    row = session.get(handoffs.Handoff, made["id"])
                    assert row is not None
                    return row.state == "expired" and row.data is None

            deadline = time.monotonic() + 20
            while not purged():
                assert time.monotonic() < deadline, "the expired photo was never purged"
                time.sleep(0.2)
        finally:
            engine.dispose()


# ------------------------------------------------------------------------------- photos to follow


def _water(central: CentralServer, **changes: Any) -> httpx.Response:
    body = sample_submission("water_reading", **changes)
    return httpx.post(
        central.url + "/api/v1/submissions",
        json=body,
        headers=central.headers(body["submission_id"]),
        timeout=10,
    )


def test_a_required_photo_may_be_missing_only_when_it_is_to_follow(
    central: CentralServer,
) -> None:
    refused = _water(central, attachments=[])
    assert refused.status_code == 422
    assert refused.json()["detail"]["errors"] == {"attachments.meters.0.photo": "required"}
    wrong = _water(central, attachments=[], photos_to_follow=["meters.0.photo", "fin"])
    assert wrong.json()["detail"]["errors"] == {"photos_to_follow.1": "not_a_file_field"}

    accepted = _water(central, attachments=[], photos_to_follow=["meters.0.photo"])
    assert accepted.status_code == 201, accepted.text
    code = accepted.json()["tracking_code"]
    page = httpx.get(f"{central.url}/t/{code}?lang=en", timeout=10)
    assert "missing-photos" in page.text and "Add the missing photo" in page.text
    engine, sessionmaker = open_db(central.database_url)
    try:
        with sessionmaker() as session:
            pk = session.scalar(
                handoffs.select(handoffs.Submission.id).where(
                    handoffs.Submission.tracking_code == code
                )
            )
            assert handoffs.awaiting_photos(session, pk) == ["meters.0.photo"]
    finally:
        engine.dispose()

    # The status page's button: a hand-off bound to the application, the same phone page.
    form = httpx.post(
        f"{central.url}/t/{code}/photo?lang=en",
        data={"field": "meters.0.photo"},
        follow_redirects=True,
        timeout=10,
    )
    assert form.status_code == 200 and 'type="file"' in form.text
    assert re.search(r"/p/[A-Za-z0-9_-]{22,}", str(form.url))
    sent = _phone_post(str(form.url).split("?")[0] + "?lang=en", _jpeg_with_metadata())
    assert sent.status_code == 200 and phone_pages.t("received_application", "en") in sent.text

    engine, sessionmaker = open_db(central.database_url)
    try:
        with sessionmaker() as session:
            assert handoffs.awaiting_photos(session, pk) == []
            rows = session.scalars(
                handoffs.select(handoffs.Attachment).where(handoffs.Attachment.submission_pk == pk)
            ).all()
            assert [(r.field, r.content_type) for r in rows] == [("meters.0.photo", "image/jpeg")]
            assert b"SecretCam" not in rows[0].data
    finally:
        engine.dispose()
    after = httpx.get(f"{central.url}/t/{code}?lang=en", timeout=10)
    assert "missing-photos" not in after.text
    again = httpx.post(
        f"{central.url}/t/{code}/photo?lang=en", data={"field": "meters.0.photo"}, timeout=10
    )
    assert again.status_code == 410


def test_the_kiosk_client_speaks_the_handoff_wire(central: CentralServer) -> None:
    from kiosk.api.client import CentralClient
    from kiosk.api.results import ApiError

    with CentralClient(central.url, central.token, connect_retries=0) as client:
        made = client.create_handoff("meters.0.photo")
        assert made.url.startswith(central.url + "/p/") and made.code_url == central.url + "/p"
        assert client.poll_handoff(made.id).state == "waiting"
        assert _phone_post(made.url, _jpeg_with_metadata()).status_code == 200
        got = client.poll_handoff(made.id)
        assert got.state == "photo" and got.content_type == "image/jpeg"
        assert "data=" not in repr(got)  # the photo never reaches a log through its repr
        assert client.poll_handoff(made.id).state == "gone"
        other = client.create_handoff("meters.1.photo")
        assert client.drop_handoff(other.id)
        assert client.poll_handoff(other.id).state == "gone"
        with pytest.raises(ApiError) as refused:
            client.create_handoff("not a field")
        assert refused.value.message_id == "api.refused"
    with CentralClient(f"http://127.0.0.1:{_closed_port()}", "t", connect_retries=0) as away:
        with pytest.raises(ApiError) as offline:
            away.create_handoff("meters.0.photo")
        assert offline.value.message_id == "api.unavailable"
        assert away.drop_handoff("K7QM3XWD") is False


def _closed_port() -> int:
    from central.testing import free_port

    return free_port()


def test_a_decided_application_waits_for_no_photo(central: CentralServer) -> None:
    """Once an application is decided (here rejected for an illegible photo), its status page no
    longer offers to add the photo, a link made before the decision takes none, and the back
    office no longer lists it as waiting."""
    accepted = _water(central, attachments=[], photos_to_follow=["meters.0.photo"])
    assert accepted.status_code == 201, accepted.text
    code = accepted.json()["tracking_code"]
    form = httpx.post(
        f"{central.url}/t/{code}/photo?lang=en",
        data={"field": "meters.0.photo"},
        follow_redirects=True,
        timeout=10,
    )
    assert form.status_code == 200 and 'type="file"' in form.text
    link = str(form.url).split("?")[0] + "?lang=en"
    moved = httpx.post(
        f"{central.url}/api/v1/admin/applications/{code}/status",
        json={"status": "rejected", "reason": "photo_illegible"},
        headers=central.admin_headers(),
        timeout=10,
    )
    assert moved.status_code == 200, moved.text
    page = httpx.get(f"{central.url}/t/{code}?lang=en", timeout=10)
    assert page.status_code == 200 and "missing-photos" not in page.text
    again = httpx.post(
        f"{central.url}/t/{code}/photo?lang=en", data={"field": "meters.0.photo"}, timeout=10
    )
    assert again.status_code == 410
    late = _phone_post(link, _jpeg_with_metadata())
    assert phone_pages.t("received_application", "en") not in late.text
    engine, sessionmaker = open_db(central.database_url)
    try:
        with sessionmaker() as session:
            pk = session.scalar(
                handoffs.select(handoffs.Submission.id).where(
                    handoffs.Submission.tracking_code == code
                )
            )
            assert handoffs.awaiting_photos(session, pk) == []
            stored = session.scalars(
                handoffs.select(handoffs.Attachment).where(handoffs.Attachment.submission_pk == pk)
            ).all()
            assert stored == []
    finally:
        engine.dispose()
