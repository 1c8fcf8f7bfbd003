"""Timed clean-up in every ``central serve`` worker, so that nothing depends on the next request.

Expired phone hand-offs (central/handoffs.py, docs/PHOTOS.md) lose their photo bytes and, later,
their rows: until now that ran only when another hand-off request came, so a photo uploaded to a
kiosk that then died stayed in the database on a quiet central. Each pass is one short transaction
on an engine of its own (one connection: nothing taken from the request lanes, central/capacity.py);
several workers running it side by side do the same idempotent update.
"""

from __future__ import annotations

import logging
import math
import os
import threading

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import sessionmaker

from central import handoffs
from central.db import make_engine

log = logging.getLogger(__name__)

EVERY_ENV = "CENTRAL_HOUSEKEEPING_S"
DEFAULT_EVERY_S = 60.0


def every_s() -> float:
    """``CENTRAL_HOUSEKEEPING_S``: seconds between two passes (default 60); ValueError with a one-line
    message for anything but a finite number from 0.1 to 86 400."""
    raw = os.environ.get(EVERY_ENV, "").strip()
    if not raw:
        return DEFAULT_EVERY_S
    try:
        value = float(raw)
    except ValueError:
        raise ValueError(f"{EVERY_ENV}={raw!r} is not a number") from None
    if not math.isfinite(value) or not 0.1 <= value <= 86_400:
        raise ValueError(f"{EVERY_ENV}={raw!r} must be from 0.1 to 86400 seconds")
    return value


def run_once(make_session: sessionmaker) -> None:  # type: ignore[type-arg]
    """One pass: expired hand-offs purged."""
    with make_session() as session:
        handoffs.purge_now(session)


class Housekeeping:
    """The passes on a daemon thread: ``Housekeeping(database_url).start()`` … ``stop()``."""

    def __init__(self, database_url: str, interval_s: float | None = None) -> None:
        self.interval_s = every_s() if interval_s is None else interval_s
        self.engine = make_engine(database_url, pool_size=1, max_overflow=0)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.stop_event = threading.Event()
        self.thread = threading.Thread(target=self._run, name="housekeeping", daemon=True)

    def start(self) -> Housekeeping:
        self.thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self.stop_event.set()
        self.thread.join(timeout)
        if not self.thread.is_alive():
            self.engine.dispose()

    def _run(self) -> None:
        down = False
        while not self.stop_event.wait(self.interval_s):
            try:
                run_once(self.sessions)
                down = False
            except SQLAlchemyError as exc:  # the database is away: the next pass tries again
                if not down:
                    log.warning("housekeeping: database error (%s); retrying", type(exc).__name__)
                down = True
            except Exception as exc:  # never the end of the thread; its type only (no data)
                log.error("housekeeping: unexpected %s; going on", type(exc).__name__)
