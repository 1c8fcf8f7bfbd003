"""Tariff schedules: every number of the connection-fee formulas, dated, versioned, citing its decision.

The Tariff Council fixes the per-kW fee, R, GS and K per tariff period (methodology 004, section 4), so
none of them is a constant in code. A schedule is a TOML file (format in ``docs/TARIFFS.md``); the
bundled ones live in ``schedules/`` beside this module. A schedule may ``extends`` another by id, taking
its lines and adding its own adjustments (used for the 2026 liberated-territory discounts).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

SCHEDULES_DIR = Path(__file__).with_name("schedules")

# The consumer categories of the Tariff Council's decisions (a service says which one it is).
HOUSEHOLD, BUSINESS, ANY = "household", "business", "any"
CONSUMERS = (HOUSEHOLD, BUSINESS, ANY)
VOLTAGES = ("low", "medium", "high")
PERIODS = ("standard", "accelerated")


class ScheduleError(ValueError):
    """A schedule file is malformed; the message names the file and the line."""

    def __init__(self, path: str, line: int | None, problem: str) -> None:
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {problem}")
        self.path = path
        self.line = line
        self.problem = problem


@dataclass(frozen=True)
class Line:
    """One band of a schedule: ``fixed + (TG − from_kw) × rate`` for ``from_kw < TG ≤ to_kw``."""

    section: int
    consumer: str
    phase: int | None
    voltage: str | None
    period: str | None
    from_kw: Decimal
    to_kw: Decimal
    fixed: Decimal
    rate_per_kw: Decimal | None
    cost_per_kw: Decimal | None
    k: Decimal | None
    r: Decimal | None
    gs: Decimal | None
    source_line: int
    source_file: str = ""
    purposes: tuple[str, ...] = ()  # the object's purposes (təyinat) the line is for; () = any

    def group(self) -> tuple[Any, ...]:
        return (self.section, self.consumer, self.phase, self.voltage, self.period, self.purposes)


@dataclass(frozen=True)
class Adjustment:
    """A multiplier for some objects from a date, e.g. the liberated territories from 1 January 2026."""

    effective_from: date
    factor: Decimal
    districts: tuple[str, ...] = ()
    consumer: str = "any"
    phase: int | None = None
    voltage: str | None = None
    section: int | None = None
    from_kw: Decimal | None = None
    to_kw: Decimal | None = None
    cap_kw: Decimal | None = None  # the kW above this are free: the fee is the fee for ``cap_kw``
    note: str = ""
    source_line: int = 0


@dataclass(frozen=True)
class Schedule:
    id: str
    source: str
    effective_from: date
    currency: str
    lines: tuple[Line, ...]
    adjustments: tuple[Adjustment, ...] = ()
    path: str = ""
    open_questions: tuple[str, ...] = field(default=())
    adopted: date | None = None
    authority: str = "tariff_council"

    def periods(self) -> tuple[str, ...]:
        """The execution periods this schedule prices; a line without a period is the standard one."""
        found = {line.period or "standard" for line in self.lines}
        return tuple(p for p in PERIODS if p in found)


def _one_month_after(day: date) -> date:
    """The same day of the next month (the last day when the next month is shorter)."""
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, candidate)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _line_numbers(text: str, header: str) -> list[int]:
    pattern = re.compile(rf"^[ \t]*\[\[[ \t]*{header}[ \t]*\]\]", re.MULTILINE)
    return [text.count("\n", 0, m.start()) + 1 for m in pattern.finditer(text)]


class _Reader:
    def __init__(self, path: str, line: int, table: Mapping[str, Any]) -> None:
        self.path, self.line, self.table = path, line, table

    def fail(self, problem: str) -> ScheduleError:
        return ScheduleError(self.path, self.line, problem)

    def decimal(
        self, key: str, *, required: bool = False, positive: bool = False
    ) -> Decimal | None:
        if key not in self.table:
            if required:
                raise self.fail(f"'{key}' is missing")
            return None
        raw = self.table[key]
        if isinstance(raw, bool) or not isinstance(raw, int | float | str):
            raise self.fail(f"'{key}' must be a number")
        try:
            value = Decimal(str(raw))
        except InvalidOperation:
            raise self.fail(f"'{key}' must be a number") from None
        if not value.is_finite():
            raise self.fail(f"'{key}' must be a finite number")
        if value < 0:
            raise self.fail(f"'{key}' must not be negative (got {raw})")
        if positive and value == 0:
            raise self.fail(f"'{key}' must be greater than zero")
        return value

    def choice(self, key: str, allowed: Iterable[Any], default: Any = None) -> Any:
        value = self.table.get(key, default)
        if value is not None and value not in tuple(allowed):
            raise self.fail(
                f"'{key}' must be one of {', '.join(map(str, allowed))} (got {value!r})"
            )
        return value


def _parse_line(reader: _Reader) -> Line:
    known = {
        "section",
        "consumer",
        "phase",
        "voltage",
        "period",
        "from_kw",
        "to_kw",
        "fixed",
        "rate_per_kw",
        "cost_per_kw",
        "K",
        "R",
        "GS",
        "purpose",
        "note",
    }
    unknown = sorted(set(reader.table) - known)
    if unknown:
        raise reader.fail(f"unknown key(s): {', '.join(unknown)}")
    section = reader.choice("section", (2, 3))
    if section is None:
        raise reader.fail("'section' is missing (2 or 3)")
    consumer = reader.choice("consumer", CONSUMERS, "any")
    phase = reader.choice("phase", (1, 3))
    voltage = reader.choice("voltage", VOLTAGES)
    period = reader.choice("period", PERIODS)
    if section == 2 and phase is None:
        raise reader.fail("a section 2 line needs 'phase' (1 or 3), methodology 2.2")
    if section == 3 and voltage is None:
        raise reader.fail("a section 3 line needs 'voltage' (low, medium or high), methodology 3.3")
    from_kw = reader.decimal("from_kw", required=True)
    to_kw = reader.decimal("to_kw", required=True)
    assert from_kw is not None and to_kw is not None
    if to_kw <= from_kw:
        raise reader.fail(f"'to_kw' ({to_kw}) must be greater than 'from_kw' ({from_kw})")
    rate = reader.decimal("rate_per_kw")
    cost = reader.decimal("cost_per_kw")
    if (rate is None) == (cost is None):
        raise reader.fail(
            "give either 'rate_per_kw' or 'cost_per_kw' (with K, R, GS), not both or neither"
        )
    gs = reader.decimal("GS", positive=True)
    if gs is not None and section != 3:
        raise reader.fail(
            "'GS' (voltage coefficient) belongs to section 3 lines only, methodology 3.3"
        )
    if gs is None and section == 3:
        raise reader.fail(
            "a section 3 line needs 'GS' (the voltage coefficient), methodology 3.1 and 3.3"
        )
    purposes = _purposes(reader)
    return Line(
        section=section,
        consumer=consumer,
        phase=phase,
        voltage=voltage,
        period=period,
        from_kw=from_kw,
        to_kw=to_kw,
        fixed=reader.decimal("fixed") or Decimal(0),
        rate_per_kw=rate,
        cost_per_kw=cost,
        k=reader.decimal("K", positive=True),
        r=reader.decimal("R", positive=True),
        gs=gs,
        source_line=reader.line,
        source_file=Path(reader.path).name,
        purposes=purposes,
    )


def _purposes(reader: _Reader) -> tuple[str, ...]:
    """``purpose = "shop"`` or ``purpose = ["shop", "office"]``; absent or ``"any"`` means every purpose."""
    raw = reader.table.get("purpose", "any")
    values = [raw] if isinstance(raw, str) else raw
    if not isinstance(values, list) or not values or not all(isinstance(v, str) for v in values):
        raise reader.fail("'purpose' must be a purpose or a list of purposes (strategy 000, 3)")
    return () if values == ["any"] else tuple(sorted(values))


def _parse_adjustment(reader: _Reader) -> Adjustment:
    effective = reader.table.get("effective_from")
    if not isinstance(effective, date):
        raise reader.fail("'effective_from' must be a date such as 2026-01-01")
    factor = reader.decimal("factor", required=True)
    assert factor is not None
    raw_districts = reader.table.get("districts", [])
    if not isinstance(raw_districts, list) or not all(isinstance(d, str) for d in raw_districts):
        raise reader.fail("'districts' must be a list of district names")
    from kiosk.core import districts as district_list

    ids = []
    for name in raw_districts:
        found = district_list.find(name)
        if found is None:
            raise reader.fail(f"unknown district {name!r}")
        ids.append(found.id)
    return Adjustment(
        effective_from=effective,
        factor=factor,
        districts=tuple(ids),
        consumer=reader.choice("consumer", CONSUMERS, "any"),
        phase=reader.choice("phase", (1, 3)),
        voltage=reader.choice("voltage", VOLTAGES),
        section=reader.choice("section", (2, 3)),
        from_kw=reader.decimal("from_kw"),
        to_kw=reader.decimal("to_kw"),
        cap_kw=reader.decimal("cap_kw", positive=True),
        note=str(reader.table.get("note", "")),
        source_line=reader.line,
    )


def _check_bands(path: str, lines: Iterable[Line]) -> None:
    """Within one group (section, consumer, phase/voltage, period) bands must neither overlap nor leave a gap."""
    groups: dict[tuple[Any, ...], list[Line]] = {}
    for line in lines:
        groups.setdefault(line.group(), []).append(line)
    for members in groups.values():
        members.sort(key=lambda ln: ln.from_kw)
        for before, after in zip(members, members[1:], strict=False):
            if after.from_kw < before.to_kw:
                raise ScheduleError(
                    path,
                    after.source_line,
                    f"band {after.from_kw}–{after.to_kw} kW overlaps the band "
                    f"{before.from_kw}–{before.to_kw} kW of line {before.source_line}",
                )
            if after.from_kw > before.to_kw:
                raise ScheduleError(
                    path,
                    after.source_line,
                    f"gap between {before.to_kw} and {after.from_kw} kW after line "
                    f"{before.source_line}",
                )


def parse_schedule(
    text: str, path: str = "<schedule>", bases: Mapping[str, Schedule] | None = None
) -> Schedule:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        raise ScheduleError(
            path, int(match.group(1)) if match else None, f"not valid TOML: {exc}"
        ) from None
    top = _Reader(path, 1, data)
    for key in ("id", "source"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise top.fail(f"'{key}' is missing or empty")
    effective = data.get("effective_from")
    if not isinstance(effective, date):
        raise top.fail("'effective_from' must be a date such as 2024-06-03")
    raw_lines = data.get("line", [])
    raw_adjustments = data.get("adjustment", [])
    if not isinstance(raw_lines, list) or not isinstance(raw_adjustments, list):
        raise top.fail(
            "'line' and 'adjustment' must be arrays of tables ([[line]], [[adjustment]])"
        )
    line_numbers = _line_numbers(text, "line")
    adj_numbers = _line_numbers(text, "adjustment")
    lines = [
        _parse_line(_Reader(path, line_numbers[i] if i < len(line_numbers) else 0, raw))
        for i, raw in enumerate(raw_lines)
    ]
    adjustments = [
        _parse_adjustment(_Reader(path, adj_numbers[i] if i < len(adj_numbers) else 0, raw))
        for i, raw in enumerate(raw_adjustments)
    ]
    base_id = data.get("extends")
    if base_id is not None:
        base = (bases or {}).get(base_id)
        if base is None:
            raise top.fail(f"'extends' names an unknown schedule {base_id!r}")
        lines = list(base.lines) + lines
        adjustments = list(base.adjustments) + adjustments
    if not lines:
        raise top.fail("the schedule has no [[line]]")
    _check_bands(path, lines)
    questions = data.get("open_questions", [])
    authority = top.choice("authority", ("tariff_council", "cabinet"), "tariff_council")
    adopted = data.get("adopted")
    if adopted is not None and not isinstance(adopted, date):
        raise top.fail("'adopted' must be a date such as 2024-05-03")
    if authority == "tariff_council" and adopted is not None:
        # Methodology 004, 4.4: a Tariff Council decision takes effect one month after its adoption.
        earliest = _one_month_after(adopted)
        if effective < earliest:
            raise top.fail(
                f"a Tariff Council decision adopted on {adopted.isoformat()} takes effect one month "
                f"later, on {earliest.isoformat()} at the earliest, not {effective.isoformat()} "
                "(methodology 4.4)"
            )
    return Schedule(
        id=data["id"],
        source=data["source"],
        effective_from=effective,
        currency=str(data.get("currency", "AZN")),
        lines=tuple(lines),
        adjustments=tuple(adjustments),
        path=path,
        open_questions=tuple(str(q) for q in questions) if isinstance(questions, list) else (),
        adopted=adopted,
        authority=authority,
    )


def load_file(path: Path, bases: Mapping[str, Schedule] | None = None) -> Schedule:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ScheduleError(str(path), None, f"cannot be read: {exc}") from None
    return parse_schedule(text, str(path), bases)


def load_directory(directory: Path = SCHEDULES_DIR) -> list[Schedule]:
    """Every ``*.toml`` schedule in ``directory``, bases before the schedules that extend them."""
    pending = sorted(directory.glob("*.toml"))
    loaded: dict[str, Schedule] = {}
    while pending:
        progress = False
        for path in list(pending):
            try:
                extends = tomllib.loads(path.read_text(encoding="utf-8")).get("extends")
            except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError):
                extends = None
            if extends is not None and extends not in loaded:
                continue
            schedule = load_file(path, loaded)
            if schedule.id in loaded:
                raise ScheduleError(str(path), 1, f"duplicate schedule id {schedule.id!r}")
            loaded[schedule.id] = schedule
            pending.remove(path)
            progress = True
        if not progress:
            raise ScheduleError(
                str(pending[0]), 1, "'extends' names a schedule that is not in the folder"
            )
    return sorted(loaded.values(), key=lambda s: s.effective_from)


def in_force(schedules: Iterable[Schedule], on: date) -> Schedule | None:
    """The newest schedule whose ``effective_from`` is on or before ``on``."""
    candidates = [s for s in schedules if s.effective_from <= on]
    return max(candidates, key=lambda s: s.effective_from) if candidates else None
