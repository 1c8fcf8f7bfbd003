"""The phone photo page in a real browser (Debian's chromium, phone-sized): the applicant opens the link
of the kiosk's QR code, chooses a photo with the form's file input and sends it; the kiosk's poll then
gets it. No script on the page: the form alone does it.

``UPDATE_SCREENSHOTS=1`` also writes the page to docs/screenshots/phone-photo-page.png."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from browser import PHONE, chromium, screenshot
from PIL import Image
from selenium.webdriver.support.ui import WebDriverWait

from central import phone_pages
from central.config import REPO_ROOT
from central.testing import CentralServer

pytestmark = pytest.mark.timeout(180)


@pytest.fixture(scope="module")
def central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CentralServer]:
    with CentralServer(tmp_path_factory.mktemp("central")) as server:
        yield server


def _handoff(central: CentralServer) -> dict[str, str]:
    resp = httpx.post(
        central.url + "/api/v1/handoffs",
        json={"field": "meters.1.photo"},
        headers=central.headers(),
        timeout=10,
    )
    assert resp.status_code == 201, resp.text
    return dict(resp.json())


def test_phone_sends_a_photo_through_the_form(central: CentralServer, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    made = _handoff(central)
    photo = tmp_path / "IMG_20261201_101500.jpg"
    Image.new("RGB", (800, 600), (20, 120, 200)).save(photo, "JPEG", comment=b"at-home")
    with chromium(PHONE, language="az") as web:
        web.get(made["url"])
        assert web.find_element(By.TAG_NAME, "html").get_attribute("lang") == "az"
        assert web.title == phone_pages.t("title", "az")
        assert phone_pages.field_label("meters.1.photo", "az") in web.page_source
        field = web.find_element(By.CSS_SELECTOR, 'input[type="file"][name="photo"]')
        assert field.get_attribute("capture") == "environment"
        assert field.get_attribute("accept") == "image/*"
        assert not web.find_elements(By.TAG_NAME, "script")
        width, view = web.execute_script(
            "return [document.documentElement.scrollWidth, window.innerWidth]"
        )
        assert width <= view  # phone-sized
        if os.environ.get("UPDATE_SCREENSHOTS") == "1":
            screenshot(web, REPO_ROOT / "docs" / "screenshots" / "phone-photo-page.png")
            web.set_window_size(*PHONE)
        field.send_keys(str(photo))
        web.find_element(By.CSS_SELECTOR, 'button[type="submit"]').click()
        WebDriverWait(web, 20).until(lambda w: w.find_elements(By.CSS_SELECTOR, '[role="status"]'))
        status = web.find_element(By.CSS_SELECTOR, '[role="status"]')
        assert status.text == phone_pages.t("received_kiosk", "az")

        got = httpx.get(
            f"{central.url}/api/v1/handoffs/{made['id']}", headers=central.headers(), timeout=10
        )
        assert got.status_code == 200 and got.headers["content-type"] == "image/jpeg"
        assert b"at-home" not in got.content
        with Image.open(io.BytesIO(got.content)) as image:
            assert image.size == (800, 600)

        # The same link again: used.
        web.get(made["url"])
        assert phone_pages.t("used", "az") in web.find_element(By.TAG_NAME, "main").text


def test_phone_types_the_short_code(central: CentralServer) -> None:
    from selenium.webdriver.common.by import By

    made = _handoff(central)
    with chromium(PHONE, language="ru") as web:
        web.get(made["code_url"])
        assert web.find_element(By.TAG_NAME, "html").get_attribute("lang") == "ru"
        web.find_element(By.ID, "code").send_keys(made["code"].lower())
        web.find_element(By.CSS_SELECTOR, 'button[type="submit"]').click()
        assert web.find_elements(By.CSS_SELECTOR, 'input[type="file"]')
        assert phone_pages.t("send", "ru") in web.page_source


def test_the_missing_photo_is_added_from_the_status_page(
    central: CentralServer, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By

    from central.testing import sample_submission

    body = sample_submission("water_reading", attachments=[], photos_to_follow=["meters.0.photo"])
    resp = httpx.post(
        central.url + "/api/v1/submissions",
        json=body,
        headers=central.headers(body["submission_id"]),
        timeout=10,
    )
    assert resp.status_code == 201, resp.text
    code = resp.json()["tracking_code"]
    photo = tmp_path / "meter.png"
    Image.new("RGB", (300, 200), (200, 200, 40)).save(photo, "PNG")
    with chromium(PHONE, language="en") as web:
        web.get(f"{central.url}/t/{code}?lang=en")
        block = web.find_element(By.ID, "missing-photos")
        assert "A photo is still missing" in block.text
        block.find_element(By.CSS_SELECTOR, "button.add-photo").click()
        # The button posts, then the phone page opens: wait for it as a person would.
        WebDriverWait(web, 20).until(
            lambda w: w.find_elements(By.CSS_SELECTOR, 'input[type="file"]')
        )
        web.find_element(By.CSS_SELECTOR, 'input[type="file"]').send_keys(str(photo))
        web.find_element(By.CSS_SELECTOR, 'button[type="submit"]').click()
        WebDriverWait(web, 20).until(lambda w: w.find_elements(By.CSS_SELECTOR, '[role="status"]'))
        status = web.find_element(By.CSS_SELECTOR, '[role="status"]')
        assert status.text == phone_pages.t("received_application", "en")
        web.get(f"{central.url}/t/{code}?lang=en")
        assert not web.find_elements(By.ID, "missing-photos")
