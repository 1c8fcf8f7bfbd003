"""The outbox on real SQLite files: durability settings, errors, start-up checks, staff queries."""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

import pytest
from outbox_helpers import KIOSK_ID, sample

from kiosk.core.tracking import new_code
from kiosk.offline_queue import (
    Attachment,
    AttachmentTooLarge,
    InvalidSubmission,
    Outbox,
    OutboxDiskFull,
    OutboxHalted,
    OutboxLocked,
    SchemaTooNew,
    UnreadableItem,
    WrongState,
    canonical_json,
)
from kiosk.offline_queue.schema import LATEST


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_pragmas_and_schema_version(outbox: Outbox) -> None:
    db = outbox.db
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert outbox.check() == []


def test_enqueue_is_committed_when_it_returns(outbox: Outbox, outbox_path: Path) -> None:
    args = sample("water_reading")
    key = outbox.enqueue(**args)
    # A second, independent connection sees the whole submission at once.
    rows = _rows(outbox_path, f"SELECT state, tracking_code FROM submissions WHERE id = '{key}'")
    assert rows == [("pending", args["tracking_code"])]
    assert _rows(outbox_path, "SELECT COUNT(*), SUM(size) FROM attachments") == [(1, 2048)]
    envelope = outbox.envelope(key)
    assert envelope["submission_id"] == key
    assert envelope["kiosk_id"] == KIOSK_ID
    assert envelope["payload"] == args["payload"]
    assert envelope["attachments"][0]["sha256"] == args["attachments"][0].sha256
    assert envelope == outbox.envelope(key)  # the same body on every attempt


def test_payload_is_stored_canonical_with_its_hash(outbox: Outbox, outbox_path: Path) -> None:
    key = outbox.enqueue(**sample(payload={"b": "1", "a": "ə"}))
    payload, sha = _rows(outbox_path, "SELECT payload, payload_sha256 FROM submissions")[0]
    assert payload == canonical_json({"a": "ə", "b": "1"}) == '{"a":"ə","b":"1"}'.encode()
    assert outbox.payload(key) == {"a": "ə", "b": "1"}
    assert isinstance(sha, str) and len(sha) == 64


@pytest.mark.parametrize(
    "change",
    [
        {"service": "gas"},
        {"tracking_code": "K7QM-3XWD-9RTB-HN2G"},
        {"language": "de"},
        {"payload": {"x": float("nan")}},
        {"payload": {"x": object()}},
        {"submission_id": "not-a-uuid"},
    ],
)
def test_invalid_submissions_store_nothing(outbox: Outbox, change: dict[str, object]) -> None:
    with pytest.raises(InvalidSubmission) as info:
        outbox.enqueue(**{**sample(), **change})
    assert info.value.message_id == "outbox.invalid"
    assert sum(outbox.counts().values()) == 0


def test_the_same_key_twice_is_refused(outbox: Outbox) -> None:
    key = outbox.enqueue(**sample())
    with pytest.raises(InvalidSubmission) as info:
        outbox.enqueue(**sample(submission_id=key))
    assert info.value.message_id == "outbox.duplicate"
    assert outbox.counts()["pending"] == 1


def test_attachment_too_large_stores_nothing(outbox_path: Path) -> None:
    with Outbox(outbox_path, max_attachment_bytes=1000) as box:
        big = Attachment("meters.0.photo", "m.jpg", "image/jpeg", b"x" * 1001)
        with pytest.raises(AttachmentTooLarge) as info:
            box.enqueue(**sample("water_reading", attachments=[big]))
        assert info.value.message_id == "outbox.attachment_too_large"
        assert sum(box.counts().values()) == 0
    assert _rows(outbox_path, "SELECT COUNT(*) FROM attachments") == [(0,)]


