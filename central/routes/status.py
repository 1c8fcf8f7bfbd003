"""Public tracking: ``GET /api/v1/status/{code}`` and the ``GET /t/{code}`` page (docs/WIRE.md)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from central import pages, store, texts
from central.deps import SessionDep, retry_after
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


def _not_found() -> HTTPException:
    return HTTPException(404, detail={"code": "not_found"})


@router.get(
    "/api/v1/status/{tracking_code}",
    response_model=StatusOut,
    responses={404: {"description": "not_found"}, 429: {"description": "rate limited"}},
)
def status(
    tracking_code: str, request: Request, session: SessionDep, lang: LangQuery = None
) -> dict[str, object]:
    """Service, status, timeline and next step of an application. Public: no personal data."""
    wait = retry_after(request)
    if wait:
        raise HTTPException(
            429, detail={"code": "rate_limited"}, headers={"Retry-After": str(wait)}
        )
    code = canonical_code(tracking_code)
    row = store.find(session, code) if code else None
    if row is None:
        raise _not_found()
    return public_view(row, texts.language(lang))


@router.get("/t/{tracking_code}", response_class=HTMLResponse)
def tracking_page(
    tracking_code: str, request: Request, session: SessionDep, lang: LangQuery = None
) -> HTMLResponse:
    """The page a phone opens from the receipt's QR code.

    Its language: ``?lang=`` when given (the page's own language links); otherwise the language the
    applicant chose at the kiosk, so the phone shows what the receipt shows; otherwise the phone's
    ``Accept-Language``."""
    asked = texts.language(lang) if lang in texts.LANGUAGES else None
    browser = texts.preferred_language(request.headers.get("accept-language", ""))
    wait = retry_after(request)
    if wait:
        shown = asked or browser
        return HTMLResponse(
            pages.too_many_page(shown, tracking_code),
            429,
            headers={**PAGE_HEADERS, "Retry-After": str(wait)},
        )
    code = canonical_code(tracking_code)
    row = store.find(session, code) if code else None
    if row is None:
        shown = asked or browser
        return HTMLResponse(pages.not_found_page(tracking_code, shown), 404, headers=PAGE_HEADERS)
    shown = asked or texts.language(row.language)
    return HTMLResponse(pages.status_page(public_view(row, shown), shown), headers=PAGE_HEADERS)
