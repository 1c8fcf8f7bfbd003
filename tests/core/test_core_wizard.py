"""The wizard state machine, without a QApplication (STYLE practice 2)."""

import dataclasses
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kiosk.core import services, tariffs
from kiosk.core.application import InvalidApplication, Settings, path_loader, validate_application
from kiosk.core.attachments import Attachment, check
from kiosk.core.validation import Ok
from kiosk.core.wizard import Wizard
from kiosk.examples import example, sample_png, write_example

SCHEDULES = tariffs.load_directory()
SETTINGS = Settings(today=date(2026, 11, 23))


def wizard(service_id):
    return Wizard(services.get(service_id), SETTINGS, SCHEDULES)


def fill_identity(w):
    w.set("fin", "5abcd7k")
    w.set("mobile", "050 123 45 67")


def test_next_is_blocked_until_the_step_is_valid():
    w = wizard("household")
    assert w.step.name == "identity"
    assert not w.can_advance()
    assert not w.next()
    assert w.shown_errors["fin"].code == "required"
    w.set("fin", "5ABCO7K")
    w.set("mobile", "012 493 00 00")
    assert not w.next()
    assert w.shown_errors["fin"].code == "fin.letters_io"
    assert w.shown_errors["mobile"].code == "mobile.not_mobile"
    fill_identity(w)
    assert w.next()
    assert w.step.name == "applicant"
    assert w.progress() == (2, 7)


def test_lookup_fills_read_only_and_a_new_fin_forgets_it():
    w = wizard("household")
    fill_identity(w)
    w.apply_lookup(
        "person",
        {
            "fin": "5ABCD7K",
            "surname": "Əliyev",
            "given_name": "Rəşad",
            "patronymic": "Kamal oğlu",
            "address": "Bakı",
        },
    )
    assert w.answers["identity_source"] == "registry"
    assert {"surname", "given_name", "address"} <= w.readonly
    w.set("surname", "Someone else")
    assert w.answers["surname"] == "Əliyev"  # read-only as in the e-service (guide 001, 2.1)
    w.set("fin", "7XYZ12K")
    assert "surname" not in w.answers and not w.readonly
    w.apply_lookup("person", None)
    assert w.answers["identity_source"] == "typed"


def complete_household(w):
    fill_identity(w)
    assert w.next()
    w.set("surname", "Əliyev")
    w.set("given_name", "Rəşad")
    w.set("address", "Bakı, Nizami küç. 5")
    assert w.next()
    w.set("power_kw", "12")
    assert not w.next()  # the phase is the applicant's choice: nothing is preset
    # The schedule in force prices only the standard period, so the period is not asked at all.
    assert {k: e.code for k, e in w.shown_errors.items()} == {"phase": "required"}
    assert w.answers["period"] == "standard"
    w.set("phase", "1")
    assert w.next()
    w.set("district", "Bakı")
    w.set("property_registry_number", "AB-1")
    w.set("registration_number", "12/3")
    assert w.next()
    assert w.step.kind == "quote"
    assert w.quote().amount == 520
    assert w.next()
    assert w.next()
    assert w.is_review


def test_change_from_review_returns_to_review():
    w = wizard("household")
    complete_household(w)
    w.change("connection")
    assert w.step.name == "connection"
    w.set("phase", "3")
    assert w.next()
    assert w.is_review
    assert w.quote().amount == 3516  # 12 × 293
    w.change("object")
    assert w.back()
    assert w.is_review


def test_quote_step_blocks_when_no_tariff_line_covers():
    w = wizard("household")
    complete_household(w)
    w.change("connection")
    w.set("period", "accelerated")
    assert w.next()
    w.goto("quote")
    assert not w.next()
    assert w.shown_errors["quote"].code == "fee.no_period"


def test_result_is_codes_and_values():
    w = wizard("household")
    complete_household(w)
    result = w.result()
    assert result.payload["mobile"] == "+994501234567"
    assert result.payload["phase"] == 1
    assert result.payload["district"] == "baki"
    assert result.payload["identity_source"] == "typed"


def test_wipe_forgets_everything():
    w = wizard("household")
    complete_household(w)
    w.apply_lookup("person", {"surname": "X", "given_name": "Y"})
    w.wipe()
    assert w.step.name == "identity"
    assert "fin" not in w.answers and not w.readonly and not w.shown_errors
    assert w.answers == {"period": "standard"}  # only what the schedule leaves no choice about


