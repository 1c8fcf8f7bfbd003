"""A real central server for tests: a subprocess on 127.0.0.1 that can be stopped, killed, restarted.

with CentralServer(tmp_path) as central:
    requests.post(central.url + "/api/v1/submissions", headers=central.headers(key), json=body)
    central.kill(); central.restart()
    assert central.count_by_key() == {key: 1}
"""

from __future__ import annotations

import base64
import copy
import hashlib
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from central.config import ADMIN_TOKEN_ENV, REPO_ROOT
from kiosk.core.tracking import new_code

SAMPLE_PAYLOADS: dict[str, dict[str, Any]] = {
    "household": {"fin": "5ZK2M8P", "mobile": "+994501234567", "power_kw": "7.5", "phase": 1},
    "business": {
        "fin": "6HTR4WB",
        "mobile": "+994551234567",
        "voen": "1234567891",
        "power_kw": "40",
        "phase": 3,
    },
    "prosumer": {"fin": "2QJX9LE", "mobile": "+994701234567", "station_power_kw": "12.5"},
    "water_reading": {
        "fin": "7MNB3CD",
        "mobile": "+994771234567",
        "subscriber_code": "10234567",
        "meters": [
            {"factory_number": "SV15-204871", "seal_number": "P0034512", "reading": "130.5"}
        ],
    },
}


def attachment(data: bytes, field: str = "meters.0.photo") -> dict[str, Any]:
    return {
        "field": field,
        "filename": "meter.jpg",
        "content_type": "image/jpeg",
        "size": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
        "data_base64": base64.b64encode(data).decode("ascii"),
    }


def sample_submission(service: str = "household", **changes: Any) -> dict[str, Any]:
    """A valid submission envelope (docs/WIRE.md) with a fresh key and tracking code; the FİNs and
    subscriber code are from the sample registry."""
    body: dict[str, Any] = {
        "submission_id": str(uuid.uuid4()),
        "kiosk_id": "TEST-KIOSK",
        "service": service,
        "tracking_code": new_code(),
        "created_at": "2026-11-23T09:15:02+04:00",
        "language": "az",
        "payload": copy.deepcopy(SAMPLE_PAYLOADS[service]),
        "quote": {"amount": "300.00", "currency": "AZN", "tariff_id": "TQS-2024-4"},
        "attachments": [],
    }
    body.update(changes)
    return body


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class CentralServerError(RuntimeError):
    """The server did not start; the message carries the end of its log."""


class CentralServer:
    """``python -m central serve`` in a subprocess, with a kiosk token and an admin token.

    ``data_dir`` holds the SQLite database (unless ``database_url`` is given) and ``central.log``.
    """

    def __init__(
        self,
        data_dir: Path | str,
        *,
        kiosk_id: str = "TEST-KIOSK",
        database_url: str | None = None,
        tariffs_dir: Path | str | None = None,
        status_rate_limit: int = 100_000,
        status_rate_window: float = 60.0,
        extra_args: Sequence[str] = (),
        startup_timeout: float = 30.0,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.kiosk_id = kiosk_id
        self.database_url = database_url or f"sqlite:///{self.data_dir / 'central.db'}"
        self.tariffs_dir = Path(tariffs_dir) if tariffs_dir is not None else None
        self.status_rate_limit = status_rate_limit
        self.status_rate_window = status_rate_window
        self.extra_args = tuple(extra_args)
        self.startup_timeout = startup_timeout
        self.log_path = self.data_dir / "central.log"
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.token = ""
        self.admin_token = ""
        self._proc: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    # -- life cycle ---------------------------------------------------------------------------
    def start(self) -> CentralServer:
        if not self.token:
            self.token = self._create_token("kiosk", self.kiosk_id)
            self.admin_token = self._create_token("admin", "test-staff")
        self._spawn()
        return self

    def __enter__(self) -> CentralServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def pid(self) -> int | None:
        """The server process's id (to pause it with SIGSTOP in tests), None when not running."""
        return self._proc.pid if self._proc is not None else None

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def stop(self, timeout: float = 10.0) -> None:
        """Graceful stop (SIGTERM), SIGKILL if it does not end within ``timeout``."""
        if self._proc is not None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        self._reap()

    def kill(self) -> None:
        """SIGKILL, as a crash or power cut would."""
        if self._proc is not None:
            self._proc.kill()
            self._proc.wait()
        self._reap()

    def restart(self) -> None:
        """Stop if running, then start again on the same port and database."""
        self.stop()
        self._spawn()

    # -- requests helpers ---------------------------------------------------------------------
    def headers(self, idempotency_key: str | None = None) -> dict[str, str]:
        headers = {"Authorization": f"Bearer {self.token}"}
        if idempotency_key is not None:
            headers["Idempotency-Key"] = idempotency_key
        return headers

    def admin_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.admin_token}"}

    # -- straight from the database, for set checks -------------------------------------------
    def submissions(self) -> list[dict[str, Any]]:
        """Every stored submission: submission_id, tracking_code, service, kiosk_id, body_sha256,
        status, reference."""
        from sqlalchemy import select

        from central.db import Submission, make_engine

        engine = make_engine(self.database_url)
        try:
            with engine.connect() as conn:
                rows = conn.execute(
                    select(
                        Submission.submission_id,
                        Submission.tracking_code,
                        Submission.service,
                        Submission.kiosk_id,
                        Submission.body_sha256,
                        Submission.status,
                        Submission.reference,
                    ).order_by(Submission.id)
                ).all()
        finally:
            engine.dispose()
        return [dict(row._mapping) for row in rows]

    def count_by_key(self) -> dict[str, int]:
        """Rows per Idempotency-Key (every value is 1 unless the unique constraint failed)."""
        counts: dict[str, int] = {}
        for row in self.submissions():
            counts[row["submission_id"]] = counts.get(row["submission_id"], 0) + 1
        return counts

    # -- internals ----------------------------------------------------------------------------
    def _create_token(self, role: str, name: str) -> str:
        from central import auth
        from central.db import init_db

        engine, sessionmaker = init_db(self.database_url)
        try:
            with sessionmaker() as session:
                return auth.create_token(session, role, name)
        finally:
            engine.dispose()

    def _command(self) -> list[str]:
        cmd = [
            sys.executable,
            "-m",
            "central",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--database-url",
            self.database_url,
            "--status-rate-limit",
            str(self.status_rate_limit),
            "--status-rate-window",
            str(self.status_rate_window),
            "--log-level",
            "warning",
        ]
        if self.tariffs_dir is not None:
            cmd += ["--tariffs-dir", str(self.tariffs_dir)]
        return cmd + list(self.extra_args)

    def _spawn(self) -> None:
        env = dict(os.environ)
        env.pop(ADMIN_TOKEN_ENV, None)
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(REPO_ROOT), env.get("PYTHONPATH", "")) if p
        )
        self._log = open(self.log_path, "ab")
        self._proc = subprocess.Popen(
            self._command(), stdout=self._log, stderr=subprocess.STDOUT, env=env, cwd=self.data_dir
        )
        self._wait_healthy()

    def _wait_healthy(self) -> None:
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self._proc is None or self._proc.poll() is not None:
                break
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=1.0) as resp:
                    if resp.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.05)
        tail = self.log_path.read_text(encoding="utf-8", errors="replace")[-2000:]
        self.kill()
        raise CentralServerError(f"central server did not become healthy:\n{tail}")

    def _reap(self) -> None:
        self._proc = None
        if self._log is not None:
            self._log.close()
            self._log = None
