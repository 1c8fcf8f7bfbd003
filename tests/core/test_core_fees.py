from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kiosk.core import fees, tariffs
from kiosk.core.fees import QuoteError, QuoteRequest, quote
from kiosk.core.tariffs import ScheduleError, parse_schedule

D = Decimal
BUNDLED = tariffs.load_directory()

COMPONENTS = """
id = "TEST-COMPONENTS"
source = "Test schedule with the methodology's components"
effective_from = 2025-01-01

[[line]]
section = 2
consumer = "any"
phase = 1
from_kw = 0
to_kw = 150
cost_per_kw = 35.5
K = 1.05
R = 1.10

[[line]]
section = 2
consumer = "any"
phase = 3
from_kw = 0
to_kw = 150
cost_per_kw = 40
K = 1.05
R = 1.10

[[line]]
section = 3
consumer = "any"
voltage = "medium"
from_kw = 0
to_kw = 5000
cost_per_kw = 20
K = 1.05
R = 1.10
GS = 1.2
"""


def q(service, power, phase=1, on=date(2025, 6, 1), schedules=BUNDLED, **kw):
    return quote(schedules, QuoteRequest(service, D(str(power)), phase, on=on, **kw))


def test_bundled_schedules_load_and_cite_their_decisions():
    ids = [s.id for s in BUNDLED]
    assert ids == ["TQS-2018-327", "TQS-2024-4", "TQS-2026-LT"]
    for schedule in BUNDLED:
        assert "decision" in schedule.source
        assert schedule.open_questions


@pytest.mark.parametrize(
    ("power", "amount"),
    [
        ("0.1", "4.00"),
        ("7.5", "300.00"),
        ("10", "400.00"),
        ("10.1", "406.00"),
        ("12", "520.00"),
        ("150", "8800.00"),
    ],
)
def test_2024_single_phase_bands(power, amount):
    result = q("household", power)
    assert result.amount == D(amount)
    assert result.tariff_id == "TQS-2024-4"
    assert result.section == 2


def test_2024_three_phase_and_business():
    assert q("business", 50, phase=3).amount == D("14650.00")
    assert q("household", "2.5", phase=3).amount == D("732.50")


def test_section_3_by_voltage_and_by_power():
    medium = q("business", 40, phase=3, voltage="medium")
    assert medium.section == 3 and medium.amount == D("6800.00")
    above = q("business", 200, phase=3)
    assert above.section == 3 and above.amount == D("58600.00")
    with pytest.raises(QuoteError) as info:
        q("business", 40, voltage="high")
    assert info.value.code == "fee.no_line"


def test_schedule_chosen_by_date():
    assert q("household", 4, on=date(2024, 6, 2)).tariff_id == "TQS-2018-327"
    assert q("household", 4, on=date(2024, 6, 2)).amount == D("160.00")
    assert q("household", 4, on=date(2024, 6, 3)).tariff_id == "TQS-2024-4"
    assert q("household", 4, on=date(2026, 1, 1)).tariff_id == "TQS-2026-LT"
    with pytest.raises(QuoteError) as info:
        q("household", 4, on=date(2017, 1, 1))
    assert info.value.code == "fee.no_schedule"


@pytest.mark.parametrize(
    ("power", "amount"),
    [
        ("5", "160.00"),
        ("7", "240.00"),
        ("10", "360.00"),
        ("12.5", "511.50"),
        ("15", "663.00"),
        ("20", "1137.00"),
    ],
)
def test_2018_household_bands_continuous_at_edges(power, amount):
    assert q("household", power, on=date(2020, 1, 1)).amount == D(amount)


def test_2018_has_no_line_above_20_kw_or_for_business():
    with pytest.raises(QuoteError) as info:
        q("household", "20.1", on=date(2020, 1, 1))
    assert info.value.code == "fee.no_line"
    with pytest.raises(QuoteError):
        q("business", 5, on=date(2020, 1, 1))