def test_meter_group_add_remove_and_item_errors():
    w = wizard("water_reading")
    fill_identity(w)
    assert w.next()
    w.set("subscriber_code", "10203040")
    w.apply_lookup(
        "azersu",
        {
            "surname": "Məmmədova",
            "given_name": "Gülşən",
            "address": "Bakı",
            "meters": [{"factory_number": "zn-1", "last_reading": "500.5"}],
        },
    )
    assert w.answers["subscriber_name"] == "Məmmədova Gülşən"
    assert w.next()
    assert w.step.name == "meters"
    # The meter the registry knows comes with its number (no seal number was on record).
    assert w.items("meters") == [{"factory_number": "ZN-1", "seal_number": ""}]
    assert w.add_item("meters")
    assert w.remove_item("meters", 1)
    assert not w.remove_item("meters", 0)  # at least one meter
    assert not w.next()
    assert "meters.0.factory_number" not in w.shown_errors
    assert "meters.0.seal_number" in w.shown_errors
    assert w.shown_errors["meters.0.photo"].code == "file.required"
    photo = check(sample_png(), "m.png").value
    for name, value in {
        "factory_number": "ZN-1",
        "seal_number": "P1",
        "reading": "400",
        "reading_date": "20.11.2026",
        "photo": photo,
    }.items():
        w.set_item("meters", 0, name, value)
    assert w.next()
    assert w.warnings() == [("reading.below_last", {"item": "1", "last": "500.5"})]
    result = w.result()
    assert set(result.attachments) == {"meters.0.photo"}
    assert result.payload["meters"][0]["photo"]["sha256"] == photo.sha256
    assert "known_meters" not in result.payload


def test_attachment_checks_magic_bytes_not_the_name():
    assert check(b"MZ\x90\x00" + b"\x00" * 100, "photo.jpg").code == "file.type"
    assert check(b"", "a.png").code == "file.empty"
    assert check(b"\x89PNG\r\n\x1a\n" + b"0" * 100, "a.png", max_bytes=50).code == "file.too_large"
    assert check(b"%PDF-1.7\n...\n%%EOF\n", "scan.pdf").code == "file.damaged"  # pdfium: no PDF
    import io

    import pypdfium2

    document = pypdfium2.PdfDocument.new()
    document.new_page(200, 100)
    out = io.BytesIO()
    document.save(out)
    result = check(out.getvalue(), "C:\\Users\\scan.pdf")
    assert isinstance(result, Ok) and isinstance(result.value, Attachment)
    # Only the rendered page is kept (kiosk.media): a JPEG, under the name the applicant knows.
    assert result.value.filename == "scan.jpg" and result.value.content_type == "image/jpeg"


def test_prosumer_station_checked_against_connected_power():
    w = wizard("prosumer")
    fill_identity(w)
    assert w.next()
    for name, value in {"surname": "Əliyev", "given_name": "Rəşad", "address": "Bakı"}.items():
        w.set(name, value)
    assert w.next()
    assert w.step.name == "consumer"
    w.set("consumer_group", "household")
    assert w.next()
    assert w.step.name == "subscriber"  # a household has no business step (decision 346, 3.2)
    w.set("subscriber_code", "100200300400501")
    w.apply_lookup("azerishiq", {"connected_power_kw": "15", "phase": 3})
    assert "connected_power_kw" in w.readonly
    assert w.next()
    w.set("station_power_kw", "20")
    assert not w.next()
    assert "source" in w.shown_errors  # nothing chosen for the applicant
    w.set("source", "wind")
    assert not w.next()
    assert w.shown_errors["station_power_kw"].code == "station.over_connected"
    w.set("station_power_kw", "15")
    assert w.next()
    assert w.quote().amount == 0


@pytest.mark.parametrize("service_id", sorted(services.SERVICES))
def test_examples_validate(service_id, tmp_path: Path):
    path = write_example(service_id, tmp_path, SETTINGS.today)
    data = json.loads(path.read_text(encoding="utf-8"))
    result = validate_application(services.get(service_id), data, SETTINGS, path_loader(tmp_path))
    assert result.service == service_id


