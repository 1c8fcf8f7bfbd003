"""Plain values the outbox hands out: attachments, rows as staff see them, events, sync status."""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Attachment:
    """A file of a submission (e.g. a meter photo, Azərsu guide 002 §4). ``sha256``/``size`` of ``data``."""

    field: str
    filename: str
    content_type: str
    data: bytes = dataclasses.field(repr=False)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass(frozen=True)
class OutboxItem:
    """One row without its personal payload (safe to list for staff)."""

    id: str
    service: str
    tracking_code: str
    state: str
    attempts: int
    created_at: str
    next_attempt_at: float
    last_error: str | None
    reject_code: str | None
    reject_errors: dict[str, str]
    server_reference: str | None
    sent_at: float | None
    purged: bool

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "service": self.service,
            "tracking_code": self.tracking_code,
            "state": self.state,
            "attempts": self.attempts,
            "created_at": self.created_at,
            "next_attempt_at": self.next_attempt_at,
            "last_error": self.last_error,
            "reject_code": self.reject_code,
            "reject_errors": dict(self.reject_errors),
            "server_reference": self.server_reference,
            "sent_at": self.sent_at,
            "purged": self.purged,
        }


@dataclass(frozen=True)
class OutboxEvent:
    """Something staff must know about: ``outbox.quarantined``, ``outbox.halted``, ``outbox.halt_cleared``."""

    kind: str
    at: float
    detail: dict[str, Any]


@dataclass(frozen=True)
class SyncStatus:
    counts: dict[str, int]
    last_success_at: float | None
    last_error: str | None
    online: bool | None  # None: nothing tried yet
    halted: bool = False

    @property
    def waiting(self) -> int:
        return self.counts.get("pending", 0) + self.counts.get("sending", 0)

    def as_dict(self) -> dict[str, Any]:
        return {
            "counts": dict(self.counts),
            "last_success_at": self.last_success_at,
            "last_error": self.last_error,
            "online": self.online,
            "halted": self.halted,
        }
