"""The error summary (GOV.UK pattern, issue 14, 11): a blocked Next lists every problem at the top of
the page; touching one goes to its field; the list follows the answers as they are put right."""

from __future__ import annotations

import dataclasses

from local_backend import LocalBackend
from ui_driver import Driver


def links(kiosk: Driver) -> list[str]:
    return [link.full_text() for link in kiosk.window.wizard.summary.links if link.isVisible()]


def test_a_blocked_next_lists_each_problem_and_jumps_to_its_field(kiosk: Driver) -> None:
    kiosk.touch("tile_household")
    assert not kiosk.find("errorSummary").isVisible()
    kiosk.type_on_screen("field_fin", "5AB")
    kiosk.next()
    assert kiosk.step() == "identity"
    assert kiosk.find("errorSummary").isVisible()
    assert kiosk.label("errorSummaryTitle") == "There is a problem"
    assert links(kiosk) == [
        "FIN (personal identification number): The FIN has 7 characters.",
        "Mobile number: Please fill this in.",
    ]
    kiosk.touch("summary_mobile")  # goes to the field, ready to type
    mobile = kiosk.find("field_mobile")
    kiosk.qtbot.waitUntil(lambda: mobile.hasFocus() and kiosk.window.keyboard.target is mobile)
    for key in "0501234567":
        kiosk.key(key)
    assert links(kiosk) == ["FIN (personal identification number): The FIN has 7 characters."]
    kiosk.touch("summary_fin")
    for key in "CD7K":
        kiosk.key(key)
    assert not kiosk.find("errorSummary").isVisible()  # all put right
    assert kiosk.label("explain") == ""  # no stale "please correct the marked answers"
    kiosk.next()
    kiosk.wait_step("applicant")


def test_problems_in_a_meter_card_name_the_meter(kiosk: Driver) -> None:
    kiosk.touch("tile_water_reading")
    wizard = kiosk.window.wizard.wizard
    for name, value in {"fin": "5ZK2M8P", "mobile": "0501234567"}.items():
        wizard.set(name, value)
    wizard.goto("meters")
    kiosk.window.wizard.render()
    kiosk.next()
    texts = links(kiosk)
    assert texts and all(t.startswith("Meter 1 · ") for t in texts)
    assert kiosk.label("explain") == "Please correct the marked answers to go on."


def test_a_blocked_next_without_a_field_to_mark_still_says_why(
    kiosk: Driver, backend: LocalBackend
) -> None:
    backend.schedules = []  # no tariff schedule in force: the fee page cannot quote
    kiosk.touch("tile_household")
    wizard = kiosk.window.wizard.wizard
    for name, value in {
        "fin": "5ZK2M8P",
        "mobile": "0501234567",
        "surname": "Əliyev",
        "given_name": "Vüsal",
        "address": "Bakı",
        "period": "standard",
        "phase": "1",
        "power_kw": "5",
        "district": "baki",
        "property_registry_number": "AB-1",
        "registration_number": "12/3",
    }.items():
        wizard.set(name, value)
    wizard.schedules = []
    wizard.goto("quote")
    kiosk.window.wizard.render()
    kiosk.next()
    assert kiosk.step() == "quote"
    assert kiosk.find("errorSummary").isVisible()  # on this page, saying why
    (problem,) = kiosk.window.wizard.summary.problems
    assert problem.key == "quote" and not problem.has_field
    assert problem.text == "No tariff is in force for this date."


def test_a_fee_the_tariff_does_not_give_leads_back_to_the_answer_it_comes_from(
    kiosk: Driver, backend: LocalBackend
) -> None:
    """No fee for this supply (here a tariff without 1-phase lines): the page says why and how to go
    on, and touching the problem goes back to the answer it comes from, ready to change."""
    only_3_phase = [
        dataclasses.replace(s, lines=tuple(ln for ln in s.lines if ln.phase != 1))
        for s in backend.schedules
    ]
    backend.schedules = only_3_phase
    kiosk.touch("tile_household")
    wizard = kiosk.window.wizard.wizard
    for name, value in {
        "fin": "5ZK2M8P",
        "mobile": "0501234567",
        "surname": "Əliyev",
        "given_name": "Vüsal",
        "address": "Bakı",
        "period": "standard",
        "phase": "1",
        "power_kw": "5",
        "district": "baki",
        "property_registry_number": "AB-1",
        "registration_number": "12/3",
    }.items():
        wizard.set(name, value)
    wizard.schedules = only_3_phase
    wizard.goto("quote")
    kiosk.window.wizard.render()
    kiosk.next()
    assert kiosk.step() == "quote"
    (problem,) = kiosk.window.wizard.summary.problems
    assert problem.key == "quote" and problem.has_field
    assert problem.text == "The tariff has no fee for this power and supply."
    assert kiosk.label("explain") == (
        "Touch the problem above to change the answer it comes from, or call staff."
    )
    kiosk.touch("summary_quote")
    kiosk.wait_step("connection")
    power = kiosk.find("field_power_kw")
    kiosk.qtbot.waitUntil(power.hasFocus)
    kiosk.touch("choice_phase_3")
    kiosk.next()
    kiosk.wait_step("object")
    kiosk.next()
    kiosk.wait_step("quote")
    assert kiosk.label("amount").startswith("AZN ")
    assert not kiosk.find("errorSummary").isVisible()


def test_a_fee_problem_no_answer_can_fix_sends_to_staff_and_is_no_dead_link(
    kiosk: Driver, backend: LocalBackend
) -> None:
    backend.schedules = []  # no tariff in force: nothing the applicant can change
    kiosk.touch("tile_household")
    wizard = kiosk.window.wizard.wizard
    for name, value in {"period": "standard", "phase": "1", "power_kw": "5"}.items():
        wizard.set(name, value)
    wizard.schedules = []
    wizard.goto("quote")
    kiosk.window.wizard.render()
    kiosk.next()
    assert kiosk.step() == "quote"
    assert not kiosk.find("summary_quote").isEnabled()
    assert "please call staff" in kiosk.label("explain")