def test_invalid_application_lists_every_error():
    data = example("household")
    data["fin"] = "X"
    data["power_kw"] = "999"
    data["colour"] = "blue"
    with pytest.raises(InvalidApplication) as info:
        validate_application(services.get("household"), data, SETTINGS)
    assert set(info.value.errors) == {"fin", "power_kw", "colour"}
    assert info.value.as_dict()["power_kw"] == {"code": "power.max", "params": {"max": "150"}}


def test_file_paths_cannot_escape_the_data_folder(tmp_path: Path):
    data = example("water_reading", date(2026, 11, 23))
    data["meters"][0]["photo"] = "../../etc/passwd"
    with pytest.raises(InvalidApplication) as info:
        validate_application(services.get("water_reading"), data, SETTINGS, path_loader(tmp_path))
    assert info.value.errors["meters.0.photo"].code == "file.unreadable"


def test_every_service_is_complete_data():
    for service in services.all_services():
        assert service.problems() == [], service.id


def test_a_broken_definition_is_named_not_loaded(tmp_path: Path):
    source = Path(services.__file__).with_name("water_reading.py").read_text(encoding="utf-8")
    before = services.ids()
    cases = {
        "fee": source.replace("fee=None,", 'fee="gold",'),
        "flow": source.replace('"accepted": ("invoice_formed",),', '"accepted": ("paid",),'),
        "receipt": source.replace('receipt_fields=("subscriber_code",)', 'receipt_fields=("x",)'),
        "syntax": source.replace("SERVICE = Service(", "SERVICE = Service(("),
    }
    expected = {
        "fee": "unknown fee calculator 'gold'",
        "flow": "which the flow does not define",
        "receipt": "receipt field 'x' is not a field",
        "syntax": "SyntaxError",
    }
    for name, text in cases.items():
        folder = tmp_path / name
        folder.mkdir()
        (folder / "water_reading.py").write_text(text, encoding="utf-8")
        with pytest.raises(services.ServicesError, match=expected[name]):
            services.load(folder)
        assert services.ids() == before  # the registry is kept as it was
    with pytest.raises(services.ServicesError, match="not a folder"):
        services.load(tmp_path / "missing")


def test_registry_meters_are_prefilled_and_go_with_another_subscriber():
    w = wizard("water_reading")
    known = {
        "meters": [
            {"factory_number": "wm-1", "seal_number": "pl-1", "last_reading": "10"},
            {"factory_number": "wm-2", "seal_number": "pl-2", "last_reading": "20"},
        ]
    }
    w.set("subscriber_code", "10203040")
    w.apply_lookup("azersu", known)
    assert w.items("meters") == [
        {"factory_number": "WM-1", "seal_number": "PL-1"},
        {"factory_number": "WM-2", "seal_number": "PL-2"},
    ]
    w.set("subscriber_code", "10203041")  # another subscriber: not their meters
    assert w.items("meters") == [{}]
    w.set_item("meters", 0, "factory_number", "MINE-1")
    w.apply_lookup("azersu", known)  # what the applicant typed is kept
    assert w.items("meters") == [{"factory_number": "MINE-1"}]


def test_a_reading_typed_with_a_comma_is_compared_at_once():
    w = wizard("water_reading")
    w.apply_lookup("azersu", {"meters": [{"factory_number": "WM-1", "last_reading": "245.3"}]})
    w.set_item("meters", 0, "reading", "240,5")
    assert w.warnings() == [("reading.below_last", {"item": "1", "last": "245.3"})]


# --- look-ups as transitions of the state machine (issue: rules out of the widgets) -------------------
def on_subscriber_step(service_id="water_reading"):
    w = wizard(service_id)
    fill_identity(w)
    assert w.next()
    w.set("subscriber_code", "10203040")
    return w


def test_a_valid_key_asks_for_its_lookup_once():
    w = on_subscriber_step()
    assert w.pending_lookup() == ("azersu", "10203040")
    note = w.lookup_done("azersu", "10203040", {"surname": "Əliyev", "meters": []})
    assert note == "lookup.registry"
    assert w.pending_lookup() is None  # the same key is not looked up again
    assert w.answers["subscriber_name"].startswith("Əliyev")
    w.set("subscriber_code", "10203041")  # a new key: looked up again, the old answer forgotten
    assert w.pending_lookup() == ("azersu", "10203041")
    assert "subscriber_name" not in w.answers


