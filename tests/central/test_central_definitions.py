"""The central knows services only through their definitions: a service added as one file is accepted,
checked, tracked and named with no change to the central; its texts come from the same catalogues."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from central import texts, workflow
from central.testing import CentralServer, sample_submission
from central.validation import required_group_keys, required_keys
from kiosk.core import services
from kiosk.core.i18n import translate, translations_dir
from kiosk.core.services.model import Service
from kiosk.core.statuses import STATUSES

TIMEOUT = 10
SERVICES_DIR = Path(services.__file__).parent
GAS_TITLE = {"az": "Qaz sayğacının göstəricisi", "ru": "Показания газового счётчика"}
GAS_NEXT = "Your reading is registered. Azəriqaz staff will check it."
GAS_NEXT_TEXTS = {
    "az": "Göstəriciniz qeydə alındı. Azəriqaz əməkdaşı onu yoxlayacaq.",
    "ru": "Показания зарегистрированы. Сотрудник «Азеригаз» их проверит.",
}


def gas_definition(water: str) -> str:
    """The water-meter definition's text made into a gas-meter one, with its own translations."""
    text = water.replace('id="water_reading"', 'id="gas_reading"')
    text = text.replace('"Service", "Water-meter reading"', '"Service", "Gas-meter reading"')
    text = text.replace(
        '"NextStep", "Your reading is registered. Azərsu staff will check it."',
        f'"NextStep", "{GAS_NEXT}"',
    )
    own = {
        lang: {"Gas-meter reading": GAS_TITLE[lang], GAS_NEXT: GAS_NEXT_TEXTS[lang]}
        for lang in ("az", "ru")
    }
    text = text.replace("    order=40,", f"    order=50,\n    texts={own!r},")
    assert 'id="gas_reading"' in text and "order=50" in text and GAS_NEXT in text
    return text


@pytest.fixture(scope="module")
def gas_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped definitions plus ``gas_reading.py``, cloned from the water-meter one."""
    folder = tmp_path_factory.mktemp("services")
    for path in SERVICES_DIR.glob("*.py"):
        if re.search(r"^SERVICE = Service\(", path.read_text(encoding="utf-8"), re.M):
            shutil.copy(path, folder / path.name)
    water = (SERVICES_DIR / "water_reading.py").read_text(encoding="utf-8")
    (folder / "gas_reading.py").write_text(gas_definition(water), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def gas_central(
    tmp_path_factory: pytest.TempPathFactory, gas_folder: Path
) -> Iterator[CentralServer]:
    """A real server that reads its definitions from ``gas_folder`` (``KIOSK_SERVICES_DIR``)."""
    with CentralServer(tmp_path_factory.mktemp("gas"), services_dir=gas_folder) as server:
        yield server


@pytest.fixture
def gas_registry(gas_folder: Path) -> Iterator[None]:
    """This process's registry reads the same folder while a test runs (for its samples and texts)."""
    with services.use_folder(gas_folder):
        yield


def post(central: CentralServer, body: dict[str, Any]) -> requests.Response:
    return requests.post(
        central.url + "/api/v1/submissions",
        json=body,
        headers=central.headers(body["submission_id"]),
        timeout=TIMEOUT,
    )


def advance(central: CentralServer, code: str, status: str) -> requests.Response:
    return requests.post(
        f"{central.url}/api/v1/admin/applications/{code}/status",
        json={"status": status},
        headers=central.admin_headers(),
        timeout=TIMEOUT,
    )


def page(central: CentralServer, code: str, lang: str) -> str:
    answer = requests.get(f"{central.url}/t/{code}", params={"lang": lang}, timeout=TIMEOUT)
    assert answer.status_code == 200
    return answer.text


def errors_of(answer: requests.Response) -> dict[str, str]:
    assert answer.status_code == 422, answer.text
    assert answer.json()["detail"]["code"] == "invalid_payload"
    errors: dict[str, str] = answer.json()["detail"]["errors"]
    return errors


# -- a service added as a definition ----------------------------------------------------------------


@pytest.mark.usefixtures("gas_registry")
def test_a_new_definition_is_accepted_tracked_and_named(gas_central: CentralServer) -> None:
    gas = services.get("gas_reading")
    assert "gas_reading" in workflow.SERVICES
    body = sample_submission("gas_reading")
    assert body["attachments"] and body["quote"] is None
    first = post(gas_central, body)
    assert first.status_code == 201, first.text
    assert first.json()["status"] == gas.initial_status
    code = body["tracking_code"]

    view = requests.get(f"{gas_central.url}/api/v1/status/{code}?lang=ru", timeout=TIMEOUT).json()
    assert view["service"] == "gas_reading"
    assert view["next_step"] == GAS_NEXT_TEXTS["ru"]

    path = ["onsite_check", "invoice_formed"]
    for status in path:
        assert status in gas.allowed_next(
            workflow.ALL_STATUSES[0] if status == path[0] else path[0]
        )
        answer = advance(gas_central, code, status)
        assert answer.status_code == 200, answer.text
    refused = advance(gas_central, code, "rejected")
    assert refused.status_code == 409
    assert refused.json()["detail"]["allowed"] == []

    titles = {**GAS_TITLE, "en": "Gas-meter reading"}
    for lang, title in titles.items():
        html = page(gas_central, code, lang)
        assert title in html
        assert texts.service_name("gas_reading", lang) == title
        for status in ["received", *path]:
            assert texts.status_name(status, lang) in html
        assert texts.next_step("gas_reading", "invoice_formed", lang) in html
        assert body["payload"]["subscriber_code"] not in html


