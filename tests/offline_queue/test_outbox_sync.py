"""The sync worker against the real reference central server on 127.0.0.1, and its backoff rules."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from outbox_helpers import KIOSK_ID, FakeClock, sample

from central.testing import CentralServer, free_port, sample_submission
from kiosk.api import Accepted, CentralClient, RetryLater, SubmitResult
from kiosk.offline_queue import Backoff, Outbox, SyncStatus, SyncWorker


def client_for(central: CentralServer, **kw: Any) -> CentralClient:
    return CentralClient(central.url, central.token, kiosk_id=KIOSK_ID, **kw)


def test_drain_delivers_each_submission_once(outbox: Outbox, central: CentralServer) -> None:
    keys = [outbox.enqueue(**sample(s)) for s in ["household", "business", "prosumer"] * 3]
    keys.append(outbox.enqueue(**sample("water_reading")))
    statuses: list[SyncStatus] = []
    with client_for(central) as client:
        worker = SyncWorker(outbox, client)
        worker.subscribe(statuses.append)
        report = worker.sync_once()
    assert (report.sent, report.rejected, report.retried) == (10, 0, 0)
    stored = {row["submission_id"]: row for row in central.submissions()}
    for key in keys:
        item = outbox.get(key)
        assert item is not None and item.state == "sent"
        assert item.server_reference == stored[key]["reference"]
        assert central.count_by_key()[key] == 1
    assert statuses[-1].counts["sent"] == 10 and statuses[-1].online is True
    assert statuses[-1].last_success_at is not None


def test_an_answer_lost_on_the_way_is_resent_as_a_duplicate(
    outbox: Outbox, central: CentralServer
) -> None:
    key = outbox.enqueue(**sample())
    with client_for(central) as client:
        first = client.submit(outbox.envelope(key), key)  # stored, but the kiosk never heard
        assert isinstance(first, Accepted) and not first.duplicate
        report = SyncWorker(outbox, client).sync_once()
    assert report.sent == 1 and report.duplicates == 1
    item = outbox.get(key)
    assert item is not None and item.state == "sent" and item.server_reference == first.reference
    assert central.count_by_key()[key] == 1


def test_rejection_does_not_block_others_and_can_be_put_back(
    outbox: Outbox, central: CentralServer
) -> None:
    good_before = outbox.enqueue(**sample())
    no_mobile = {k: v for k, v in sample()["payload"].items() if k != "mobile"}
    bad = outbox.enqueue(**sample(payload=no_mobile))
    good_after = outbox.enqueue(**sample("business"))
    with client_for(central) as client:
        worker = SyncWorker(outbox, client)
        report = worker.sync_once()
        assert (report.sent, report.rejected) == (2, 1)
        item = outbox.get(bad)
        assert item is not None and item.state == "rejected"
        assert item.reject_code == "invalid_payload"
        assert item.reject_errors == {"payload.mobile": "required"}
        assert [i.id for i in outbox.list("rejected")] == [bad]
        assert bad not in central.count_by_key()
        # Staff correct the number and put it back; it goes out under the same key.
        outbox.retry(bad, {**no_mobile, "mobile": "+994501234567"})
        worker.notify()
        assert worker.sync_once().sent == 1
    assert outbox.get(bad).state == "sent"  # type: ignore[union-attr]
    assert {good_before, bad, good_after} <= set(central.count_by_key())


def test_idempotency_conflict_is_rejected_for_staff(outbox: Outbox, central: CentralServer) -> None:
    other = sample_submission()
    with client_for(central) as client:
        assert isinstance(client.submit(other, other["submission_id"]), Accepted)
        key = outbox.enqueue(**sample(), submission_id=other["submission_id"])
        clash = outbox.enqueue(**sample(tracking_code=other["tracking_code"]))
        report = SyncWorker(outbox, client).sync_once()
    assert report.rejected == 2
    assert outbox.get(key).reject_code == "idempotency_conflict"  # type: ignore[union-attr]
    assert outbox.get(clash).reject_code == "tracking_code_conflict"  # type: ignore[union-attr]
    assert central.count_by_key()[other["submission_id"]] == 1
    assert clash not in central.count_by_key()


def test_unreachable_server_backs_the_link_off(outbox: Outbox, outbox_path: Path) -> None:
    clock = FakeClock()
    box = Outbox(outbox_path.with_name("link.sqlite3"), kiosk_id=KIOSK_ID, clock=clock)
    keys = [box.enqueue(**sample()) for _ in range(3)]
    dead = CentralClient(f"http://127.0.0.1:{free_port()}", "t", timeout=0.5, connect_retries=0)
    worker = SyncWorker(box, dead, backoff=Backoff(2, 300))
    report = worker.sync_once()
    assert report.retried == 1 and report.sent == 0  # stopped after the first: the link is down
    assert worker.online is False
    first = box.get(keys[0])
    assert first is not None and first.state == "pending" and first.last_error == "connection"
    assert [box.get(k).attempts for k in keys] == [1, 0, 0]  # type: ignore[union-attr]
    assert worker.sync_once().skipped_link_down  # nothing tried before the link is due
    assert worker.status().counts["pending"] == 3
    box.close()


class Scripted:
    """A Sender that answers by tracking code from a script (the rest: accepted)."""

    def __init__(self, script: Mapping[str, list[SubmitResult | Exception]]) -> None:
        self.script = {k: list(v) for k, v in script.items()}
        self.calls: list[str] = []

    def submit(self, envelope: Mapping[str, Any], idempotency_key: str) -> SubmitResult:
        code = envelope["tracking_code"]
        self.calls.append(code)
        answers = self.script.get(code)
        if answers:
            answer = answers.pop(0)
            if isinstance(answer, Exception):
                raise answer
            return answer
        return Accepted(reference=f"R-{code}")


class MaxRng:
    """Makes full jitter deterministic: always the top of the range."""

    def uniform(self, a: float, b: float) -> float:
        return b


def test_one_bad_row_backs_off_alone_exponentially_to_the_cap(outbox_path: Path) -> None:
    clock = FakeClock()
    box = Outbox(outbox_path, clock=clock)
    bad = sample()
    box.enqueue(**bad)
    others = [box.enqueue(**sample()) for _ in range(3)]
    fails = [RetryLater("http_500", status=500) for _ in range(12)]
    sender = Scripted({bad["tracking_code"]: list(fails)})
    worker = SyncWorker(box, sender, backoff=Backoff(2.0, 300.0, rng=MaxRng()))  # type: ignore[arg-type]
    report = worker.sync_once()
    assert (report.sent, report.retried) == (3, 1)  # the others went past it
    assert all(box.get(k).state == "sent" for k in others)  # type: ignore[union-attr]
    waits = []
    for _ in range(10):
        item = box.find_by_tracking_code(bad["tracking_code"])
        assert item is not None and item.state == "pending"
        waits.append(item.next_attempt_at - clock.now)
        clock.now = item.next_attempt_at
        worker.sync_once()
    assert waits == [2, 4, 8, 16, 32, 64, 128, 256, 300, 300]
    box.close()


def test_full_jitter_stays_within_the_ceiling() -> None:
    backoff = Backoff(2.0, 300.0)
    for failures in range(1, 15):
        for _ in range(50):
            assert 0 <= backoff.delay(failures) <= min(300, 2 * 2 ** (failures - 1))
    assert backoff.delay(3, retry_after=120) >= 120
    assert Backoff(2.0, 300.0).delay(0) == 0


def test_retry_after_is_honoured(outbox_path: Path) -> None:
    clock = FakeClock()
    box = Outbox(outbox_path, clock=clock)
    slow = sample()
    box.enqueue(**slow)
    box.enqueue(**sample())
    sender = Scripted(
        {slow["tracking_code"]: [RetryLater("http_429", retry_after=120, status=429)]}
    )
    worker = SyncWorker(box, sender, backoff=Backoff(0.001, 0.001))
    assert worker.sync_once().retried == 1
    item = box.find_by_tracking_code(slow["tracking_code"])
    assert item is not None and item.next_attempt_at >= clock.now + 120
    clock.advance(119)
    assert worker.sync_once().skipped_link_down and len(sender.calls) == 1
    clock.advance(2)
    report = worker.sync_once()
    assert report.sent == 2 and box.counts()["sent"] == 2
    box.close()


def test_link_recovery_makes_held_rows_due_at_once(outbox_path: Path) -> None:
    clock = FakeClock()
    box = Outbox(outbox_path, clock=clock)
    first = sample()
    box.enqueue(**first)
    later = box.enqueue(**sample())
    sender = Scripted({first["tracking_code"]: [RetryLater("connection", transport=True)]})
    big = Backoff(300.0, 300.0, rng=MaxRng())  # type: ignore[arg-type]
    worker = SyncWorker(box, sender, backoff=big, link_backoff=Backoff(1.0, 1.0, rng=MaxRng()))  # type: ignore[arg-type]
    worker.sync_once()
    item = box.find_by_tracking_code(first["tracking_code"])
    assert item is not None and item.next_attempt_at == clock.now + 1.0
    clock.advance(1.0)
    report = worker.sync_once()
    assert report.sent == 2 and box.get(later).state == "sent"  # type: ignore[union-attr]
    box.close()


def test_a_client_that_raises_does_not_kill_the_worker(outbox_path: Path) -> None:
    clock = FakeClock()
    box = Outbox(outbox_path, clock=clock)
    odd = sample()
    box.enqueue(**odd)
    sender = Scripted({odd["tracking_code"]: [RuntimeError("bug")]})
    worker = SyncWorker(box, sender, backoff=Backoff(1.0, 1.0))
    assert worker.sync_once().retried == 1
    assert box.find_by_tracking_code(odd["tracking_code"]).last_error == "client:RuntimeError"  # type: ignore[union-attr]
    clock.advance(5)
    assert worker.sync_once().sent == 1
    box.close()


def test_worker_thread_wakes_on_notify_reports_and_stops(
    outbox: Outbox, central: CentralServer
) -> None:
    seen: list[SyncStatus] = []
    all_sent = threading.Event()

    def listener(status: SyncStatus) -> None:
        seen.append(status)
        if status.counts["sent"] == 3 and status.waiting == 0:
            all_sent.set()

    with client_for(central) as client:
        worker = SyncWorker(outbox, client, idle_poll_s=600)
        worker.subscribe(listener)
        calls = {"n": 0}
        claim = outbox.claim_next

        def flaky_claim() -> Any:
            calls["n"] += 1
            if calls["n"] == 1:
                raise RuntimeError("disk hiccup")
            return claim()

        outbox.claim_next = flaky_claim  # type: ignore[method-assign]
        worker.link_backoff = Backoff(0.01, 0.01)
        worker.start()
        for _ in range(3):
            outbox.enqueue(**sample())
            worker.notify()
        assert all_sent.wait(60)
        worker.stop()
    assert not worker.is_alive()
    assert any(s.last_error == "worker:RuntimeError" for s in seen)  # reported, not swallowed
    assert seen[-1].last_error is None and seen[-1].online is True


@pytest.mark.parametrize("halted_reason", ["outbox.disk_full"])
def test_worker_pauses_while_halted(outbox: Outbox, halted_reason: str) -> None:
    outbox.enqueue(**sample())
    pages = outbox.db.execute("PRAGMA page_count").fetchone()[0]
    outbox.db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(Exception, match=halted_reason):
        outbox.enqueue(**sample("water_reading", payload={"x": "y" * 100_000}))
    sender = Scripted({})
    report = SyncWorker(outbox, sender).sync_once()
    assert report.halted and sender.calls == []
