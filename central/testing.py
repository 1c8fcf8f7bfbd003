"""A real central server for tests: a subprocess on 127.0.0.1 that can be stopped, killed, restarted.

with CentralServer(tmp_path) as central:
    requests.post(central.url + "/api/v1/submissions", headers=central.headers(key), json=body)
    central.kill(); central.restart()
    assert central.count_by_key() == {key: 1}
"""

from __future__ import annotations

import base64
import datetime
import functools
import hashlib
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from central import registry
from central.config import ADMIN_TOKEN_ENV, REPO_ROOT
from kiosk.core import clock, lookups, services
from kiosk.core.application import Settings, validate_application
from kiosk.core.tracking import new_code
from kiosk.examples import example, sample_png


def default_service() -> str:
    """The service a sample is of when none is named: the first of the registry that has a fee."""
    defined = services.all_services()
    return next((s.id for s in defined if s.fee), defined[0].id)


# Invented mobile numbers, one for each sample applicant (the operators' prefixes 50, 55, 70, 77, …).
SAMPLE_MOBILES = tuple(
    f"+994{prefix}1234567" for prefix in ("50", "55", "70", "77", "51", "99", "10")
)


def sample_answers(service: str) -> dict[str, Any]:
    """The definition's example answers, its applicant and subscriber taken from the sample registry so
    the reference server's look-ups know them: the n-th service of the registry is applied for by the
    sample registry's n-th person (with the details a person look-up fills in), and a subscriber code the
    registry does not hold is replaced by the registry's first subscriber of that kind. Each applicant
    has a mobile number of their own (the n-th of :data:`SAMPLE_MOBILES`)."""
    definition = services.get(service)
    answers = example(service)
    data = registry.load()
    names = {f.name for f in definition.fields()}
    fins = list(data["persons"])
    n = services.ids().index(service)
    for field in definition.fields():
        if field.validator_name in ("mobile", "phone"):
            answers[field.name] = SAMPLE_MOBILES[n % len(SAMPLE_MOBILES)]
        if field.lookup == "person" and fins:
            fin = fins[n % len(fins)]
            record = registry.person(fin) or {}
            answers[field.name] = fin
            filled = lookups.answers_from("person", record)
            answers.update({k: v for k, v in filled.items() if k in names})
            answers["identity_source"] = "registry"
        elif field.lookup and f"{field.lookup}_subscribers" in data:
            known = data[f"{field.lookup}_subscribers"]
            if known and str(answers.get(field.name, "")) not in known:
                answers[field.name] = next(iter(known))
    return answers


@functools.lru_cache(maxsize=64)
def _sample(service: str, today: datetime.date) -> tuple[str, str]:
    from kiosk import media

    media.install()  # photos are checked as the kiosk checks them, decoded and encoded again
    png = sample_png()
    done = validate_application(
        services.get(service),
        sample_answers(service),
        Settings(today=today),
        load_file=lambda name: (png, name),
    )
    files = [
        attachment(a.data, path, a.filename, a.content_type) for path, a in done.attachments.items()
    ]
    return json.dumps(done.payload, ensure_ascii=False), json.dumps(files)


