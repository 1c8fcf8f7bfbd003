"""The fee rules the sources give, each citing its section: the 0.4 kV grid within 400 m (methodology 004
1.2.8, 2.5), monotonic fees over every bundled schedule, the liberated territories, purpose (strategy 000
§3), the execution period, and what the schedule loader refuses (004 §3.1, §4.4)."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.core import fees, tariffs
from kiosk.core.fees import QuoteError, QuoteRequest, quote
from kiosk.core.tariffs import ScheduleError, parse_schedule

D = Decimal
BUNDLED = tariffs.load_directory()
# One day on which each bundled schedule is in force, and the day before the next one.
DAYS = [d for s in BUNDLED for d in (s.effective_from, s.effective_from + timedelta(days=30))]
DISTRICTS = [None, "Bakı", "Şuşa", "Ağdam"]  # no district, an ordinary one, liberated territories


def q(service, power, phase=1, on=date(2026, 6, 1), **kw):
    return quote(BUNDLED, QuoteRequest(service, D(str(power)), phase, on=on, **kw))


def amount_or_none(req: QuoteRequest) -> Decimal | None:
    try:
        return quote(BUNDLED, req).amount
    except QuoteError:
        return None  # no line covers it (e.g. the 2018 schedule above 20 kW)


# --- methodology 1.2.8, 2.5: no 0.4 kV grid within 400 m ---------------------------------------------
def test_near_grid_is_section_2_and_far_is_section_3():
    near = q("household", 7.5, grid_distance_m=D(400))  # exactly 400 m is still "within 400 m"
    far = q("household", 7.5, grid_distance_m=D("400.5"))
    assert (near.section, near.amount, near.grid) == (2, D("300.00"), "near")
    assert (far.section, far.amount, far.grid) == (3, D("2197.50"), "far")
    assert near.alternative is None and far.alternative is None


def test_unknown_distance_quotes_both_amounts():
    result = q("household", 7.5)
    assert result.grid == "unknown"
    assert result.section == 2 and result.amount == D("300.00")
    assert result.alternative is not None
    assert result.alternative.section == 3 and result.alternative.amount == D("2197.50")
    wire = result.to_dict()
    assert wire["alternative"]["amount"] == "2197.50"
    assert wire["alternative"]["breakdown"]["grid"] == "far"


def test_section_3_already_has_no_alternative():
    assert q("business", 151, phase=3).alternative is None
    assert q("business", 50, phase=3, voltage="medium").alternative is None


# --- a bigger connection never costs less --------------------------------------------------------------
def _edges() -> list[Decimal]:
    points = {D("0.01"), D(5), D(10), D(15), D(20), D(150), D(200), D(250)}
    for schedule in BUNDLED:
        for line in schedule.lines:
            points.update({line.from_kw, line.to_kw})
        for adj in schedule.adjustments:
            points.update(v for v in (adj.from_kw, adj.to_kw, adj.cap_kw) if v is not None)
    out = set()
    for p in points:
        out.update(x for x in (p - D("0.01"), p, p + D("0.01")) if D(0) < x <= D(300))
    return sorted(out)


EDGES = _edges()


@pytest.mark.parametrize("on", DAYS, ids=str)
@pytest.mark.parametrize("district", DISTRICTS)
@pytest.mark.parametrize("phase", [1, 3])
@pytest.mark.parametrize("service", ["household", "business"])
@pytest.mark.parametrize("grid", [None, D(10), D(1000)], ids=["unknown", "near", "far"])
def test_fees_are_monotonic_in_power_at_every_edge(on, district, phase, service, grid):
    last: tuple[Decimal, Decimal] | None = None
    for power in EDGES:
        req = QuoteRequest(service, power, phase, district=district, on=on, grid_distance_m=grid)
        amount = amount_or_none(req)
        if amount is None:
            continue
        if last is not None:
            assert amount >= last[1], f"{power} kW costs {amount}, {last[0]} kW costs {last[1]}"
        last = (power, amount)


@settings(max_examples=300, deadline=None)
@given(
    a=st.decimals(min_value=D("0.01"), max_value=D(300), places=2),
    b=st.decimals(min_value=D("0.01"), max_value=D(300), places=2),
    on=st.sampled_from(DAYS),
    district=st.sampled_from(DISTRICTS),
    phase=st.sampled_from([1, 3]),
    service=st.sampled_from(["household", "business"]),
    voltage=st.sampled_from([None, "medium"]),
    grid=st.sampled_from([None, D(10), D(1000)]),
)
def test_a_bigger_connection_never_costs_less(a, b, on, district, phase, service, voltage, grid):
    small, big = sorted((a, b))

    def fee(power):
        return amount_or_none(
            QuoteRequest(service, power, phase, voltage, None, district, on, None, grid)
        )

    low, high = fee(small), fee(big)
    if low is not None and high is not None:
        assert high >= low


def test_susa_three_phase_20_kw_is_not_dearer_than_20_1_kw():
    # The case the review found: 5 860 ₼ for 20 kW and 2 061,26 ₼ for 20.1 kW.
    at_20 = q("household", 20, phase=3, district="Şuşa")
    at_20_1 = q("household", "20.1", phase=3, district="Şuşa")
    assert at_20.amount == D("2051.00")  # 20 × 293 × 0.35
    assert at_20_1.amount == D("2061.26")
    assert at_20.amount <= at_20_1.amount


# --- liberated territories (DOMAIN.md, from 1 January 2026) ------------------------------------------
def test_liberated_territories_above_150_kw_get_their_concessions():
    at_180 = q("business", 180, phase=3, district="Ağdam")
    assert at_180.section == 3 and at_180.amount == D("18459.00")  # 180 × 293 × 0.35
    # The kW above 200 are free: the fee stays at the fee for 200 kW.
    assert q("business", 200, phase=3, district="Ağdam").amount == D("20510.00")
    assert q("business", 500, phase=3, district="Ağdam").amount == D("20510.00")
    assert q("household", 500, phase=3, district="Ağdam").amount == D("20510.00")
    assert q("business", 500, phase=3, voltage="medium", district="Ağdam").amount == 0
    assert q("business", 500, phase=3, district="Bakı").amount == D("146500.00")


def test_liberated_territories_free_single_phase_up_to_20_kw_even_far_from_the_grid():
    result = q("business", 20, district="Şuşa", grid_distance_m=D(2000))
    assert result.section == 3 and result.amount == 0


# --- purpose (təyinat), strategy 000 §3 ----------------------------------------------------------------
PURPOSES = """
id = "TEST-PURPOSE"
source = "Test schedule with purpose-dependent rates"
effective_from = 2025-01-01

