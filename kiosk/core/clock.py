"""The one place the kiosk reads the calendar.

Azerbaijan keeps UTC+4 all year, so "today" is the date in Baku whatever the terminal's time zone. Code that
needs a date takes it as a parameter (``Settings.today``, ``QuoteRequest.on``); a session reads the clock
once when it starts and keeps that date (``kiosk.core.wizard.Wizard``), so one application never sees two
different days. Tests pass a fixed date and never depend on the wall clock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone

BAKU = timezone(timedelta(hours=4), "AZT")

Clock = Callable[[], datetime]


def system() -> datetime:
    """Now, in Baku time."""
    return datetime.now(UTC).astimezone(BAKU)


def today(clock: Clock | None = None) -> date:
    """Today's date in Baku by ``clock`` (the system clock when not given)."""
    return (clock or system)().astimezone(BAKU).date()


def fixed(moment: datetime | date) -> Clock:
    """A clock that always says ``moment`` (a date means noon, Baku time)."""
    if isinstance(moment, datetime):
        at = moment if moment.tzinfo else moment.replace(tzinfo=BAKU)
    else:
        at = datetime(moment.year, moment.month, moment.day, 12, tzinfo=BAKU)
    return lambda: at
