"""Database capacity settings, the lanes' fast 503, concurrent status moves, and NUL in input."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
import requests

from central import migrate, store, workflow
from central.capacity import Busy, Lane
from central.config import REPO_ROOT, Settings
from central.db import open_db
from central.schemas import SubmissionIn
from central.testing import CentralServer, attachment, sample_submission

TIMEOUT = 10
PG_URL = "postgresql+psycopg://central@/central"


# -- settings ---------------------------------------------------------------------------------
def test_defaults_per_database_stay_within_the_pool_and_the_kiosk_timeout() -> None:
    lite = Settings(database_url="sqlite:///x.db").limits()
    assert lite.write_concurrency == 1  # SQLite has one writer at a time
    pg = Settings(database_url=PG_URL).limits()
    assert pg.write_concurrency > 1
    for limits in (lite, pg):
        assert limits.write_concurrency + limits.read_concurrency <= limits.pool_size
        assert 2 * limits.queue_wait_s + limits.pool_timeout_s < 10.0


def test_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CENTRAL_DB_POOL_SIZE", "20")
    monkeypatch.setenv("CENTRAL_DB_WRITE_CONCURRENCY", "12")
    monkeypatch.setenv("CENTRAL_DB_QUEUE_WAIT_S", "0.5")
    limits = Settings(database_url=PG_URL).limits()
    assert (limits.pool_size, limits.write_concurrency, limits.queue_wait_s) == (20, 12, 0.5)
    monkeypatch.setenv("CENTRAL_DB_POOL_SIZE", "lots")
    with pytest.raises(ValueError, match="CENTRAL_DB_POOL_SIZE"):
        Settings()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"db_pool_size": 4, "db_write_concurrency": 3, "db_read_concurrency": 2}, "pool size"),
        ({"db_queue_wait_s": 4.0}, "read timeout"),
        ({"db_pool_timeout_s": 10.0}, "read timeout"),
    ],
)
def test_limits_that_could_hang_a_kiosk_are_refused(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Settings(database_url=PG_URL, **changes).limits()


def test_engine_pool_follows_the_limits(tmp_path: Path) -> None:
    limits = Settings(database_url=f"sqlite:///{tmp_path / 'c.db'}", db_pool_size=7).limits()
    engine, _ = open_db(f"sqlite:///{tmp_path / 'c.db'}", **limits.engine_options())
    try:
        assert engine.pool.size() == 7  # type: ignore[attr-defined]
        assert engine.pool.timeout() == limits.pool_timeout_s  # type: ignore[attr-defined]
    finally:
        engine.dispose()


# -- lanes ------------------------------------------------------------------------------------
def test_a_full_lane_refuses_fast_with_a_retry_after() -> None:
    async def scenario() -> tuple[list[Any], float]:
        lane = Lane(slots=1, queue_limit=1, wait_s=0.3, retry_after_max_s=3)
        hold = asyncio.Event()

        async def holder() -> str:
            async with lane.slot():
                await hold.wait()
            return "held"

        async def waiter() -> str:
            async with lane.slot():
                return "served"

        first = asyncio.create_task(holder())
        await asyncio.sleep(0)
        queued = asyncio.create_task(waiter())  # queues, then times out after 0.3 s
        await asyncio.sleep(0)
        loop = asyncio.get_running_loop()
        t0 = loop.time()
        with pytest.raises(Busy) as refused:  # the queue is full: refused at once
            async with lane.slot():
                pass
        fast = loop.time() - t0
        assert 1 <= refused.value.retry_after <= 3
        results = await asyncio.gather(queued, return_exceptions=True)
        hold.set()
        results.append(await first)
        async with lane.slot():  # every slot was given back
            pass
        return results, fast

    results, fast = asyncio.run(scenario())
    assert isinstance(results[0], Busy)
    assert results[1] == "held"
    assert fast < 0.05


def test_saturated_server_answers_503_with_retry_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No queueing at all (wait 0): a request that finds both write slots taken is refused at once,
    and the kiosk can come back; nothing is stored twice."""
    monkeypatch.setenv("CENTRAL_DB_QUEUE_WAIT_S", "0")
    bodies = [sample_submission() for _ in range(60)]
    answers: list[requests.Response] = []
    lock = threading.Lock()
    with CentralServer(tmp_path) as central:

        def post(body: dict[str, Any]) -> None:
            key = body["submission_id"]
            got = requests.post(
                central.url + "/api/v1/submissions",
                json=body,
                headers=central.headers(key),
                timeout=TIMEOUT,
            )
            with lock:
                answers.append(got)

        threads = [threading.Thread(target=post, args=(b,)) for b in bodies]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        codes = sorted({a.status_code for a in answers})
        assert set(codes) <= {201, 503} and 201 in codes, codes
        for refused in (a for a in answers if a.status_code == 503):
            assert refused.json() == {"detail": {"code": "busy"}}
            assert 1 <= int(refused.headers["Retry-After"]) <= 5
        stored = {a.json()["tracking_code"] for a in answers if a.status_code == 201}
        assert len(central.count_by_key()) == len(stored)


# -- concurrent status moves ------------------------------------------------------------------
def _water_reading(central: CentralServer) -> str:
    body = sample_submission("water_reading")
    answer = requests.post(
        central.url + "/api/v1/submissions",
        json=body,
        headers=central.headers(body["submission_id"]),
        timeout=TIMEOUT,
    )
    assert answer.status_code == 201, answer.text
    return str(body["tracking_code"])


