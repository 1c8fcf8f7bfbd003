"""Fast unit tests: rate limiter, workflow, canonical hashing, tariffs, token hashing, body limit."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import requests
from sqlalchemy import select

from central import tariffs, workflow
from central.db import RateLimitHit, make_engine
from central.migrate import upgrade
from central.ratelimit import FixedWindowLimiter
from central.store import canonical_sha256
from central.testing import CentralServer, sample_submission


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_fixed_window_limits_per_key(database_url: str) -> None:
    upgrade(database_url)
    engine = make_engine(database_url)
    clock = Clock()
    try:
        limiter = FixedWindowLimiter(engine, 2, 10, clock=clock)  # windows [1000, 1010) …
        assert limiter.hit("a") == 0
        clock.now += 4
        assert limiter.hit("a") == 0
        assert limiter.hit("a") == 6  # until the window ends
        assert limiter.hit("b") == 0
        # Another process with its own limiter counts the same hits.
        other = FixedWindowLimiter(engine, 2, 10, clock=clock)
        assert other.hit("a") == 6
        assert other.hit("b") == 0
        assert other.hit("b") == 6
        clock.now += 6  # a new window
        assert limiter.hit("a") == 0
        assert limiter.hit("a") == 0
        assert limiter.hit("a") == 10
    finally:
        engine.dispose()


def test_limiter_forgets_ended_windows_and_addresses(database_url: str) -> None:
    upgrade(database_url)
    engine = make_engine(database_url)
    clock = Clock()
    try:
        limiter = FixedWindowLimiter(engine, 1, 10, clock=clock)
        for i in range(50):
            limiter.hit(f"10.0.0.{i}")
        clock.now += 10
        limiter.hit("10.0.0.1")
        with engine.connect() as conn:
            rows = conn.execute(select(RateLimitHit.client, RateLimitHit.hits)).all()
        assert len(rows) == 1  # only the current window's
        assert "10.0.0.1" not in rows[0].client  # a hash, not the address
    finally:
        engine.dispose()


def test_workflow_transitions() -> None:
    assert workflow.allowed_next("household", "received") == ("under_review", "rejected")
    assert workflow.allowed_next("household", "connected") == ()
    assert workflow.allowed_next("household", "rejected") == ()
    assert workflow.allowed_next("water_reading", "received") == (
        "accepted",
        "onsite_check",
        "rejected",
    )
    assert workflow.allowed_next("prosumer", "under_review") == ("contract", "rejected")
    assert workflow.is_final("water_reading", "invoice_formed")
    assert "fee_to_pay" not in [
        s
        for st in ("received", "under_review", "contract")
        for s in workflow.allowed_next("prosumer", st)
    ]


def test_every_status_has_texts_in_three_languages() -> None:
    from central import texts
    from kiosk.core.statuses import STATUSES

    shown = []
    for service in workflow.SERVICES:
        for lang in texts.LANGUAGES:
            shown.append(texts.service_name(service, lang))
    for status in workflow.ALL_STATUSES:
        names = {lang: texts.status_name(status, lang) for lang in texts.LANGUAGES}
        assert names["en"] == STATUSES[status]
        assert names["az"] != names["en"] and names["ru"] != names["en"]
        shown += names.values()
        for service in workflow.SERVICES:
            steps = {lang: texts.next_step(service, status, lang) for lang in texts.LANGUAGES}
            assert all(steps.values())
            assert steps["az"] != steps["en"] and steps["ru"] != steps["en"]
            shown += steps.values()
    for key in texts.PAGE:
        shown += [texts.page_text(key, lang) for lang in texts.LANGUAGES]
    # Latin schwa, never the Cyrillic look-alike.
    assert all(shown) and "\u04d9" not in repr(shown)


def test_the_workflow_is_the_definitions_flow() -> None:
    from kiosk.core import services

    assert workflow.SERVICES == services.ids()
    for service in services.all_services():
        assert workflow.initial_status(service.id) == service.initial_status
        for status in service.statuses:
            assert status in workflow.ALL_STATUSES
            assert workflow.allowed_next(service.id, status) == service.allowed_next(status)
    assert workflow.ALL_STATUSES[-1] == "rejected"
    assert workflow.allowed_next("no_such_service", "received") == ()


def test_canonical_hash_ignores_key_order_and_whitespace() -> None:
    a = {"b": 1, "a": {"y": "ə", "x": [1, 2]}}
    b = {"a": {"x": [1, 2], "y": "ə"}, "b": 1}
    assert canonical_sha256(a) == canonical_sha256(b)
    assert canonical_sha256(a) != canonical_sha256({**a, "b": 2})


def write(folder: Path, name: str, sid: str, date: str) -> None:
    text = f'id = "{sid}"\nsource = "decision"\neffective_from = {date}\n'
    (folder / name).write_text(text, encoding="utf-8")


def test_current_schedule_picks_newest_in_force(tmp_path: Path) -> None:
    write(tmp_path, "a.toml", "A", "2018-07-24")
    write(tmp_path, "b.toml", "B", "2024-06-03")
    write(tmp_path, "c.toml", "C", "2026-01-01")
    (tmp_path / "bad.toml").write_text('id = "X"\n', encoding="utf-8")
    assert tariffs.current(tmp_path, dt.date(2024, 6, 2)).id == "A"  # type: ignore[union-attr]
    assert tariffs.current(tmp_path, dt.date(2024, 6, 3)).id == "B"  # type: ignore[union-attr]
    assert tariffs.current(tmp_path, dt.date(2030, 1, 1)).id == "C"  # type: ignore[union-attr]
    assert tariffs.current(tmp_path, dt.date(2000, 1, 1)) is None
    assert tariffs.current(tmp_path / "missing") is None


def test_tokens_are_stored_hashed_and_role_bound(database_url: str) -> None:
    from sqlalchemy import select

    from central import auth
    from central.db import ApiToken, open_db

    upgrade(database_url)
    engine, sessionmaker = open_db(database_url)
    try:
        with sessionmaker() as session:
            token = auth.create_token(session, auth.KIOSK, "K1")
            stored = session.scalars(select(ApiToken.token_sha256)).all()
            assert token not in stored and auth.token_sha256(token) in stored
            kiosk = auth.authenticate(session, f"Bearer {token}", auth.KIOSK)
            assert kiosk == auth.Principal(auth.KIOSK, "K1")
            assert auth.authenticate(session, f"Bearer {token}", auth.ADMIN) is None
            assert auth.authenticate(session, token, auth.KIOSK) is None
            assert auth.authenticate(session, None, auth.KIOSK) is None
            env = auth.authenticate(session, "Bearer env-secret", auth.ADMIN, "env-secret")
            assert env == auth.Principal(auth.ADMIN, auth.ENV_ADMIN_NAME)
            assert auth.authenticate(session, "Bearer env-secret", auth.KIOSK, "env-secret") is None
    finally:
        engine.dispose()


def test_body_over_limit_is_413(tmp_path: Path, database_url: str) -> None:
    with CentralServer(
        tmp_path, database_url=database_url, extra_args=["--max-body-mb", "0.004"]
    ) as central:
        body = sample_submission()
        body["payload"]["notes"] = "x" * 5000
        url = central.url + "/api/v1/submissions"
        headers = central.headers(body["submission_id"])
        answer = requests.post(url, json=body, headers=headers, timeout=10)
        assert answer.status_code == 413
        assert answer.json() == {"detail": {"code": "too_large"}}
        body["payload"]["notes"] = "short"
        assert requests.post(url, json=body, headers=headers, timeout=10).status_code == 201
        assert central.count_by_key() == {body["submission_id"]: 1}


@pytest.mark.parametrize(
    "day", [dt.date(2018, 7, 23), dt.date(2024, 6, 2), dt.date(2024, 6, 3), dt.date(2026, 1, 1)]
)
def test_bundled_schedules_agree_with_the_kiosk(day: dt.date) -> None:
    """The server serves the schedule the kiosk itself would pick from the same folder."""
    kiosk_tariffs = pytest.importorskip("kiosk.core.tariffs")
    from central.config import DEFAULT_TARIFFS_DIR

    if not DEFAULT_TARIFFS_DIR.is_dir():
        pytest.skip("no bundled schedules")
    theirs = kiosk_tariffs.in_force(kiosk_tariffs.load_directory(DEFAULT_TARIFFS_DIR), day)
    ours = tariffs.current(DEFAULT_TARIFFS_DIR, day)
    assert (ours.id if ours else None) == (theirs.id if theirs else None)


def test_a_database_error_carries_no_value_of_the_statement(database_url: str) -> None:
    """A failed statement's error (which a server log may print) names the statement, never its
    values: a notification's recipient and text here, an application's answers elsewhere."""
    from sqlalchemy.exc import IntegrityError
    from sqlalchemy.orm import Session

    from central.db import Notification

    upgrade(database_url)
    engine = make_engine(database_url)
    marker = "+994501239876 SECRET-ANSWER"

    def row() -> Notification:
        return Notification(
            event_key="units:duplicate", kind="status", channel="sms", recipient=marker,
            language="az", text=marker, state="dev",
        )  # fmt: skip

    try:
        with Session(engine) as session:
            session.add(row())
            session.commit()
            session.add(row())  # the same event_key: refused
            with pytest.raises(IntegrityError) as refused:
                session.commit()
        assert "notifications" in str(refused.value)
        assert marker not in str(refused.value) and "1239876" not in str(refused.value)
    finally:
        engine.dispose()
