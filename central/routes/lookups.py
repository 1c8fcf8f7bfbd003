"""Look-ups the kiosk's forms use when online (docs/WIRE.md), answered from the sample registry.

Personal data: a kiosk token is required, and nothing here is logged (the server runs without an
access log because these paths carry FİNs and subscriber codes)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Query

from central import registry
from central.deps import KioskDep

router = APIRouter(prefix="/api/v1/lookup", tags=["lookups"])
_NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"description": "not_found"},
    401: {"description": "unauthorized"},
}


def _found(record: dict[str, Any] | None) -> dict[str, Any]:
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
def azerishiq(subscriber_code: str, _principal: KioskDep) -> dict[str, Any]:
    """An Azərişıq subscriber's connected power and phase."""
    return _found(registry.azerishiq(subscriber_code))


@router.get("/grid", responses=_NOT_FOUND)
def grid(
    _principal: KioskDep,
    district: str = Query(max_length=40),
    property_registry_number: str = Query(max_length=40),
) -> dict[str, Any]:
    """The object's straight-line distance to the nearest 0.4 kV transformer, in metres (methodology
    004, 1.2.8: over 400 m there is no "existing 0.4 kV grid" and section 3 prices the connection)."""
    return _found(registry.grid(district, property_registry_number))