def test_components_formula_and_r_exemption_at_exactly_5_kw():
    schedules = [parse_schedule(COMPONENTS, "components.toml")]
    at_5 = q("household", 5, schedules=schedules)
    # Methodology 2.4: R not applied for households, 1-phase, TG <= 5 kW: 5 × 35.5 × 1.05 = 186.375 → 186.38
    assert at_5.breakdown["r_exempt"] is True
    assert at_5.amount == D("186.38")
    above = q("household", "5.1", schedules=schedules)
    # 5.1 × 35.5 × 1.05 × 1.10 = 209.11275 → 209.11 (rounded only at the end)
    assert above.breakdown["r_exempt"] is False
    assert above.amount == D("209.11")
    business = q("business", 5, schedules=schedules)
    assert business.breakdown["r_exempt"] is False
    assert business.amount == D("205.01")  # 5 × 35.5 × 1.05 × 1.1 = 205.0125
    three = q("household", 5, phase=3, schedules=schedules)
    assert three.breakdown["r_exempt"] is False


def test_section_3_uses_gs():
    schedules = [parse_schedule(COMPONENTS, "components.toml")]
    result = q("business", 100, phase=3, voltage="medium", schedules=schedules)
    # 100 × 20 × 1.05 × 1.10 × 1.2 = 2772
    assert result.amount == D("2772.00")
    assert result.breakdown["factors"]["GS"] == "1.2"


def test_rounding_half_up_only_at_the_end():
    text = COMPONENTS.replace("cost_per_kw = 35.5", "cost_per_kw = 0.0333").replace(
        "R = 1.10\n", "", 1
    )
    schedules = [parse_schedule(text, "t.toml")]
    # 0.3 × 0.0333 × 1.05 = 0.01048950 → 0.01; per-step rounding would give 0.3 × 0.03 = 0.01 too,
    # so also check a sum that differs: 150 × 0.0333 × 1.05 = 5.244750 → 5.24
    assert q("household", "150", schedules=schedules).amount == D("5.24")
    assert q("household", "0.3", schedules=schedules).amount == D("0.01")


def test_liberated_territory_adjustments_2026():
    free = q("household", 7, district="Şuşa", on=date(2026, 3, 1))
    assert free.amount == D("0.00") and free.breakdown["adjustments"][0]["factor"] == "0"
    not_yet = q("household", 7, district="Şuşa", on=date(2025, 12, 31))
    assert not_yet.amount == D("280.00")
    elsewhere = q("household", 7, district="Bakı", on=date(2026, 3, 1))
    assert elsewhere.amount == D("280.00")
    household_big = q("household", 30, district="Laçın", on=date(2026, 3, 1))
    assert household_big.amount == D("560.00")  # (400 + 20 × 60) × 0.35
    business = q("business", 50, phase=3, district="Ağdam", on=date(2026, 3, 1))
    assert business.amount == D("5127.50")
    medium = q("business", 100, phase=3, voltage="medium", district="Füzuli", on=date(2026, 3, 1))
    assert medium.amount == D("0.00")


def test_prosumer_pays_no_connection_fee():
    result = q("prosumer", 10)
    assert result.amount == D("0.00")
    assert "3.4" in result.breakdown["rule"]


def test_accelerated_period_not_offered_is_a_clear_error():
    with pytest.raises(QuoteError) as info:
        q("household", 5, period="accelerated")
    assert info.value.code == "fee.no_period"
    assert q("household", 5, period="standard").amount == D("200.00")


def test_period_specific_lines_win():
    text = (
        COMPONENTS
        + """
[[line]]
section = 2
consumer = "any"
phase = 1
period = "accelerated"
from_kw = 0
to_kw = 150
rate_per_kw = 100
"""
    )
    schedules = [parse_schedule(text, "p.toml")]
    assert q("household", 2, period="accelerated", schedules=schedules).amount == D("200.00")
    assert q("household", 2, period="standard", schedules=schedules).amount == D("74.55")


def test_breakdown_names_schedule_line_and_formula():
    result = q("household", 12).to_dict()
    assert result["amount"] == "520.00"
    assert result["tariff_id"] == "TQS-2024-4"
    assert result["breakdown"]["band"] == {"from_kw": "10", "to_kw": "150"}
    assert result["breakdown"]["line_file"] == "TQS-2024-4.toml"
    assert result["breakdown"]["formula"] == "400.00 + (12 − 10) × 60 = 520.00"


