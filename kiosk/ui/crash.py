"""Unexpected errors: logged without personal data, an apology on screen, the session restarted.

No traceback ever reaches the screen. The log keeps the exception's type and where it happened (file,
line, function) but never its message or any variable, which could hold a FİN, a name or a phone number.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

log = logging.getLogger("kiosk.ui.crash")

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def describe(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    frames = traceback.extract_tb(tb) if tb is not None else []
    where = " <- ".join(
        f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno} {f.name}" for f in reversed(frames)
    )
    return f"{exc_type.__module__}.{exc_type.__qualname__} at {where or 'unknown place'}"


def make_hook(show_apology: Callable[[], None]) -> Hook:
    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("unexpected error (session restarted): %s", describe(exc_type, tb))
        try:
            show_apology()
        except Exception as inner:  # the apology itself must never take the kiosk down
            log.error("apology page failed: %s", describe(type(inner), inner.__traceback__))

    return hook


def install(show_apology: Callable[[], None]) -> Hook:
    """Replace ``sys.excepthook``; returns the previous hook."""
    previous = sys.excepthook
    sys.excepthook = make_hook(show_apology)
    return previous