def test_sixteen_concurrent_exclusive_moves_one_wins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """8 staff move a water reading to ``accepted`` and 8 to ``onsite_check`` at the same moment
    (the server runs 8 writes at once): one move succeeds, the 15 others are 409."""
    monkeypatch.setenv("CENTRAL_DB_WRITE_CONCURRENCY", "8")
    with CentralServer(tmp_path) as central:
        code = _water_reading(central)
        url = f"{central.url}/api/v1/admin/applications/{code}/status"
        barrier = threading.Barrier(16)
        answers: list[requests.Response] = []
        lock = threading.Lock()

        def move(target: str) -> None:
            with requests.Session() as http:
                http.get(central.url + "/healthz", timeout=TIMEOUT)  # connection open
                barrier.wait()
                got = http.post(
                    url, json={"status": target}, headers=central.admin_headers(), timeout=TIMEOUT
                )
            with lock:
                answers.append(got)

        threads = [
            threading.Thread(target=move, args=("accepted" if i % 2 else "onsite_check",))
            for i in range(16)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        codes = sorted(a.status_code for a in answers)
        assert codes == [200] + [409] * 15, codes
        winner = next(a.json() for a in answers if a.status_code == 200)
        for lost in (a.json()["detail"] for a in answers if a.status_code == 409):
            assert lost["code"] == "invalid_transition"
            assert lost["status"] == winner["status"]
        view = requests.get(
            f"{central.url}/api/v1/admin/applications/{code}",
            headers=central.admin_headers(),
            timeout=TIMEOUT,
        ).json()
        assert [e["status"] for e in view["timeline"]] == ["received", winner["status"]]


def test_move_decided_between_read_and_write_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The write is conditional on the status read: a move committed by another session after this
    one read the row (as two processes on SQLite can interleave) makes this one MovedMeanwhile."""
    url = f"sqlite:///{tmp_path / 'c.db'}"
    migrate.upgrade(url)
    engine, sessions = open_db(url)
    body = sample_submission("water_reading")
    sub = SubmissionIn.model_validate(body)
    with sessions() as session:
        store.store(session, sub, body, store.canonical_sha256(body), "k")
    real_now = store.utcnow
    interleaved: list[str] = []

    def now_with_a_rival() -> Any:
        if not interleaved:
            interleaved.append("rival")
            with sessions() as rival:
                store.advance(rival, sub.tracking_code, "accepted", "staff:rival")
        return real_now()

    monkeypatch.setattr(store, "utcnow", now_with_a_rival)
    try:
        with sessions() as session, pytest.raises(store.MovedMeanwhile) as lost:
            store.advance(session, sub.tracking_code, "onsite_check", "staff:late")
        assert (lost.value.seen, lost.value.current) == ("received", "accepted")
        assert "invoice_formed" in lost.value.allowed
        with sessions() as session:
            row = store.find(session, sub.tracking_code)
            assert row is not None
            assert [e.status for e in row.events] == [
                workflow.initial_status("water_reading"),
                "accepted",
            ]
    finally:
        engine.dispose()


def test_cli_moves_at_once_one_wins(tmp_path: Path) -> None:
    with CentralServer(tmp_path) as central:
        code = _water_reading(central)
        procs = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "central",
                    "advance",
                    "--database-url",
                    central.database_url,
                    code,
                    "accepted" if i % 2 else "onsite_check",
                ],
                cwd=REPO_ROOT,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for i in range(6)
        ]
        results = [(p.wait(60), p.communicate()) for p in procs]
    assert sorted(rc for rc, _ in results) == [0] + [1] * 5
    for rc, (_out, err) in results:
        if rc:
            assert "cannot move" in err and "to " in err


# -- NUL --------------------------------------------------------------------------------------
def _post(central: CentralServer, body: dict[str, Any]) -> requests.Response:
    return requests.post(
        central.url + "/api/v1/submissions",
        json=body,
        headers=central.headers(body["submission_id"]),
        timeout=TIMEOUT,
    )


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"kiosk_id": "K03\x00"}, "kiosk_id"),
        (
            {"attachments": [{**attachment(b"jpeg"), "filename": "a\x00.jpg"}]},
            "attachments.0.filename",
        ),
        (
            {"attachments": [{**attachment(b"jpeg"), "content_type": "image/\x00"}]},
            "attachments.0.content_type",
        ),
    ],
)
def test_nul_in_stored_text_is_a_field_error(
    central: CentralServer, changes: dict[str, Any], field: str
) -> None:
    body = sample_submission("water_reading", **changes)
    answer = _post(central, body)
    assert answer.status_code == 422, answer.text
    assert answer.json() == {
        "detail": {"code": "invalid_payload", "errors": {field: "contains_nul"}}
    }
    assert body["submission_id"] not in central.count_by_key()


def test_nul_in_a_staff_note_is_a_field_error(central: CentralServer) -> None:
    code = _water_reading(central)
    answer = requests.post(
        f"{central.url}/api/v1/admin/applications/{code}/status",
        json={"status": "accepted", "note": "seal\x00broken"},
        headers=central.admin_headers(),
        timeout=TIMEOUT,
    )
    assert answer.status_code == 422, answer.text
    assert answer.json() == {
        "detail": {"code": "invalid_payload", "errors": {"note": "contains_nul"}}
    }
    view = requests.get(f"{central.url}/api/v1/status/{code}", timeout=TIMEOUT).json()
    assert view["status"] == "received"
