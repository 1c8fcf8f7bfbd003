"""Identity one-time codes before personal look-ups (central/identity.py, docs/WIRE.md "Identity").

``POST /api/v1/identity/challenges`` sends a code to the mobile number the registry holds;
``POST /api/v1/identity/challenges/{id}/verify`` answers the registry's record once the code matches.
Nothing here is logged: the bodies carry FİNs and subscriber codes."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from central import auth, identity
from central.capacity import WRITE, run_db
from central.deps import KioskDep
from central.ratelimit import FixedWindowLimiter
from central.routes import lookups
from central.secret import key_hmac

router = APIRouter(prefix="/api/v1/identity", tags=["identity"])

Kind = Literal["person", "azersu"]
# Codes sent for one FİN or subscriber, whichever kiosk asks: an SMS bomb stops here. Counted by
# ``app.state.identity_limiter`` (central/app.py) in ``identity_rate_hits``, a table of its own.
CODES_PER_KEY = 3
CODES_WINDOW_S = 600.0


class ChallengeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kind: Kind
    key: str = Field(min_length=1, max_length=40, pattern=r"^[0-9A-Za-z-]+$")
    language: Literal["az", "ru", "en"] = "az"


class VerifyIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kind: Kind
    key: str = Field(min_length=1, max_length=40, pattern=r"^[0-9A-Za-z-]+$")
    code: str = Field(min_length=1, max_length=12)


def _error(exc: identity.IdentityError) -> JSONResponse:
    headers = (
        {"Retry-After": str(int(identity.CODE_TTL.total_seconds()))} if exc.status == 429 else {}
    )
    return JSONResponse(
        {"detail": {"code": exc.code, **exc.extra}}, status_code=exc.status, headers=headers
    )


def _start(
    session: Session,
    limiter: FixedWindowLimiter,
    lookup_limiter: FixedWindowLimiter,
    secret: bytes,
    body: ChallengeIn,
    principal: auth.Principal,
) -> identity.Challenge | tuple[str, int]:
    """The asking token's look-up limit and audit row (as every look-up, central/routes/lookups.py),
    the key's own limit on codes sent, then the challenge."""
    key = identity.canonical_key(body.kind, body.key)
    try:
        lookups.audited(
            session,
            lookup_limiter,
            secret,
            principal,
            body.kind,
            key,
            lambda: identity.record(body.kind, key),
        )
    except lookups.Limited as exc:
        return "rate_limited", exc.wait
    # Counted under the key's HMAC (central/secret.py): the limiter stores a plain SHA-256 of what it
    # is given, which for a FİN would be reversed by trying every FİN.
    wait = limiter.hit(f"identity:{key_hmac(secret, body.kind, key)}")
    if wait:
        return "too_many_codes", wait
    return identity.start(session, body.kind, key, principal.name, body.language)


@router.post("/challenges", status_code=201)
async def start(body: ChallengeIn, request: Request, principal: KioskDep) -> Any:
    """Send a one-time code for a FİN (``person``) or an Azərsu subscriber (``azersu``)."""
    try:
        found = await run_db(
            request,
            WRITE,
            _start,
            request.app.state.identity_limiter,
            request.app.state.lookup_limiter,
            request.app.state.secret,
            body,
            principal,
        )
    except identity.IdentityError as exc:
        return _error(exc)
    if isinstance(found, tuple):
        code, wait = found
        return JSONResponse(
            {"detail": {"code": code}}, status_code=429, headers={"Retry-After": str(wait)}
        )
    return JSONResponse(found.answer(), status_code=201)


@router.post("/challenges/{challenge_id}/verify")
async def verify(challenge_id: str, body: VerifyIn, request: Request, principal: KioskDep) -> Any:
    """The registry's record (as the look-ups of docs/WIRE.md) once the code matches."""
    if len(challenge_id) > 64:
        return _error(identity.IdentityError("not_found", 404))
    try:
        record = await run_db(
            request,
            WRITE,
            identity.verify,
            challenge_id,
            body.kind,
            body.key,
            body.code,
            principal.name,
        )
    except identity.IdentityError as exc:
        return _error(exc)
    return {"kind": body.kind, "record": record}
