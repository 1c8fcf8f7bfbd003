"""Staff side: move an application along its statuses (an admin token is required).

Two staff moving one application at once are serialised by the database (store.advance): the
second sees the first's move and is refused with 409 ``invalid_transition`` unless its move is still
allowed from the new status."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request
from sqlalchemy.orm import Session

from central import reasons, store, texts
from central.capacity import READ, WRITE, run_db
from central.deps import AdminDep, admin_principal, json_body
from central.schemas import AdvanceIn
from central.status_view import canonical_code, public_view
from central.textcheck import nul_errors
from central.workflow import allowed_next
from kiosk.core.services.model import REJECTED

router = APIRouter(prefix="/api/v1/admin", tags=["staff"])
# The body is read only once the admin token was accepted (central/deps.py).
AdvanceBody = Annotated[AdvanceIn, Depends(json_body(AdvanceIn, admin_principal))]


def _view(row: Any) -> dict[str, Any]:
    view = public_view(row, texts.DEFAULT_LANGUAGE)
    view["allowed_next"] = list(allowed_next(row.service, row.status))
    view["reference"] = row.reference
    for entry, ev in zip(view["timeline"], row.events, strict=True):
        entry["actor"] = ev.actor
        entry["note"] = ev.note
        entry["reason"] = ev.reason
    return view


def _not_found() -> HTTPException:
    return HTTPException(404, detail={"code": "not_found"})


def _application(session: Session, code: str) -> dict[str, Any] | None:
    row = store.find(session, code)
    return None if row is None else _view(row)


def _advance(
    session: Session, code: str, status: str, actor: str, note: str | None, reason: str | None
) -> dict[str, Any] | None:
    try:
        row = store.advance(session, code, status, actor, note, reason=reason)
    except store.InvalidTransition as exc:
        raise HTTPException(
            409,
            detail={
                "code": "invalid_transition",
                "status": exc.current,
                "allowed": list(exc.allowed),
            },
        ) from exc
    return None if row is None else _view(row)


def reason_errors(status: str, reason: str | None) -> dict[str, str]:
    """A reason must be a listed id (``unknown_reason``), and only a rejection has one
    (``reason_only_for_rejection``); field errors as in docs/WIRE.md."""
    if reason is None:
        return {}
    if status != REJECTED:
        return {"reason": "reason_only_for_rejection"}
    if not reasons.is_known(reason):
        return {"reason": "unknown_reason"}
    return {}


@router.get(
    "/applications/{tracking_code}",
    responses={404: {"description": "not_found"}, 503: {"description": "busy"}},
)
async def application(tracking_code: str, request: Request, _admin: AdminDep) -> dict[str, Any]:
    """An application's status, timeline with staff notes, and the statuses it may move to."""
    code = canonical_code(tracking_code)
    view = await run_db(request, READ, _application, code) if code else None
    if view is None:
        raise _not_found()
    return view


@router.post(
    "/applications/{tracking_code}/status",
    responses={
        404: {"description": "not_found"},
        409: {"description": "invalid_transition (also when another move came first)"},
        401: {"description": "unauthorized, token_revoked or token_expired (body not read)"},
        422: {"description": "invalid_payload"},
        503: {"description": "busy"},
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": AdvanceIn.model_json_schema()}},
        }
    },
)
async def advance(
    tracking_code: str, change: AdvanceBody, request: Request, admin: AdminDep
) -> dict[str, Any]:
    """Move an application to the next status; only the transitions of docs/WIRE.md are allowed. A
    rejection may carry ``reason``, an id of central/reasons.py, which the applicant's status page
    shows in their language."""
    errors = {
        **nul_errors(change.model_dump(exclude_none=True)),
        **reason_errors(change.status, change.reason),
    }
    if errors:
        raise HTTPException(422, detail={"code": "invalid_payload", "errors": errors})
    code = canonical_code(tracking_code)
    actor = f"staff:{admin.name}"
    view = (
        await run_db(
            request, WRITE, _advance, code, change.status, actor, change.note, change.reason
        )
        if code
        else None
    )
    if view is None:
        raise _not_found()
    return view
