"""``/backoffice/``: the utility staff's pages, rendered on the server (Jinja2, autoescaped), usable
without JavaScript (docs/BACKOFFICE.md).

Every page needs a signed-in session (central/backoffice/accounts.py); every form posts the session's
CSRF token back. Each request is one transaction in a capacity lane (central/capacity.py): the write lane
for what writes every time (moves, user changes, sign-in, the audited application and photo views), the
read lane for the lists, whose only write is a session's last-request time, at most once a minute. URLs carry tracking codes, references, user ids and filter values, never personal data;
pages are never cached and load nothing from outside.
"""

from __future__ import annotations

import dataclasses
import hmac
import importlib.util
import math
import secrets
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader
from sqlalchemy.orm import Session
from starlette.datastructures import FormData

from central import auth, reasons, store, texts, workflow
from central.backoffice import accounts, views, words
from central.backoffice.accounts import Staff
from central.capacity import READ, WRITE, Busy, run_db
from central.db import ApiToken, utcnow
from central.status_view import canonical_code
from kiosk.core import services
from kiosk.core.services.model import REJECTED

router = APIRouter(prefix="/backoffice", include_in_schema=False)

SESSION_COOKIE = "bo_session"
LOGIN_COOKIE = "bo_login"  # the sign-in form's own CSRF token (double submit: cookie = field)
LANG_COOKIE = "bo_lang"
COOKIE_PATH = "/backoffice"

# Nothing from outside, no scripts, no framing; only this site's images and forms.
HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
}

# The notices a redirect may name in ``?msg=`` (keys of words.WORDS, never free text).
NOTICES = {
    "moved",
    "moved_meanwhile",
    "not_allowed",
    "reason_needed",
    "saved",
    "password_short",
    "password_invalid",
    "username_invalid",
    "username_taken",
    "role_invalid",
    "user_unknown",
    "kiosk_name_invalid",
    "expiry_invalid",
    "token_unknown",
    "revoked_now",
}
PROBLEMS = NOTICES - {"moved", "saved", "revoked_now"}

_templates = Environment(
    loader=FileSystemLoader(Path(__file__).with_name("templates")),
    autoescape=True,
    trim_blocks=True,
    lstrip_blocks=True,
)

T = TypeVar("T")


class _NotSignedIn(Exception):
    pass


class _Forbidden(Exception):
    pass


class _BadForm(Exception):
    pass


# -- language, rendering ------------------------------------------------------------------------
def _lang(request: Request) -> str:
    asked = request.query_params.get("lang")
    if asked in texts.LANGUAGES:
        return asked
    return texts.language(request.cookies.get(LANG_COOKIE))


def _links(request: Request, lang: str) -> list[tuple[str, str, str, bool]]:
    """The language links of a page: code, name, URL of this page in that language, current."""
    params = {k: v for k, v in request.query_params.items() if k not in ("lang", "msg")}
    out = []
    for code, name in texts.LANGUAGE_NAMES.items():
        query = urlencode({**params, "lang": code})
        out.append((code, name, f"{request.url.path}?{query}", code == lang))
    return out


def _cookie(response: Response, request: Request, name: str, value: str, max_age: int) -> None:
    response.set_cookie(
        name,
        value,
        max_age=max_age,
        path=COOKIE_PATH,
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
    )


def _render(
    request: Request,
    template: str,
    *,
    staff: Staff | None = None,
    status_code: int = 200,
    **context: Any,
) -> HTMLResponse:
    lang = _lang(request)
    notice = request.query_params.get("msg")
    html = _templates.get_template(template).render(
        lang=lang,
        w=lambda key: words.word(key, lang),
        staff=staff,
        links=_links(request, lang),
        path=request.url.path,
        notice=notice if notice in NOTICES else None,
        problem=notice in PROBLEMS,
        **context,
    )
    response = HTMLResponse(html, status_code, headers=HEADERS)
    if request.query_params.get("lang") in texts.LANGUAGES:
        _cookie(response, request, LANG_COOKIE, lang, 365 * 24 * 3600)
    return response


def _message(request: Request, key: str, status_code: int, staff: Staff | None = None) -> Response:
    return _render(request, "message.html", staff=staff, status_code=status_code, message=key)


def _redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, 303, headers={"Cache-Control": "no-store"})


def _app_url(code: str, notice: str | None = None) -> str:
    url = "/backoffice/applications/" + quote(code, safe="-")
    return f"{url}?msg={notice}" if notice else url


