"""A central started before its database (a host's boot, a failover) waits for it rather than exit;
a folder of service definitions that cannot be used stops it with one line."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest
import requests
from pg_cluster import SUPERUSER, PostgresCluster
from sqlalchemy.engine import make_url

from central.testing import free_port


def central(*args: str, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "central", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **env},
    )


def test_serve_waits_for_a_database_that_comes_up_later(postgres: PostgresCluster) -> None:
    name = f"t_{secrets.token_hex(8)}"
    port = free_port()
    proc = central(
        "serve", "--database-url", postgres.url(name), "--port", str(port),
        "--wait-for-database", "60",
    )  # fmt: skip
    try:
        time.sleep(2)
        assert proc.poll() is None, proc.communicate()  # still trying, not gone
        # The database appears whole: made and upgraded under another name, then renamed.
        staging = postgres.create_database()
        upgrade = subprocess.run(
            [sys.executable, "-m", "central", "db", "upgrade", "--database-url", staging],
            capture_output=True,
            text=True,
            check=False,
        )
        assert upgrade.returncode == 0, upgrade.stderr
        with psycopg.connect(
            host=str(postgres.root), port=5432, user=SUPERUSER, dbname="postgres", autocommit=True
        ) as conn:
            staging_name = make_url(staging).database
            conn.execute(f'ALTER DATABASE "{staging_name}" RENAME TO "{name}"')  # type: ignore[arg-type]
        deadline = time.monotonic() + 30
        status = None
        while time.monotonic() < deadline and status != 200:
            try:
                status = requests.get(f"http://127.0.0.1:{port}/readyz", timeout=2).status_code
            except requests.ConnectionError:
                time.sleep(0.2)
        assert status == 200
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=30)
    assert "does not answer" in err and "trying again" in err


def test_serve_without_waiting_says_why_and_exits(postgres: PostgresCluster) -> None:
    proc = central(
        "serve", "--database-url", postgres.url(f"t_{secrets.token_hex(8)}"),
        "--port", str(free_port()), "--wait-for-database", "0",
    )  # fmt: skip
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 2
    assert err.startswith("central: cannot reach the database: ")
    assert "Traceback" not in err


def test_a_broken_services_folder_stops_the_central(tmp_path: Path) -> None:
    (tmp_path / "broken.py").write_text("SERVICE = (\n", encoding="utf-8")
    proc = central("db", "current", KIOSK_SERVICES_DIR=str(tmp_path))
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 2
    assert err.startswith("central: ") and "broken.py" in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("name", "value", "says"),
    [
        ("CENTRAL_FLEET_SILENT_S", "nan", "CENTRAL_FLEET_SILENT_S='nan' must be a positive"),
        ("CENTRAL_FLEET_SILENT_S", "-5", "CENTRAL_FLEET_SILENT_S='-5' must be a positive"),
        ("CENTRAL_FLEET_SILENT_S", "ten", "CENTRAL_FLEET_SILENT_S='ten' is not a number"),
        ("CENTRAL_HOUSEKEEPING_S", "0", "CENTRAL_HOUSEKEEPING_S='0' must be from 0.1"),
        ("CENTRAL_HOUSEKEEPING_S", "inf", "CENTRAL_HOUSEKEEPING_S='inf' must be from 0.1"),
    ],
)
def test_a_bad_timing_setting_stops_serve_with_one_line(
    tmp_path: Path, name: str, value: str, says: str
) -> None:
    """Read by each worker at its first use (the fleet page, the purge timer): a wrong value is
    refused at the start, not answered by a 500 on the fleet page or a silently dead timer."""
    proc = central(
        "serve", "--database-url", f"sqlite:///{tmp_path}/c.db", "--port", str(free_port()),
        **{name: value},
    )  # fmt: skip
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 2, err
    assert err.startswith(f"central: {says}") and len(err.strip().splitlines()) == 1
