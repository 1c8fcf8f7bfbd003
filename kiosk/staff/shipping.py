"""Shipping the staff audit log to the central, and checking the log against the central's copy.

The keyed chain (kiosk/staff/audit.py) stops anyone without the audit key from rebuilding the log
after deleting lines; but the key is readable by the kiosk's OS user. Once an entry has reached the
central (``POST /api/v1/kiosk-audit``, docs/WIRE.md "Staff audit entries"), the kiosk can no longer
change it unnoticed, key or not: the central refuses a different entry under a number it holds (409
``audit_conflict``, a tamper alarm on the fleet page), and :meth:`AuditShipper.compare` finds the
first entry where the log here differs from what the central holds (``kiosk staff audit
--central``). Each MAC covers the MAC before it, so one matching MAC vouches for every entry up to it.

The sync worker ships new entries off the UI thread (kiosk/offline_queue/worker.py), oldest first in
batches, after the last one the central took; offline it tries again at its next turn. When the entry
last shipped is no longer in the log as it was sent, the whole log is sent again, so the central
raises its alarm at the worker's next turn, not only when new entries come. The
entries are staff actions — PIN slot, action, counts, ids — never personal data (audit.py). What was
shipped is kept in ``<data_dir>/staff-audit.shipped`` (owner-only); losing that file only means the
entries are sent again, which the central takes as the resends they are.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Protocol

from kiosk.api.results import ApiError
from kiosk.staff.audit import AuditLog
from kiosk.staff.files import write_private

log = logging.getLogger(__name__)

STATE_NAME = "staff-audit.shipped"
BATCH = 100  # entries per request (the central takes up to 200)
MAX_BATCHES = 20  # per turn of the sync worker: a long backlog goes over a few turns


class AuditClient(Protocol):
    def ship_audit(self, kiosk_id: str, entries: Sequence[Mapping[str, Any]]) -> dict[str, Any]: ...

    def audit_digest(self, kiosk_id: str, upto: int | None = None) -> dict[str, Any] | None: ...


@dataclass
class ShipState:
    shipped: int = 0  # the highest number sent and taken
    acked: int = 0  # the central's: the highest number it holds without a gap
    conflict: int | None = None  # the number the central refused as different from its own
    mac: str = ""  # the MAC of entry ``shipped`` as sent


@dataclass(frozen=True)
class ShipReport:
    sent: int
    acked: int
    problem: str | None = None  # an ApiError's message id: audit.conflict, api.unavailable, …


def wire_entry(line: Mapping[str, Any]) -> dict[str, Any]:
    """A log line as the central takes it: ``actor`` is the PIN slot, ``detail`` the details, ``mac``
    the line's MAC (its plain hash for a line from before the chain was keyed)."""
    return {
        "seq": line["seq"],
        "at": line["at"],
        "action": line["action"],
        "actor": line["slot"],
        "detail": line.get("details") or {},
        "prev": line["prev"],
        "mac": line["mac"] if "mac" in line else line["hash"],
    }


