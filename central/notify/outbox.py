"""The notifications outbox: rows written with the event they tell of, claimed and finished by the
dispatcher. Its whole state is in the database, so a restart or a second worker loses and repeats
nothing (docs/NOTIFICATIONS.md).

States: ``pending`` (due at ``next_attempt_at``), ``sending`` (claimed: leased until ``next_attempt_at``;
a lease that ends, because its worker died, is taken again), ``sent``, ``failed`` (for good), ``dev`` (no
adapter configured for the channel: kept, not sent — development). Every claim adds one to ``attempts``,
which is the row's version: a claim or a finish changes the row only if ``attempts`` is still the one it
read, so two workers never both hold a row and a worker whose lease was taken over cannot overwrite the
new holder's result.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from central.config import public_url
from central.db import Notification, StatusEvent, Submission, utcnow
from central.notify import messages
from kiosk.core import services
from kiosk.core.validation import Context, Ok, email, mobile

PENDING, SENDING, SENT, FAILED, DEV = "pending", "sending", "sent", "failed", "dev"
SMS, EMAIL = "sms", "email"


def recipients(service: str, payload: Mapping[str, Any]) -> dict[str, str]:
    """Channel → address, from the answers the service's definition marks ``notify``: an SMS only to a
    mobile number (E.164, ``+994…``; a landline gets none), an e-mail to a valid address."""
    definition = services.SERVICES.get(service)
    found: dict[str, str] = {}
    if definition is None:
        return found
    for field in definition.fields():
        channel, value = field.notify, payload.get(field.name)
        if channel not in (SMS, EMAIL) or channel in found or not value:
            continue
        checked = (mobile if channel == SMS else email)(value, Context())
        if isinstance(checked, Ok):
            found[channel] = str(checked.value)
    return found


def event_key(submission: Submission, event: StatusEvent, channel: str) -> str:
    return f"{submission.submission_id}:{event.id}:{channel}"


def enqueue(
    session: Session,
    submission: Submission,
    event: StatusEvent,
    *,
    received: bool,
    payload: Mapping[str, Any] | None = None,
) -> list[Notification]:
    """Add the messages telling of ``event`` (flushed: it has its id) to the session, in the caller's
    transaction. ``received``: the event is the application's receipt. ``payload``: the application's
    answers (read from the stored body when not given)."""
    if payload is None:
        payload = json.loads(submission.body_json).get("payload") or {}
    told = messages.Event(
        service=submission.service,
        tracking_code=submission.tracking_code,
        status=event.status,
        language=submission.language,
        received=received,
        reason=event.reason,
    )
    base = public_url()
    rows = []
    for channel, recipient in recipients(submission.service, payload).items():
        if channel == SMS:
            subject, text = "", messages.sms(told, base)
        else:
            subject, text = messages.email(told, base)
        rows.append(
            Notification(
                event_key=event_key(submission, event, channel),
                submission_pk=submission.id,
                kind="received" if received else "status",
                channel=channel,
                recipient=recipient,
                language=submission.language,
                subject=subject,
                text=text,
                state=PENDING,
                attempts=0,
                next_attempt_at=event.at,
            )
        )
    session.add_all(rows)
    return rows


@dataclass(frozen=True)
class Claimed:
    """A row this worker holds until ``lease_until``; ``attempts`` is its version."""

    id: int
    event_key: str
    channel: str
    recipient: str
    subject: str
    text: str
    attempts: int
    lease_until: datetime


def claim(session: Session, lease_s: float, now: datetime | None = None) -> Claimed | None:
    """Take one due row (pending and due, or sending with its lease ended) for ``lease_s`` seconds;
    None when none is due. One short transaction."""
    now = now or utcnow()
    lease_until = now + timedelta(seconds=lease_s)
    try:
        candidates = session.execute(
            select(Notification.id, Notification.attempts)
            .where(Notification.state.in_((PENDING, SENDING)), Notification.next_attempt_at <= now)
            .order_by(Notification.next_attempt_at, Notification.id)
            .limit(8)
        ).all()
        for row_id, attempts in candidates:
            taken = session.execute(
                update(Notification)
                .where(
                    Notification.id == row_id,
                    Notification.attempts == attempts,
                    Notification.state.in_((PENDING, SENDING)),
                )
                .values(state=SENDING, attempts=attempts + 1, next_attempt_at=lease_until)
                .execution_options(synchronize_session=False)
            )
            if taken.rowcount == 1:  # type: ignore[attr-defined]
                row = session.get(Notification, row_id, populate_existing=True)
                session.commit()
                assert row is not None
                return Claimed(
                    row.id,
                    row.event_key,
                    row.channel,
                    row.recipient,
                    row.subject,
                    row.text,
                    attempts + 1,
                    lease_until,
                )
        session.commit()
        return None
    except BaseException:
        session.rollback()
        raise


def finish(session: Session, claimed: Claimed, state: str, **values: Any) -> bool:
    """Leave ``claimed`` in ``state`` (with ``values``) if this worker still holds it; False when its
    lease ended and another worker took the row over meanwhile."""
    try:
        done = session.execute(
            update(Notification)
            .where(
                Notification.id == claimed.id,
                Notification.attempts == claimed.attempts,
                Notification.state == SENDING,
            )
            .values(state=state, **values)
            .execution_options(synchronize_session=False)
        )
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return bool(done.rowcount == 1)  # type: ignore[attr-defined]


# An identity code (central/identity.py) is of no use to anyone but the applicant it was sent to: its
# text is not kept once the message is handled (sent, failed for good, or ``dev`` with no gateway), and
# never shown (the back office shows this instead), so that no staff member, backup or database reader
# can type it at a kiosk. Until then the row holds it, to send it or send it again.
CODE_SENT_TEXT = "(one-time code, not kept)"


def one_time_code(event_key: str) -> bool:
    """Whether the message of ``event_key`` carries an identity code (``code:{challenge id}``)."""
    return event_key.startswith("code:")


def mask(recipient: str) -> str:
    """What a log may say of a recipient: its last two characters."""
    return "…" + recipient[-2:] if len(recipient) > 2 else "…"
