"""The strategy's KPIs (000 §4.4) from a data set whose values are worked out by hand below, the fleet's
flags from seeded heartbeats, and the heartbeat and rating endpoints on a real server — each on SQLite
and PostgreSQL."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
import requests
from sqlalchemy import select
from sqlalchemy.orm import Session

from central import auth, fleet, kpi, rating_form
from central.db import (
    ApiToken,
    KioskHeartbeat,
    Rating,
    StatusEvent,
    Submission,
    make_engine,
    open_db,
)
from central.migrate import upgrade
from central.testing import CentralServer, sample_submission
from kiosk.core import tracking

TIMEOUT = 10
NOW = datetime(2026, 6, 30, 12, 0, tzinfo=UTC)
CONNECTION = "household"  # a connection service: deadline 20 days (its definition's target_days)
READING = "water_reading"  # no deadline of its own: the strategy's 20 days apply to its delays


def days_ago(days: float) -> datetime:
    return NOW - timedelta(days=days)


@pytest.fixture
def session(database_url: str) -> Iterator[Session]:
    upgrade(database_url)
    engine, sessions = open_db(database_url)
    with sessions() as made:
        yield made
    engine.dispose()


def add(
    session: Session,
    service: str,
    received_days_ago: float,
    steps: list[tuple[str, float]],
    channel: str = "kiosk",
) -> Submission:
    """An application received ``received_days_ago`` days before NOW, then moved through ``steps``
    (status, days after it was received); its status is the last step's."""
    received = days_ago(received_days_ago)
    statuses = [("received", 0.0), *steps]
    row = Submission(
        submission_id=str(uuid.uuid4()),
        tracking_code=tracking.new_code(),
        service=service,
        kiosk_id="KPI-KIOSK",
        token_name="KPI-KIOSK",
        language="az",
        body_sha256="0" * 64,
        body_json="{}",
        created_at=received,
        received_at=received,
        updated_at=received + timedelta(days=statuses[-1][1]),
        status=statuses[-1][0],
        channel=channel,
    )
    for status, after in statuses:
        row.events.append(
            StatusEvent(status=status, at=received + timedelta(days=after), actor="test")
        )
    session.add(row)
    session.flush()
    return row


def rate(session: Session, row: Submission, channel: str, score: int, at_days_ago: float) -> None:
    session.add(
        Rating(submission_pk=row.id, channel=channel, score=score, at=days_ago(at_days_ago))
    )


CONNECTED = [
    ("under_review", 1),
    ("fee_to_pay", 2),
    ("paid", 2.5),
    ("works", 2.8),
]


def seed(session: Session) -> None:
    """Eleven applications (received days before NOW → what happened):

    connection service (deadline 20 days):
      A 50 → connected after 3 days    B 45 → connected after 10 days
      C 40 → connected after 25 days   D 60 → connected after 40 days
      E 30 → rejected after 5 days     F 25 → under review (open 25 days: a delay)
      G  5 → received (open 5 days)    H 21 → works, came by phone (open 21 days: a delay)
    meter reading (no deadline of its own: 20 days):
      W1 2 → invoice formed            W2 30 → received (open 30 days: a delay)
      W3 10 → rejected
    ratings: A kiosk 5 and phone 4 (45 days ago), B 3, C 5, W1 1 (a day ago).
    """
    a = add(session, CONNECTION, 50, [*CONNECTED, ("connected", 3)])
    b = add(session, CONNECTION, 45, [*CONNECTED, ("connected", 10)])
    c = add(session, CONNECTION, 40, [*CONNECTED, ("connected", 25)])
    add(session, CONNECTION, 60, [*CONNECTED, ("connected", 40)])
    add(session, CONNECTION, 30, [("under_review", 1), ("rejected", 5)])
    add(session, CONNECTION, 25, [("under_review", 2)])
    add(session, CONNECTION, 5, [])
    add(session, CONNECTION, 21, CONNECTED, channel="phone")
    w1 = add(session, READING, 2, [("accepted", 0.5), ("invoice_formed", 1)])
    add(session, READING, 30, [])
    add(session, READING, 10, [("rejected", 1)])
    rate(session, a, "kiosk", 5, 45)
    rate(session, a, "phone", 4, 45)
    rate(session, b, "kiosk", 3, 1)
    rate(session, c, "kiosk", 5, 1)
    rate(session, w1, "kiosk", 1, 1)
    session.commit()


