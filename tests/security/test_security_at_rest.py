"""Encryption at rest: the raw outbox files hold no personal data in clear; the store reads it back;
a wrong key or an altered byte is caught; the sync worker delivers the decrypted submission."""

from __future__ import annotations

import base64
import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from security_helpers import (
    ADDRESS,
    FIN,
    PHONE,
    PHOTO_MARKER,
    SURNAME,
    bytes_needles,
    found_in,
    png_photo,
    sqlite_files,
    text_needles,
)

from central.testing import CentralServer
from kiosk.api import CentralClient
from kiosk.core.tracking import new_code
from kiosk.offline_queue import Attachment, IdentityCodec, Outbox, SyncWorker, UnreadableItem
from kiosk.offline_queue.codec import AesGcmCodec, PayloadCodec, UnreadableBlob
from kiosk.offline_queue.keys import load_or_create_key

KIOSK_ID = "TEST-KIOSK"
PHOTO = png_photo()


def submission(**changes: Any) -> dict[str, Any]:
    args: dict[str, Any] = {
        "service": "household",
        "tracking_code": new_code(),
        "payload": {
            "fin": FIN,
            "mobile": PHONE,
            "surname": SURNAME,
            "given_name": "Aysel",
            "address": ADDRESS,
            "power_kw": "7.5",
            "phase": 1,
            "period": "standard",
            "district": "Şəki rayonu",
            "property_registry_number": "AB-123456",
            "registration_number": "2024/118",
        },
        "quote": {"amount": "300.00", "currency": "AZN", "tariff_id": "TQS-2024-4"},
        "attachments": [Attachment("documents.0.photo", "photo.png", "image/png", PHOTO)],
    }
    args.update(changes)
    return args


def personal_needles() -> dict[str, bytes]:
    needles = text_needles(FIN, PHONE, PHONE.removeprefix("+994"), SURNAME, ADDRESS, "Aysel")
    needles.update(bytes_needles(PHOTO, "photo"))
    needles["png signature"] = PHOTO[:8]
    needles["photo marker"] = PHOTO_MARKER
    needles["photo base64"] = base64.b64encode(PHOTO)[:40]
    return needles


def checkpoint(db: Path) -> None:
    conn = sqlite3.connect(db)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


@pytest.fixture
def key(tmp_path: Path) -> bytes:
    return load_or_create_key(tmp_path / "data" / "outbox.key")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "outbox.sqlite3"


def fill(db: Path, codec: PayloadCodec) -> tuple[list[str], list[str], list[str]]:
    """Enqueue three submissions; returns their ids, tracking codes and what the open files leak."""
    with Outbox(db, kiosk_id=KIOSK_ID, codec=codec) as box:
        args = [submission() for _ in range(3)]
        ids = [box.enqueue(**a) for a in args]
        leaks_while_open = found_in(sqlite_files(db), personal_needles())
    return ids, [a["tracking_code"] for a in args], leaks_while_open


def test_raw_files_hold_no_personal_data(db: Path, key: bytes) -> None:
    ids, codes, leaks_while_open = fill(db, AesGcmCodec(key))
    assert leaks_while_open == []
    checkpoint(db)
    files = sqlite_files(db)
    assert found_in(files, personal_needles()) == []
    # The search does find what is stored in clear on purpose: the tracking codes.
    assert found_in(files, {c: c.encode() for c in codes}) == [f"{c} in {db.name}" for c in codes]
    with Outbox(db, kiosk_id=KIOSK_ID, codec=AesGcmCodec(key)) as box:
        for item_id in ids:
            assert box.payload(item_id) == submission()["payload"]
            (att,) = box.envelope(item_id)["attachments"]
            assert base64.b64decode(att["data_base64"]) == PHOTO
        assert box.find_by_fin(FIN) and box.find_by_mobile("050 123 45 67")


def test_the_same_search_finds_everything_without_encryption(db: Path) -> None:
    """The control: with the identity codec every kind of needle is found, so the test above can fail."""
    fill(db, IdentityCodec())
    checkpoint(db)
    hits = " ".join(found_in(sqlite_files(db), personal_needles()))
    for needle in (FIN, PHONE, SURNAME, ADDRESS, "photo[0:]", "photo marker"):
        assert needle in hits


