"""Network faults between the kiosk and the central server, injected by a proxy (faultproxy.py): every
submission is delivered, exactly once."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from faultproxy import FaultProxy
from outbox_helpers import KIOSK_ID, FakeClock, sample

from central.testing import CentralServer
from kiosk.api import CentralClient
from kiosk.offline_queue import Backoff, Outbox, SyncWorker

pytestmark = pytest.mark.soak

WEIGHTS = {
    "ok": 0.50,
    "latency": 0.08,
    "reset_before": 0.05,
    "reset_after": 0.06,
    "truncate": 0.06,
    "garbage": 0.06,
    "hang_before": 0.005,
    "hang_after": 0.005,
    "http_500": 0.06,
    "http_429": 0.04,
    "http_503": 0.04,
}


def test_every_submission_delivered_once_through_faults(tmp_path: Path, soak: bool) -> None:
    total = 10_000 if soak else 1_000
    clock = FakeClock()
    with (
        CentralServer(tmp_path / "central") as central,
        FaultProxy(central.port, WEIGHTS, seed=11, hang_s=1.0, retry_after="30") as proxy,
        Outbox(tmp_path / "outbox.sqlite3", kiosk_id=KIOSK_ID, clock=clock) as box,
    ):
        services = ["household", "business", "prosumer", "water_reading"]
        keys = {box.enqueue(**sample(services[i % 4])) for i in range(total)}
        client = CentralClient(proxy.url, central.token, timeout=0.5, connect_retries=1)
        worker = SyncWorker(box, client, backoff=Backoff(2.0, 300.0))
        passes, restarted = 0, threading.Thread(target=central.restart)
        while box.counts()["pending"]:
            passes += 1
            assert passes < 20 * total  # progress, not a loop forever
            proxy.down = passes % 40 == 0  # the server is gone for a whole pass now and then
            if passes == 30:
                restarted.start()  # and once it really restarts, under load
            worker.sync_once()
            clock.advance(3600)  # every backoff and Retry-After has passed: no real waiting
        restarted.join()
        counts = central.count_by_key()
        stored = {r["submission_id"]: r["reference"] for r in central.submissions()}
        assert box.counts() == {"pending": 0, "sending": 0, "sent": total, "rejected": 0}
        for key in keys:
            assert box.get(key).server_reference == stored[key]  # type: ignore[union-attr]
    assert set(counts) == keys  # 100% delivered, nothing else
    assert [k for k, n in counts.items() if n != 1] == []  # 0 duplicates
    injected = sum(n for fault, n in proxy.counts.items() if fault != "ok")
    assert injected > total // 3
    assert {f for f in WEIGHTS if proxy.counts[f] == 0} == set()  # every kind of fault happened