def close(value: Decimal | None, expected: str) -> bool:
    return value is not None and abs(value - Decimal(expected)) < Decimal("0.000001")


def test_kpis_of_the_whole_history(session: Session) -> None:
    seed(session)
    k = kpi.compute(session, NOW)
    # 11 applications: 10 by kiosk, 1 (H) by phone. All are electronic, but the share of electronic
    # among all the utility's applications needs the paper ones, which the central never sees.
    assert k.applications == 11
    assert k.by_channel == (("kiosk", 10), ("phone", 1))
    assert k.electronic_share is None
    shown = dict((label, value) for label, value, _target in kpi.rows(k, "en"))
    assert shown["Share of electronic applications"].startswith("not measured here")
    assert close(k.share_of("phone"), "0.090909")  # 1 / 11
    # Days to connect of A, B, C, D: [3, 10, 25, 40]. Median (linear): (10 + 25) / 2 = 17.5.
    # 90th percentile: rank h = 0.9 × (4 − 1) = 2.7 → 25 + 0.7 × (40 − 25) = 35.5.
    assert k.connected == 4
    assert k.days_to_connect_median == Decimal("17.5")
    assert k.days_to_connect_p90 == Decimal("35.5")
    # Decided: A, B, C, D (connected), W1 (invoice formed), E and W3 (rejected) = 7; 2 rejected.
    assert (k.decided, k.rejected) == (7, 2)
    assert close(k.rejection_rate, "0.285714")  # 2 / 7
    # Ratings 5, 4, 3, 5, 1: three of 4 or 5 → 3/5 = 60 %; mean 18 / 5 = 3.6.
    assert (k.ratings, k.satisfied) == (5, 3)
    assert k.satisfaction == Decimal("0.6")
    assert k.rating_mean == Decimal("3.6")
    # Open past the deadline: F (25 > 20), H (21 > 20), W2 (30 > 20); G (5) is not.
    assert k.delays_over_target == 3


def test_kpis_of_a_period(session: Session) -> None:
    seed(session)
    k = kpi.compute(session, NOW, since=days_ago(42))
    # Received in the last 42 days: C, E, F, G, H, W1, W2, W3 = 8 (A, B and D are older).
    assert k.applications == 8
    assert k.by_channel == (("kiosk", 7), ("phone", 1))
    # Connected in the period: B (35 days ago), C (15), D (20); A (47) is older → [10, 25, 40].
    # Median 25; 90th percentile: h = 0.9 × 2 = 1.8 → 25 + 0.8 × 15 = 37.
    assert k.connected == 3
    assert k.days_to_connect_median == Decimal(25)
    assert k.days_to_connect_p90 == Decimal(37)
    # Decided of those received in the period: C, W1, E, W3 → 2 of 4 rejected.
    assert (k.decided, k.rejected) == (4, 2)
    assert k.rejection_rate == Decimal("0.5")
    # Ratings of the last 42 days: 3, 5, 1 → one satisfied of three; mean 3.
    assert (k.ratings, k.satisfied) == (3, 1)
    assert close(k.satisfaction, "0.333333")
    assert k.rating_mean == 3
    # Delays are today's open applications, whatever the period.
    assert k.delays_over_target == 3


def test_an_empty_database_has_no_values_but_does_not_fail(session: Session) -> None:
    k = kpi.compute(session, NOW)
    assert k.applications == 0 and k.electronic_share is None
    assert k.days_to_connect_median is None and k.rejection_rate is None
    assert k.satisfaction is None and k.rating_mean is None
    labels = [label for label, _, _ in kpi.rows(k, "en")]
    assert "Days to connect (median)" in labels
    assert all(value for _, value, _ in kpi.rows(k, "en"))


def test_rows_are_translated_and_numbers_written_the_language_s_way(session: Session) -> None:
    seed(session)
    k = kpi.compute(session, NOW)
    en = {label: (value, target) for label, value, target in kpi.rows(k, "en")}
    assert en["Days to connect (median)"] == ("17.5 days", "≤ 20 days")
    assert en["Days to connect (90th percentile)"][0] == "35.5 days"
    assert en["Rejections (of decided applications)"] == ("28.57 %", "≤ 2.75 %")
    assert en["Satisfaction (ratings 4 or 5)"] == ("60.0 %", "≥ 98 %")
    assert en["Average rating (1 to 5)"][0] == "3.60"
    assert en["Applications by channel: phone"][0] == "1 (9.1 %)"
    az = kpi.rows(k, "az")
    median = next(row for row in az if row[1].startswith("17,5 "))
    assert median[0] != "Days to connect (median)"  # translated
    assert kpi.format_number(Decimal("1234.5"), "az") == "1 234,5"
    assert kpi.format_number(Decimal("1234567.25"), "ru", 2) == "1 234 567,25"
    assert kpi.format_number(Decimal("1234.5"), "en") == "1,234.5"
    assert kpi.format_number(Decimal("-0.05"), "az") == "-0,1"


