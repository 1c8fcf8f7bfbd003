"""Meter photos from the applicant's phone (docs/PHOTOS.md): the hand-off store.

Azərsu asks for a photo of every meter with its factory number and reading legible (guide 002 §4). The
meter is at home and the photo on the applicant's phone, so a kiosk asks for a hand-off
(``POST /api/v1/handoffs``), shows its link as a QR code, and polls until the phone has uploaded a photo
(``GET /api/v1/handoffs/{id}``). An application sent with a photo "to follow" gets its photo the same way
from the status page: a hand-off bound to the stored application (``submission_pk``), whose upload is
stored as an :class:`~central.db.Attachment` of it.

A hand-off is reached by its link's token (128 random bits, only its SHA-256 stored) or by its short
code, its public ``id`` (8 characters, 40 random bits, typed at ``/p`` when the camera cannot read the
QR code; the phone page is rate limited per address). It takes one photo, lives
:data:`central.config.HANDOFF_TTL_S` at most, and its bytes are dropped once the kiosk has them, or when it
expires. Photos are personal data: nothing here logs them, their size or the token.

Every function takes a session and commits its own short transaction; the routes run them in the
capacity lanes (central/capacity.py).
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, undefer

from central import workflow
from central.db import Attachment, Handoff, Submission, as_utc, utcnow
from kiosk.core import attachments
from kiosk.core.validation import Err, Ok

# A photo is a photo: no PDF from a phone camera. The size limit is the kiosk's (kiosk/core/attachments.py).
PHOTO_TYPES = attachments.IMAGE_TYPES
MAX_PHOTO_BYTES = attachments.MAX_BYTES_DEFAULT
# Crockford's base32: no I, L, O, U, so a typed code is not misread.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 8
# An expired row keeps its state (the kiosk is told 410, not 404) this long after it expired, without
# its bytes; then it is deleted.
KEEP_EXPIRED = timedelta(hours=1)
# A file field's path: ``photo`` or ``meters.0.photo``.
FIELD_RE = re.compile(r"^[a-z][a-z0-9_]{0,40}(\.[0-9]{1,2}\.[a-z][a-z0-9_]{0,40})?$")

PhoneState = Literal["waiting", "used", "expired"]


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def display_code(code: str) -> str:
    """``K7QM3XWD`` → ``K7QM-3XWD``, as the kiosk shows it."""
    return f"{code[:4]}-{code[4:]}"


def normalise_code(text: str) -> str | None:
    """A typed short code in its stored form (upper case, no dashes or spaces, O→0, I/L→1), or None."""
    cleaned = re.sub(r"[\s\-]", "", text or "").upper()
    cleaned = cleaned.translate(str.maketrans("OIL", "011"))
    if len(cleaned) != CODE_LENGTH or any(c not in CODE_ALPHABET for c in cleaned):
        return None
    return cleaned


def token_sha256(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def valid_field(field: object) -> bool:
    return isinstance(field, str) and bool(FIELD_RE.match(field))


def check_photo(data: bytes) -> Ok | Err:
    """The central's own check of an upload, the kiosk's rules (kiosk/core/attachments.py): magic bytes,
    size, Pillow restricted to the named format, bounded in pixels, encoded again without metadata."""
    from kiosk import media  # Pillow: imported when a photo is first checked

    return attachments.check(
        data, "photo", MAX_PHOTO_BYTES, PHOTO_TYPES, clean_image=media.reencode_image
    )


# ------------------------------------------------------------------------------------------------ store


def purge(session: Session, now: datetime | None = None) -> None:
    """Drop the bytes of every expired hand-off and delete those expired long ago (no commit)."""
    now = now or utcnow()
    session.execute(
        update(Handoff)
        .where(Handoff.expires_at < now, Handoff.state.in_(("waiting", "uploaded")))
        .values(state="expired", data=None, content_type=None)
        .execution_options(synchronize_session=False)
    )
    session.execute(
        delete(Handoff)
        .where(Handoff.expires_at < now - KEEP_EXPIRED)
        .execution_options(synchronize_session=False)
    )


def purge_now(session: Session) -> None:
    """:func:`purge` in a transaction of its own."""
    purge(session)
    session.commit()


@dataclass(frozen=True)
class Created:
    id: str
    token: str
    expires_at: datetime


def create(
    session: Session,
    token_name: str,
    field: str,
    ttl_s: float,
    submission_pk: int | None = None,
) -> Created:
    """A new hand-off for ``field``; the token is returned once and only its hash stored."""
    now = utcnow()
    purge(session, now)
    token = secrets.token_urlsafe(16)
    expires = now + timedelta(seconds=ttl_s)
    for _ in range(5):
        code = new_code()
        if session.get(Handoff, code) is None:
            break
    row = Handoff(
        id=code,
        token_sha256=token_sha256(token),
        token_name=token_name,
        field=field,
        submission_pk=submission_pk,
        state="waiting",
        created_at=now,
        expires_at=expires,
    )
    session.add(row)
    session.commit()
    return Created(code, token, expires)


def find(session: Session, key: str) -> Handoff | None:
    """The hand-off a phone names by its link's token or its short code."""
    code = normalise_code(key) if len(key) <= CODE_LENGTH + 2 else None
    if code is not None:
        return session.get(Handoff, code)
    if len(key) > 64:
        return None
    return session.scalar(select(Handoff).where(Handoff.token_sha256 == token_sha256(key)))


