"""Applicants' ratings in the outbox (docs/OUTBOX.md "Ratings"): stored at once, so they survive an
outage and a restart, and sent by the sync worker once the central API has the application they rate.

One rating per tracking code: a second tap before it is sent replaces the first. A rating whose
application was refused by the central API is dropped with it (``rejected``): there is nothing to rate.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from kiosk.core.tracking import InvalidTrackingCode
from kiosk.core.tracking import parse as parse_tracking_code
from kiosk.offline_queue.errors import InvalidSubmission, OutboxHalted

SCORES = range(1, 6)


@dataclass(frozen=True)
class PendingRating:
    tracking_code: str
    score: int
    attempts: int


class RatingQueue:
    """Mixed into :class:`kiosk.offline_queue.store.Outbox`, which provides the plumbing below."""

    clock: Callable[[], float]
    _halt: dict[str, Any] | None

    def _read(self, sql: str, params: Sequence[Any] = ()) -> builtins.list[dict[str, Any]]:
        raise NotImplementedError

    def _write(self) -> AbstractContextManager[sqlite_utils.Database]:
        raise NotImplementedError

    def add_rating(self, tracking_code: str, score: int) -> None:
        """Keep the applicant's rating (1 to 5) of the application ``tracking_code`` until it is sent.

        Raises :class:`InvalidSubmission` for a score out of range or a malformed code, and the outbox's
        errors when it cannot store it (halted, disk full)."""
        if isinstance(score, bool) or not isinstance(score, int) or score not in SCORES:
            raise InvalidSubmission("rating score must be 1 to 5")
        try:
            code = parse_tracking_code(tracking_code)
        except InvalidTrackingCode as exc:
            raise InvalidSubmission("not a tracking code") from exc
        if self._halt:
            raise OutboxHalted(str(self._halt.get("reason", "")))
        now = self.clock()
        with self._write() as db:
            db.execute(
                "INSERT INTO ratings (tracking_code, score, rated_at, next_attempt_at)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (tracking_code) DO UPDATE SET"
                " score = excluded.score, rated_at = excluded.rated_at, state = 'pending',"
                " next_attempt_at = excluded.next_attempt_at, last_error = NULL",
                [code, score, now, now],
            )

    def rating_of(self, tracking_code: str) -> dict[str, Any] | None:
        """The stored rating of ``tracking_code`` (score, state, attempts, …), or None."""
        rows = self._read("SELECT * FROM ratings WHERE tracking_code = ?", [tracking_code])
        return rows[0] if rows else None

    def has_pending_ratings(self) -> bool:
        return bool(self._read("SELECT 1 FROM ratings WHERE state = 'pending' LIMIT 1"))

    def due_ratings(self, limit: int = 20) -> builtins.list[PendingRating]:
        """Pending ratings that are due and whose application the central API has acknowledged."""
        rows = self._read(
            "SELECT r.tracking_code, r.score, r.attempts FROM ratings r"
            " JOIN submissions s ON s.tracking_code = r.tracking_code"
            " WHERE r.state = 'pending' AND r.next_attempt_at <= ? AND s.state = 'sent'"
            " ORDER BY r.rated_at LIMIT ?",
            [self.clock(), limit],
        )
        return [
            PendingRating(r["tracking_code"], int(r["score"]), int(r["attempts"])) for r in rows
        ]

    def drop_orphan_ratings(self) -> int:
        """Ratings of applications the central API refused, or that this outbox does not hold: dropped."""
        with self._write() as db:
            cursor = db.execute(
                "UPDATE ratings SET state = 'rejected', last_error = 'application_not_sent'"
                " WHERE state = 'pending' AND tracking_code NOT IN"
                " (SELECT tracking_code FROM submissions WHERE state != 'rejected')"
            )
        return int(cursor.rowcount)

    def mark_rating_sent(self, tracking_code: str, score: int) -> bool:
        """Sent: unless the applicant changed the score meanwhile (then the new one is still due)."""
        with self._write() as db:
            cursor = db.execute(
                "UPDATE ratings SET state = 'sent', sent_at = ?, attempts = attempts + 1,"
                " last_error = NULL WHERE tracking_code = ? AND score = ? AND state = 'pending'",
                [self.clock(), tracking_code, score],
            )
        return cursor.rowcount == 1

    def mark_rating_failed(
        self, tracking_code: str, reason: str, next_attempt_at: float | None
    ) -> None:
        """Not sent: try again at ``next_attempt_at``, or never (None: the central refused it)."""
        with self._write() as db:
            if next_attempt_at is None:
                db.execute(
                    "UPDATE ratings SET state = 'rejected', attempts = attempts + 1,"
                    " last_error = ? WHERE tracking_code = ? AND state = 'pending'",
                    [reason, tracking_code],
                )
            else:
                db.execute(
                    "UPDATE ratings SET attempts = attempts + 1, last_error = ?,"
                    " next_attempt_at = ? WHERE tracking_code = ? AND state = 'pending'",
                    [reason, next_attempt_at, tracking_code],
                )

    def queue_facts(self) -> tuple[int, float | None]:
        """Applications waiting to be sent (pending or sending) and the creation time of the oldest."""
        rows = self._read(
            "SELECT COUNT(*) AS n, MIN(created_ts) AS oldest FROM submissions"
            " WHERE state IN ('pending', 'sending')"
        )
        if not rows:
            return 0, None
        oldest = rows[0]["oldest"]
        return int(rows[0]["n"]), (float(oldest) if oldest is not None else None)
