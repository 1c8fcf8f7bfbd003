"""POST /api/v1/submissions against a real server: idempotency, auth, validation (docs/WIRE.md)."""

from __future__ import annotations

import threading
import uuid
from typing import Any

import pytest
import requests

from central.testing import CentralServer, attachment
from central.testing import sample_submission as make_body

TIMEOUT = 10


def post(central: CentralServer, body: Any, key: str | None = None, **kw: Any) -> requests.Response:
    headers = kw.pop("headers", None) or central.headers(
        key if key is not None else body["submission_id"]
    )
    return requests.post(
        central.url + "/api/v1/submissions", json=body, headers=headers, timeout=TIMEOUT, **kw
    )


def rows_for(central: CentralServer, key: str) -> list[dict[str, Any]]:
    return [row for row in central.submissions() if row["submission_id"] == key]


@pytest.mark.parametrize("service", ["household", "business", "prosumer", "water_reading"])
def test_valid_submission_is_stored_once(central: CentralServer, service: str) -> None:
    body = make_body(service)
    first = post(central, body)
    assert first.status_code == 201, first.text
    answer = first.json()
    assert answer["tracking_code"] == body["tracking_code"]
    assert answer["status"] == "received"
    assert answer["duplicate"] is False
    assert answer["reference"]

    again = post(central, body)
    assert again.status_code == 200
    assert again.json() == {**answer, "duplicate": True}
    [row] = rows_for(central, body["submission_id"])
    assert row["service"] == service
    assert row["tracking_code"] == body["tracking_code"]


def test_same_body_with_other_key_order_is_a_replay(central: CentralServer) -> None:
    body = make_body()
    assert post(central, body).status_code == 201
    reordered = dict(reversed(list(body.items())))
    assert post(central, reordered).status_code == 200
    assert len(rows_for(central, body["submission_id"])) == 1


def test_same_key_with_different_body_is_a_conflict(central: CentralServer) -> None:
    body = make_body()
    assert post(central, body).status_code == 201
    changed = {**body, "payload": {**body["payload"], "power_kw": "9"}}
    answer = post(central, changed)
    assert answer.status_code == 409
    assert answer.json()["detail"]["code"] == "idempotency_conflict"
    [row] = rows_for(central, body["submission_id"])
    assert row["body_sha256"]


def test_tracking_code_reused_by_another_key_is_a_conflict(central: CentralServer) -> None:
    body = make_body()
    assert post(central, body).status_code == 201
    other = make_body(tracking_code=body["tracking_code"])
    answer = post(central, other)
    assert answer.status_code == 409
    assert answer.json()["detail"]["code"] == "tracking_code_conflict"
    assert rows_for(central, other["submission_id"]) == []


@pytest.mark.parametrize("round_", range(5))
def test_concurrent_identical_posts_store_one_record(central: CentralServer, round_: int) -> None:
    body = make_body("water_reading", attachments=[attachment(b"\xff\xd8photo" * 500)])
    answers: list[requests.Response] = []
    start = threading.Barrier(16)  # sixteen connections at once, on SQLite and on PostgreSQL

    def send() -> None:
        start.wait()
        answers.append(post(central, body))

    threads = [threading.Thread(target=send) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    codes = sorted(a.status_code for a in answers)
    assert codes == [200] * 15 + [201], [a.text for a in answers]
    assert len({a.json()["reference"] for a in answers}) == 1
    assert central.count_by_key()[body["submission_id"]] == 1


def test_concurrent_different_bodies_with_one_key_store_one(central: CentralServer) -> None:
    key = str(uuid.uuid4())
    bodies = [make_body(submission_id=key) for _ in range(6)]
    answers: list[int] = []
    start = threading.Barrier(len(bodies))

    def send(body: dict[str, Any]) -> None:
        start.wait()
        answers.append(post(central, body).status_code)

    threads = [threading.Thread(target=send, args=(b,)) for b in bodies]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(answers) == [201] + [409] * 5
    assert central.count_by_key()[key] == 1


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic abc"}],
    ids=["missing", "unknown", "not-bearer"],
)
def test_without_a_valid_token_is_unauthorized(central: CentralServer, headers: dict) -> None:
    body = make_body()
    answer = post(central, body, headers={**headers, "Idempotency-Key": body["submission_id"]})
    assert answer.status_code == 401
    assert answer.json() == {"detail": {"code": "unauthorized"}}
    assert rows_for(central, body["submission_id"]) == []


def test_admin_token_is_not_a_kiosk_token(central: CentralServer) -> None:
    body = make_body()
    headers = {**central.admin_headers(), "Idempotency-Key": body["submission_id"]}
    assert post(central, body, headers=headers).status_code == 401


