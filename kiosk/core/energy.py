"""Electricity retail and wholesale tariffs for net metering, as dated schedules citing their decisions.

Decision 346 bills the kWh an active consumer's balance does not cover at the consumer group's retail
tariff (5.2.4, 6.1.1) and pays a positive year-end balance at the wholesale tariff of the period (6.1.2).
Households pay a block tariff by the month's kWh; other consumers one rate. The files live in
``schedules/energy/`` (format in ``docs/TARIFFS.md``); none of these numbers is a constant in code.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from kiosk.core import clock
from kiosk.core.tariffs import HOUSEHOLD

ENERGY_DIR = Path(__file__).with_name("schedules") / "energy"
GROUPS = (HOUSEHOLD, "non_household")


class EnergyTariffError(ValueError):
    """A malformed energy tariff file; the message names the file."""


@dataclass(frozen=True)
class Block:
    up_to_kwh: Decimal | None  # None: every kWh above the previous block
    rate: Decimal  # AZN per kWh


@dataclass(frozen=True)
class RetailTariff:
    group: str
    blocks: tuple[Block, ...]

    def charge(self, kwh: Decimal) -> Decimal:
        """The exact charge for ``kwh`` in one month, block by block (not rounded)."""
        total, below = Decimal(0), Decimal(0)
        for block in self.blocks:
            top = kwh if block.up_to_kwh is None else min(kwh, block.up_to_kwh)
            if top > below:
                total += (top - below) * block.rate
            if block.up_to_kwh is None or kwh <= block.up_to_kwh:
                break
            below = block.up_to_kwh
        return total

    @property
    def first_rate(self) -> Decimal:
        return self.blocks[0].rate


@dataclass(frozen=True)
class EnergySchedule:
    id: str
    source: str
    effective_from: date
    retail: dict[str, RetailTariff]
    wholesale: Decimal
    wholesale_source: str
    open_questions: tuple[str, ...] = ()


def _number(raw: Any, where: str) -> Decimal:
    if isinstance(raw, bool) or not isinstance(raw, int | float | str):
        raise EnergyTariffError(f"{where}: a number is needed")
    try:
        value = Decimal(str(raw))
    except InvalidOperation:
        raise EnergyTariffError(f"{where}: a number is needed") from None
    if not value.is_finite() or value < 0:
        raise EnergyTariffError(f"{where}: a non-negative number is needed")
    return value


def parse(text: str, path: str = "<energy>") -> EnergySchedule:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise EnergyTariffError(f"{path}: not valid TOML: {exc}") from None
    for key in ("id", "source"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise EnergyTariffError(f"{path}: '{key}' is missing or empty")
    effective = data.get("effective_from")
    if not isinstance(effective, date):
        raise EnergyTariffError(f"{path}: 'effective_from' must be a date")
    blocks: dict[str, list[Block]] = {}
    for i, raw in enumerate(data.get("retail") or [], start=1):
        where = f"{path}: retail #{i}"
        group = raw.get("group") if isinstance(raw, dict) else None
        if group not in GROUPS:
            raise EnergyTariffError(f"{where}: 'group' must be one of {', '.join(GROUPS)}")
        up_to = raw.get("up_to_kwh")
        block = Block(
            None if up_to is None else _number(up_to, where), _number(raw.get("rate"), where)
        )
        previous = blocks.setdefault(group, [])
        if previous and (
            previous[-1].up_to_kwh is None
            or (block.up_to_kwh is not None and block.up_to_kwh <= previous[-1].up_to_kwh)
        ):
            raise EnergyTariffError(f"{where}: blocks must rise, the last one open-ended")
        previous.append(block)
    for group in GROUPS:
        if group not in blocks:
            raise EnergyTariffError(f"{path}: no retail tariff for '{group}' (decision 346, 6.1.1)")
        if blocks[group][-1].up_to_kwh is not None:
            raise EnergyTariffError(f"{path}: the last '{group}' block must have no 'up_to_kwh'")
    wholesale = data.get("wholesale")
    if not isinstance(wholesale, dict):
        raise EnergyTariffError(f"{path}: [wholesale] with 'rate' is missing (decision 346, 6.1.2)")
    questions = data.get("open_questions") or []
    return EnergySchedule(
        id=data["id"],
        source=data["source"],
        effective_from=effective,
        retail={g: RetailTariff(g, tuple(b)) for g, b in blocks.items()},
        wholesale=_number(wholesale.get("rate"), f"{path}: wholesale"),
        wholesale_source=str(wholesale.get("source", "")),
        open_questions=tuple(str(q) for q in questions),
    )


def load_directory(directory: Path = ENERGY_DIR) -> list[EnergySchedule]:
    out = []
    for path in sorted(directory.glob("*.toml")):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise EnergyTariffError(f"{path}: cannot be read: {exc}") from None
        out.append(parse(text, str(path)))
    return sorted(out, key=lambda s: s.effective_from)


@functools.cache
def bundled() -> tuple[EnergySchedule, ...]:
    """The schedules shipped in ``schedules/energy/``, loaded once."""
    return tuple(load_directory())


def in_force(schedules: Iterable[EnergySchedule], on: date) -> EnergySchedule | None:
    candidates = [s for s in schedules if s.effective_from <= on]
    return max(candidates, key=lambda s: s.effective_from) if candidates else None


def group_of(consumer_group: str | None) -> str:
    """The tariff group of a prosumer form's answer: households, or everyone else (6.1.1)."""
    return HOUSEHOLD if consumer_group in (None, "", HOUSEHOLD) else "non_household"


def for_estimate(on: date, consumer_group: str | None) -> tuple[RetailTariff, Decimal] | None:
    """The retail tariff of the consumer group (decision 346, 6.1.1) and the wholesale tariff (6.1.2)
    of the schedule in force on ``on``; before the first bundled schedule, the earliest one (an estimate,
    not a bill); ``None`` when none is bundled."""
    schedules = bundled()
    schedule = in_force(schedules, on) or (schedules[0] if schedules else None)
    if schedule is None:
        return None
    return schedule.retail[group_of(consumer_group)], schedule.wholesale


def for_estimate_today(
    today: date | None, consumer_group: str | None
) -> tuple[RetailTariff, Decimal] | None:
    """:func:`for_estimate` on ``today``, or on the kiosk's date (:mod:`kiosk.core.clock`) when it is
    ``None``: the retail and wholesale tariffs the net-metering estimator shows the applicant."""
    return for_estimate(today or clock.today(), consumer_group)
