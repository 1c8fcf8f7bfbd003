"""The back office (``/backoffice/``) against a real central server on both databases: signing in, the
lock-out, CSRF, roles, the work queue, moves with the status the staff member saw, rejections with a
reason the applicant reads on the public status page, the audit trail and what never appears in it."""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select, update

from central import reasons, registry, texts
from central.backoffice import accounts
from central.config import REPO_ROOT
from central.db import (
    ApiToken,
    Notification,
    StaffAudit,
    StaffSession,
    StaffUser,
    Submission,
    open_db,
    utcnow,
)
from central.testing import CentralServer, sample_submission

TIMEOUT = 15
PASSWORD = "long enough password 1"


@pytest.fixture
def db(central: CentralServer) -> Iterator[Any]:
    engine, sessionmaker = open_db(central.database_url)
    yield sessionmaker
    engine.dispose()


def add_user(db: Any, role: str = accounts.OPERATOR) -> str:
    name = f"{role[:4]}-{uuid.uuid4().hex[:8]}"
    with db() as session:
        accounts.add_user(session, name, role, PASSWORD, actor="test")
    return name


def submit(central: CentralServer, service: str = "household", **changes: Any) -> dict[str, Any]:
    body = sample_submission(service, **changes)
    answer = httpx.post(
        central.url + "/api/v1/submissions",
        json=body,
        headers=central.headers(body["submission_id"]),
        timeout=TIMEOUT,
    )
    assert answer.status_code == 201, answer.text
    return body


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found is not None, html[-500:]
    return found.group(1)


class Browser:
    """A staff member's browser: cookies kept, redirects not followed unless asked."""

    def __init__(self, central: CentralServer) -> None:
        self.web = httpx.Client(base_url=central.url, timeout=TIMEOUT)
        self.csrf = ""

    def login(self, username: str, password: str = PASSWORD) -> httpx.Response:
        form = self.web.get("/backoffice/login")
        assert form.status_code == 200
        answer = self.web.post(
            "/backoffice/login",
            data={"csrf": csrf_of(form.text), "username": username, "password": password},
        )
        if answer.status_code == 303:
            self.csrf = csrf_of(self.web.get("/backoffice/queue").text)
        return answer

    def get(self, url: str, **kw: Any) -> httpx.Response:
        return self.web.get(url, **kw)

    def post(self, url: str, data: dict[str, str], csrf: bool = True) -> httpx.Response:
        return self.web.post(url, data={**data, **({"csrf": self.csrf} if csrf else {})})

    def move(self, code: str, status: str, seen: str, **extra: str) -> httpx.Response:
        answer = self.post(
            f"/backoffice/applications/{code}/move", {"status": status, "seen": seen, **extra}
        )
        assert answer.status_code == 303, answer.text
        return self.get(answer.headers["location"])

    def close(self) -> None:
        self.web.close()


@pytest.fixture
def browser(central: CentralServer) -> Iterator[Browser]:
    b = Browser(central)
    yield b
    b.close()


def operator(central: CentralServer, db: Any, browser: Browser) -> str:
    name = add_user(db)
    assert browser.login(name).status_code == 303
    return name


def status_of(central: CentralServer, code: str, lang: str = "az") -> dict[str, Any]:
    answer = httpx.get(f"{central.url}/api/v1/status/{code}", params={"lang": lang})
    assert answer.status_code == 200
    return dict(answer.json())


def audit_rows(db: Any, actor: str) -> list[StaffAudit]:
    with db() as session:
        return list(
            session.scalars(
                select(StaffAudit).where(StaffAudit.actor == actor).order_by(StaffAudit.id)
            )
        )


