"""Identity before registry data (issue 15; guides 001 and 002, 1), on a real central on both databases:
a personal look-up answers only with the one-time code sent to the registry's mobile number; codes
expire, tries are limited, another kiosk cannot use them, and neither FİN nor code is stored."""

from __future__ import annotations

import hashlib
import math
import re
import secrets
import time
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select, update

from central.backoffice import accounts
from central.db import (
    IdentityChallenge,
    IdentityRateHit,
    Notification,
    make_engine,
    open_db,
    utcnow,
)
from central.notify.config import NotifyConfig
from central.notify.dispatcher import CODE_SENT_TEXT, Dispatcher
from central.testing import CentralServer

pytestmark = pytest.mark.timeout(120)


def _challenge(
    central: CentralServer, key: str, kind: str = "person", **extra: str
) -> httpx.Response:
    return httpx.post(
        central.url + "/api/v1/identity/challenges",
        json={"kind": kind, "key": key, **extra},
        headers=central.headers(),
        timeout=10,
    )


def _verify(
    central: CentralServer, cid: str, key: str, code: str, headers: dict[str, str] | None = None
) -> httpx.Response:
    return httpx.post(
        f"{central.url}/api/v1/identity/challenges/{cid}/verify",
        json={"kind": "person", "key": key, "code": code},
        headers=headers or central.headers(),
        timeout=10,
    )


def _sent_code(central: CentralServer, cid: str) -> tuple[str, Notification]:
    """The code (as the applicant's phone shows it) and the SMS's outbox row, whose text the
    dispatcher no longer keeps once it has handled the message."""
    code = central.identity_code(cid)
    engine = make_engine(central.database_url)
    try:
        with engine.connect() as conn:
            row = conn.execute(
                select(Notification).where(Notification.event_key == f"code:{cid}")
            ).one()
    finally:
        engine.dispose()
    return code, row


def test_lookup_without_code_is_refused(central: CentralServer) -> None:
    for path in ("/api/v1/lookup/person/5ZK2M8P", "/api/v1/lookup/azersu/10234567"):
        resp = httpx.get(central.url + path, headers=central.headers(), timeout=10)
        assert resp.status_code == 403 and resp.json()["detail"]["code"] == "identity_required"
        assert "Məmmədov" not in resp.text


def test_code_by_sms_then_the_record(central: CentralServer) -> None:
    resp = _challenge(central, "6htr4wb", language="ru")
    assert resp.status_code == 201, resp.text
    answer = resp.json()
    assert answer["sent_to"] == "+994 ** *** ** 78"  # the registry's number, masked
    assert "Hüseynova" not in resp.text and "552345678" not in resp.text
    code, sms = _sent_code(central, answer["id"])
    assert sms.kind == "code" and sms.channel == "sms" and sms.recipient == "+994552345678"
    assert sms.language == "ru"
    assert "6HTR4WB" not in sms.text and "Hüseynova" not in sms.text
    wrong = "000000" if code != "000000" else "111111"
    refused = _verify(central, answer["id"], "6HTR4WB", wrong)
    assert refused.status_code == 422
    assert refused.json()["detail"] == {"code": "code_wrong", "attempts_left": 4}
    ok = _verify(central, answer["id"], "6HTR4WB", code)
    assert ok.status_code == 200, ok.text
    record = ok.json()["record"]
    assert record["surname"] == "Hüseynova" and "mobile" not in record
    # A code answers once.
    again = _verify(central, answer["id"], "6HTR4WB", code)
    assert again.status_code == 410 and again.json()["detail"]["code"] == "code_expired"


def test_unknown_key_and_no_mobile(central: CentralServer) -> None:
    assert _challenge(central, "0AAAAAA").status_code == 404
    resp = _challenge(central, "9DE7TUV")  # in the registry, with no mobile number
    assert resp.status_code == 409 and resp.json()["detail"]["code"] == "no_mobile"
    resp = _challenge(central, "3005001122", kind="azersu")
    assert resp.status_code == 409


def test_azersu_subscriber_by_code(central: CentralServer) -> None:
    resp = _challenge(central, "10234567", kind="azersu")
    assert resp.status_code == 201, resp.text
    code, _sms = _sent_code(central, resp.json()["id"])
    ok = httpx.post(
        f"{central.url}/api/v1/identity/challenges/{resp.json()['id']}/verify",
        json={"kind": "azersu", "key": "10234567", "code": code},
        headers=central.headers(),
        timeout=10,
    )
    assert ok.status_code == 200 and ok.json()["record"]["meters"][0]["factory_number"]


def test_a_code_expires_with_time(central: CentralServer) -> None:
    """The right code, never used, typed after its 5 minutes: refused as expired."""
    cid = _challenge(central, "8WX5FZA").json()["id"]
    code, _sms = _sent_code(central, cid)
    engine = make_engine(central.database_url)
    try:
        with engine.begin() as conn:
            conn.execute(
                update(IdentityChallenge)
                .where(IdentityChallenge.id == cid)
                .values(expires_at=utcnow() - timedelta(seconds=1))
            )
    finally:
        engine.dispose()
    expired = _verify(central, cid, "8WX5FZA", code)
    assert expired.status_code == 410, expired.text
    assert expired.json()["detail"] == {"code": "code_expired"}
    assert "Cəfərov" not in expired.text


