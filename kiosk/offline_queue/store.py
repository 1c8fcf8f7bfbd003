"""The outbox: every submission is committed here before its receipt is printed (docs/OUTBOX.md).

One row per submission, keyed by a UUID that is also the HTTP ``Idempotency-Key``; its attachments in a
second table, written in the same transaction. States: ``pending → sending → sent``, or ``rejected``.
All access goes through one connection guarded by a lock, so the UI thread (enqueue) and the sync worker
may share an :class:`Outbox`; other processes (``kiosk queue …``) are kept apart by SQLite's own locking.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlite_utils

from kiosk.offline_queue.codec import IdentityCodec, PayloadCodec
from kiosk.offline_queue.database import HaltMarker, check_problems, open_checked
from kiosk.offline_queue.errors import (
    HALTING,
    NotFound,
    OutboxCorrupt,
    OutboxError,
    OutboxHalted,
    translate,
)
from kiosk.offline_queue.models import Attachment, OutboxEvent, OutboxItem
from kiosk.offline_queue.ratings import RatingQueue
from kiosk.offline_queue.records import (
    UnreadableItem,
    decode,
    decode_json,
    prepare,
)
from kiosk.offline_queue.schema import migrate
from kiosk.offline_queue.staff import StaffQueries

log = logging.getLogger(__name__)

EventListener = Callable[[OutboxEvent], None]


class Outbox(StaffQueries, RatingQueue):
    """``Outbox(path)`` opens (or creates) the file, checks it, quarantines it if corrupt, migrates it
    and returns rows left in ``sending`` to ``pending``. ``on_event`` hears what staff must know."""

    def __init__(
        self,
        path: str | Path,
        *,
        kiosk_id: str = "KIOSK-DEV-01",
        codec: PayloadCodec | None = None,
        busy_timeout_s: float = 5.0,
        max_attachment_bytes: int = 10 * 1024 * 1024,
        clock: Callable[[], float] = time.time,
        on_event: EventListener | None = None,
    ) -> None:
        self.path = Path(path)
        self.kiosk_id = kiosk_id
        self.codec: PayloadCodec = codec or IdentityCodec()
        self.max_attachment_bytes = max_attachment_bytes
        self.clock = clock
        self.events: list[OutboxEvent] = []
        self._listeners: list[EventListener] = [on_event] if on_event else []
        self._lock = threading.RLock()
        self._marker = HaltMarker(self.path)
        self._halt = self._marker.read()
        try:
            self._db, quarantined = open_checked(self.path, busy_timeout_s, clock())
        except sqlite3.Error as exc:
            opening = translate(exc)
            if isinstance(opening, HALTING):
                self._marker.write(opening.message_id, opening.detail)  # best effort: queue status
            raise opening from exc
        except OutboxError as failed:
            if isinstance(failed, HALTING):
                self._marker.write(failed.message_id, failed.detail)
            raise
        try:
            migrate(self._db)
            self._db.execute("PRAGMA secure_delete = ON")
            if quarantined:
                self._record_event("outbox.quarantined", quarantined)
            self._recover_sending()
        except sqlite3.Error as exc:
            self._db.close()
            error = translate(exc)
            if isinstance(error, HALTING):
                self._marker.write(error.message_id, error.detail)
            raise error from exc
        except BaseException:
            self._db.close()
            raise

    # ------------------------------------------------------------------------------------- plumbing

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Outbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def db(self) -> sqlite_utils.Database:
        """The underlying database, for diagnostics and tests."""
        return self._db

    def subscribe(self, listener: EventListener) -> None:
        self._listeners.append(listener)

    @contextmanager
    def _write(self) -> Iterator[sqlite_utils.Database]:
        """One ``BEGIN IMMEDIATE`` transaction; a disk-full or I/O error halts the outbox."""
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    yield self._db
                    self._db.execute("COMMIT")
                except BaseException:
                    self._rollback()
                    raise
            except sqlite3.Error as exc:
                error = translate(exc)
                if isinstance(error, HALTING):
                    self._enter_halt(error)
                raise error from exc

    def _checkpoint(self) -> None:
        """``PRAGMA wal_checkpoint(TRUNCATE)``, under the same error translation as a write: on a full
        disk it halts the outbox (docs/OUTBOX.md) rather than escape as a raw SQLite error."""
        with self._lock:
            try:
                self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.Error as exc:
                error = translate(exc)
                if isinstance(error, HALTING):
                    self._enter_halt(error)
                raise error from exc

    def _rollback(self) -> None:
        if self._db.conn.in_transaction:
            try:
                self._db.execute("ROLLBACK")
            except sqlite3.Error as exc:  # the error that got us here may have ended it already
                log.warning("rollback failed: %s", getattr(exc, "sqlite_errorname", exc))

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        with self._lock:
            try:
                return list(self._db.query(sql, params))
            except sqlite3.Error as exc:
                raise translate(exc) from exc

    def _record_event(self, kind: str, detail: dict[str, Any], persist: bool = True) -> None:
        event = OutboxEvent(kind=kind, at=self.clock(), detail=detail)
        self.events.append(event)
        if persist:
            try:
                with self._write() as db:
                    db.execute(
                        "INSERT INTO events (at, kind, detail) VALUES (?, ?, ?)",
                        [event.at, kind, json.dumps(detail)],
                    )
            except OutboxError as exc:
                log.error("could not store event %s: %s", kind, exc.message_id)
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:
                log.exception("outbox event listener failed")

    def _recover_sending(self) -> None:
        """Rows left in ``sending`` by a crash go back to ``pending`` (the key makes a resend safe)."""
        with self._write() as db:
            count = db.execute("UPDATE submissions SET state = 'pending' WHERE state = 'sending'")
        if count.rowcount:
            log.info(
                "%d submissions were being sent at the last stop; back to pending", count.rowcount
            )

    def check(self) -> list[str]:
        """``PRAGMA quick_check`` findings (empty when sound)."""
        with self._lock:
            return check_problems(self._db)

    # ------------------------------------------------------------------------------------------ halt

    @property
    def halted(self) -> dict[str, Any] | None:
        """Why the outbox stopped taking submissions, or None."""
        return self._halt

    def _enter_halt(self, error: OutboxError) -> None:
        self._halt = {"reason": error.message_id, "detail": error.detail, "at": self.clock()}
        written = self._marker.write(error.message_id, error.detail)
        log.critical("outbox halted: %s (%s)", error.message_id, error.detail)
        self._record_event("outbox.halted", {**self._halt, "marker": written}, persist=False)

    def clear_halt(self) -> None:
        """Staff say the disk is sorted out: check the file, then take submissions again."""
        with self._lock:
            problems = self.check()
            if problems:
                raise OutboxCorrupt("; ".join(problems[:3]))
            self._marker.clear()
            previous, self._halt = self._halt, None
        self._record_event("outbox.halt_cleared", {"previous": previous})

    # --------------------------------------------------------------------------------------- enqueue

    def enqueue(
        self,
        *,
        service: str,
        tracking_code: str,
        payload: Mapping[str, Any],
        quote: Mapping[str, Any] | None = None,
        language: str = "az",
        attachments: Sequence[Attachment] = (),
        submission_id: str | None = None,
    ) -> str:
        """Store one submission durably and return its id (the Idempotency-Key).

        Returns only after the commit: a receipt may be printed once this returned, never before.
        Raises :class:`OutboxHalted`, :class:`AttachmentTooLarge`, :class:`InvalidSubmission`,
        :class:`OutboxLocked`, :class:`OutboxDiskFull`, :class:`OutboxIOError`; after any of them
        nothing of this submission is stored.
        """
        if self._halt:
            raise OutboxHalted(str(self._halt.get("reason", "")))
        record, files = prepare(
            self.codec,
            self.kiosk_id,
            self.max_attachment_bytes,
            self.clock(),
            service,
            tracking_code,
            payload,
            quote,
            language,
            attachments,
            submission_id,
        )
        with self._lock:
            if self._halt:
                raise OutboxHalted(str(self._halt.get("reason", "")))
            with self._write() as db:
                db.table("submissions").insert(record)
                if files:
                    db.table("attachments").insert_all(files)
        return str(record["id"])

    # ------------------------------------------------------------------------------------ sync side

    def next_due_at(self) -> float | None:
        rows = self._read(
            "SELECT MIN(next_attempt_at) AS t FROM submissions WHERE state = 'pending'"
        )
        value = rows[0]["t"] if rows else None
        return None if value is None else float(value)

    def claim_next(self) -> OutboxItem | None:
        """The oldest due ``pending`` row, now marked ``sending``; None when nothing is due."""
        now = self.clock()
        due = "SELECT id FROM submissions WHERE state = 'pending' AND next_attempt_at <= ?"
        order = " ORDER BY created_ts, rowid LIMIT 1"
        if not self._read(due + order, [now]):
            return None
        with self._lock:
            with self._write() as db:
                row = db.execute(due + order, [now]).fetchone()
                if row is None:
                    return None
                db.execute(
                    "UPDATE submissions SET state = 'sending', attempts = attempts + 1 WHERE id = ?",
                    [row[0]],
                )
            return self.get(str(row[0]))

    def envelope(self, item_id: str) -> dict[str, Any]:
        """The request body of docs/WIRE.md, byte-for-byte the same on every attempt."""
        rows = self._read("SELECT * FROM submissions WHERE id = ?", [item_id])
        if not rows:
            raise NotFound(item_id)
        row = rows[0]
        if row["payload"] is None:
            raise UnreadableItem("payload purged")
        payload = decode_json(self.codec, row, "payload", row["payload_sha256"])
        quote = decode_json(self.codec, row, "quote", None) if row["quote"] is not None else None
        attachments = []
        for att in self._read(
            "SELECT * FROM attachments WHERE submission_id = ? ORDER BY position", [item_id]
        ):
            data = decode(self.codec, row, att["data"])
            if hashlib.sha256(data).hexdigest() != att["sha256"] or len(data) != att["size"]:
                raise UnreadableItem(f"attachment {att['position']} does not match its hash")
            attachments.append(
                {
                    "field": att["field"],
                    "filename": att["filename"],
                    "content_type": att["content_type"],
                    "size": att["size"],
                    "sha256": att["sha256"],
                    "data_base64": base64.b64encode(data).decode("ascii"),
                }
            )
        envelope = {
            "submission_id": row["id"],
            "kiosk_id": row["kiosk_id"],
            "service": row["service"],
            "tracking_code": row["tracking_code"],
            "created_at": row["created_at"],
            "language": row["language"],
            "payload": payload,
            "quote": quote,
            "attachments": attachments,
        }
        # Photo fields sent without their photo travel beside the payload (docs/WIRE.md).
        to_follow = payload.pop("photos_to_follow", None) if isinstance(payload, dict) else None
        if to_follow:
            envelope["photos_to_follow"] = to_follow
        return envelope

    def _finish(
        self, item_id: str, sets: str, params: Sequence[Any], meta: Mapping[str, str]
    ) -> bool:
        with self._write() as db:
            cursor = db.execute(
                f"UPDATE submissions SET {sets} WHERE id = ? AND state = 'sending'",
                [*params, item_id],
            )
            for key, value in meta.items():
                db.execute(
                    "INSERT INTO meta (key, value) VALUES (?, ?)"
                    " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    [key, value],
                )
        return cursor.rowcount == 1

    def mark_sent(self, item_id: str, reference: str) -> bool:
        now = self.clock()
        return self._finish(
            item_id,
            "state = 'sent', server_reference = ?, sent_at = ?, last_error = NULL,"
            " last_error_kind = NULL",
            [reference, now],
            {"last_success_at": repr(now)},
        )

    def mark_rejected(
        self, item_id: str, code: str, message: str = "", errors: Mapping[str, str] | None = None
    ) -> bool:
        text = f"{code}: {message}" if message else code
        return self._finish(
            item_id,
            "state = 'rejected', reject_code = ?, reject_errors = ?, last_error = ?,"
            " last_error_kind = 'item'",
            [code, json.dumps(dict(errors or {}), sort_keys=True), text],
            {"last_error": text},
        )

    def mark_retry(self, item_id: str, reason: str, next_attempt_at: float, kind: str) -> bool:
        return self._finish(
            item_id,
            "state = 'pending', next_attempt_at = ?, last_error = ?, last_error_kind = ?",
            [next_attempt_at, reason, kind],
            {"last_error": reason},
        )

    def make_link_failures_due(self) -> int:
        """The link is back: rows held only because the server was unreachable are due now."""
        with self._write() as db:
            cursor = db.execute(
                "UPDATE submissions SET next_attempt_at = ? WHERE state = 'pending'"
                " AND last_error_kind = 'link' AND next_attempt_at > ?",
                [self.clock(), self.clock()],
            )
        return cursor.rowcount