[[line]]
section = 2
consumer = "business"
phase = 3
purpose = ["agriculture"]
from_kw = 0
to_kw = 150
rate_per_kw = 200

[[line]]
section = 2
consumer = "any"
phase = 3
from_kw = 0
to_kw = 150
rate_per_kw = 293
"""


def test_purpose_dependent_rates():
    schedule = [parse_schedule(PURPOSES)]

    def fee(purpose):
        req = QuoteRequest("business", D(10), 3, on=date(2025, 6, 1), purpose=purpose)
        return quote(schedule, req).amount

    assert fee("agriculture") == D("2000.00")
    assert fee("shop") == D("2930.00")
    assert fee(None) == D("2930.00")


def test_bundled_schedules_say_where_the_sources_give_no_purpose_rates():
    for schedule in BUNDLED:
        assert all(not line.purposes for line in schedule.lines)
        assert any("urpose" in text for text in schedule.open_questions), schedule.id


# --- the execution period ------------------------------------------------------------------------------
def test_accelerated_is_offered_only_when_the_schedule_has_it():
    assert fees.periods_available(BUNDLED, date(2026, 6, 1)) == ("standard",)
    with_fast = parse_schedule(
        PURPOSES.replace('id = "TEST-PURPOSE"', 'id = "TEST-FAST"')
        + '\n[[line]]\nsection = 2\nconsumer = "any"\nphase = 3\nperiod = "accelerated"\n'
        "from_kw = 0\nto_kw = 150\nrate_per_kw = 400\n"
    )
    assert fees.periods_available([with_fast], date(2025, 6, 1)) == ("standard", "accelerated")


# --- what the loader refuses ---------------------------------------------------------------------------
SECTION3_NO_GS = """
id = "TEST-NO-GS"
source = "Test"
effective_from = 2025-01-01

[[line]]
section = 3
voltage = "medium"
from_kw = 0
to_kw = 5000
cost_per_kw = 20
"""


def test_loader_refuses_a_section_3_line_without_gs():
    # Methodology 3.1: QH = TG × (IN/G) × K × R × GS.
    with pytest.raises(ScheduleError, match="needs 'GS'") as info:
        parse_schedule(SECTION3_NO_GS, "x.toml")
    assert info.value.line == 6


@pytest.mark.parametrize(
    ("adopted", "effective", "ok"),
    [
        ("2024-05-03", "2024-06-03", True),
        ("2024-05-03", "2024-06-02", False),
        (
            "2025-01-31",
            "2025-02-28",
            True,
        ),  # one month after 31 January is the last day of February
        ("2025-01-31", "2025-02-27", False),
    ],
)
def test_loader_refuses_a_decision_in_force_less_than_a_month_after_adoption(
    adopted, effective, ok
):
    # Methodology 4.4: the decision takes effect one month after the Tariff Council adopts it.
    text = PURPOSES.replace(
        "effective_from = 2025-01-01", f"adopted = {adopted}\neffective_from = {effective}"
    )
    if ok:
        assert parse_schedule(text).adopted == date.fromisoformat(adopted)
    else:
        with pytest.raises(ScheduleError, match="methodology 4.4"):
            parse_schedule(text)


def test_a_cabinet_decision_is_not_held_to_the_tariff_council_month():
    text = PURPOSES.replace(
        "effective_from = 2025-01-01",
        'authority = "cabinet"\nadopted = 2025-01-01\neffective_from = 2025-01-01',
    )
    assert parse_schedule(text).authority == "cabinet"


def test_breakdown_shows_the_exact_rate_so_the_arithmetic_adds_up():
    text = """
id = "TEST-EXACT"
source = "Test"
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
"""
    result = quote([parse_schedule(text)], QuoteRequest("business", D(7), 1, on=date(2025, 6, 1)))
    rate = D(result.breakdown["rate_exact"])
    assert rate == D("41.00250")
    assert f"× {result.breakdown['rate_exact']}" in result.breakdown["formula"]
    assert (rate * 7).quantize(D("0.01")) == result.amount
