"""Building the outbox and client from the configuration; no Qt anywhere below the UI."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from outbox_helpers import FakeClock, sample

from central.testing import free_port
from kiosk.config import KioskConfig
from kiosk.offline_queue import Outbox, make_client, open_outbox
from kiosk.offline_queue.factory import retention_pass
from kiosk.offline_queue.worker import SyncWorker


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


def test_a_running_kiosk_applies_its_retention_without_a_restart(tmp_path: Path) -> None:
    """A kiosk is started once and left running for months: its sync worker applies the retention
    purge on its own (hourly in the kiosk; every 0.2 s here) — sent rows' personal data and kept
    receipts older than the retention go without waiting for a restart."""
    config = KioskConfig(data_dir=tmp_path / "var", retention_days=30)
    with open_outbox(config) as live:  # start-up: nothing to purge yet
        with Outbox(config.outbox_path, clock=FakeClock(1_700_000_000.0)) as past:
            key = past.enqueue(**sample())  # sent long ago, after the kiosk started
            past.claim_next()
            past.mark_sent(key, "REF")
        receipts = config.data_dir / "receipts"
        receipts.mkdir(mode=0o700)
        old, fresh = receipts / "OLD1-CODE.pdf.ag1", receipts / "NEW1-CODE.pdf.ag1"
        for path in (old, fresh):
            path.write_bytes(b"sealed")
        stale = time.time() - 31 * 86400
        os.utime(old, (stale, stale))
        assert not live.get(key).purged  # type: ignore[union-attr]
        with make_client(config, f"http://127.0.0.1:{free_port()}") as dead:
            worker = SyncWorker(
                live, dead, housekeeping=lambda: retention_pass(config, live), housekeeping_s=0.2
            )
            worker.start()
            try:
                deadline = time.monotonic() + 20
                while not live.get(key).purged or old.exists():  # type: ignore[union-attr]
                    assert time.monotonic() < deadline, "the retention was never applied"
                    time.sleep(0.1)
            finally:
                worker.stop()
        item = live.get(key)
        assert item is not None and item.state == "sent" and item.tracking_code
        assert fresh.exists()  # within the retention: kept
