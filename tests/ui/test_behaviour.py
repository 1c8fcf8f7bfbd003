"""Validation, language switching, "Change", the idle time-out, printing failures and the apology page."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest
from local_backend import LocalBackend
from PySide6.QtWidgets import QLineEdit
from ui_driver import Driver

from kiosk.core import tracking
from kiosk.ui import crash
from kiosk.ui.backend import Submitted

LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ">
<context><name>Field</name>
<message><source>Mobile number</source><translation>Mobil nömrə</translation></message>
</context>
<context><name>WizardScreen</name>
<message><source>Next</source><translation>Davam et</translation></message>
</context>
</TS>
"""


def test_validation_blocks_next_and_explains(kiosk: Driver) -> None:
    kiosk.touch("tile_household")
    kiosk.type_hardware("field_fin", "5ABCI7K")
    kiosk.next()
    assert kiosk.step() == "identity"
    assert kiosk.label("error_fin") == "The FIN has no letters I or O: type the digits 1 or 0."
    assert kiosk.label("error_mobile") == "Please fill this in."
    assert kiosk.label("explain") == "Please correct the marked answers to go on."
    fin = kiosk.find("field_fin")
    fin.clear()
    kiosk.type_on_screen("field_fin", "5AB")
    assert kiosk.label("error_fin") == "The FIN has 7 characters."  # follows what is typed
    for key in "CD7K":
        kiosk.key(key)
    assert not kiosk.find("error_fin").isVisible()


def test_language_switch_keeps_answers(kiosk: Driver, tmp_path: Path) -> None:
    (tmp_path / "kiosk_az.ts").write_text(TS, encoding="utf-8")
    subprocess.run([str(LRELEASE), "-silent", str(tmp_path / "kiosk_az.ts")], check=True)
    kiosk.window.languages.directory = tmp_path
    kiosk.touch("tile_household")
    kiosk.type_hardware("field_fin", "5ZK2M8P")
    kiosk.type_hardware("field_mobile", "050 123 45 67")
    label = kiosk.window.wizard.page.fields["mobile"].label
    assert label.text() == "Mobile number"
    kiosk.touch("lang_az")
    assert label.text() == "Mobil nömrə"
    assert kiosk.label("next") == "Davam et"
    assert kiosk.find("field_fin").text() == "5ZK2M8P"
    assert kiosk.find("field_mobile").text() == "050 123 45 67"
    kiosk.touch("lang_en")
    assert label.text() == "Mobile number"


def test_change_returns_to_review(kiosk: Driver) -> None:
    kiosk.touch("tile_household")
    wizard = kiosk.window.wizard.wizard
    answers = {
        "fin": "5ABCD7K",
        "mobile": "0501234567",
        "surname": "Əliyev",
        "given_name": "Vüsal",
        "address": "Bakı, Nizami 5",
        "period": "standard",
        "phase": "1",
        "power_kw": "7.5",
        "district": "Bakı",
        "property_registry_number": "123/45",
        "registration_number": "RN-12",
    }
    for name, value in answers.items():
        wizard.set(name, value)
    wizard.goto("review")
    kiosk.window.wizard.render()
    kiosk.touch("change_connection")
    assert kiosk.step() == "connection"
    assert kiosk.label("next") == "Save and go back to the check"
    kiosk.find("field_power_kw").clear()
    kiosk.type_hardware("field_power_kw", "10")
    kiosk.next()
    assert kiosk.step() == "review"
    assert "AZN 400.00" in kiosk.label("reviewFee")


@pytest.mark.parametrize("backend_options", [{"idle_timeout_s": 0.2}])
def test_idle_timeout_wipes_everything(kiosk: Driver, tmp_path: Path) -> None:
    kiosk.window.idle_dialog.countdown_s = 1
    kiosk.touch("tile_household")
    kiosk.type_hardware("field_fin", "5ZK2M8P")
    kiosk.qtbot.waitUntil(kiosk.window.idle_dialog.isVisible)
    kiosk.touch("moreTime")  # "I need more time" keeps everything
    assert kiosk.find("field_fin").text() == "5ZK2M8P"
    kiosk.qtbot.waitUntil(kiosk.window.idle_dialog.isVisible)
    kiosk.qtbot.waitUntil(lambda: kiosk.screen() is kiosk.window.home, timeout=5000)
    assert kiosk.window.wizard.wizard is None and kiosk.window.wizard.page is None
    assert kiosk.window.findChild(QLineEdit, "field_fin") is None
    assert not kiosk.window.keyboard.isVisible()


@pytest.mark.parametrize("backend_options", [{"printer_error": "printer.paper_out"}])
def test_print_failure_is_explained(kiosk: Driver) -> None:
    code = tracking.new_code()
    kiosk.window._submitted(Submitted(code, "x", sent=False), None)
    assert kiosk.label("trackingCode") == code
    assert "will be sent automatically" in kiosk.label("sendState")
    kiosk.touch("printReceipt")
    kiosk.qtbot.waitUntil(lambda: kiosk.find("printResult").isVisible())
    assert "out of paper" in kiosk.label("printResult")
    assert "take a photo of the code" in kiosk.label("printResult")


def test_confirmation_returns_home_by_itself(kiosk: Driver) -> None:
    kiosk.window.confirmation.auto_home_ms = 50
    kiosk.window._submitted(Submitted(tracking.new_code(), "x", sent=False), None)
    kiosk.qtbot.waitUntil(lambda: kiosk.screen() is kiosk.window.home)


def test_unexpected_error_shows_apology_without_personal_data(
    kiosk: Driver, caplog: pytest.LogCaptureFixture
) -> None:
    kiosk.touch("tile_household")
    kiosk.type_hardware("field_fin", "5ZK2M8P")
    hook = crash.make_hook(kiosk.window.show_apology)
    try:
        raise ValueError("bad value 5ZK2M8P")
    except ValueError as exc:
        with caplog.at_level(logging.ERROR):
            hook(ValueError, exc, exc.__traceback__)
    assert kiosk.screen() is kiosk.window.apology
    assert "ValueError" in caplog.text and "5ZK2M8P" not in caplog.text
    assert kiosk.window.wizard.wizard is None
    kiosk.touch("apologyRestart")
    assert kiosk.screen() is kiosk.window.home


def test_status_line_reassures(kiosk: Driver, backend: LocalBackend) -> None:
    backend.set_online(False)
    kiosk.qtbot.waitUntil(lambda: "Offline" in kiosk.label("status"))


def test_district_picker_offers_the_city_of_a_city_district(kiosk: Driver) -> None:
    # Guide 001, 2.3: the object's district; typing Baku's "Yasamal" or a Russian transliteration offers
    # the unit it belongs to, with the same matching as kiosk.core.districts.search (issue 12, 4).
    from PySide6.QtWidgets import QListWidget

    kiosk.touch("tile_household")
    wizard = kiosk.window.wizard.wizard
    assert wizard is not None
    wizard.goto("object")
    kiosk.window.wizard.render()
    districts = kiosk.find("list_district", QListWidget)

    def shown() -> list[str]:
        items = (districts.item(row) for row in range(districts.count()))
        return [item.text() for item in items if not item.isHidden()]

    kiosk.type_hardware("filter_district", "Yasamal")
    assert shown() == ["Baku"]
    kiosk.pick_list("list_district", "Baku")
    assert wizard.answers["district"] == "baki"
    kiosk.find("filter_district").clear()
    kiosk.type_hardware("filter_district", "Gyandzha")
    assert shown() == ["Ganja"]
