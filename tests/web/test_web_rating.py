"""The status page's "How was the service?" in a real browser (Debian's chromium): a phone taps a score,
comes back to the page thanked, and the central holds the rating of channel ``phone``."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import httpx
import pytest
from browser import PHONE, chromium
from sqlalchemy import select
from sqlalchemy.orm import Session

from central import rating_form
from central.db import Rating, Submission, make_engine
from central.testing import CentralServer, sample_submission

pytestmark = pytest.mark.timeout(180)


@pytest.fixture(scope="module")
def central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CentralServer]:
    with CentralServer(tmp_path_factory.mktemp("central")) as server:
        yield server


def _submit(central: CentralServer) -> str:
    body = sample_submission(language="ru")
    resp = httpx.post(
        central.url + "/api/v1/submissions",
        json=body,
        headers=central.headers(body.get("submission_id") or str(uuid.uuid4())),
        timeout=10,
    )
    assert resp.status_code == 201, resp.text
    return str(resp.json()["tracking_code"])


def _ratings(central: CentralServer, code: str) -> dict[str, int]:
    engine = make_engine(central.database_url)
    try:
        with Session(engine) as s:
            rows = s.execute(
                select(Rating.channel, Rating.score)
                .join(Submission, Rating.submission_pk == Submission.id)
                .where(Submission.tracking_code == code)
            )
            return {channel: score for channel, score in rows}
    finally:
        engine.dispose()


def test_phone_rates_the_service_without_script(central: CentralServer) -> None:
    from selenium.webdriver.common.by import By

    code = _submit(central)
    with chromium(PHONE) as web:
        web.get(f"{central.url}/t/{code}")
        assert rating_form.text("question", "ru") in web.page_source
        buttons = web.find_elements(By.CSS_SELECTOR, 'button[name="score"]')
        assert [b.text for b in buttons] == ["1", "2", "3", "4", "5"]
        assert min(b.size["height"] for b in buttons) >= 44  # a thumb's target
        buttons[3].click()
        thanks = web.find_element(By.CSS_SELECTOR, ".thanks")
        assert thanks.text == rating_form.text("thanks", "ru")
        assert "rated=1" in web.current_url and code in web.current_url
        assert not web.find_elements(By.CSS_SELECTOR, 'button[name="score"]')
        width, view = web.execute_script(
            "return [document.documentElement.scrollWidth, window.innerWidth]"
        )
        assert width <= view
    assert _ratings(central, code) == {"phone": 4}
