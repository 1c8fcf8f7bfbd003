"""Bearer tokens: kiosk tokens for submissions and look-ups, admin tokens for staff endpoints.

A token may be given an expiry and may be revoked (``central token create --expires-days``,
``central token revoke``). Every request checks its token against the database — no worker keeps a
copy — so a revoked or expired token is refused at once by every worker of every app server, with
401 ``token_revoked`` or ``token_expired`` (docs/WIRE.md)."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.db import ApiToken, as_utc, utcnow

KIOSK = "kiosk"
ADMIN = "admin"
ROLES = (KIOSK, ADMIN)
ENV_ADMIN_NAME = "env-admin"

UNAUTHORIZED = "unauthorized"
TOKEN_REVOKED = "token_revoked"
TOKEN_EXPIRED = "token_expired"


@dataclass(frozen=True)
class Principal:
    role: str
    name: str
    # The ``api_tokens`` row (None for the admin token of the environment).
    token_id: int | None = field(default=None, compare=False)


class Refused(Exception):
    """The token is known but revoked (``token_revoked``) or expired (``token_expired``)."""

    def __init__(self, code: str = UNAUTHORIZED) -> None:
        super().__init__(code)
        self.code = code


def token_sha256(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(
    session: Session, role: str, name: str, *, expires_at: datetime | None = None
) -> str:
    """Store the hash of a new random token and return the token itself (shown once)."""
    prefix = "ck_" if role == KIOSK else "ca_"
    token = prefix + secrets.token_urlsafe(32)
    session.add(
        ApiToken(token_sha256=token_sha256(token), role=role, name=name, expires_at=expires_at)
    )
    session.commit()
    return token


def expiry_in(days: float | None) -> datetime | None:
    return None if days is None else utcnow() + timedelta(days=days)


def state(row: ApiToken, now: datetime | None = None) -> str:
    """``active``, ``revoked`` or ``expired``."""
    now = now or utcnow()
    if row.revoked_at is not None:
        return "revoked"
    if row.expires_at is not None and as_utc(row.expires_at) <= now:
        return "expired"
    return "active"


def list_tokens(session: Session) -> list[ApiToken]:
    return list(session.scalars(select(ApiToken).order_by(ApiToken.id)))


def revoke(session: Session, name_or_id: str) -> list[ApiToken]:
    """Revoke the token with this id, or every token not yet revoked with this name; the tokens
    revoked now (empty when none matched)."""
    query = select(ApiToken).where(ApiToken.revoked_at.is_(None))
    if name_or_id.isdigit():
        query = query.where(ApiToken.id == int(name_or_id))
    else:
        query = query.where(ApiToken.name == name_or_id)
    rows = list(session.scalars(query))
    now = utcnow()
    for row in rows:
        row.revoked_at = now
    session.commit()
    return rows


def bearer(header: str | None) -> str | None:
    if not header:
        return None
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return value.strip()


def authenticate(
    session: Session, header: str | None, role: str, env_admin_token: str | None = None
) -> Principal | None:
    """The principal behind an ``Authorization`` header with the given role; None for no token, an
    unknown one or one of another role; :class:`Refused` for a revoked or expired one."""
    token = bearer(header)
    if token is None:
        return None
    if role == ADMIN and env_admin_token and hmac.compare_digest(token, env_admin_token):
        return Principal(ADMIN, ENV_ADMIN_NAME)
    row = session.scalar(
        select(ApiToken).where(ApiToken.token_sha256 == token_sha256(token), ApiToken.role == role)
    )
    if row is None:
        return None
    found = state(row)
    if found == "revoked":
        raise Refused(TOKEN_REVOKED)
    if found == "expired":
        raise Refused(TOKEN_EXPIRED)
    return Principal(row.role, row.name, row.id)
