"""Net metering from the dated energy tariffs (decision 346: 1.8.12, 5.1-5.2, 6.1.1-6.1.2), the
Nakhchivan AR outside Azərişıq's area (strategy 000, 1) and the grid look-up's key (guide 001, 2.3)."""

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.core import energy, lookups, services, tariffs
from kiosk.core.application import InvalidApplication, Settings, validate_application
from kiosk.core.energy import EnergyTariffError
from kiosk.core.fees import QuoteError, QuoteRequest, quote
from kiosk.core.netmetering import NetMeteringError, settle_year
from kiosk.core.wizard import Wizard
from kiosk.examples import example

D = Decimal
ENERGY = energy.load_directory()
SETTINGS = Settings(today=date(2026, 11, 23))


def test_energy_schedule_cites_its_decision_and_has_both_groups():
    schedule = energy.in_force(ENERGY, date(2026, 6, 1))
    assert schedule is not None and "No. 19" in schedule.source
    household = schedule.retail["household"]
    assert [b.rate for b in household.blocks] == [D("0.084"), D("0.10"), D("0.15")]
    assert schedule.retail["non_household"].blocks[0].rate == D("0.106")
    assert schedule.wholesale == D("0.057")
    assert energy.in_force(ENERGY, date(2024, 12, 31)) is None


def test_household_block_tariff_by_the_months_kwh():
    household = energy.bundled()[0].retail["household"]
    assert household.charge(D(150)) == D("12.600")  # 150 × 0.084
    assert household.charge(D(250)) == D("21.800")  # 200 × 0.084 + 50 × 0.10
    assert household.charge(D(400)) == D("41.800")  # 16.8 + 10 + 100 × 0.15


def test_consumer_group_picks_the_retail_tariff():
    # Decision 346, 6.1.1: the uncovered kWh are billed at the consumer group's retail tariff.
    schedule = energy.bundled()[0]
    sent, taken = [D(0)] * 12, [D(100)] * 12
    home = settle_year(
        sent, taken, schedule.retail[energy.group_of("household")], schedule.wholesale
    )
    shop = settle_year(
        sent, taken, schedule.retail[energy.group_of("business")], schedule.wholesale
    )
    assert home.total_charge == D("100.80")  # 12 × 100 × 0.084
    assert shop.total_charge == D("127.20")  # 12 × 100 × 0.106


def test_part_year_from_july_settles_at_the_end_of_december():
    # 1.8.12: the reporting year is 1 January - 31 December; a station connected in July.
    schedule = energy.bundled()[0]
    result = settle_year(
        [D(300)] * 6, [D(100)] * 6, schedule.retail["household"], schedule.wholesale, first_month=7
    )
    assert [m.month for m in result.months] == [7, 8, 9, 10, 11, 12]
    assert result.year_end_balance_kwh == D(1200)
    assert result.payout == D("68.40")  # 1 200 × 0.057, paid once, at year end (6.1.2)
    with pytest.raises(NetMeteringError):
        settle_year([D(1)] * 12, [D(1)] * 12, D("0.1"), D("0.05"), first_month=7)


months = st.lists(st.decimals(min_value=0, max_value=5000, places=1), min_size=12, max_size=12)


@settings(max_examples=200, deadline=None)
@given(sent=months, taken=months, first=st.integers(min_value=1, max_value=12))
def test_balance_never_negative_and_payout_only_at_year_end(sent, taken, first):
    schedule = energy.bundled()[0]
    sent, taken = sent[first - 1 :], taken[first - 1 :]
    result = settle_year(sent, taken, schedule.retail["household"], schedule.wholesale, first)
    previous = D(0)
    for month, out, into in zip(result.months, sent, taken, strict=True):
        assert month.balance_kwh >= 0
        # 5.1 and 5.2.4: B_n = B_{n-1} + Ö_n − A_n, reset to 0 with the rest billed.
        assert month.balance_kwh - month.billed_kwh == previous + out - into
        assert month.billed_kwh == 0 or month.balance_kwh == 0
        previous = month.balance_kwh
    assert result.year_end_balance_kwh == previous
    assert result.payout == (previous * schedule.wholesale).quantize(D("0.01"), ROUND_HALF_UP)