def test_percentile_method() -> None:
    values = [Decimal(v) for v in (40, 3, 25, 10)]
    assert kpi.percentile(values, Decimal("0.5")) == Decimal("17.5")
    assert kpi.percentile(values, Decimal("0.9")) == Decimal("35.5")
    assert kpi.percentile([Decimal(7)], Decimal("0.9")) == 7
    assert kpi.percentile([], Decimal("0.5")) is None
    assert kpi.percentile(values, Decimal(1)) == 40 and kpi.percentile(values, Decimal(0)) == 3


# ------------------------------------------------------------------------------------------- fleet


def beat(session: Session, kiosk_id: str, seconds_ago: float, **values: Any) -> None:
    session.add(
        KioskHeartbeat(
            kiosk_id=kiosk_id,
            token_name=values.pop("token_name", kiosk_id),
            version="0.1.0",
            received_at=NOW - timedelta(seconds=seconds_ago),
            **values,
        )
    )


def test_fleet_flags(session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(fleet.SILENT_ENV, raising=False)
    beat(
        session,
        "K-FINE",
        30,
        printer_state="ok",
        queue_depth=2,
        oldest_pending_at=NOW - timedelta(minutes=5),
        last_sync_at=NOW - timedelta(minutes=1),
    )
    beat(session, "K-SILENT", 11 * 60)
    beat(
        session,
        "K-BUSY",
        10,
        printer_state="paper_out",
        staff_call=True,
        queue_depth=7,
        oldest_pending_at=NOW - timedelta(minutes=31),
    )
    beat(session, "K-FAULT", 10, printer_state="error")
    for name, revoked in (("K-NEVER", None), ("K-GONE", NOW), ("K-FINE", None)):
        session.add(
            ApiToken(
                token_sha256=uuid.uuid4().hex * 2, role=auth.KIOSK, name=name, revoked_at=revoked
            )
        )
    session.add(ApiToken(token_sha256=uuid.uuid4().hex * 2, role=auth.ADMIN, name="staff"))
    session.commit()
    rows = {row.kiosk_id: row for row in fleet.overview(session, NOW)}
    assert set(rows) == {"K-FINE", "K-SILENT", "K-BUSY", "K-FAULT", "K-NEVER"}
    assert rows["K-FINE"].flags == ()
    assert rows["K-FINE"].queue_depth == 2 and rows["K-FINE"].printer_state == "ok"
    assert rows["K-FINE"].last_sync_at == NOW - timedelta(minutes=1)
    assert rows["K-SILENT"].flags == ("silent",)
    assert rows["K-BUSY"].flags == ("stuck_queue", "paper_out", "staff_call")
    assert rows["K-FAULT"].flags == ("printer_error",)
    assert rows["K-NEVER"].flags == ("silent",) and rows["K-NEVER"].received_at is None
    # Kiosks needing a person first.
    ordered = [row.kiosk_id for row in fleet.overview(session, NOW)]
    assert ordered[-1] == "K-FINE"
    # A shorter silence threshold from the environment.
    monkeypatch.setenv(fleet.SILENT_ENV, "20")
    assert "silent" in {r.kiosk_id: r for r in fleet.overview(session, NOW)}["K-FINE"].flags
    monkeypatch.setenv(fleet.SILENT_ENV, "soon")
    with pytest.raises(ValueError, match=fleet.SILENT_ENV):
        fleet.overview(session, NOW)
    assert fleet.flag_text("paper_out", "en") == "Printer out of paper"


# --------------------------------------------------------------------------------------- endpoints


def heartbeat_body(**changes: Any) -> dict[str, Any]:
    body = {
        "kiosk_id": "API-KIOSK-01",
        "version": "0.1.0",
        "queue_depth": 3,
        "oldest_pending_at": "2026-06-30T11:00:00+00:00",
        "printer_state": "ok",
        "last_sync_at": "2026-06-30T11:59:00+04:00",
        "staff_call": False,
    }
    body.update(changes)
    return body


def post(
    central: CentralServer, path: str, body: Any, token: str | None = None
) -> requests.Response:
    headers = {"Authorization": f"Bearer {token or central.token}"}
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    return requests.post(
        central.url + path,
        data=data,
        headers={**headers, "Content-Type": "application/json"},
        timeout=TIMEOUT,
    )


def stored(central: CentralServer, model: Any, *where: Any) -> list[Any]:
    engine = make_engine(central.database_url)
    try:
        with Session(engine) as s:
            return list(s.scalars(select(model).where(*where)))
    finally:
        engine.dispose()


def other_token(central: CentralServer, name: str) -> str:
    engine, sessions = open_db(central.database_url)
    try:
        with sessions() as s:
            return auth.create_token(s, auth.KIOSK, name)
    finally:
        engine.dispose()


def test_heartbeat_is_kept_one_row_per_kiosk(central: CentralServer) -> None:
    kiosk_id = f"HB-{uuid.uuid4().hex[:8]}"
    answer = post(central, "/api/v1/heartbeat", heartbeat_body(kiosk_id=kiosk_id))
    assert answer.status_code == 204, answer.text
    again = heartbeat_body(
        kiosk_id=kiosk_id,
        queue_depth=0,
        oldest_pending_at=None,
        printer_state="paper_out",
        staff_call=True,
    )
    assert post(central, "/api/v1/heartbeat", again).status_code == 204
    rows = stored(central, KioskHeartbeat, KioskHeartbeat.kiosk_id == kiosk_id)
    assert len(rows) == 1
    row = rows[0]
    assert (row.queue_depth, row.oldest_pending_at, row.printer_state, row.staff_call) == (
        0,
        None,
        "paper_out",
        True,
    )
    assert row.token_name == central.kiosk_id and row.version == "0.1.0"
    # Another kiosk's token may send too; its name is recorded.
    token = other_token(central, f"OTHER-{kiosk_id}")
    assert (
        post(central, "/api/v1/heartbeat", heartbeat_body(kiosk_id=kiosk_id), token).status_code
        == 204
    )
    assert stored(central, KioskHeartbeat, KioskHeartbeat.kiosk_id == kiosk_id)[0].token_name == (
        f"OTHER-{kiosk_id}"
    )


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"printer_state": "jammed"}, "printer_state"),
        ({"queue_depth": -1}, "queue_depth"),
        ({"queue_depth": "3"}, "queue_depth"),
        ({"kiosk_id": "bad id with spaces"}, "kiosk_id"),
        ({"kiosk_id": "K" * 65}, "kiosk_id"),
        ({"version": "v" * 33}, "version"),
        ({"oldest_pending_at": "2026-06-30T11:00:00"}, "oldest_pending_at"),  # no offset
        ({"staff_call": "yes"}, "staff_call"),
        ({"extra": 1}, "extra"),
    ],
)
def test_heartbeat_bodies_are_checked(
    central: CentralServer, change: dict[str, Any], field: str
) -> None:
    answer = post(central, "/api/v1/heartbeat", heartbeat_body(**change))
    assert answer.status_code == 422, answer.text
    assert field in answer.json()["detail"]["errors"]