# -- signing in ---------------------------------------------------------------------------------
def test_login_sets_a_strict_cookie_and_wrong_password_is_refused(
    central: CentralServer, db: Any, browser: Browser
) -> None:
    name = add_user(db)
    wrong = browser.login(name, "not the password")
    assert wrong.status_code == 401
    assert texts.text("BackOffice", accounts_failed(), "az") in wrong.text
    assert browser.get("/backoffice/queue").status_code == 303

    ok = browser.login(name)
    assert ok.status_code == 303 and ok.headers["location"] == "/backoffice/queue"
    cookie = next(
        c for c in ok.headers.get_list("set-cookie") if c.startswith("bo_session=")
    ).lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "path=/backoffice" in cookie
    assert "secure" not in cookie  # plain http on loopback; https requests get Secure
    page = browser.get("/backoffice/queue")
    assert page.status_code == 200
    assert page.headers["cache-control"] == "no-store"
    assert "default-src 'none'" in page.headers["content-security-policy"]
    token = browser.web.cookies["bo_session"]
    with db() as session:
        stored = {row.token_sha256 for row in session.scalars(select(StaffSession))}
    assert token not in stored and accounts.sha256(token) in stored
    assert [r.action for r in audit_rows(db, name)] == ["login_failed", "login_ok"]


def accounts_failed() -> str:
    from central.backoffice.words import WORDS

    return WORDS["login_failed"]


def test_five_failures_lock_the_account_with_the_same_answer_as_an_unknown_user(
    central: CentralServer, db: Any, browser: Browser
) -> None:
    name = add_user(db)
    failed_text = texts.text("BackOffice", accounts_failed(), "az")
    for _ in range(accounts.MAX_FAILED):
        assert browser.login(name, "wrong password!").status_code == 401
    locked = browser.login(name)  # the right password, but locked for 15 minutes
    unknown = browser.login(f"nobody-{uuid.uuid4().hex[:6]}")
    assert locked.status_code == unknown.status_code == 401
    assert failed_text in locked.text and failed_text in unknown.text
    strip = re.compile(r'value="[^"]*"')
    assert strip.sub("", locked.text) == strip.sub("", unknown.text)
    with db() as session:
        user = session.scalar(select(StaffUser).where(StaffUser.username == name))
        assert user is not None and accounts.is_locked(user, utcnow())
        # Fifteen minutes later the right password works again.
        user.locked_until = utcnow() - timedelta(seconds=1)
        session.commit()
    assert browser.login(name).status_code == 303


def test_idle_and_expired_sessions_end_and_logout_deletes_the_session(
    central: CentralServer, db: Any, browser: Browser
) -> None:
    operator(central, db, browser)
    token_sha = accounts.sha256(browser.web.cookies["bo_session"])
    with db() as session:
        session.execute(
            update(StaffSession)
            .where(StaffSession.token_sha256 == token_sha)
            .values(last_seen_at=utcnow() - accounts.IDLE - timedelta(seconds=5))
        )
        session.commit()
    answer = browser.get("/backoffice/queue")
    assert answer.status_code == 303 and answer.headers["location"] == "/backoffice/login"
    with db() as session:
        assert session.get(StaffSession, token_sha) is None

    name = operator(central, db, browser)
    token_sha = accounts.sha256(browser.web.cookies["bo_session"])
    with db() as session:
        session.execute(
            update(StaffSession)
            .where(StaffSession.token_sha256 == token_sha)
            .values(expires_at=utcnow() - timedelta(seconds=1))
        )
        session.commit()
    assert browser.get("/backoffice/queue").status_code == 303

    operator_again = Browser(central)
    try:
        assert operator_again.login(name).status_code == 303
        bye = operator_again.post("/backoffice/logout", {})
        assert bye.status_code == 303
        assert operator_again.get("/backoffice/queue").status_code == 303
    finally:
        operator_again.close()
    assert "logout" in [r.action for r in audit_rows(db, name)]


