"""The central API client against real servers on 127.0.0.1 (the reference server, TLS, raw bytes)."""

from __future__ import annotations

import logging
import socket
import struct
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest
import requests
from api_helpers import CERTS, RawServer

from central.testing import CentralServer, free_port, sample_submission
from kiosk.api import (
    Accepted,
    ApiError,
    CentralClient,
    InsecureURLError,
    Rejected,
    RetryLater,
    parse_retry_after,
)


@pytest.fixture(scope="module")
def central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CentralServer]:
    with CentralServer(tmp_path_factory.mktemp("central")) as server:
        yield server


@pytest.fixture
def client(central: CentralServer) -> Iterator[CentralClient]:
    with CentralClient(central.url, central.token) as c:
        yield c


# ---------------------------------------------------------------------------------- plain http


@pytest.mark.parametrize(
    "url",
    [
        "http://192.0.2.10",
        "http://central.example.az:8000",
        "http://10.0.0.1",
        "http://127.0.0.1.example.az",
        "http://localhost:8000/",  # a name, which /etc/hosts may point anywhere
        "http://[2001:db8::1]:8000",
        "ftp://127.0.0.1",
        "127.0.0.1:8000",
        "https://",
    ],
)
def test_plain_http_refused_unless_loopback(url: str) -> None:
    with pytest.raises(InsecureURLError) as info:
        CentralClient(url, "token")
    assert info.value.message_id == "api.insecure_url"


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000",
        "http://127.8.9.10",
        "http://[::1]:8000",
        "https://central.example.az",
        "https://192.0.2.10:8443/base",
    ],
)
def test_loopback_http_and_any_https_accepted(url: str) -> None:
    CentralClient(url, "token").close()


# ------------------------------------------------------------------------------------- submit


def test_submit_answers_are_typed(client: CentralClient, central: CentralServer) -> None:
    body = sample_submission()
    key = body["submission_id"]
    first = client.submit(body, key)
    assert isinstance(first, Accepted) and not first.duplicate and first.reference
    assert first.tracking_code == body["tracking_code"]
    again = client.submit(body, key)
    assert again == Accepted(first.reference, first.tracking_code, first.status, duplicate=True)
    conflict = client.submit({**body, "language": "ru"}, key)
    assert isinstance(conflict, Rejected) and conflict.status == 409
    assert conflict.code == "idempotency_conflict"
    good = sample_submission()
    bad = sample_submission(payload={k: v for k, v in good["payload"].items() if k != "mobile"})
    invalid = client.submit(bad, bad["submission_id"])
    assert invalid == Rejected(422, "invalid_payload", "", {"payload.mobile": "required"})
    assert central.count_by_key()[key] == 1


def test_wrong_token_is_not_a_rejection_of_the_data(central: CentralServer) -> None:
    body = sample_submission()
    with CentralClient(central.url, "wrong-token") as wrong:
        result = wrong.submit(body, body["submission_id"])
    assert result == RetryLater("unauthorized", status=401)


def test_unreachable_server_is_retry_later(tmp_path: Path) -> None:
    with CentralClient(f"http://127.0.0.1:{free_port()}", "t", connect_retries=0) as dead:
        body = sample_submission()
        assert dead.submit(body, body["submission_id"]) == RetryLater("connection", transport=True)
        assert dead.healthz() is False
        with pytest.raises(ApiError) as info:
            dead.start_identity("person", "5ZK2M8P", "az")
        assert info.value.message_id == "api.unavailable"


# ----------------------------------------------------------------------------------- look-ups


