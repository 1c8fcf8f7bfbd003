"""Crash tests in the manner of SQLite's own and of a Jepsen set check: processes are SIGKILLed at random
moments, and every acknowledged submission must be accounted for afterwards."""

from __future__ import annotations

import hashlib
import random
import signal
import threading
from pathlib import Path

import crash_child
import pytest
from outbox_helpers import KIOSK_ID, sample

from central.testing import CentralServer
from kiosk.api import CentralClient
from kiosk.offline_queue import Backoff, Outbox, SyncWorker

pytestmark = pytest.mark.soak


def _check_file(path: Path) -> Outbox:
    """Open as the kiosk does after a crash; the file must pass the full integrity check."""
    events: list[object] = []
    box = Outbox(path, kiosk_id=KIOSK_ID, on_event=events.append)
    assert events == []  # never quarantined
    assert box.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    return box


def _verify_acked(box: Outbox, acked: dict[str, tuple[str, str]]) -> None:
    rows = {r["id"]: r["payload"] for r in box.db.query("SELECT id, payload FROM submissions")}
    photos = {
        r["submission_id"]: (hashlib.sha256(r["data"]).hexdigest(), r["sha256"])
        for r in box.db.query("SELECT submission_id, data, sha256 FROM attachments")
    }
    missing = [k for k in acked if k not in rows]
    assert missing == []
    for key, (payload_sha, photo_sha) in acked.items():
        assert hashlib.sha256(rows[key]).hexdigest() == payload_sha
        assert photos[key] == (photo_sha, photo_sha)


def test_sigkill_during_enqueue_loses_no_acknowledged_submission(
    tmp_path: Path, soak: bool
) -> None:
    kills = 2000 if soak else 200
    path = tmp_path / "outbox.sqlite3"
    Outbox(path).close()
    ctx = crash_child.context()
    rng = random.Random(4)
    acked: dict[str, tuple[str, str]] = {}
    for cycle in range(kills):
        reader, writer = ctx.Pipe(duplex=False)
        child = ctx.Process(target=crash_child.enqueue_forever, args=(str(path), writer, cycle))
        child.start()
        writer.close()
        want = rng.choice([0, 0, 1, 2, 3, 5])
        got = 0
        while got < want and reader.poll(10):
            key, payload_sha, photo_sha = reader.recv_bytes().decode().split()
            acked[key] = (payload_sha, photo_sha)
            got += 1
        threading.Event().wait(rng.uniform(0, 0.004))
        child.kill()
        child.join()
        assert child.exitcode == -signal.SIGKILL  # it was killed, it did not die on its own
        while True:  # acknowledgements written before the kill still count
            try:
                key, payload_sha, photo_sha = reader.recv_bytes().decode().split()
            except EOFError:
                break
            acked[key] = (payload_sha, photo_sha)
        reader.close()
        with _check_file(path) as box:
            _verify_acked(box, acked)
    assert len(acked) > kills  # the loop did real work, not only kills at start-up
    with Outbox(path) as box:
        for key in acked:
            assert box.envelope(key)["submission_id"] == key


def test_sigkill_during_sync_delivers_each_acknowledged_submission_once(
    tmp_path: Path, soak: bool
) -> None:
    kills = 500 if soak else 50
    path = tmp_path / "outbox.sqlite3"
    rng = random.Random(7)
    acked: set[str] = set()
    ctx = crash_child.context()
    with CentralServer(tmp_path / "central") as central:
        with Outbox(path, kiosk_id=KIOSK_ID) as box:
            acked.update(box.enqueue(**sample(s)) for s in ["household", "water_reading"] * 60)
        restarts, next_restart = 0, 5
        restarter: threading.Thread | None = None
        cycle = 0
        # A loaded machine restarts the server slowly: keep killing until three restarts happened.
        while cycle < kills or (restarts < 3 and cycle < kills * 6):
            cycle += 1
            child = ctx.Process(
                target=crash_child.sync_forever, args=(str(path), central.url, central.token)
            )
            child.start()
            if cycle >= next_restart and restarter is None:  # the server goes down under load
                restarter = threading.Thread(target=central.restart)
                restarter.start()
                restarts, next_restart = restarts + 1, cycle + 12
            with Outbox(path, kiosk_id=KIOSK_ID, busy_timeout_s=10) as box:
                acked.update(box.enqueue(**sample()) for _ in range(rng.randrange(0, 5)))
            threading.Event().wait(rng.uniform(0, 0.25))
            child.kill()
            child.join()
            assert child.exitcode == -signal.SIGKILL
            if restarter is not None and not restarter.is_alive():
                restarter.join()
                restarter = None
            with _check_file(path):
                pass
        if restarter is not None:
            restarter.join()
        assert restarts >= 3
        with Outbox(path, kiosk_id=KIOSK_ID) as box:
            partial = box.counts()
            client = CentralClient(central.url, central.token, timeout=5)
            worker = SyncWorker(box, client, backoff=Backoff(0.01, 0.05))
            for _ in range(100):
                worker.sync_once(force=True)
                if box.counts()["sent"] == len(acked):
                    break
                threading.Event().wait(0.05)
            assert box.counts() == {"pending": 0, "sending": 0, "sent": len(acked), "rejected": 0}
        counts = central.count_by_key()
    assert partial["sent"] > 0  # the killed processes did deliver along the way
    assert set(counts) == acked  # 0 missing, nothing unacknowledged
    assert [k for k, n in counts.items() if n != 1] == []  # 0 duplicates
