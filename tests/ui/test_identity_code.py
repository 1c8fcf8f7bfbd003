"""Registry data only after a one-time code (issue 15; guides 001 and 002, 1): a FİN typed at the kiosk
shows nobody's name until the code sent to the registry's mobile number is typed back on the dialog's
own pad; the applicant can always type their details instead; a session's code never outlives it."""

from __future__ import annotations

import pytest
from local_backend import LocalBackend
from ui_driver import Driver


@pytest.fixture
def backend_options() -> dict[str, object]:
    return {"identity_codes": True}


def _to_code(kiosk: Driver) -> None:
    kiosk.touch("tile_household")
    kiosk.type_on_screen("field_fin", "5ZK2M8P")
    kiosk.type_on_screen("field_mobile", "0501234567")
    kiosk.next()
    kiosk.qtbot.waitUntil(lambda: kiosk.find("codeDialog").isVisible())


def _type_code(kiosk: Driver, code: str) -> None:
    for digit in code:
        kiosk.touch(f"codeKey_{digit}")


def test_details_shown_only_after_the_right_code(kiosk: Driver, backend: LocalBackend) -> None:
    _to_code(kiosk)
    wizard = kiosk.window.wizard.wizard
    # Nothing from the registry yet: not on the screen, not in the answers.
    assert "surname" not in wizard.answers and "address" not in wizard.answers
    assert "+994 ** *** ** 67" in kiosk.label("codeSentTo")
    assert not kiosk.find("codeConfirm").isEnabled()  # six digits first
    ((kind, key, code),) = backend.sms
    assert (kind, key) == ("person", "5ZK2M8P")
    wrong = "999999" if code != "999999" else "111111"
    _type_code(kiosk, wrong)
    assert kiosk.find("codeConfirm").isEnabled()
    kiosk.touch("codeConfirm")
    kiosk.qtbot.waitUntil(lambda: kiosk.find("codeProblem").isVisible())
    assert "4" in kiosk.label("codeProblem")  # tries left
    assert kiosk.find("codeDialog").isVisible() and "surname" not in wizard.answers
    _type_code(kiosk, code)
    kiosk.touch("codeConfirm")
    kiosk.wait_step("applicant")
    assert not kiosk.find("codeDialog").isVisible()
    surname = kiosk.find("field_surname")
    assert surname.text() == "Məmmədov" and surname.isReadOnly()


def test_backspace_and_new_code(kiosk: Driver, backend: LocalBackend) -> None:
    _to_code(kiosk)
    _type_code(kiosk, "12")
    kiosk.touch("codeKey_back")
    assert kiosk.find("codeDialog").digits == "1"
    # "Send a new code" waits out its countdown, then sends another code.
    resend = kiosk.find("codeResend")
    assert not resend.isEnabled()
    dialog = kiosk.find("codeDialog")
    dialog._wait_s = 0
    dialog.retranslate()
    kiosk.touch("codeResend")
    kiosk.qtbot.waitUntil(lambda: len(backend.sms) == 2)
    assert kiosk.find("codeDialog").digits == ""
    _type_code(kiosk, backend.sms[-1][2])
    kiosk.touch("codeConfirm")
    kiosk.wait_step("applicant")
    assert kiosk.find("field_surname").text() == "Məmmədov"


def test_type_details_by_hand_instead(kiosk: Driver, backend: LocalBackend) -> None:
    _to_code(kiosk)
    kiosk.touch("codeManual")
    kiosk.wait_step("applicant")
    assert not kiosk.find("codeDialog").isVisible()
    surname = kiosk.find("field_surname")
    assert surname.text() == "" and not surname.isReadOnly()
    assert "type these details yourself" in kiosk.label("lookupNote")
    assert "surname" not in kiosk.window.wizard.wizard.answers


def test_no_mobile_in_registry_means_typing(kiosk: Driver, backend: LocalBackend) -> None:
    backend.no_mobile.add("5ZK2M8P")
    kiosk.touch("tile_household")
    kiosk.type_on_screen("field_fin", "5ZK2M8P")
    kiosk.type_on_screen("field_mobile", "0501234567")
    kiosk.next()
    kiosk.wait_step("applicant")
    assert not kiosk.find("codeDialog").isVisible()
    assert "no mobile number" in kiosk.label("lookupNote")
    assert not kiosk.find("field_surname").isReadOnly()


def test_start_over_wipes_the_code(kiosk: Driver, backend: LocalBackend) -> None:
    _to_code(kiosk)
    _type_code(kiosk, "123")
    kiosk.touch("startOver")  # the top bar stays within reach over the dialog
    kiosk.qtbot.waitUntil(lambda: kiosk.find("startOverYes").isVisible())
    kiosk.touch("startOverYes")
    kiosk.qtbot.waitUntil(lambda: kiosk.screen() is kiosk.window.home)
    dialog = kiosk.find("codeDialog")
    assert not dialog.isVisible() and dialog.digits == "" and dialog.challenge is None
    assert "1  2  3" not in kiosk.label("codeDigits")
