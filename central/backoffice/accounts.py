"""Back-office accounts: Argon2id passwords, sessions, CSRF tokens, lock-out and the audit trail.

- A password is stored only as its Argon2id hash (argon2-cffi's defaults, RFC 9106 low-memory profile).
- A session cookie carries 256 random bits; the database keeps only their SHA-256 (a stolen database
  gives no usable cookie). A session ends 30 minutes after its last request, and 12 hours after sign-in
  whatever happens; signing out deletes it.
- Each session has its own CSRF token, which every form posts back in a hidden field.
- Five failed sign-ins in a row lock the account for 15 minutes. The answer to a failed sign-in is the
  same whether the user exists, is locked, is deactivated or typed a wrong password, and an unknown
  user name costs the same hash check as a known one.
- Every action is written to ``staff_audit`` with the staff member's user name and a tracking code or
  user name as its target: never an applicant's personal data.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from central.db import StaffAudit, StaffSession, StaffUser, as_utc

OPERATOR = "operator"
SUPERVISOR = "supervisor"
ROLES = (OPERATOR, SUPERVISOR)

IDLE = timedelta(minutes=30)
ABSOLUTE = timedelta(hours=12)
MAX_FAILED = 5
LOCK_FOR = timedelta(minutes=15)
# A session's last request is written at most this often (each page view is not a write).
TOUCH_EVERY = timedelta(seconds=60)

MIN_PASSWORD = 10
MAX_PASSWORD = 256
USERNAME_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789._-")

_hasher = PasswordHasher()
# Checked against when the user name is unknown, so that answer takes as long as a wrong password.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


class AccountError(ValueError):
    """A user name, role or password that cannot be used; ``code`` names which (a text key)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Staff:
    """The signed-in staff member of a request."""

    user_id: int
    username: str
    role: str
    csrf_token: str
    session_sha256: str

    @property
    def supervisor(self) -> bool:
        return self.role == SUPERVISOR


