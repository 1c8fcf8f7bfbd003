"""The fee page's "what if" explores without changing the application; a fee changed after the fee
page is shown prominently on check-your-answers (issue 14, 6)."""

from __future__ import annotations

from ui_driver import Driver

ANSWERS = {
    "fin": "5ABCD7K",
    "mobile": "0501234567",
    "surname": "Əliyev",
    "given_name": "Vüsal",
    "address": "Bakı, Nizami 5",
    "period": "standard",
    "phase": "1",
    "power_kw": "7.5",
    "district": "baki",
    "property_registry_number": "123/45",
    "registration_number": "RN-12",
}


def on_fee_page(kiosk: Driver) -> None:
    kiosk.touch("tile_household")
    wizard = kiosk.window.wizard.wizard
    assert wizard is not None
    for name, value in ANSWERS.items():
        wizard.set(name, value)
    wizard.goto("quote")
    kiosk.window.wizard.render()
    assert kiosk.label("amount") == "AZN 300.00"


def test_exploring_changes_nothing_until_use_this(kiosk: Driver) -> None:
    on_fee_page(kiosk)
    wizard = kiosk.window.wizard.wizard
    assert not kiosk.find("whatIfUse").isVisible()
    kiosk.touch("whatIfPlus")
    kiosk.touch("whatIfPhase3")
    assert wizard.answers["power_kw"] == "7.5" and wizard.answers["phase"] == "1"
    assert kiosk.label("amount") == "AZN 300.00"
    assert kiosk.label("whatIfAmount").startswith("With these: AZN 2,490.50")  # 8.5 kW × 293
    kiosk.next()  # going on keeps the application's own answers
    kiosk.wait_step("contact")
    assert wizard.answers["power_kw"] == "7.5" and wizard.answers["phase"] == "1"


def test_use_this_puts_the_explored_answers_in(kiosk: Driver) -> None:
    on_fee_page(kiosk)
    wizard = kiosk.window.wizard.wizard
    kiosk.touch("whatIfPlus")
    kiosk.touch("whatIfUse")
    assert wizard.answers["power_kw"] == "8.5"
    assert kiosk.label("amount") == "AZN 340.00"
    assert not kiosk.find("whatIfUse").isVisible()


def test_a_fee_changed_after_the_fee_page_is_shown_prominently(kiosk: Driver) -> None:
    on_fee_page(kiosk)
    kiosk.next()
    kiosk.wait_step("contact")
    kiosk.next()
    kiosk.wait_step("review")
    assert kiosk.label("reviewFee") == "Connection fee: AZN 300.00"
    assert not kiosk.find("reviewFee").property("changed")
    kiosk.touch("change_connection")
    kiosk.touch("choice_phase_3")
    kiosk.touch("next")  # "Save and go back to the check": the fee page is not shown again
    kiosk.wait_step("review")
    fee = kiosk.find("reviewFee")
    assert fee.property("changed") is True
    assert fee.text().startswith("The connection fee has changed: it is now AZN 2,197.50")
    assert "it was AZN 300.00" in fee.text()
    assert fee.font().pixelSize() >= 40  # larger than the answers around it
