"""Public tracking (status API and /t/ page) and the staff side that moves applications on."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

import pytest
import requests

from central import texts
from central.config import REPO_ROOT
from central.testing import CentralServer, sample_submission

TIMEOUT = 10


def submit(central: CentralServer, service: str = "household") -> dict[str, Any]:
    body = sample_submission(service)
    answer = requests.post(
        central.url + "/api/v1/submissions",
        json=body,
        headers=central.headers(body["submission_id"]),
        timeout=TIMEOUT,
    )
    assert answer.status_code == 201, answer.text
    return body


def status(central: CentralServer, code: str, lang: str | None = None) -> requests.Response:
    params = {"lang": lang} if lang else None
    return requests.get(f"{central.url}/api/v1/status/{code}", params=params, timeout=TIMEOUT)


def advance_cli(central: CentralServer, code: str, new_status: str, *extra: str) -> Any:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "central", "advance", code, new_status, *extra]
        + ["--database-url", central.database_url],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def advance_http(central: CentralServer, code: str, new_status: str) -> requests.Response:
    return requests.post(
        f"{central.url}/api/v1/admin/applications/{code}/status",
        json={"status": new_status, "note": "checked by staff"},
        headers=central.admin_headers(),
        timeout=TIMEOUT,
    )


def test_new_application_is_received(central: CentralServer) -> None:
    body = submit(central, "water_reading")
    view = status(central, body["tracking_code"]).json()
    assert view["tracking_code"] == body["tracking_code"]
    assert view["service"] == "water_reading"
    assert view["status"] == "received"
    assert view["status_text"] == "Qəbul edildi"
    assert view["next_step"] == texts.next_step("water_reading", "received", "az")
    assert [e["status"] for e in view["timeline"]] == ["received"]
    assert view["timeline"][0]["at"].endswith("+04:00")


def test_status_accepts_code_in_any_form(central: CentralServer) -> None:
    body = submit(central)
    loose = body["tracking_code"].replace("-", "").lower()
    assert status(central, loose).json()["tracking_code"] == body["tracking_code"]


@pytest.mark.parametrize("code", ["K7QM-3XWD-9RTB-HN2F", "0000-0000-0000-0000", "nonsense"])
def test_unknown_or_malformed_code_is_not_found(central: CentralServer, code: str) -> None:
    answer = status(central, code)
    if code == "0000-0000-0000-0000":
        assert answer.status_code == 404
    assert answer.status_code == 404
    assert answer.json() == {"detail": {"code": "not_found"}}


def test_cli_advance_shows_in_timeline(central: CentralServer) -> None:
    body = submit(central)
    code = body["tracking_code"]
    done = advance_cli(central, code, "under_review", "--note", "technical council")
    assert done.returncode == 0, done.stderr
    assert "under_review" in done.stdout

    view = status(central, code, "en").json()
    assert view["status"] == "under_review"
    assert view["status_text"] == "Under review"
    assert [e["status"] for e in view["timeline"]] == ["received", "under_review"]
    assert "technical council" not in str(view)

    refused = advance_cli(central, code, "connected")
    assert refused.returncode == 1
    assert "fee_to_pay" in refused.stderr
    assert status(central, code).json()["status"] == "under_review"


def test_cli_advance_unknown_code_fails(central: CentralServer) -> None:
    done = advance_cli(central, "K7QM-3XWD-9RTB-HN2F", "under_review")
    assert done.returncode == 1


@pytest.mark.parametrize(
    ("service", "path"),
    [
        ("household", ["under_review", "fee_to_pay", "paid", "works", "connected"]),
        ("business", ["under_review", "rejected"]),
        ("prosumer", ["under_review", "contract", "connected"]),
        ("water_reading", ["onsite_check", "invoice_formed"]),
        ("water_reading", ["accepted", "invoice_formed"]),
    ],
)
def test_admin_endpoint_walks_the_workflow(
    central: CentralServer, service: str, path: list[str]
) -> None:
    code = submit(central, service)["tracking_code"]
    for step in path:
        answer = advance_http(central, code, step)
        assert answer.status_code == 200, answer.text
        assert answer.json()["status"] == step
    view = status(central, code, "ru").json()
    assert [e["status"] for e in view["timeline"]] == ["received", *path]
    assert view["status_text"] == texts.status_name(path[-1], "ru")
    final = advance_http(central, code, "rejected")
    assert final.status_code == 409
    assert final.json()["detail"] == {
        "code": "invalid_transition",
        "status": path[-1],
        "allowed": [],
    }


def test_admin_endpoint_refuses_skips_and_kiosk_tokens(central: CentralServer) -> None:
    code = submit(central)["tracking_code"]
    skip = advance_http(central, code, "paid")
    assert skip.status_code == 409
    assert skip.json()["detail"]["allowed"] == ["under_review", "rejected"]
    as_kiosk = requests.post(
        f"{central.url}/api/v1/admin/applications/{code}/status",
        json={"status": "under_review"},
        headers=central.headers(),
        timeout=TIMEOUT,
    )
    assert as_kiosk.status_code == 401
    missing = advance_http(central, "K7QM-3XWD-9RTB-HN2F", "under_review")
    assert missing.status_code == 404


def test_admin_view_has_notes_and_next_statuses(central: CentralServer) -> None:
    code = submit(central)["tracking_code"]
    advance_http(central, code, "under_review")
    view = requests.get(
        f"{central.url}/api/v1/admin/applications/{code}",
        headers=central.admin_headers(),
        timeout=TIMEOUT,
    ).json()
    assert view["allowed_next"] == ["fee_to_pay", "rejected"]
    assert view["timeline"][1]["note"] == "checked by staff"
    assert view["timeline"][1]["actor"] == "staff:test-staff"


@pytest.mark.parametrize("lang", ["az", "ru", "en"])
def test_tracking_page_in_each_language(central: CentralServer, lang: str) -> None:
    body = submit(central, "water_reading")
    code = body["tracking_code"]
    advance_http(central, code, "onsite_check")
    page = requests.get(f"{central.url}/t/{code}", params={"lang": lang}, timeout=TIMEOUT)
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert page.headers["content-security-policy"].startswith("default-src 'none'")
    html = page.text
    assert f'<html lang="{lang}">' in html
    assert '<meta name="viewport"' in html
    assert code in html
    assert texts.status_name("onsite_check", lang) in html
    assert texts.status_name("received", lang) in html
    assert texts.next_step("water_reading", "onsite_check", lang) in html
    assert texts.service_name("water_reading", lang) in html
    for other in ("az", "ru", "en"):
        assert f"/t/{code}?lang={other}" in html
    payload = body["payload"]
    for secret in (payload["fin"], payload["mobile"], payload["subscriber_code"], "Quliyeva"):
        assert secret not in html
    assert "http://" not in html and "https://" not in html


def test_status_api_has_no_personal_data(central: CentralServer) -> None:
    body = submit(central, "business")
    text = status(central, body["tracking_code"]).text
    for key in ("fin", "mobile", "voen"):
        assert body["payload"][key] not in text


@pytest.mark.parametrize("lang", ["az", "ru", "en"])
def test_tracking_page_not_found_is_friendly(central: CentralServer, lang: str) -> None:
    page = requests.get(
        f"{central.url}/t/<script>alert(1)<script>", params={"lang": lang}, timeout=TIMEOUT
    )
    assert page.status_code == 404
    assert texts.page_text("not_found_title", lang) in page.text
    assert "<script>" not in page.text
    assert "&lt;script&gt;" in page.text


def test_unknown_language_falls_back_to_azerbaijani(central: CentralServer) -> None:
    body = submit(central)
    view = status(central, body["tracking_code"], "de").json()
    assert view["status_text"] == texts.status_name("received", "az")


def test_rate_limit_gives_429_with_retry_after(tmp_path: Any, database_url: str) -> None:
    # Fixed windows: a day long, so that the test does not straddle two.
    with CentralServer(
        tmp_path, database_url=database_url, status_rate_limit=3, status_rate_window=86400
    ) as central:
        code = submit(central)["tracking_code"]
        answers = [status(central, code) for _ in range(3)]
        assert [a.status_code for a in answers] == [200, 200, 200]
        limited = status(central, code)
        assert limited.status_code == 429
        assert 1 <= int(limited.headers["Retry-After"]) <= 86400
        page = requests.get(f"{central.url}/t/{code}", params={"lang": "en"}, timeout=TIMEOUT)
        assert page.status_code == 429
        assert int(page.headers["Retry-After"]) >= 1
        assert texts.page_text("too_many", "en") in page.text
        # Submissions are not limited by the public tracking limit.
        submit(central)


def test_phone_page_follows_the_applicants_language(central: CentralServer) -> None:
    """The receipt's QR carries no language: the page shows the one chosen at the kiosk."""
    body = sample_submission("household", language="ru")
    answer = requests.post(
        central.url + "/api/v1/submissions",
        json=body,
        headers=central.headers(body["submission_id"]),
        timeout=TIMEOUT,
    )
    assert answer.status_code == 201, answer.text
    page = requests.get(
        f"{central.url}/t/{body['tracking_code']}",
        timeout=TIMEOUT,
        headers={"Accept-Language": "en-GB,en;q=0.9"},
    )
    assert '<html lang="ru">' in page.text
    assert texts.status_name("received", "ru") in page.text
    chosen = requests.get(f"{central.url}/t/{body['tracking_code']}?lang=en", timeout=TIMEOUT)
    assert '<html lang="en">' in chosen.text


def test_not_found_page_follows_the_phone(central: CentralServer) -> None:
    page = requests.get(
        f"{central.url}/t/0000-0000-0000-0000",
        timeout=TIMEOUT,
        headers={"Accept-Language": "de-DE,ru;q=0.8,en;q=0.5"},
    )
    assert page.status_code == 404
    assert '<html lang="ru">' in page.text


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("", "az"),
        ("ru-RU,ru;q=0.9", "ru"),
        ("en;q=0.2,ru;q=0.8", "ru"),
        ("az-Latn-AZ", "az"),
        ("de,fr;q=0.5", "az"),
        ("en-US,en;q=bad", "en"),
    ],
)
def test_preferred_language(header: str, expected: str) -> None:
    assert texts.preferred_language(header) == expected
