"""The committed catalogues: complete, current, faithful to their placeholders, in the right alphabet,
and covering every text that lives in data (services, messages, statuses, tariffs, districts) and every
text the reference central shows (its status page, next steps, the service and status names)."""

from __future__ import annotations

import re

import pytest
from i18n_helpers import (
    LANGUAGES,
    PLACEHOLDER,
    ROOT,
    catalog,
    messages,
    placeholders,
    translations_script,
)

from central import texts as central_texts
from kiosk import supervisor
from kiosk.core import messages as core_messages
from kiosk.core import statuses
from kiosk.core.districts import all_districts
from kiosk.core.services import all_services
from kiosk.core.services.model import Field
from kiosk.core.tariffs import load_directory
from kiosk.receipts import texts as receipt_texts
from kiosk.ui import texts as ui_texts

CYRILLIC = re.compile("[\u0400-\u04ff]")
NUMERUS_FORMS = {"az": 2, "ru": 3, "en": 2}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_finished_and_not_empty(lang: str) -> None:
    found = messages(lang)
    assert len(found) > 250
    unfinished = [(m.context, m.source) for m in found if m.unfinished]
    empty = [(m.context, m.source) for m in found if not all(f.strip() for f in m.forms)]
    assert unfinished == []
    assert empty == []


def test_the_catalogues_hold_the_same_messages() -> None:
    keys = {lang: [(m.context, m.source) for m in messages(lang)] for lang in LANGUAGES}
    assert keys["az"] == keys["ru"] == keys["en"]


def test_no_catalogue_is_stale_against_the_sources() -> None:
    assert translations_script().stale() == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_match_the_source(lang: str) -> None:
    wrong = [
        (m.context, m.source, form)
        for m in messages(lang)
        for form in m.forms
        if placeholders(form) != placeholders(m.source)
    ]
    assert wrong == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_plural_forms(lang: str) -> None:
    # Counts use %1, not Qt's %n plurals (lupdate releases disagree on extracting those); any plural
    # message that is added must carry every form of its language.
    plurals = [m for m in messages(lang) if len(m.forms) > 1 or "%n" in m.source]
    for message in plurals:
        assert len(message.forms) == NUMERUS_FORMS[lang]


def test_azerbaijani_uses_the_latin_schwa_and_its_own_letters() -> None:
    forms = [form for m in messages("az") for form in m.forms]
    assert not [f for f in forms if "\u04d9" in f or "\u04d8" in f]  # Cyrillic ә / Ә
    assert not [f for f in forms if CYRILLIC.search(f)]
    text = " ".join(forms)
    for letter in "əğıİöşüç":
        assert letter in text
    sentences = [m for m in messages("az") if len(PLACEHOLDER.sub("", m.source).split()) > 1]
    assert [m.source for m in sentences if m.forms[0] == m.source] == []


def test_russian_is_written_in_cyrillic() -> None:
    latin_only = [
        (m.context, m.source)
        for m in messages("ru")
        if not CYRILLIC.search(m.forms[0]) and re.search("[A-Za-z]{3}", m.forms[0])
    ]
    assert latin_only == []


def test_english_has_no_cyrillic() -> None:
    assert not [m for m in messages("en") if CYRILLIC.search(" ".join(m.forms))]


def _labels(field: Field) -> list[tuple[str, str]]:
    out = [("Field", field.label)]
    if field.hint:
        out.append(("Hint", field.hint))
    out += [("Choice", choice.label) for choice in field.choices]
    for sub in field.fields:
        out += _labels(sub)
    return out


def data_texts() -> list[tuple[str, str]]:
    texts = [(core_messages.CONTEXT, text) for text in core_messages.TEXTS.values()]
    for service in all_services():
        texts += [("Service", service.title), ("Service", service.description)]
        for step in service.steps:
            texts.append(("Step", step.title))
            if step.hint:
                texts.append(("Hint", step.hint))
            for field in step.fields:
                texts += _labels(field)
        texts += [("Status", statuses.STATUSES[status]) for status in service.statuses]
        texts += [(central_texts.NEXT_STEP_CONTEXT, text) for text in service.next_steps.values()]
    texts += [("Service", name) for name in receipt_texts.SERVICE_NAMES.values()]
    texts += [("Notice", text) for text in ui_texts.NOTICES.values()]
    texts += [("Tariff", text) for text in ui_texts.TARIFF_TEXTS]
    texts += [(supervisor.CONTEXT, supervisor.TITLE), (supervisor.CONTEXT, supervisor.HINT)]
    return texts + central_data_texts()


def central_data_texts() -> list[tuple[str, str]]:
    """The reference central's own texts: next steps and the status page's words."""
    texts = [(central_texts.NEXT_STEP_CONTEXT, text) for text in central_texts.NEXT_STEPS.values()]
    texts += [(central_texts.PAGE_CONTEXT, text) for text in central_texts.PAGE.values()]
    return texts


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_data_text_has_a_translation(lang: str) -> None:
    known = catalog(lang)
    texts = data_texts()
    assert len(texts) > 150
    assert [t for t in texts if not known.get(t)] == []


def test_every_service_status_has_a_name() -> None:
    found = {s for service in all_services() for s in service.statuses}
    assert found <= set(statuses.STATUSES)
    assert ui_texts.STATUSES is statuses.STATUSES


def test_every_status_has_a_next_step() -> None:
    found = {s for service in all_services() for s in service.statuses}
    assert found <= set(central_texts.NEXT_STEPS)


def test_the_central_sources_are_extracted() -> None:
    sources = translations_script().sources()
    assert "central/texts.py" in sources and "kiosk/core/statuses.py" in sources
    assert len(central_data_texts()) > 20


def test_every_tariff_schedule_wording_is_listed_for_translation() -> None:
    wording = set()
    for schedule in load_directory(ROOT / "kiosk" / "core" / "schedules"):
        wording.add(schedule.source)
        wording.update(adj.note for adj in schedule.adjustments if adj.note)
    assert wording
    assert wording <= set(ui_texts.TARIFF_TEXTS)


def test_message_placeholders_have_parameters() -> None:
    for code, text in core_messages.TEXTS.items():
        count = len(placeholders(text))
        assert count == len(core_messages.PLACEHOLDERS.get(code, ())), code


def test_every_district_has_a_name_in_each_language() -> None:
    districts = all_districts()
    assert len(districts) > 70
    for district in districts:
        names = {lang: district.name(lang) for lang in LANGUAGES}
        assert all(names.values()), district.id
        assert CYRILLIC.search(names["ru"]), district.id
        assert "\u04d9" not in names["az"] and not CYRILLIC.search(names["az"]), district.id


def test_the_glossary_covers_the_domain_words() -> None:
    glossary = (ROOT / "translations" / "GLOSSARY.md").read_text(encoding="utf-8")
    words = ["müraciət", "abonent kodu", "qoşulma haqqı", "tələb olunan güc", "sayğac", "FİN"]
    words += ["VÖEN", "aktiv istehlakçı", "zavod nömrəsi", "plomb nömrəsi", "göstərici", "rayon"]
    words += ["əvəzləşdirmə", "topdansatış", "заявка", "плата за подключение", "счётчик"]
    assert [word for word in words if word not in glossary] == []
