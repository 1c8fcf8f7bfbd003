"""``POST /api/v1/submissions`` (docs/WIRE.md): idempotent by ``Idempotency-Key``."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Header, HTTPException, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from central import store
from central.deps import KioskDep, SessionDep, get_settings
from central.schemas import SubmissionIn, SubmissionOut
from central.validation import check_key, validate_submission

router = APIRouter(tags=["submissions"])


def invalid(errors: dict[str, str]) -> HTTPException:
    return HTTPException(422, detail={"code": "invalid_payload", "errors": errors})


def too_large() -> HTTPException:
    return HTTPException(413, detail={"code": "too_large"})


async def read_body(request: Request, limit: int) -> bytes:
    length = request.headers.get("content-length")
    if length is not None and length.isdigit() and int(length) > limit:
        raise too_large()
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_large()
        chunks.append(chunk)
    return b"".join(chunks)


def _store(
    session: Any, principal_name: str, key: str | None, body: Any
) -> tuple[int, dict[str, Any]]:
    if not isinstance(body, dict):
        raise invalid({"body": "not_an_object"})
    errors = check_key(key, body)
    if errors:
        raise invalid(errors)
    assert key is not None
    body_sha = store.canonical_sha256(body)
    try:
        found = store.replay(session, key, body_sha)
        if found is not None:
            return 200, found.answer()
        sub, errors = validate_submission(body)
        if sub is None:
            raise invalid(errors)
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
        401: {"description": "Missing or unknown token"},
        409: {"description": "idempotency_conflict or tracking_code_conflict"},
        413: {"description": "Body over the size limit"},
        422: {"description": "invalid_payload with field errors"},
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
    session: SessionDep,
    idempotency_key: Annotated[str | None, Header()] = None,
) -> JSONResponse:
    """Store an application once per ``Idempotency-Key``; a replay gets the first answer back."""
    raw = await read_body(request, get_settings(request).max_body_bytes)
    try:
        body = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise invalid({"body": "invalid_json"}) from exc
    status, answer = await run_in_threadpool(_store, session, principal.name, idempotency_key, body)
    return JSONResponse(answer, status_code=status)


SUBMISSION_SCHEMA_MODELS = (SubmissionIn,)
