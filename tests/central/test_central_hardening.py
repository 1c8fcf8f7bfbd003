"""The central's findings of the attack run (issue 15), each reproduced against a real server on both
databases: well-formed but hostile JSON is a 422, never a 500; Idempotency-Keys in any spelling are
one key; a wrong token is refused before its body is read; revoked and expired tokens are refused at
once by every worker; look-ups are limited per token and audited without the key in clear; forwarded
headers count only from a configured proxy."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import socket
import subprocess
import sys
import uuid
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import select
from sqlalchemy.engine import make_url

from central import auth, registry
from central.config import REPO_ROOT
from central.db import LookupAudit, make_engine, open_db, utcnow
from central.testing import CentralServer, sample_submission

TIMEOUT = 10
PLACEHOLDER = '"__HOSTILE__"'
# A subscriber code: a look-up that answers without an identity code, limited and audited like all.
FIN = next(iter(registry.load()["azerishiq_subscribers"]))

# Each well-formed JSON text that once reached a 500 (or that JSON does not have), and its 422 code.
HOSTILE = {
    "nested_990": ("[" * 990 + "]" * 990, "too_deep"),
    "nested_100k": ("[" * 100_000 + "]" * 100_000, "too_deep"),
    "objects_990": ('{"a":' * 990 + "1" + "}" * 990, "too_deep"),
    "integer_5000_digits": ("9" * 5000, "number_too_long"),
    "negative_integer_5000_digits": ("-" + "9" * 5000, "number_too_long"),
    "lone_surrogate": ('"A\\ud800B"', "invalid_unicode"),
    "lone_surrogate_key": ('{"A\\udfffB": 1}', "invalid_unicode"),
    "nan": ("NaN", "not_finite"),
    "infinity": ("-Infinity", "not_finite"),
    "overflowing_float": ("1e999", "not_finite"),
}


def hostile_submission(text: str) -> tuple[str, bytes]:
    body = sample_submission()
    body["payload"]["note"] = "__HOSTILE__"
    raw = json.dumps(body, ensure_ascii=False).replace(PLACEHOLDER, text, 1)
    return body["submission_id"], raw.encode("utf-8")


def assert_no_traceback(server: CentralServer) -> None:
    log = server.log_path.read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in log, log[-3000:]


def cli(server: CentralServer, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "central", *args, "--database-url", server.database_url],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def new_token(server: CentralServer, name: str, *extra: str) -> str:
    done = cli(server, "token", "create", name, *extra)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, new_database: Any) -> Iterator[CentralServer]:
    with CentralServer(tmp_path_factory.mktemp("hardening"), database_url=new_database()) as one:
        yield one


# -- hostile JSON ---------------------------------------------------------------------------------
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_json_in_a_submission_is_422(server: CentralServer, name: str) -> None:
    text, code = HOSTILE[name]
    key, raw = hostile_submission(text)
    answer = requests.post(
        server.url + "/api/v1/submissions",
        data=raw,
        headers={**server.headers(key), "Content-Type": "application/json"},
        timeout=TIMEOUT,
    )
    assert answer.status_code == 422, answer.text
    assert answer.json()["detail"] == {"code": "invalid_payload", "errors": {"body": code}}
    assert key not in server.count_by_key()
    assert_no_traceback(server)


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_json_on_the_admin_route_is_422(server: CentralServer, name: str) -> None:
    text, code = HOSTILE[name]
    raw = ('{"status": "in_review", "note": ' + text + "}").encode("utf-8")
    answer = requests.post(
        server.url + "/api/v1/admin/applications/K7QM-3XWD-9RTB-HN2F/status",
        data=raw,
        headers={**server.admin_headers(), "Content-Type": "application/json"},
        timeout=TIMEOUT,
    )
    assert answer.status_code == 422, answer.text
    assert answer.json()["detail"] == {"code": "invalid_payload", "errors": {"body": code}}
    assert_no_traceback(server)


# The routes whose bodies FastAPI reads (identity codes, heartbeats, ratings): the same strict JSON, and
# the token before a byte of the body.
FASTAPI_BODIES = ("/api/v1/identity/challenges", "/api/v1/heartbeat", "/api/v1/ratings")


@pytest.mark.parametrize("path", FASTAPI_BODIES)
@pytest.mark.parametrize(
    "name", ["nested_100k", "integer_5000_digits", "lone_surrogate_key", "nan"]
)
def test_hostile_json_on_every_kiosk_route_is_422(
    server: CentralServer, path: str, name: str
) -> None:
    text, code = HOSTILE[name]
    answer = requests.post(
        server.url + path,
        data=('{"kind": ' + text + "}").encode("utf-8"),
        headers={**server.headers(), "Content-Type": "application/json"},
        timeout=TIMEOUT,
    )
    # A small route's size limit may come first (413 too_large); else the strict JSON's 422.
    assert answer.status_code in (413, 422), answer.text
    if answer.status_code == 422:
        assert answer.json()["detail"] == {"code": "invalid_payload", "errors": {"body": code}}
    else:
        assert answer.json()["detail"] == {"code": "too_large"}
    refused = requests.post(
        server.url + path,
        data=('{"kind": ' + text + "}").encode("utf-8"),
        headers={**bearer("nope"), "Content-Type": "application/json"},
        timeout=TIMEOUT,
    )
    assert refused.status_code == 401
    assert_no_traceback(server)


def test_admin_body_of_the_wrong_shape_is_a_field_error(server: CentralServer) -> None:
    answer = requests.post(
        server.url + "/api/v1/admin/applications/K7QM-3XWD-9RTB-HN2F/status",
        json={"note": "no status"},
        headers=server.admin_headers(),
        timeout=TIMEOUT,
    )
    assert answer.status_code == 422
    assert answer.json()["detail"] == {"code": "invalid_payload", "errors": {"status": "missing"}}


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/lookup/azerishiq/%ED%A0%80",
        "/api/v1/lookup/azerishiq/A%ED%A0%80B",
        "/api/v1/lookup/grid?district=%ED%A0%80&property_registry_number=%00",
        "/api/v1/status/%ED%A0%80",
        "/t/%ED%A0%80",
    ],
)
def test_hostile_text_in_urls_is_never_a_500(server: CentralServer, path: str) -> None:
    answer = requests.get(server.url + path, headers=server.headers(), timeout=TIMEOUT)
    assert answer.status_code in (404, 422), answer.text
    assert_no_traceback(server)


# -- Idempotency-Keys ------------------------------------------------------------------------------
def test_a_key_in_any_spelling_is_one_submission_stored_canonical(server: CentralServer) -> None:
    key = uuid.uuid4()
    body = sample_submission(submission_id=str(key).upper())
    first = requests.post(
        server.url + "/api/v1/submissions",
        json=body,
        headers=server.headers(str(key).upper()),
        timeout=TIMEOUT,
    )
    assert first.status_code == 201, first.text
    for spelling in (key.hex, key.hex.upper(), str(key), "{" + str(key) + "}", key.urn):
        again = requests.post(
            server.url + "/api/v1/submissions",
            json={**body, "submission_id": spelling},
            headers=server.headers(spelling),
            timeout=TIMEOUT,
        )
        assert again.status_code == 200, (spelling, again.text)
        assert again.json()["duplicate"] is True
        assert again.json()["tracking_code"] == first.json()["tracking_code"]
    counts = server.count_by_key()
    assert counts[str(key)] == 1
    assert not [k for k in counts if k.replace("-", "").lower() == key.hex and k != str(key)]


def test_header_and_body_keys_must_name_the_same_uuid(server: CentralServer) -> None:
    body = sample_submission()
    answer = requests.post(
        server.url + "/api/v1/submissions",
        json=body,
        headers=server.headers(str(uuid.uuid4()).upper()),
        timeout=TIMEOUT,
    )
    assert answer.status_code == 422
    assert answer.json()["detail"]["errors"] == {"submission_id": "key_mismatch"}


# -- the token before the body -----------------------------------------------------------------
def raw_post(server: CentralServer, path: str, token: str, length: int, sent: bytes) -> bytes:
    """POST announcing ``length`` bytes of body but sending only ``sent``: a server that reads the body
    before the token waits for the rest (and the read below times out); one that checks the token
    first answers at once."""
    head = (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\n"
        f"Content-Type: application/json\r\nIdempotency-Key: {uuid.uuid4()}\r\n"
        f"Content-Length: {length}\r\n\r\n"
    ).encode("ascii")
    with socket.create_connection(("127.0.0.1", server.port), timeout=TIMEOUT) as sock:
        sock.sendall(head + sent)
        answer = b""
        while b"\r\n\r\n" not in answer:
            chunk = sock.recv(65536)
            if not chunk:
                break
            answer += chunk
    return answer


@pytest.mark.parametrize(
    "path", ["/api/v1/admin/applications/K7QM-3XWD-9RTB-HN2F/status", "/api/v1/submissions"]
)
def test_a_wrong_token_is_refused_before_the_body_is_read(server: CentralServer, path: str) -> None:
    answer = raw_post(server, path, "wrong-token", 1024 * 1024, b"\xff" * 1000)
    assert answer.startswith(b"HTTP/1.1 401"), answer[:200]
    full = requests.post(
        server.url + path,
        data=os.urandom(1024 * 1024),
        headers={**bearer("wrong-token"), "Content-Type": "application/json"},
        timeout=TIMEOUT,
    )
    assert full.status_code == 401
    assert full.json()["detail"] == {"code": "unauthorized"}
    assert_no_traceback(server)


# -- token revocation and expiry -------------------------------------------------------------------
def lookup(server: CentralServer, token: str, fin: str = FIN) -> requests.Response:
    # A new connection each time, so that the requests spread over the workers.
    with requests.Session() as session:
        return session.get(
            f"{server.url}/api/v1/lookup/azerishiq/{fin}", headers=bearer(token), timeout=TIMEOUT
        )


def test_a_revoked_token_is_refused_at_once_by_every_worker(
    tmp_path: Path, database_url: str
) -> None:
    # Two worker processes each import the whole application: on a loaded machine that takes a while.
    with CentralServer(
        tmp_path, database_url=database_url, extra_args=["--workers", "2"], startup_timeout=120
    ) as server:
        token = new_token(server, "K-REVOKED")
        other = new_token(server, "K-KEPT")
        assert [lookup(server, token).status_code for _ in range(6)] == [200] * 6
        listed = cli(server, "token", "list")
        assert listed.returncode == 0
        row = next(line for line in listed.stdout.splitlines() if "\tK-REVOKED\t" in line)
        assert row.split("\t")[1] == "kiosk" and row.endswith("\tactive")
        assert token not in listed.stdout and auth.token_sha256(token) not in listed.stdout

        done = cli(server, "token", "revoke", "K-REVOKED")
        assert done.returncode == 0, done.stderr
        refused = [lookup(server, token) for _ in range(20)]
        assert {r.status_code for r in refused} == {401}
        assert {r.json()["detail"]["code"] for r in refused} == {"token_revoked"}
        assert lookup(server, other).status_code == 200
        row = next(
            line for line in cli(server, "token", "list").stdout.splitlines() if "K-REVOKED" in line
        )
        assert row.endswith("\trevoked")
        # By id as well; a second revocation finds nothing left to revoke.
        other_id = next(
            line.split("\t")[0]
            for line in cli(server, "token", "list").stdout.splitlines()
            if "\tK-KEPT\t" in line
        )
        assert cli(server, "token", "revoke", other_id).returncode == 0
        assert lookup(server, other).json()["detail"]["code"] == "token_revoked"
        assert cli(server, "token", "revoke", "K-REVOKED").returncode == 1
        assert_no_traceback(server)


def test_an_expired_token_is_refused(server: CentralServer) -> None:
    lasting = new_token(server, "K-LASTING", "--expires-days", "30")
    assert lookup(server, lasting).status_code == 200
    engine, sessions = open_db(server.database_url)
    try:
        with sessions() as session:
            expired = auth.create_token(
                session, auth.KIOSK, "K-EXPIRED", expires_at=utcnow() - timedelta(seconds=1)
            )
            admin = auth.create_token(
                session, auth.ADMIN, "A-EXPIRED", expires_at=utcnow() - timedelta(seconds=1)
            )
    finally:
        engine.dispose()
    answer = lookup(server, expired)
    assert answer.status_code == 401
    assert answer.json()["detail"] == {"code": "token_expired"}
    advance = requests.post(
        server.url + "/api/v1/admin/applications/K7QM-3XWD-9RTB-HN2F/status",
        json={"status": "in_review"},
        headers=bearer(admin),
        timeout=TIMEOUT,
    )
    assert advance.status_code == 401
    assert advance.json()["detail"] == {"code": "token_expired"}
    listed = cli(server, "token", "list").stdout
    assert next(line for line in listed.splitlines() if "K-EXPIRED" in line).endswith("\texpired")
    assert next(line for line in listed.splitlines() if "K-LASTING" in line).endswith("\tactive")


def test_token_create_refuses_a_bad_expiry(server: CentralServer) -> None:
    done = cli(server, "token", "create", "K-NEVER", "--expires-days", "0")
    assert done.returncode == 2 and "expires-days" in done.stderr


# -- look-ups: limit and audit ---------------------------------------------------------------------
def test_lookups_are_limited_per_token_and_audited_without_the_key(
    tmp_path: Path, database_url: str
) -> None:
    with CentralServer(
        tmp_path, database_url=database_url, lookup_rate_limit=5, lookup_rate_window=86400
    ) as server:
        token = new_token(server, "K-BUSY")
        answers = [lookup(server, token) for _ in range(8)]
        assert [a.status_code for a in answers] == [200] * 5 + [429] * 3
        assert answers[-1].json()["detail"] == {"code": "rate_limited"}
        assert 1 <= int(answers[-1].headers["Retry-After"]) <= 86400
        # Another kiosk's token has a count of its own.
        assert lookup(server, server.token).status_code == 200
        assert lookup(server, server.token, "0000000").status_code == 404
        secret = (tmp_path / "var" / "central-secret.key").read_bytes()
        assert len(secret) == 32
        assert (tmp_path / "var" / "central-secret.key").stat().st_mode & 0o077 == 0
        assert_no_traceback(server)

        engine = make_engine(server.database_url)
        try:
            with engine.connect() as connection:
                rows = connection.execute(select(LookupAudit).order_by(LookupAudit.id)).all()
        finally:
            engine.dispose()
        busy = [r for r in rows if r.token_name == "K-BUSY"]
        assert Counter(r.outcome for r in busy) == {"found": 5, "rate_limited": 3}
        assert {r.kind for r in rows} == {"azerishiq"}
        keyed = hmac.new(secret, f"azerishiq\x00{FIN}".encode(), hashlib.sha256).hexdigest()
        assert {r.key_hmac for r in busy} == {keyed}
        assert keyed != hashlib.sha256(FIN.encode()).hexdigest()
        assert [r.outcome for r in rows if r.token_name == server.kiosk_id] == [
            "found",
            "not_found",
        ]
        for row in rows:
            assert FIN not in " ".join(str(value) for value in row)
            assert hashlib.sha256(FIN.encode()).hexdigest() not in row.key_hmac
        server.stop()
        if database_url.startswith("sqlite"):
            path = Path(str(make_url(database_url).database))
            files = list(path.parent.glob(path.name + "*"))
            assert files
            for path in files:
                data = path.read_bytes()
                assert FIN.encode() not in data and FIN.lower().encode() not in data


# -- forwarded headers ---------------------------------------------------------------------------
def rotating_status_hits(server: CentralServer, count: int) -> Counter[int]:
    seen: Counter[int] = Counter()
    with requests.Session() as session:
        for n in range(count):
            forwarded = f"198.51.{n // 250}.{n % 250 + 1}"
            answer = session.get(
                server.url + "/api/v1/status/K7QM-3XWD-9RTB-HN2F",
                headers={"X-Forwarded-For": forwarded},
                timeout=TIMEOUT,
            )
            seen[answer.status_code] += 1
    return seen


def test_forwarded_headers_count_only_from_a_configured_proxy(
    tmp_path: Path, database_url: str
) -> None:
    limits = {"status_rate_limit": 50, "status_rate_window": 86400}
    with CentralServer(tmp_path / "direct", database_url=database_url, **limits) as direct:
        seen = rotating_status_hits(direct, 1000)
        assert seen == {404: 50, 429: 950}
    with CentralServer(
        tmp_path / "proxied",
        database_url=database_url,
        extra_args=["--forwarded-allow-ips", "127.0.0.1"],
        **limits,
    ) as proxied:
        seen = rotating_status_hits(proxied, 1000)
        assert seen == {404: 1000}
        # One forwarded client, whatever the proxies before ours claim, is still one client.
        one_client = Counter(
            requests.get(
                proxied.url + "/api/v1/status/K7QM-3XWD-9RTB-HN2F",
                headers={"X-Forwarded-For": f"10.9.{n}.1, 203.0.113.7"},
                timeout=TIMEOUT,
            ).status_code
            for n in range(60)
        )
        assert one_client == {404: 50, 429: 10}
        assert_no_traceback(proxied)


def test_the_upgrade_stores_older_keys_in_their_one_spelling(database_url: str) -> None:
    from alembic import command

    from central.db import Submission
    from central.migrate import alembic_config, upgrade

    engine = make_engine(database_url)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0003")
        key, taken = uuid.uuid4(), uuid.uuid4()
        spelled = {
            key.hex.upper(): str(key),  # stored before keys were canonical
            str(taken).upper(): str(taken).upper(),  # its canonical spelling is taken: kept
            str(taken): str(taken),
        }
        rows_engine, sessions = open_db(database_url)
        with sessions() as session:
            for n, stored in enumerate(spelled):
                now = utcnow()
                session.add(
                    Submission(
                        submission_id=stored,
                        tracking_code=f"CODE-{n}",
                        service="household",
                        kiosk_id="K",
                        token_name="K",
                        language="az",
                        body_sha256="0" * 64,
                        body_json="{}",
                        created_at=now,
                        status="received",
                    )
                )
            session.commit()
        rows_engine.dispose()
        upgrade(database_url)
        with engine.connect() as connection:
            found = set(connection.scalars(select(Submission.submission_id)))
    finally:
        engine.dispose()
    assert found == set(spelled.values())
