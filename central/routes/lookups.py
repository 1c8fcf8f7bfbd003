"""Look-ups the kiosk's forms use when online (docs/WIRE.md), answered from the sample registry.

Personal data: a kiosk token is required, each token may look up at most ``lookup_rate_limit`` keys
per ``lookup_rate_window`` seconds (``central serve --lookup-rate-limit``; 429 with ``Retry-After``
beyond), and every look-up — answered, not found or refused by the limit — is recorded in
``lookup_audit`` with the token's name (the kiosk), the kind, the time and the HMAC of the key under
the server's secret, never the key itself (central/secret.py). Nothing here is logged (the server
runs without an access log because these paths carry FİNs and subscriber codes)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, HTTPException, Query, Request
from sqlalchemy.orm import Session

from central import auth, registry
from central.capacity import READ, run_db
from central.db import LookupAudit, utcnow
from central.deps import KioskDep
from central.ratelimit import FixedWindowLimiter
from central.secret import key_hmac

router = APIRouter(prefix="/api/v1/lookup", tags=["lookups"])
_NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"description": "not_found"},
    401: {"description": "unauthorized, token_revoked or token_expired"},
    429: {"description": "rate_limited: this token's look-ups are over the limit (Retry-After)"},
    503: {"description": "busy"},
}

FOUND = "found"
NOT_FOUND = "not_found"
RATE_LIMITED = "rate_limited"


class Limited(Exception):
    def __init__(self, wait: int) -> None:
        super().__init__(f"rate limited for {wait} s")
        self.wait = wait


def audited(
    session: Session,
    limiter: FixedWindowLimiter,
    secret: bytes,
    principal: auth.Principal,
    kind: str,
    key: str,
    find: Callable[[], dict[str, Any] | None],
) -> dict[str, Any] | None:
    """The token's hit on the look-up limit, the look-up unless over it, and its audit row."""
    wait = limiter.hit(f"lookup-token:{principal.token_id}:{principal.name}")
    record = None if wait else find()
    outcome = RATE_LIMITED if wait else (FOUND if record is not None else NOT_FOUND)
    session.add(
        LookupAudit(
            at=utcnow(),
            token_id=principal.token_id,
            token_name=principal.name,
            kind=kind,
            key_hmac=key_hmac(secret, kind, key),
            outcome=outcome,
        )
    )
    session.commit()
    if wait:
        raise Limited(wait)
    return record


async def _lookup(
    request: Request,
    principal: auth.Principal,
    kind: str,
    key: str,
    find: Callable[[], dict[str, Any] | None],
) -> dict[str, Any]:
    state = request.app.state
    try:
        record = await run_db(
            request,
            READ,
            audited,
            state.lookup_limiter,
            state.secret,
            principal,
            kind,
            key,
            find,
        )
    except Limited as exc:
        raise HTTPException(
            429, detail={"code": "rate_limited"}, headers={"Retry-After": str(exc.wait)}
        ) from None
    if record is None:
        raise HTTPException(404, detail={"code": "not_found"})
    return record


def _identity_required() -> HTTPException:
    return HTTPException(403, detail={"code": "identity_required"})


@router.get("/person/{fin}", responses={403: {"description": "identity_required"}})
def person(fin: str, _principal: KioskDep) -> dict[str, Any]:
    """Refused: a person's name and address are answered only after a one-time code
    (``POST /api/v1/identity/challenges``, central/identity.py)."""
    raise _identity_required()


@router.get("/azersu/{subscriber_code}", responses={403: {"description": "identity_required"}})
def azersu(subscriber_code: str, _principal: KioskDep) -> dict[str, Any]:
    """Refused: an Azərsu subscriber's name, address and meters (guide 002 §2–3) are answered only
    after a one-time code (``POST /api/v1/identity/challenges``)."""
    raise _identity_required()


@router.get("/azerishiq/{subscriber_code}", responses=_NOT_FOUND)
async def azerishiq(subscriber_code: str, request: Request, principal: KioskDep) -> dict[str, Any]:
    """An Azərişıq subscriber's connected power and phase."""
    key = subscriber_code.strip()
    return await _lookup(
        request, principal, "azerishiq", key, lambda: registry.azerishiq(subscriber_code)
    )


@router.get("/grid", responses=_NOT_FOUND)
async def grid(
    request: Request,
    principal: KioskDep,
    district: str = Query(max_length=40),
    property_registry_number: str = Query(max_length=40),
) -> dict[str, Any]:
    """The object's straight-line distance to the nearest 0.4 kV transformer, in metres (methodology
    004, 1.2.8: over 400 m there is no "existing 0.4 kV grid" and section 3 prices the connection)."""
    key = f"{district.strip().lower()}|{property_registry_number.strip().upper()}"
    return await _lookup(
        request, principal, "grid", key, lambda: registry.grid(district, property_registry_number)
    )