def sha256(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def hash_password(password: str) -> str:
    check_password(password)
    return _hasher.hash(password)


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError("password_short")
    if len(password) > MAX_PASSWORD or "\x00" in password:
        raise AccountError("password_invalid")


def check_username(username: str) -> str:
    name = username.strip().lower()
    if not 2 <= len(name) <= 64 or not set(name) <= USERNAME_CHARS:
        raise AccountError("username_invalid")
    return name


def check_role(role: str) -> str:
    if role not in ROLES:
        raise AccountError("role_invalid")
    return role


def audit(session: Session, actor: str, action: str, target: str = "", detail: str = "") -> None:
    """One audit row (committed with the action it records)."""
    session.add(StaffAudit(actor=actor[:64], action=action[:32], target=target[:64], detail=detail))


# -- users --------------------------------------------------------------------------------------
def add_user(
    session: Session, username: str, role: str, password: str, full_name: str = "", actor: str = ""
) -> StaffUser:
    name = check_username(username)
    check_role(role)
    if session.scalar(select(StaffUser.id).where(StaffUser.username == name)) is not None:
        raise AccountError("username_taken")
    user = StaffUser(
        username=name,
        full_name=full_name.strip()[:128],
        password_hash=hash_password(password),
        role=role,
        active=True,
        failed_logins=0,
    )
    session.add(user)
    audit(session, actor or "cli", "user_add", name, f"role={role}")
    session.commit()
    return user


def set_password(session: Session, username: str, password: str, actor: str = "") -> StaffUser:
    """A new password; the lock-out is lifted and the user's sessions end."""
    return _set_password(session, _user(session, username), password, actor)


def set_password_of(session: Session, user_id: int, password: str, actor: str) -> StaffUser:
    user = session.get(StaffUser, user_id)
    if user is None:
        raise AccountError("user_unknown")
    return _set_password(session, user, password, actor)


def _set_password(session: Session, user: StaffUser, password: str, actor: str) -> StaffUser:
    user.password_hash = hash_password(password)
    user.failed_logins = 0
    user.locked_until = None
    session.execute(delete(StaffSession).where(StaffSession.user_id == user.id))
    audit(session, actor or "cli", "user_reset", user.username)
    session.commit()
    return user


def set_active(session: Session, user_id: int, active: bool, actor: str) -> StaffUser:
    user = session.get(StaffUser, user_id)
    if user is None:
        raise AccountError("user_unknown")
    user.active = active
    if not active:
        session.execute(delete(StaffSession).where(StaffSession.user_id == user.id))
    audit(session, actor, "user_activate" if active else "user_deactivate", user.username)
    session.commit()
    return user


def is_locked(user: StaffUser, now: datetime) -> bool:
    return user.locked_until is not None and as_utc(user.locked_until) > now


def users(session: Session) -> list[StaffUser]:
    return list(session.scalars(select(StaffUser).order_by(StaffUser.username)))


def _user(session: Session, username: str) -> StaffUser:
    user = session.scalar(select(StaffUser).where(StaffUser.username == username.strip().lower()))
    if user is None:
        raise AccountError("user_unknown")
    return user


# -- signing in and out -------------------------------------------------------------------------
@dataclass(frozen=True)
class SignedIn:
    cookie: str  # the session token, for the cookie only
    staff: Staff


def sign_in(session: Session, username: str, password: str, now: datetime) -> SignedIn | None:
    """A new session for the right user name and password of an active, unlocked user; else None
    (and the failure counted, locking the account at the fifth)."""
    name = username.strip().lower()[:64]
    user = session.scalar(select(StaffUser).where(StaffUser.username == name)) if name else None
    if user is None:
        _verify(_DUMMY_HASH, password)
        audit(session, "-", "login_failed", "", "unknown user")
        session.commit()
        return None
    locked = user.locked_until is not None and as_utc(user.locked_until) > now
    good = _verify(user.password_hash, password)
    if not good or locked or not user.active:
        if not locked:
            user.failed_logins = (user.failed_logins or 0) + (0 if good else 1)
            if user.failed_logins >= MAX_FAILED:
                user.locked_until = now + LOCK_FOR
                user.failed_logins = 0
        why = "locked" if locked else ("inactive" if good else "wrong password")
        if user.locked_until is not None and as_utc(user.locked_until) > now and not locked:
            why += ", now locked"
        audit(session, user.username, "login_failed", user.username, why)
        session.commit()
        return None
    user.failed_logins = 0
    user.locked_until = None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    token = secrets.token_urlsafe(32)
    row = StaffSession(
        token_sha256=sha256(token),
        user_id=user.id,
        csrf_token=secrets.token_urlsafe(32),
        created_at=now,
        last_seen_at=now,
        expires_at=now + ABSOLUTE,
    )
    session.add(row)
    audit(session, user.username, "login_ok", user.username)
    session.commit()
    return SignedIn(
        token, Staff(user.id, user.username, user.role, row.csrf_token, row.token_sha256)
    )


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def current(session: Session, cookie: str | None, now: datetime) -> Staff | None:
    """The staff member of a session cookie, or None when there is no such live session (an expired
    one is deleted). Notes the request's time for the idle limit."""
    if not cookie or len(cookie) > 128:
        return None
    row = session.get(StaffSession, sha256(cookie))
    if row is None:
        return None
    user = session.get(StaffUser, row.user_id)
    if (
        user is None
        or not user.active
        or as_utc(row.expires_at) <= now
        or as_utc(row.last_seen_at) + IDLE <= now
    ):
        session.delete(row)
        session.commit()
        return None
    if now - as_utc(row.last_seen_at) >= TOUCH_EVERY:
        row.last_seen_at = now
        session.commit()
    return Staff(user.id, user.username, user.role, row.csrf_token, row.token_sha256)


def sign_out(session: Session, staff: Staff) -> None:
    session.execute(delete(StaffSession).where(StaffSession.token_sha256 == staff.session_sha256))
    audit(session, staff.username, "logout", staff.username)
    session.commit()


def csrf_ok(staff: Staff, sent: str | None) -> bool:
    return bool(sent) and hmac.compare_digest(staff.csrf_token.encode(), (sent or "").encode())
