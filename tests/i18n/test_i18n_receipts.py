"""The receipt follows the applicant's language; the outbox stores codes and values, not texts."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pypdf
import pytest
from i18n_helpers import catalog
from local_backend import LocalBackend

from kiosk.core.services import get as get_service
from kiosk.core.wizard import Wizard
from kiosk.receipts import receipt_from_submission, render_receipt_pdf, samples
from kiosk.receipts import texts as receipt_texts

CYRILLIC = re.compile("[\u0400-\u04ff]")


def receipt_text(language: str) -> str:
    receipt = receipt_from_submission(
        samples.connection_record(),
        kiosk_id=samples.KIOSK_ID,
        centre_name=samples.CENTRE_NAME,
        public_status_url=samples.PUBLIC_STATUS_URL,
        sent=False,
        language=language,
    )
    reader = pypdf.PdfReader(io.BytesIO(render_receipt_pdf(receipt, "a4")))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.mark.parametrize("lang", ["az", "ru", "en"])
def test_the_receipt_is_in_the_applicants_language(lang: str) -> None:
    text = receipt_text(lang)
    known = catalog(lang)
    for source in (receipt_texts.KEEP, receipt_texts.TITLE, receipt_texts.TRACK):
        assert known[("Receipt", source)] in text
    service = known[("Service", receipt_texts.SERVICE_NAMES["household"])]
    assert service in text
    assert bool(CYRILLIC.search(text)) == (lang == "ru")


def test_a_russian_receipt_carries_the_russian_sentences() -> None:
    text = receipt_text("ru")
    assert "Сохраните квитанцию до завершения заявки." in text
    assert "Код отслеживания" in text
    assert "300,00 ₼" in text
    assert "Keep this receipt" not in text


def test_tariff_wording_is_translated_for_receipts() -> None:
    source = samples.QUOTE["tariff_source"]
    assert (
        receipt_texts.tariff_text(source, "ru") == "Решение Тарифного совета № 4 от 3 мая 2024 года"
    )
    assert receipt_texts.tariff_text(source, "en") == source
    assert receipt_texts.tariff_text("A schedule not listed", "az") == "A schedule not listed"


def test_the_outbox_stores_codes_and_values_never_translated_text(tmp_path: Path) -> None:
    backend = LocalBackend(outbox_path=tmp_path / "outbox.sqlite3")
    try:
        wizard = Wizard(get_service("household"), backend.settings, backend.schedules)
        answers = {
            "fin": "5ZK2M8P",
            "mobile": "050 123 45 67",
            "surname": "Əliyev",
            "given_name": "Vüsal",
            "address": "Bakı, Nizami 5",
            "period": "standard",
            "phase": "1",
            "power_kw": "7,5",
            "district": "Шекинский район",
            "property_registry_number": "123/45",
            "registration_number": "RN-12",
        }
        for name, value in answers.items():
            wizard.set(name, value)
        application = wizard.result()
        quote = wizard.quote()
        submitted = backend.submit(application, quote, "ru")  # type: ignore[arg-type]
        envelope = backend.outbox.envelope(submitted.submission_id)
    finally:
        backend.close()
    assert envelope["tracking_code"] == submitted.tracking_code
    assert envelope["language"] == "ru"
    payload = envelope["payload"]
    assert payload["phase"] in (1, "1") and payload["period"] == "standard"
    assert payload["power_kw"] == "7.5" and payload["mobile"] == "+994501234567"
    assert payload["district"] == "seki"  # the id, whatever language it was picked in
    assert not CYRILLIC.search(repr(payload))
    assert not CYRILLIC.search(repr(envelope["quote"]))
