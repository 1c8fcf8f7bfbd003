"""Staff mode against the real parts: the kiosk's real backend (outbox file, sync worker, HTTP client, PDF
printer) and the reference central API on 127.0.0.1, the real window driven through its widgets."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ui"))

from staff_helpers import FAST, PIN, StaffDriver

from central.testing import CentralServer
from kiosk.app import services
from kiosk.config import KioskConfig, load_config
from kiosk.staff.audit import AuditLog
from kiosk.staff.pin import PinStore
from kiosk.staff.service import StaffService
from kiosk.ui.app import application, build_window
from kiosk.ui.window import KioskWindow


@pytest.fixture(scope="session")
def central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CentralServer]:
    with CentralServer(tmp_path_factory.mktemp("central"), kiosk_id="STAFF-KIOSK-01") as server:
        yield server


@pytest.fixture
def config(tmp_path: Path, central: CentralServer, monkeypatch: pytest.MonkeyPatch) -> KioskConfig:
    for key, value in {
        "KIOSK_DATA_DIR": str(tmp_path / "kiosk"),
        "KIOSK_KIOSK_ID": "STAFF-KIOSK-01",
        "KIOSK_CENTRAL_URL": central.url,
        "KIOSK_API_TOKEN": central.token,
        "KIOSK_PUBLIC_STATUS_URL": "https://status.example.az",
    }.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("KIOSK_CONFIG", raising=False)
    return load_config(None)


@pytest.fixture
def running(config: KioskConfig) -> Iterator[tuple[KioskConfig, Any]]:
    with services(config, local_central=False) as (effective, backend):
        yield effective, backend


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text('# the terminal at the entrance\ncentre_name = "Bakı ASAN 1"\n', "utf-8")
    return path


@pytest.fixture
def staff(running: tuple[KioskConfig, Any], config_file: Path) -> StaffService:
    effective, backend = running
    pins = PinStore(effective.data_dir, cost=FAST)
    pins.set_pin(1, PIN)
    return StaffService(
        effective, config_file, backend, pins=pins, audit=AuditLog(effective.data_dir)
    )


@pytest.fixture
def window(
    qtbot: Any, running: tuple[KioskConfig, Any], staff: StaffService
) -> Iterator[KioskWindow]:
    application()
    _effective, backend = running
    made = build_window(backend, "en")
    made.staff.set_service(staff)
    qtbot.addWidget(made)
    made.resize(1920, 1080)
    made.show()
    qtbot.waitExposed(made)
    yield made
    made.staff.shutdown()
    made.shutdown()
    made.languages.uninstall()


@pytest.fixture
def kiosk(qtbot: Any, window: KioskWindow) -> StaffDriver:
    return StaffDriver(qtbot, window)