# -- the signed-in staff member -----------------------------------------------------------------
def _as_staff(
    session: Session,
    cookie: str | None,
    now: datetime,
    supervisor: bool,
    form: FormData | None,
    work: Callable[..., T],
    args: tuple[Any, ...],
) -> tuple[Staff, T]:
    """``work(session, staff, *args)`` for the session's staff member, in one transaction, once the
    session, the role and (for a posted ``form``) its CSRF token are checked."""
    staff = accounts.current(session, cookie, now)
    if staff is None:
        raise _NotSignedIn
    if form is not None and not accounts.csrf_ok(staff, _field(form, "csrf")):
        raise _BadForm
    if supervisor and not staff.supervisor:
        raise _Forbidden
    return staff, work(session, staff, *args)


async def _staff_run(
    request: Request,
    lane: str,
    work: Callable[..., T],
    *args: Any,
    supervisor: bool = False,
    form: FormData | None = None,
) -> tuple[Staff, T] | Response:
    """The staff member and what ``work`` returned, or the response that says why not."""
    try:
        return await run_db(
            request,
            lane,
            _as_staff,
            request.cookies.get(SESSION_COOKIE),
            utcnow(),
            supervisor,
            form,
            work,
            args,
        )
    except _NotSignedIn:
        response = _redirect("/backoffice/login")
        response.delete_cookie(SESSION_COOKIE, path=COOKIE_PATH)
        return response
    except _BadForm:
        return _message(request, "csrf", 403)
    except _Forbidden:
        return _message(request, "forbidden", 403)
    except Busy:
        return _message(request, "busy", 503)


def _field(form: FormData, name: str, limit: int = 2000) -> str:
    value = form.get(name)
    return value.replace("\x00", "").strip()[:limit] if isinstance(value, str) else ""


# -- signing in and out -------------------------------------------------------------------------
@router.get("", response_class=HTMLResponse)
@router.get("/", response_class=HTMLResponse)
async def home() -> Response:
    return _redirect("/backoffice/queue")


@router.get("/login", response_class=HTMLResponse)
async def login_page(request: Request) -> Response:
    return _login_form(request, failed=False)


def _login_form(request: Request, failed: bool) -> Response:
    token = secrets.token_urlsafe(32)
    response = _render(
        request, "login.html", status_code=401 if failed else 200, failed=failed, csrf=token
    )
    _cookie(response, request, LOGIN_COOKIE, token, 3600)
    return response


@router.post("/login", response_class=HTMLResponse)
async def login(request: Request) -> Response:
    form = await request.form()
    sent, kept = _field(form, "csrf"), request.cookies.get(LOGIN_COOKIE, "")
    if not sent or not hmac.compare_digest(sent.encode(), kept.encode()):
        return _message(request, "csrf", 403)
    username, password = _field(form, "username", 64), _field(form, "password", 256)
    try:
        signed = await run_db(request, WRITE, accounts.sign_in, username, password, utcnow())
    except Busy:
        return _message(request, "busy", 503)
    if signed is None:
        return _login_form(request, failed=True)
    response = _redirect("/backoffice/queue")
    _cookie(
        response, request, SESSION_COOKIE, signed.cookie, int(accounts.ABSOLUTE.total_seconds())
    )
    response.delete_cookie(LOGIN_COOKIE, path=COOKIE_PATH)
    return response


@router.post("/logout")
async def logout(request: Request) -> Response:
    form = await request.form()
    got = await _staff_run(request, WRITE, accounts.sign_out, form=form)
    if isinstance(got, Response):
        return got
    response = _redirect("/backoffice/login")
    response.delete_cookie(SESSION_COOKIE, path=COOKIE_PATH)
    return response


# -- the work queue -----------------------------------------------------------------------------
@router.get("/queue", response_class=HTMLResponse)
async def queue(request: Request) -> Response:
    lang = _lang(request)
    service = request.query_params.get("service", "")
    service = service if service in services.ids() else ""
    status = request.query_params.get("status", views.OPEN)
    status = status if status in (views.OPEN, *workflow.all_statuses()) else ""

    def work(session: Session, _staff: Staff) -> list[views.QueueRow]:
        return views.queue(session, utcnow(), service, status, lang)

    got = await _staff_run(request, READ, work)
    if isinstance(got, Response):
        return got
    staff, rows = got
    return _render(
        request,
        "queue.html",
        staff=staff,
        rows=rows,
        service=service,
        status=status,
        services=[(s, texts.service_name(s, lang)) for s in services.ids()],
        statuses=[(s, texts.status_name(s, lang)) for s in workflow.all_statuses()],
    )


