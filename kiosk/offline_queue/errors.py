"""Errors of the outbox the caller must handle. Each carries a message id the UI translates."""

from __future__ import annotations

import sqlite3

# Primary result codes (https://www.sqlite.org/rescode.html); extended codes keep them in the low byte.
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_CONSTRAINT = 19
SQLITE_NOTADB = 26


class OutboxError(Exception):
    """Base of the outbox's errors. ``message_id`` is stable and translated at the edges."""

    message_id = "outbox.error"

    def __init__(self, detail: str = "", message_id: str | None = None) -> None:
        if message_id is not None:
            self.message_id = message_id
        super().__init__(f"{self.message_id}: {detail}" if detail else self.message_id)
        self.detail = detail


class OutboxDiskFull(OutboxError):
    """The disk (or the database's size limit) is full. The outbox halts until staff clear it."""

    message_id = "outbox.disk_full"


class OutboxIOError(OutboxError):
    """The operating system reported an I/O error. The outbox halts until staff clear it."""

    message_id = "outbox.io_error"


class OutboxLocked(OutboxError):
    """Another process held the database longer than the busy timeout. Nothing was written."""

    message_id = "outbox.locked"


class OutboxHalted(OutboxError):
    """An earlier disk-full or I/O error stopped the outbox; staff must clear the halt first."""

    message_id = "outbox.halted"


class OutboxCorrupt(OutboxError):
    message_id = "outbox.corrupt"


class AttachmentTooLarge(OutboxError):
    message_id = "outbox.attachment_too_large"


class InvalidSubmission(OutboxError):
    """The caller handed over something that cannot be stored or sent as it is."""

    message_id = "outbox.invalid"


class NotFound(OutboxError):
    message_id = "outbox.not_found"


class WrongState(OutboxError):
    message_id = "outbox.wrong_state"


class SchemaTooNew(OutboxError):
    """The file was written by a newer kiosk version; it is left untouched."""

    message_id = "outbox.schema_too_new"


def primary_code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def translate(exc: sqlite3.Error) -> OutboxError:
    """The typed error for a failed SQLite call."""
    code = primary_code(exc)
    name = getattr(exc, "sqlite_errorname", type(exc).__name__)
    if code == SQLITE_FULL:
        return OutboxDiskFull(name)
    if code in (SQLITE_IOERR, SQLITE_CANTOPEN):
        return OutboxIOError(name)
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return OutboxLocked(name)
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return OutboxCorrupt(name)
    if code == SQLITE_CONSTRAINT:
        return InvalidSubmission(name, message_id="outbox.duplicate")
    return OutboxError(name)


HALTING = (OutboxDiskFull, OutboxIOError, OutboxCorrupt)
