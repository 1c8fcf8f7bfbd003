"""Meter photos from the applicant's phone (docs/WIRE.md "Photo hand-offs", docs/PHOTOS.md).

Kiosk side (kiosk token): ``POST /api/v1/handoffs``, ``GET /api/v1/handoffs/{id}`` (the poll),
``DELETE /api/v1/handoffs/{id}``. Phone side (no login, rate limited per address like the tracking
page): ``GET /p`` (type the short code), ``GET``/``POST /p/{token or code}`` (the form and the upload),
and ``POST /t/{code}/photo`` from the status page for a photo "to follow".
"""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator
from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser

from central import handoffs, phone_pages, texts
from central.capacity import READ, STATUS, WRITE, Busy, run_db
from central.deps import KioskDep, client_address, get_settings
from central.ratelimit import FixedWindowLimiter
from central.routes.status import PAGE_HEADERS, Limited
from central.routes.submissions import invalid, read_body
from central.status_view import canonical_code
from kiosk.core.validation import Err

router = APIRouter(tags=["photo hand-offs"])

# The phone page posts a form to itself; nothing else is allowed.
PHONE_HEADERS = {
    **PAGE_HEADERS,
    "Content-Security-Policy": PAGE_HEADERS["Content-Security-Policy"] + "; form-action 'self'",
}
# Room for the multipart framing around a photo at the size limit.
FORM_OVERHEAD = 64 * 1024
LangQuery = Annotated[str | None, Query(description="az, ru or en (default: the phone's language)")]


def _public_base(request: Request) -> str:
    return get_settings(request).public_url or str(request.base_url).rstrip("/")


def _phone_language(request: Request, lang: str | None) -> str:
    if lang in texts.LANGUAGES:
        return str(lang)
    return texts.preferred_language(request.headers.get("accept-language", ""))


# ------------------------------------------------------------------------------------------ kiosk side


@router.post(
    "/api/v1/handoffs",
    status_code=201,
    responses={
        401: {"description": "Missing or unknown token"},
        422: {"description": "invalid_payload: field is not a photo field path"},
    },
)
async def create_handoff(request: Request, principal: KioskDep) -> JSONResponse:
    """A hand-off for one photo field: ``{"field": "meters.0.photo"}`` → ``id``, ``url`` (the phone
    page, for the QR code), ``code`` (to type at ``code_url``), ``expires_at``."""
    raw = await read_body(request, 4096)
    try:
        body = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError):
        body = None
    field = body.get("field") if isinstance(body, dict) else None
    if not handoffs.valid_field(field):
        raise invalid({"field": "invalid"})
    ttl = get_settings(request).handoff_ttl_s
    created = await run_db(request, WRITE, handoffs.create, principal.name, field, ttl)
    base = _public_base(request)
    return JSONResponse(
        {
            "id": created.id,
            "url": f"{base}/p/{created.token}",
            "code": handoffs.display_code(created.id),
            "code_url": f"{base}/p",
            "expires_at": created.expires_at.isoformat(timespec="seconds"),
        },
        status_code=201,
        headers={"Cache-Control": "no-store"},
    )


def _poll(session: Session, handoff_id: str, token_name: str) -> handoffs.Fetched:
    return handoffs.peek(session, handoff_id, token_name)


@router.get(
    "/api/v1/handoffs/{handoff_id}",
    responses={
        200: {"description": "The checked photo's bytes", "content": {"image/jpeg": {}}},
        204: {"description": "Still waiting for the phone"},
        404: {"description": "No such hand-off of this kiosk"},
        410: {"description": "Expired, dropped, or already fetched"},
    },
)
async def poll_handoff(handoff_id: str, request: Request, principal: KioskDep) -> Response:
    """The kiosk's poll: 204 while waiting, the photo once (200), then 410."""
    found = await run_db(request, READ, _poll, handoff_id, principal.name)
    if found.state == "photo":
        found = await run_db(request, WRITE, handoffs.fetch, handoff_id, principal.name)
    headers = {"Cache-Control": "no-store"}
    if found.state == "photo":
        return Response(found.data, 200, media_type=found.content_type, headers=headers)
    if found.state == "waiting":
        return Response(status_code=204, headers=headers)
    if found.state == "gone":
        await run_db(request, WRITE, handoffs.purge_now)  # an expired photo goes now
        return JSONResponse({"detail": {"code": "gone"}}, 410, headers=headers)
    raise HTTPException(404, detail={"code": "not_found"})