def test_locked_beyond_the_busy_timeout(outbox_path: Path) -> None:
    with Outbox(outbox_path, busy_timeout_s=0.2) as box:
        other = sqlite3.connect(outbox_path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(OutboxLocked) as info:
                box.enqueue(**sample())
            assert info.value.message_id == "outbox.locked"
            assert box.halted is None  # a lock is transient: no halt
        finally:
            other.execute("ROLLBACK")
            other.close()
        box.enqueue(**sample())
        assert box.counts()["pending"] == 1


def test_disk_full_halts_until_staff_clear_it(outbox_path: Path) -> None:
    events = []
    box = Outbox(outbox_path, on_event=events.append)
    box.enqueue(**sample())
    pages = box.db.execute("PRAGMA page_count").fetchone()[0]
    box.db.execute(f"PRAGMA max_page_count = {pages}")  # the "disk" is now full
    photo = Attachment("meters.0.photo", "m.jpg", "image/jpeg", b"p" * 200_000)
    with pytest.raises(OutboxDiskFull) as info:
        box.enqueue(**sample("water_reading", attachments=[photo]))
    assert info.value.message_id == "outbox.disk_full"
    assert box.halted and box.halted["reason"] == "outbox.disk_full"
    assert [e.kind for e in events] == ["outbox.halted"]
    # Nothing half-written, and no further submissions, not even small ones.
    assert box.counts() == {"pending": 1, "sending": 0, "sent": 0, "rejected": 0}
    with pytest.raises(OutboxHalted):
        box.enqueue(**sample())
    box.close()
    assert _rows(outbox_path, "SELECT COUNT(*) FROM attachments") == [(0,)]
    # The halt survives a restart (the marker file), until staff clear it.
    with Outbox(outbox_path) as again:
        assert again.halted and again.halted["reason"] == "outbox.disk_full"
        with pytest.raises(OutboxHalted):
            again.enqueue(**sample())
        again.clear_halt()
        again.enqueue(**sample("water_reading", attachments=[photo]))
        assert again.counts()["pending"] == 2
        assert [e.kind for e in again.stored_events()] == ["outbox.halt_cleared"]


def test_sending_rows_return_to_pending_at_start_up(outbox_path: Path) -> None:
    with Outbox(outbox_path) as box:
        box.enqueue(**sample())
        item = box.claim_next()
        assert item is not None and item.state == "sending" and item.attempts == 1
    with Outbox(outbox_path) as box:
        assert box.counts()["pending"] == 1
        again = box.claim_next()
        assert again is not None and again.id == item.id and again.attempts == 2


def test_a_file_that_is_not_a_database_is_quarantined(outbox_path: Path) -> None:
    outbox_path.parent.mkdir(parents=True)
    junk = b"this is not an SQLite file " * 200
    outbox_path.write_bytes(junk)
    events = []
    with Outbox(outbox_path, on_event=events.append) as box:
        assert box.check() == []
        assert sum(box.counts().values()) == 0
        box.enqueue(**sample())
        stored = box.stored_events()
    assert [e.kind for e in events] == ["outbox.quarantined"]
    moved = Path(events[0].detail["moved_to"])
    assert moved.parent == outbox_path.parent and moved.name.startswith("outbox.sqlite3.corrupt-")
    assert moved.read_bytes() == junk  # kept, never deleted
    assert [e.kind for e in stored] == ["outbox.quarantined"]


def test_a_damaged_database_is_quarantined(outbox_path: Path) -> None:
    with Outbox(outbox_path) as box:
        for _ in range(50):
            box.enqueue(**sample("water_reading"))
        box.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = box.db.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(outbox_path.read_bytes())
    for page in range(2, len(data) // page_size, 3):  # scribble over b-tree pages
        start = page * page_size
        data[start : start + 64] = b"\x0d" + b"\xee" * 63
    outbox_path.write_bytes(bytes(data))
    events = []
    with Outbox(outbox_path, on_event=events.append) as box:
        assert box.counts()["pending"] == 0
    assert [e.kind for e in events] == ["outbox.quarantined"]
    assert events[0].detail["problems"]
    assert Path(events[0].detail["moved_to"]).stat().st_size == len(data)


def test_a_newer_schema_is_left_alone(outbox_path: Path) -> None:
    Outbox(outbox_path).close()
    conn = sqlite3.connect(outbox_path)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()
    with pytest.raises(SchemaTooNew):
        Outbox(outbox_path)
    assert _rows(outbox_path, "PRAGMA user_version") == [(LATEST + 1,)]


def test_retention_purge_keeps_code_and_status(outbox_path: Path) -> None:
    now = [1_800_000_000.0]
    with Outbox(outbox_path, clock=lambda: now[0]) as box:
        old = box.enqueue(**sample("water_reading"))
        recent = box.enqueue(**sample("water_reading"))
        waiting = box.enqueue(**sample("water_reading"))
        for key in (old, recent):
            item = box.claim_next()
            assert item is not None and item.id == key
            box.mark_sent(key, f"REF-{key[:4]}")
            now[0] += 10 * 86400
        now[0] += 11 * 86400  # old was sent 31 days ago, recent 21
        assert box.purge_sent(30) == 1
        purged = box.get(old)
        assert purged is not None and purged.purged and purged.state == "sent"
        assert purged.tracking_code and purged.server_reference == f"REF-{old[:4]}"
        assert box.payload(old) is None
        assert box.payload(recent) is not None and box.payload(waiting) is not None
        with pytest.raises(UnreadableItem):
            box.envelope(old)
        assert box.find_by_fin(sample("water_reading")["payload"]["fin"]) != []
        assert old not in [i.id for i in box.find_by_fin("7MNB3CD")]
        assert box.purge_sent(30) == 0
    counts = _rows(outbox_path, "SELECT submission_id FROM attachments ORDER BY submission_id")
    assert sorted(c[0] for c in counts) == sorted([recent, waiting])


def test_purged_personal_data_is_gone_from_the_file(outbox_path: Path) -> None:
    now = [1_800_000_000.0]
    marker = "Q9ZQ9ZQ"  # a FİN that occurs nowhere else
    with Outbox(outbox_path, clock=lambda: now[0]) as box:
        key = box.enqueue(**sample(payload={"fin": marker, "mobile": "+994501234567"}))
        box.claim_next()
        box.mark_sent(key, "REF")
        now[0] += 40 * 86400
        assert box.purge_sent(30) == 1
    assert marker.encode() not in outbox_path.read_bytes()


def test_staff_queries(outbox: Outbox) -> None:
    first = outbox.enqueue(**sample(payload={"fin": "5ZK2M8P", "mobile": "+994501234567"}))
    second = outbox.enqueue(**sample("business"))
    code = outbox.get(first).tracking_code  # type: ignore[union-attr]
    assert outbox.find_by_tracking_code(code.lower().replace("-", "")).id == first  # type: ignore[union-attr]
    assert outbox.find_by_tracking_code("nonsense") is None
    assert [i.id for i in outbox.find_by_fin(" 5zk2m8p ")] == [first]
    assert [i.id for i in outbox.find_by_mobile("050 123 45 67")] == [first]
    assert [i.id for i in outbox.find_by_mobile("994551234567")] == [second]
    assert [i.id for i in outbox.list("pending")] == [first, second]
    assert [i.id for i in outbox.list(newest_first=True, limit=1)] == [second]
    assert outbox.counts() == {"pending": 2, "sending": 0, "sent": 0, "rejected": 0}
    assert outbox.last_success_at() is None and outbox.last_error() is None
    with pytest.raises(ValueError):
        outbox.list("lost")


def test_retry_puts_a_rejected_row_back_with_a_corrected_payload(outbox: Outbox) -> None:
    key = outbox.enqueue(**sample(payload={"fin": "5ZK2M8P"}))
    outbox.claim_next()
    outbox.mark_rejected(key, "invalid_payload", "", {"payload.mobile": "required"})
    item = outbox.get(key)
    assert item is not None and item.state == "rejected"
    assert item.reject_errors == {"payload.mobile": "required"}
    assert outbox.last_error() == "invalid_payload"
    fixed = {"fin": "5ZK2M8P", "mobile": "+994501234567"}
    again = outbox.retry(key, fixed)
    assert again.state == "pending" and again.attempts == 0 and again.reject_code is None
    assert outbox.envelope(key)["payload"] == fixed
    outbox.claim_next()
    outbox.mark_sent(key, "REF")
    with pytest.raises(WrongState):
        outbox.retry(key)


def test_one_outbox_shared_by_threads(outbox: Outbox) -> None:
    errors: list[BaseException] = []

    def producer() -> None:
        try:
            for _ in range(25):
                outbox.enqueue(**sample())
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=producer) for _ in range(4)]
    for t in threads:
        t.start()
    claimed = 0
    while any(t.is_alive() for t in threads) or outbox.counts()["pending"]:
        item = outbox.claim_next()
        if item is not None:
            outbox.mark_sent(item.id, "REF")
            claimed += 1
    for t in threads:
        t.join()
    assert errors == []
    assert claimed == 100 and outbox.counts()["sent"] == 100