def test_lookups_status_tariffs_health(client: CentralClient, central: CentralServer) -> None:
    challenge = client.start_identity("person", "5ZK2M8P", "az")
    assert challenge is not None and challenge["sent_to"].endswith("67")
    with pytest.raises(ApiError) as wrong:
        client.verify_identity(challenge["id"], "person", "5ZK2M8P", "abc")
    assert wrong.value.message_id == "identity.code_wrong" and wrong.value.detail == "4"
    code = central.identity_code(challenge["id"])
    person = client.verify_identity(challenge["id"], "person", "5ZK2M8P", code)
    assert person["fin"] == "5ZK2M8P" and person["surname"]
    with pytest.raises(ApiError) as used:
        client.verify_identity(challenge["id"], "person", "5ZK2M8P", code)
    assert used.value.message_id == "identity.code_expired"
    assert client.start_identity("person", "AAAAAAA", "az") is None
    with pytest.raises(ApiError) as no_mobile:
        client.start_identity("person", "9DE7TUV", "az")
    assert no_mobile.value.message_id == "identity.no_mobile"
    assert client.start_identity("azersu", "10234567", "ru") is not None
    assert client.start_identity("azersu", "99999999999", "ru") is None
    assert client.lookup_azerishiq("000000000000000") is None
    # Methodology 1.2.8: the distance to the nearest 0.4 kV transformer, by district and registry number.
    far = client.lookup_grid("qebele|QB-400500")
    assert far is not None and far["distance_m"] == 1250
    assert client.lookup_grid("seki|AB-123456")["distance_m"] == 120  # type: ignore[index]
    assert client.lookup_grid("seki|ZZ-000000") is None
    assert client.healthz() is True
    tariffs = client.tariffs_current()
    assert tariffs["id"] and "toml" in tariffs
    body = sample_submission()
    assert isinstance(client.submit(body, body["submission_id"]), Accepted)
    status = client.status(body["tracking_code"], "en")
    assert status is not None and status.status == "received" and status.timeline
    assert client.status("K7QM-3XWD-9RTB-HN2F") is None


def test_every_call_carries_an_explicit_timeout(client: CentralClient) -> None:
    seen: list[Any] = []
    original = client.session.request

    def spy(*args: Any, **kwargs: Any) -> requests.Response:
        seen.append(kwargs.get("timeout"))
        return original(*args, **kwargs)

    client.session.request = spy  # type: ignore[method-assign]
    body = sample_submission()
    calls: list[Callable[[], object]] = [
        lambda: client.submit(body, body["submission_id"]),
        lambda: client.status(body["tracking_code"]),
        lambda: client.start_identity("person", "7MNB3CD", "az"),
        lambda: client.lookup_azerishiq("000000000000000"),
        client.tariffs_current,
        client.healthz,
    ]
    for call in calls:
        call()
    assert len(seen) == len(calls)
    for timeout in seen:
        connect, read = timeout
        assert 0 < connect <= read <= 10


def test_token_and_personal_data_never_logged(
    client: CentralClient, central: CentralServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    body = sample_submission()
    client.submit(body, body["submission_id"])
    client.start_identity("person", "8WX5FZA", "az")
    client.start_identity("azersu", "10234567", "az")
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "identity/challenges" in logged  # the calls were logged ...
    for secret in (central.token, "8WX5FZA", "10234567", "+994505678901", "+994774567890"):
        assert secret not in logged  # ... without the token or personal data
    assert central.token not in repr(client)


# ------------------------------------------------------------------------- server faults


def _send(raw: bytes) -> Callable[[socket.socket, bytes], None]:
    return lambda sock, head: sock.sendall(raw)


def _reset(sock: socket.socket, head: bytes) -> None:
    sock.sendall(b'HTTP/1.1 201 Created\r\nContent-Length: 200\r\n\r\n{"refer')
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def _hang(sock: socket.socket, head: bytes) -> None:
    time.sleep(2)


@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        (
            _send(b"HTTP/1.1 201 Created\r\nContent-Length: 9\r\n\r\n\x00\xff{<html>"),
            "bad_response",
        ),
        (_send(b"HTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\n[]"), "bad_response"),
        (_send(b'HTTP/1.1 201 Created\r\nContent-Length: 100\r\n\r\n{"ref'), "bad_response:"),
        (_send(b"garbage that is not HTTP at all\r\n\r\n"), "connection"),
        (_send(b""), "connection"),
        (_reset, "bad_response:"),
        (_hang, "timeout"),
        (_send(b"HTTP/1.1 500 Oops\r\nContent-Length: 0\r\n\r\n"), "http_500"),
        (_send(b"HTTP/1.1 302 Found\r\nLocation: /x\r\nContent-Length: 0\r\n\r\n"), "bad_response"),
    ],
)
def test_garbage_truncated_or_silent_answers_are_retry_later(
    raw_server: Callable[..., RawServer],
    answer: Callable[[socket.socket, bytes], None],
    reason: str,
) -> None:
    server = raw_server(answer)
    with CentralClient(server.url, "t", timeout=0.5) as client:
        body = sample_submission()
        result = client.submit(body, body["submission_id"])
    assert isinstance(result, RetryLater) and result.reason.startswith(reason)
    assert len(server.requests) == 1  # a POST that reached the server is never resent here
    with CentralClient(server.url, "t", timeout=0.5) as client, pytest.raises(ApiError):
        client.start_identity("person", "5ZK2M8P", "az")