# -- CSRF and roles -----------------------------------------------------------------------------
def test_a_post_without_the_csrf_token_is_refused(
    central: CentralServer, db: Any, browser: Browser
) -> None:
    code = submit(central)["tracking_code"]
    operator(central, db, browser)
    for data in ({}, {"csrf": "forged"}):
        answer = browser.web.post(
            f"/backoffice/applications/{code}/move",
            data={"status": "under_review", "seen": "received", **data},
        )
        assert answer.status_code == 403
    assert status_of(central, code)["status"] == "received"
    # The sign-in form has its own token too.
    assert (
        browser.web.post("/backoffice/login", data={"username": "x", "password": "y"}).status_code
        == 403
    )


def test_operator_cannot_open_the_supervisor_pages(
    central: CentralServer, db: Any, browser: Browser
) -> None:
    operator(central, db, browser)
    for url in ("/backoffice/users", "/backoffice/kiosks"):
        assert browser.get(url).status_code == 403
    answer = browser.post(
        "/backoffice/users", {"username": "sneaky", "role": "supervisor", "password": PASSWORD}
    )
    assert answer.status_code == 403
    with db() as session:
        assert session.scalar(select(StaffUser).where(StaffUser.username == "sneaky")) is None
    for url in (
        "/backoffice/queue",
        "/backoffice/messages",
        "/backoffice/kpi",
        "/backoffice/fleet",
    ):
        assert browser.get(url).status_code == 200


def test_supervisor_adds_deactivates_and_resets_users_and_sees_kiosk_tokens(
    central: CentralServer, db: Any, browser: Browser
) -> None:
    boss = add_user(db, accounts.SUPERVISOR)
    assert browser.login(boss).status_code == 303
    new = f"op-{uuid.uuid4().hex[:8]}"
    short = browser.post(
        "/backoffice/users", {"username": new, "role": "operator", "password": "short"}
    )
    assert short.headers["location"].endswith("msg=password_short")
    added = browser.post(
        "/backoffice/users", {"username": new, "role": "operator", "password": PASSWORD}
    )
    assert added.headers["location"].endswith("msg=saved")
    page = browser.get("/backoffice/users")
    assert page.status_code == 200 and new in page.text

    other = Browser(central)
    try:
        assert other.login(new).status_code == 303
        with db() as session:
            uid = session.scalar(select(StaffUser.id).where(StaffUser.username == new))
        browser.post(f"/backoffice/users/{uid}/active", {"active": "0"})
        assert other.get("/backoffice/queue").status_code == 303  # its session ended
        assert other.login(new).status_code == 401
        browser.post(f"/backoffice/users/{uid}/active", {"active": "1"})
        browser.post(f"/backoffice/users/{uid}/password", {"password": "another long password"})
        assert other.login(new).status_code == 401
        assert other.login(new, "another long password").status_code == 303
    finally:
        other.close()
    kiosks = browser.get("/backoffice/kiosks")
    assert kiosks.status_code == 200 and central.kiosk_id in kiosks.text
    assert [r.action for r in audit_rows(db, boss)] == [
        "login_ok",
        "user_add",
        "user_deactivate",
        "user_activate",
        "user_reset",
    ]


SUBSCRIBER = next(iter(registry.load()["azerishiq_subscribers"]))  # a look-up a token alone may do