def test_heartbeat_refuses_garbage_and_strangers(central: CentralServer) -> None:
    assert post(central, "/api/v1/heartbeat", b"{not json").status_code == 422
    assert post(central, "/api/v1/heartbeat", [1, 2]).status_code == 422
    body = heartbeat_body()
    del body["version"]
    assert post(central, "/api/v1/heartbeat", body).status_code == 422
    assert (
        post(central, "/api/v1/heartbeat", heartbeat_body(), token="ck_unknown").status_code == 401
    )
    assert post(central, "/api/v1/heartbeat", b" " * 5000).status_code == 413


def submit(central: CentralServer) -> str:
    body = sample_submission()
    answer = requests.post(
        central.url + "/api/v1/submissions",
        json=body,
        headers=central.headers(body["submission_id"]),
        timeout=TIMEOUT,
    )
    assert answer.status_code == 201, answer.text
    return str(body["tracking_code"])


def ratings_of(central: CentralServer, code: str) -> dict[str, int]:
    rows = stored(central, Submission, Submission.tracking_code == code)
    found = stored(central, Rating, Rating.submission_pk == rows[0].id)
    return {r.channel: r.score for r in found}


def test_kiosk_rating_new_then_replaced(central: CentralServer) -> None:
    code = submit(central)
    assert post(central, "/api/v1/ratings", {"tracking_code": code, "score": 5}).status_code == 201
    token = other_token(central, f"RATER-{uuid.uuid4().hex[:6]}")
    again = post(central, "/api/v1/ratings", {"tracking_code": code.lower(), "score": 2}, token)
    assert again.status_code == 200
    assert ratings_of(central, code) == {"kiosk": 2}


