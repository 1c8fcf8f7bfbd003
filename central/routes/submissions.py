"""``POST /api/v1/submissions`` (docs/WIRE.md): idempotent by ``Idempotency-Key``."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Header, HTTPException, Request
from fastapi.responses import JSONResponse
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from central import store
from central.capacity import READ, WRITE, run_db
from central.deps import KioskDep, get_settings, invalid, parse_json, read_body, too_large
from central.schemas import SubmissionIn, SubmissionOut
from central.textcheck import nul_errors
from central.validation import canonical_key, check_key, validate_submission

router = APIRouter(tags=["submissions"])
__all__ = ["invalid", "read_body", "router", "too_large"]


def _check(body: Any) -> tuple[str, SubmissionIn | None, dict[str, str]]:
    """The body's canonical hash and the parsed submission, or its field errors (no database)."""
    body_sha = store.canonical_sha256(body)
    errors = nul_errors(body)
    if errors:
        return body_sha, None, errors
    sub, errors = validate_submission(body)
    return body_sha, sub, errors


def _replay(session: Session, key: str, body_sha: str) -> tuple[int, dict[str, Any]] | None:
    try:
        found = store.replay(session, key, body_sha)
    except store.Conflict as exc:
        raise HTTPException(409, detail={"code": exc.code, "message": exc.message}) from exc
    return None if found is None else (200, found.answer())


def _store(
    session: Session,
    principal_name: str,
    body: dict[str, Any],
    body_sha: str,
    sub: SubmissionIn,
) -> tuple[int, dict[str, Any]]:
    """One transaction: the first answer again for a replay (store.existing), else the new row."""
    try:
        stored = store.store(session, sub, body, body_sha, principal_name)
    except store.Conflict as exc:
        raise HTTPException(409, detail={"code": exc.code, "message": exc.message}) from exc
    return (200 if stored.duplicate else 201), stored.answer()


@router.post(
    "/api/v1/submissions",
    status_code=201,
    response_model=SubmissionOut,
    responses={
        200: {"model": SubmissionOut, "description": "The same key and body again"},
        401: {"description": "unauthorized, token_revoked or token_expired"},
        409: {"description": "idempotency_conflict or tracking_code_conflict"},
        413: {"description": "Body over the size limit"},
        422: {"description": "invalid_payload with field errors"},
        503: {"description": "busy: try again after Retry-After seconds"},
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/SubmissionIn"}}
            },
        }
    },
)
async def submit(
    request: Request,
    principal: KioskDep,
    idempotency_key: Annotated[str | None, Header()] = None,
) -> JSONResponse:
    """Store an application once per ``Idempotency-Key``; a replay gets the first answer back.

    The body is read, parsed and checked before any database connection is taken; then one short
    transaction answers the replay or stores the row (a body that fails the checks is still answered
    as a replay when its key is stored, docs/WIRE.md)."""
    raw = await read_body(request, get_settings(request).max_body_bytes)
    body = parse_json(raw)
    if not isinstance(body, dict):
        raise invalid({"body": "not_an_object"})
    errors = check_key(idempotency_key, body)
    if errors:
        raise invalid(errors)
    assert idempotency_key is not None
    # One key, one spelling: upper case, no dashes, braces or a urn:uuid: prefix name the same key,
    # stored (and hashed with the body) in its canonical form.
    idempotency_key = canonical_key(idempotency_key)
    body["submission_id"] = idempotency_key
    body_sha, sub, errors = await run_in_threadpool(_check, body)
    if sub is None:
        answer = await run_db(request, READ, _replay, idempotency_key, body_sha)
        if answer is None:
            raise invalid(errors)
    else:
        answer = await run_db(request, WRITE, _store, principal.name, body, body_sha, sub)
    status, content = answer
    return JSONResponse(content, status_code=status)


SUBMISSION_SCHEMA_MODELS = (SubmissionIn,)
