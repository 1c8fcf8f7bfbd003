"""What the staff dashboard does, without Qt: each method may block (the UI calls it off its thread) and
each action is written to the audit log with the PIN slot of the staff member who did it.

``StaffService(config, config_path, backend)`` takes the running kiosk's :class:`CentralBackend` (its
outbox, sync worker, central API client, schedules and receipt printer).
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.api.results import ApiError
from kiosk.core.application import Settings
from kiosk.core.clock import BAKU
from kiosk.core.tariffs import ScheduleError
from kiosk.core.validation import Err
from kiosk.offline_queue.errors import OutboxError
from kiosk.offline_queue.worker import SyncWorker
from kiosk.staff import diagnostics
from kiosk.staff import settings as staff_settings
from kiosk.staff import tariffs as staff_tariffs
from kiosk.staff.audit import AuditEntry, AuditLog
from kiosk.staff.pin import PinCheck, PinStore
from kiosk.staff.rows import MaskedRow, masked_row, top_level_field

if TYPE_CHECKING:
    from kiosk.backend import CentralBackend
    from kiosk.config import KioskConfig

log = logging.getLogger(__name__)

LISTED_STATES = ("pending", "sending", "rejected")


class StaffError(Exception):
    """An action that cannot be done; ``message_id`` is shown translated, ``detail`` names the cause."""

    def __init__(self, message_id: str, detail: str = "", key: str = "") -> None:
        super().__init__(f"{message_id}: {detail}" if detail else message_id)
        self.message_id = message_id
        self.detail = detail
        self.key = key


def error_id(text: str | None) -> str:
    """The outbox's last error (a reason of kiosk.api.client or a server code) → a plain-words id."""
    if not text:
        return ""
    reason = text.split(":", 1)[0].strip()
    if reason == "timeout":
        return "sync.timeout"
    if reason in ("connection", "tls"):
        return f"sync.{reason}"
    if reason in ("unauthorized", "forbidden"):
        return "sync.unauthorized"
    if reason in ("http_429", "http_503", "http_408"):
        return "sync.busy"
    if reason.startswith("http_5"):
        return "sync.server_error"
    if reason.startswith("bad_response"):
        return "sync.bad_response"
    if reason.startswith("outbox.") or reason.startswith("worker"):
        return "sync.outbox"
    return "sync.rejected"


@dataclass(frozen=True)
class Overview:
    counts: dict[str, int]
    last_success_at: datetime | None
    last_error: str  # the raw reason, e.g. "connection" or "invalid_payload: …"
    last_error_id: str  # plain words to show (see :func:`error_id`)
    online: bool | None
    halted: str  # why the outbox stopped taking submissions, or ""


@dataclass(frozen=True)
class PrinterState:
    backend: str
    connection: str
    ready: bool
    problem: str = ""


@dataclass(frozen=True)
class Retention:
    retention_days: int
    purged: int
    purgeable: int


