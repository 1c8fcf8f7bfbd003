"""The kiosk's real backend: what the :class:`~kiosk.backend_protocol.KioskBackend` protocol asks,
done with the durable outbox, the sync worker, the central API client and the receipt printer.

Every method may block (the UI calls them off its thread). Nothing here imports Qt.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from kiosk.api.results import ApiError
from kiosk.backend_protocol import (
    BackendError,
    BackendOffline,
    BackendStatus,
    Challenge,
    IdentityRefused,
    IdentityRequired,
    PrintOutcome,
    StatusCallback,
    SubmissionState,
    Submitted,
    TrackResult,
)
from kiosk.config import KioskConfig
from kiosk.core import clock, lookups, tracking
from kiosk.core.application import Settings, ValidatedApplication
from kiosk.core.fees import Quote
from kiosk.core.tariffs import Schedule
from kiosk.offline_queue.errors import OutboxError
from kiosk.offline_queue.models import Attachment, SyncStatus
from kiosk.offline_queue.store import Outbox
from kiosk.offline_queue.worker import SyncWorker
from kiosk.phone_handoffs import PhoneHandoffs

if TYPE_CHECKING:
    from kiosk.api.client import CentralClient

log = logging.getLogger(__name__)


def settings_for(config: KioskConfig) -> Settings:
    """What validation takes from ``config``, with the central's limits last heard (or the documented
    ones: kiosk/central_limits.py)."""
    from kiosk.central_limits import cached

    return Settings(
        azersu_code_min_len=config.azersu_code_min_len,
        azersu_code_max_len=config.azersu_code_max_len,
        max_attachment_bytes=config.max_attachment_bytes,
        limits=cached(config.data_dir),
    )


class CentralBackend:
    def __init__(
        self,
        config: KioskConfig,
        outbox: Outbox,
        client: CentralClient,
        worker: SyncWorker | None,
        schedules: list[Schedule],
        printer_factory: Callable[[], Any] | None = None,
    ) -> None:
        self.config = config
        self.outbox = outbox
        self.client = client
        self.worker = worker
        self.schedules = schedules
        self.settings = settings_for(config)
        self.idle_timeout_s = float(config.idle_timeout_s)
        self.default_language = config.language
        self.demo = config.demo
        self.media_roots = ["/media", "/run/media", "/mnt"]
        # Meter photos from the applicant's phone (docs/PHOTOS.md), over the same client.
        self.phone_handoffs = PhoneHandoffs(client)
        self._printer_factory = printer_factory or self._default_printer
        self._callbacks: list[StatusCallback] = []
        self._lock = threading.Lock()
        self._online = True
        # The last status the central API gave for a code tracked here (said again when it is away).
        self._last_status: dict[str, tuple[str | None, str | None, datetime]] = {}
        # What the heartbeat tells beyond the outbox (docs/WIRE.md "Heartbeat").
        self.printer_state = "unknown"
        self.staff_call = False
        if worker is not None:
            worker.subscribe(self._on_sync_status)
            worker.facts = self.kiosk_facts

    # --- look-ups ----------------------------------------------------------------------------------
    def lookup(self, kind: str, key: str, language: str = "az") -> dict[str, Any] | None:
        if kind in lookups.PERSONAL:
            return self._identity(kind, key, language)
        calls = {
            "azerishiq": self.client.lookup_azerishiq,
            "grid": self.client.lookup_grid,
        }
        try:
            result = calls[kind](key)
        except ApiError as exc:
            log.info("look-up %s unavailable: %s", kind, exc.message_id)
            self._set_online(exc.message_id not in {"api.timeout", "api.unavailable"})
            raise BackendOffline(exc.message_id) from None
        self._set_online(True)
        return result

    def _identity(self, kind: str, key: str, language: str) -> dict[str, Any] | None:
        """A personal look-up answers after a one-time code (docs/WIRE.md "Identity")."""
        try:
            found = self.client.start_identity(kind, key, language)
        except ApiError as exc:
            raise self._identity_failure(exc) from None
        self._set_online(True)
        if found is None:
            return None
        raise IdentityRequired(
            Challenge(
                id=str(found["id"]),
                kind=kind,
                key=key,
                sent_to=str(found.get("sent_to") or ""),
                resend_after_s=_int(found.get("resend_after_s"), 30),
            )
        )

    def verify_identity(self, challenge: Challenge, code: str) -> dict[str, Any]:
        try:
            record = self.client.verify_identity(challenge.id, challenge.kind, challenge.key, code)
        except ApiError as exc:
            raise self._identity_failure(exc) from None
        self._set_online(True)
        return record

    def _identity_failure(self, exc: ApiError) -> Exception:
        if exc.message_id.startswith("identity."):
            self._set_online(True)
            left = int(exc.detail) if exc.detail.isdigit() else None
            return IdentityRefused(exc.message_id, left)
        log.info("identity code unavailable: %s", exc.message_id)
        self._set_online(exc.message_id not in {"api.timeout", "api.unavailable"})
        return BackendOffline(exc.message_id)

    def refresh_limits(self) -> None:
        """Ask the central what it accepts and check the next applications against that (kept for the
        next start); when it cannot say, the limits known so far stay."""
        from kiosk.central_limits import fetch

        try:
            limits = fetch(self.client, self.config.data_dir)
        except Exception:  # off the start-up path, on its own thread: the known limits stay
            log.warning("the central's limits could not be asked", exc_info=True)
            return
        if limits is not None:
            self.settings = replace(self.settings, limits=limits)

    # --- submissions -------------------------------------------------------------------------------
    def submit(
        self, application: ValidatedApplication, quote: Quote | None, language: str
    ) -> Submitted:
        code = tracking.new_code()
        files = [
            Attachment(path, a.filename, a.content_type, a.data)
            for path, a in application.attachments.items()
        ]
        try:
            submission_id = self.outbox.enqueue(
                service=application.service,
                tracking_code=code,
                payload=application.payload,
                quote=quote.to_dict() if quote is not None else None,
                language=language,
                attachments=files,
            )
        except OutboxError as exc:
            log.error("submission not stored: %s", exc.message_id)
            raise BackendError(exc.message_id) from None
        # Committed: only now may the receipt print. The worker sends it when the network allows.
        if self.worker is not None:
            self.worker.notify()
        self._notify()
        return Submitted(code, str(submission_id), sent=False)

    # --- receipts ----------------------------------------------------------------------------------
    def _default_printer(self) -> Any:
        from kiosk.receipt_files import kiosk_printer

        return kiosk_printer(self.config, self.outbox.codec)

    def receipt(self, tracking_code: str, language: str | None = None) -> Any:
        """The receipt of a stored submission, or None when the outbox does not hold it (any longer)."""
        from kiosk.receipts.model import receipt_from_submission

        item = self.outbox.find_by_tracking_code(tracking_code)
        if item is None:
            return None
        record = self.outbox.receipt_record(item.id)
        if record is None:
            return None
        return receipt_from_submission(
            record,
            kiosk_id=self.config.kiosk_id,
            centre_name=self.config.centre_name,
            public_status_url=self.config.status_base_url,
            sent=item.state == "sent",
            language=language,
            demo=self.config.demo,
        )

    def print_receipt(self, tracking_code: str, language: str, fmt: str = "roll") -> PrintOutcome:
        from kiosk.receipts.printing import PrinterError

        try:
            receipt = self.receipt(tracking_code, language)
            if receipt is None:
                return PrintOutcome(False, "printer.failed")
            result = self._printer_factory().print_receipt(receipt)
        except PrinterError as exc:
            self.printer_state = "paper_out" if exc.message_id == "printer.paper_out" else "error"
            return PrintOutcome(False, exc.message_id)
        except ImportError:
            self.printer_state = "error"
            # A module the printer needs is missing: the installation is broken, not the printer. It
            # must not pass for a printer fault (every receipt would fail quietly): it goes up as the
            # bug it is (``kiosk self-test`` finds it before a terminal opens).
            log.critical("receipt %s: the printer backend cannot be loaded", tracking_code)
            raise
        except Exception:  # the submission is safe; the applicant gets the calm printer message
            log.exception("receipt %s could not be printed", tracking_code)
            self.printer_state = "error"
            return PrintOutcome(False, "printer.failed")
        self.printer_state = "ok"
        path = getattr(result, "path", None)
        return PrintOutcome(True, None, str(path) if path else None)

    # --- ratings and the heartbeat ----------------------------------------------------------------
    def rate(self, tracking_code: str, score: int) -> None:
        """Keep the applicant's 1–5 rating in the outbox; the sync worker sends it once the central API
        has the application (docs/OUTBOX.md "Ratings")."""
        try:
            self.outbox.add_rating(tracking_code, score)
        except OutboxError as exc:
            log.warning("rating not stored: %s", exc.message_id)
            raise BackendError(exc.message_id) from None
        if self.worker is not None:
            self.worker.notify()

    def set_staff_call(self, raised: bool) -> None:
        """An applicant's "Call staff" is raised (True) or was handled (False)."""
        self.staff_call = raised

    def kiosk_facts(self) -> dict[str, Any]:
        """For the heartbeat, from the worker's thread: the printer's last known state, "Call staff"."""
        return {"printer_state": self.printer_state, "staff_call": self.staff_call}

    # --- tracking ----------------------------------------------------------------------------------
    def track(self, code: str, language: str) -> TrackResult:
        code = tracking.parse(code)
        item = self.outbox.find_by_tracking_code(code)
        if item is not None and item.state != "sent":
            return TrackResult("local", status=item.state)
        try:
            status = self.client.status(code, language)
        except ApiError:
            self._set_online(False)
            return self._known_offline(code, item)
        self._set_online(True)
        if status is None:
            return TrackResult("not_found")
        with self._lock:
            self._last_status[code] = (status.status, status.status_text, clock.system())
        return TrackResult(
            "remote",
            status=status.status,
            status_text=status.status_text,
            timeline=list(status.timeline),
            next_step=status.next_step,
        )

    def _known_offline(self, code: str, item: Any) -> TrackResult:
        """The central API cannot be asked: say what this kiosk knows (it sent it, and when; the last
        status it heard of), never that a sent application is waiting to be sent."""
        sent_at = datetime.fromtimestamp(item.sent_at, UTC) if item and item.sent_at else None
        with self._lock:
            last = self._last_status.get(code)
        if last is not None:
            status, text, at = last
            return TrackResult("offline", status, text, sent_at=sent_at, status_at=at)
        if item is not None:  # accepted by the central API: it was received then
            return TrackResult("offline", "received", sent_at=sent_at, status_at=sent_at)
        return TrackResult("offline")

    def submission_state(self, tracking_code: str) -> SubmissionState | None:
        item = self.outbox.find_by_tracking_code(tracking_code)
        if item is None:
            return None
        sent_at = datetime.fromtimestamp(item.sent_at, UTC) if item.sent_at else None
        return SubmissionState(item.state, sent_at)

    def tracking_url(self, tracking_code: str) -> str:
        from kiosk.receipts.model import status_url

        return status_url(self.config.status_base_url, tracking_code)

    # --- status ------------------------------------------------------------------------------------
    def status(self) -> BackendStatus:
        counts = self.outbox.counts()
        last = self.outbox.last_success_at()
        return BackendStatus(
            online=self._online,
            pending=counts.get("pending", 0) + counts.get("sending", 0),
            rejected=counts.get("rejected", 0),
            last_sync=datetime.fromtimestamp(last, UTC) if last else None,
        )

    def subscribe(self, callback: StatusCallback) -> None:
        with self._lock:
            self._callbacks.append(callback)

    def _on_sync_status(self, status: SyncStatus) -> None:
        if status.online is not None:
            self._online = bool(status.online)
        self._notify()

    def _set_online(self, online: bool) -> None:
        if online != self._online:
            self._online = online
            self._notify()

    def _notify(self) -> None:
        try:
            status = self.status()
        except OutboxError:
            return
        with self._lock:
            callbacks = list(self._callbacks)
        for callback in callbacks:
            try:
                callback(status)
            except Exception:
                log.exception("status listener failed")

    def close(self) -> None:
        if self.worker is not None:
            self.worker.stop()
        self.client.close()
        self.outbox.close()


def _int(value: object, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default
