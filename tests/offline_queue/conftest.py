"""Fixtures of the outbox tests: a ``--soak`` scale, outbox files in tmp_path, a real central server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from outbox_helpers import KIOSK_ID

from central.testing import CentralServer
from kiosk.offline_queue import Outbox


def pytest_addoption(parser: pytest.Parser) -> None:
    try:
        parser.addoption(
            "--soak",
            action="store_true",
            default=False,
            help="scale the outbox durability tests up (crash loops, network faults)",
        )
    except ValueError:  # registered already by another conftest
        pass


@pytest.fixture(scope="session")
def soak(pytestconfig: pytest.Config) -> bool:
    return bool(pytestconfig.getoption("--soak", default=False))


@pytest.fixture
def outbox_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "outbox.sqlite3"


@pytest.fixture
def outbox(outbox_path: Path) -> Iterator[Outbox]:
    with Outbox(outbox_path, kiosk_id=KIOSK_ID) as box:
        yield box


@pytest.fixture(scope="module")
def central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CentralServer]:
    with CentralServer(tmp_path_factory.mktemp("central")) as server:
        yield server
