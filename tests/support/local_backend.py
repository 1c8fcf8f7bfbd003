"""An in-process :class:`~kiosk.backend_protocol.KioskBackend` over plain Python objects: a test double.

For the UI's tests, the screenshots and the touch benchmark: look-ups answer from a small invented
registry, submissions go into a real outbox file when a path is given (``kiosk.offline_queue``),
otherwise into a list; tracking answers from the outbox and from a dict of remote statuses. It is not
part of the kiosk (nothing under ``kiosk/`` imports it, and it is neither packaged nor bundled); the
kiosk itself always runs :class:`kiosk.backend.CentralBackend`, against a central API or its local one.

Importable as ``local_backend``: ``tests/conftest.py`` puts this folder on ``sys.path``; the scripts and
benchmarks that use it do the same.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

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
from kiosk.core import lookups, tariffs, tracking
from kiosk.core.application import Settings, ValidatedApplication
from kiosk.core.fees import Quote

# Invented people and subscribers (no likeness to real persons intended).
SAMPLE_REGISTRY: dict[str, dict[str, dict[str, Any]]] = {
    "person": {
        "5ZK2M8P": {
            "fin": "5ZK2M8P",
            "surname": "Məmmədov",
            "given_name": "Elçin",
            "patronymic": "Rəşid oğlu",
            "address": "Bakı şəhəri, Səməd Vurğun küçəsi 34",
        },
        "4RS6GHU": {
            "fin": "4RS6GHU",
            "surname": "İsmayılova",
            "given_name": "Şəbnəm",
            "patronymic": "Ələkbər qızı",
            "address": "Şəki şəhəri, M. F. Axundzadə pr. 15",
        },
    },
    "azersu": {
        "1002003001": {
            "subscriber_code": "1002003001",
            "surname": "Quliyeva",
            "given_name": "Aynur",
            "patronymic": "Çingiz qızı",
            "address": "Gəncə şəhəri, Atatürk prospekti 56",
            "meters": [
                {
                    "factory_number": "WM123456",
                    "seal_number": "PL7788",
                    "last_reading": "245.300",
                    "last_reading_date": "2026-10-01",
                }
            ],
        },
    },
    "azerishiq": {
        "100200300400500": {
            "subscriber_code": "100200300400500",
            "connected_power_kw": "15",
            "phase": 3,
            "consumer": tariffs.HOUSEHOLD,
            "district": "baki",
        },
    },
    # Methodology 1.2.8: metres from the object to the nearest 0.4 kV transformer.
    "grid": {
        "seki|AB-123456": {"distance_m": 120, "transformer": "TP-SK-0412"},
        "qebele|QB-400500": {"distance_m": 1250, "transformer": "TP-QB-0071"},
    },
}


class LocalBackend:
    def __init__(
        self,
        *,
        outbox_path: str | Path | None = None,
        online: bool = True,
        registry: Mapping[str, Mapping[str, Mapping[str, Any]]] | None = None,
        remote_statuses: Mapping[str, Mapping[str, Any]] | None = None,
        printer_error: str | None = None,
        idle_timeout_s: float = 90,
        default_language: str = "az",
        settings: Settings | None = None,
        media_roots: list[str] | None = None,
        lookup_delay: threading.Event | None = None,
        public_status_url: str = "https://status.example.az",
        identity_codes: bool = False,
    ) -> None:
        self.settings = settings or Settings()
        self.schedules = tariffs.load_directory()
        self.idle_timeout_s = idle_timeout_s
        self.default_language = default_language
        self.media_roots = media_roots or ["/media", "/run/media", "/mnt"]
        self.online = online
        self.registry = registry if registry is not None else SAMPLE_REGISTRY
        self.remote_statuses = dict(remote_statuses or {})
        self.printer_error = printer_error
        self.lookup_delay = lookup_delay  # tests: a look-up waits for this event
        self.public_status_url = public_status_url
        # Personal look-ups ask for a one-time code first, as the central does; ``sms`` holds the codes
        # "sent" (kind, key, code), ``no_mobile`` the keys with no number in the registry.
        self.identity_codes = identity_codes
        self.sms: list[tuple[str, str, str]] = []
        self.no_mobile: set[str] = set()
        self._challenges: dict[str, tuple[str, str, str, int]] = {}
        self.submitted: list[tuple[Submitted, ValidatedApplication, Quote | None]] = []
        self.printed: list[str] = []
        self._callbacks: list[StatusCallback] = []
        self.outbox: Any = None
        if outbox_path is not None:
            from kiosk.offline_queue.store import Outbox

            self.outbox = Outbox(outbox_path)

    def close(self) -> None:
        if self.outbox is not None:
            self.outbox.close()

    # --- look-ups -----------------------------------------------------------------------------------
    def lookup(self, kind: str, key: str, language: str = "az") -> dict[str, Any] | None:
        if self.lookup_delay is not None:
            self.lookup_delay.wait(10)
        if not self.online:
            raise BackendOffline(kind)
        found = self.registry.get(kind, {}).get(key)
        if found is None:
            return None
        if self.identity_codes and kind in lookups.PERSONAL:
            if key in self.no_mobile:
                raise IdentityRefused("identity.no_mobile")
            code = f"{len(self.sms) + 1:06d}"
            challenge = Challenge(f"c{len(self.sms) + 1}", kind, key, "+994 ** *** ** 67", 30)
            self._challenges[challenge.id] = (kind, key, code, 0)
            self.sms.append((kind, key, code))
            raise IdentityRequired(challenge)
        return dict(found)

    def verify_identity(self, challenge: Challenge, code: str) -> dict[str, Any]:
        if not self.online:
            raise BackendOffline("identity")
        kind, key, right, tries = self._challenges.get(challenge.id, ("", "", "", 99))
        if tries >= 5:
            raise IdentityRefused("identity.code_locked", 0)
        if code != right:
            self._challenges[challenge.id] = (kind, key, right, tries + 1)
            left = 5 - tries - 1
            raise IdentityRefused("identity.code_wrong" if left else "identity.code_locked", left)
        del self._challenges[challenge.id]
        return dict(self.registry[kind][key])

    # --- submissions --------------------------------------------------------------------------------
    def submit(
        self, application: ValidatedApplication, quote: Quote | None, language: str
    ) -> Submitted:
        code = tracking.new_code()
        submission_id = f"local-{len(self.submitted) + 1}"
        if self.outbox is not None:
            submission_id = self._enqueue(application, quote, language, code)
        done = Submitted(code, submission_id, sent=False)
        self.submitted.append((done, application, quote))
        self._notify()
        return done

    def _enqueue(
        self, application: ValidatedApplication, quote: Quote | None, language: str, code: str
    ) -> str:
        from kiosk.offline_queue.errors import OutboxError
        from kiosk.offline_queue.models import Attachment

        files = [
            Attachment(path, a.filename, a.content_type, a.data)
            for path, a in application.attachments.items()
        ]
        try:
            return str(
                self.outbox.enqueue(
                    service=application.service,
                    tracking_code=code,
                    payload=application.payload,
                    quote=quote.to_dict() if quote is not None else None,
                    language=language,
                    attachments=files,
                )
            )
        except OutboxError as exc:
            raise BackendError(exc.message_id) from None

    def print_receipt(self, tracking_code: str, language: str, fmt: str = "roll") -> PrintOutcome:
        if self.printer_error:
            return PrintOutcome(False, self.printer_error)
        self.printed.append(tracking_code)
        return PrintOutcome(True)

    # --- tracking -----------------------------------------------------------------------------------
    def track(self, code: str, language: str) -> TrackResult:
        code = tracking.parse(code)
        if self._is_local(code):
            return TrackResult("local", status="received")
        if not self.online:
            known = self.submission_state(code)
            if known is not None and known.state == "sent":
                return TrackResult(
                    "offline", status="received", sent_at=known.sent_at, status_at=known.sent_at
                )
            return TrackResult("offline")
        remote = self.remote_statuses.get(code)
        if remote is None:
            return TrackResult("not_found")
        return TrackResult(
            "remote",
            status=remote.get("status"),
            status_text=remote.get("status_text"),
            timeline=list(remote.get("timeline", [])),
            next_step=remote.get("next_step"),
        )

    def _is_local(self, code: str) -> bool:
        if self.outbox is not None:
            item = self.outbox.find_by_tracking_code(code)
            return item is not None and item.state != "sent"
        return any(s.tracking_code == code and not s.sent for s, _, _ in self.submitted)

    def submission_state(self, tracking_code: str) -> SubmissionState | None:
        if self.outbox is not None:
            item = self.outbox.find_by_tracking_code(tracking_code)
            if item is None:
                return None
            sent_at = datetime.fromtimestamp(item.sent_at, UTC) if item.sent_at else None
            return SubmissionState(item.state, sent_at)
        for done, _, _ in self.submitted:
            if done.tracking_code == tracking_code:
                return SubmissionState("sent" if done.sent else "pending")
        return None

    def tracking_url(self, tracking_code: str) -> str:
        return f"{self.public_status_url.rstrip('/')}/t/{tracking_code}"

    # --- status -------------------------------------------------------------------------------------
    def status(self) -> BackendStatus:
        if self.outbox is not None:
            counts = self.outbox.counts()
            pending = counts.get("pending", 0) + counts.get("sending", 0)
            rejected = counts.get("rejected", 0)
        else:
            pending, rejected = sum(1 for s, _, _ in self.submitted if not s.sent), 0
        return BackendStatus(self.online, pending, rejected, None)

    def subscribe(self, callback: StatusCallback) -> None:
        self._callbacks.append(callback)

    def set_online(self, online: bool) -> None:
        self.online = online
        self._notify()

    def deliver(self, tracking_code: str) -> None:
        """What the sync worker does when the central API accepts a submission (tests, screenshots)."""
        item = self.outbox.find_by_tracking_code(tracking_code)
        claimed = self.outbox.claim_next()
        assert claimed is not None and claimed.id == item.id, "deliver the oldest submission first"
        self.outbox.mark_sent(item.id, f"REF-{tracking_code}")
        self._notify()

    def _notify(self) -> None:
        status = self.status()
        for callback in list(self._callbacks):
            callback(status)


def sample_timeline(code: str) -> dict[str, Any]:
    """A remote status as the central API answers it (docs/WIRE.md), for tests and screenshots."""
    return {
        "tracking_code": code,
        "status": "under_review",
        "status_text": "Under review",
        "next_step": "The utility reviews your application; you will get an SMS.",
        "timeline": [
            {"status": "received", "status_text": "Received", "at": "2026-11-23T09:15:05+04:00"},
            {
                "status": "under_review",
                "status_text": "Under review",
                "at": "2026-11-24T11:02:00+04:00",
            },
        ],
    }
