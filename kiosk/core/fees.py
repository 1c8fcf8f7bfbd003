"""The connection-fee engine (qoşulma haqqı), methodology ``004``.

Section 2 (households, and objects ≤ 150 kW from the existing 0.4 kV grid): ``QH = TG × (X/G) × K × R``,
separately for 1- and 3-phase supply (2.2); R is not applied for households on 1-phase supply up to and
including 5 kW (2.4). Section 3 (> 150 kW, or medium/high voltage): ``QH = TG × (IN/G) × K × R × GS`` (3.1–3.3).

A schedule line gives either the published per-kW rate (``rate_per_kw``, what the Tariff Council fixes
under section 4) or the formula's components (``cost_per_kw`` = X/G or IN/G, K, R, GS). The amount is
``(fixed + (TG − from_kw) × rate) × adjustment factors``, computed in ``Decimal`` and rounded half-up to the
qəpik only at the end. Active consumers pay no connection fee for new technical conditions at their existing
power (decision 346, 3.4).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from kiosk.core import clock
from kiosk.core import districts as district_list
from kiosk.core.money import plain, round_qepik, wire_amount
from kiosk.core.tariffs import HOUSEHOLD, Adjustment, Line, Schedule, in_force

SECTION2_MAX_KW = Decimal(150)
# Methodology 1.2.8: the "existing 0.4 kV grid" is a 0.4 kV transformer within 400 m in a straight line.
EXISTING_GRID_MAX_M = Decimal(400)
# The supplier whose schedules these are (strategy 000, 1: all of Azerbaijan but the Nakhchivan AR).
SUPPLIER = "azerishiq"


class QuoteError(ValueError):
    """The fee cannot be quoted; ``code`` is a message id, ``params`` its placeholders."""

    def __init__(self, code: str, message: str, **params: str) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class QuoteRequest:
    service: str  # the id of a service whose definition names a fee calculator
    power_kw: Decimal
    phase: int = 1
    voltage: str | None = None  # low | medium | high (section 3)
    period: str | None = None  # standard | accelerated
    district: str | None = None  # district id or name
    on: date | None = None
    purpose: str | None = None  # the object's purpose (təyinat), strategy 000, 3
    # Straight-line distance to the nearest 0.4 kV transformer (methodology 1.2.8), from the central's
    # look-up; ``None`` when it is not known (offline): the quote then carries the section 3 alternative.
    grid_distance_m: Decimal | None = None


@dataclass(frozen=True)
class Quote:
    amount: Decimal
    currency: str
    tariff_id: str
    tariff_source: str
    section: int
    breakdown: dict[str, Any]
    # When the distance to the 0.4 kV grid is not known: the fee if there is no 0.4 kV transformer within
    # 400 m (section 3, methodology 2.5). The utility confirms which of the two applies.
    alternative: Quote | None = None

    @property
    def grid(self) -> str:
        """``near`` or ``far`` when the distance to the 0.4 kV grid is known, else ``unknown``."""
        return str(self.breakdown.get("grid", "unknown"))

    def to_dict(self) -> dict[str, Any]:
        out = {
            "amount": wire_amount(self.amount),
            "currency": self.currency,
            "tariff_id": self.tariff_id,
            "tariff_source": self.tariff_source,
            "section": self.section,
            "breakdown": self.breakdown,
        }
        if self.alternative is not None:
            out["alternative"] = self.alternative.to_dict()
        return out


def _far_from_grid(req: QuoteRequest) -> bool:
    return req.grid_distance_m is not None and req.grid_distance_m > EXISTING_GRID_MAX_M


def _section_for(req: QuoteRequest) -> int:
    if req.voltage in {"medium", "high"}:
        return 3  # methodology 3.1: connection from medium or high voltage
    if req.power_kw > SECTION2_MAX_KW:
        return 3  # methodology 3.1: above 150 kW
    if _far_from_grid(req):
        return 3  # methodology 2.5: no 0.4 kV grid where the object is (1.2.8: within 400 m)
    return 2


def periods_available(schedules: list[Schedule], on: date) -> tuple[str, ...]:
    """The execution periods (standard, accelerated) the schedule in force on ``on`` prices."""
    schedule = in_force(schedules, on)
    return schedule.periods() if schedule is not None else ("standard",)


def _matches(line: Line, req: QuoteRequest, section: int, consumer: str) -> bool:
    if line.section != section or line.consumer not in {consumer, "any"}:
        return False
    if section == 2 and line.phase != req.phase:
        return False
    if section == 3 and line.voltage != (req.voltage or "low"):
        return False
    if line.purposes and req.purpose not in line.purposes:
        return False
    return line.from_kw < req.power_kw <= line.to_kw


# A fee the schedule does not give and the applicant's answer that leads to it, which changing may put
# right (the fee page sends them back to it); other errors (no schedule in force) only staff can help.
ANSWER_OF_ERROR: dict[str, str] = {"fee.no_period": "period", "fee.no_line": "power_kw"}


def _pick_line(schedule: Schedule, req: QuoteRequest, section: int, consumer: str) -> Line:
    candidates = [ln for ln in schedule.lines if _matches(ln, req, section, consumer)]
    wanted = req.period or "standard"
    by_period = [ln for ln in candidates if ln.period == wanted]
    if not by_period:
        if wanted == "accelerated":
            if candidates:
                raise QuoteError(
                    "fee.no_period",
                    f"schedule {schedule.id} has no accelerated connection",
                    period=wanted,
                )
        by_period = [ln for ln in candidates if ln.period is None]
    if not by_period:
        what = f"phase {req.phase}" if section == 2 else f"{req.voltage or 'low'} voltage"
        raise QuoteError(
            "fee.no_line",
            f"schedule {schedule.id} has no line for {plain(req.power_kw)} kW, {what}, section {section}",
            power=plain(req.power_kw),
            schedule=schedule.id,
        )
    # The most specific line wins: one for this purpose over one for any purpose, then this consumer.
    return min(by_period, key=lambda ln: (not ln.purposes, ln.consumer != consumer))


def _rate(line: Line, req: QuoteRequest, consumer: str) -> tuple[Decimal, bool, dict[str, str]]:
    if line.rate_per_kw is not None:
        factors = {"rate_per_kw": plain(line.rate_per_kw)}
        if line.section == 3:  # the published per-voltage rate times GS (methodology 3.1, 3.3)
            factors["GS"] = plain(line.gs or Decimal(1))
            return line.rate_per_kw * (line.gs or Decimal(1)), False, factors
        return line.rate_per_kw, False, factors
    assert line.cost_per_kw is not None
    k = line.k if line.k is not None else Decimal(1)
    r = line.r if line.r is not None else Decimal(1)
    gs = line.gs if line.gs is not None else Decimal(1)
    # Methodology 2.4: R is not applied for households on 1-phase supply up to and including 5 kW.
    r_exempt = (
        line.section == 2
        and consumer == HOUSEHOLD
        and req.phase == 1
        and req.power_kw <= Decimal(5)
    )
    rate = line.cost_per_kw * k * (Decimal(1) if r_exempt else r) * gs
    factors = {"cost_per_kw": plain(line.cost_per_kw), "K": plain(k), "R": plain(r)}
    if line.section == 3:
        factors["GS"] = plain(gs)
    return rate, r_exempt, factors


def _adjustment_applies(
    adj: Adjustment,
    req: QuoteRequest,
    on: date,
    section: int,
    consumer: str,
    district_id: str | None,
) -> bool:
    if on < adj.effective_from:
        return False
    if adj.districts and district_id not in adj.districts:
        return False
    if adj.consumer != "any" and adj.consumer != consumer:
        return False
    if adj.phase is not None and adj.phase != req.phase:
        return False
    if adj.section is not None and adj.section != section:
        return False
    if adj.voltage is not None and adj.voltage != (req.voltage or "low"):
        return False
    if adj.from_kw is not None and req.power_kw <= adj.from_kw:
        return False
    if adj.cap_kw is not None and req.power_kw <= adj.cap_kw:
        return False
    return not (adj.to_kw is not None and req.power_kw > adj.to_kw)


def quote(schedules: list[Schedule], req: QuoteRequest) -> Quote:
    """The fee for ``req`` under the schedule in force on ``req.on`` (today when not given)."""
    on = req.on or clock.today()
    schedule = in_force(schedules, on)
    if schedule is None:
        raise QuoteError(
            "fee.no_schedule",
            f"no tariff schedule is in force on {on.isoformat()}",
            date=on.isoformat(),
        )
    from kiosk.core import services

    service = services.find(req.service)
    if service is None or service.fee not in CALCULATORS:
        raise QuoteError("fee.service", f"unknown service {req.service!r}")
    if req.power_kw <= 0:
        raise QuoteError("power.positive", "the required power must be greater than zero")
    if req.phase not in (1, 3):
        raise QuoteError("phase.choice", "the phase must be 1 or 3")
    district_id = None
    if req.district:
        found = district_list.find(req.district)
        if found is None:
            raise QuoteError("district.unknown", f"unknown district {req.district!r}")
        if found.electricity != SUPPLIER:
            # Strategy 000, 1: these schedules are Azərişıq's, which does not serve this district.
            raise QuoteError(
                f"district.served_by.electricity.{found.electricity}",
                f"{found.az} is not served by Azərişıq",
                district=found.az,
            )
        district_id = found.id

    base = {
        "power_kw": plain(req.power_kw),
        "phase": req.phase,
        "voltage": req.voltage,
        "period": req.period,
        "district": district_id,
        "date": on.isoformat(),
    }
    return CALCULATORS[service.fee](schedule, req, on, service.consumer, district_id, base)


def _existing_power_quote(
    schedule: Schedule,
    req: QuoteRequest,
    on: date,
    consumer: str,
    district_id: str | None,
    base: dict[str, Any],
) -> Quote:
    """Decision 346, 3.4: new technical conditions at the existing connected power, without a fee."""
    breakdown = {
        **base,
        "rule": "decision 346, 3.4",
        "formula": "0.00",
        "adjustments": [],
        "fixed": "0.00",
        "from_kw": "0",
        "rate_per_kw": "0.00",
        "r_exempt": False,
    }
    return Quote(Decimal("0.00"), schedule.currency, schedule.id, schedule.source, 0, breakdown)


def _connection_quote(
    schedule: Schedule,
    req: QuoteRequest,
    on: date,
    consumer: str,
    district_id: str | None,
    base: dict[str, Any],
) -> Quote:
    """Methodology 004, sections 2 and 3."""
    main = _priced(schedule, req, on, consumer, district_id, base)
    if req.grid_distance_m is None and main.section == 2:
        # Offline or not found: the distance to the 0.4 kV grid is unknown, so the applicant also sees
        # the fee if there is no 0.4 kV transformer within 400 m (methodology 2.5, section 3).
        far = replace(req, grid_distance_m=EXISTING_GRID_MAX_M + 1)
        try:
            alternative = _priced(schedule, far, on, consumer, district_id, base)
        except QuoteError:
            return (
                main  # the schedule prices no section 3 connection (e.g. the 2018 household fees)
            )
        return replace(main, alternative=alternative)
    return main


def _priced(
    schedule: Schedule,
    req: QuoteRequest,
    on: date,
    consumer: str,
    district_id: str | None,
    base: dict[str, Any],
) -> Quote:
    section = _section_for(req)
    line = _pick_line(schedule, req, section, consumer)
    rate, r_exempt, factors = _rate(line, req, consumer)
    subtotal = line.fixed + (req.power_kw - line.from_kw) * rate
    amount = subtotal
    applied = []
    capped: Quote | None = None
    for adj in schedule.adjustments:
        if not _adjustment_applies(adj, req, on, section, consumer, district_id):
            continue
        if adj.cap_kw is not None:
            # The kW above the cap are free: the fee is the fee for the cap (e.g. 200 kW).
            capped = _priced(
                schedule, replace(req, power_kw=adj.cap_kw), on, consumer, district_id, base
            )
            amount = capped.amount
        else:
            amount *= adj.factor
        applied.append(
            {
                "factor": plain(adj.factor),
                "note": adj.note,
                "effective_from": adj.effective_from.isoformat(),
                **({"cap_kw": plain(adj.cap_kw)} if adj.cap_kw is not None else {}),
            }
        )
    final = round_qepik(amount)
    formula = (
        f"{wire_amount(line.fixed)} + ({plain(req.power_kw)} − {plain(line.from_kw)}) × "
        f"{plain(rate)}"
    )
    factors_applied = [a["factor"] for a in applied if "cap_kw" not in a]
    if factors_applied:
        formula = f"({formula}) × " + " × ".join(factors_applied)
    if capped is not None:
        cap = capped.breakdown["power_kw"]
        formula = f"[{cap} kW: {str(capped.breakdown['formula']).rsplit(' = ', 1)[0]}]"
    grid = "unknown"
    if req.grid_distance_m is not None:
        grid = "far" if _far_from_grid(req) else "near"
    breakdown = {
        **base,
        "power_kw": plain(req.power_kw),
        "consumer": consumer,
        "purpose": req.purpose,
        "grid": grid,
        "grid_distance_m": plain(req.grid_distance_m) if req.grid_distance_m is not None else None,
        "line": line.source_line,
        "line_file": line.source_file,
        "band": {"from_kw": plain(line.from_kw), "to_kw": plain(line.to_kw)},
        "from_kw": plain(line.from_kw),
        "fixed": wire_amount(line.fixed),
        "rate_per_kw": wire_amount(rate),
        "rate_exact": plain(rate),
        "factors": factors,
        "r_exempt": r_exempt,
        "subtotal": plain(subtotal),
        "adjustments": applied,
        "formula": f"{formula} = {wire_amount(final)}",
    }
    return Quote(final, schedule.currency, schedule.id, schedule.source, section, breakdown)


# The fee calculators a service definition names in ``Service.fee``.
CALCULATORS = {"connection": _connection_quote, "existing_power": _existing_power_quote}
