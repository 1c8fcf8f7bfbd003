"""The confirmation screen's optional 1–5 rating, tapped like a finger, reaching a real reference central
on 127.0.0.1 through the kiosk's real backend (outbox file, sync worker, HTTP client) — first while the
central is away, then once it is back; and "Call staff" told to the fleet page by the heartbeat."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session
from ui_driver import Driver

from central.db import KioskHeartbeat, Rating, Submission, make_engine
from central.testing import CentralServer, sample_payload
from kiosk.api.client import CentralClient
from kiosk.backend import CentralBackend
from kiosk.config import KioskConfig
from kiosk.core import services
from kiosk.core.application import ValidatedApplication
from kiosk.offline_queue import Backoff, Outbox, SyncWorker

KIOSK_ID = "UI-RATING-01"
WAIT_MS = 30_000  # the worker's quick retries against a server that is starting


@pytest.fixture
def central(tmp_path: Path) -> Iterator[CentralServer]:
    with CentralServer(tmp_path / "central", kiosk_id=KIOSK_ID) as server:
        yield server


@pytest.fixture
def backend(tmp_path: Path, central: CentralServer) -> Iterator[CentralBackend]:
    """The kiosk's own backend (replaces the UI tests' test double for the window fixture)."""
    config = KioskConfig(
        data_dir=tmp_path / "kiosk",
        kiosk_id=KIOSK_ID,
        central_url=central.url,
        api_token=central.token,
        public_status_url="https://status.example.az",
    )
    outbox = Outbox(config.outbox_path, kiosk_id=KIOSK_ID)
    client = CentralClient(central.url, central.token, kiosk_id=KIOSK_ID, connect_retries=0)
    quick = Backoff(base_s=0.05, cap_s=0.2)
    worker = SyncWorker(
        outbox, client, backoff=quick, link_backoff=quick, idle_poll_s=0.2, heartbeat_s=0.2
    )
    made = CentralBackend(config, outbox, client, worker, [])
    yield made
    made.close()


def central_rows(central: CentralServer) -> tuple[dict[str, int], KioskHeartbeat | None]:
    """The central's ratings by channel of every application, and this kiosk's heartbeat."""
    engine = make_engine(central.database_url)
    try:
        with Session(engine) as s:
            ratings = {
                f"{code}:{channel}": score
                for code, channel, score in s.execute(
                    select(Submission.tracking_code, Rating.channel, Rating.score).join(
                        Rating, Rating.submission_pk == Submission.id
                    )
                )
            }
            return ratings, s.get(KioskHeartbeat, KIOSK_ID)
    finally:
        engine.dispose()


def submit(kiosk: Driver, backend: CentralBackend) -> str:
    service = services.ids()[0]
    payload, _files = sample_payload(service)
    done = backend.submit(ValidatedApplication(service, payload, {}, []), None, "en")
    kiosk.window.start_service(service)
    kiosk.window.wizard.submitted.emit(done, None)
    kiosk.qtbot.waitUntil(lambda: kiosk.screen() is kiosk.window.confirmation)
    return done.tracking_code


def test_rating_taken_offline_reaches_the_central_once_it_is_back(
    kiosk: Driver, backend: CentralBackend, central: CentralServer
) -> None:
    central.stop()  # the central is away
    backend.worker.start()
    code = submit(kiosk, backend)
    assert kiosk.find("ratingQuestion").isVisible()
    assert not kiosk.find("ratingThanks").isVisible()
    kiosk.touch("rate4")
    # Thanks at once; the buttons are gone (one rating per application at the kiosk).
    kiosk.qtbot.waitUntil(lambda: kiosk.find("ratingThanks").isVisible())
    assert kiosk.label("ratingThanks") == "Thank you for your rating."
    assert not any(kiosk.find(f"rate{n}").isVisible() for n in range(1, 6))
    kiosk.qtbot.waitUntil(lambda: backend.outbox.rating_of(code) is not None)
    rating = backend.outbox.rating_of(code)
    assert rating is not None and (rating["score"], rating["state"]) == (4, "pending")
    item = backend.outbox.find_by_tracking_code(code)
    # Neither has left the kiosk: the worker keeps retrying the application, so it may be
    # "sending" (an attempt under way) as well as "pending", but never sent.
    assert item is not None and item.state in ("pending", "sending") and item.sent_at is None
    central.restart()  # back on the same address
    kiosk.qtbot.waitUntil(
        lambda: central_rows(central)[0].get(f"{code}:kiosk") == 4, timeout=WAIT_MS
    )
    # The central commits before the answer reaches the kiosk's worker, which then marks it sent.
    kiosk.qtbot.waitUntil(
        lambda: (backend.outbox.rating_of(code) or {}).get("state") == "sent", timeout=WAIT_MS
    )
    rating = backend.outbox.rating_of(code)
    assert rating is not None and rating["score"] == 4
    kiosk.qtbot.waitUntil(lambda: kiosk.label("sendState") == "Sent to the utility.")
    # The next applicant sees the question again.
    kiosk.touch("finish")
    kiosk.touch("leaveUnprintedYes")
    kiosk.qtbot.waitUntil(lambda: kiosk.screen() is kiosk.window.home)
    second = submit(kiosk, backend)
    assert second != code and kiosk.find("rate5").isVisible()


def test_call_staff_reaches_the_fleet_page_by_the_heartbeat(
    kiosk: Driver, backend: CentralBackend, central: CentralServer
) -> None:
    backend.worker.start()
    kiosk.qtbot.waitUntil(lambda: central_rows(central)[1] is not None, timeout=WAIT_MS)
    beat = central_rows(central)[1]
    assert beat is not None and beat.staff_call is False and beat.printer_state == "unknown"
    kiosk.touch("callStaff")

    def called() -> bool:
        now = central_rows(central)[1]
        return now is not None and now.staff_call is True

    kiosk.qtbot.waitUntil(called, timeout=WAIT_MS)
    kiosk.window.help_handled()  # staff dealt with it (staff mode's dashboard button)
    kiosk.qtbot.waitUntil(lambda: not called(), timeout=WAIT_MS)
