"""Tariff schedules on the kiosk: the bundled ones plus those downloaded from the central API.

A downloaded schedule is checked by the same parser as the bundled ones (``kiosk.core.tariffs``, format
in ``docs/TARIFFS.md``) before it is saved to ``<data_dir>/schedules/<id>.toml``; one with the id of a
bundled schedule takes its place (the central API is the authority on a decision's numbers).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from kiosk.config import KioskConfig
from kiosk.core import tariffs
from kiosk.core.tariffs import Schedule, ScheduleError
from kiosk.staff.files import write_private

_SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._\-]{0,63}$")


def downloaded_dir(config: KioskConfig) -> Path:
    return config.data_dir / "schedules"


def _extends(path: Path) -> str | None:
    try:
        value = tomllib.loads(path.read_text(encoding="utf-8")).get("extends")
    except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError):
        return None
    return value if isinstance(value, str) else None


def load_schedules(config: KioskConfig) -> list[Schedule]:
    """The bundled schedules and the downloaded ones, oldest first (what the fee engine is given)."""
    loaded = {s.id: s for s in tariffs.load_directory()}
    folder = downloaded_dir(config)
    pending = sorted(folder.glob("*.toml")) if folder.is_dir() else []
    while pending:
        progress = False
        for path in list(pending):
            base = _extends(path)
            if base is not None and base not in loaded:
                continue
            schedule = tariffs.load_file(path, loaded)
            loaded[schedule.id] = schedule
            pending.remove(path)
            progress = True
        if not progress:
            raise ScheduleError(str(pending[0]), 1, "'extends' names a schedule that is not known")
    return sorted(loaded.values(), key=lambda s: (s.effective_from, s.id))


@dataclass(frozen=True)
class ScheduleInfo:
    id: str
    source: str
    effective_from: date
    origin: str  # "bundled" | "downloaded"
    in_force: bool


def describe(schedules: list[Schedule], today: date) -> list[ScheduleInfo]:
    current = tariffs.in_force(schedules, today)
    bundled = tariffs.SCHEDULES_DIR.resolve()
    return [
        ScheduleInfo(
            s.id,
            s.source,
            s.effective_from,
            "bundled" if Path(s.path).resolve().parent == bundled else "downloaded",
            current is not None and s.id == current.id,
        )
        for s in schedules
    ]


def save_downloaded(
    config: KioskConfig, document: dict[str, Any], known: list[Schedule]
) -> tuple[Schedule, bool]:
    """Check the central API's ``GET /api/v1/tariffs/current`` answer (docs/WIRE.md) and save it.

    Returns the schedule and whether it was new or changed. Raises :class:`ScheduleError`.
    """
    text = document.get("toml")
    schedule_id = document.get("id")
    if not isinstance(text, str) or not isinstance(schedule_id, str):
        raise ScheduleError("<central>", None, "the answer has no 'id' and 'toml'")
    if not _SAFE_ID.match(schedule_id):
        raise ScheduleError("<central>", None, f"unusable schedule id {schedule_id!r}")
    bases = {s.id: s for s in known if s.id != schedule_id}
    target = downloaded_dir(config) / f"{schedule_id}.toml"
    schedule = tariffs.parse_schedule(text, str(target), bases)
    if schedule.id != schedule_id:
        raise ScheduleError(str(target), 1, f"the file's id {schedule.id!r} is not {schedule_id!r}")
    previous = next((s for s in known if s.id == schedule_id), None)
    changed = previous is None or previous != tariffs.parse_schedule(text, previous.path, bases)
    if changed:
        write_private(target, text.encode("utf-8"), mode=0o644)
    return schedule, changed