def test_energy_loader_refuses_a_missing_group_and_falling_blocks():
    text = (energy.ENERGY_DIR / "TS-2024-19.toml").read_text(encoding="utf-8")
    with pytest.raises(EnergyTariffError, match="non_household"):
        energy.parse(text.replace('[[retail]]\ngroup = "non_household"\nrate = 0.106', ""))
    with pytest.raises(EnergyTariffError, match="must rise"):
        energy.parse(text.replace("up_to_kwh = 300", "up_to_kwh = 100"))
    with pytest.raises(EnergyTariffError, match="wholesale"):
        energy.parse(text.replace("[wholesale]", "[other]"))


# --- Nakhchivan (strategy 000, 1) ----------------------------------------------------------------------
@pytest.mark.parametrize("service_id", ["household", "business", "prosumer"])
def test_electricity_services_refuse_a_nakhchivan_district(service_id):
    data = example(service_id, SETTINGS.today)
    data["district"] = "Şərur"
    with pytest.raises(InvalidApplication) as info:
        validate_application(services.get(service_id), data, SETTINGS)
    assert info.value.errors["district"].code == "district.served_by.electricity.nakhchivan"
    data["district"] = "Şəki rayonu"
    validate_application(services.get(service_id), data, SETTINGS)


def test_the_wizard_refuses_nakhchivan_at_the_field_and_the_fee():
    w = Wizard(services.get("household"), SETTINGS, tariffs.load_directory())
    w.goto("object")
    w.set("district", "Naxçıvan")
    assert w.errors()["district"].code == "district.served_by.electricity.nakhchivan"
    with pytest.raises(QuoteError) as info:
        quote(
            tariffs.load_directory(),
            QuoteRequest("household", D(5), 1, district="Babək", on=date(2026, 6, 1)),
        )
    assert info.value.code == "district.served_by.electricity.nakhchivan"


def test_water_supplier_is_data():
    from kiosk.core import districts

    assert districts.find("Şərur").water == "nakhchivan"
    assert districts.find("Bakı").water == "azersu"
    assert services.get("water_reading").supplier == ("water", "azersu")


# --- the grid look-up (methodology 1.2.8, 2.5; guide 001, 2.3) ------------------------------------
def test_grid_lookup_key_needs_the_district_and_fills_the_distance():
    assert lookups.lookup_key("grid", "AB-123456", {}) is None
    assert lookups.lookup_key("grid", "AB-123456", {"district": "Şəki rayonu"}) == "seki|AB-123456"
    w = Wizard(services.get("household"), SETTINGS, tariffs.load_directory())
    w.set("power_kw", "7.5")
    w.set("district", "Şəki rayonu")
    before = w.quote()
    assert before.alternative is not None  # unknown distance: both amounts
    w.apply_lookup("grid", {"distance_m": 1250})
    far = w.quote()
    assert far.section == 3 and far.alternative is None and far.amount == D("2197.50")
    w.set("district", "Bakı")  # a new key forgets the distance
    assert "grid_distance_m" not in w.answers
    assert w.quote().alternative is not None


def test_accelerated_is_not_asked_when_the_schedule_has_none():
    w = Wizard(services.get("household"), SETTINGS, tariffs.load_directory())
    connection = next(s for s in w.steps if s.name == "connection")
    assert [f.name for f in connection.fields] == ["phase", "power_kw"]
    assert w.answers["period"] == "standard"
    assert w.steps[2] is w.steps[2]  # one step object per session: the UI caches pages by it


def test_the_estimate_starts_next_month_and_takes_the_groups_tariffs():
    from kiosk.core.netmetering import first_estimate_month

    assert first_estimate_month(date(2026, 6, 15)) == 7  # 1.8.12: the rest of the reporting year
    assert first_estimate_month(date(2026, 12, 1)) == 1  # in December: all of next year
    retail, wholesale = energy.for_estimate(date(2026, 6, 1), "business")  # type: ignore[misc]
    assert retail.group == "non_household" and wholesale == D("0.057")
    early = energy.for_estimate(date(2020, 1, 1), None)  # before the first schedule: the earliest
    assert early is not None and early[0].group == "household"


def test_the_estimators_tariffs_are_looked_up_in_the_core(monkeypatch):
    from datetime import datetime

    from kiosk.core import clock

    on = date(2026, 6, 1)
    assert energy.for_estimate_today(on, "business") == energy.for_estimate(on, "business")
    monkeypatch.setattr(clock, "system", clock.fixed(datetime(2020, 1, 1, 9, tzinfo=clock.BAKU)))
    assert energy.for_estimate_today(None, None) == energy.for_estimate(date(2020, 1, 1), None)
