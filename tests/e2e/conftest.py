"""The whole loop with real parts: the kiosk's real backend (outbox file, sync worker, HTTP client, PDF
printer) against the reference central API started on 127.0.0.1, driven through the real widgets."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ui"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "receipts"))

from central.testing import CentralServer
from kiosk.config import load_config


@pytest.fixture
def central(tmp_path: Path) -> Iterator[CentralServer]:
    with CentralServer(tmp_path / "central", kiosk_id="E2E-KIOSK-01") as server:
        yield server


@pytest.fixture
def config(tmp_path: Path, central: CentralServer, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    for key, value in {
        "KIOSK_DATA_DIR": str(tmp_path / "kiosk"),
        "KIOSK_KIOSK_ID": "E2E-KIOSK-01",
        "KIOSK_CENTRAL_URL": central.url,
        "KIOSK_API_TOKEN": central.token,
        "KIOSK_PUBLIC_STATUS_URL": "https://status.example.az",
        "KIOSK_CENTRE_NAME": "Bakı ASAN xidmət mərkəzi №1",
    }.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("KIOSK_CONFIG", raising=False)
    return load_config(None)