def test_supervisor_adds_and_revokes_a_kiosk_and_the_central_follows_at_once(
    central: CentralServer, db: Any, browser: Browser
) -> None:
    """A supervisor gives a new kiosk its token (shown once, never in a URL or the audit) and revokes
    it: the central lets the kiosk in, then refuses it from its next request."""
    boss = add_user(db, accounts.SUPERVISOR)
    assert browser.login(boss).status_code == 303
    name = f"K-BO-{uuid.uuid4().hex[:6]}"
    for bad, notice in (
        ({"name": ""}, "kiosk_name_invalid"),
        ({"expires_days": "0"}, "expiry_invalid"),
    ):
        refused = browser.post("/backoffice/kiosks", {"name": name, **bad})
        assert refused.status_code == 303 and refused.headers["location"].endswith(f"msg={notice}")
    made = browser.post("/backoffice/kiosks", {"name": name, "expires_days": "30"})
    assert made.status_code == 200 and made.headers["cache-control"] == "no-store"
    found = re.search(r'<code id="token">([^<]+)</code>', made.text)
    assert found is not None
    token = found.group(1)
    assert token.startswith("ck_") and name in made.text
    assert token not in browser.get("/backoffice/kiosks").text  # shown once

    def ask(with_token: str) -> httpx.Response:
        return httpx.get(
            f"{central.url}/api/v1/lookup/azerishiq/{SUBSCRIBER}",
            headers={"Authorization": f"Bearer {with_token}"},
            timeout=TIMEOUT,
        )

    assert ask(token).status_code == 200  # let in
    with db() as session:
        row = session.scalars(select(ApiToken).where(ApiToken.name == name)).one()
        assert row.role == "kiosk" and row.expires_at is not None and row.revoked_at is None
        token_id = row.id
    page = browser.get("/backoffice/kiosks").text
    assert f'href="/backoffice/kiosks/{token_id}/revoke"' in page  # asks first
    asked = browser.get(f"/backoffice/kiosks/{token_id}/revoke")
    assert asked.status_code == 200 and name in asked.text
    assert f'action="/backoffice/kiosks/{token_id}/revoke"' in asked.text
    assert ask(token).status_code == 200  # asking revoked nothing
    # An operator may not; a form without the CSRF token is refused; nothing changes.
    other = Browser(central)
    try:
        assert other.login(add_user(db)).status_code == 303
        assert other.post(f"/backoffice/kiosks/{token_id}/revoke", {}).status_code == 403
        assert other.post("/backoffice/kiosks", {"name": "K-OPERATOR"}).status_code == 403
    finally:
        other.close()
    assert browser.post(f"/backoffice/kiosks/{token_id}/revoke", {}, csrf=False).status_code == 403
    assert ask(token).status_code == 200
    done = browser.post(f"/backoffice/kiosks/{token_id}/revoke", {})
    assert done.headers["location"].endswith("msg=revoked_now")
    refused = ask(token)
    assert refused.status_code == 401 and refused.json()["detail"]["code"] == "token_revoked"
    again = browser.post(f"/backoffice/kiosks/{token_id}/revoke", {})
    assert again.headers["location"].endswith("msg=token_unknown")
    gone = browser.get(f"/backoffice/kiosks/{token_id}/revoke")
    assert gone.headers["location"].endswith("msg=token_unknown")
    # An admin token is not a kiosk's: not revoked from this page.
    with db() as session:
        admin_id = session.scalars(select(ApiToken.id).where(ApiToken.role == "admin")).first()
    assert (
        browser.post(f"/backoffice/kiosks/{admin_id}/revoke", {})
        .headers["location"]
        .endswith("msg=token_unknown")
    )
    rows = [(r.action, r.target) for r in audit_rows(db, boss)]
    assert ("kiosk_add", name) in rows and ("kiosk_revoke", name) in rows
    assert all(token not in str(r.detail) for r in audit_rows(db, boss))


