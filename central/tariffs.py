"""The tariff schedule in force, from the dated TOML schedule files the kiosk bundles too."""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from pathlib import Path

# Azerbaijan keeps UTC+4 all year (no daylight saving since 2016).
BAKU = dt.timezone(dt.timedelta(hours=4), "AZT")


@dataclass(frozen=True)
class Schedule:
    id: str
    effective_from: dt.date
    source: str
    toml: str


def load_schedules(folder: Path) -> list[Schedule]:
    """Every ``*.toml`` schedule in ``folder`` with top-level ``id``, ``effective_from``, ``source``.

    Files without a readable ``id`` and ``effective_from`` date are skipped.
    """
    schedules: list[Schedule] = []
    if not folder.is_dir():
        return schedules
    for path in sorted(folder.glob("*.toml")):
        text = path.read_text(encoding="utf-8")
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError:
            continue
        sid, since = data.get("id"), data.get("effective_from")
        if not isinstance(sid, str) or not isinstance(since, dt.date):
            continue
        if isinstance(since, dt.datetime):
            since = since.date()
        schedules.append(Schedule(sid, since, str(data.get("source", "")), text))
    return schedules


def current(folder: Path, today: dt.date | None = None) -> Schedule | None:
    """The newest schedule whose ``effective_from`` is not after ``today`` (Baku time)."""
    today = today or dt.datetime.now(BAKU).date()
    in_force = [s for s in load_schedules(folder) if s.effective_from <= today]
    return max(in_force, key=lambda s: (s.effective_from, s.id), default=None)
