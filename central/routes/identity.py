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

from central import identity
from central.capacity import WRITE, run_db
from central.deps import KioskDep
from central.ratelimit import FixedWindowLimiter

router = APIRouter(prefix="/api/v1/identity", tags=["identity"])

Kind = Literal["person", "azersu"]
# Codes sent for one FİN or subscriber, whichever kiosk asks: an SMS bomb stops here.
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


def _limiter(request: Request) -> FixedWindowLimiter:
    limiter = getattr(request.app.state, "identity_limiter", None)
    if limiter is None:
        limiter = FixedWindowLimiter(request.app.state.engine, CODES_PER_KEY, CODES_WINDOW_S)
        request.app.state.identity_limiter = limiter
    return limiter


def _start(
    session: Session, limiter: FixedWindowLimiter, body: ChallengeIn, token: str
) -> identity.Challenge | int:
    wait = limiter.hit(f"identity:{body.kind}:{body.key.strip().upper()}")
    if wait:
        return wait
    return identity.start(session, body.kind, body.key, token, body.language)


@router.post("/challenges", status_code=201)
async def start(body: ChallengeIn, request: Request, principal: KioskDep) -> Any:
    """Send a one-time code for a FİN (``person``) or an Azərsu subscriber (``azersu``)."""
    try:
        found = await run_db(request, WRITE, _start, _limiter(request), body, principal.name)
    except identity.IdentityError as exc:
        return _error(exc)
    if isinstance(found, int):
        return JSONResponse(
            {"detail": {"code": "too_many_codes"}},
            status_code=429,
            headers={"Retry-After": str(found)},
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
