"""Liveness and readiness, for the kiosk's online indicator and for a load balancer."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from central import migrate

router = APIRouter(tags=["health"])
log = logging.getLogger(__name__)

# What a client is told to wait when the database does not answer (a failover takes seconds).
UNAVAILABLE_RETRY_AFTER = 5


@router.get("/healthz")
def healthz() -> dict[str, str]:
    """The process answers (liveness): nothing else is checked."""
    return {"status": "ok"}


@router.get(
    "/readyz",
    responses={503: {"description": "database_unreachable or schema_outdated"}},
)
def readyz(request: Request) -> Any:
    """Whether this server can serve now: its database answers and holds a schema this code serves
    (the current one, or a newer one during a rolling upgrade). A load balancer sends requests only
    to servers that answer 200."""
    try:
        state = migrate.check(request.app.state.engine)
    except SQLAlchemyError as exc:
        log.warning("readyz: the database is unreachable (%s)", type(exc).__name__)
        return JSONResponse({"status": "unavailable", "reason": "database_unreachable"}, 503)
    if not state.servable:
        return JSONResponse({"status": "unavailable", "reason": "schema_outdated"}, 503)
    return {"status": "ok", "schema": state.revisions[0] if state.revisions else ""}


def database_unavailable(_request: Request, exc: Exception) -> JSONResponse:
    """The database did not answer (down, failing over, locked too long): 503 with Retry-After, so
    that a kiosk backs off and sends again with the same Idempotency-Key, instead of a 500."""
    assert isinstance(exc, OperationalError)
    log.warning("database unavailable (%s)", type(exc.orig).__name__ if exc.orig else "")
    return JSONResponse(
        {"detail": {"code": "unavailable"}},
        503,
        headers={"Retry-After": str(UNAVAILABLE_RETRY_AFTER)},
    )
