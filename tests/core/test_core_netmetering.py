from decimal import Decimal

import pytest

from kiosk.core.netmetering import NetMeteringError, estimate_from_panel, settle_year

D = Decimal
RETAIL, WHOLESALE = D("0.084"), D("0.057")


def year(*values):
    return [D(str(v)) for v in values]


def test_year_with_surplus_is_paid_at_wholesale():
    sent = year(*[200] * 12)
    taken = year(*[150] * 12)
    result = settle_year(sent, taken, RETAIL, WHOLESALE)
    assert [m.balance_kwh for m in result.months] == [D(50 * (i + 1)) for i in range(12)]
    assert all(m.billed_kwh == 0 and m.charge == 0 for m in result.months)
    assert result.year_end_balance_kwh == D(600)
    assert result.payout == D("34.20")  # 600 × 0.057, rule 6.1.2
    assert result.total_charge == 0


def test_year_with_deficit_bills_every_month_at_retail():
    result = settle_year(year(*[50] * 12), year(*[180] * 12), RETAIL, WHOLESALE)
    for month in result.months:
        assert month.balance_kwh == 0  # reset to zero, 5.2.4
        assert month.billed_kwh == D(130)
        assert month.charge == D("10.92")  # 130 × 0.084
    assert result.payout == 0
    assert result.total_charge == D("131.04")


def test_balance_runs_out_mid_year():
    sent = year(300, 250, 100, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    taken = year(100, 100, 100, 150, 150, 150, 100, 0, 0, 0, 0, 0)
    result = settle_year(sent, taken, RETAIL, WHOLESALE)
    balances = [m.balance_kwh for m in result.months]
    billed = [m.billed_kwh for m in result.months]
    # 200, 350, 350, 200, 50, then 50 − 150 → −100: reset to 0 and 100 kWh billed
    assert balances[:7] == [D(200), D(350), D(350), D(200), D(50), D(0), D(0)]
    assert billed[:7] == [0, 0, 0, 0, 0, D(100), D(100)]
    assert result.months[5].charge == D("8.40")
    assert result.year_end_balance_kwh == 0 and result.payout == 0


def test_surplus_after_deficit_starts_again_from_zero():
    sent = year(0, 500, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    taken = year(100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    result = settle_year(sent, taken, RETAIL, WHOLESALE)
    assert result.months[0].billed_kwh == 100
    assert result.months[1].balance_kwh == 500  # the deficit was billed, not carried
    assert result.payout == D("28.50")


def test_charges_round_half_up_to_the_qepik():
    result = settle_year(year(0, *[0] * 11), year("0.5", *[0] * 11), D("0.085"), WHOLESALE)
    assert result.months[0].charge == D("0.04")  # 0.0425 → 0.04
    result = settle_year(year(0, *[0] * 11), year("1.5", *[0] * 11), D("0.085"), WHOLESALE)
    assert result.months[0].charge == D("0.13")  # 0.1275 → 0.13


@pytest.mark.parametrize(
    ("sent", "taken", "code"),
    [
        (year(*[1] * 11), year(*[1] * 12), "netmeter.months"),
        (year(*[1] * 12), year(-1, *[1] * 11), "netmeter.negative"),
    ],
)
def test_bad_input(sent, taken, code):
    with pytest.raises(NetMeteringError) as info:
        settle_year(sent, taken, RETAIL, WHOLESALE)
    assert info.value.code == code


def test_panel_preset_gives_a_plausible_year():
    sent, taken = estimate_from_panel(D(5), D(250))
    assert len(sent) == len(taken) == 12
    assert sent[6] > sent[0]  # July yields more than January
    result = settle_year(sent, taken, RETAIL, WHOLESALE)
    assert result.year_end_balance_kwh >= 0
