"""The UI's boundary to everything below it: one object with blocking calls, run off the UI thread.

Widgets never touch SQLite or HTTP. The composition root hands the window a :class:`KioskBackend`; the
window runs its calls in worker threads (:mod:`kiosk.ui.tasks`) and gets the results back by signal.

The protocol and its value types live in :mod:`kiosk.backend_protocol` (outside the UI package, so that
the backends need not import it); they are re-exported here for the screens and widgets. The window and
its status line import this module before the first paint: it imports nothing heavy.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from kiosk.backend_protocol import (
    BackendError,
    BackendOffline,
    BackendStatus,
    Challenge,
    IdentityRefused,
    IdentityRequired,
    KioskBackend,
    PrintOutcome,
    StatusCallback,
    SubmissionState,
    SubmissionStateName,
    Submitted,
    TrackKind,
    TrackResult,
    media_roots,
)

if TYPE_CHECKING:
    from kiosk.core.energy import RetailTariff

__all__ = [
    "BackendError",
    "BackendOffline",
    "BackendStatus",
    "Challenge",
    "IdentityRefused",
    "IdentityRequired",
    "KioskBackend",
    "PrintOutcome",
    "StatusCallback",
    "SubmissionState",
    "SubmissionStateName",
    "Submitted",
    "TrackKind",
    "TrackResult",
    "media_roots",
    "netmeter_tariffs",
]


def netmeter_tariffs(
    today: date | None, consumer_group: str | None
) -> tuple[RetailTariff, Decimal] | None:
    """The estimator's tariffs for the applicant's group: :func:`kiosk.core.energy.for_estimate_today`,
    imported when first asked (the schedules are not needed before the first paint)."""
    from kiosk.core import energy

    return energy.for_estimate_today(today, consumer_group)
