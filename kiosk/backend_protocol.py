"""The kiosk's backend protocol: what the touch screen asks of everything below it, and the answers.

One object with blocking calls (:class:`KioskBackend`), run off the UI thread. The real one is
:class:`kiosk.backend.CentralBackend` (outbox, sync worker, HTTP client, receipts); the start-up path holds a
:class:`kiosk.startup.PendingBackend` until it is open. The protocol lives outside ``kiosk/ui`` so that
those implementations need not import the UI package; ``kiosk/ui/backend.py`` re-exports it for the screens.

The window and its status line import this module before the first paint: it imports nothing heavy (the
core's types are named for type checking only).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, Protocol

if TYPE_CHECKING:
    from kiosk.core.application import Settings, ValidatedApplication
    from kiosk.core.fees import Quote
    from kiosk.core.tariffs import Schedule


class BackendOffline(Exception):
    """The central API cannot be reached now (no link, timeout). The applicant can go on offline."""


@dataclass(frozen=True)
class Challenge:
    """A one-time code sent by SMS to the mobile number the registry holds (docs/WIRE.md "Identity").
    ``sent_to`` is that number masked (``+994 ** *** ** 67``)."""

    id: str
    kind: str
    key: str
    sent_to: str
    resend_after_s: int = 30


class IdentityRequired(Exception):
    """A personal look-up: the registry's answer comes once the code sent to ``challenge.sent_to`` is
    typed back (:meth:`KioskBackend.verify_identity`)."""

    def __init__(self, challenge: Challenge) -> None:
        super().__init__("identity required")
        self.challenge = challenge


class IdentityRefused(Exception):
    """``message_id``: ``identity.no_mobile``, ``identity.too_many_codes``, ``identity.code_wrong``
    (``attempts_left``), ``identity.code_expired``, ``identity.code_locked``."""

    def __init__(self, message_id: str, attempts_left: int | None = None) -> None:
        super().__init__(message_id)
        self.message_id = message_id
        self.attempts_left = attempts_left


class BackendError(Exception):
    """A failure the applicant must be told about; ``message_id`` is translated by the UI."""

    def __init__(self, message_id: str, detail: str = "") -> None:
        super().__init__(f"{message_id}: {detail}" if detail else message_id)
        self.message_id = message_id
        self.detail = detail


@dataclass(frozen=True)
class Submitted:
    tracking_code: str
    submission_id: str
    sent: bool  # already accepted by the central API (normally False: the outbox sends it later)


@dataclass(frozen=True)
class PrintOutcome:
    ok: bool
    message_id: str | None = None  # e.g. printer.paper_out, when not ok
    path: str | None = None  # the PDF written, for the file printer


TrackKind = Literal["local", "remote", "not_found", "offline"]


@dataclass(frozen=True)
class TrackResult:
    """``offline`` may still carry what this kiosk knows of an application it sent: ``sent_at`` and
    the last status it heard of (``status``, at ``status_at``)."""

    kind: TrackKind
    status: str | None = None
    status_text: str | None = None
    timeline: list[dict[str, Any]] = field(default_factory=list)
    next_step: str | None = None
    sent_at: datetime | None = None
    status_at: datetime | None = None


SubmissionStateName = Literal["pending", "sending", "sent", "rejected"]


@dataclass(frozen=True)
class SubmissionState:
    """Where a submission stored on this kiosk stands now (the outbox's own word)."""

    state: SubmissionStateName
    sent_at: datetime | None = None


@dataclass(frozen=True)
class BackendStatus:
    online: bool
    pending: int = 0  # saved on the kiosk, waiting to be sent
    rejected: int = 0
    last_sync: datetime | None = None


StatusCallback = Callable[[BackendStatus], None]


class KioskBackend(Protocol):
    """What the UI needs from below. Every method may block; the UI never calls them on its thread."""

    settings: Settings
    schedules: list[Schedule]
    idle_timeout_s: float
    default_language: str

    def lookup(self, kind: str, key: str, language: str = "az") -> dict[str, Any] | None:
        """``person`` | ``azersu`` | ``azerishiq`` | ``grid`` → the registry's answer (docs/WIRE.md),
        None when not found; raises :class:`BackendOffline` when offline or too slow. A personal
        look-up (``kiosk.core.lookups.PERSONAL``) raises :class:`IdentityRequired` instead, once the
        code is on its way (in ``language``), or :class:`IdentityRefused` when it cannot be sent."""

    def verify_identity(self, challenge: Challenge, code: str) -> dict[str, Any]:
        """The registry's answer of ``challenge``'s look-up once ``code`` is right; raises
        :class:`IdentityRefused` or :class:`BackendOffline`."""

    def submit(
        self, application: ValidatedApplication, quote: Quote | None, language: str
    ) -> Submitted:
        """Commit the application to the durable outbox (never waits for the network); raises
        :class:`BackendError` (``outbox.halted``, ``outbox.disk_full`` …) when it cannot be stored."""

    def print_receipt(self, tracking_code: str, language: str, fmt: str = "roll") -> PrintOutcome:
        """Print the receipt of a stored submission; failures come back as ``ok=False``."""

    def track(self, code: str, language: str) -> TrackResult:
        """The state of the application with this (already checked) tracking code."""

    def status(self) -> BackendStatus:
        """Online or not, and how many submissions wait on the kiosk."""

    def submission_state(self, tracking_code: str) -> SubmissionState | None:
        """The outbox state of a submission made on this kiosk (None when it holds no such row)."""

    def tracking_url(self, tracking_code: str) -> str:
        """The address the receipt's QR code holds: the application's status page for a phone."""

    def subscribe(self, callback: StatusCallback) -> None:
        """Call ``callback`` (from any thread) whenever the status changes."""


def media_roots(backend: object) -> list[str]:
    """Folders where removable media appear (meter photos are picked from there)."""
    value = getattr(backend, "media_roots", None)
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    return ["/media", "/run/media", "/mnt"]