# -- the work queue -----------------------------------------------------------------------------
def test_queue_lists_oldest_first_and_flags_applications_over_the_20_day_target(
    central: CentralServer, db: Any, browser: Browser
) -> None:
    ages = {submit(central)["tracking_code"]: days for days in (25, 3, 40, 20)}
    now = utcnow()
    with db() as session:
        for code, days in ages.items():
            session.execute(
                update(Submission)
                .where(Submission.tracking_code == code)
                .values(received_at=now - timedelta(days=days, hours=1))
            )
        session.commit()
    operator(central, db, browser)
    page = browser.get("/backoffice/queue", params={"service": "household", "status": "received"})
    rows = re.findall(r'<tr( class="late")? data-code="([^"]+)">', page.text)
    mine = [(code, bool(late)) for late, code in rows if code in ages]
    assert [code for code, _ in mine] == sorted(ages, key=lambda c: -ages[c])
    assert {code: late for code, late in mine} == {c: d > 20 for c, d in ages.items()}
    oldest = max(ages, key=lambda c: ages[c])
    assert re.search(
        rf'data-code="{oldest}">.*?<td class="num">40 <span class="badge over">', page.text, re.S
    )
    # Other services' applications are filtered out.
    water = submit(central, "water_reading")["tracking_code"]
    assert water not in page.text
    assert water in browser.get("/backoffice/queue", params={"service": "water_reading"}).text
    # A service with no deadline of its own is held to the 20 days, as on the KPI page's delays.
    with db() as session:
        session.execute(
            update(Submission)
            .where(Submission.tracking_code == water)
            .values(received_at=now - timedelta(days=30, hours=1))
        )
        session.commit()
    waters = browser.get("/backoffice/queue", params={"service": "water_reading"}).text
    assert f'<tr class="late" data-code="{water}">' in waters
    assert re.search(rf'data-code="{water}">.*?<td class="num">20</td>', waters, re.S)


# -- moving an application ----------------------------------------------------------------------
def test_move_with_the_seen_status_and_a_concurrent_move_gives_a_message(
    central: CentralServer, db: Any, browser: Browser
) -> None:
    code = submit(central)["tracking_code"]
    name = operator(central, db, browser)
    page = browser.get(f"/backoffice/applications/{code}")
    assert page.status_code == 200
    assert 'name="seen" value="received"' in page.text
    # Someone else moves it first (the admin API) while the page is open.
    moved = httpx.post(
        f"{central.url}/api/v1/admin/applications/{code}/status",
        json={"status": "under_review"},
        headers=central.admin_headers(),
        timeout=TIMEOUT,
    )
    assert moved.status_code == 200
    late = browser.move(code, "under_review", seen="received")
    assert late.status_code == 200
    assert texts.text("BackOffice", _word("moved_meanwhile"), "az") in late.text
    assert 'data-status="under_review"' in late.text
    view = status_of(central, code)
    assert [e["status"] for e in view["timeline"]] == ["received", "under_review"]

    done = browser.move(code, "fee_to_pay", seen="under_review", note="council approved")
    assert texts.text("BackOffice", _word("moved"), "az") in done.text
    assert status_of(central, code)["status"] == "fee_to_pay"
    assert "council approved" in done.text
    # A move the flow does not allow is refused with a message.
    refused = browser.move(code, "connected", seen="fee_to_pay")
    assert texts.text("BackOffice", _word("not_allowed"), "az") in refused.text
    actions = [(r.action, r.target) for r in audit_rows(db, name)]
    assert ("move_refused", code) in actions and ("move", code) in actions


def _word(key: str) -> str:
    from central.backoffice.words import WORDS

    return WORDS[key]


