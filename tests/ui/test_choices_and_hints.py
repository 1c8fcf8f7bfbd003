"""Nothing is chosen for the applicant, and the numbers people struggle to find have hints (issue 14,
11: GOV.UK patterns)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from ui_driver import Driver

from kiosk.core.services import get as get_service


def test_period_and_phase_start_unchosen(kiosk: Driver) -> None:
    kiosk.touch("tile_household")
    wizard = kiosk.window.wizard.wizard
    wizard.goto("connection")
    kiosk.window.wizard.render()
    # No "Accelerated" dead end: the schedule in force prices only the standard period, so the
    # question is not shown (docs/TARIFFS.md) and the period is the standard one.
    for name in ("choice_period_standard", "choice_period_accelerated"):
        assert kiosk.window.findChild(QWidget, name) is None
    assert wizard.answers["period"] == "standard"
    for name in ("choice_phase_1", "choice_phase_3"):
        assert not kiosk.find(name).isChecked()
    assert "phase" not in wizard.answers
    kiosk.type_hardware("field_power_kw", "5")
    kiosk.next()
    assert kiosk.step() == "connection"
    assert kiosk.label("error_phase") == "Please fill this in."


@pytest.mark.parametrize(
    ("service", "step", "field"),
    [
        ("business", "business", "voen"),
        ("household", "object", "property_registry_number"),
        ("household", "object", "registration_number"),
        ("prosumer", "contact", "iban"),
    ],
)
def test_hints_for_the_hard_numbers(kiosk: Driver, service: str, step: str, field: str) -> None:
    kiosk.window.start_service(service)
    wizard = kiosk.window.wizard.wizard
    wizard.goto(step)
    kiosk.window.wizard.render()
    widget = kiosk.window.wizard.page.fields[field]
    assert widget.hint.isVisibleTo(kiosk.window) and widget.hint.text()
    assert widget.hint.text() == get_service(service).field(field).hint


def test_seal_number_hint_in_each_meter_card(kiosk: Driver) -> None:
    kiosk.window.start_service("water_reading")
    kiosk.window.wizard.wizard.goto("meters")
    kiosk.window.wizard.render()
    card = kiosk.window.wizard.page.groups["meters"].cards[0]
    assert "seal" in card.fields["seal_number"].hint.text()


def test_a_nakhchivan_district_is_refused_at_the_field(kiosk: Driver) -> None:
    # Strategy 000, 1: Azərişıq serves all of Azerbaijan except the Nakhchivan Autonomous Republic.
    kiosk.touch("tile_household")
    wizard = kiosk.window.wizard.wizard
    wizard.goto("object")
    kiosk.window.wizard.render()
    kiosk.type_hardware("filter_district", "Sharur")
    kiosk.pick_list("list_district", "Sharur")
    kiosk.type_hardware("field_property_registry_number", "SR-100")
    kiosk.type_hardware("field_registration_number", "2024/1")
    kiosk.next()
    kiosk.qtbot.waitUntil(lambda: not kiosk.window.runner.busy)
    assert kiosk.step() == "object"
    assert "Nakhchivan" in kiosk.label("error_district")
    assert "Azərişıq" in kiosk.label("error_district")