@pytest.mark.usefixtures("gas_registry")
def test_the_new_service_is_checked_by_its_definition(gas_central: CentralServer) -> None:
    body = sample_submission("gas_reading")
    del body["payload"]["subscriber_code"]
    body["payload"]["meters"][0]["reading"] = ""
    assert errors_of(post(gas_central, body)) == {
        "payload.subscriber_code": "required",
        "payload.meters.0.reading": "required",
    }


@pytest.mark.usefixtures("gas_registry")
def test_the_openapi_document_lists_the_defined_services(gas_central: CentralServer) -> None:
    doc = requests.get(gas_central.url + "/openapi.json", timeout=TIMEOUT).json()
    enum = doc["components"]["schemas"]["SubmissionIn"]["properties"]["service"]["enum"]
    assert enum == list(services.ids())
    assert "gas_reading" in enum


def test_a_central_without_the_definition_refuses_it(central: CentralServer) -> None:
    body = sample_submission()
    body["service"] = "gas_reading"
    assert errors_of(post(central, body)) == {"service": "literal_error"}


# -- required payload keys come from the definitions -------------------------------------------------


def required_cases() -> list[tuple[str, str, str]]:
    """(service, path to drop, error key) for every required key of every definition's example."""
    cases = []
    for service in services.all_services():
        payload = sample_submission(service.id)["payload"]
        for key in required_keys(service, payload):
            cases.append((service.id, key, f"payload.{key}"))
        for group, keys in required_group_keys(service, payload).items():
            cases += [(service.id, f"{group}.0.{key}", f"payload.{group}.0.{key}") for key in keys]
    return cases


def test_the_required_keys_are_at_least_the_ones_the_central_always_required() -> None:
    assert {"fin", "mobile"} <= set(required_keys(services.get("household"), {}))
    assert "voen" in required_keys(services.get("business"), {})
    assert "station_power_kw" in required_keys(services.get("prosumer"), {})
    water = services.get("water_reading")
    assert {"subscriber_code", "meters"} <= set(required_keys(water, {}))
    assert {"factory_number", "reading"} <= set(required_group_keys(water, {})["meters"])


@pytest.mark.parametrize(("service", "drop", "error"), required_cases())
def test_a_missing_required_field_is_refused(
    central: CentralServer, service: str, drop: str, error: str
) -> None:
    body = sample_submission(service)
    container: Any = body["payload"]
    *parents, last = drop.split(".")
    for part in parents:
        container = container[int(part)] if part.isdigit() else container[part]
    del container[last]
    assert errors_of(post(central, body)) == {error: "required"}


def test_a_step_counts_only_when_it_applies(central: CentralServer) -> None:
    """The prosumer's business step is shown to entrepreneurs only: its fields are required then."""
    prosumer: Service = services.get("prosumer")
    conditional = [s for s in prosumer.steps if s.when is not None]
    assert conditional
    body = sample_submission("prosumer")
    assert body["payload"]["consumer_group"] == "household"
    assert post(central, body).status_code == 201
    body = sample_submission("prosumer")
    body["payload"]["consumer_group"] = "business"
    expected = {f"payload.{f.name}": "required" for s in conditional for f in s.fields}
    assert errors_of(post(central, body)) == expected


# -- texts from the catalogues ----------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["az", "ru", "en"])
def test_the_central_texts_are_the_catalogues(lang: str) -> None:
    for service in services.all_services():
        assert texts.service_name(service.id, lang) == translate("Service", service.title, lang)
        for status in service.statuses:
            assert texts.status_name(status, lang) == translate("Status", STATUSES[status], lang)
            source = service.next_steps.get(status) or texts.NEXT_STEPS[status]
            assert texts.next_step(service.id, status, lang) == translate("NextStep", source, lang)
    for key, source in texts.PAGE.items():
        assert texts.page_text(key, lang) == translate("StatusPage", source, lang)


def test_a_changed_translation_shows_on_the_status_page(tmp_path: Path) -> None:
    folder = tmp_path / "translations"
    shutil.copytree(translations_dir(), folder)
    changed = {
        ("Status", "Received"): "Qəbul olundu",
        ("StatusPage", "Application status"): "Müraciətin gedişatı",
    }
    path = folder / "kiosk_az.ts"
    tree = ET.parse(path)
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            key = (context.findtext("name") or "", message.findtext("source") or "")
            if key in changed:
                translation = message.find("translation")
                assert translation is not None
                translation.text = changed.pop(key)
    assert changed == {}
    tree.write(path, encoding="utf-8", xml_declaration=True)

    with CentralServer(tmp_path / "srv", translations_dir=folder) as central:
        body = sample_submission()
        assert post(central, body).status_code == 201
        html = page(central, body["tracking_code"], "az")
        assert "Qəbul olundu" in html and "Müraciətin gedişatı" in html
        assert texts.status_name("received", "az") not in html
        english = page(central, body["tracking_code"], "en")
        assert "Received" in english and "Application status" in english
