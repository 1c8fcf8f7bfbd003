"""The applicant is told of their application by SMS and e-mail (guide 001, 3; guide 002, 6): exactly
one of each per event, in their language, with the tracking code and the status link and nothing
personal — through a real HTTP gateway and a real SMTP server on 127.0.0.1, a real central that is
killed and restarted, and the ``central advance`` and ``central dispatch`` commands
(docs/NOTIFICATIONS.md)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default as default_policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import requests
from aiosmtpd.controller import Controller
from sqlalchemy import select

from central import texts
from central.config import REPO_ROOT
from central.db import Notification, make_engine
from central.notify import messages, outbox
from central.notify.config import NotifyConfig
from central.notify.dispatcher import Dispatcher
from central.testing import CentralServer, free_port, sample_answers, sample_submission
from kiosk.core import services

PUBLIC_URL = "https://status.example.az"


# -- a real SMS gateway and a real SMTP server on loopback -------------------------------------------
class SmsSink:
    """An HTTP SMS gateway on 127.0.0.1 that records every request. ``fail_next(n)`` answers the next
    n requests 500; ``hold()`` keeps requests unanswered until ``release()``. Like a gateway keeping the
    keys it has seen, ``delivered`` holds each Idempotency-Key's first accepted message once."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.lock = threading.Lock()
        self.failures = 0
        self.answer = 200
        self.released = threading.Event()
        self.released.set()
        self.arrived = threading.Event()
        sink = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                sink.arrived.set()
                sink.released.wait(60)
                with sink.lock:
                    status = 500 if sink.failures > 0 else sink.answer
                    sink.failures = max(0, sink.failures - 1)
                    sink.requests.append(
                        {
                            "key": self.headers.get("Idempotency-Key"),
                            "auth": self.headers.get("Authorization"),
                            "status": status,
                            **body,
                        }
                    )
                try:
                    self.send_response(status)
                    self.send_header("Content-Length", "2")
                    self.end_headers()
                    self.wfile.write(b"{}")
                except OSError:
                    pass  # the central died while it waited: the message was accepted all the same

            def log_message(self, *_args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/sms"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def fail_next(self, n: int) -> None:
        with self.lock:
            self.failures = n

    def hold(self) -> None:
        self.arrived.clear()
        self.released.clear()

    def release(self) -> None:
        self.released.set()

    def accepted(self) -> list[dict[str, Any]]:
        with self.lock:
            return [r for r in self.requests if r["status"] == 200]

    def delivered(self) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        for r in self.accepted():
            found.setdefault(r["key"], r)
        return found

    def close(self) -> None:
        self.released.set()
        self.server.shutdown()
        self.server.server_close()


class MailSink:
    """An SMTP server on 127.0.0.1 (aiosmtpd) keeping every message it is given."""

    def __init__(self) -> None:
        self.messages: list[tuple[list[str], EmailMessage]] = []
        sink = self

        class Handler:
            async def handle_DATA(self, _server: Any, _session: Any, envelope: Any) -> str:
                parsed = message_from_bytes(envelope.original_content, policy=default_policy)
                assert isinstance(parsed, EmailMessage)
                sink.messages.append((list(envelope.rcpt_tos), parsed))
                return "250 OK"

        self.controller = Controller(Handler(), hostname="127.0.0.1", port=free_port())
        self.controller.start()
        self.url = f"smtp://127.0.0.1:{self.controller.port}"

    def close(self) -> None:
        self.controller.stop()


@pytest.fixture
def sms() -> Iterator[SmsSink]:
    sink = SmsSink()
    yield sink
    sink.close()


@pytest.fixture
def mail() -> Iterator[MailSink]:
    sink = MailSink()
    yield sink
    sink.close()


def notify_env(sms: SmsSink | None, mail: MailSink | None, **more: str) -> dict[str, str]:
    env = {
        "CENTRAL_PUBLIC_URL": PUBLIC_URL,
        "CENTRAL_MAIL_FROM": "no-reply@central.example.az",
        "CENTRAL_NOTIFY_POLL_S": "0.05",
        "CENTRAL_NOTIFY_RETRY_BASE_S": "0.05",
        "CENTRAL_NOTIFY_RETRY_MAX_S": "0.5",
        **more,
    }
    if sms is not None:
        env["CENTRAL_SMS_URL"] = sms.url
        env["CENTRAL_SMS_TOKEN"] = "gateway-token"
    if mail is not None:
        env["CENTRAL_SMTP_URL"] = mail.url
    return env


def started(tmp_path: Path, database_url: str, env: dict[str, str]) -> CentralServer:
    """A central with ``env`` in its environment; ``with`` starts it."""
    server = CentralServer(tmp_path, database_url=database_url)
    server.env.update(env)
    return server


# -- helpers ------------------------------------------------------------------------------------------
def wait_until(check: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError("not reached in time")
        time.sleep(0.05)


def rows(database_url: str) -> list[Notification]:
    engine = make_engine(database_url)
    try:
        with engine.connect() as conn:
            found = conn.execute(select(Notification).order_by(Notification.id)).all()
    finally:
        engine.dispose()
    return [r for r in found]  # type: ignore[misc]


def all_settled(database_url: str) -> bool:
    found = rows(database_url)
    return bool(found) and all(r.state in ("sent", "failed", "dev") for r in found)


def submit(central: CentralServer, service: str = "household", **changes: Any) -> dict[str, Any]:
    body = sample_submission(service, **changes)
    answer = requests.post(
        central.url + "/api/v1/submissions",
        headers=central.headers(body["submission_id"]),
        json=body,
        timeout=30,
    )
    assert answer.status_code == 201, answer.text
    return body


def move_by_api(central: CentralServer, code: str) -> str:
    view = requests.get(
        f"{central.url}/api/v1/admin/applications/{code}",
        headers=central.admin_headers(),
        timeout=30,
    ).json()
    status = next(s for s in view["allowed_next"] if s != "rejected")
    answer = requests.post(
        f"{central.url}/api/v1/admin/applications/{code}/status",
        headers=central.admin_headers(),
        json={"status": status},
        timeout=30,
    )
    assert answer.status_code == 200, answer.text
    return status


def run_central(central: CentralServer, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **central.env, "PYTHONPATH": str(REPO_ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "central", *args, "--database-url", central.database_url],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def move_by_cli(central: CentralServer, code: str, service: str, current: str) -> str:
    status = next(s for s in services.get(service).allowed_next(current) if s != "rejected")
    done = run_central(central, "advance", code, status)
    assert done.returncode == 0, done.stderr
    return status


def personal_values(body: dict[str, Any]) -> list[str]:
    """What the applicant typed that no message may carry: FİN, names, address, subscriber data."""
    payload = body["payload"]
    keys = ("fin", "surname", "given_name", "patronymic", "address", "subscriber_code")
    return [str(payload[k]) for k in keys if payload.get(k)]


# -- the tests ----------------------------------------------------------------------------------------
def test_receipt_and_each_move_send_one_sms_and_one_email_in_the_applicants_language(
    tmp_path: Path, database_url: str, sms: SmsSink, mail: MailSink
) -> None:
    with started(tmp_path, database_url, notify_env(sms, mail)) as central:
        body = submit(central, "household", language="ru")
        code = body["tracking_code"]
        first = move_by_api(central, code)
        second = move_by_cli(central, code, "household", first)
        wait_until(lambda: all_settled(central.database_url))

        statuses = [services.get("household").initial_status, first, second]
        texts_sent = sms.accepted()
        assert len(texts_sent) == 3 and len(sms.requests) == 3
        assert len({r["key"] for r in texts_sent}) == 3
        assert len(mail.messages) == 3
        assert len({m["Message-ID"] for _, m in mail.messages}) == 3
        link = f"{PUBLIC_URL}/t/{code}"
        secrets = personal_values(body)
        for status, request, (rcpt, message) in zip(
            statuses, texts_sent, mail.messages, strict=True
        ):
            assert request["to"] == "+994501234567"
            assert request["auth"] == "Bearer gateway-token"
            assert code in request["text"] and link in request["text"]
            assert texts.status_name(status, "ru") in request["text"]
            assert texts.service_name("household", "ru") in request["text"]
            assert messages.sms_parts(request["text"]) <= 3
            assert rcpt == ["gulsen@example.az"]
            content = message.get_content()
            assert code in content and link in content and code in message["Subject"]
            assert texts.status_name(status, "ru") in content
            assert "Статус" in content and "Status" not in content  # Russian, not English
            for secret in secrets:
                assert secret not in request["text"] and secret not in content
        assert (
            texts.text("Notification", messages.RECEIVED, "ru") in mail.messages[0][1].get_content()
        )

        stored = rows(central.database_url)
        assert sorted((r.channel, r.state, r.attempts) for r in stored) == sorted(
            [("sms", "sent", 1)] * 3 + [("email", "sent", 1)] * 3
        )
        assert {r.event_key for r in stored if r.channel == "sms"} == {r["key"] for r in texts_sent}
        log = central.log_path.read_text(encoding="utf-8", errors="replace")
        assert "+994501234567" not in log and "gulsen@example.az" not in log


def test_a_gateway_failing_three_times_delivers_the_sms_once(
    tmp_path: Path, database_url: str, sms: SmsSink
) -> None:
    sms.fail_next(3)
    with started(tmp_path, database_url, notify_env(sms, None)) as central:
        submit(central, "household")
        wait_until(lambda: all_settled(central.database_url))
        assert [r["status"] for r in sms.requests] == [500, 500, 500, 200]
        assert len({r["key"] for r in sms.requests}) == 1  # every try under the same key
        assert len(sms.accepted()) == 1
        by_channel = {r.channel: r for r in rows(central.database_url)}
        assert (by_channel["sms"].state, by_channel["sms"].attempts) == ("sent", 4)
        assert by_channel["email"].state == "dev"  # no SMTP configured: kept, not sent


def test_a_central_killed_while_sending_loses_nothing_and_sends_nothing_twice(
    tmp_path: Path, database_url: str, sms: SmsSink, mail: MailSink
) -> None:
    env = notify_env(sms, mail, CENTRAL_NOTIFY_LEASE_S="6")
    with started(tmp_path, database_url, env) as central:
        sms.hold()  # the gateway takes the first SMS and does not answer yet
        bodies = [submit(central, service) for service in ("household", "business", "prosumer")]
        assert sms.arrived.wait(30)
        central.kill()  # SIGKILL while the first SMS is in flight
        sms.release()  # the gateway accepted it (and answers a dead connection)
        # While the central is down, staff move an application with the command.
        moved = move_by_cli(central, bodies[1]["tracking_code"], "business", "received")
        central.restart()
        wait_until(lambda: all_settled(central.database_url))

        stored = rows(central.database_url)
        assert all(r.state == "sent" for r in stored)
        sms_keys = [r.event_key for r in stored if r.channel == "sms"]
        assert len(sms_keys) == 4  # three receipts and one move
        delivered = sms.delivered()
        assert set(delivered) == set(sms_keys)  # nothing lost
        raw: dict[str, int] = {}
        for r in sms.accepted():
            raw[r["key"]] = raw.get(r["key"], 0) + 1
        # The SMS in flight at the kill is sent again under its key once its lease ended (at least
        # once, the gateway drops the repeat); every other message exactly once.
        in_flight = sms.requests[0]["key"]
        assert raw.pop(in_flight) == 2
        assert set(raw.values()) == {1}
        assert len(mail.messages) == 4
        assert len({m["Message-ID"] for _, m in mail.messages}) == 4
        move_text = next(
            r["text"] for r in sms.accepted() if r["key"] == sms_keys[-1]
        )  # the move made while the central was down
        assert texts.status_name(moved, "az") in move_text


def test_a_landline_gets_no_sms_but_the_email(
    tmp_path: Path, database_url: str, sms: SmsSink, mail: MailSink
) -> None:
    with started(tmp_path, database_url, notify_env(sms, mail)) as central:
        body = sample_submission("water_reading")
        body["payload"]["mobile"] = "+994124930000"  # a Baku landline (guide 002, 4 allows one)
        answer = requests.post(
            central.url + "/api/v1/submissions",
            headers=central.headers(body["submission_id"]),
            json=body,
            timeout=30,
        )
        assert answer.status_code == 201, answer.text
        wait_until(lambda: all_settled(central.database_url))
        assert [r.channel for r in rows(central.database_url)] == ["email"]
        assert sms.requests == []
        assert len(mail.messages) == 1


def test_without_gateways_messages_are_kept_as_dev(tmp_path: Path, database_url: str) -> None:
    env = notify_env(None, None)
    del env["CENTRAL_PUBLIC_URL"]  # development: the links lead to the server itself
    with started(tmp_path, database_url, env) as central:
        body = submit(central, "water_reading", language="en")
        wait_until(lambda: all_settled(central.database_url))
        stored = rows(central.database_url)
        assert sorted((r.channel, r.state) for r in stored) == [("email", "dev"), ("sms", "dev")]
        sms_row = next(r for r in stored if r.channel == "sms")
        assert sms_row.recipient == "+994771234567" and sms_row.language == "en"
        assert body["tracking_code"] in sms_row.text and "Received" in sms_row.text
        assert f"{central.url}/t/{body['tracking_code']}" in sms_row.text
        log = central.log_path.read_text(encoding="utf-8", errors="replace")
        assert "kept as 'dev'" in log


def test_central_dispatch_once_sends_what_a_central_without_dispatcher_wrote(
    tmp_path: Path, database_url: str, sms: SmsSink, mail: MailSink
) -> None:
    env = notify_env(sms, mail, CENTRAL_DISPATCH="off")
    with started(tmp_path, database_url, env) as central:
        submit(central, "household")
        submit(central, "water_reading")
        assert {r.state for r in rows(central.database_url)} == {"pending"}
        done = run_central(central, "dispatch", "--once")
        assert done.returncode == 0, done.stderr
        assert "4 message(s) handled" in done.stdout
        assert {r.state for r in rows(central.database_url)} == {"sent"}
        assert len(sms.accepted()) == 2 and len(mail.messages) == 2


def test_dispatchers_side_by_side_never_send_one_message_twice(
    tmp_path: Path, database_url: str, sms: SmsSink
) -> None:
    env = notify_env(sms, None, CENTRAL_DISPATCH="off")
    with started(tmp_path, database_url, env) as central:
        for _ in range(8):
            submit(central, "business")
        config = NotifyConfig(sms_url=sms.url, public_url=PUBLIC_URL, lease_s=60)
        engine = make_engine(central.database_url, pool_size=4, max_overflow=4)
        from sqlalchemy.orm import sessionmaker

        sessions = sessionmaker(engine, expire_on_commit=False)
        workers = [threading.Thread(target=Dispatcher(sessions, config).run_once) for _ in range(4)]
        try:
            for w in workers:
                w.start()
            for w in workers:
                w.join(120)
        finally:
            engine.dispose()
        stored = rows(central.database_url)
        sms_rows = [r for r in stored if r.channel == "sms"]
        assert len(sms_rows) == 8 and all(r.state == "sent" for r in sms_rows)
        assert all(r.attempts == 1 for r in sms_rows)
        keys = [r["key"] for r in sms.accepted()]
        assert len(keys) == 8 and set(keys) == {r.event_key for r in sms_rows}


def test_a_refused_message_fails_for_good_and_the_log_masks_its_recipient(
    tmp_path: Path, database_url: str, sms: SmsSink
) -> None:
    sms.answer = 400
    with started(tmp_path, database_url, notify_env(sms, None)) as central:
        submit(central, "household")
        wait_until(lambda: all_settled(central.database_url))
        row = next(r for r in rows(central.database_url) if r.channel == "sms")
        assert (row.state, row.attempts, row.last_error) == ("failed", 1, "gateway answered 400")
        assert len(sms.requests) == 1
        log = central.log_path.read_text(encoding="utf-8", errors="replace")
        assert "failed for good" in log and "…67" in log
        assert "+994501234567" not in log and "501234567" not in log


@pytest.mark.parametrize(
    ("name", "value", "says"),
    [
        ("CENTRAL_SMS_URL", "ftp://gateway.example.az/sms", "CENTRAL_SMS_URL must be an https://"),
        ("CENTRAL_SMS_URL", "http://gateway.example.az/sms", "CENTRAL_SMS_URL must be an https://"),
        ("CENTRAL_SMTP_URL", "imap://mail.example.az", "CENTRAL_SMTP_URL must be smtp://"),
        ("CENTRAL_PUBLIC_URL", "status.example.az", "CENTRAL_PUBLIC_URL='status.example.az'"),
        ("CENTRAL_NOTIFY_LEASE_S", "soon", "CENTRAL_NOTIFY_LEASE_S='soon' is not a number"),
        ("CENTRAL_DEMO_SHOW_CODES", "yes", "CENTRAL_DEMO_SHOW_CODES='yes' must be on or off"),
    ],
)
@pytest.mark.parametrize("command", ["serve", "dispatch"])
def test_a_bad_setting_stops_the_central_with_one_line(
    tmp_path: Path, command: str, name: str, value: str, says: str
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "central", command, "--database-url", f"sqlite:///{tmp_path}/c.db"],
        env={**os.environ, name: value, "PYTHONPATH": str(REPO_ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.startswith(f"central: {says}")
    assert len(done.stderr.strip().splitlines()) == 1


def test_every_sms_stays_within_three_parts_and_carries_no_personal_answer() -> None:
    code = "ABCD-EFGH-JKLM-NPQR"
    for service in services.all_services():
        personal = service.sensitive_names() - {"mobile", "email"}
        answers = {k: v for k, v in sample_answers(service.id).items() if k in personal}
        for status in service.statuses:
            for lang in texts.LANGUAGES:
                event = messages.Event(service.id, code, status, lang, received=False)
                text = messages.sms(event, PUBLIC_URL)
                assert messages.sms_parts(text) <= 3, text
                assert code in text and f"{PUBLIC_URL}/t/{code}" in text
                subject, mail_text = messages.email(event, PUBLIC_URL)
                for value in answers.values():
                    if isinstance(value, str) and value:
                        assert value not in text and value not in mail_text
                        assert value not in subject


def test_the_recipients_come_from_the_definitions_notify_fields() -> None:
    assert outbox.recipients("water_reading", {"mobile": "050 123 45 67", "email": "a@b.az"}) == {
        "sms": "+994501234567",
        "email": "a@b.az",
    }
    assert outbox.recipients("water_reading", {"mobile": "012 493 00 00"}) == {}
    fields = {f.name: f.notify for f in services.get("household").fields()}
    assert fields["mobile"] == "sms" and fields["email"] == "email"
    assert messages.sms_parts("a" * 160) == 1 and messages.sms_parts("ə" * 71) == 2


def test_a_rejection_carries_its_reason_in_the_applicants_language() -> None:
    from central import reasons

    reason = reasons.ids()[0]
    event = messages.Event("household", "ABCD-EFGH-JKLM-NPQR", "rejected", "ru", False, reason)
    wording = reasons.text(reason, "ru")
    assert wording and wording != reasons.text(reason, "en")
    sms = messages.sms(event, PUBLIC_URL)
    assert wording.rstrip(".") in sms and ".." not in sms
    assert wording in messages.email(event, PUBLIC_URL)[1]


def test_an_identity_code_goes_by_sms_and_its_text_is_not_kept(
    tmp_path: Path, database_url: str, sms: SmsSink, mail: MailSink
) -> None:
    import re

    with started(tmp_path, database_url, notify_env(sms, mail)) as central:
        asked = requests.post(
            central.url + "/api/v1/identity/challenges",
            json={"kind": "person", "key": "5ZK2M8P", "language": "ru"},
            headers=central.headers(),
            timeout=10,
        )
        assert asked.status_code == 201, asked.text
        wait_until(lambda: all_settled(central.database_url))
        (request,) = [r for r in sms.accepted() if r["key"].startswith("code:")]
        assert request["to"] == "+994501234567"  # the registry's number, not a typed one
        found = re.search(r"\b(\d{6})\b", request["text"])
        assert found is not None and "5ZK2M8P" not in request["text"]
        (stored,) = [r for r in rows(central.database_url) if r.event_key.startswith("code:")]
        assert stored.state == "sent" and found.group(1) not in stored.text
        assert not mail.messages  # a code goes by SMS only
        done = requests.post(
            f"{central.url}/api/v1/identity/challenges/{asked.json()['id']}/verify",
            json={"kind": "person", "key": "5ZK2M8P", "code": found.group(1)},
            headers=central.headers(),
            timeout=10,
        )
        assert done.status_code == 200 and done.json()["record"]["surname"] == "Məmmədov"