def test_rate_limit_carries_retry_after(raw_server: Callable[..., RawServer]) -> None:
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=90), usegmt=True)
    raw = f"HTTP/1.1 429 Slow\r\nRetry-After: {when}\r\nContent-Length: 0\r\n\r\n".encode()
    server = raw_server(_send(raw))
    with CentralClient(server.url, "t") as client:
        body = sample_submission()
        result = client.submit(body, body["submission_id"])
    assert isinstance(result, RetryLater) and result.reason == "http_429" and result.status == 429
    assert result.retry_after is not None and 80 < result.retry_after <= 90


def test_parse_retry_after() -> None:
    assert parse_retry_after("120") == 120
    assert parse_retry_after(" 0 ") == 0
    assert parse_retry_after("-5") == 0
    assert parse_retry_after("99999999") == 3600
    assert parse_retry_after("soon") is None
    assert parse_retry_after("nan") is None
    assert parse_retry_after(None) is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0


def test_only_connection_failures_are_retried_by_urllib3(client: CentralClient) -> None:
    retry = client.session.get_adapter("https://x").max_retries
    assert retry.connect == 2 and retry.read is False and retry.status == 0 and retry.other == 0


# -------------------------------------------------------------------------- certificates


@pytest.mark.parametrize("variable", ["REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"])
def test_ca_bundle_variables_cannot_loosen_verification(
    tls_url: str, variable: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv(variable, str(CERTS / "ca.pem"))
    # The trap is real: plain requests takes the environment's bundle over verify=True ...
    assert requests.get(tls_url + "/healthz", timeout=5, verify=True).status_code == 200
    # ... the kiosk's client does not, nor with the OpenSSL variables: the test CA is not trusted.
    monkeypatch.setenv("SSL_CERT_FILE", str(CERTS / "ca.pem"))
    monkeypatch.setenv("SSL_CERT_DIR", str(CERTS))
    with CentralClient(tls_url, "t") as client:
        assert client.healthz() is False
        body = sample_submission()
        assert client.submit(body, body["submission_id"]) == RetryLater("tls", transport=True)


@pytest.mark.parametrize("bogus", ["/nonexistent/ca.pem", str(CERTS / "other-ca.pem"), ""])
def test_configured_ca_bundle_holds_whatever_the_environment_says(
    tls_url: str, bogus: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", bogus)
    monkeypatch.setenv("CURL_CA_BUNDLE", bogus)
    with CentralClient(tls_url, "t", verify=str(CERTS / "ca.pem")) as client:
        assert client.healthz() is True
        body = sample_submission()
        assert client.submit(body, body["submission_id"]) == Accepted("TLS-1", "", "received")
    with CentralClient(tls_url, "t", verify=str(CERTS / "other-ca.pem")) as client:
        assert client.healthz() is False