def test_kiosk_rating_refusals(central: CentralServer) -> None:
    code = submit(central)
    unknown = post(central, "/api/v1/ratings", {"tracking_code": tracking.new_code(), "score": 4})
    assert unknown.status_code == 404 and unknown.json()["detail"]["code"] == "not_found"
    for body in (
        {"tracking_code": code, "score": 0},
        {"tracking_code": code, "score": 6},
        {"tracking_code": code, "score": "5"},
        {"tracking_code": code, "score": 4.0},
        {"tracking_code": code},
        {"tracking_code": "NOT-A-CODE", "score": 3},
        {"tracking_code": code, "score": 3, "comment": "x"},
    ):
        answer = post(central, "/api/v1/ratings", body)
        assert answer.status_code == 422, (body, answer.text)
    assert (
        post(central, "/api/v1/ratings", {"tracking_code": code, "score": 3}, "nope").status_code
        == 401
    )
    assert ratings_of(central, code) == {}


def test_phone_rating_from_the_status_page(central: CentralServer) -> None:
    code = submit(central)
    page = requests.get(f"{central.url}/t/{code}?lang=en", timeout=TIMEOUT)
    assert "How was the service?" in page.text
    assert page.text.count('name="score"') == 5
    answer = requests.post(
        f"{central.url}/t/{code}/rating?lang=en",
        data={"score": "4"},
        allow_redirects=False,
        timeout=TIMEOUT,
    )
    assert answer.status_code == 303
    assert answer.headers["location"] == f"/t/{code}?lang=en&rated=1#rating"
    thanked = requests.get(central.url + answer.headers["location"], timeout=TIMEOUT)
    assert rating_form.text("thanks", "en") in thanked.text
    assert 'name="score"' not in thanked.text
    assert ratings_of(central, code) == {"phone": 4}
    # The kiosk's rating of the same application is a second one, of its own channel.
    assert post(central, "/api/v1/ratings", {"tracking_code": code, "score": 5}).status_code == 201
    assert ratings_of(central, code) == {"phone": 4, "kiosk": 5}


def test_phone_rating_refusals(central: CentralServer) -> None:
    code = submit(central)
    bad = requests.post(
        f"{central.url}/t/{code}/rating?lang=az", data={"score": "9"}, timeout=TIMEOUT
    )
    assert bad.status_code == 422 and rating_form.text("invalid", "az") in bad.text
    unknown = requests.post(
        f"{central.url}/t/{tracking.new_code()}/rating", data={"score": "3"}, timeout=TIMEOUT
    )
    assert unknown.status_code == 404
    assert ratings_of(central, code) == {}


def test_phone_rating_is_rate_limited(tmp_path_factory: pytest.TempPathFactory) -> None:
    with CentralServer(
        tmp_path_factory.mktemp("limited"), status_rate_limit=3, status_rate_window=3600
    ) as server:
        code = submit(server)
        answers = [
            requests.post(
                f"{server.url}/t/{code}/rating",
                data={"score": "5"},
                allow_redirects=False,
                timeout=TIMEOUT,
            ).status_code
            for _ in range(4)
        ]
    assert answers == [303, 303, 303, 429]


def test_the_queue_and_the_indicators_count_a_delay_from_the_same_day() -> None:
    """20 days and an hour: not yet a delay anywhere (the queue shows 20 waited of 20); 21 days: a
    delay on both (central/kpi.py ``overdue``, used by the back office's work queue too)."""
    from central.backoffice import views

    received = NOW - timedelta(days=20, hours=1)
    assert views.days_waited(received, NOW) == 20 and views.target_days("household") == 20
    assert not kpi.overdue("household", received, NOW)
    assert kpi.overdue("household", NOW - timedelta(days=21), NOW)
    assert kpi.overdue("water_reading", NOW - timedelta(days=21, minutes=1), NOW)