# --- malformed schedules ---------------------------------------------------------------------------
BASE = """id = "X"
source = "test"
effective_from = 2025-01-01
"""

LINE = """
[[line]]
section = 2
phase = 1
from_kw = {a}
to_kw = {b}
rate_per_kw = {rate}
"""


def lines(*bands, rate=10):
    return BASE + "".join(LINE.format(a=a, b=b, rate=rate) for a, b in bands)


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        (lines((0, 10), (5, 20)), 12, "overlaps"),
        (lines((0, 10), (12, 20)), 12, "gap"),
        (lines((0, 10), rate=-1), 5, "negative"),
        (lines((10, 5)), 5, "greater than"),
        (BASE + "[[line]]\nsection = 2\nphase = 1\nfrom_kw = 0\nto_kw = 5\n", 4, "rate_per_kw"),
        (
            BASE + "[[line]]\nsection = 4\nphase = 1\nfrom_kw = 0\nto_kw = 5\nrate_per_kw = 1\n",
            4,
            "section",
        ),
        (BASE + "[[line]]\nsection = 3\nfrom_kw = 0\nto_kw = 5\nrate_per_kw = 1\n", 4, "voltage"),
        (BASE + "[[line]]\nsection = 2\nfrom_kw = 0\nto_kw = 5\nrate_per_kw = 1\n", 4, "phase"),
        (
            BASE + "[[line]]\nsection = 2\nphase = 1\nfrom_kw = 0\nto_kw = 5\nrate = 1\n",
            4,
            "unknown key",
        ),
        (
            BASE + "[[line]]\nsection = 2\nphase = 1\nfrom_kw = 'x'\nto_kw = 5\nrate_per_kw = 1\n",
            4,
            "number",
        ),
        ('id = "X"\nsource = \nline\n', 2, "TOML"),
        ('id = "X"\nsource = "s"\n', 1, "effective_from"),
        (BASE, 1, "no [[line]]"),
        (
            lines((0, 10))
            + "[[adjustment]]\neffective_from = 2026-01-01\ndistricts = ['Atlantis']\nfactor = 0\n",
            11,
            "unknown district",
        ),
    ],
)
def test_malformed_schedule_rejected_naming_file_and_line(text, line, words):
    with pytest.raises(ScheduleError) as info:
        parse_schedule(text, "bad.toml")
    assert info.value.path == "bad.toml"
    assert info.value.line == line, str(info.value)
    assert words in str(info.value)
    assert str(info.value).startswith(f"bad.toml:{line}")


def test_power_no_line_covers_is_an_error_not_zero():
    schedules = [parse_schedule(lines((0, 10)), "t.toml")]
    with pytest.raises(QuoteError) as info:
        q("household", 11, schedules=schedules)
    assert info.value.code == "fee.no_line"
    with pytest.raises(QuoteError):
        q("household", 5, phase=3, schedules=schedules)


def test_load_directory_reports_a_broken_file(tmp_path: Path):
    (tmp_path / "a.toml").write_text(lines((0, 10)), encoding="utf-8")
    (tmp_path / "b.toml").write_text(
        lines((0, 10), (5, 20)).replace('"X"', '"Y"'), encoding="utf-8"
    )
    with pytest.raises(ScheduleError) as info:
        tariffs.load_directory(tmp_path)
    assert info.value.path.endswith("b.toml")


def test_extends_unknown_base_is_rejected():
    with pytest.raises(ScheduleError, match="extends"):
        parse_schedule(BASE + 'extends = "NOPE"\n', "e.toml")


def test_quote_request_errors():
    with pytest.raises(QuoteError) as info:
        q("household", 5, district="Atlantis")
    assert info.value.code == "district.unknown"
    with pytest.raises(QuoteError):
        fees.quote(BUNDLED, QuoteRequest("spaceport", D(5)))
