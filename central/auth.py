"""Bearer tokens: kiosk tokens for submissions and look-ups, admin tokens for staff endpoints."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.db import ApiToken

KIOSK = "kiosk"
ADMIN = "admin"
ENV_ADMIN_NAME = "env-admin"


@dataclass(frozen=True)
class Principal:
    role: str
    name: str


def token_sha256(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(session: Session, role: str, name: str) -> str:
    """Store the hash of a new random token and return the token itself (shown once)."""
    prefix = "ck_" if role == KIOSK else "ca_"
    token = prefix + secrets.token_urlsafe(32)
    session.add(ApiToken(token_sha256=token_sha256(token), role=role, name=name))
    session.commit()
    return token


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
    """The principal behind an ``Authorization`` header with the given role, or None."""
    token = bearer(header)
    if token is None:
        return None
    if role == ADMIN and env_admin_token and hmac.compare_digest(token, env_admin_token):
        return Principal(ADMIN, ENV_ADMIN_NAME)
    row = session.scalar(
        select(ApiToken).where(ApiToken.token_sha256 == token_sha256(token), ApiToken.role == role)
    )
    return Principal(row.role, row.name) if row is not None else None