class AuditShipper:
    """``AuditShipper(data_dir, kiosk_id)``: :meth:`ship` sends what the central does not have yet,
    :meth:`compare` checks the log against what it has."""

    def __init__(
        self,
        data_dir: Path | str,
        kiosk_id: str,
        *,
        batch: int = BATCH,
        max_batches: int = MAX_BATCHES,
    ) -> None:
        self.log = AuditLog(data_dir)
        self.kiosk_id = kiosk_id
        self.state_path = Path(data_dir) / STATE_NAME
        self.batch = batch
        self.max_batches = max_batches
        self._lock = threading.Lock()

    def state(self) -> ShipState:
        """What was shipped; a missing or unreadable file is "nothing yet" (all is sent again)."""
        try:
            data = json.loads(self.state_path.read_text(encoding="utf-8"))
            conflict = data.get("conflict")
            return ShipState(
                int(data["shipped"]),
                int(data["acked"]),
                conflict if isinstance(conflict, int) else None,
                str(data.get("mac") or ""),
            )
        except FileNotFoundError:
            return ShipState()
        except (ValueError, KeyError, TypeError, AttributeError):
            log.warning("%s unreadable: the audit entries are sent again", STATE_NAME)
            return ShipState()

    def _save(self, state: ShipState) -> None:
        write_private(self.state_path, json.dumps(asdict(state)).encode("utf-8"))

    def ship(self, client: AuditClient) -> ShipReport:
        """Send the entries after the last one taken, in batches; stops at the first failure (the
        next turn tries again). Raises only for the kiosk's own file errors."""
        with self._lock:
            state = self.state()
            if state.shipped and self.log.seals().get(state.shipped) != state.mac:
                # The entry last shipped is no longer what was sent: the log was changed. Send it
                # all again; the central refuses what differs from its copy and raises the alarm.
                log.error("the staff audit log changed after it was shipped: sending it again")
                state.shipped, state.mac = 0, ""
            sent = 0
            for _ in range(self.max_batches):
                lines = self.log.lines_after(state.shipped, self.batch)
                entries = []
                for line in lines:
                    try:
                        entries.append(wire_entry(line))
                    except KeyError:
                        log.warning("audit line %s incomplete: not shipped", line.get("seq"))
                if not lines:
                    break
                try:
                    answer = client.ship_audit(self.kiosk_id, entries) if entries else None
                except ApiError as exc:
                    if exc.message_id == "audit.conflict":
                        state.conflict = int(exc.detail) if exc.detail.isdigit() else 0
                        self._save(state)
                        log.error(
                            "the central holds a different staff audit entry %s: the log was "
                            "changed after it was shipped",
                            exc.detail,
                        )
                    else:
                        log.info("staff audit entries not shipped: %s", exc.message_id)
                    return ShipReport(sent, state.acked, exc.message_id)
                state.shipped = int(lines[-1]["seq"])
                state.mac = str(lines[-1]["mac"] if "mac" in lines[-1] else lines[-1].get("hash"))
                if answer is not None:
                    state.acked = int(answer["acked"])
                state.conflict = None
                self._save(state)
                sent += len(entries)
            return ShipReport(sent, state.acked)

    def known_problems(self) -> list[str]:
        """What the last shipment learnt, without asking the central: the entry it refused."""
        conflict = self.state().conflict
        if conflict is None:
            return []
        return [
            f"the central refused entry {conflict}: it holds a different entry under that number"
        ]

    def compare(self, client: AuditClient) -> list[str]:
        """Problems found comparing the log with the central's copy (empty when the log still holds
        every entry the central has, unchanged). ApiError when the central cannot be asked."""
        problems = self.known_problems()
        state = self.state()
        held = client.audit_digest(self.kiosk_id)
        if held is None:
            if state.acked:
                problems.append(
                    f"the central acknowledged entries up to {state.acked} but holds none now "
                    "(another central, or another token?)"
                )
            return problems
        acked = int(held.get("acked") or 0)
        alarms = int(held.get("alarms") or 0)
        if alarms:
            problems.append(f"the central recorded {alarms} tamper alarm(s) for this kiosk's log")
        if acked == 0:
            return problems
        seals = self.log.seals()
        last = max(seals, default=0)
        if seals.get(acked) == held.get("mac"):
            return problems
        first = self._first_difference(client, seals, acked)
        problems.append(
            f"entry {first} differs from the copy the central holds, or is missing here: the log "
            "was changed after it was shipped"
        )
        if last < acked:
            problems.append(f"the central holds entries up to {acked}; the log here ends at {last}")
        return problems

    def _first_difference(self, client: AuditClient, seals: Mapping[int, str], acked: int) -> int:
        """The lowest number whose MAC here differs from the central's (entry ``acked`` differs): a
        bisection, since each MAC covers every one before it."""
        low, high = 1, acked  # every entry below ``low`` matches; ``high`` differs
        while low < high:
            middle = (low + high) // 2
            held = client.audit_digest(self.kiosk_id, middle)
            if (
                held is not None
                and held.get("mac") is not None
                and seals.get(middle) == held["mac"]
            ):
                low = middle + 1
            else:
                high = middle
        return high
