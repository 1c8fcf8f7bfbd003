from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from central.testing import CentralServer

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
def central(tmp_path_factory: pytest.TempPathFactory, tariffs_dir: Path) -> Iterator[CentralServer]:
    """One real server on 127.0.0.1 shared by the tests that do not restart or rate-limit it."""
    with CentralServer(tmp_path_factory.mktemp("central"), tariffs_dir=tariffs_dir) as server:
        yield server
