"""Tracking an application the central refused, through the kiosk's real backend (outbox file and
HTTP client against a reference central on 127.0.0.1): the kiosk says staff will check it, never that it
will be sent automatically."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from ui_driver import Driver

from central.testing import CentralServer, sample_payload
from kiosk.api.client import CentralClient
from kiosk.backend import CentralBackend
from kiosk.config import KioskConfig
from kiosk.core.application import ValidatedApplication
from kiosk.offline_queue import Outbox, SyncWorker

KIOSK_ID = "UI-TRACK-01"


@pytest.fixture
def central(tmp_path: Path) -> Iterator[CentralServer]:
    with CentralServer(tmp_path / "central", kiosk_id=KIOSK_ID) as server:
        yield server


@pytest.fixture
def backend(tmp_path: Path, central: CentralServer) -> Iterator[CentralBackend]:
    config = KioskConfig(
        data_dir=tmp_path / "kiosk",
        kiosk_id=KIOSK_ID,
        central_url=central.url,
        api_token=central.token,
        public_status_url="https://status.example.az",
    )
    outbox = Outbox(config.outbox_path, kiosk_id=KIOSK_ID)
    client = CentralClient(central.url, central.token, kiosk_id=KIOSK_ID, connect_retries=0)
    made = CentralBackend(config, outbox, client, SyncWorker(outbox, client), [])
    yield made
    made.close()


def test_a_refused_application_is_not_said_to_be_on_its_way(
    kiosk: Driver, backend: CentralBackend
) -> None:
    payload, _files = sample_payload("water_reading")
    done = backend.submit(ValidatedApplication("water_reading", payload, {}, []), None, "en")
    item = backend.outbox.claim_next()
    assert item is not None and item.tracking_code == done.tracking_code
    assert backend.outbox.mark_rejected(item.id, "invalid_payload", "a meter is unknown")
    kiosk.touch("tile_track")
    field = kiosk.find("trackingInput")
    kiosk.qtbot.waitUntil(field.hasFocus)
    kiosk.type_hardware("trackingInput", done.tracking_code)
    kiosk.qtbot.keyClick(field, Qt.Key.Key_Return)  # a scanner ends with Enter
    kiosk.qtbot.waitUntil(lambda: not kiosk.window.runner.busy)
    assert kiosk.label("trackingHeadline") == "Kept on this kiosk for staff to check."
    assert "Staff will check it" in kiosk.label("trackingDetails")
    assert "automatically" not in kiosk.label("trackingDetails")