@router.delete("/api/v1/handoffs/{handoff_id}", status_code=204)
async def drop_handoff(handoff_id: str, request: Request, principal: KioskDep) -> Response:
    """The kiosk no longer waits (the applicant left or chose another way): the link dies now."""
    if not await run_db(request, WRITE, handoffs.drop, handoff_id, principal.name):
        raise HTTPException(404, detail={"code": "not_found"})
    return Response(status_code=204)


# ------------------------------------------------------------------------------------------ phone side


def _limited(session: Session, limiter: FixedWindowLimiter, client: str) -> None:
    wait = limiter.hit(client)
    if wait:
        raise Limited(wait)


def _phone_view(
    session: Session, limiter: FixedWindowLimiter, client: str, key: str
) -> tuple[handoffs.PhoneState | None, str]:
    _limited(session, limiter, client)
    row = handoffs.find(session, key)
    return handoffs.phone_state(row), row.field if row is not None else ""


async def _hit(request: Request, work: Any, *args: Any) -> Any:
    limiter = request.app.state.status_limiter
    return await run_db(request, STATUS, work, limiter, client_address(request), *args)


def _html(page: str, status: int = 200, **headers: str) -> HTMLResponse:
    return HTMLResponse(page, status, headers={**PHONE_HEADERS, **headers})


def _refused(request: Request, lang: str, path: str, exc: Exception) -> HTMLResponse:
    wait = exc.wait if isinstance(exc, Limited) else exc.retry_after if isinstance(exc, Busy) else 5
    status = 429 if isinstance(exc, Limited) else 503
    return _html(phone_pages.message(lang, path, "too_many"), status, **{"Retry-After": str(wait)})


@router.get("/p", response_class=HTMLResponse)
async def code_page(request: Request, lang: LangQuery = None, code: str | None = None) -> Response:
    """Where the kiosk's short code is typed; a valid code leads to its photo page."""
    shown = _phone_language(request, lang)
    if code is None:
        return _html(phone_pages.code_form(shown))
    normal = handoffs.normalise_code(code)
    if normal is None:
        return _html(phone_pages.code_form(shown, error=True), 404)
    return RedirectResponse(f"/p/{normal}?lang={shown}", 303, headers=PHONE_HEADERS)


def _path(key: str) -> str:
    return "/p/" + key if key.replace("-", "").replace("_", "").isalnum() else "/p"


@router.get("/p/{key}", response_class=HTMLResponse)
async def phone_page(key: str, request: Request, lang: LangQuery = None) -> HTMLResponse:
    """The form a phone opens from the kiosk's QR code: take or choose one photo and send it."""
    shown = _phone_language(request, lang)
    path = _path(key)
    try:
        state, field = await _hit(request, _phone_view, key[:64])
    except (Limited, Busy) as exc:
        return _refused(request, shown, path, exc)
    if state == "waiting":
        return _html(phone_pages.upload_form(shown, path, field))
    key_text = "not_found" if state is None else state
    return _html(phone_pages.message(shown, path, key_text), 404 if state is None else 410)


async def _stream(data: bytes) -> AsyncGenerator[bytes, None]:
    yield data