def test_tries_are_limited_and_bound_to_kiosk_and_key(central: CentralServer) -> None:
    cid = _challenge(central, "2QJX9LE").json()["id"]
    code, _sms = _sent_code(central, cid)
    other = central._create_token("kiosk", "OTHER-KIOSK")
    assert (
        _verify(central, cid, "2QJX9LE", code, {"Authorization": f"Bearer {other}"}).status_code
        == 404
    )
    assert _verify(central, cid, "7MNB3CD", code).status_code == 404  # another FİN
    wrong = "000000" if code != "000000" else "111111"
    answers = [_verify(central, cid, "2QJX9LE", wrong).json()["detail"] for _ in range(5)]
    assert [a.get("attempts_left") for a in answers] == [4, 3, 2, 1, 0]
    assert answers[-1]["code"] == "code_locked"
    locked = _verify(central, cid, "2QJX9LE", code)  # the right code, too late
    assert locked.status_code == 429 and locked.json()["detail"]["code"] == "code_locked"


def test_codes_per_key_are_limited(central: CentralServer) -> None:
    answers = [_challenge(central, "3KP8VYT").status_code for _ in range(4)]
    assert answers == [201, 201, 201, 429]


def _next_window(seconds: float, margin: float = 0.0) -> None:
    """Sleep into the next fixed window of ``seconds`` when fewer than ``margin`` seconds of this one
    are left (always, when ``margin`` is the whole window)."""
    now = time.time()
    left = (math.floor(now / seconds) + 1) * seconds - now
    if left < margin or margin >= seconds:
        time.sleep(left + 0.05)


def test_status_traffic_never_resets_the_codes_per_key(tmp_path: Path, database_url: str) -> None:
    """The public status limit, with its own short window, prunes its ended windows on the first hit of
    each new one; the codes sent for a FİN are counted apart and survive it."""
    status_window = 1.0
    with CentralServer(
        tmp_path, database_url=database_url, status_rate_window=status_window
    ) as central:
        _next_window(600.0, margin=30.0)  # the 3 codes and the 4th in one window of codes

        def status_request() -> None:
            answer = httpx.get(central.url + "/api/v1/status/AAAA-BBBB-CCCC-DDDD", timeout=10)
            assert answer.status_code == 404  # counted by the status limit, then not found

        status_request()
        assert [_challenge(central, "5ZK2M8P").status_code for _ in range(3)] == [201] * 3
        _next_window(status_window, margin=status_window)
        status_request()  # the first hit of a new status window
        refused = _challenge(central, "5ZK2M8P")
        assert refused.status_code == 429, refused.text
        assert refused.json()["detail"]["code"] == "too_many_codes"


@pytest.mark.parametrize(
    "body",
    [
        {"kind": "person", "key": "5ZK2M8P", "language": "xx"},
        {"kind": "passport", "key": "5ZK2M8P"},
        {"kind": "person", "key": "x" * 41},
        {"kind": "person", "key": "5ZK 2M8P"},
    ],
)
def test_bad_challenge_bodies_are_422(central: CentralServer, body: dict[str, str]) -> None:
    resp = httpx.post(
        central.url + "/api/v1/identity/challenges",
        json=body,
        headers=central.headers(),
        timeout=10,
    )
    assert resp.status_code == 422, resp.text


def test_a_lone_surrogate_is_422(central: CentralServer) -> None:
    resp = httpx.post(
        central.url + "/api/v1/identity/challenges",
        content=b'{"kind": "person", "key": "5ZK2M8P\\ud800"}',
        headers={**central.headers(), "Content-Type": "application/json"},
        timeout=10,
    )
    assert resp.status_code == 422, resp.text


def test_neither_key_nor_code_is_stored(central: CentralServer) -> None:
    cid = _challenge(central, "4RS6GHU").json()["id"]
    code, _sms = _sent_code(central, cid)
    engine = make_engine(central.database_url)
    try:
        with engine.connect() as conn:
            row = conn.execute(select(IdentityChallenge).where(IdentityChallenge.id == cid)).one()
    finally:
        engine.dispose()
    stored = " ".join(str(v) for v in row._mapping.values())
    assert "4RS6GHU" not in stored and code not in stored.replace(row.id, "")


def test_the_codes_per_key_count_no_plain_digest_of_the_key(central: CentralServer) -> None:
    """A FİN has about 4·10¹⁰ values: a plain SHA-256 of it, or of the limiter's key string, would be
    reversed by trying them all (docs/SECURITY.md), so the count is kept under the key's HMAC."""
    fin = "7MNB3CD"
    assert _challenge(central, fin).status_code == 201
    engine = make_engine(central.database_url)
    try:
        with engine.connect() as conn:
            stored = [row.client for row in conn.execute(select(IdentityRateHit)).all()]
    finally:
        engine.dispose()
    assert stored, "the code was counted"
    plain = {fin, f"identity:person:{fin}"}
    plain |= {hashlib.sha256(value.encode()).hexdigest() for value in set(plain)}
    assert not plain & set(stored)
    assert all(fin not in client for client in stored)