class StaffService:
    """Signals nothing; the UI polls. ``slot`` is the staff member signed in, or None."""

    def __init__(
        self,
        config: KioskConfig,
        config_path: Path | str | None,
        backend: CentralBackend,
        *,
        pins: PinStore | None = None,
        audit: AuditLog | None = None,
        clock: Callable[[], float] = time.time,
        printer_factory: Callable[[], Any] | None = None,
    ) -> None:
        self.config = config
        self.config_path = Path(config_path) if config_path is not None else None
        self.backend = backend
        self.clock = clock
        self.pins = pins or PinStore(config.data_dir, clock=clock)
        self.audit = audit or AuditLog(config.data_dir, clock=clock)
        self._printer_factory = printer_factory or self._default_printer
        self.slot: int | None = None
        self.exit_requested = False
        self._lock = threading.Lock()

    # --- signing in and out ------------------------------------------------------------------------
    def pin_status(self) -> PinCheck:
        return self.pins.status()

    def unlock(self, pin: str) -> PinCheck:
        result = self.pins.check(pin)
        if result.ok:
            self.slot = result.slot
            self.audit.record(result.slot, "staff.enter")
        elif result.locked and not result.no_pins:
            self.audit.record(None, "staff.pin_locked", minutes=result.locked_minutes)
        elif not result.no_pins:
            self.audit.record(None, "staff.pin_wrong", attempts_left=result.attempts_left)
        return result

    def leave(self, reason: str = "button") -> None:
        if self.slot is not None:
            self.audit.record(self.slot, "staff.leave", reason=reason)
        self.slot = None

    def _who(self) -> int:
        slot = self.slot
        if slot is None:
            raise StaffError("staff.signed_out")
        return slot

    def _record(self, action: str, **details: Any) -> AuditEntry:
        return self.audit.record(self._who(), action, **details)

    # --- outbox ------------------------------------------------------------------------------------
    @property
    def outbox(self) -> Any:
        return self.backend.outbox

    def overview(self) -> Overview:
        self._who()
        last = self.outbox.last_success_at()
        error = self.outbox.last_error() or ""
        worker = self.backend.worker
        halted = self.outbox.halted
        return Overview(
            counts=self.outbox.counts(),
            last_success_at=datetime.fromtimestamp(last).astimezone() if last else None,
            last_error=error,
            last_error_id=error_id(error),
            online=worker.online if worker is not None else None,
            halted=str(halted.get("reason", "")) if halted else "",
        )

    def sync_now(self) -> dict[str, Any]:
        self._who()
        self.outbox.make_link_failures_due()
        worker = self.backend.worker or SyncWorker(self.outbox, self.backend.client)
        with self._lock:
            report = worker.sync_once(force=True).as_dict()
        self._record("outbox.sync_now", **{k: v for k, v in report.items() if v})
        return report

    def submissions(
        self, states: tuple[str, ...] = LISTED_STATES, limit: int = 200
    ) -> list[MaskedRow]:
        self._who()
        rows: list[MaskedRow] = []
        for state in states:
            rows.extend(masked_row(self.outbox, i) for i in self.outbox.list(state, limit))
        return rows

    def put_back(self, item_id: str, corrections: Mapping[str, str] | None = None) -> MaskedRow:
        """Return a rejected submission to the queue, with the refused fields typed again.

        Each corrected value is checked by its service definition's validator
        (``kiosk.core.application.validate_field``), as when the applicant typed it.
        """
        from kiosk.core.application import validate_field

        self._who()
        item = self.outbox.get(item_id)
        if item is None:
            raise StaffError("outbox.not_found")
        payload = None
        corrections = {k: v for k, v in (corrections or {}).items() if str(v).strip()}
        if corrections:
            payload = dict(self.outbox.payload(item_id) or {})
            values = Settings(
                azersu_code_min_len=self.config.azersu_code_min_len,
                azersu_code_max_len=self.config.azersu_code_max_len,
            )
            for name, raw in corrections.items():
                definition = top_level_field(item.service, name)
                if definition is None:
                    raise StaffError("staff.field_unknown", name, key=name)
                result = validate_field(definition, raw, values.context(payload), values)
                if isinstance(result, Err):
                    raise StaffError(result.code, name, key=name)
                payload[name] = result.value
        try:
            updated = self.outbox.retry(item_id, payload)
        except OutboxError as exc:
            raise StaffError(exc.message_id, exc.detail) from None
        self._record(
            "outbox.put_back",
            tracking_code=item.tracking_code,
            corrected=sorted(corrections),
        )
        if self.backend.worker is not None:
            self.backend.worker.notify()
        return masked_row(self.outbox, updated)

    def find(self, kind: str, text: str) -> list[MaskedRow]:
        """Look an application up by ``tracking`` code, ``mobile`` number or ``fin`` (masked rows)."""
        self._who()
        if kind == "tracking":
            item = self.outbox.find_by_tracking_code(text)
            items = [item] if item is not None else []
        elif kind == "mobile":
            items = self.outbox.find_by_mobile(text)
        elif kind == "fin":
            items = self.outbox.find_by_fin(text)
        else:
            raise StaffError("staff.find_kind", kind)
        self._record("outbox.find", by=kind, found=len(items))  # never the search text
        return [masked_row(self.outbox, i) for i in items]

    def reprint(self, tracking_code: str, language: str | None = None) -> Any:
        self._who()
        outcome = self.backend.print_receipt(tracking_code, language or self.config.language)
        self._record(
            "receipt.reprint",
            tracking_code=tracking_code,
            printed=outcome.ok,
            problem=outcome.message_id or "",
        )
        return outcome

    def integrity(self) -> list[str]:
        self._who()
        problems = self.outbox.check()
        self._record("outbox.check", problems=len(problems))
        return list(problems)

    def clear_halt(self) -> None:
        self._who()
        try:
            self.outbox.clear_halt()
        except OutboxError as exc:
            raise StaffError(exc.message_id, exc.detail) from None
        self._record("outbox.clear_halt")

    # --- retention ---------------------------------------------------------------------------------
    def retention(self) -> Retention:
        self._who()
        cutoff = self.clock() - self.config.retention_days * 86400.0
        sent = self.outbox.list("sent", limit=1_000_000)
        purged = sum(1 for i in sent if i.purged)
        purgeable = sum(1 for i in sent if not i.purged and i.sent_at and i.sent_at < cutoff)
        return Retention(self.config.retention_days, purged, purgeable)

    def purge_now(self) -> int:
        self._who()
        count = int(self.outbox.purge_sent(self.config.retention_days))
        self._record("outbox.purge", purged=count, retention_days=self.config.retention_days)
        return count

    # --- printer -----------------------------------------------------------------------------------
    def _default_printer(self) -> Any:
        from kiosk.receipt_files import kiosk_printer

        return kiosk_printer(self.config, self.outbox.codec)

    def printer_state(self) -> PrinterState:
        self._who()
        try:
            printer = self._printer_factory()
        except Exception as exc:  # a missing driver or an unplugged USB printer
            return PrinterState(self.config.printer, self.config.printer_escpos, False, str(exc))
        folder = getattr(printer, "receipts_dir", None)
        connection = str(folder) if folder is not None else self.config.printer_escpos
        return PrinterState(self.config.printer, connection, True)

    def test_print(self) -> str:
        """A fictional sample receipt through the configured printer; returns the PDF path, if any."""
        from kiosk.receipts.model import receipt_from_submission
        from kiosk.receipts.printing import PrinterError
        from kiosk.receipts.samples import connection_record

        self._who()
        record = connection_record()
        now = datetime.fromtimestamp(self.clock(), UTC).astimezone(BAKU)
        record["created_at"] = now.isoformat(timespec="seconds")
        receipt = receipt_from_submission(
            record,
            kiosk_id=self.config.kiosk_id,
            centre_name=self.config.centre_name,
            public_status_url=self.config.status_base_url or "https://status.invalid",
            sent=False,
            demo=self.config.demo,
        )
        try:
            result = self._printer_factory().print_receipt(receipt)
        except PrinterError as exc:
            self._record("printer.test", printed=False, problem=exc.message_id)
            raise StaffError(exc.message_id, exc.detail) from None
        self._record("printer.test", printed=True)
        path = getattr(result, "path", None)
        return str(path) if path else ""

    # --- diagnostics -------------------------------------------------------------------------------
    def disk(self) -> diagnostics.DiskInfo:
        self._who()
        return diagnostics.disk(self.config.data_dir)

    def network(self) -> diagnostics.NetworkReport:
        self._who()
        report = diagnostics.network(self.backend.client.base_url, self.backend.client.healthz)
        self._record("diagnostics.network", ok=report.ok)
        return report

    # --- tariffs -----------------------------------------------------------------------------------
    def today(self) -> date:
        return datetime.fromtimestamp(self.clock(), UTC).astimezone(BAKU).date()

    def schedules(self) -> list[staff_tariffs.ScheduleInfo]:
        self._who()
        return staff_tariffs.describe(list(self.backend.schedules), self.today())

    def update_tariffs(self) -> tuple[str, bool, list[staff_tariffs.ScheduleInfo]]:
        """Download the schedule in force from the central API, check it, save it, use it now."""
        self._who()
        try:
            document = self.backend.client.tariffs_current()
            schedule, changed = staff_tariffs.save_downloaded(
                self.config, document, list(self.backend.schedules)
            )
            if changed:
                self.backend.schedules = staff_tariffs.load_schedules(self.config)
        except ApiError as exc:
            self._record("tariffs.update", ok=False, problem=exc.message_id)
            raise StaffError(exc.message_id, exc.detail) from None
        except ScheduleError as exc:
            self._record("tariffs.update", ok=False, problem="tariffs.invalid")
            raise StaffError("tariffs.invalid", str(exc)) from None
        self._record("tariffs.update", ok=True, schedule=schedule.id, changed=changed)
        return (
            schedule.id,
            changed,
            staff_tariffs.describe(list(self.backend.schedules), self.today()),
        )

    # --- settings ----------------------------------------------------------------------------------
    @property
    def settings_path(self) -> Path:
        return staff_settings.settings_path(self.config_path, self.config)

    def settings(self) -> dict[str, str]:
        self._who()
        return staff_settings.current(self.config)

    def save_settings(self, changes: Mapping[str, str]) -> staff_settings.SavedSettings:
        """Refused values raise :class:`StaffError` ``settings.invalid`` with ``key`` set."""
        self._who()
        current = staff_settings.current(self.config)
        changes = {k: str(v) for k, v in changes.items() if current.get(k) != str(v)}
        try:
            saved = staff_settings.save(self.settings_path, changes)
        except staff_settings.SettingsError as exc:
            self._record("settings.refused", key=exc.key)
            raise StaffError("settings.invalid", exc.problem, key=exc.key) from None
        self._record("settings.saved", keys=list(saved.changed), file=str(saved.path))
        # In force at the next start; shown at once.
        self.config = dataclasses.replace(self.config, **saved.values)
        return saved

    # --- audit and exit ----------------------------------------------------------------------------
    def audit_entries(self, limit: int = 200) -> list[AuditEntry]:
        self._who()
        return self.audit.entries(limit)

    def audit_problems(self) -> list[str]:
        """The chain's problems, and a refusal by the central of a shipped entry (shipping.py)."""
        self._who()
        from kiosk.staff.shipping import AuditShipper

        shipper = AuditShipper(self.config.data_dir, self.config.kiosk_id)
        return self.audit.verify() + shipper.known_problems()

    def exit_to_desktop(self) -> None:
        self._record("staff.exit_to_desktop")
        self.exit_requested = True