def test_wrong_key_is_detected_and_nothing_is_sent(
    db: Path, key: bytes, tmp_path: Path, central: CentralServer
) -> None:
    item_id = fill(db, AesGcmCodec(key))[0][0]
    other = AesGcmCodec(load_or_create_key(tmp_path / "other.key"))
    with Outbox(db, kiosk_id=KIOSK_ID, codec=other) as box:
        with pytest.raises(UnreadableItem):
            box.payload(item_id)
        with pytest.raises(UnreadableItem):
            box.envelope(item_id)
        with CentralClient(central.url, central.token, kiosk_id=KIOSK_ID) as client:
            SyncWorker(box, client).sync_once()
        item = box.get(item_id)
        assert item is not None and item.state == "rejected"
        assert item.reject_code == "outbox.unreadable"
    assert item_id not in central.count_by_key()


@pytest.mark.parametrize("column", ["payload", "quote"])
def test_an_altered_byte_is_detected(db: Path, key: bytes, column: str) -> None:
    ids, _, _ = fill(db, AesGcmCodec(key))
    conn = sqlite3.connect(db)
    with conn:
        (blob,) = conn.execute(
            f"SELECT {column} FROM submissions WHERE id = ?", [ids[0]]
        ).fetchone()
        altered = bytearray(blob)
        altered[len(altered) // 2] ^= 0x01
        conn.execute(f"UPDATE submissions SET {column} = ? WHERE id = ?", [bytes(altered), ids[0]])
    conn.close()
    with Outbox(db, kiosk_id=KIOSK_ID, codec=AesGcmCodec(key)) as box:
        with pytest.raises(UnreadableItem):
            box.envelope(ids[0])
        assert box.envelope(ids[1])["payload"]["fin"] == FIN  # the others are untouched


def test_an_altered_attachment_is_detected(db: Path, key: bytes) -> None:
    ids, _, _ = fill(db, AesGcmCodec(key))
    conn = sqlite3.connect(db)
    with conn:
        (blob,) = conn.execute(
            "SELECT data FROM attachments WHERE submission_id = ?", [ids[0]]
        ).fetchone()
        conn.execute(
            "UPDATE attachments SET data = ? WHERE submission_id = ?",
            [blob[:-1] + bytes([blob[-1] ^ 0x80]), ids[0]],
        )
    conn.close()
    with Outbox(db, kiosk_id=KIOSK_ID, codec=AesGcmCodec(key)) as box:
        with pytest.raises(UnreadableItem):
            box.envelope(ids[0])


def test_blob_format(key: bytes) -> None:
    codec = AesGcmCodec(key)
    first, second = codec.encode(b"5ZK2M8P"), codec.encode(b"5ZK2M8P")
    assert first[:3] == b"AG1" and first != second  # a fresh nonce every time
    assert first[3:15] != second[3:15] and len(first) == 3 + 12 + 7 + 16
    assert codec.decode(first) == b"5ZK2M8P"
    for bad in (b"AG2" + first[3:], first[:20], first[:-1], b"", b"5ZK2M8P"):
        with pytest.raises(UnreadableBlob):
            codec.decode(bad)
    with pytest.raises(ValueError):
        AesGcmCodec(key[:16])


def test_sync_delivers_the_decrypted_submission(
    db: Path, key: bytes, central: CentralServer
) -> None:
    with Outbox(db, kiosk_id=KIOSK_ID, codec=AesGcmCodec(key)) as box:
        item_id = box.enqueue(**submission())
        with CentralClient(central.url, central.token, kiosk_id=KIOSK_ID) as client:
            assert SyncWorker(box, client).sync_once().sent == 1
        item = box.get(item_id)
        assert item is not None and item.state == "sent"
    body, photo = central_copy(central, item_id)
    assert body["payload"] == submission()["payload"]
    assert photo == PHOTO and hashlib.sha256(photo).hexdigest() == hashlib.sha256(PHOTO).hexdigest()


def central_copy(central: CentralServer, submission_id: str) -> tuple[dict[str, Any], bytes]:
    """The body and first attachment as the central server stored them (read from its database)."""
    from sqlalchemy import select

    from central.db import Attachment as StoredAttachment
    from central.db import Submission, make_engine

    engine = make_engine(central.database_url)
    try:
        with engine.connect() as conn:
            pk, body_json = conn.execute(
                select(Submission.id, Submission.body_json).where(
                    Submission.submission_id == submission_id
                )
            ).one()
            data = conn.execute(
                select(StoredAttachment.data).where(StoredAttachment.submission_pk == pk)
            ).scalar_one()
    finally:
        engine.dispose()
    return json.loads(body_json), bytes(data)
