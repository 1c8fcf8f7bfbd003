"""Public tracking: ``GET /api/v1/status/{code}`` and the ``GET /t/{code}`` page (docs/WIRE.md)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from sqlalchemy.orm import Session

from central import handoffs, pages, rating_form, store, texts
from central.capacity import STATUS, Busy, run_db
from central.deps import client_address
from central.ratelimit import FixedWindowLimiter
from central.schemas import StatusOut
from central.status_view import canonical_code, public_view

router = APIRouter(tags=["tracking"])

# The page needs nothing from outside: no scripts, no fetches, only its inline style.
PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'",
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
}

LangQuery = Annotated[str | None, Query(description="az, ru or en (default az)")]
# ``1`` after a rating from this page (central/routes/ratings.py): the thanks instead of the question.
RatedQuery = Annotated[str | None, Query(include_in_schema=False)]


def _not_found() -> HTTPException:
    return HTTPException(404, detail={"code": "not_found"})


def _public(session: Session, code: str, lang: str | None) -> tuple[str, dict[str, Any]] | None:
    """The application's own language and its public view in ``lang`` (else in its own), or None."""
    row = store.find(session, code)
    if row is None:
        return None
    view = public_view(row, lang or texts.language(row.language))
    view["missing_photos"] = handoffs.awaiting_photos(session, row.id)  # the page's block only
    return row.language, view


class Limited(Exception):
    def __init__(self, wait: int) -> None:
        super().__init__(f"rate limited for {wait} s")
        self.wait = wait


def _limited_public(
    session: Session, limiter: FixedWindowLimiter, client: str, code: str | None, lang: str | None
) -> tuple[str, dict[str, Any]] | None:
    """The client's hit on the rate limit (Limited when over it), then :func:`_public`.

    Both in one worker thread on the status lane: the hit is a small write of its own, which must
    neither block the server's event loop nor queue behind the kiosks' token checks and submissions.
    """
    wait = limiter.hit(client)
    if wait:
        raise Limited(wait)
    return _public(session, code, lang) if code else None


async def _lookup(
    request: Request, code: str | None, lang: str | None
) -> tuple[str, dict[str, Any]] | None:
    limiter = request.app.state.status_limiter
    return await run_db(
        request, STATUS, _limited_public, limiter, client_address(request), code, lang
    )


@router.get(
    "/api/v1/status/{tracking_code}",
    response_model=StatusOut,
    responses={
        404: {"description": "not_found"},
        429: {"description": "rate limited"},
        503: {"description": "busy: try again after Retry-After seconds"},
    },
)
async def status(tracking_code: str, request: Request, lang: LangQuery = None) -> dict[str, object]:
    """Service, status, timeline and next step of an application. Public: no personal data."""
    try:
        found = await _lookup(request, canonical_code(tracking_code), texts.language(lang))
    except Limited as exc:
        raise HTTPException(
            429, detail={"code": "rate_limited"}, headers={"Retry-After": str(exc.wait)}
        ) from None
    if found is None:
        raise _not_found()
    return found[1]


@router.get("/t/{tracking_code}", response_class=HTMLResponse)
async def tracking_page(
    tracking_code: str, request: Request, lang: LangQuery = None, rated: RatedQuery = None
) -> HTMLResponse:
    """The page a phone opens from the receipt's QR code.

    Its language: ``?lang=`` when given (the page's own language links); otherwise the language the
    applicant chose at the kiosk, so the phone shows what the receipt shows; otherwise the phone's
    ``Accept-Language``."""
    asked = texts.language(lang) if lang in texts.LANGUAGES else None
    browser = texts.preferred_language(request.headers.get("accept-language", ""))
    try:
        found = await _lookup(request, canonical_code(tracking_code), asked)
    except Limited as exc:
        return HTMLResponse(
            pages.too_many_page(asked or browser, tracking_code),
            429,
            headers={**PAGE_HEADERS, "Retry-After": str(exc.wait)},
        )
    except Busy as exc:
        return HTMLResponse(
            pages.too_many_page(asked or browser, tracking_code),
            503,
            headers={**PAGE_HEADERS, "Retry-After": str(exc.retry_after)},
        )
    if found is None:
        shown = asked or browser
        return HTMLResponse(pages.not_found_page(tracking_code, shown), 404, headers=PAGE_HEADERS)
    language, view = found
    shown = asked or texts.language(language)
    rating = rating_form.block(view["tracking_code"], shown, thanked=rated == "1")
    missing = view.get("missing_photos") or []
    return HTMLResponse(pages.status_page(view, shown, rating, missing), headers=PAGE_HEADERS)
