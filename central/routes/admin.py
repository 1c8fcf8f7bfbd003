"""Staff side: move an application along its statuses (an admin token is required)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException

from central import store, texts
from central.deps import AdminDep, SessionDep
from central.schemas import AdvanceIn
from central.status_view import canonical_code, public_view
from central.workflow import allowed_next

router = APIRouter(prefix="/api/v1/admin", tags=["staff"])


def _view(row: Any) -> dict[str, Any]:
    view = public_view(row, texts.DEFAULT_LANGUAGE)
    view["allowed_next"] = list(allowed_next(row.service, row.status))
    view["reference"] = row.reference
    for entry, ev in zip(view["timeline"], row.events, strict=True):
        entry["actor"] = ev.actor
        entry["note"] = ev.note
    return view


def _row(session: SessionDep, tracking_code: str) -> Any:
    code = canonical_code(tracking_code)
    row = store.find(session, code) if code else None
    if row is None:
        raise HTTPException(404, detail={"code": "not_found"})
    return row


@router.get("/applications/{tracking_code}", responses={404: {"description": "not_found"}})
def application(tracking_code: str, session: SessionDep, _admin: AdminDep) -> dict[str, Any]:
    """An application's status, timeline with staff notes, and the statuses it may move to."""
    return _view(_row(session, tracking_code))


@router.post(
    "/applications/{tracking_code}/status",
    responses={404: {"description": "not_found"}, 409: {"description": "invalid_transition"}},
)
def advance(
    tracking_code: str, change: AdvanceIn, session: SessionDep, admin: AdminDep
) -> dict[str, Any]:
    """Move an application to the next status; only the transitions of docs/WIRE.md are allowed."""
    row = _row(session, tracking_code)
    try:
        store.advance(session, row.tracking_code, change.status, f"staff:{admin.name}", change.note)
    except store.InvalidTransition as exc:
        raise HTTPException(
            409,
            detail={
                "code": "invalid_transition",
                "status": exc.current,
                "allowed": list(exc.allowed),
            },
        ) from exc
    return _view(row)
