"""Applicants' 1–5 ratings of the service (docs/WIRE.md "Ratings"): ``POST /api/v1/ratings`` from a
kiosk, and the form of the phone's status page, ``POST /t/{code}/rating``.

One rating per application and channel (``kiosk``, ``phone``): a second one replaces the first (the
applicant changed their mind; a kiosk resending after a lost answer changes nothing). The answer is 201
when the rating is new, 200 when it replaced one.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import parse_qs, quote

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from central import pages, texts
from central.capacity import STATUS, WRITE, Busy, run_db
from central.db import Rating, Submission, utcnow
from central.deps import KioskDep, client_address
from central.ratelimit import FixedWindowLimiter
from central.routes.heartbeat import parse_json
from central.routes.status import PAGE_HEADERS, LangQuery, Limited
from central.routes.submissions import read_body
from central.status_view import canonical_code

router = APIRouter(tags=["ratings"])

KIOSK_CHANNEL = "kiosk"
PHONE_CHANNEL = "phone"
MAX_BODY_BYTES = 1024


class RatingIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    tracking_code: Annotated[str, Field(min_length=1, max_length=40)]
    score: Annotated[int, Field(ge=1, le=5, strict=True)]


def record(session: Session, tracking_code: str, channel: str, score: int) -> bool | None:
    """Store the rating of the application ``tracking_code`` (canonical) by ``channel``: True when new,
    False when it replaced one, None for an unknown application."""
    for attempt in range(2):
        pk = session.scalar(select(Submission.id).where(Submission.tracking_code == tracking_code))
        if pk is None:
            return None
        row = session.scalar(
            select(Rating).where(Rating.submission_pk == pk, Rating.channel == channel)
        )
        new = row is None
        if row is None:
            row = Rating(submission_pk=pk, channel=channel)
            session.add(row)
        row.score = score
        row.at = utcnow()
        try:
            session.commit()
            return new
        except IntegrityError:  # the same application and channel rated meanwhile: replace it
            session.rollback()
            if attempt:
                raise
    return None  # pragma: no cover - the loop returns or raises


@router.post(
    "/api/v1/ratings",
    status_code=201,
    responses={
        200: {"description": "replaced the application's earlier kiosk rating"},
        401: {"description": "Missing or unknown token"},
        404: {"description": "not_found: no application has this tracking code"},
        422: {"description": "invalid_payload with field errors"},
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": RatingIn.model_json_schema()}},
        }
    },
)
async def rate(request: Request, principal: KioskDep) -> Response:
    """A rating given at the kiosk, for an application the central has stored."""
    rating = await parse_json(request, RatingIn, MAX_BODY_BYTES)
    code = canonical_code(rating.tracking_code)
    if code is None:
        raise HTTPException(
            422, detail={"code": "invalid_payload", "errors": {"tracking_code": "invalid"}}
        )
    new = await run_db(request, WRITE, record, code, KIOSK_CHANNEL, rating.score)
    if new is None:
        raise HTTPException(404, detail={"code": "not_found"})
    return Response(status_code=201 if new else 200)


def _limited_record(
    session: Session, limiter: FixedWindowLimiter, client: str, code: str, score: int
) -> bool | None:
    """The client's hit on the status pages' rate limit (Limited when over it), then :func:`record`."""
    wait = limiter.hit(client)
    if wait:
        raise Limited(wait)
    return record(session, code, PHONE_CHANNEL, score)


def _score(raw: bytes) -> int | None:
    try:
        values = parse_qs(raw.decode("ascii"), max_num_fields=4).get("score", [])
    except (UnicodeDecodeError, ValueError):
        return None
    if len(values) != 1 or values[0] not in {"1", "2", "3", "4", "5"}:
        return None
    return int(values[0])


@router.post("/t/{tracking_code}/rating", response_class=HTMLResponse, include_in_schema=True)
async def rate_from_phone(tracking_code: str, request: Request, lang: LangQuery = None) -> Response:
    """The status page's "How was the service?" buttons: store, then back to the page with thanks."""
    shown = (
        texts.language(lang)
        if lang in texts.LANGUAGES
        else texts.preferred_language(request.headers.get("accept-language", ""))
    )
    code = canonical_code(tracking_code)
    raw = await read_body(request, MAX_BODY_BYTES)
    score = _score(raw)
    if code is None:
        return HTMLResponse(pages.not_found_page(tracking_code, shown), 404, headers=PAGE_HEADERS)
    if score is None:
        return HTMLResponse(pages.rating_invalid_page(code, shown), 422, headers=PAGE_HEADERS)
    limiter = request.app.state.status_limiter
    try:
        new = await run_db(
            request, STATUS, _limited_record, limiter, client_address(request), code, score
        )
    except Limited as exc:
        return HTMLResponse(
            pages.too_many_page(shown, code),
            429,
            headers={**PAGE_HEADERS, "Retry-After": str(exc.wait)},
        )
    except Busy as exc:
        return HTMLResponse(
            pages.too_many_page(shown, code),
            503,
            headers={**PAGE_HEADERS, "Retry-After": str(exc.retry_after)},
        )
    if new is None:
        return HTMLResponse(pages.not_found_page(code, shown), 404, headers=PAGE_HEADERS)
    back = f"/t/{quote(code, safe='-')}?lang={shown}&rated=1#rating"
    return RedirectResponse(back, status_code=303, headers=PAGE_HEADERS)
