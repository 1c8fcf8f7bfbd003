"""Building the outbox and client from the configuration; no Qt anywhere below the UI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from outbox_helpers import FakeClock, sample

from kiosk.config import KioskConfig
from kiosk.offline_queue import Outbox, make_client, open_outbox


def test_open_outbox_applies_retention_and_limits(tmp_path: Path) -> None:
    config = KioskConfig(data_dir=tmp_path / "var", retention_days=30, max_attachment_mb=1)
    clock = FakeClock(1_700_000_000.0)  # long ago: the row was sent far more than 30 days back
    with Outbox(config.outbox_path, clock=clock) as box:
        key = box.enqueue(**sample())
        box.claim_next()
        box.mark_sent(key, "REF")
    with open_outbox(config) as box:
        item = box.get(key)
        assert item is not None and item.purged and item.state == "sent"
        assert box.max_attachment_bytes == 1024 * 1024 and box.kiosk_id == config.kiosk_id


def test_make_client_from_config() -> None:
    config = KioskConfig(central_url="http://127.0.0.1:9", api_token="tok", http_timeout_s=4)
    with make_client(config) as client:
        assert client.base_url == "http://127.0.0.1:9" and client.timeout == (3.05, 4)
        assert client.verify is True
    with make_client(config, "http://[::1]:8123") as local:
        assert local.base_url == "http://[::1]:8123"


def test_outbox_and_client_import_no_qt() -> None:
    code = (
        "import sys, kiosk.offline_queue, kiosk.offline_queue.cli, kiosk.api, kiosk.config;"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide', 'shiboken'))))"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"