def test_reject_with_a_reason_shows_the_reason_to_the_applicant_in_russian(
    central: CentralServer, db: Any, browser: Browser
) -> None:
    code = submit(central, language="ru")["tracking_code"]
    name = operator(central, db, browser)
    # No reason, or one not on the list: refused, nothing moves.
    for bad in ("", "because"):
        again = browser.move(code, "rejected", seen="received", reason=bad)
        assert texts.text("BackOffice", _word("reason_needed"), "az") in again.text
    assert status_of(central, code)["status"] == "received"

    browser.move(
        code, "rejected", seen="received", reason="photo_illegible", note="STAFF-ONLY-NOTE"
    )
    view = status_of(central, code, "ru")
    assert view["status"] == "rejected"
    assert view["reason"] == "photo_illegible"
    assert view["reason_text"] == reasons.text("photo_illegible", "ru")
    assert view["reason_text"] != reasons.REASONS["photo_illegible"]  # really Russian
    assert "STAFF-ONLY-NOTE" not in str(view)
    page = httpx.get(f"{central.url}/t/{code}", params={"lang": "ru"}, timeout=TIMEOUT)
    assert reasons.text("photo_illegible", "ru") in page.text
    assert "STAFF-ONLY-NOTE" not in page.text
    assert ("reject", code) in [(r.action, r.target) for r in audit_rows(db, name)]

    # The applicant is told once per channel, in Russian, with the reason (docs/NOTIFICATIONS.md);
    # with no gateway configured the messages wait as "dev" on the Messages page.
    def told() -> list[Notification]:
        with db() as session:
            return list(
                session.scalars(
                    select(Notification)
                    .join(Submission, Submission.id == Notification.submission_pk)
                    .where(Submission.tracking_code == code, Notification.kind == "status")
                )
            )

    deadline = time.monotonic() + 20
    while not told() or any(n.state in ("pending", "sending") for n in told()):  # dispatched
        assert time.monotonic() < deadline, [n.state for n in told()]
        time.sleep(0.2)
    channels = [n.channel for n in told()]
    assert sorted(channels) == sorted(set(channels))  # one message per channel
    sms = [n for n in told() if n.channel == "sms"]
    assert len(sms) == 1 and sms[0].language == "ru" and sms[0].state == "dev"
    reason_ru = reasons.text("photo_illegible", "ru").rstrip(".")
    assert reason_ru in sms[0].text and code in sms[0].text
    assert "STAFF-ONLY-NOTE" not in sms[0].text
    listed = browser.get("/backoffice/messages").text
    assert html.escape(reason_ru, quote=False) in listed or reason_ru in listed


