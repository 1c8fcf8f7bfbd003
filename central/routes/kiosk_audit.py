"""The kiosks' staff audit logs, shipped to the central (docs/WIRE.md "Staff audit entries",
docs/SECURITY.md "Staff audit log").

``POST /api/v1/kiosk-audit`` (kiosk token): a batch of a kiosk's audit entries. Each entry is stored
once under ``(kiosk_id, seq)``; the same entry sent again changes nothing. An entry that differs from
the one held under its number, or that does not follow the held entry before it (or is not followed
by the held entry after it), is refused with 409 ``audit_conflict`` and recorded as a tamper alarm:
the kiosk's log was rewritten after those entries left it. The answer gives ``acked``, the highest
number up to which every entry is held.

``GET /api/v1/kiosk-audit/{kiosk_id}/digest?upto=N`` (the same kiosk token): the MAC held for entry
``N`` (by default ``acked``), with which the kiosk checks its log still holds what it shipped.

A kiosk id belongs to the token name that first shipped entries for it: another kiosk token can
neither add to its log nor read it back (404, as for a kiosk never heard of).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request
from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from central.capacity import READ, WRITE, run_db
from central.db import KioskAuditAlarm, KioskAuditEntry, KioskAuditKiosk, utcnow
from central.deps import KioskDep
from central.routes.heartbeat import KIOSK_ID_PATTERN, parse_json

router = APIRouter(tags=["fleet"])

MAX_BODY_BYTES = 256 * 1024
MAX_ENTRIES = 200
MAX_SEQ = 2**31 - 1
HEX64 = r"^[0-9a-f]{64}$"
CONFLICT = "conflict"
CHAIN_BREAK = "chain_break"

# A detail value: what the kiosk's audit entries hold (ids, counts, flags, message ids, key names).
Scalar = (
    Annotated[StrictStr, Field(max_length=1024)]
    | Annotated[StrictInt, Field(ge=-(2**53), le=2**53)]
    | StrictBool
    | Annotated[float, Field(allow_inf_nan=False, strict=True)]
    | None
)
Detail = Annotated[
    dict[
        Annotated[str, Field(pattern=r"^[a-z_][a-z0-9_]{0,31}$")],
        Scalar | Annotated[list[Scalar], Field(max_length=32)],
    ],
    Field(max_length=32),
]


class AuditEntryIn(BaseModel):
    """One line of the kiosk's log (kiosk/staff/audit.py): ``actor`` is its PIN slot (0 the console,
    none the kiosk itself), ``detail`` its details, ``prev`` and ``mac`` its chain."""

    model_config = ConfigDict(extra="forbid")

    seq: Annotated[int, Field(ge=1, le=MAX_SEQ, strict=True)]
    at: Annotated[float, Field(ge=0, le=32503680000, allow_inf_nan=False, strict=True)]
    action: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_.]{0,63}$", max_length=64)]
    actor: Annotated[int, Field(ge=0, le=99, strict=True)] | None
    detail: Detail
    prev: Annotated[str, Field(pattern=HEX64)]
    mac: Annotated[str, Field(pattern=HEX64)]


class AuditBatchIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kiosk_id: Annotated[str, Field(pattern=KIOSK_ID_PATTERN, max_length=64)]
    entries: Annotated[list[AuditEntryIn], Field(min_length=1, max_length=MAX_ENTRIES)]


def canonical(entry: AuditEntryIn) -> str:
    return json.dumps(
        entry.model_dump(mode="json"), sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )


@dataclass(frozen=True)
class Stored:
    acked: int
    stored: int
    held: int


@dataclass(frozen=True)
class Refused:
    code: str
    seq: int = 0
    kind: str = ""


def _alarm(
    session: Session, kiosk_id: str, token_name: str, problem: tuple[str, int, str, str]
) -> bool:
    """Record one tamper alarm unless this very offer was recorded before; True when new."""
    kind, seq, held, offered = problem
    exists = session.scalar(
        select(KioskAuditAlarm.id).where(
            KioskAuditAlarm.kiosk_id == kiosk_id,
            KioskAuditAlarm.seq == seq,
            KioskAuditAlarm.kind == kind,
            KioskAuditAlarm.offered_mac == offered,
        )
    )
    if exists is not None:
        return False
    session.add(
        KioskAuditAlarm(
            kiosk_id=kiosk_id,
            seq=seq,
            kind=kind,
            held_mac=held,
            offered_mac=offered,
            token_name=token_name,
        )
    )
    return True


def _contiguous(session: Session, kiosk_id: str, acked: int) -> int:
    """The highest number up to which every entry is held, from ``acked`` on."""
    while True:
        seqs = session.scalars(
            select(KioskAuditEntry.seq)
            .where(KioskAuditEntry.kiosk_id == kiosk_id, KioskAuditEntry.seq > acked)
            .order_by(KioskAuditEntry.seq)
            .limit(1000)
        ).all()
        for seq in seqs:
            if seq != acked + 1:
                return acked
            acked = seq
        if len(seqs) < 1000:
            return acked


def _store_once(session: Session, batch: AuditBatchIn, token_name: str) -> Stored | Refused:
    kiosk_id = batch.kiosk_id
    owner = session.get(KioskAuditKiosk, kiosk_id, with_for_update=True)
    if owner is None:
        owner = KioskAuditKiosk(kiosk_id=kiosk_id, token_name=token_name, acked_seq=0, alarms=0)
        session.add(owner)
        session.flush()
    elif owner.token_name != token_name:
        return Refused("not_found")
    offered: dict[int, AuditEntryIn] = {}
    for entry in batch.entries:
        if entry.seq in offered and canonical(offered[entry.seq]) != canonical(entry):
            return Refused("duplicate_seq", entry.seq)
        offered[entry.seq] = entry
    wanted = set(offered) | {s - 1 for s in offered} | {s + 1 for s in offered}
    held = {
        row.seq: row
        for row in session.scalars(
            select(KioskAuditEntry).where(
                KioskAuditEntry.kiosk_id == kiosk_id, KioskAuditEntry.seq.in_(wanted)
            )
        )
    }
    problems: list[tuple[str, int, str, str]] = []
    new: list[AuditEntryIn] = []
    for seq in sorted(offered):
        entry = offered[seq]
        row = held.get(seq)
        if row is not None:
            if row.body != canonical(entry):
                problems.append((CONFLICT, seq, row.mac, entry.mac))
            continue
        before, after = held.get(seq - 1), held.get(seq + 1)
        if before is not None and before.mac != entry.prev:
            problems.append((CHAIN_BREAK, seq, before.mac, entry.prev))
        elif after is not None and after.prev != entry.mac:
            problems.append((CHAIN_BREAK, seq, after.prev, entry.mac))
        else:
            new.append(entry)
    if problems:
        session.rollback()
        owner = session.get(KioskAuditKiosk, kiosk_id, with_for_update=True)
        if owner is None:  # the batch that made the row was the refused one
            owner = KioskAuditKiosk(kiosk_id=kiosk_id, token_name=token_name, acked_seq=0, alarms=0)
            session.add(owner)
        added = sum(_alarm(session, kiosk_id, token_name, problem) for problem in problems)
        if added:
            owner.alarms = (owner.alarms or 0) + added
            owner.last_alarm_at = utcnow()
        session.commit()
        kind, seq = problems[0][0], problems[0][1]
        return Refused("audit_conflict", seq, kind)
    now = utcnow()
    for entry in new:
        session.add(
            KioskAuditEntry(
                kiosk_id=kiosk_id,
                seq=entry.seq,
                at=datetime.fromtimestamp(entry.at, UTC),
                action=entry.action,
                actor=entry.actor,
                prev=entry.prev,
                mac=entry.mac,
                body=canonical(entry),
                token_name=token_name,
                received_at=now,
            )
        )
    session.flush()
    owner.acked_seq = _contiguous(session, kiosk_id, owner.acked_seq or 0)
    owner.updated_at = now
    acked = owner.acked_seq
    session.commit()
    return Stored(acked, len(new), len(offered) - len(new))


def store(session: Session, batch: AuditBatchIn, token_name: str) -> Stored | Refused:
    """Store a batch (see the module docstring); a batch racing another of the same kiosk is tried
    again once, and then finds the other's entries held."""
    for attempt in range(2):
        try:
            return _store_once(session, batch, token_name)
        except IntegrityError:
            session.rollback()
            if attempt:
                raise
    raise AssertionError("unreachable")