async def _read_form(request: Request) -> bytes | str:
    """The bytes of the form's ``photo`` file, or an error key. A body over the limit is refused from
    its ``Content-Length`` before it is read, and while it is read when it does not say."""
    limit = handoffs.MAX_PHOTO_BYTES + FORM_OVERHEAD
    length = request.headers.get("content-length")
    if length is not None and length.isdigit() and int(length) > limit:
        return "file.too_large"
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return "file.too_large"
        chunks.append(chunk)
    content_type = request.headers.get("content-type", "")
    if not content_type.startswith("multipart/form-data"):
        return "file.empty"
    parser = MultiPartParser(request.headers, _stream(b"".join(chunks)), max_files=2, max_fields=10)
    try:
        form = await parser.parse()
    except MultiPartException:
        return "file.empty"
    try:
        upload = form.get("photo")
        if not isinstance(upload, UploadFile):
            return "file.empty"
        data = await upload.read(handoffs.MAX_PHOTO_BYTES + 1)
    finally:
        await form.close()
    return data if data else "file.empty"


def _store(
    session: Session, limiter: FixedWindowLimiter, client: str, key: str, data: bytes, ctype: str
) -> handoffs.PhoneState | None:
    _limited(session, limiter, client)
    return handoffs.upload(session, key, data, ctype)


def _bound(session: Session, key: str) -> bool:
    row = handoffs.find(session, key)
    return row is not None and row.submission_pk is not None


@router.post("/p/{key}", response_class=HTMLResponse)
async def phone_upload(key: str, request: Request, lang: LangQuery = None) -> HTMLResponse:
    """The form's upload: checked here as the kiosk checks it (magic bytes, size, Pillow restricted to
    the format, pixel limit, encoded again without metadata), then kept for the kiosk or put on the
    application. The answer is a page in the phone's language saying it arrived, or why not."""
    shown = _phone_language(request, lang)
    path = _path(key)
    # The link first (and the rate limit): a dead link's upload is neither read nor decoded.
    try:
        state, field = await _hit(request, _phone_view, key[:64])
    except (Limited, Busy) as exc:
        return _refused(request, shown, path, exc)
    if state != "waiting":
        key_text = "not_found" if state is None else state
        return _html(phone_pages.message(shown, path, key_text), 404 if state is None else 410)
    form = await _read_form(request)
    if isinstance(form, str):
        status = 413 if form == "file.too_large" else 400
        return _html(phone_pages.upload_form(shown, path, field, error=form), status)
    checked = await run_in_threadpool(handoffs.check_photo, form)
    if isinstance(checked, Err):
        return _html(phone_pages.upload_form(shown, path, field, error=checked.code), 422)
    photo = checked.value
    try:
        before = await _hit(request, _store, key[:64], photo.data, photo.content_type)
    except (Limited, Busy) as exc:
        return _refused(request, shown, path, exc)
    if before is None:
        return _html(phone_pages.message(shown, path, "not_found"), 404)
    if before != "waiting":
        return _html(phone_pages.message(shown, path, before), 410)
    bound = await run_db(request, READ, _bound, key[:64])
    done = "received_application" if bound else "received_kiosk"
    return _html(phone_pages.message(shown, path, done, ok=True))


# ---------------------------------------------------------------------------- photos to follow


@router.post("/t/{tracking_code}/photo", response_class=HTMLResponse)
async def add_missing_photo(
    tracking_code: str,
    request: Request,
    field: Annotated[str, Form(max_length=128)],
    lang: LangQuery = None,
) -> Response:
    """The status page's "Add the missing photo": a hand-off bound to the application and the field it
    waits for, then the same phone page. Only while the application still waits for that photo."""
    shown = _phone_language(request, lang)
    code = canonical_code(tracking_code)
    ttl = get_settings(request).handoff_ttl_s

    def open_one(
        session: Session, limiter: FixedWindowLimiter, client: str
    ) -> handoffs.Created | None:
        _limited(session, limiter, client)
        if code is None or not handoffs.valid_field(field):
            return None
        return handoffs.create_for_submission(session, code, field, ttl)

    try:
        created = await _hit(request, open_one)
    except (Limited, Busy) as exc:
        return _refused(request, shown, "/p", exc)
    if created is None:
        return _html(phone_pages.message(shown, "/p", "used"), 410)
    return RedirectResponse(f"/p/{created.token}?lang={shown}", 303, headers=PHONE_HEADERS)
