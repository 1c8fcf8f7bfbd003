"""The calendar is read in one place, once per session (issue: the suite passes on any date)."""

import ast
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from kiosk.core import clock, services, tariffs
from kiosk.core.application import Settings
from kiosk.core.wizard import Wizard
from kiosk.examples import example

ROOT = Path(__file__).resolve().parents[2]


def _wall_clock_reads(path: Path) -> list[int]:
    """Lines calling ``date.today()``, ``datetime.now()``/``utcnow()`` or ``datetime.today()``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            attr, owner = node.func.attr, node.func.value
            name = owner.id if isinstance(owner, ast.Name) else getattr(owner, "attr", "")
            if (name, attr) in {
                ("date", "today"),
                ("datetime", "today"),
                ("datetime", "now"),
                ("datetime", "utcnow"),
            }:
                found.append(node.lineno)
    return found


def test_only_the_clock_module_reads_the_calendar():
    offenders = {}
    for path in sorted((ROOT / "kiosk").rglob("*.py")):
        if path == ROOT / "kiosk/core/clock.py":
            continue
        lines = _wall_clock_reads(path)
        if lines:
            offenders[str(path.relative_to(ROOT))] = lines
    assert offenders == {}


def test_the_checker_sees_a_wall_clock_read(tmp_path: Path):
    sample = tmp_path / "m.py"
    sample.write_text("import datetime as dt\nfrom datetime import date\nx = date.today()\n")
    assert _wall_clock_reads(sample) == [3]


def test_today_is_the_date_in_baku():
    # 22:30 UTC on 31 December is already 1 January in Baku (UTC+4 all year).
    late = datetime(2027, 12, 31, 22, 30, tzinfo=UTC)
    assert clock.today(lambda: late) == date(2028, 1, 1)
    assert clock.today(clock.fixed(date(2029, 2, 28))) == date(2029, 2, 28)


def test_a_session_reads_the_clock_once_and_again_after_a_wipe():
    reads = []
    days = iter([date(2027, 3, 1), date(2027, 3, 2)])

    def counting() -> datetime:
        reads.append(1)
        return clock.fixed(next(days))()

    w = Wizard(services.get("water_reading"), Settings(), tariffs.load_directory(), counting)
    data = example("water_reading", date(2027, 3, 2))  # read on 1 March: a future date
    for name, value in data.items():
        if name != "meters":
            w.set(name, value)
    w.answers["meters"] = data["meters"]
    for _ in range(5):
        w.errors()
        w.next()
    assert len(reads) == 1
    assert w.settings.today == date(2027, 3, 1)
    w.wipe()
    assert len(reads) == 2
    assert w.settings.today == date(2027, 3, 2)


def test_a_session_that_crosses_midnight_keeps_its_day():
    start = datetime(2027, 6, 30, 23, 59, 50, tzinfo=clock.BAKU)
    moments = iter([start, start + timedelta(minutes=1)])
    w = Wizard(
        services.get("household"), Settings(), tariffs.load_directory(), lambda: next(moments)
    )
    quote_day = w.settings.today
    w.set("power_kw", "5")
    assert quote_day == date(2027, 6, 30)
    assert w.quote().breakdown["date"] == "2027-06-30"  # type: ignore[union-attr]
