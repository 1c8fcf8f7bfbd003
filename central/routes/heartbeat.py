"""``POST /api/v1/heartbeat`` (docs/WIRE.md "Heartbeat"): each kiosk's state, one row per kiosk, for the
fleet page (central/fleet.py)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StrictBool, ValidationError
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from central import jsonbody
from central.capacity import WRITE, run_db
from central.db import KioskHeartbeat, utcnow
from central.deps import KioskDep
from central.routes.submissions import invalid, read_body

router = APIRouter(tags=["fleet"])

MAX_BODY_BYTES = 4096
KIOSK_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_\-]{0,63}$"  # as kiosk/config.py checks ``kiosk_id``


class HeartbeatIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kiosk_id: Annotated[str, Field(pattern=KIOSK_ID_PATTERN, max_length=64)]
    version: Annotated[str, Field(min_length=1, max_length=32, pattern=r"^[A-Za-z0-9.+\-_]+$")]
    queue_depth: Annotated[int, Field(ge=0, le=1_000_000, strict=True)]
    oldest_pending_at: AwareDatetime | None
    printer_state: Literal["unknown", "ok", "paper_out", "error"]
    last_sync_at: AwareDatetime | None
    staff_call: StrictBool


def field_errors(exc: ValidationError) -> dict[str, str]:
    """pydantic's errors as ``{"field": "error type"}``, as the submissions' 422 gives them."""
    errors: dict[str, str] = {}
    for error in exc.errors():
        where = ".".join(str(part) for part in error["loc"]) or "body"
        errors.setdefault(where, str(error["type"]))
    return errors


async def parse_json(request: Request, model: type[BaseModel], limit: int) -> Any:
    """The request's JSON body checked against ``model``; 413 over ``limit`` bytes, 422 otherwise."""
    raw = await read_body(request, limit)
    try:
        body = jsonbody.loads(raw)  # strict: depth, long numbers, NaN, lone surrogates
    except jsonbody.BadJson as exc:
        raise invalid({"body": exc.code}) from None
    if not isinstance(body, dict):
        raise invalid({"body": "not_an_object"})
    try:
        return model.model_validate(body)
    except ValidationError as exc:
        raise invalid(field_errors(exc)) from None


def _upsert(session: Session, beat: HeartbeatIn, token_name: str) -> None:
    values = beat.model_dump()
    for attempt in range(2):
        row = session.get(KioskHeartbeat, beat.kiosk_id)
        if row is None:
            row = KioskHeartbeat(kiosk_id=beat.kiosk_id)
            session.add(row)
        row.token_name = token_name
        for key, value in values.items():
            setattr(row, key, value)
        row.received_at = utcnow()
        try:
            session.commit()
            return
        except IntegrityError:  # a heartbeat of the same kiosk inserted the row meanwhile
            session.rollback()
            if attempt:
                raise


@router.post(
    "/api/v1/heartbeat",
    status_code=204,
    responses={
        401: {"description": "Missing or unknown token"},
        413: {"description": "Body over 4 KiB"},
        422: {"description": "invalid_payload with field errors"},
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": HeartbeatIn.model_json_schema()}},
        }
    },
)
async def heartbeat(request: Request, principal: KioskDep) -> Response:
    """A kiosk's state now: the last one of each kiosk is kept (the fleet page)."""
    beat = await parse_json(request, HeartbeatIn, MAX_BODY_BYTES)
    await run_db(request, WRITE, _upsert, beat, principal.name)
    return Response(status_code=204)