# -- one application ----------------------------------------------------------------------------
@router.get("/applications/{tracking_code}", response_class=HTMLResponse)
async def application(tracking_code: str, request: Request) -> Response:
    lang = _lang(request)
    code = canonical_code(tracking_code)

    def work(session: Session, staff: Staff) -> views.Detail | None:
        detail = views.application(session, code or "", utcnow(), lang)
        if detail is not None:
            accounts.audit(session, staff.username, "view", detail.tracking_code)
            session.commit()
        return detail

    got = await _staff_run(request, WRITE, work)
    if isinstance(got, Response):
        return got
    staff, detail = got
    if detail is None:
        return _message(request, "not_found", 404, staff)
    return _render(
        request,
        "application.html",
        staff=staff,
        a=detail,
        reasons=[(r, reasons.text(r, lang)) for r in reasons.ids()],
    )


@router.get("/applications/{tracking_code}/attachments/{attachment_id}")
async def attachment(tracking_code: str, attachment_id: int, request: Request) -> Response:
    code = canonical_code(tracking_code) or ""

    def work(session: Session, staff: Staff) -> tuple[str, bytes] | None:
        found = views.attachment(session, code, attachment_id)
        if found is not None:
            accounts.audit(session, staff.username, "view_photo", code, str(attachment_id))
            session.commit()
        return found

    got = await _staff_run(request, WRITE, work)
    if isinstance(got, Response):
        return got
    staff, found = got
    if found is None:
        return _message(request, "not_found", 404, staff)
    content_type, data = found
    served = content_type if content_type in views.SERVED_TYPES else "application/octet-stream"
    disposition = "inline" if served in views.IMAGE_TYPES else "attachment"
    headers = {**HEADERS, "Content-Disposition": disposition}
    headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return Response(data, media_type=served, headers=headers)


@router.post("/applications/{tracking_code}/move")
async def move(tracking_code: str, request: Request) -> Response:
    code = canonical_code(tracking_code) or ""
    form = await request.form()
    wanted, seen = _field(form, "status", 32), _field(form, "seen", 32)
    reason = _field(form, "reason", 32) if wanted == REJECTED else ""
    note = _field(form, "note") or None
    got = await _staff_run(
        request, WRITE, _move, code, wanted, seen, reason or None, note, form=form
    )
    if isinstance(got, Response):
        return got
    staff, outcome = got
    if outcome is None:
        return _message(request, "not_found", 404, staff)
    return _redirect(_app_url(code, outcome))


def _move(
    session: Session,
    staff: Staff,
    code: str,
    wanted: str,
    seen: str,
    reason: str | None,
    note: str | None,
) -> str | None:
    """``moved`` or the notice that says why not; None for an unknown application. The audit row is
    written in the move's own transaction, so it exists exactly when the move does."""
    if not seen:
        return "not_allowed"  # every form sends the status its page showed
    if wanted == REJECTED and not reasons.is_known(reason):
        return "reason_needed"
    action = "reject" if wanted == REJECTED else "move"
    detail = f"{seen} -> {wanted}" + (f" reason={reason}" if reason else "")
    accounts.audit(session, staff.username, action, code, detail)
    try:
        row = store.advance(
            session, code, wanted, f"staff:{staff.username}", note, reason=reason, expected=seen
        )
    except store.MovedMeanwhile as exc:
        accounts.audit(session, staff.username, "move_refused", code, f"now {exc.current}")
        session.commit()
        return "moved_meanwhile"
    except store.InvalidTransition:
        accounts.audit(session, staff.username, "move_refused", code, detail)
        session.commit()
        return "not_allowed"
    return None if row is None else "moved"


# -- messages -----------------------------------------------------------------------------------
@router.get("/messages", response_class=HTMLResponse)
async def messages(request: Request) -> Response:
    demo_codes = request.app.state.notify_config.demo_codes
    got = await _staff_run(
        request, READ, lambda session, _staff: views.messages(session, demo_codes=demo_codes)
    )
    if isinstance(got, Response):
        return got
    staff, rows = got
    return _render(request, "messages.html", staff=staff, rows=rows)


