"""The ``kiosk`` command as a user runs it: a real subprocess, JSON on stdout, exit codes."""

import json
import subprocess
import sys
from pathlib import Path

import pytest


def kiosk(*args, check_rc=None):
    proc = subprocess.run(
        [sys.executable, "-m", "kiosk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    if check_rc is not None:
        assert proc.returncode == check_rc, proc.stdout + proc.stderr
    return proc


def test_quote_json():
    proc = kiosk(
        "quote",
        "--service",
        "household",
        "--power",
        "7.5",
        "--phase",
        "1",
        "--date",
        "2025-01-10",
        "--json",
        check_rc=0,
    )
    data = json.loads(proc.stdout)
    assert data["amount"] == "300.00"
    assert data["currency"] == "AZN"
    assert data["tariff_id"] == "TQS-2024-4"
    assert data["section"] == 2
    assert "formula" in data["breakdown"]


def test_quote_with_district_and_voltage():
    data = json.loads(
        kiosk(
            "quote",
            "--service",
            "business",
            "--power",
            "50",
            "--phase",
            "3",
            "--district",
            "Şuşa",
            "--date",
            "2026-02-01",
            "--json",
            check_rc=0,
        ).stdout
    )
    assert data["amount"] == "5127.50"
    data = json.loads(
        kiosk(
            "quote",
            "--service",
            "business",
            "--power",
            "400",
            "--voltage",
            "medium",
            "--date",
            "2025-01-10",
            "--json",
            check_rc=0,
        ).stdout
    )
    assert data["section"] == 3 and data["amount"] == "68000.00"


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["--power", "0"], "power.positive"),
        (["--power", "abc"], "number.format"),
        (["--power", "151"], "power.max"),
        (["--power", "5", "--date", "2026-13-01"], "date.format"),
        (["--power", "5", "--district", "Atlantis"], "district.unknown"),
        (["--power", "5", "--date", "2010-01-01"], "fee.no_schedule"),
        (["--power", "5", "--voltage", "high"], "fee.no_line"),
    ],
)
def test_quote_invalid_input_exit_2_with_json_error(args, code):
    proc = kiosk("quote", "--service", "household", *args, "--json", check_rc=2)
    error = json.loads(proc.stdout)["error"]
    assert error["code"] == code
    assert error["message"]


def test_quote_with_a_broken_tariff_file(tmp_path: Path):
    bad = tmp_path / "bad.toml"
    bad.write_text(
        'id = "X"\nsource = "s"\neffective_from = 2020-01-01\n[[line]]\nsection = 9\n', "utf-8"
    )
    proc = kiosk(
        "quote",
        "--service",
        "household",
        "--power",
        "5",
        "--tariff",
        str(bad),
        "--json",
        check_rc=2,
    )
    error = json.loads(proc.stdout)["error"]
    assert error["code"] == "tariff.invalid"
    assert "bad.toml:4" in error["message"]


def test_netmeter_json():
    proc = kiosk(
        "netmeter",
        "--sent",
        "120,80,0,0,0,0,0,0,0,0,0,300",
        "--taken",
        "100,95,10,0,0,0,0,0,0,0,0,0",
        "--retail",
        "0.084",
        "--wholesale",
        "0.057",
        "--json",
        check_rc=0,
    )
    data = json.loads(proc.stdout)
    assert [m["balance_kwh"] for m in data["months"][:3]] == ["20", "5", "0"]
    assert data["months"][2]["billed_kwh"] == "5"
    assert data["months"][2]["charge"] == "0.42"
    assert data["year_end_balance_kwh"] == "300"
    assert data["payout"] == "17.10"


def test_netmeter_bad_input():
    proc = kiosk(
        "netmeter",
        "--sent",
        "1,2",
        "--taken",
        "1,2",
        "--retail",
        "0.08",
        "--wholesale",
        "0.05",
        "--json",
        check_rc=2,
    )
    assert json.loads(proc.stdout)["error"]["code"] == "netmeter.months"
    proc = kiosk(
        "netmeter",
        "--sent",
        ",".join(["x"] * 12),
        "--taken",
        ",".join(["1"] * 12),
        "--retail",
        "0.08",
        "--wholesale",
        "0.05",
        "--json",
        check_rc=2,
    )
    assert json.loads(proc.stdout)["error"]["code"] == "netmeter.format"


TWELVE = ",".join(["1"] * 12)


