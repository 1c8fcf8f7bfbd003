"""What the API and the CLI do with the database: store a submission once, read and advance status."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from central import workflow
from central.db import Attachment, StatusEvent, Submission, utcnow
from central.notify import outbox
from central.schemas import SubmissionIn
from central.validation import decode_attachment


def canonical_sha256(body: Any) -> str:
    """SHA-256 of the canonical JSON of ``body`` (keys sorted, no insignificant whitespace)."""
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Conflict(Exception):
    """409: ``code`` is ``idempotency_conflict`` or ``tracking_code_conflict``."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Stored:
    tracking_code: str
    reference: str
    duplicate: bool
    status: str

    def answer(self) -> dict[str, Any]:
        return {
            "tracking_code": self.tracking_code,
            "status": self.status,
            "reference": self.reference,
            "duplicate": self.duplicate,
        }


def reference_for(row: Submission) -> str:
    return f"C{as_date(row)}-{row.id:06d}"


def as_date(row: Submission) -> str:
    return row.received_at.strftime("%Y%m%d")


def replay(session: Session, key: str, body_sha: str) -> Stored | None:
    """The first answer for ``key`` if it was stored with the same body; Conflict if another body."""
    row = session.scalar(select(Submission).where(Submission.submission_id == key))
    if row is None:
        return None
    if row.body_sha256 != body_sha:
        raise Conflict(
            "idempotency_conflict", "This Idempotency-Key was already used with a different body."
        )
    # The first answer again: the status an application of its service was received with.
    return Stored(
        row.tracking_code,
        row.reference or "",
        duplicate=True,
        status=workflow.initial_status(row.service),
    )


def existing(session: Session, key: str, tracking_code: str, body_sha: str) -> Stored | None:
    """The answer to give if this submission is already stored, None if it is new; Conflict if its
    key or its tracking code is already taken by something else."""
    found = replay(session, key, body_sha)
    if found is not None:
        return found
    holder = session.scalar(
        select(Submission.submission_id).where(Submission.tracking_code == tracking_code)
    )
    if holder is None:
        return None
    if holder == key:
        # Stored by a concurrent request between the two reads.
        return replay(session, key, body_sha)
    raise Conflict(
        "tracking_code_conflict", "This tracking code was already used by another submission."
    )


def store(
    session: Session, sub: SubmissionIn, body: dict[str, Any], body_sha: str, token_name: str
) -> Stored:
    """Store ``sub`` once. Safe under concurrent duplicates: the unique constraints decide the race
    and the loser answers like a replay. The applicant's "received" SMS and e-mail are written to the
    outbox in the same transaction (central/notify)."""
    found = existing(session, sub.submission_id, sub.tracking_code, body_sha)
    if found is not None:
        return found
    now = utcnow()
    initial = workflow.initial_status(sub.service)
    row = Submission(
        submission_id=sub.submission_id,
        tracking_code=sub.tracking_code,
        service=sub.service,
        kiosk_id=sub.kiosk_id,
        token_name=token_name,
        language=sub.language,
        body_sha256=body_sha,
        body_json=json.dumps(
            {k: v for k, v in body.items() if k != "attachments"}, ensure_ascii=False
        ),
        created_at=sub.created_at,
        received_at=now,
        updated_at=now,
        status=initial,
    )
    received = StatusEvent(status=initial, at=now, actor=f"kiosk:{token_name}")
    row.events.append(received)
    for att in sub.attachments:
        data = decode_attachment(att.data_base64) or b""
        row.attachments.append(
            Attachment(
                field=att.field,
                filename=att.filename,
                content_type=att.content_type,
                size=att.size,
                sha256=att.sha256.lower(),
                data=data,
            )
        )
    try:
        session.add(row)
        session.flush()
        row.reference = reference_for(row)
        outbox.enqueue(session, row, received, received=True, payload=sub.payload)
        session.commit()
    except IntegrityError:
        session.rollback()
        found = existing(session, sub.submission_id, sub.tracking_code, body_sha)
        if found is not None:
            return found
        raise
    return Stored(row.tracking_code, row.reference, duplicate=False, status=initial)


def find(session: Session, tracking_code: str) -> Submission | None:
    return session.scalar(
        select(Submission)
        .options(selectinload(Submission.events))
        .where(Submission.tracking_code == tracking_code)
    )


class InvalidTransition(Exception):
    def __init__(self, current: str, wanted: str, allowed: tuple[str, ...]) -> None:
        super().__init__(f"cannot move from {current} to {wanted}; allowed: {', '.join(allowed)}")
        self.current = current
        self.wanted = wanted
        self.allowed = allowed


class MovedMeanwhile(InvalidTransition):
    """Another move of the same application came first (between this one's read and its write)."""

    def __init__(self, seen: str, current: str, wanted: str, allowed: tuple[str, ...]) -> None:
        super().__init__(current, wanted, allowed)
        self.args = (
            f"moved from {seen} to {current} by someone else meanwhile; cannot move to {wanted}; "
            f"allowed: {', '.join(allowed)}",
        )
        self.seen = seen


def advance(
    session: Session,
    tracking_code: str,
    status: str,
    actor: str,
    note: str | None = None,
    *,
    reason: str | None = None,
    expected: str | None = None,
) -> Submission | None:
    """Move an application to ``status`` (allowed transitions only) and record it in the timeline.

    Returns None for an unknown code; raises InvalidTransition otherwise. Concurrent moves of one
    application are serialised: the row is locked while it is read (``SELECT … FOR UPDATE`` on
    PostgreSQL, where a second move waits and then sees the first one's status), and the status is
    written only if it is still the one read (``UPDATE … WHERE status = :seen``, which is what decides
    on SQLite); the loser gets MovedMeanwhile, an InvalidTransition.

    ``expected``: the status the person moving it saw (a back-office page); when the application has
    moved since, MovedMeanwhile, whatever the new status allows. ``reason``: a rejection's reason id.

    The applicant's SMS and e-mail telling of the move are written to the outbox in the same
    transaction (central/notify): a move is never committed without them, nor they without it."""
    row = session.scalar(
        select(Submission)
        .where(Submission.tracking_code == tracking_code)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    if row is None:
        session.rollback()
        return None
    seen = row.status
    allowed = workflow.allowed_next(row.service, seen)
    if expected is not None and expected != seen:
        session.rollback()
        raise MovedMeanwhile(expected, seen, status, allowed)
    if status not in allowed:
        session.rollback()
        raise InvalidTransition(seen, status, allowed)
    now = utcnow()
    moved = session.execute(
        update(Submission)
        .where(Submission.id == row.id, Submission.status == seen)
        .values(status=status, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    if moved.rowcount != 1:  # type: ignore[attr-defined]
        session.rollback()
        current = session.scalar(select(Submission.status).where(Submission.id == row.id)) or seen
        raise MovedMeanwhile(seen, current, status, workflow.allowed_next(row.service, current))
    event = StatusEvent(
        submission_pk=row.id, status=status, at=now, actor=actor, note=note, reason=reason
    )
    session.add(event)
    session.flush()
    outbox.enqueue(session, row, event, received=False)
    session.commit()
    session.expire_all()
    return find(session, tracking_code)
