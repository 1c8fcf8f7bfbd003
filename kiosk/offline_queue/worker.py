"""The sync worker: sends the outbox to the central API, oldest due first, one row at a time.

Outcomes (docs/OUTBOX.md): 2xx, including "already have it" → ``sent``; the server refusing the data
(4xx but 408/429) → ``rejected`` with its reason; anything undecided (timeouts, connection errors, 408,
429, 5xx, garbage) → back to ``pending`` with exponential backoff and full jitter.

Two backoffs: a row that fails on its own (a 500 for that body, a garbled answer) waits by its own
attempt count, so one bad row never blocks the others; when the server cannot be reached at all (or says
429/503, or the token is refused), the whole link backs off and no row is tried until it is due, so an
outage does not burn through every row. When the link is back, rows held only by it are due at once.

Besides the outbox, the same thread sends the heartbeat and ships the staff audit log's new entries to
the central (kiosk/staff/shipping.py); neither ever disturbs the submissions: their failures are
logged and tried again at their next turn.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from kiosk.api.results import Accepted, Rejected, RetryLater, SubmitResult
from kiosk.offline_queue.backoff import Backoff
from kiosk.offline_queue.errors import OutboxError
from kiosk.offline_queue.models import OutboxItem, SyncStatus
from kiosk.offline_queue.records import UnreadableItem
from kiosk.offline_queue.store import Outbox

log = logging.getLogger(__name__)

# Reasons that are about the whole link, not one submission (see kiosk.api.client).
_LINK_REASONS = frozenset({"unauthorized", "forbidden", "endpoint_not_found", "endpoint"})
_LINK_STATUSES = frozenset({429, 503})
StatusListener = Callable[[SyncStatus], None]
# What the kiosk knows beyond its outbox, for the heartbeat: ``printer_state``, ``staff_call``.
FactsSource = Callable[[], Mapping[str, Any]]
DEFAULT_AUDIT_S = 300.0  # how often audit entries are shipped when the heartbeat is off
DEFAULT_HOUSEKEEPING_S = 3600.0  # how often a running kiosk applies its retention purge


class AuditShipping(Protocol):
    """kiosk.staff.shipping.AuditShipper: ``ship(client)`` sends the entries the central lacks."""

    def ship(self, client: Any) -> Any: ...


class Sender(Protocol):
    def submit(self, envelope: Mapping[str, Any], idempotency_key: str) -> SubmitResult: ...


@dataclass
class SyncReport:
    sent: int = 0
    duplicates: int = 0
    rejected: int = 0
    retried: int = 0
    skipped_link_down: bool = False
    halted: bool = False
    ratings_sent: int = 0

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def is_link_problem(result: RetryLater) -> bool:
    return result.transport or result.status in _LINK_STATUSES or result.reason in _LINK_REASONS


class SyncWorker(threading.Thread):
    """Start with ``start()``; ``notify()`` after an enqueue; ``stop()`` to end. ``sync_once()`` runs one
    pass in the caller's thread (CLI, tests). Subscribers get a :class:`SyncStatus` after every change,
    called from the worker's thread."""

    def __init__(
        self,
        outbox: Outbox,
        client: Sender,
        *,
        backoff: Backoff | None = None,
        link_backoff: Backoff | None = None,
        idle_poll_s: float = 30.0,
        heartbeat_s: float | None = None,
        facts: FactsSource | None = None,
        version: str = "",
        audit: AuditShipping | None = None,
        audit_s: float | None = None,
        housekeeping: Callable[[], Any] | None = None,
        housekeeping_s: float = DEFAULT_HOUSEKEEPING_S,
    ) -> None:
        super().__init__(name="outbox-sync", daemon=True)
        self.outbox = outbox
        self.client = client
        self.backoff = backoff or Backoff()
        self.link_backoff = link_backoff or self.backoff
        self.idle_poll_s = idle_poll_s
        self.online: bool | None = None
        self._halt_event = threading.Event()
        self._wake = threading.Event()
        self._subscribers: list[StatusListener] = []
        self._link_failures = 0
        self._link_until = 0.0
        self._unfinished: list[Callable[[], bool]] = []
        self._error: str | None = None
        # The heartbeat (docs/WIRE.md "Heartbeat"): every ``heartbeat_s`` seconds; None or 0: never.
        self.heartbeat_s = heartbeat_s or None
        self.facts = facts
        self.version = version or _kiosk_version()
        self._next_beat = 0.0
        # The staff audit log's new entries (docs/SECURITY.md "Staff audit log"): with each heartbeat,
        # or every ``audit_s`` seconds.
        self.audit = audit
        self.audit_s = audit_s or self.heartbeat_s or DEFAULT_AUDIT_S
        self._next_audit = 0.0
        self.audit_report: Any = None  # what the last shipping turn reported (``kiosk queue sync``)
        # The retention purge (kiosk/offline_queue/factory.py ``retention_pass``): run at start-up by
        # ``open_outbox``, then every ``housekeeping_s`` seconds, so a kiosk left running for months
        # does not keep personal data past its retention.
        self.housekeeping = housekeeping
        self.housekeeping_s = housekeeping_s
        self._next_housekeeping = outbox.clock() + housekeeping_s

    # --------------------------------------------------------------------------------------- control

    def subscribe(self, listener: StatusListener) -> None:
        self._subscribers.append(listener)

    def notify(self) -> None:
        """Something was enqueued (or staff asked to retry): look now."""
        self._wake.set()

    def stop(self, timeout: float | None = 10.0) -> None:
        self._halt_event.set()
        self._wake.set()
        if self.is_alive():
            self.join(timeout)

    @property
    def stopping(self) -> bool:
        return self._halt_event.is_set()

    def run(self) -> None:
        while not self._halt_event.is_set():
            try:
                self.sync_once()
            except Exception as exc:  # never a silent death: report, wait, go on
                self._error = getattr(exc, "message_id", None) or f"worker:{type(exc).__name__}"
                log.exception("outbox sync pass failed")
                self._publish()
                self._link_failures += 1
                self._link_until = self.outbox.clock() + self.link_backoff.delay(
                    self._link_failures
                )
            self.beat_if_due()
            self.ship_audit_if_due()
            self.housekeep_if_due()
            self._wake.wait(
                min(
                    self._seconds_to_next(),
                    self._seconds_to_beat(),
                    self._seconds_to_audit(),
                    self._seconds_to_housekeeping(),
                )
            )
            self._wake.clear()

    def _seconds_to_next(self) -> float:
        if self.outbox.halted:
            return self.idle_poll_s
        now = self.outbox.clock()
        if self._link_until > now:
            return min(self.idle_poll_s, self._link_until - now)
        try:
            due = self.outbox.next_due_at()
        except OutboxError:
            return min(self.idle_poll_s, 1.0)
        if due is None:
            return self.idle_poll_s
        return min(self.idle_poll_s, max(0.0, due - now))

    # ----------------------------------------------------------------------------------------- pass

    def sync_once(self, *, force: bool = False, max_items: int | None = None) -> SyncReport:
        """Send every due row once (stopping early when the link fails). ``force`` ignores the link
        backoff (``kiosk queue sync --once``)."""
        report = SyncReport()
        if self.outbox.halted:
            report.halted = True
            self._publish()
            return report
        while self._unfinished:
            if not self._unfinished[0]():
                log.info("a finished send no longer matched its row")
            self._unfinished.pop(0)
        if not force and self.outbox.clock() < self._link_until:
            report.skipped_link_down = True
            return report
        done = 0
        link_up = True
        while not self._halt_event.is_set() and (max_items is None or done < max_items):
            item = self.outbox.claim_next()
            if item is None:
                break
            done += 1
            if not self._send(item, report):
                link_up = False
                break
        if link_up and not self._halt_event.is_set():
            self._send_ratings(report)  # after the applications they rate
        self._error = None
        self._publish()
        return report

    def _send(self, item: OutboxItem, report: SyncReport) -> bool:
        """Send one claimed row and record the outcome. False when the link is down."""
        try:
            envelope = self.outbox.envelope(item.id)
        except UnreadableItem as exc:
            code, detail = exc.message_id, exc.detail
            log.error("submission %s cannot be read back: %s", item.tracking_code, detail)
            self._apply(lambda: self.outbox.mark_rejected(item.id, code, detail))
            report.rejected += 1
            return True
        try:
            result = self.client.submit(envelope, item.id)
        except Exception as exc:
            log.exception("client failed on %s", item.tracking_code)
            result = RetryLater(f"client:{type(exc).__name__}")
        now = self.outbox.clock()
        if isinstance(result, Accepted):
            self._link_ok()
            self._apply(lambda: self.outbox.mark_sent(item.id, result.reference))
            report.sent += 1
            report.duplicates += int(result.duplicate)
            return True
        if isinstance(result, Rejected):
            self._link_ok()
            log.warning("submission %s rejected: %s", item.tracking_code, result.code)
            self._apply(
                lambda: self.outbox.mark_rejected(
                    item.id, result.code, result.message, result.errors
                )
            )
            report.rejected += 1
            return True
        report.retried += 1
        if is_link_problem(result):
            self._link_failures += 1
            self.online = False
            wait = self.link_backoff.delay(self._link_failures, result.retry_after)
            self._link_until = now + wait
            self._apply(lambda: self.outbox.mark_retry(item.id, result.reason, now + wait, "link"))
            return False
        self._link_ok()
        wait = self.backoff.delay(item.attempts, result.retry_after)
        self._apply(lambda: self.outbox.mark_retry(item.id, result.reason, now + wait, "item"))
        return True

    # -------------------------------------------------------------------------------------- ratings

    def _send_ratings(self, report: SyncReport) -> None:
        """Send the ratings whose application the central API has acknowledged (docs/OUTBOX.md
        "Ratings"); a refused one is dropped, an undecided one waits by its own attempts."""
        rate = getattr(self.client, "rate", None)
        if rate is None or not self.outbox.has_pending_ratings():
            return
        self.outbox.drop_orphan_ratings()
        for rating in self.outbox.due_ratings():
            if self._halt_event.is_set():
                return
            try:
                result = rate(rating.tracking_code, rating.score)
            except Exception as exc:
                log.exception("client failed on a rating")
                result = RetryLater(f"client:{type(exc).__name__}")
            if isinstance(result, Accepted):
                self._link_ok()
                self.outbox.mark_rating_sent(rating.tracking_code, rating.score)
                report.ratings_sent += 1
                continue
            if isinstance(result, Rejected):
                self._link_ok()
                log.warning("rating of %s refused: %s", rating.tracking_code, result.code)
                self.outbox.mark_rating_failed(rating.tracking_code, result.code, None)
                continue
            now = self.outbox.clock()
            wait = self.backoff.delay(rating.attempts + 1, result.retry_after)
            self.outbox.mark_rating_failed(rating.tracking_code, result.reason, now + wait)
            if is_link_problem(result):
                self._link_failures += 1
                self.online = False
                self._link_until = now + self.link_backoff.delay(
                    self._link_failures, result.retry_after
                )
                return

    # ------------------------------------------------------------------------------------ heartbeat

    def heartbeat_body(self) -> dict[str, Any]:
        """The kiosk's state (docs/WIRE.md "Heartbeat"): its outbox, and what ``facts`` tells."""
        depth, oldest = self.outbox.queue_facts()
        extra = dict(self.facts()) if self.facts is not None else {}
        return {
            "kiosk_id": self.outbox.kiosk_id,
            "version": self.version,
            "queue_depth": depth,
            "oldest_pending_at": _iso(oldest),
            "printer_state": str(extra.get("printer_state") or "unknown"),
            "last_sync_at": _iso(self.outbox.last_success_at()),
            "staff_call": bool(extra.get("staff_call", False)),
        }

    def beat_if_due(self) -> bool:
        """Send the heartbeat if it is due. Never raises: a failed heartbeat changes nothing else."""
        send = getattr(self.client, "heartbeat", None)
        if self.heartbeat_s is None or send is None:
            return False
        now = self.outbox.clock()
        if now < self._next_beat:
            return False
        self._next_beat = now + self.heartbeat_s
        try:
            return bool(send(self.heartbeat_body()))
        except Exception as exc:
            log.info("heartbeat not sent: %s", type(exc).__name__)
            return False

    def _seconds_to_beat(self) -> float:
        if self.heartbeat_s is None:
            return self.idle_poll_s
        return max(0.0, self._next_beat - self.outbox.clock())

    # -------------------------------------------------------------------------------- staff audit

    def ship_audit_if_due(self) -> bool:
        """Ship the staff audit log's new entries if it is their turn. Never raises: a failure is
        logged and the next turn tries again."""
        if self.audit is None:
            return False
        now = self.outbox.clock()
        if now < self._next_audit:
            return False
        self._next_audit = now + self.audit_s
        try:
            if getattr(self.client, "ship_audit", None) is None:
                return False
            report = self.audit.ship(self.client)
        except Exception as exc:
            log.warning("staff audit entries not shipped: %s", type(exc).__name__)
            self.audit_report = None
            return False
        self.audit_report = report
        return getattr(report, "problem", None) is None

    def housekeep_if_due(self) -> bool:
        """Run the retention purge if it is its turn. Never raises: a failure (a locked or full
        disk) is logged and the next turn tries again."""
        if self.housekeeping is None or self.outbox.halted:
            return False
        now = self.outbox.clock()
        if now < self._next_housekeeping:
            return False
        self._next_housekeeping = now + self.housekeeping_s
        try:
            self.housekeeping()
        except Exception as exc:
            log.warning(
                "retention purge failed: %s", getattr(exc, "message_id", type(exc).__name__)
            )
            return False
        return True

    def _seconds_to_housekeeping(self) -> float:
        if self.housekeeping is None:
            return self.idle_poll_s
        return max(0.0, self._next_housekeeping - self.outbox.clock())

    def _seconds_to_audit(self) -> float:
        if self.audit is None:
            return self.idle_poll_s
        return max(0.0, self._next_audit - self.outbox.clock())

    def _apply(self, finish: Callable[[], bool]) -> None:
        """Record an outcome; if the outbox cannot take it now, keep it for the next pass (the row
        stays ``sending`` meanwhile, and a restart would resend it under the same key)."""
        try:
            finish()
        except OutboxError:
            self._unfinished.append(finish)
            raise

    def _link_ok(self) -> None:
        was_down = self._link_failures > 0 or self.online is False
        self.online = True
        self._link_failures = 0
        self._link_until = 0.0
        if was_down:
            self.outbox.make_link_failures_due()

    def status(self) -> SyncStatus:
        status = self.outbox.sync_status(self.online)
        if self._error:
            return SyncStatus(
                status.counts, status.last_success_at, self._error, status.online, status.halted
            )
        return status

    def _publish(self) -> None:
        if not self._subscribers:
            return
        try:
            status = self.status()
        except OutboxError as exc:
            log.warning("status not available: %s", exc.message_id)
            return
        for listener in list(self._subscribers):
            try:
                listener(status)
            except Exception:
                log.exception("sync status listener failed")


def _iso(timestamp: float | None) -> str | None:
    if timestamp is None:
        return None
    return datetime.fromtimestamp(timestamp, UTC).isoformat(timespec="seconds")


def _kiosk_version() -> str:
    from kiosk import __version__

    return str(__version__)