@pytest.mark.parametrize(
    ("sent", "code"),
    [
        ("1,,2,3,4,5,6,7,8,9,10,11,12", "netmeter.empty"),  # would shift every later month
        ("1,2,3,4,5,6,7,8,9,10,11,", "netmeter.empty"),
        (",1,2,3,4,5,6,7,8,9,10,11", "netmeter.empty"),
        ("", "netmeter.empty"),
        ("nan,1,1,1,1,1,1,1,1,1,1,1", "netmeter.format"),
        ("1,1,1,inf,1,1,1,1,1,1,1,1", "netmeter.format"),
        ("1,1,1,1,1,1,1,1,1,1,1,-Infinity", "netmeter.format"),
        ("1e999,1,1,1,1,1,1,1,1,1,1,1", "netmeter.format"),
        ("1,1,1,1,1,1,1,1,1,1,1,1e999", "netmeter.format"),
    ],
)
def test_netmeter_refuses_empty_and_non_finite_months(sent, code):
    # Decision 346, 5.1: B_n = B_{n-1} + (Ö_n − A_n) month by month, so every month needs its own number.
    proc = kiosk(
        "netmeter",
        "--sent",
        sent,
        "--taken",
        TWELVE,
        "--retail",
        "0.084",
        "--wholesale",
        "0.057",
        "--json",
        check_rc=2,
    )
    error = json.loads(proc.stdout)["error"]
    assert error["code"] == code and "month" in error["message"]
    assert "Traceback" not in proc.stderr
    plain = kiosk(
        "netmeter",
        "--sent",
        sent,
        "--taken",
        TWELVE,
        "--retail",
        "1",
        "--wholesale",
        "1",
        check_rc=2,
    )
    assert plain.stderr.startswith("error: ") and "Traceback" not in plain.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["quote", "--service", "nope", "--power", "5", "--json"],
        ["quote", "--power", "5", "--json"],  # --service missing
        ["quote", "--service", "household", "--power", "5", "--phase", "2", "--json"],
        ["quote", "--service", "household", "--power", "5", "--bogus", "--json"],
        ["netmeter", "--sent", TWELVE, "--json"],
        ["validate", "nope", "x", "--json"],
        ["validate", "--json"],
        ["--json"],
        ["nosuchcommand", "--json"],
        ["submit", "--service", "household", "--json"],
        ["track", "--json"],
    ],
)
def test_argument_errors_are_json_with_json(args):
    # Issue 12, 4: with --json every error is one JSON object on stdout, exit code 2 as argparse's.
    proc = kiosk(*args, check_rc=2)
    error = json.loads(proc.stdout)["error"]
    assert error["code"] == "usage"
    assert error["message"].startswith("kiosk")
    assert proc.stderr == ""


def test_argument_errors_stay_text_without_json():
    proc = kiosk("quote", "--service", "nope", "--power", "5", check_rc=2)
    assert (
        proc.stdout == "" and "invalid choice" in proc.stderr and proc.stderr.startswith("usage:")
    )


def test_tracking_and_config_errors_are_json_with_json(tmp_path: Path):
    proc = kiosk("track", "ABCD", "--json", check_rc=2)
    error = json.loads(proc.stdout)["error"]
    assert error["code"] == "tracking.length" and error["message"]
    bad = tmp_path / "kiosk.toml"
    bad.write_text("this is = not toml [", "utf-8")
    from kiosk.core.tracking import new_code

    proc = kiosk("--config", str(bad), "track", new_code(), "--json", check_rc=2)
    error = json.loads(proc.stdout)["error"]
    assert error["code"] == "config.invalid" and error["message"]


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("fin", "5abcd7k", "5ABCD7K"),
        ("voen", "1234567891", "1234567891"),
        ("mobile", "994 50 123-45-67", "+994501234567"),
        ("email", "a@B.az", "a@b.az"),
        ("azerishiq_subscriber", "100200300400501", "100200300400501"),
        ("azersu_subscriber", "10203040", "10203040"),
        ("district", "Шуша", "susa"),
        ("power", "7,5", "7.5"),
        ("power", "7.25", "7.25"),  # the registry's connected power, to 0.01 kW
        ("phone", "012 493 00 00", "+994124930000"),  # guide 002, 4: a landline
        ("tracking_code", "0000\u20130000\u20130000\u20130000", "0000-0000-0000-0000"),
        ("district", "Yasamal", "baki"),
        ("district", "Agdzhabedi", "agcabedi"),
    ],
)
def test_validate_good(field, value, expected):
    proc = kiosk("validate", field, value, "--json", check_rc=0)
    assert json.loads(proc.stdout) == {"valid": True, "value": expected}
    assert kiosk("validate", field, value, check_rc=0).stdout.strip() == expected


def test_validate_bad_exit_1_with_code():
    proc = kiosk("validate", "mobile", "012 493 00 00", "--json", check_rc=1)
    data = json.loads(proc.stdout)
    assert data["valid"] is False and data["error"]["code"] == "mobile.not_mobile"
    proc = kiosk("validate", "tracking_code", "ABCD-EFGH-JKMN-PQRS", check_rc=1)
    assert "tracking.check" in proc.stdout


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("mobile", "050 123 45 6O", "phone.characters"),  # guide 001, 2.4: a letter O, not a zero
        ("email", "gulsen.@mail.az", "email.format"),
        ("email", ".gulsen@mail.az", "email.format"),
        ("email", "gul..sen@mail.az", "email.format"),
        ("voen", "-1234567891", "voen.digits"),
        ("azerishiq_subscriber", "-100200300400501", "subscriber.digits"),
        ("power", "7.255", "power.decimals"),
    ],
)
def test_validate_refuses_typos(field, value, code):
    data = json.loads(kiosk("validate", field, value, "--json", check_rc=1).stdout)
    assert data["valid"] is False and data["error"]["code"] == code and data["error"]["message"]


