"""The kiosk fleet at a glance: each kiosk's last heartbeat (``POST /api/v1/heartbeat``) and what needs
a person: a kiosk gone silent, a queue that does not drain, a printer without paper or in fault, an
applicant waiting for staff, a staff audit log rewritten after its entries were shipped (docs/KPI.md
"Fleet", docs/SECURITY.md "Staff audit log").

A kiosk token that never sent a heartbeat shows as a silent kiosk named by the token.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from central import auth, texts
from central.db import ApiToken, KioskAuditKiosk, KioskHeartbeat, as_utc
from kiosk.core.i18n import QT_TRANSLATE_NOOP

SILENT_ENV = "CENTRAL_FLEET_SILENT_S"
DEFAULT_SILENT_S = 600.0  # ten heartbeats missed (the kiosk sends one a minute)
STUCK_QUEUE_S = 30 * 60.0  # the oldest application waiting on the kiosk for longer than this

PRINTER_STATES = ("unknown", "ok", "paper_out", "error")
FLAGS = ("silent", "stuck_queue", "paper_out", "printer_error", "staff_call", "audit_tamper")
FLAG_TEXTS: dict[str, str] = {
    "silent": QT_TRANSLATE_NOOP("Fleet", "Silent: no heartbeat"),
    "stuck_queue": QT_TRANSLATE_NOOP(
        "Fleet", "Applications waiting to be sent for over 30 minutes"
    ),
    "paper_out": QT_TRANSLATE_NOOP("Fleet", "Printer out of paper"),
    "printer_error": QT_TRANSLATE_NOOP("Fleet", "Printer fault"),
    "staff_call": QT_TRANSLATE_NOOP("Fleet", "An applicant asked for staff"),
    "audit_tamper": QT_TRANSLATE_NOOP(
        "Fleet", "Staff audit log rewritten: differs from the entries it shipped"
    ),
}


def silent_after_s() -> float:
    """``CENTRAL_FLEET_SILENT_S`` (seconds without a heartbeat before a kiosk is silent), default 600."""
    raw = os.environ.get(SILENT_ENV, "").strip()
    if not raw:
        return DEFAULT_SILENT_S
    try:
        value = float(raw)
    except ValueError:
        raise ValueError(f"{SILENT_ENV}={raw!r} is not a number") from None
    if not math.isfinite(value) or value <= 0:
        raise ValueError(f"{SILENT_ENV}={raw!r} must be a positive number of seconds")
    return value


@dataclass(frozen=True)
class KioskRow:
    kiosk_id: str
    version: str
    queue_depth: int
    oldest_pending_at: datetime | None
    printer_state: str
    last_sync_at: datetime | None
    staff_call: bool
    received_at: datetime | None  # None: never sent a heartbeat
    flags: tuple[str, ...]


def flag_text(flag: str, lang: str) -> str:
    return texts.text("Fleet", FLAG_TEXTS[flag], lang) if flag in FLAG_TEXTS else flag


def flags_of(beat: KioskHeartbeat, now: datetime, silent_s: float) -> tuple[str, ...]:
    found = []
    if now - as_utc(beat.received_at) > timedelta(seconds=silent_s):
        found.append("silent")
    oldest = beat.oldest_pending_at
    if oldest is not None and now - as_utc(oldest) > timedelta(seconds=STUCK_QUEUE_S):
        found.append("stuck_queue")
    if beat.printer_state == "paper_out":
        found.append("paper_out")
    elif beat.printer_state == "error":
        found.append("printer_error")
    if beat.staff_call:
        found.append("staff_call")
    return tuple(found)


def _aware(value: datetime | None) -> datetime | None:
    return as_utc(value) if value is not None else None


def overview(session: Session, now: datetime, silent_s: float | None = None) -> list[KioskRow]:
    """Every kiosk known by a heartbeat or a kiosk token, those with flags first, then by id."""
    silent_s = silent_after_s() if silent_s is None else silent_s
    out: list[KioskRow] = []
    senders: set[str] = set()
    for beat in session.scalars(select(KioskHeartbeat)):
        senders.add(beat.token_name)
        out.append(
            KioskRow(
                kiosk_id=beat.kiosk_id,
                version=beat.version,
                queue_depth=beat.queue_depth,
                oldest_pending_at=_aware(beat.oldest_pending_at),
                printer_state=beat.printer_state,
                last_sync_at=_aware(beat.last_sync_at),
                staff_call=beat.staff_call,
                received_at=as_utc(beat.received_at),
                flags=flags_of(beat, now, silent_s),
            )
        )
    known = {row.kiosk_id for row in out}
    tokens = select(ApiToken).where(ApiToken.role == auth.KIOSK, ApiToken.revoked_at.is_(None))
    for token in session.scalars(tokens):
        if token.expires_at is not None and as_utc(token.expires_at) <= now:
            continue
        if token.name in senders or token.name in known:
            continue
        known.add(token.name)
        out.append(KioskRow(token.name, "", 0, None, "unknown", None, False, None, ("silent",)))
    _flag_tampered(session, out)
    out.sort(key=lambda row: (not row.flags, row.kiosk_id))
    return out


def _flag_tampered(session: Session, rows: list[KioskRow]) -> None:
    """``audit_tamper`` on each kiosk whose shipped audit log raised a tamper alarm
    (central/routes/kiosk_audit.py); such a kiosk not otherwise known gets a row of its own."""
    tampered = set(
        session.scalars(select(KioskAuditKiosk.kiosk_id).where(KioskAuditKiosk.alarms > 0))
    )
    for index, row in enumerate(rows):
        if row.kiosk_id in tampered:
            tampered.discard(row.kiosk_id)
            rows[index] = replace(row, flags=(*row.flags, "audit_tamper"))
    for kiosk_id in sorted(tampered):
        rows.append(
            KioskRow(kiosk_id, "", 0, None, "unknown", None, False, None, ("audit_tamper",))
        )