def _messages_page(central: CentralServer) -> str:
    """The back office's Messages page as an operator (any staff member) sees it."""
    name, password = f"operator-{secrets.token_hex(4)}", "long enough password 1"
    engine, sessions = open_db(central.database_url)
    try:
        with sessions() as session:
            accounts.add_user(session, name, accounts.OPERATOR, password, actor="test")
    finally:
        engine.dispose()
    with httpx.Client(base_url=central.url, timeout=10) as web:
        form = web.get("/backoffice/login").text
        csrf = re.search(r'name="csrf" value="([^"]+)"', form)
        assert csrf is not None
        login = {"csrf": csrf.group(1), "username": name, "password": password}
        assert web.post("/backoffice/login", data=login).status_code == 303
        page = web.get("/backoffice/messages")
    assert page.status_code == 200
    return page.text


def test_a_code_is_never_shown_in_the_back_office_nor_kept_with_no_gateway(
    tmp_path: Path, database_url: str
) -> None:
    """No SMS gateway configured (development, ``dev``): the code is still no staff member's to read,
    neither while its message waits nor once it is handled."""
    server = CentralServer(tmp_path, database_url=database_url)
    # No gateway; no dispatcher in the server, so that the message waits until this test handles it.
    server.env.update(
        {"CENTRAL_SMS_URL": "", "CENTRAL_DISPATCH": "off", "CENTRAL_DEMO_SHOW_CODES": "off"}
    )
    with server as central:
        cid = _challenge(central, "5ZK2M8P").json()["id"]
        code = central.identity_code(cid)
        waiting = _messages_page(central)
        assert CODE_SENT_TEXT in waiting and code not in waiting
        engine, sessions = open_db(central.database_url)
        try:
            assert Dispatcher(sessions, NotifyConfig()).run_once() == 1
            with sessions() as session:
                row = session.scalars(
                    select(Notification).where(Notification.event_key == f"code:{cid}")
                ).one()
        finally:
            engine.dispose()
        assert row.state == "dev" and code not in row.text and row.text == CODE_SENT_TEXT
        assert code not in _messages_page(central)
        # The applicant's code works all the same.
        assert _verify(central, cid, "5ZK2M8P", code).status_code == 200


def test_a_demonstration_central_shows_its_codes_and_says_so(
    tmp_path: Path, database_url: str
) -> None:
    """``make run``'s local central has no SMS gateway: with ``CENTRAL_DEMO_SHOW_CODES=on`` (which
    kiosk/local_central.py sets) the code kept as ``dev`` stays on the Messages page, so the code step
    can be completed, and the server says at its start that it is a demonstration."""
    from kiosk.local_central import LocalCentral

    assert LocalCentral(tmp_path / "local", "K")._env()["CENTRAL_DEMO_SHOW_CODES"] == "on"
    server = CentralServer(tmp_path / "demo", database_url=database_url)
    server.env.update({"CENTRAL_SMS_URL": "", "CENTRAL_DEMO_SHOW_CODES": "on"})
    with server as central:
        cid = _challenge(central, "5ZK2M8P").json()["id"]
        engine, sessions = open_db(central.database_url)

        def state() -> str:
            with sessions() as session:
                return session.scalars(
                    select(Notification.state).where(Notification.event_key == f"code:{cid}")
                ).one()

        try:
            deadline = time.monotonic() + 20
            while state() != "dev":  # the server's own dispatcher keeps it as dev
                assert time.monotonic() < deadline
                time.sleep(0.1)
        finally:
            engine.dispose()
        code = central.identity_code(cid)
        assert code in _messages_page(central)
        assert _verify(central, cid, "5ZK2M8P", code).status_code == 200
    log = central.log_path.read_text(encoding="utf-8", errors="replace")
    assert "CENTRAL_DEMO_SHOW_CODES=on" in log and "demonstration only" in log


def test_each_code_asked_is_an_audited_look_up(central: CentralServer) -> None:
    from central.db import LookupAudit

    before = _audit_rows(central)
    assert _challenge(central, "8WX5FZA").status_code == 201
    assert _challenge(central, "1AAAAAA").status_code == 404
    new = _audit_rows(central)[len(before) :]
    assert [(r.kind, r.outcome, r.token_name) for r in new] == [
        ("person", "found", central.kiosk_id),
        ("person", "not_found", central.kiosk_id),
    ]
    assert all("8WX5FZA" not in str(v) for r in new for v in r._mapping.values())
    assert LookupAudit.__tablename__ == "lookup_audit"


def _audit_rows(central: CentralServer) -> list:  # type: ignore[type-arg]
    from central.db import LookupAudit

    engine = make_engine(central.database_url)
    try:
        with engine.connect() as conn:
            return list(conn.execute(select(LookupAudit).order_by(LookupAudit.id)).all())
    finally:
        engine.dispose()
