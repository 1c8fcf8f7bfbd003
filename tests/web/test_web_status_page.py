"""The public status page in a real browser (Debian's chromium): a phone opens the receipt's link,
reads the status in its language and switches language with the page's own links."""

from __future__ import annotations

import uuid
from pathlib import Path

import httpx
import pytest
from browser import PHONE, chromium

from central import texts
from central.testing import CentralServer, sample_submission

pytestmark = pytest.mark.timeout(180)


@pytest.fixture(scope="module")
def central(tmp_path_factory: pytest.TempPathFactory) -> CentralServer:
    with CentralServer(tmp_path_factory.mktemp("central")) as server:
        yield server


def _submit(central: CentralServer, **changes: object) -> str:
    body = sample_submission(**changes)
    resp = httpx.post(
        central.url + "/api/v1/submissions",
        json=body,
        headers=central.headers(
            str(uuid.uuid4()) if "submission_id" not in body else body["submission_id"]
        ),
        timeout=10,
    )
    assert resp.status_code == 201, resp.text
    return str(resp.json()["tracking_code"])


def test_phone_reads_status_and_switches_language(central: CentralServer, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    code = _submit(central, language="ru")
    with chromium(PHONE) as web:
        web.get(f"{central.url}/t/{code}")
        html = web.find_element(By.TAG_NAME, "html")
        # The application's own language first: it was made in Russian.
        assert html.get_attribute("lang") == "ru"
        assert texts.page_text("title", "ru") == web.title != texts.page_text("title", "en")
        assert code in web.find_element(By.CSS_SELECTOR, ".code").text
        # Tap the page's own link to Azerbaijani.
        web.find_element(By.CSS_SELECTOR, 'nav a[hreflang="az"]').click()
        assert web.find_element(By.TAG_NAME, "html").get_attribute("lang") == "az"
        assert web.title == texts.page_text("title", "az")
        # Phone-sized: nothing wider than the screen.
        width, view = web.execute_script(
            "return [document.documentElement.scrollWidth, window.innerWidth]"
        )
        assert width <= view