def test_services_describes_every_service():
    data = json.loads(kiosk("services", "--json", check_rc=0).stdout)
    ids = [s["id"] for s in data["services"]]
    assert ids == ["household", "business", "prosumer", "water_reading"]
    water = data["services"][3]
    fields = {f["name"]: f for step in water["steps"] for f in step["fields"]}
    assert fields["meters"]["type"] == "group"
    photo = next(f for f in fields["meters"]["fields"] if f["name"] == "photo")
    assert photo["type"] == "file" and photo["required"] is True
    household = data["services"][0]
    phase = next(f for s in household["steps"] for f in s["fields"] if f["name"] == "phase")
    assert phase["choices"] == ["1", "3"]


def test_services_example_writes_payload_and_sample_file(tmp_path: Path):
    proc = kiosk(
        "services", "--example", "water_reading", "--out", str(tmp_path), "--json", check_rc=0
    )
    path = Path(json.loads(proc.stdout)["written"])
    data = json.loads(path.read_text(encoding="utf-8"))
    photo = tmp_path / data["meters"][0]["photo"]
    assert photo.read_bytes().startswith(b"\x89PNG")
    assert kiosk("services", "--example", "nope", "--out", str(tmp_path), check_rc=2)


@pytest.mark.parametrize("sub", ["quote", "netmeter", "validate", "services"])
def test_help(sub):
    assert kiosk(sub, "--help", check_rc=0).stdout.startswith("usage: kiosk")
    assert sub in kiosk("--help", check_rc=0).stdout


def test_quote_gives_the_section_3_amount_when_the_grid_distance_is_unknown():
    # Methodology 1.2.8, 2.5: no 0.4 kV transformer within 400 m → section 3.
    unknown = json.loads(
        kiosk(
            "quote",
            "--service",
            "household",
            "--power",
            "7.5",
            "--date",
            "2026-06-01",
            "--json",
            check_rc=0,
        ).stdout
    )
    assert unknown["amount"] == "300.00" and unknown["alternative"]["amount"] == "2197.50"
    far = json.loads(
        kiosk(
            "quote",
            "--service",
            "household",
            "--power",
            "7.5",
            "--date",
            "2026-06-01",
            "--grid-distance",
            "1250",
            "--json",
            check_rc=0,
        ).stdout
    )
    assert far["amount"] == "2197.50" and far["section"] == 3 and "alternative" not in far


def test_netmeter_takes_the_tariffs_in_force_for_the_group_and_a_part_year():
    # Decision 346, 6.1.1 (the group's retail tariff), 1.8.12 (a station connected in July).
    sent, taken = ",".join(["0"] * 6), ",".join(["250"] * 6)
    home = json.loads(
        kiosk(
            "netmeter",
            "--sent",
            sent,
            "--taken",
            taken,
            "--from-month",
            "7",
            "--date",
            "2026-06-01",
            "--json",
            check_rc=0,
        ).stdout
    )
    assert [m["month"] for m in home["months"]] == [7, 8, 9, 10, 11, 12]
    assert home["months"][0]["charge"] == "21.80"  # 200 × 0.084 + 50 × 0.10
    assert home["tariff_id"] == "TS-2024-19"
    shop = json.loads(
        kiosk(
            "netmeter",
            "--sent",
            sent,
            "--taken",
            taken,
            "--from-month",
            "7",
            "--group",
            "business",
            "--date",
            "2026-06-01",
            "--json",
            check_rc=0,
        ).stdout
    )
    assert shop["months"][0]["charge"] == "26.50"  # 250 × 0.106


def test_services_of_another_folder_are_offered_and_a_broken_folder_is_named(tmp_path: Path):
    import os

    from kiosk.core import services

    water = Path(services.__file__).with_name("water_reading.py").read_text(encoding="utf-8")
    (tmp_path / "gas_reading.py").write_text(
        water.replace('id="water_reading"', 'id="gas_reading"'), encoding="utf-8"
    )

    def run(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "KIOSK_SERVICES_DIR": str(folder)}
        return subprocess.run(
            [sys.executable, "-m", "kiosk", *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=60,
            env=env,
        )

    proc = run(tmp_path, "services", "--json")
    assert proc.returncode == 0, proc.stderr
    assert [s["id"] for s in json.loads(proc.stdout)["services"]] == ["gas_reading"]
    assert (
        run(
            tmp_path, "services", "--example", "gas_reading", "--out", str(tmp_path / "ex")
        ).returncode
        == 0
    )
    example = json.loads((tmp_path / "ex" / "gas_reading.json").read_text(encoding="utf-8"))
    assert (tmp_path / "ex" / example["meters"][0]["photo"]).is_file()

    (tmp_path / "broken.py").write_text("SERVICE = (\n", encoding="utf-8")
    proc = run(tmp_path, "services")
    assert proc.returncode == 2
    assert proc.stderr.startswith("kiosk: ") and "broken.py" in proc.stderr
    assert "Traceback" not in proc.stderr