def errors_of(answer: requests.Response) -> dict[str, str]:
    assert answer.status_code == 422, answer.text
    detail = answer.json()["detail"]
    assert detail["code"] == "invalid_payload"
    errors: dict[str, str] = detail["errors"]
    return errors


@pytest.mark.parametrize(
    ("service", "drop", "field"),
    [
        ("household", "fin", "payload.fin"),
        ("household", "mobile", "payload.mobile"),
        ("business", "voen", "payload.voen"),
        ("prosumer", "station_power_kw", "payload.station_power_kw"),
        ("water_reading", "subscriber_code", "payload.subscriber_code"),
        ("water_reading", "meters", "payload.meters"),
    ],
)
def test_missing_required_key_is_a_field_error(
    central: CentralServer, service: str, drop: str, field: str
) -> None:
    body = make_body(service)
    del body["payload"][drop]
    assert errors_of(post(central, body)) == {field: "required"}
    assert rows_for(central, body["submission_id"]) == []


def test_empty_values_and_meter_entries_are_field_errors(central: CentralServer) -> None:
    body = make_body("water_reading")
    body["payload"]["mobile"] = ""
    meter = body["payload"]["meters"][0]
    without_number = {k: v for k, v in meter.items() if k != "factory_number"}
    body["payload"]["meters"] = [{**meter, "reading": ""}, without_number]
    assert errors_of(post(central, body)) == {
        "payload.mobile": "required",
        "payload.meters.0.reading": "required",
        "payload.meters.1.factory_number": "required",
    }


def test_envelope_errors_name_their_fields(central: CentralServer) -> None:
    body = make_body(language="de", created_at="yesterday")
    body["service"] = "gas"
    del body["kiosk_id"]
    errors = errors_of(post(central, body))
    assert set(errors) == {"service", "language", "created_at", "kiosk_id"}
    assert errors["kiosk_id"] == "missing"


def test_tracking_code_check_symbol_is_checked(central: CentralServer) -> None:
    body = make_body()
    code = body["tracking_code"]
    last = "0" if code[-1] != "0" else "1"
    body["tracking_code"] = code[:-1] + last
    assert errors_of(post(central, body)) == {"tracking_code": "tracking.check"}


def test_idempotency_key_must_be_a_uuid_equal_to_submission_id(central: CentralServer) -> None:
    body = make_body()
    assert errors_of(post(central, body, key="not-a-uuid")) == {"Idempotency-Key": "not_uuid"}
    assert errors_of(post(central, body, key=str(uuid.uuid4()))) == {
        "submission_id": "key_mismatch"
    }
    headers = {"Authorization": f"Bearer {central.token}"}
    assert errors_of(post(central, body, headers=headers)) == {"Idempotency-Key": "missing"}


def test_body_that_is_not_json_is_a_field_error(central: CentralServer) -> None:
    answer = requests.post(
        central.url + "/api/v1/submissions",
        data=b"{not json",
        headers={**central.headers(str(uuid.uuid4())), "Content-Type": "application/json"},
        timeout=TIMEOUT,
    )
    assert errors_of(answer) == {"body": "invalid_json"}


def test_attachment_is_checked_and_stored(central: CentralServer) -> None:
    photo = bytes(range(256)) * 40
    good = make_body("water_reading", attachments=[attachment(photo)])
    assert post(central, good).status_code == 201

    bad_hash = attachment(photo)
    bad_hash["sha256"] = "0" * 64
    bad_size = {**attachment(photo), "size": 3}
    not_b64 = {**attachment(photo), "data_base64": "***"}
    body = make_body("water_reading", attachments=[bad_hash, bad_size, not_b64])
    assert errors_of(post(central, body)) == {
        "attachments.0.sha256": "mismatch",
        "attachments.1.size": "mismatch",
        "attachments.2.data_base64": "not_base64",
    }


def test_stored_attachment_bytes_match(central: CentralServer) -> None:
    from sqlalchemy import select

    from central.db import Attachment, Submission, make_engine

    photo = b"\x89PNG\r\n" + bytes(range(200))
    body = make_body("water_reading", attachments=[attachment(photo)])
    assert post(central, body).status_code == 201
    engine = make_engine(central.database_url)
    try:
        with engine.connect() as conn:
            stored = conn.execute(
                select(Attachment.data, Attachment.field)
                .join(Submission)
                .where(Submission.submission_id == body["submission_id"])
            ).one()
    finally:
        engine.dispose()
    assert stored.data == photo
    assert stored.field == "meters.0.photo"
