"""The back office in a real browser (Debian's chromium): a utility operator signs in, opens the work
queue and an application, rejects it with a reason from the list, and the applicant's phone then reads
that reason in Russian on the status page."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import httpx
import pytest
from browser import DESKTOP, PHONE, chromium

from central import reasons, registry
from central.backoffice import accounts
from central.db import open_db
from central.testing import CentralServer, sample_submission

pytestmark = pytest.mark.timeout(240)

PASSWORD = "operator password 7"
SUBSCRIBER = next(iter(registry.load()["azerishiq_subscribers"]))  # a look-up a token alone may do


@pytest.fixture(scope="module")
def central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CentralServer]:
    with CentralServer(tmp_path_factory.mktemp("central")) as server:
        engine, sessionmaker = open_db(server.database_url)
        with sessionmaker() as session:
            accounts.add_user(session, "leyla", accounts.OPERATOR, PASSWORD, actor="test")
        engine.dispose()
        yield server


def _submit(central: CentralServer, **changes: object) -> str:
    body = sample_submission("water_reading", **changes)
    resp = httpx.post(
        central.url + "/api/v1/submissions",
        json=body,
        headers=central.headers(str(body["submission_id"])),
        timeout=10,
    )
    assert resp.status_code == 201, resp.text
    return str(resp.json()["tracking_code"])


def test_operator_rejects_with_a_reason_and_the_phone_reads_it_in_russian(
    central: CentralServer,
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    code = _submit(central, language="ru", submission_id=str(uuid.uuid4()))
    with chromium(DESKTOP) as web:
        web.get(f"{central.url}/backoffice/")
        # Not signed in: the sign-in page, in Azerbaijani.
        assert web.current_url.endswith("/backoffice/login")
        assert web.find_element(By.TAG_NAME, "html").get_attribute("lang") == "az"
        web.find_element(By.ID, "username").send_keys("leyla")
        web.find_element(By.ID, "password").send_keys(PASSWORD)
        web.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()

        # The work queue, with this application in it.
        assert web.current_url.endswith("/backoffice/queue")
        row = web.find_element(By.CSS_SELECTOR, f'tr[data-code="{code}"]')
        row.find_element(By.TAG_NAME, "a").click()

        # The application: its meter photo is shown (loaded through the signed-in session).
        assert web.current_url.endswith(f"/backoffice/applications/{code}")
        photo = web.find_element(By.CSS_SELECTOR, "img.photo")
        assert web.execute_script("return arguments[0].naturalWidth", photo) > 0
        form = web.find_element(By.ID, "reject")
        Select(form.find_element(By.NAME, "reason")).select_by_value("photo_illegible")
        form.find_element(By.NAME, "note").send_keys("Şəkil bulanıqdır")
        form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()

        status = web.find_element(By.ID, "status")
        assert status.get_attribute("data-status") == "rejected"
        assert "Şəkil bulanıqdır" in web.find_element(By.ID, "history").text
        assert "/t/" not in web.current_url and "leyla" not in web.current_url

    with chromium(PHONE) as phone:
        phone.get(f"{central.url}/t/{code}?lang=ru")
        reason = phone.find_element(By.CSS_SELECTOR, ".reason").text
        assert reason == reasons.text("photo_illegible", "ru")
        assert reason != reasons.REASONS["photo_illegible"]
        assert "Şəkil bulanıqdır" not in phone.page_source  # the staff's note stays with staff


def test_supervisor_adds_a_kiosk_and_revokes_it_after_being_asked(central: CentralServer) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    engine, sessionmaker = open_db(central.database_url)
    with sessionmaker() as session:
        accounts.add_user(session, "aysel", accounts.SUPERVISOR, PASSWORD, actor="test")
    engine.dispose()

    def shown(by: str, what: str):  # type: ignore[no-untyped-def]
        """The element once the page the last click asked for is there (a click does not wait)."""
        WebDriverWait(web, 20).until(lambda w: w.find_elements(by, what))
        return web.find_element(by, what)

    with chromium(DESKTOP) as web:
        web.get(f"{central.url}/backoffice/login?lang=en")
        web.find_element(By.ID, "username").send_keys("aysel")
        web.find_element(By.ID, "password").send_keys(PASSWORD)
        web.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
        WebDriverWait(web, 20).until(lambda w: "/backoffice/login" not in w.current_url)
        web.get(f"{central.url}/backoffice/kiosks")
        shown(By.ID, "kiosk-name").send_keys("K-SUMQAYIT-09")
        web.find_element(By.CSS_SELECTOR, "form[action='/backoffice/kiosks'] button").click()
        token = shown(By.ID, "token").text
        assert token.startswith("ck_")

        def lookup() -> int:
            return httpx.get(
                f"{central.url}/api/v1/lookup/azerishiq/{SUBSCRIBER}",
                headers={"Authorization": f"Bearer {token}"},
                timeout=10,
            ).status_code

        assert lookup() == 200
        row = "//tr[td[normalize-space()='K-SUMQAYIT-09']]"
        shown(By.XPATH, row).find_element(By.LINK_TEXT, "Revoke").click()
        shown(By.ID, "revoke-cancel")
        assert "K-SUMQAYIT-09" in web.find_element(By.TAG_NAME, "h1").text
        web.find_element(By.ID, "revoke-cancel").click()  # changed their mind: nothing happens
        WebDriverWait(web, 20).until(lambda w: w.current_url.endswith("/backoffice/kiosks"))
        assert lookup() == 200
        shown(By.XPATH, row).find_element(By.LINK_TEXT, "Revoke").click()
        shown(By.ID, "revoke-confirm").click()
        notice = shown(By.CSS_SELECTOR, "p.notice").text
        assert notice == "Revoked: the kiosk is refused from its next request."
        assert lookup() == 401
        assert token not in web.page_source