def sample_payload(service: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The payload and attachments a kiosk sends for :func:`sample_answers`: validated as the kiosk
    validates them, each file the example names a small real PNG. A fresh copy every time."""
    payload, files = _sample(service, clock.today())
    return json.loads(payload), json.loads(files)


class _SamplePayloads(Mapping[str, dict[str, Any]]):
    """Service id → a fresh sample payload (:func:`sample_payload`), for every service defined."""

    def __getitem__(self, service: str) -> dict[str, Any]:
        if service not in services.SERVICES:
            raise KeyError(service)
        return sample_payload(service)[0]

    def __iter__(self) -> Iterator[str]:
        return iter(services.ids())

    def __len__(self) -> int:
        return len(services.ids())


SAMPLE_PAYLOADS: Mapping[str, dict[str, Any]] = _SamplePayloads()


def attachment(
    data: bytes,
    field: str = "meters.0.photo",
    filename: str = "meter.jpg",
    content_type: str = "image/jpeg",
) -> dict[str, Any]:
    return {
        "field": field,
        "filename": filename,
        "content_type": content_type,
        "size": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
        "data_base64": base64.b64encode(data).decode("ascii"),
    }


def sample_submission(service: str | None = None, **changes: Any) -> dict[str, Any]:
    """A valid submission envelope (docs/WIRE.md) of ``service`` (by default the first with a fee) with
    a fresh key and tracking code, its payload and attachments from the definition's example answers;
    ``changes`` replace envelope members."""
    service = service or default_service()
    payload, files = sample_payload(service)
    fee = services.get(service).fee
    body: dict[str, Any] = {
        "submission_id": str(uuid.uuid4()),
        "kiosk_id": "TEST-KIOSK",
        "service": service,
        "tracking_code": new_code(),
        "created_at": "2026-11-23T09:15:02+04:00",
        "language": "az",
        "payload": payload,
        "quote": {"amount": "300.00", "currency": "AZN", "tariff_id": "TQS-2024-4"}
        if fee
        else None,
        "attachments": files,
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
    """``python -m central serve`` in a subprocess, with a kiosk token and an admin token, on a
    database ``central db upgrade`` brought to the current schema first.

    ``data_dir`` holds the SQLite database (unless ``database_url`` is given) and ``central.log``.
    ``services_dir`` and ``translations_dir`` give the server another folder of service definitions
    (``KIOSK_SERVICES_DIR``) or of translations (``KIOSK_TRANSLATIONS_DIR``).
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
        lookup_rate_limit: int = 100_000,
        lookup_rate_window: float = 60.0,
        extra_args: Sequence[str] = (),
        startup_timeout: float = 30.0,
        services_dir: Path | str | None = None,
        translations_dir: Path | str | None = None,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.kiosk_id = kiosk_id
        self.database_url = database_url or f"sqlite:///{self.data_dir / 'central.db'}"
        self.tariffs_dir = Path(tariffs_dir) if tariffs_dir is not None else None
        self.status_rate_limit = status_rate_limit
        self.status_rate_window = status_rate_window
        self.lookup_rate_limit = lookup_rate_limit
        self.lookup_rate_window = lookup_rate_window
        self.extra_args = tuple(extra_args)
        self.startup_timeout = startup_timeout
        # Like ``make run``'s demonstration central, identity codes stay readable in the outbox, so
        # that a test plays the applicant reading their SMS (:meth:`identity_code`); a test of a
        # central in service sets it "off".
        self.env: dict[str, str] = {"CENTRAL_DEMO_SHOW_CODES": "on"}
        if services_dir is not None:
            self.env["KIOSK_SERVICES_DIR"] = str(Path(services_dir).resolve())
        if translations_dir is not None:
            self.env["KIOSK_TRANSLATIONS_DIR"] = str(Path(translations_dir).resolve())
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
            self.upgrade()
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

    def identity_code(self, challenge_id: str) -> str:
        """The one-time code the SMS of identity challenge ``challenge_id`` carries (its outbox row),
        as the applicant reads it on their phone. The row keeps it while the message waits, and on a
        demonstration central (``CENTRAL_DEMO_SHOW_CODES=on``, this class's default) once kept as
        ``dev``."""
        import re

        from sqlalchemy import select

        from central.db import Notification, make_engine

        engine = make_engine(self.database_url)
        try:
            with engine.connect() as conn:
                text = conn.execute(
                    select(Notification.text).where(
                        Notification.event_key == f"code:{challenge_id}"
                    )
                ).scalar_one()
        finally:
            engine.dispose()
        found = re.search(r"\b(\d{6})\b", text)
        if found is None:
            raise ValueError("no code in the message")
        return found.group(1)

    def count_by_key(self) -> dict[str, int]:
        """Rows per Idempotency-Key (every value is 1 unless the unique constraint failed)."""
        counts: dict[str, int] = {}
        for row in self.submissions():
            counts[row["submission_id"]] = counts.get(row["submission_id"], 0) + 1
        return counts

    def upgrade(self) -> None:
        """``central db upgrade`` on the server's database (``start`` does it first)."""
        from central.migrate import upgrade

        upgrade(self.database_url)

    # -- internals ----------------------------------------------------------------------------
    def _create_token(self, role: str, name: str) -> str:
        from central import auth
        from central.db import open_db

        engine, sessionmaker = open_db(self.database_url)
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
            "--lookup-rate-limit",
            str(self.lookup_rate_limit),
            "--lookup-rate-window",
            str(self.lookup_rate_window),
            "--log-level",
            "warning",
        ]
        if self.tariffs_dir is not None:
            cmd += ["--tariffs-dir", str(self.tariffs_dir)]
        return cmd + list(self.extra_args)

    def _spawn(self) -> None:
        env = {**os.environ, **self.env}
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