def phone_state(row: Handoff | None, now: datetime | None = None) -> PhoneState | None:
    """What the phone page says of a hand-off: open for a photo, already used, or expired."""
    if row is None:
        return None
    if row.state in ("uploaded", "fetched"):
        return "used"
    if row.state == "expired" or as_utc(row.expires_at) <= (now or utcnow()):
        return "expired"
    return "waiting"


def upload(session: Session, key: str, data: bytes, content_type: str) -> PhoneState | None:
    """Store a checked photo in the hand-off ``key`` names, once. Returns the hand-off's state before
    (``waiting`` when the photo was taken), None when there is no such hand-off.

    A hand-off bound to a stored application puts the photo straight on it, as an attachment of the
    field it waits for; the hand-off keeps no bytes."""
    now = utcnow()
    purge(session, now)
    row = find(session, key)
    state = phone_state(row, now)
    if row is None or state != "waiting":
        session.commit()
        return state
    if row.submission_pk is not None:
        if row.field not in awaiting_photos(session, row.submission_pk):
            row.state = "fetched"
            session.commit()
            return "used"
        session.add(
            Attachment(
                submission_pk=row.submission_pk,
                field=row.field,
                filename=f"{row.field.replace('.', '-')}{attachments.EXTENSIONS[content_type]}",
                content_type=content_type,
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                data=data,
            )
        )
        row.state = "fetched"
    else:
        row.state = "uploaded"
        row.data = data
        row.content_type = content_type
    session.commit()
    return "waiting"


@dataclass(frozen=True)
class Fetched:
    """What the kiosk's poll gets: ``state`` ``waiting`` (204), ``photo`` (200 with ``data``), ``gone``
    (410) or ``not_found`` (404)."""

    state: Literal["waiting", "photo", "gone", "not_found"]
    content_type: str = ""
    data: bytes = b""


def _kiosk_row(session: Session, handoff_id: str, token_name: str) -> Handoff | None:
    row = session.get(Handoff, handoff_id) if len(handoff_id) <= 32 else None
    if row is None or row.token_name != token_name or row.submission_pk is not None:
        return None  # another kiosk's hand-off is not found, not forbidden
    return row


def peek(session: Session, handoff_id: str, token_name: str) -> Fetched:
    """The poll's read-only answer: anything but an uploaded photo (which :func:`fetch` hands out)."""
    row = _kiosk_row(session, handoff_id, token_name)
    if row is None:
        return Fetched("not_found")
    if row.state == "uploaded" and as_utc(row.expires_at) > utcnow():
        return Fetched("photo")
    if phone_state(row) == "waiting":
        return Fetched("waiting")
    return Fetched("gone")


def fetch(session: Session, handoff_id: str, token_name: str) -> Fetched:
    """Hand the uploaded photo to the kiosk that asked for it, once: its bytes are dropped here in the
    same transaction."""
    now = utcnow()
    row = session.scalar(
        select(Handoff)
        .options(undefer(Handoff.data))
        .where(Handoff.id == handoff_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    if row is None or row.token_name != token_name or row.submission_pk is not None:
        session.rollback()
        return Fetched("not_found")
    if row.state != "uploaded" or as_utc(row.expires_at) <= now or not row.data:
        session.rollback()
        return Fetched("waiting" if phone_state(row, now) == "waiting" else "gone")
    found = Fetched("photo", row.content_type or "application/octet-stream", bytes(row.data))
    row.state = "fetched"
    row.data = None
    row.content_type = None
    session.commit()
    return found


def drop(session: Session, handoff_id: str, token_name: str) -> bool:
    """The kiosk no longer waits (its session ended): the hand-off expires now, its bytes dropped."""
    row = _kiosk_row(session, handoff_id, token_name)
    if row is None:
        session.rollback()
        return False
    if row.state in ("waiting", "uploaded"):
        row.state = "expired"
        row.data = None
        row.content_type = None
    session.commit()
    return True


# ------------------------------------------------------------------------------- photos to follow


def photos_to_follow(body_json: str) -> list[str]:
    """The fields a stored submission was sent without, their photo to follow (docs/WIRE.md)."""
    try:
        body = json.loads(body_json)
    except ValueError:
        return []
    listed = body.get("photos_to_follow") if isinstance(body, dict) else None
    return [f for f in listed if isinstance(f, str)] if isinstance(listed, list) else []


def awaiting_photos(session: Session, submission_pk: int) -> list[str]:
    """The fields of a submission still waiting for their photo: listed in its ``photos_to_follow``
    and with no attachment yet (the back office shows them as "waiting for photo"). An application
    already decided (a final status: rejected, done, …) waits for nothing: its status page no longer
    offers to add a photo and a link made before the decision takes none."""
    found = session.execute(
        select(Submission.body_json, Submission.service, Submission.status).where(
            Submission.id == submission_pk
        )
    ).first()
    if found is None:
        return []
    body_json, service, status = found
    if body_json is None or workflow.is_final(service, status):
        return []
    listed = photos_to_follow(body_json)
    if not listed:
        return []
    have = set(
        session.scalars(select(Attachment.field).where(Attachment.submission_pk == submission_pk))
    )
    return [f for f in listed if f not in have]


def create_for_submission(
    session: Session, tracking_code: str, field: str, ttl_s: float
) -> Created | None:
    """A hand-off for the photo ``field`` of the application ``tracking_code`` still waits for; None
    when it waits for none such."""
    pk = session.scalar(select(Submission.id).where(Submission.tracking_code == tracking_code))
    if pk is None or field not in awaiting_photos(session, pk):
        session.rollback()
        return None
    return create(session, "", field, ttl_s, submission_pk=pk)
