"""Tariffs, look-ups, OpenAPI and restarts against a real server."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import httpx
import pytest
import requests

from central import registry
from central.testing import CentralServer, sample_submission

TIMEOUT = 10


def get(central: CentralServer, path: str, **kw: Any) -> requests.Response:
    return requests.get(central.url + path, timeout=TIMEOUT, **kw)


def test_healthz(central: CentralServer) -> None:
    assert get(central, "/healthz").json() == {"status": "ok"}


def test_current_tariff_is_newest_in_force(central: CentralServer, tariffs_dir: Path) -> None:
    answer = get(central, "/api/v1/tariffs/current")
    assert answer.status_code == 200
    doc = answer.json()
    assert doc["id"] == "TQS-2024-4"
    assert doc["effective_from"] == "2024-06-03"
    assert doc["source"].startswith("Tariff Council")
    assert doc["toml"] == (tariffs_dir / "TQS-2024-4.toml").read_text(encoding="utf-8")
    assert tomllib.loads(doc["toml"])["connection"]["single_phase_per_kw"] == "40"


def test_no_tariff_in_force_is_not_found(tmp_path: Path, database_url: str) -> None:
    folder = tmp_path / "schedules"
    folder.mkdir()
    (folder / "future.toml").write_text(
        'id = "F"\nsource = "s"\neffective_from = 2999-01-01\n', encoding="utf-8"
    )
    with CentralServer(tmp_path / "srv", tariffs_dir=folder, database_url=database_url) as central:
        answer = get(central, "/api/v1/tariffs/current")
        assert answer.status_code == 404
        assert answer.json() == {"detail": {"code": "not_found"}}


@pytest.mark.parametrize(
    ("path", "answer"),
    [
        # Personal look-ups answer only through a one-time code (test_central_identity.py).
        ("/api/v1/lookup/person/5ZK2M8P", 403),
        ("/api/v1/lookup/azersu/10234567", 403),
        ("/api/v1/lookup/azerishiq/100200300400501", 200),
    ],
)
def test_lookups_need_a_kiosk_token(central: CentralServer, path: str, answer: int) -> None:
    assert get(central, path).status_code == 401
    assert get(central, path, headers={"Authorization": "Bearer nope"}).status_code == 401
    assert get(central, path, headers=central.headers()).status_code == answer


def _verified(central: CentralServer, kind: str, key: str) -> dict[str, Any]:
    started = httpx.post(
        central.url + "/api/v1/identity/challenges",
        json={"kind": kind, "key": key},
        headers=central.headers(),
        timeout=10,
    )
    assert started.status_code == 201, started.text
    cid = started.json()["id"]
    done = httpx.post(
        f"{central.url}/api/v1/identity/challenges/{cid}/verify",
        json={"kind": kind, "key": key, "code": central.identity_code(cid)},
        headers=central.headers(),
        timeout=10,
    )
    assert done.status_code == 200, done.text
    record: dict[str, Any] = done.json()["record"]
    return record


def test_person_lookup(central: CentralServer) -> None:
    answer = _verified(central, "person", "5zk2m8p")
    assert answer == {
        "fin": "5ZK2M8P",
        "surname": "Məmmədov",
        "given_name": "Elçin",
        "patronymic": "Rəşid oğlu",
        "address": "Bakı şəhəri, Nəsimi rayonu, Səməd Vurğun küçəsi 34, mənzil 12",
    }


def test_azersu_lookup_lists_meters(central: CentralServer) -> None:
    answer = _verified(central, "azersu", "4400887766")
    assert answer["subscriber_code"] == "4400887766"
    assert answer["surname"] == "Quliyeva"
    assert len(answer["meters"]) == 3
    assert set(answer["meters"][0]) == {
        "factory_number",
        "seal_number",
        "last_reading",
        "last_reading_date",
    }


def test_azerishiq_lookup(central: CentralServer) -> None:
    answer = get(
        central, "/api/v1/lookup/azerishiq/300400500600701", headers=central.headers()
    ).json()
    assert answer == {
        "subscriber_code": "300400500600701",
        "connected_power_kw": "60",
        "phase": 3,
        "consumer": "business",
        "district": "Kəpəz",
    }


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/lookup/azerishiq/999999999999999",
    ],
)
def test_unknown_lookup_is_not_found(central: CentralServer, path: str) -> None:
    answer = get(central, path, headers=central.headers())
    assert answer.status_code == 404
    assert answer.json() == {"detail": {"code": "not_found"}}


def test_openapi_document(central: CentralServer) -> None:
    doc = get(central, "/openapi.json").json()
    assert doc["openapi"].startswith("3.")
    for path in (
        "/api/v1/submissions",
        "/api/v1/status/{tracking_code}",
        "/t/{tracking_code}",
        "/api/v1/tariffs/current",
        "/api/v1/lookup/person/{fin}",
        "/api/v1/lookup/azersu/{subscriber_code}",
        "/api/v1/lookup/azerishiq/{subscriber_code}",
        "/api/v1/admin/applications/{tracking_code}/status",
        "/healthz",
    ):
        assert path in doc["paths"], path
    post = doc["paths"]["/api/v1/submissions"]["post"]
    ref = post["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    schemas = doc["components"]["schemas"]
    submission = schemas[ref.rsplit("/", 1)[-1]]
    assert set(submission["required"]) >= {
        "submission_id",
        "kiosk_id",
        "service",
        "tracking_code",
        "created_at",
        "payload",
    }
    assert set(submission["properties"]["service"]["enum"]) == {
        "household",
        "business",
        "prosumer",
        "water_reading",
    }
    # Every reference in the document resolves.
    text = str(doc)
    for name in {part.split("'")[0] for part in text.split("#/components/schemas/")[1:]}:
        assert name in schemas, name
    assert {"201", "200", "401", "409", "413", "422"} <= set(post["responses"])


def test_restart_and_crash_keep_data(tmp_path: Path, database_url: str) -> None:
    with CentralServer(tmp_path, database_url=database_url) as central:
        bodies = [sample_submission(s) for s in ("household", "water_reading")]
        for body in bodies:
            answer = requests.post(
                central.url + "/api/v1/submissions",
                json=body,
                headers=central.headers(body["submission_id"]),
                timeout=TIMEOUT,
            )
            assert answer.status_code == 201
        url, token = central.url, central.token
        central.kill()
        with pytest.raises(requests.ConnectionError):
            requests.get(url + "/healthz", timeout=TIMEOUT)
        central.restart()
        assert central.url == url and central.token == token
        for body in bodies:
            again = requests.post(
                central.url + "/api/v1/submissions",
                json=body,
                headers=central.headers(body["submission_id"]),
                timeout=TIMEOUT,
            )
            assert again.status_code == 200
            assert again.json()["duplicate"] is True
        central.restart()
        assert central.count_by_key() == {b["submission_id"]: 1 for b in bodies}
        code = bodies[1]["tracking_code"]
        assert get(central, f"/api/v1/status/{code}").json()["status"] == "received"


def test_sample_registry_is_marked_and_well_formed() -> None:
    import re

    data = registry.load()
    assert data["sample"] is True
    assert "SAMPLE" in data["notice"]
    assert all(re.fullmatch(r"[A-HJ-NP-Z0-9]{7}", fin) for fin in data["persons"])
    assert all(re.fullmatch(r"\d{15}", c) for c in data["azerishiq_subscribers"])
    assert all(re.fullmatch(r"\d{8,10}", c) for c in data["azersu_subscribers"])
