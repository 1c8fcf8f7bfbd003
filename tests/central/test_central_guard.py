"""central/guard.py on a route that lets FastAPI read its body (as routes added later may): the token is
checked before a byte of the body is read, and the body must be strict JSON — driven through the
application itself on a real SQLite database, with the ASGI ``receive`` watched."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI

from central import auth
from central.app import create_app
from central.config import Settings
from central.db import open_db
from central.deps import KioskDep
from central.guard import guard_routes
from central.migrate import upgrade
from central.schemas import AdvanceIn


@pytest.fixture
def app_and_token(tmp_path: Path) -> tuple[FastAPI, str]:
    url = f"sqlite:///{tmp_path / 'central.db'}"
    upgrade(url)
    engine, sessions = open_db(url)
    with sessions() as session:
        token = auth.create_token(session, auth.KIOSK, "K-GUARD")
    engine.dispose()
    app = create_app(Settings(database_url=url, secret_file=tmp_path / "secret.key"))

    @app.post("/api/v1/echo")
    async def echo(change: AdvanceIn, who: KioskDep) -> dict[str, Any]:
        return {"status": change.status, "by": who.name}

    guard_routes(app)
    return app, token


def call(app: FastAPI, token: str, body: bytes) -> tuple[int, dict[str, Any], int]:
    """POST ``body`` to the echo route: the status, the JSON answer, and how many times the
    application asked for the body."""
    reads = 0
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        nonlocal reads
        reads += 1
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/api/v1/echo",
        "raw_path": b"/api/v1/echo",
        "query_string": b"",
        "root_path": "",
        "headers": [
            (b"host", b"127.0.0.1"),
            (b"authorization", f"Bearer {token}".encode()),
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
        ],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8000),
    }
    asyncio.run(app(scope, receive, send))
    start = next(m for m in sent if m["type"] == "http.response.start")
    content = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return start["status"], json.loads(content), reads


def test_a_wrong_token_is_refused_without_reading_the_body(
    app_and_token: tuple[FastAPI, str],
) -> None:
    app, _token = app_and_token
    status, answer, reads = call(app, "wrong", b"\xff" * 1024 * 1024)
    assert (status, answer, reads) == (401, {"detail": {"code": "unauthorized"}}, 0)


def test_a_good_token_and_body_pass(app_and_token: tuple[FastAPI, str]) -> None:
    app, token = app_and_token
    status, answer, reads = call(app, token, b'{"status": "in_review"}')
    assert (status, answer) == (200, {"status": "in_review", "by": "K-GUARD"})
    assert reads >= 1


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("[" * 990 + "]" * 990, "too_deep"),
        ("9" * 5000, "number_too_long"),
        ('"A\\ud800B"', "invalid_unicode"),
        ("NaN", "not_finite"),
    ],
)
def test_hostile_json_is_422(app_and_token: tuple[FastAPI, str], text: str, code: str) -> None:
    app, token = app_and_token
    status, answer, _reads = call(app, token, ('{"status": ' + text + "}").encode())
    assert status == 422
    assert answer == {"detail": {"code": "invalid_payload", "errors": {"body": code}}}
