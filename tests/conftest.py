"""Suite-wide settings: Qt draws offscreen, and ``--soak`` scales the durability tests up."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


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
