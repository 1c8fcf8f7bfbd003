"""What staff ask of the outbox: counts, lists, searches, putting a rejected row back, retention."""

from __future__ import annotations

import builtins
import hashlib
import json
import threading
from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from typing import Any

import sqlite_utils

from kiosk.core.tracking import InvalidTrackingCode
from kiosk.core.tracking import parse as parse_tracking_code
from kiosk.offline_queue.codec import PayloadCodec
from kiosk.offline_queue.errors import InvalidSubmission, NotFound, WrongState
from kiosk.offline_queue.models import OutboxEvent, OutboxItem, SyncStatus
from kiosk.offline_queue.records import (
    SUMMARY_COLUMNS,
    UnreadableItem,
    canonical_json,
    decode_json,
    item_from_row,
)
from kiosk.offline_queue.schema import STATES
from kiosk.offline_queue.search import matches_fin, matches_mobile

DAY_S = 86400.0


class StaffQueries:
    """Mixed into :class:`kiosk.offline_queue.store.Outbox`, which provides the plumbing below."""

    codec: PayloadCodec
    clock: Callable[[], float]
    events: builtins.list[OutboxEvent]
    _lock: threading.RLock
    _db: sqlite_utils.Database
    _halt: dict[str, Any] | None

    def _read(self, sql: str, params: Sequence[Any] = ()) -> builtins.list[dict[str, Any]]:
        raise NotImplementedError

    def _write(self) -> AbstractContextManager[sqlite_utils.Database]:
        raise NotImplementedError

    def _checkpoint(self) -> None:
        raise NotImplementedError

    def get(self, item_id: str) -> OutboxItem | None:
        rows = self._read(f"SELECT {SUMMARY_COLUMNS} FROM submissions WHERE id = ?", [item_id])
        return item_from_row(rows[0]) if rows else None

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(STATES, 0)
        for row in self._read("SELECT state, COUNT(*) AS n FROM submissions GROUP BY state"):
            counts[row["state"]] = int(row["n"])
        return counts

    def list(
        self, state: str | None = None, limit: int = 100, newest_first: bool = False
    ) -> builtins.list[OutboxItem]:
        if state is not None and state not in STATES:
            raise ValueError(f"unknown state {state!r}")
        where = "WHERE state = ?" if state else ""
        order = "DESC" if newest_first else "ASC"
        rows = self._read(
            f"SELECT {SUMMARY_COLUMNS} FROM submissions {where}"
            f" ORDER BY created_ts {order}, rowid {order} LIMIT ?",
            [state, limit] if state else [limit],
        )
        return [item_from_row(r) for r in rows]

    def payload(self, item_id: str) -> dict[str, Any] | None:
        """The decoded personal payload (None once purged). Never log it."""
        rows = self._read("SELECT * FROM submissions WHERE id = ?", [item_id])
        if not rows:
            raise NotFound(item_id)
        row = rows[0]
        if row["payload"] is None:
            return None
        value = decode_json(self.codec, row, "payload", row["payload_sha256"])
        return value if isinstance(value, dict) else None

    def receipt_record(self, item_id: str) -> dict[str, Any] | None:
        """What a receipt is made of: the envelope without its attachments (None once purged)."""
        rows = self._read("SELECT * FROM submissions WHERE id = ?", [item_id])
        if not rows:
            raise NotFound(item_id)
        row = rows[0]
        if row["payload"] is None:
            return None
        quote = decode_json(self.codec, row, "quote", None) if row["quote"] is not None else None
        return {
            "service": row["service"],
            "tracking_code": row["tracking_code"],
            "created_at": row["created_at"],
            "language": row["language"],
            "payload": decode_json(self.codec, row, "payload", row["payload_sha256"]),
            "quote": quote,
            "server_reference": row["server_reference"],
        }

    def find_by_tracking_code(self, text: str) -> OutboxItem | None:
        try:
            code = parse_tracking_code(text)
        except InvalidTrackingCode:
            return None
        sql = f"SELECT {SUMMARY_COLUMNS} FROM submissions WHERE tracking_code = ?"
        rows = self._read(sql, [code])
        return item_from_row(rows[0]) if rows else None

    def _scan(self, match: Callable[[Mapping[str, Any]], bool]) -> builtins.list[OutboxItem]:
        found = []
        for row in self._read(
            "SELECT * FROM submissions WHERE payload IS NOT NULL ORDER BY created_ts DESC"
        ):
            try:
                payload = decode_json(self.codec, row, "payload", None)
            except UnreadableItem:
                continue
            if isinstance(payload, dict) and match(payload):
                found.append(item_from_row(row))
        return found

    def find_by_fin(self, fin: str) -> builtins.list[OutboxItem]:
        return self._scan(lambda payload: matches_fin(payload, fin))

    def find_by_mobile(self, mobile: str) -> builtins.list[OutboxItem]:
        return self._scan(lambda payload: matches_mobile(payload, mobile))

    def retry(self, item_id: str, payload: Mapping[str, Any] | None = None) -> OutboxItem:
        """Put a ``rejected`` row back to ``pending`` (optionally with a corrected payload), or make a
        ``pending`` one due now. The key stays: the server never stored a rejected body.

        A corrected payload is taken only for a ``rejected`` row. A ``pending`` row may already have
        reached the server under its key (a send whose answer was lost): a different body under the
        same key would be refused as a conflict and the row end in a false ``rejected``. The state is
        checked again inside the write, so a worker in another process cannot slip in between.
        """
        payload_json = None
        if payload is not None:
            try:
                payload_json = canonical_json(dict(payload))
            except (TypeError, ValueError) as exc:
                raise InvalidSubmission(str(exc)) from None
        allowed = ("rejected",) if payload_json is not None else ("rejected", "pending")
        with self._lock:
            item = self.get(item_id)
            if item is None:
                raise NotFound(item_id)
            if item.state not in allowed or item.purged:
                raise WrongState(_retry_refusal(item.state, payload_json is not None))
            with self._write() as db:
                moved = db.execute(
                    "UPDATE submissions SET state = 'pending', attempts = 0, next_attempt_at = ?,"
                    " reject_code = NULL, reject_errors = NULL, last_error = NULL,"
                    " last_error_kind = NULL WHERE id = ? AND state = ? AND purged_at IS NULL",
                    [self.clock(), item_id, item.state],
                )
                if moved.rowcount != 1:  # changed by another process since it was read
                    raise WrongState(_retry_refusal("changed", payload_json is not None))
                if payload_json is not None:
                    db.execute(
                        "UPDATE submissions SET payload = ?, payload_sha256 = ? WHERE id = ?",
                        [
                            self.codec.encode(payload_json),
                            hashlib.sha256(payload_json).hexdigest(),
                            item_id,
                        ],
                    )
            result = self.get(item_id)
        assert result is not None
        return result

    def purge_sent(self, retention_days: float) -> int:
        """Drop the personal payload and attachments of rows sent more than ``retention_days`` ago.

        The tracking code, service, state and dates stay, so staff can still answer "was it sent?".
        ``secure_delete`` overwrites the freed pages and the WAL is checkpointed, so the data does not
        linger in the file.
        """
        cutoff = self.clock() - retention_days * DAY_S
        with self._write() as db:
            db.execute(
                "DELETE FROM attachments WHERE submission_id IN (SELECT id FROM submissions"
                " WHERE state = 'sent' AND sent_at < ? AND purged_at IS NULL)",
                [cutoff],
            )
            cursor = db.execute(
                "UPDATE submissions SET payload = NULL, quote = NULL, payload_sha256 = NULL,"
                " purged_at = ? WHERE state = 'sent' AND sent_at < ? AND purged_at IS NULL",
                [self.clock(), cutoff],
            )
        self._checkpoint()
        return cursor.rowcount

    def meta(self, key: str) -> str | None:
        rows = self._read("SELECT value FROM meta WHERE key = ?", [key])
        return str(rows[0]["value"]) if rows else None

    def last_success_at(self) -> float | None:
        value = self.meta("last_success_at")
        return None if value is None else float(value)

    def last_error(self) -> str | None:
        return self.meta("last_error")

    def unstored_events(self) -> builtins.list[OutboxEvent]:
        """This session's events that could not be written to the file (halts)."""
        return [e for e in self.events if e.kind == "outbox.halted"]

    def stored_events(self, limit: int = 50) -> builtins.list[OutboxEvent]:
        rows = self._read("SELECT at, kind, detail FROM events ORDER BY id DESC LIMIT ?", [limit])
        return [OutboxEvent(r["kind"], float(r["at"]), json.loads(r["detail"])) for r in rows]

    def sync_status(self, online: bool | None = None) -> SyncStatus:
        return SyncStatus(
            counts=self.counts(),
            last_success_at=self.last_success_at(),
            last_error=self.last_error(),
            online=online,
            halted=self._halt is not None,
        )


def _retry_refusal(state: str, corrected: bool) -> str:
    if corrected and state in ("pending", "sending"):
        return (
            f"{state}: a corrected payload is taken only for a rejected submission (this one may"
            " already have reached the central API under its key); nothing was changed"
        )
    if state == "changed":
        return "its state changed while it was being put back; nothing was changed"
    return f"{state} cannot be retried"
