"""The backend the window is given while the real one opens: the home screen paints first.

A terminal's start is measured to the first painted home screen (docs/PERFORMANCE.md). Opening the
outbox (sqlite-utils, the integrity check, the key), loading the tariff schedules and the validators and
building the other screens all wait until that paint (``kiosk/app.py``). Until then the window holds a
:class:`PendingBackend`: it knows what the configuration says (the default language, the idle time-out)
and hands every other question to the real backend once :meth:`PendingBackend.attach` gives it one.

Nothing here imports Qt or anything heavy.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from kiosk.config import KioskConfig

if TYPE_CHECKING:
    from kiosk.backend_protocol import (
        BackendStatus,
        Challenge,
        KioskBackend,
        PrintOutcome,
        StatusCallback,
        Submitted,
        TrackResult,
    )
    from kiosk.core.application import Settings, ValidatedApplication
    from kiosk.core.fees import Quote
    from kiosk.core.tariffs import Schedule

# Longer than any start-up could take; a call that still finds no backend gets BackendError.
OPEN_TIMEOUT_S = 120.0
NOT_OPENED = "outbox.error"  # "could not be saved on this kiosk … ask staff" (kiosk/ui/texts.py)


class PendingBackend:
    """A :class:`~kiosk.backend_protocol.KioskBackend` that forwards to the real one once attached.

    A call that comes before :meth:`attach` (the UI makes them off its thread) waits for it; listeners
    subscribed before are handed over. :meth:`fail` releases the waiting calls with an error."""

    def __init__(self, config: KioskConfig) -> None:
        self.default_language = config.language
        self.demo = config.demo
        self.idle_timeout_s = float(config.idle_timeout_s)
        self._ready = threading.Event()
        self._lock = threading.Lock()
        self._real: KioskBackend | None = None
        self._error: BaseException | None = None
        self._listeners: list[StatusCallback] = []

    # --- the hand-over ---------------------------------------------------------------------------
    def attach(self, backend: KioskBackend) -> None:
        with self._lock:
            self._real = backend
            listeners, self._listeners = self._listeners, []
        for callback in listeners:
            backend.subscribe(callback)
        self._ready.set()

    def fail(self, error: BaseException) -> None:
        """The real backend could not be opened: calls waiting for it (and later ones) raise."""
        self._error = error
        self._ready.set()

    @property
    def ready(self) -> bool:
        return self._real is not None

    @property
    def real(self) -> KioskBackend:
        """The real backend, waiting for it if need be."""
        if not self._ready.wait(OPEN_TIMEOUT_S) or self._real is None:
            from kiosk.backend_protocol import BackendError

            raise BackendError(NOT_OPENED, repr(self._error or "not opened in time"))
        return self._real

    # --- what the window may ask before the hand-over ---------------------------------------------
    def subscribe(self, callback: StatusCallback) -> None:
        with self._lock:
            if self._real is None:
                self._listeners.append(callback)
                return
            real = self._real
        real.subscribe(callback)

    # --- everything else is the real backend's ------------------------------------------------------
    @property
    def settings(self) -> Settings:
        return self.real.settings

    @property
    def schedules(self) -> list[Schedule]:
        return self.real.schedules

    def lookup(self, kind: str, key: str, language: str = "az") -> dict[str, Any] | None:
        return self.real.lookup(kind, key, language)

    def verify_identity(self, challenge: Challenge, code: str) -> dict[str, Any]:
        return self.real.verify_identity(challenge, code)

    def submit(
        self, application: ValidatedApplication, quote: Quote | None, language: str
    ) -> Submitted:
        return self.real.submit(application, quote, language)

    def print_receipt(self, tracking_code: str, language: str, fmt: str = "roll") -> PrintOutcome:
        return self.real.print_receipt(tracking_code, language, fmt)

    def track(self, code: str, language: str) -> TrackResult:
        return self.real.track(code, language)

    def status(self) -> BackendStatus:
        return self.real.status()

    def __getattr__(self, name: str) -> Any:
        # Optional attributes of a backend (netmeter_tariffs, media_roots, worker, outbox, …).
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.real, name)