def test_admin_api_and_cli_take_a_reason_id_and_refuse_unknown_ones(
    central: CentralServer,
) -> None:
    code = submit(central)["tracking_code"]
    url = f"{central.url}/api/v1/admin/applications/{code}/status"
    for body, field in (
        ({"status": "rejected", "reason": "no such reason"}, "unknown_reason"),
        ({"status": "under_review", "reason": "duplicate"}, "reason_only_for_rejection"),
    ):
        answer = httpx.post(url, json=body, headers=central.admin_headers(), timeout=TIMEOUT)
        assert answer.status_code == 422
        assert answer.json()["detail"]["errors"] == {"reason": field}
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    cli = subprocess.run(
        [sys.executable, "-m", "central", "advance", code, "rejected", "--reason", "nope"]
        + ["--database-url", central.database_url],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert cli.returncode == 2 and "unknown reason" in cli.stderr
    cli = subprocess.run(
        [sys.executable, "-m", "central", "advance", code, "rejected", "--reason", "duplicate"]
        + ["--database-url", central.database_url],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert cli.returncode == 0, cli.stderr
    assert status_of(central, code, "en")["reason_text"] == reasons.REASONS["duplicate"]


# -- the application page, photos, messages ----------------------------------------------------
def test_application_page_shows_answers_fee_and_photos_only_to_signed_in_staff(
    central: CentralServer, db: Any, browser: Browser
) -> None:
    body = submit(central, "water_reading")
    code = body["tracking_code"]
    photo = re.compile(rf'src="(/backoffice/applications/{code}/attachments/\d+)"')
    operator(central, db, browser)
    page = browser.get(f"/backoffice/applications/{code}")
    payload = body["payload"]
    for value in (payload["fin"], payload["subscriber_code"], payload["meters"][0]["seal_number"]):
        assert value in page.text
    from kiosk.core import services

    meters = services.get("water_reading").field("meters")
    for label in (meters.label, meters.fields[0].label):
        assert texts.text("Field", label, "az") in page.text
    src = photo.search(page.text)
    assert src is not None
    image = browser.get(src.group(1))
    assert image.status_code == 200 and image.headers["cache-control"] == "no-store"
    assert image.headers["content-type"] == "image/png"
    assert image.content == __import__("base64").b64decode(body["attachments"][0]["data_base64"])
    # Without a session: the sign-in page, not the photo.
    stranger = httpx.get(central.url + src.group(1), timeout=TIMEOUT)
    assert stranger.status_code == 303 and stranger.content != image.content
    fee = browser.get(f"/backoffice/applications/{submit(central)['tracking_code']}")
    assert "300.00 AZN" in fee.text and "TQS-2024-4" in fee.text


def test_messages_page_masks_the_recipient(
    central: CentralServer, db: Any, browser: Browser
) -> None:
    marker = uuid.uuid4().hex
    with db() as session:
        session.add(
            Notification(
                event_key=f"test:{marker}",
                kind="received",
                channel="sms",
                recipient="+994501234567",
                language="az",
                text=f"Müraciətiniz qəbul edildi {marker}",
                state="dev",
            )
        )
        session.commit()
    operator(central, db, browser)
    page = browser.get("/backoffice/messages")
    assert marker in page.text
    assert "+994501234567" not in page.text and "1234567" not in page.text
    assert "•67" in page.text


def test_kpi_and_fleet_pages_show_the_data(
    central: CentralServer, db: Any, browser: Browser
) -> None:
    import httpx

    operator(central, db, browser)
    # A kiosk out of paper with an applicant waiting for staff, as its heartbeat says.
    beat = {
        "kiosk_id": "FLEET-PAPER-1",
        "version": "9.9.9",
        "queue_depth": 2,
        "oldest_pending_at": None,
        "printer_state": "paper_out",
        "last_sync_at": None,
        "staff_call": True,
    }
    sent = httpx.post(central.url + "/api/v1/heartbeat", json=beat, headers=central.headers())
    assert sent.status_code == 204, sent.text
    page = browser.get("/backoffice/fleet?lang=ru")
    assert page.status_code == 200 and 'id="not-available"' not in page.text
    row = re.search(r'<tr class="flag" data-kiosk="FLEET-PAPER-1">(.*?)</tr>', page.text, re.S)
    assert row is not None, "a kiosk that needs attention is flagged"
    from central import fleet

    for flag in ("paper_out", "staff_call"):
        assert fleet.flag_text(flag, "ru") in row.group(1)
    assert fleet.flag_text("paper_out", "ru") != fleet.flag_text("paper_out", "en")
    # Indicators: the labels of central.kpi, computed from this database.
    kpi_page = browser.get("/backoffice/kpi?lang=ru")
    assert kpi_page.status_code == 200 and 'id="not-available"' not in kpi_page.text
    from html import escape

    from central import kpi

    for key in ("applications", "median", "rejections", "satisfaction", "delays"):
        assert escape(kpi.label(key, "ru")) in kpi_page.text
    assert kpi.label("rejections", "ru") != kpi.label("rejections", "en")


# -- the audit trail and URLs hold no personal data --------------------------------------------
def test_audit_and_urls_hold_no_personal_data(
    central: CentralServer, db: Any, browser: Browser
) -> None:
    body = submit(central, "water_reading")
    code = body["tracking_code"]
    name = operator(central, db, browser)
    pages = [browser.get(f"/backoffice/applications/{code}").text]
    pages.append(browser.move(code, "rejected", seen="received", reason="other").text)
    pages.append(browser.get("/backoffice/queue").text)
    personal = [
        str(v)
        for k, v in body["payload"].items()
        if k in ("fin", "mobile", "email", "subscriber_code", "notes") and v
    ]
    assert len(personal) == 5
    urls = [u for html in pages for u in re.findall(r'(?:href|src|action)="([^"]+)"', html)]
    assert urls
    rows = audit_rows(db, name)
    assert {"login_ok", "view", "reject"} <= {r.action for r in rows}
    for value in personal:
        assert not [u for u in urls if value in u]
        assert not [r for r in rows if value in f"{r.target} {r.detail}"]
    assert all(r.target in ("", name, code) for r in rows)
    log = central.log_path.read_text(encoding="utf-8", errors="replace")
    assert not [v for v in personal if v in log]


# -- the CLI ------------------------------------------------------------------------------------
def test_staff_cli_adds_lists_and_resets(central: CentralServer, db: Any, tmp_path: Any) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    name = f"cli-{uuid.uuid4().hex[:6]}"

    def staff(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "central",
                "staff",
                *args,
                "--database-url",
                central.database_url,
            ],
            input=stdin,
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )

    short = staff("add", name, "--role", "operator", stdin="short\n")
    assert short.returncode == 1 and "at least 10" in short.stderr
    assert staff("add", name, "--role", "supervisor", stdin=PASSWORD + "\n").returncode == 0
    assert staff("add", name, "--role", "supervisor", stdin=PASSWORD + "\n").returncode == 1
    listed = staff("list")
    assert f"{name}\tsupervisor\tactive" in listed.stdout
    secret = tmp_path / "pw"
    secret.write_text("a brand new password\n", encoding="utf-8")
    assert staff("passwd", name, "--password-file", str(secret)).returncode == 0
    b = Browser(central)
    try:
        assert b.login(name).status_code == 401
        assert b.login(name, "a brand new password").status_code == 303
        assert b.get("/backoffice/users").status_code == 200
    finally:
        b.close()
    assert staff("passwd", "nobody-here", stdin=PASSWORD + "\n").returncode == 1


def test_language_links_switch_the_pages_and_the_choice_is_kept(
    central: CentralServer, db: Any, browser: Browser
) -> None:
    operator(central, db, browser)
    title = _word("queue")
    assert texts.text("BackOffice", title, "az") in browser.get("/backoffice/queue").text
    ru = browser.get("/backoffice/queue", params={"lang": "ru"})
    assert texts.text("BackOffice", title, "ru") in ru.text
    assert texts.text("BackOffice", title, "ru") != title
    assert 'lang="ru"' in ru.text
    # The next page, without ?lang, stays in Russian.
    assert (
        texts.text("BackOffice", _word("messages"), "ru")
        in browser.get("/backoffice/messages").text
    )


def test_a_photo_to_follow_shows_as_waiting_until_it_comes(
    central: CentralServer, db: Any, browser: Browser
) -> None:
    from central import texts
    from central.backoffice.words import WORDS

    body = submit(central, "water_reading", attachments=[], photos_to_follow=["meters.0.photo"])
    code = body["tracking_code"]
    operator(central, db, browser)
    waiting = texts.text("BackOffice", WORDS["waiting_photo"], "az")
    page = browser.get(f"/backoffice/applications/{code}").text
    assert waiting in page and 'class="photo"' not in page
    row = re.search(
        rf"<tr[^>]*>(?:(?!</tr>).)*{code}(?:(?!</tr>).)*</tr>",
        browser.get("/backoffice/queue").text,
        re.S,
    )
    assert row is not None and waiting in row.group(0)
    # The applicant adds it from the status page's phone upload: it is waiting no more.
    import io

    from PIL import Image

    form = httpx.post(
        f"{central.url}/t/{code}/photo?lang=en",
        data={"field": "meters.0.photo"},
        follow_redirects=True,
        timeout=TIMEOUT,
    )
    assert form.status_code == 200 and 'type="file"' in form.text
    jpeg = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 120, 40)).save(jpeg, "JPEG")
    sent = httpx.post(
        str(form.url).split("?")[0] + "?lang=en",
        files={"photo": ("meter.jpg", jpeg.getvalue(), "image/jpeg")},
        timeout=TIMEOUT,
    )
    assert sent.status_code == 200, sent.text[:300]
    page = browser.get(f"/backoffice/applications/{code}").text
    assert waiting not in page and 'class="photo"' in page
