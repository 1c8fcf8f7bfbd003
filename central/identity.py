"""Identity before registry data (guides 001 and 002, §1: the e-services sign the applicant in with
Asan İmza before they show registry data). At a kiosk in a public hall, anyone could type anyone's FİN,
so a personal look-up answers only after a one-time code, sent by SMS to the mobile number the registry
holds for that FİN or subscriber, is typed back at the kiosk that asked for it.

- A code has :data:`CODE_DIGITS` digits, expires after :data:`CODE_TTL`, and allows
  :data:`MAX_ATTEMPTS` tries; neither the key (FİN, subscriber code) nor the code is stored, only
  salted SHA-256 digests (the kiosk sends the key again with the code).
- The SMS goes through the central's notifications outbox (``Notification`` of kind ``code``), written in
  the same transaction as the challenge.
- The registry's mobile number never leaves the central: the kiosk is told only its masked form.
- Every challenge row is the audit of one personal look-up: the asking token's name, the time, whether the
  code was typed; kept :data:`AUDIT_RETENTION`.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from central import registry
from central.db import IdentityChallenge, Notification, as_utc, utcnow
from kiosk.core.i18n import QT_TRANSLATE_NOOP, translate

# The look-ups whose answers are personal data: name, address, meters at a home.
PERSONAL = ("person", "azersu")
CODE_DIGITS = 6
CODE_TTL = timedelta(minutes=5)
MAX_ATTEMPTS = 5
# A new code for the same key no sooner than this (the kiosk's "Send again").
RESEND_AFTER = timedelta(seconds=30)
# The challenges are also the audit of personal look-ups (which kiosk token asked, when, whether the code
# was typed; digests only): kept this long, then deleted.
AUDIT_RETENTION = timedelta(days=90)

CODE_TEXT = QT_TRANSLATE_NOOP(
    "Message",
    "ASAN kiosk: your code is {code}. It is valid for 5 minutes. Do not tell it to anyone.",
)


class IdentityError(Exception):
    """``code``: ``not_found``, ``no_mobile``, ``code_wrong``, ``code_expired``, ``code_locked``."""

    def __init__(self, code: str, status: int, **extra: Any) -> None:
        super().__init__(code)
        self.code = code
        self.status = status
        self.extra = extra


@dataclass(frozen=True)
class Challenge:
    id: str
    sent_to: str
    expires_at: datetime

    def answer(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "sent_to": self.sent_to,
            "expires_at": self.expires_at.isoformat(),
            "resend_after_s": int(RESEND_AFTER.total_seconds()),
            "attempts": MAX_ATTEMPTS,
        }


def _digest(salt: str, value: str) -> str:
    return hashlib.sha256(f"{salt}\x00{value}".encode()).hexdigest()


def record(kind: str, key: str) -> dict[str, Any] | None:
    if kind == "person":
        return registry.person(key)
    if kind == "azersu":
        return registry.azersu(key)
    raise ValueError(kind)


def canonical_key(kind: str, key: str) -> str:
    return key.strip().upper() if kind == "person" else key.strip()


def masked_phone(number: str) -> str:
    """``+994501234567`` → ``+994 ** *** ** 67``: enough for the applicant to know which phone."""
    digits = "".join(c for c in number if c.isdigit())
    if len(digits) < 4:
        return "***"
    return f"+{digits[:3]} ** *** ** {digits[-2:]}"


def start(session: Session, kind: str, key: str, token_name: str, language: str) -> Challenge:
    """Send a new code for ``kind``/``key`` to the registry's mobile number. IdentityError
    ``not_found`` (404) for an unknown key, ``no_mobile`` (409) when the registry holds no number."""
    key = canonical_key(kind, key)
    if record(kind, key) is None:
        raise IdentityError("not_found", 404)
    mobile = registry.mobile(kind, key)
    if not mobile:
        raise IdentityError("no_mobile", 409)
    now = utcnow()
    session.execute(
        delete(IdentityChallenge).where(IdentityChallenge.expires_at < now - AUDIT_RETENTION)
    )
    code = "".join(secrets.choice("0123456789") for _ in range(CODE_DIGITS))
    salt = secrets.token_hex(16)
    row = IdentityChallenge(
        id=secrets.token_urlsafe(16),
        token_name=token_name,
        kind=kind,
        salt=salt,
        key_sha256=_digest(salt, key),
        code_sha256=_digest(salt, code),
        attempts=0,
        created_at=now,
        expires_at=now + CODE_TTL,
    )
    session.add(row)
    session.add(
        Notification(
            event_key=f"code:{row.id}",
            kind="code",
            channel="sms",
            recipient=mobile,
            language=language,
            subject="",
            text=translate("Message", CODE_TEXT, language).replace("{code}", code),
            state="pending",
            attempts=0,
            next_attempt_at=now,
            created_at=now,
        )
    )
    session.commit()
    return Challenge(row.id, masked_phone(mobile), row.expires_at)


def verify(
    session: Session, challenge_id: str, kind: str, key: str, code: str, token_name: str
) -> dict[str, Any]:
    """The registry's record once ``code`` matches; IdentityError otherwise. A challenge is the asking
    kiosk's only (another token: ``not_found``) and answers once."""
    key = canonical_key(kind, key)
    row = session.scalar(
        select(IdentityChallenge).where(IdentityChallenge.id == challenge_id).with_for_update()
    )
    if (
        row is None
        or row.token_name != token_name
        or row.kind != kind
        or not hmac.compare_digest(row.key_sha256, _digest(row.salt, key))
    ):
        session.rollback()
        raise IdentityError("not_found", 404)
    now = utcnow()
    if row.verified_at is not None or as_utc(row.expires_at) <= now:
        session.rollback()
        raise IdentityError("code_expired", 410)
    if row.attempts >= MAX_ATTEMPTS:
        session.rollback()
        raise IdentityError("code_locked", 429, attempts_left=0)
    digits = "".join(c for c in code if c.isdigit())
    if not hmac.compare_digest(row.code_sha256, _digest(row.salt, digits)):
        row.attempts += 1
        left = MAX_ATTEMPTS - row.attempts
        session.commit()
        if left <= 0:
            raise IdentityError("code_locked", 429, attempts_left=0)
        raise IdentityError("code_wrong", 422, attempts_left=left)
    row.verified_at = now
    session.commit()
    found = record(kind, key)
    if found is None:  # the registry changed meanwhile
        raise IdentityError("not_found", 404)
    return found