# -- supervisors: users and kiosk tokens --------------------------------------------------------
@router.get("/users", response_class=HTMLResponse)
async def users(request: Request) -> Response:
    got = await _staff_run(
        request, READ, lambda session, _staff: accounts.users(session), supervisor=True
    )
    if isinstance(got, Response):
        return got
    staff, rows = got
    now = utcnow()
    return _render(
        request,
        "users.html",
        staff=staff,
        rows=[(u, accounts.is_locked(u, now)) for u in rows],
        roles=accounts.ROLES,
    )


@router.post("/users")
async def add_user(request: Request) -> Response:
    form = await request.form()

    def work(session: Session, staff: Staff) -> str:
        try:
            accounts.add_user(
                session,
                _field(form, "username", 64),
                _field(form, "role", 16),
                _field(form, "password", 256),
                _field(form, "full_name", 128),
                actor=staff.username,
            )
        except accounts.AccountError as exc:
            session.rollback()
            return exc.code
        return "saved"

    return await _user_change(request, form, work)


@router.post("/users/{user_id}/active")
async def set_active(user_id: int, request: Request) -> Response:
    form = await request.form()
    active = _field(form, "active") == "1"

    def work(session: Session, staff: Staff) -> str:
        if user_id == staff.user_id:
            return "not_allowed"  # a supervisor cannot lock themselves out
        try:
            accounts.set_active(session, user_id, active, staff.username)
        except accounts.AccountError as exc:
            return exc.code
        return "saved"

    return await _user_change(request, form, work)


@router.post("/users/{user_id}/password")
async def reset_password(user_id: int, request: Request) -> Response:
    form = await request.form()

    def work(session: Session, staff: Staff) -> str:
        try:
            accounts.set_password_of(
                session, user_id, _field(form, "password", 256), staff.username
            )
        except accounts.AccountError as exc:
            session.rollback()
            return exc.code
        return "saved"

    return await _user_change(request, form, work)


async def _user_change(
    request: Request, form: FormData, work: Callable[[Session, Staff], str]
) -> Response:
    got = await _staff_run(request, WRITE, work, supervisor=True, form=form)
    if isinstance(got, Response):
        return got
    return _redirect(f"/backoffice/users?msg={got[1]}")


@router.get("/kiosks", response_class=HTMLResponse)
async def kiosks(request: Request) -> Response:
    got = await _staff_run(
        request, READ, lambda session, _staff: views.kiosk_tokens(session), supervisor=True
    )
    if isinstance(got, Response):
        return got
    staff, rows = got
    return _render(request, "kiosks.html", staff=staff, rows=rows)


# Days a kiosk token made here may be valid for (empty: no end, as ``central token create``).
MAX_TOKEN_DAYS = 3650


@router.post("/kiosks")
async def add_kiosk(request: Request) -> Response:
    """A supervisor makes a kiosk's token: shown once, on the page this answers (never in a URL, a
    log or the audit, which keeps the kiosk id)."""
    form = await request.form()
    name, days_text = _field(form, "name", 65), _field(form, "expires_days", 16)

    def work(session: Session, staff: Staff) -> tuple[str, str | None, list[views.KioskToken]]:
        if not name or len(name) > 64:
            return "kiosk_name_invalid", None, []
        days = None
        if days_text:
            try:
                days = float(days_text.replace(",", "."))
            except ValueError:
                return "expiry_invalid", None, []
            if not (math.isfinite(days) and 1 <= days <= MAX_TOKEN_DAYS):
                return "expiry_invalid", None, []
        accounts.audit(session, staff.username, "kiosk_add", name, f"days={days_text or '-'}")
        token = auth.create_token(session, auth.KIOSK, name, expires_at=auth.expiry_in(days))
        return "saved", token, views.kiosk_tokens(session)

    got = await _staff_run(request, WRITE, work, supervisor=True, form=form)
    if isinstance(got, Response):
        return got
    staff, (outcome, token, rows) = got
    if token is None:
        return _redirect(f"/backoffice/kiosks?msg={outcome}")
    return _render(request, "kiosks.html", staff=staff, rows=rows, new_token=token, new_name=name)


