"""The central's database on SQLite and PostgreSQL: the schema is made and upgraded by migrations only
(``central db upgrade``), a server refuses a schema older than its code, N workers start side by side,
they share the rate limit, ``/readyz`` tells a load balancer when a server cannot serve, and a
PostgreSQL backup restores into a central that shows the same statuses."""

from __future__ import annotations

import datetime as dt
import secrets
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import requests
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from pg_cluster import PostgresCluster
from sqlalchemy import (
    Column,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    select,
)
from sqlalchemy.engine import make_url

from central import auth, migrate
from central.config import REPO_ROOT
from central.db import Base, make_engine
from central.testing import CentralServer, free_port, sample_submission
from kiosk.core.tracking import new_code

TIMEOUT = 10

# The schema release 0.1.0 created at start-up (Base.metadata.create_all of its central/db.py),
# frozen here: a database of that release is what the first upgrade in the field meets.
RELEASE_0_1 = MetaData()
Table(
    "api_tokens",
    RELEASE_0_1,
    Column("id", Integer, primary_key=True),
    Column("token_sha256", String(64), unique=True, index=True, nullable=False),
    Column("role", String(16), nullable=False),
    Column("name", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)
Table(
    "submissions",
    RELEASE_0_1,
    Column("id", Integer, primary_key=True),
    Column("submission_id", String(36), unique=True, index=True, nullable=False),
    Column("tracking_code", String(19), unique=True, index=True, nullable=False),
    Column("service", String(32), nullable=False),
    Column("kiosk_id", String(64), nullable=False),
    Column("token_name", String(64), nullable=False),
    Column("language", String(2), nullable=False),
    Column("body_sha256", String(64), nullable=False),
    Column("body_json", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("received_at", DateTime(timezone=True), nullable=False),
    Column("status", String(32), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("reference", String(32), unique=True, nullable=True),
)
Table(
    "status_events",
    RELEASE_0_1,
    Column("id", Integer, primary_key=True),
    Column("submission_pk", ForeignKey("submissions.id"), index=True, nullable=False),
    Column("status", String(32), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("actor", String(64), nullable=False),
    Column("note", Text, nullable=True),
)
Table(
    "attachments",
    RELEASE_0_1,
    Column("id", Integer, primary_key=True),
    Column("submission_pk", ForeignKey("submissions.id"), index=True, nullable=False),
    Column("field", String(128), nullable=False),
    Column("filename", String(255), nullable=False),
    Column("content_type", String(100), nullable=False),
    Column("size", Integer, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("data", LargeBinary, nullable=False),
)


def central_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "central", *args],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=timeout,
        check=False,
    )


def schema_differences(database_url: str, metadata: MetaData) -> list[Any]:
    """What Alembic's autogenerate would change to make the database match ``metadata``."""
    engine = make_engine(database_url)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            return [
                diff
                for diff in compare_metadata(context, metadata)
                # alembic_version is the migrations' own table.
                if not (diff[0] == "remove_table" and diff[1].name == "alembic_version")
            ]
    finally:
        engine.dispose()


def migrate_to(database_url: str, revision: str) -> None:
    engine = make_engine(database_url)
    try:
        with engine.begin() as conn:
            command.upgrade(migrate.alembic_config(conn), revision)
    finally:
        engine.dispose()


def table_rows(database_url: str, metadata: MetaData) -> dict[str, list[tuple[Any, ...]]]:
    engine = make_engine(database_url)
    try:
        with engine.connect() as conn:
            return {
                name: [tuple(r) for r in conn.execute(select(t).order_by(*t.primary_key)).all()]
                for name, t in metadata.tables.items()
            }
    finally:
        engine.dispose()


def refuses_to_serve(database_url: str) -> str:
    """Runs `central serve` and returns what it said on refusing (it must exit 2 at once)."""
    proc = central_cli(
        "serve", "--database-url", database_url, "--port", str(free_port()), timeout=60
    )
    assert proc.returncode == 2, proc.stdout + proc.stderr
    return proc.stderr.strip()


# -- migrations ------------------------------------------------------------------------------------
def test_upgrade_creates_the_schema_in_an_empty_database(database_url: str) -> None:
    assert "no schema yet: run `central db upgrade` first" in refuses_to_serve(database_url)
    proc = central_cli("db", "upgrade", "--database-url", database_url)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"central: schema upgraded from empty to {migrate.head()}"
    # The migrations make exactly the models' schema.
    assert schema_differences(database_url, Base.metadata) == []
    current = central_cli("db", "current", "--database-url", database_url)
    assert current.returncode == 0 and "(current;" in current.stdout
    again = central_cli("db", "upgrade", "--database-url", database_url)
    assert again.stdout.strip() == f"central: the schema is current ({migrate.head()})"


def test_the_first_migration_is_release_0_1_schema(database_url: str) -> None:
    migrate_to(database_url, migrate.FIRST)
    assert schema_differences(database_url, RELEASE_0_1) == []


def test_serve_refuses_a_schema_older_than_its_code(database_url: str) -> None:
    migrate_to(database_url, migrate.FIRST)
    message = refuses_to_serve(database_url)
    assert len(message.splitlines()) == 1
    assert f"({migrate.FIRST}) is older than this central's ({migrate.head()})" in message
    assert "run `central db upgrade` first" in message
    current = central_cli("db", "current", "--database-url", database_url)
    assert current.returncode == 1 and "older" in current.stdout


def test_upgrade_from_release_0_1_loses_nothing(database_url: str, tmp_path: Path) -> None:
    engine = make_engine(database_url)
    token = "ck_" + secrets.token_urlsafe(32)  # as release 0.1.0 made them
    code = new_code()
    at = dt.datetime(2026, 11, 23, 5, 15, 2, tzinfo=dt.UTC)
    tables = RELEASE_0_1.tables
    try:
        RELEASE_0_1.create_all(engine)
        with engine.begin() as conn:
            conn.execute(
                tables["api_tokens"].insert(),
                [
                    {
                        "token_sha256": auth.token_sha256(token),
                        "role": auth.KIOSK,
                        "name": "KIOSK-OLD",
                        "created_at": at,
                    }
                ],
            )
            conn.execute(
                tables["submissions"].insert(),
                [
                    {
                        "id": 1,
                        "submission_id": "0b7f5a5e-3c1d-4f7e-9a51-2f0c8d1e6b21",
                        "tracking_code": code,
                        "service": "household",
                        "kiosk_id": "KIOSK-OLD",
                        "token_name": "KIOSK-OLD",
                        "language": "en",
                        "body_sha256": "0" * 64,
                        "body_json": '{"service": "household"}',
                        "created_at": at,
                        "received_at": at,
                        "status": "under_review",
                        "updated_at": at,
                        "reference": "C20261123-000001",
                    }
                ],
            )
            conn.execute(
                tables["status_events"].insert(),
                [
                    {"submission_pk": 1, "status": "received", "at": at, "actor": "kiosk:K"},
                    {
                        "submission_pk": 1,
                        "status": "under_review",
                        "at": at + dt.timedelta(hours=2),
                        "actor": "staff:cli",
                        "note": "technical council",
                    },
                ],
            )
            conn.execute(
                tables["attachments"].insert(),
                [
                    {
                        "submission_pk": 1,
                        "field": "meters.0.photo",
                        "filename": "meter.jpg",
                        "content_type": "image/jpeg",
                        "size": 4,
                        "sha256": "a" * 64,
                        "data": b"\xff\xd8\xff\xd9",
                    }
                ],
            )
    finally:
        engine.dispose()
    before = table_rows(database_url, RELEASE_0_1)
    assert "release 0.1.0, without migrations" in refuses_to_serve(database_url)

    proc = central_cli("db", "upgrade", "--database-url", database_url)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"central: schema upgraded from release 0.1.0 to {migrate.head()}"
    assert table_rows(database_url, RELEASE_0_1) == before
    assert schema_differences(database_url, Base.metadata) == []

    with CentralServer(tmp_path, database_url=database_url) as central:
        view = requests.get(f"{central.url}/api/v1/status/{code}", timeout=TIMEOUT).json()
        assert view["status"] == "under_review"
        assert [e["status"] for e in view["timeline"]] == ["received", "under_review"]
        # The release's kiosk token still works.
        lookup = requests.get(
            f"{central.url}/api/v1/lookup/azerishiq/100200300400501",
            headers={"Authorization": f"Bearer {token}"},
            timeout=TIMEOUT,
        )
        assert lookup.status_code == 200


# -- several workers and app servers ---------------------------------------------------------------
def wait_for_log(central: CentralServer, text: str, count: int, timeout: float = 120) -> str:
    deadline = time.monotonic() + timeout
    while True:
        log = central.log_path.read_text(encoding="utf-8", errors="replace")
        if log.count(text) >= count or time.monotonic() > deadline:
            return log
        time.sleep(0.2)


def test_four_workers_start_on_an_upgraded_database(database_url: str, tmp_path: Path) -> None:
    with CentralServer(
        tmp_path, database_url=database_url, extra_args=["--workers", "4", "--log-level", "info"]
    ) as central:
        log = wait_for_log(central, "Application startup complete.", 4)
        assert log.count("Application startup complete.") == 4, log[-3000:]
        for _ in range(8):
            assert requests.get(central.url + "/readyz", timeout=TIMEOUT).status_code == 200
        body = sample_submission()
        answer = requests.post(
            central.url + "/api/v1/submissions",
            json=body,
            headers=central.headers(body["submission_id"]),
            timeout=TIMEOUT,
        )
        assert answer.status_code == 201
        assert central.running
    log = central.log_path.read_text(encoding="utf-8", errors="replace")
    for sign in ("Traceback", "DuplicateTable", "already exists", "died"):
        assert sign not in log, log[-3000:]


def test_rate_limit_holds_across_workers_and_servers(database_url: str, tmp_path: Path) -> None:
    """Two app servers on one database (the first with two workers), as behind a load balancer: a
    client gets the limit once in all, not once per process."""
    limits = {"status_rate_limit": 4, "status_rate_window": 86400}  # no window ends mid-test
    with (
        CentralServer(
            tmp_path / "a", database_url=database_url, extra_args=["--workers", "2"], **limits
        ) as first,
        CentralServer(tmp_path / "b", database_url=database_url, **limits) as second,
    ):
        code = sample_submission()["tracking_code"]
        answers = []
        for i in range(10):
            server = (first, second)[i % 2]
            # A new connection each time, so that the first server's workers take turns.
            with requests.Session() as fresh:
                answers.append(fresh.get(f"{server.url}/api/v1/status/{code}", timeout=TIMEOUT))
        assert [a.status_code for a in answers] == [404] * 4 + [429] * 6
        assert all(int(a.headers["Retry-After"]) >= 1 for a in answers[4:])


# -- readiness -------------------------------------------------------------------------------------
def test_readyz_follows_the_database_and_its_schema(database_url: str, tmp_path: Path) -> None:
    with CentralServer(tmp_path, database_url=database_url) as central:
        ready = requests.get(central.url + "/readyz", timeout=TIMEOUT)
        assert ready.status_code == 200
        assert ready.json() == {"status": "ok", "schema": migrate.head()}

        engine = make_engine(database_url)
        try:
            with engine.begin() as conn:
                command.downgrade(migrate.alembic_config(conn), migrate.FIRST)
        finally:
            engine.dispose()
        stale = requests.get(central.url + "/readyz", timeout=TIMEOUT)
        assert stale.status_code == 503
        assert stale.json() == {"status": "unavailable", "reason": "schema_outdated"}
        assert requests.get(central.url + "/healthz", timeout=TIMEOUT).status_code == 200

        central.upgrade()
        assert requests.get(central.url + "/readyz", timeout=TIMEOUT).status_code == 200

        if database_url.startswith("postgresql"):
            url = make_url(database_url)
            database = url.database
            admin = make_engine(url.set(database="postgres").render_as_string(False))
            try:
                with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                    conn.exec_driver_sql(f'DROP DATABASE "{database}" WITH (FORCE)')
            finally:
                admin.dispose()
            gone = requests.get(central.url + "/readyz", timeout=30)
            assert gone.status_code == 503
            assert gone.json() == {"status": "unavailable", "reason": "database_unreachable"}
            # Requests get 503 with Retry-After, which a kiosk's outbox backs off from.
            body = sample_submission()
            post = requests.post(
                central.url + "/api/v1/submissions",
                json=body,
                headers=central.headers(body["submission_id"]),
                timeout=30,
            )
            assert post.status_code == 503, post.text
            assert post.json() == {"detail": {"code": "unavailable"}}
            assert int(post.headers["Retry-After"]) >= 1
            track = requests.get(f"{central.url}/api/v1/status/{body['tracking_code']}", timeout=30)
            assert track.status_code == 503
            assert requests.get(central.url + "/healthz", timeout=TIMEOUT).status_code == 200


# -- backup and restore ----------------------------------------------------------------------------
def test_pg_dump_and_pg_restore_round_trip(postgres: PostgresCluster, tmp_path: Path) -> None:
    """The commands of docs/DEPLOY.md: a custom-format dump restored into a new database serves the
    same statuses."""
    source = postgres.create_database("central_live")
    with CentralServer(tmp_path / "live", database_url=source) as live:
        bodies = [sample_submission(s) for s in ("household", "business", "water_reading")]
        for body in bodies:
            answer = requests.post(
                live.url + "/api/v1/submissions",
                json=body,
                headers=live.headers(body["submission_id"]),
                timeout=TIMEOUT,
            )
            assert answer.status_code == 201
        moved = requests.post(
            f"{live.url}/api/v1/admin/applications/{bodies[0]['tracking_code']}/status",
            json={"status": "under_review", "note": "technical council"},
            headers=live.admin_headers(),
            timeout=TIMEOUT,
        )
        assert moved.status_code == 200

        def statuses(server: CentralServer) -> list[Any]:
            return [
                requests.get(
                    f"{server.url}/api/v1/status/{b['tracking_code']}", timeout=TIMEOUT
                ).json()
                for b in bodies
            ]

        expected = statuses(live)
        dump = tmp_path / "central.dump"
        postgres.client_tool("pg_dump", "--format=custom", f"--file={dump}", "central_live")
        rows = live.submissions()

    restored = postgres.create_database("central_restored")
    postgres.client_tool(
        "pg_restore", "--no-owner", "--exit-on-error", "--dbname=central_restored", str(dump)
    )
    with CentralServer(tmp_path / "restored", database_url=restored) as copy:
        assert statuses(copy) == expected
        assert copy.submissions() == rows
        assert expected[0]["status"] == "under_review"