def test_an_invalid_key_is_not_looked_up():
    w = on_subscriber_step()
    w.set("subscriber_code", "12")
    assert w.pending_lookup() is None


def test_an_unknown_water_subscriber_blocks_the_step_because_the_definition_says_so():
    w = on_subscriber_step()
    field = w.service.field("subscriber_code")
    assert field.lookup_not_found == "block"
    assert w.lookup_done("azersu", "10203040", None) is None
    assert w.shown_errors["subscriber_code"].code == field.not_found_message
    assert w.pending_lookup() == ("azersu", "10203040")  # still to be looked up: nothing was filled


def test_an_unknown_person_lets_the_applicant_type():
    w = wizard("household")
    fill_identity(w)
    assert w.pending_lookup() == ("person", "5ABCD7K")
    assert w.lookup_done("person", "5ABCD7K", None) == "lookup.not_found"
    assert w.answers["identity_source"] == "typed"
    assert w.pending_lookup() is None
    assert w.next()
    assert w.step.name == "applicant"
    assert not w.readonly


def test_the_same_rule_in_another_definition_changes_only_what_it_says():
    """A definition that lets the applicant type an unknown subscriber: the wizard follows it."""
    water = services.get("water_reading")
    step = water.step("subscriber")
    lenient_field = dataclasses.replace(step.fields[0], lookup_not_found="type")
    lenient_step = dataclasses.replace(step, fields=(lenient_field, *step.fields[1:]))
    lenient = dataclasses.replace(
        water, steps=tuple(lenient_step if s is step else s for s in water.steps)
    )
    w = Wizard(lenient, SETTINGS, SCHEDULES)
    fill_identity(w)
    assert w.next()
    w.set("subscriber_code", "10203040")
    assert w.lookup_done("azersu", "10203040", None) == "lookup.not_found"
    assert "subscriber_code" not in w.shown_errors


def test_registry_offline_leaves_the_fields_to_type():
    w = wizard("household")
    fill_identity(w)
    assert w.lookup_unavailable("person", "5ABCD7K") == "lookup.offline"
    assert w.answers["identity_source"] == "typed"
    assert w.pending_lookup() is None
    assert not w.lookup_fills_step("person")  # the names are on the next step
    assert w.next()
    assert w.lookup_fills_step("person")


def test_the_fee_reads_the_inputs_the_definition_names():
    w = wizard("prosumer")
    assert w.service.quote_inputs.power == "station_power_kw"
    assert w.service.quote_inputs.what_if == ()
    w.answers["station_power_kw"] = "0"
    assert w.quote().code == "power.positive"  # read from station_power_kw, not power_kw
    w.answers["station_power_kw"] = "10"
    assert w.quote().amount == 0


def test_what_if_steps_stay_within_the_definition():
    inputs = services.get("household").quote_inputs
    assert inputs.stepped(Decimal("7.25"), 1) == Decimal("8.25")
    assert inputs.stepped(Decimal("1.5"), -1) == inputs.what_if_min
    assert inputs.stepped(None, 3) == Decimal(3)


def test_the_registry_finds_the_definitions_of_a_folder(tmp_path: Path):
    source = Path(services.__file__).with_name("water_reading.py").read_text(encoding="utf-8")
    (tmp_path / "gas_reading.py").write_text(
        source.replace('id="water_reading"', 'id="gas_reading"').replace("order=40", "order=5"),
        encoding="utf-8",
    )
    before = services.ids()
    water_flow = dict(services.get("water_reading").flow)
    with services.use_folder(tmp_path) as found:
        assert list(found) == ["gas_reading"]
        assert services.get("gas_reading").flow == water_flow
    assert services.ids() == before
    (tmp_path / "twin.py").write_text(
        source.replace('id="water_reading"', 'id="gas_reading"'), encoding="utf-8"
    )
    with pytest.raises(ValueError, match="gas_reading"), services.use_folder(tmp_path):
        pass
    assert services.ids() == before


def test_sensitive_names_come_from_the_definitions():
    names = services.sensitive_names()
    assert {"fin", "mobile", "surname", "iban", "photo"} <= names
    assert "power_kw" not in names and "reading" not in names