@router.get("/kiosks/{token_id}/revoke", response_class=HTMLResponse)
async def confirm_revoke_kiosk(token_id: int, request: Request) -> Response:
    """Revoking stops a kiosk: a page that asks first (no script needed)."""

    def work(session: Session, _staff: Staff) -> views.KioskToken | None:
        row = session.get(ApiToken, token_id)
        if row is None or row.role != auth.KIOSK or row.revoked_at is not None:
            return None
        return next((t for t in views.kiosk_tokens(session) if t.id == token_id), None)

    got = await _staff_run(request, READ, work, supervisor=True)
    if isinstance(got, Response):
        return got
    staff, token = got
    if token is None:
        return _redirect("/backoffice/kiosks?msg=token_unknown")
    return _render(request, "kiosk_revoke.html", staff=staff, token=token)


@router.post("/kiosks/{token_id}/revoke")
async def revoke_kiosk(token_id: int, request: Request) -> Response:
    """Revoke a kiosk's token: the central refuses that kiosk from its next request."""
    form = await request.form()

    def work(session: Session, staff: Staff) -> str:
        row = session.get(ApiToken, token_id)
        if row is None or row.role != auth.KIOSK or row.revoked_at is not None:
            return "token_unknown"
        accounts.audit(session, staff.username, "kiosk_revoke", row.name, str(token_id))
        auth.revoke(session, str(token_id))  # commits the audit row with it
        return "revoked_now"

    got = await _staff_run(request, WRITE, work, supervisor=True, form=form)
    if isinstance(got, Response):
        return got
    return _redirect(f"/backoffice/kiosks?msg={got[1]}")


# -- indicators and the fleet (central/kpi.py, central/fleet.py) --------------------------------
def _available(module: str) -> bool:
    return importlib.util.find_spec(f"central.{module}") is not None


def _kpi_rows(session: Session, _staff: Staff, lang: str) -> list[tuple[str, str, str]] | None:
    """``(label, value, target)`` rows of ``central.kpi``: its own ``rows(k, lang)`` when it has
    one, else the fields of what ``compute`` returned."""
    if not _available("kpi"):
        return None
    from central import kpi  # type: ignore[attr-defined,unused-ignore]

    computed = kpi.compute(session, utcnow())
    rows_of = getattr(kpi, "rows", None)
    if rows_of is not None:
        return [tuple(_shown(v) for v in (*row, "", "")[:3]) for row in rows_of(computed, lang)]  # type: ignore[misc]
    return [(name, _shown(value), "") for name, value in _fields(computed)]


def _fleet_rows(session: Session, _staff: Staff, lang: str) -> list[dict[str, Any]] | None:
    """The fleet (``central.fleet.overview``), kiosks that need attention first, ready to show."""
    if not _available("fleet"):
        return None
    from central import fleet  # type: ignore[attr-defined,unused-ignore]

    never = words.word("never", lang)
    shown = []
    for row in fleet.overview(session, utcnow()):
        shown.append(
            {
                "kiosk_id": row.kiosk_id,
                "version": row.version or "—",
                "queue_depth": row.queue_depth,
                "oldest_pending": views.when(row.oldest_pending_at) or "—",
                "printer": row.printer_state,
                "last_sync": views.when(row.last_sync_at) or never,
                "last_heartbeat": views.when(row.received_at) or never,
                "flags": [fleet.flag_text(flag, lang) for flag in row.flags],
            }
        )
    shown.sort(key=lambda r: (not r["flags"], r["kiosk_id"]))
    return shown


def _fields(value: Any) -> list[tuple[str, Any]]:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [(f.name, getattr(value, f.name)) for f in dataclasses.fields(value)]
    return [(k, v) for k, v in vars(value).items() if not k.startswith("_")]


def _shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, datetime):
        return views.when(value)
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(_shown(v) for v in value)
    if isinstance(value, bool):
        return "✓" if value else "—"
    return str(value)


@router.get("/kpi", response_class=HTMLResponse)
async def kpi_page(request: Request) -> Response:
    got = await _staff_run(request, READ, _kpi_rows, _lang(request))
    if isinstance(got, Response):
        return got
    staff, rows = got
    return _render(request, "kpi.html", staff=staff, rows=rows)


@router.get("/fleet", response_class=HTMLResponse)
async def fleet_page(request: Request) -> Response:
    got = await _staff_run(request, READ, _fleet_rows, _lang(request))
    if isinstance(got, Response):
        return got
    staff, rows = got
    return _render(
        request,
        "fleet.html",
        staff=staff,
        available=rows is not None,
        rows=rows or [],
        printer_words={k for k in words.WORDS if k.startswith("printer_")},
    )