class XorCodec:
    name = "xor-test"

    def encode(self, data: bytes) -> bytes:
        return bytes(b ^ 0x5A for b in data)

    def decode(self, data: bytes) -> bytes:
        return bytes(b ^ 0x5A for b in data)


def test_payload_codec_seam(outbox_path: Path) -> None:
    with Outbox(outbox_path, codec=XorCodec()) as box:
        key = box.enqueue(**sample("water_reading"))
        assert box.envelope(key)["payload"]["fin"] == "7MNB3CD"
        box.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = outbox_path.read_bytes()
    assert b"7MNB3CD" not in raw and b"\xff" * 64 not in raw
    with Outbox(outbox_path) as plain, pytest.raises(UnreadableItem):
        plain.envelope(key)


def test_tampered_payload_is_unreadable_not_sent(outbox: Outbox, outbox_path: Path) -> None:
    key = outbox.enqueue(**sample())
    conn = sqlite3.connect(outbox_path)
    conn.execute("UPDATE submissions SET payload = ? WHERE id = ?", [json.dumps({"x": 1}), key])
    conn.commit()
    conn.close()
    with pytest.raises(UnreadableItem):
        outbox.envelope(key)


def test_tracking_codes_are_unique(outbox: Outbox) -> None:
    code = new_code()
    outbox.enqueue(**sample(tracking_code=code))
    with pytest.raises(InvalidSubmission):
        outbox.enqueue(**sample(tracking_code=code))
