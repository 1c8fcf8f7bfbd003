"""Ratings kept in the outbox and sent after their application, and the heartbeat of the sync worker,
against the real reference central server on 127.0.0.1 (docs/OUTBOX.md "Ratings", docs/WIRE.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from outbox_helpers import KIOSK_ID, FakeClock, sample
from sqlalchemy import select
from sqlalchemy.orm import Session

from central.db import KioskHeartbeat, Rating, Submission, make_engine
from central.testing import CentralServer, free_port
from kiosk.api import CentralClient
from kiosk.core.tracking import new_code
from kiosk.offline_queue import Outbox, SyncWorker
from kiosk.offline_queue.errors import InvalidSubmission
from kiosk.offline_queue.schema import LATEST


def client_for(central: CentralServer) -> CentralClient:
    return CentralClient(central.url, central.token, kiosk_id=KIOSK_ID)


def unreachable() -> CentralClient:
    return CentralClient(f"http://127.0.0.1:{free_port()}", "ck_none", connect_retries=0)


def central_ratings(central: CentralServer, code: str) -> dict[str, int]:
    engine = make_engine(central.database_url)
    try:
        with Session(engine) as s:
            pk = s.scalar(select(Submission.id).where(Submission.tracking_code == code))
            rows = s.scalars(select(Rating).where(Rating.submission_pk == pk))
            return {r.channel: r.score for r in rows}
    finally:
        engine.dispose()


def central_heartbeat(central: CentralServer, kiosk_id: str) -> KioskHeartbeat | None:
    engine = make_engine(central.database_url)
    try:
        with Session(engine) as s:
            return s.get(KioskHeartbeat, kiosk_id)
    finally:
        engine.dispose()


def test_a_rating_waits_for_its_application_survives_a_restart_then_follows_it(
    outbox_path: Path, central: CentralServer
) -> None:
    clock = FakeClock()
    with Outbox(outbox_path, kiosk_id=KIOSK_ID, clock=clock) as outbox:
        args = sample()
        outbox.enqueue(**args)
        code = args["tracking_code"]
        outbox.add_rating(code, 2)
        outbox.add_rating(code, 4)  # changed their mind before it left: the last tap counts
        assert outbox.due_ratings() == []  # its application is not acknowledged yet
        with unreachable() as client:
            report = SyncWorker(outbox, client).sync_once()
        assert report.sent == 0 and report.ratings_sent == 0
    clock.advance(3600)  # the backoff of the failed attempt is over
    with Outbox(outbox_path, kiosk_id=KIOSK_ID, clock=clock) as outbox:  # the kiosk restarted
        rating = outbox.rating_of(code)
        assert rating is not None and (rating["score"], rating["state"]) == (4, "pending")
        with client_for(central) as client:
            report = SyncWorker(outbox, client).sync_once()
        assert report.sent == 1 and report.ratings_sent == 1
        assert central_ratings(central, code) == {"kiosk": 4}
        rating = outbox.rating_of(code)
        assert rating is not None and rating["state"] == "sent"
        with client_for(central) as client:  # nothing is sent twice
            assert SyncWorker(outbox, client).sync_once().ratings_sent == 0


def test_a_rating_of_a_refused_application_is_dropped(
    outbox: Outbox, central: CentralServer
) -> None:
    no_mobile = {k: v for k, v in sample()["payload"].items() if k != "mobile"}
    args = sample(payload=no_mobile)
    outbox.enqueue(**args)
    outbox.add_rating(args["tracking_code"], 5)
    with client_for(central) as client:
        report = SyncWorker(outbox, client).sync_once()
    assert report.rejected == 1 and report.ratings_sent == 0
    rating = outbox.rating_of(args["tracking_code"])
    assert rating is not None and rating["state"] == "rejected"


def test_a_rating_the_central_does_not_know_is_dropped_not_retried(
    outbox: Outbox, central: CentralServer
) -> None:
    args = sample()
    outbox.enqueue(**args)
    code = args["tracking_code"]
    with client_for(central) as client:
        SyncWorker(outbox, client).sync_once()
    # The same tracking code, but the central's copy is gone (a central restored from a backup).
    other = new_code()
    outbox.db.execute(
        "UPDATE submissions SET tracking_code = ? WHERE tracking_code = ?", [other, code]
    )
    outbox.add_rating(other, 3)
    with client_for(central) as client:
        assert SyncWorker(outbox, client).sync_once().ratings_sent == 0
    rating = outbox.rating_of(other)
    assert rating is not None and rating["state"] == "rejected"
    assert rating["last_error"] == "not_found"


@pytest.mark.parametrize("score", [0, 6, True, "5", 2.0])
def test_only_scores_one_to_five_are_kept(outbox: Outbox, score: Any) -> None:
    args = sample()
    outbox.enqueue(**args)
    with pytest.raises(InvalidSubmission):
        outbox.add_rating(args["tracking_code"], score)
    assert outbox.rating_of(args["tracking_code"]) is None


def test_a_malformed_code_is_refused(outbox: Outbox) -> None:
    with pytest.raises(InvalidSubmission):
        outbox.add_rating("NOT A CODE", 3)


def test_an_outbox_of_schema_1_gains_the_ratings_table(outbox_path: Path) -> None:
    with Outbox(outbox_path, kiosk_id=KIOSK_ID) as outbox:
        key = outbox.enqueue(**sample())
        outbox.db.execute("DROP TABLE ratings")
        outbox.db.execute("PRAGMA user_version = 1")
    with Outbox(outbox_path, kiosk_id=KIOSK_ID) as outbox:
        assert outbox.db.execute("PRAGMA user_version").fetchone()[0] == LATEST == 2
        assert outbox.get(key) is not None
        item = outbox.get(key)
        assert item is not None
        outbox.add_rating(item.tracking_code, 5)


def test_heartbeat_every_interval_with_what_the_kiosk_knows(
    outbox_path: Path, central: CentralServer
) -> None:
    clock = FakeClock()
    facts = {"printer_state": "paper_out", "staff_call": True}
    with Outbox(outbox_path, kiosk_id="BEAT-KIOSK-01", clock=clock) as outbox:
        outbox.enqueue(**sample())
        outbox.enqueue(**sample())
        with client_for(central) as client:
            worker = SyncWorker(outbox, client, heartbeat_s=60, facts=lambda: facts)
            assert worker.beat_if_due() is True
            beat = central_heartbeat(central, "BEAT-KIOSK-01")
            assert beat is not None
            assert (beat.queue_depth, beat.printer_state, beat.staff_call) == (2, "paper_out", True)
            assert beat.oldest_pending_at is not None and beat.last_sync_at is None
            assert beat.token_name == central.kiosk_id
            assert worker.beat_if_due() is False  # not due again yet
            worker.sync_once()
            clock.advance(61)
            facts.update(printer_state="ok", staff_call=False)
            assert worker.beat_if_due() is True
        beat = central_heartbeat(central, "BEAT-KIOSK-01")
        assert beat is not None
        assert (beat.queue_depth, beat.oldest_pending_at, beat.printer_state) == (0, None, "ok")
        assert beat.staff_call is False and beat.last_sync_at is not None


def test_a_failed_heartbeat_disturbs_nothing(outbox: Outbox) -> None:
    def broken() -> dict[str, Any]:
        raise RuntimeError("the window is gone")

    key = outbox.enqueue(**sample())
    with unreachable() as client:
        worker = SyncWorker(outbox, client, heartbeat_s=60)
        assert worker.beat_if_due() is False  # nobody answers
        worker.facts = broken
        worker._next_beat = 0.0
        assert worker.beat_if_due() is False  # its facts fail
    item = outbox.get(key)
    assert item is not None and item.state == "pending" and item.attempts == 0
    off = SyncWorker(outbox, unreachable(), heartbeat_s=0)
    assert off.heartbeat_s is None and off.beat_if_due() is False
