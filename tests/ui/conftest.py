"""Fixtures of the UI tests: a backend (switch its implementation here) and the kiosk window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from local_backend import LocalBackend
from ui_driver import Driver

from kiosk.ui.app import application, build_window
from kiosk.ui.window import KioskWindow


def make_backend(tmp_path: Path, **options: object) -> LocalBackend:
    """The one place that says which backend the UI tests run against."""
    usb = tmp_path / "usb"
    usb.mkdir(exist_ok=True)
    options.setdefault("media_roots", [str(usb)])
    return LocalBackend(outbox_path=tmp_path / "outbox.sqlite3", **options)  # type: ignore[arg-type]


@pytest.fixture
def backend_options() -> dict[str, object]:
    return {}


@pytest.fixture
def backend(tmp_path: Path, backend_options: dict[str, object]) -> Iterator[LocalBackend]:
    made = make_backend(tmp_path, **backend_options)
    yield made
    made.close()


@pytest.fixture
def window(qtbot, backend: LocalBackend) -> Iterator[KioskWindow]:  # type: ignore[no-untyped-def]
    application()
    made = build_window(backend, "en")
    qtbot.addWidget(made)
    made.resize(1920, 1080)
    made.show()
    made.activateWindow()
    qtbot.waitUntil(made.isActiveWindow)
    yield made
    made.shutdown()
    made.languages.uninstall()


@pytest.fixture
def kiosk(qtbot, window: KioskWindow) -> Driver:  # type: ignore[no-untyped-def]
    return Driver(qtbot, window)