@router.post(
    "/api/v1/kiosk-audit",
    responses={
        401: {"description": "Missing or unknown token"},
        404: {"description": "not_found: the kiosk id belongs to another kiosk token"},
        409: {"description": "audit_conflict: an entry differs from the one held (tamper alarm)"},
        413: {"description": "Body over 256 KiB"},
        422: {"description": "invalid_payload with field errors"},
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": AuditBatchIn.model_json_schema()}},
        }
    },
)
async def ship(request: Request, principal: KioskDep) -> dict[str, Any]:
    """Store a kiosk's staff audit entries once each; answer the highest number held without a gap."""
    batch = await parse_json(request, AuditBatchIn, MAX_BODY_BYTES)
    outcome = await run_db(request, WRITE, store, batch, principal.name)
    if isinstance(outcome, Refused):
        if outcome.code == "not_found":
            raise HTTPException(404, detail={"code": "not_found"})
        if outcome.code == "duplicate_seq":
            raise HTTPException(
                422,
                detail={"code": "invalid_payload", "errors": {"entries": "duplicate_seq"}},
            )
        raise HTTPException(
            409, detail={"code": outcome.code, "seq": outcome.seq, "kind": outcome.kind}
        )
    return {
        "kiosk_id": batch.kiosk_id,
        "acked": outcome.acked,
        "stored": outcome.stored,
        "already_held": outcome.held,
    }


def _digest(
    session: Session, kiosk_id: str, upto: int | None, token_name: str
) -> dict[str, Any] | None:
    owner = session.get(KioskAuditKiosk, kiosk_id)
    if owner is None or owner.token_name != token_name:
        return None
    seq = owner.acked_seq if upto is None else upto
    mac = session.scalar(
        select(KioskAuditEntry.mac).where(
            KioskAuditEntry.kiosk_id == kiosk_id, KioskAuditEntry.seq == seq
        )
    )
    return {
        "kiosk_id": kiosk_id,
        "acked": owner.acked_seq,
        "seq": seq,
        "mac": mac,
        "alarms": owner.alarms,
    }


@router.get(
    "/api/v1/kiosk-audit/{kiosk_id}/digest",
    responses={
        401: {"description": "Missing or unknown token"},
        404: {"description": "not_found: nothing held for this kiosk under this token"},
    },
)
async def digest(
    request: Request,
    principal: KioskDep,
    kiosk_id: Annotated[str, Path(pattern=KIOSK_ID_PATTERN, max_length=64)],
    upto: Annotated[int | None, Query(ge=1, le=MAX_SEQ)] = None,
) -> dict[str, Any]:
    """The MAC held for entry ``upto`` of the kiosk's log (by default the last one held without a
    gap; ``mac`` null when that entry is not held), with ``acked`` and the count of tamper alarms."""
    found = await run_db(request, READ, _digest, kiosk_id, upto, principal.name)
    if found is None:
        raise HTTPException(404, detail={"code": "not_found"})
    return found
