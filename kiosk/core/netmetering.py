"""Net metering for active consumers (aktiv istehlakçı), Cabinet of Ministers decision No. 346 (2023).

Each month n of the reporting year (1 January – 31 December, 1.8.12) the balance is
``B_n = B_{n-1} + (Ö_n − A_n)`` (5.1), Ö the energy sent to the grid and A the energy taken, in kWh,
starting from 0 on 1 January.
- Sent more than taken: the balance grows and carries to the next month (5.2.1, 5.2.2).
- Taken more than sent: the balance is reduced by the difference (5.2.3); if it is not enough, it is reset to
  zero and the rest is billed at the consumer group's retail tariff, payable within a month (5.2.4, 6.1.1).
- At year end a positive balance is paid at the wholesale tariff of the period (6.1.2, 6.2).
Monthly charges and the payout are rounded half-up to the qəpik, each being a separate notice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from kiosk.core.energy import Block, RetailTariff
from kiosk.core.money import round_qepik

MONTHS = 12


class NetMeteringError(ValueError):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Month:
    month: int
    sent_kwh: Decimal
    taken_kwh: Decimal
    balance_kwh: Decimal
    billed_kwh: Decimal
    charge: Decimal


@dataclass(frozen=True)
class YearResult:
    months: tuple[Month, ...]
    year_end_balance_kwh: Decimal
    payout: Decimal
    total_charge: Decimal
    retail_tariff: Decimal  # the first block's rate
    wholesale_tariff: Decimal
    retail: RetailTariff | None = None
    first_month: int = 1


def _check(values: Sequence[Decimal], name: str, count: int = MONTHS) -> None:
    if len(values) != count:
        raise NetMeteringError(
            "netmeter.months", f"{name}: {count} monthly values are needed, got {len(values)}"
        )
    for value in values:
        if not value.is_finite() or value < 0:
            raise NetMeteringError(
                "netmeter.negative", f"{name}: values must be non-negative numbers"
            )


def settle_year(
    sent: Sequence[Decimal],
    taken: Sequence[Decimal],
    retail: Decimal | RetailTariff,
    wholesale: Decimal,
    first_month: int = 1,
) -> YearResult:
    """The reporting year's balances, monthly charges and year-end payout for one active consumer.

    The reporting year is 1 January – 31 December (1.8.12): a station connected in July gives the values
    of July to December (``first_month=7``), and its balance is still settled at the end of December.
    ``retail`` is one rate or the group's block tariff (households: by the month's billed kWh)."""
    if not 1 <= first_month <= MONTHS:
        raise NetMeteringError("netmeter.months", "the first month must be 1 to 12")
    count = MONTHS - first_month + 1
    _check(sent, "sent", count)
    _check(taken, "taken", count)
    tariff = (
        retail if isinstance(retail, RetailTariff) else RetailTariff("any", (Block(None, retail),))
    )
    rates = [b.rate for b in tariff.blocks] + [wholesale]
    if any(r < 0 or not r.is_finite() for r in rates):
        raise NetMeteringError("netmeter.tariff", "tariffs must be non-negative numbers")
    balance = Decimal(0)
    months = []
    for index, (out, into) in enumerate(zip(sent, taken, strict=True), start=first_month):
        balance += out - into  # 5.1
        billed = Decimal(0)
        if balance < 0:  # 5.2.4: the balance does not cover the month
            billed = -balance
            balance = Decimal(0)
        months.append(Month(index, out, into, balance, billed, round_qepik(tariff.charge(billed))))
    payout = round_qepik(balance * wholesale)  # 6.1.2: paid only at the end of the reporting year
    total = sum((m.charge for m in months), Decimal(0))
    return YearResult(
        tuple(months), balance, payout, total, tariff.first_rate, wholesale, tariff, first_month
    )


def first_estimate_month(today: date) -> int:
    """The first month an estimate covers: a station applied for today works next month at the
    earliest, within the reporting year 1 January - 31 December (1.8.12); in December, all of next year."""
    return 1 if today.month == 12 else today.month + 1


def estimate_from_panel(
    panel_kw: Decimal, monthly_use_kwh: Decimal, first_month: int = 1
) -> tuple[list[Decimal], list[Decimal]]:
    """A rough year for the estimator's "panel kW" preset: solar yield per kW installed by month for
    Absheron-like insolation (kWh/kW), self-consumption of 35% of generation during daylight."""
    yield_per_kw = [
        Decimal(v)
        for v in ("55", "70", "105", "125", "150", "160", "165", "155", "125", "95", "65", "50")
    ]
    sent, taken = [], []
    for per_kw in yield_per_kw[first_month - 1 :]:
        generated = panel_kw * per_kw
        used_directly = min(generated * Decimal("0.35"), monthly_use_kwh)
        sent.append((generated - used_directly).quantize(Decimal("0.1")))
        taken.append((monthly_use_kwh - used_directly).quantize(Decimal("0.1")))
    return sent, taken
