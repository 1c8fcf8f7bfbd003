"""The central's tests run on both of its databases: each test that asks for a database (``central``,
``database_url`` or ``new_database``) runs once on SQLite, the embedded default, and once on
PostgreSQL, the production one, in a throwaway cluster started for the session (tests/support/
pg_cluster.py)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pg_cluster import PostgresCluster, find_bindir

from central.testing import CentralServer

DATABASES = ("sqlite", "postgresql")

SCHEDULE = """\
id = "{id}"
source = "Tariff Council decision, sample for tests"
effective_from = {date}

[connection]
single_phase_per_kw = "40"
"""


@pytest.fixture(scope="session")
def tariffs_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("schedules")
    for sid, date in (("TQS-2018-327", "2018-07-24"), ("TQS-2024-4", "2024-06-03")):
        (folder / f"{sid}.toml").write_text(SCHEDULE.format(id=sid, date=date), encoding="utf-8")
    (folder / "TQS-2999-1.toml").write_text(
        SCHEDULE.format(id="TQS-2999-1", date="2999-01-01"), encoding="utf-8"
    )
    (folder / "broken.toml").write_text("id = [unclosed", encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresCluster]:
    """A PostgreSQL cluster of its own for the session: initdb and pg_ctl in a temporary folder."""
    bindir = find_bindir()
    if bindir is None:
        reason = (
            "PostgreSQL's server programs (initdb, pg_ctl) are not installed: apt-get install "
            "postgresql (scripts/bootstrap.sh, run by make, does)"
        )
        if os.environ.get("CI") == "true":
            pytest.fail(reason)  # CI must run the PostgreSQL half
        pytest.skip(reason)
    cluster = PostgresCluster.start(bindir)
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session", params=DATABASES)
def new_database(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Callable[[], str]:
    """Makes a new empty database of this run's kind and gives its URL."""
    if request.param == "sqlite":
        return lambda: f"sqlite:///{tmp_path_factory.mktemp('sqlite') / 'central.db'}"
    cluster: PostgresCluster = request.getfixturevalue("postgres")
    return cluster.create_database


@pytest.fixture
def database_url(new_database: Callable[[], str]) -> str:
    """A new empty database (no schema yet) for one test."""
    return new_database()


@pytest.fixture(scope="session")
def central(
    tmp_path_factory: pytest.TempPathFactory, tariffs_dir: Path, new_database: Callable[[], str]
) -> Iterator[CentralServer]:
    """One real server on 127.0.0.1 shared by the tests that do not restart or rate-limit it."""
    with CentralServer(
        tmp_path_factory.mktemp("central"), tariffs_dir=tariffs_dir, database_url=new_database()
    ) as server:
        yield server
