"""Suite-wide settings: Qt draws offscreen, ``--soak`` scales the durability tests up, and the test
doubles in ``tests/support`` (``local_backend``) are importable from every folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
SUPPORT = str(Path(__file__).resolve().parent / "support")
if SUPPORT not in sys.path:
    sys.path.insert(0, SUPPORT)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--soak",
        action="store_true",
        default=False,
        help="run the crash, fault and load tests at their full scale (e.g. 10,000 submissions)",
    )


@pytest.fixture(scope="session")
def soak(request: pytest.FixtureRequest) -> bool:
    """True when the suite runs with ``--soak``."""
    return bool(request.config.getoption("--soak"))
