"""Opening the outbox file: the pragmas, the start-up check, quarantine of a corrupt file.

sqlite-utils sets no pragmas itself, so they are set here on every connection: WAL journal,
``synchronous=FULL`` (a commit is on disk when it returns, power cut included), a busy timeout, and foreign
keys. The connection is in autocommit mode (``isolation_level=None``) so that the outbox opens every
write transaction itself with ``BEGIN IMMEDIATE``: a deferred transaction that reads and then writes can
fail in WAL mode with SQLITE_BUSY_SNAPSHOT, which no busy handler retries.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from kiosk.core import jsonio
from kiosk.offline_queue.errors import (
    SQLITE_CORRUPT,
    SQLITE_NOTADB,
    OutboxIOError,
    primary_code,
    translate,
)

log = logging.getLogger(__name__)
SIDE_FILES = ("-wal", "-shm", "-journal")


def connect(path: Path, busy_timeout_s: float) -> sqlite_utils.Database:
    conn = sqlite3.connect(
        str(path), timeout=busy_timeout_s, isolation_level=None, check_same_thread=False
    )
    try:
        db = sqlite_utils.Database(conn, execute_plugins=False)
        db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_s * 1000)}")
        mode = str(db.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        if mode.lower() != "wal":
            raise OutboxIOError(f"journal_mode is {mode}, not wal")
        db.execute("PRAGMA synchronous = FULL")
        db.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        conn.close()
        raise
    return db


def check_problems(db: sqlite_utils.Database) -> list[str]:
    """``PRAGMA quick_check``'s findings; empty when the file is sound."""
    rows = [str(r[0]) for r in db.execute("PRAGMA quick_check").fetchall()]
    return [] if rows == ["ok"] else rows


def quarantine(path: Path, now: float) -> Path:
    """Move the file (and its WAL and shared-memory files) aside under a dated name. Never deletes."""
    stamp = datetime.fromtimestamp(now, UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    for suffix in ("", *SIDE_FILES):
        source = Path(str(path) + suffix)
        if source.exists():
            os.replace(source, Path(str(target) + suffix))
    _fsync_dir(path.parent)
    return target


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        log.warning("could not fsync directory %s", directory)
    finally:
        os.close(fd)


def open_checked(
    path: Path, busy_timeout_s: float, now: float
) -> tuple[sqlite_utils.Database, dict[str, Any] | None]:
    """A connection to a sound outbox file, and the quarantine report when a corrupt one was moved aside.

    Locked or unreadable files raise the typed error; only a file SQLite calls corrupt or not a
    database is quarantined.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    db: sqlite_utils.Database | None = None
    try:
        db = connect(path, busy_timeout_s)
        problems = check_problems(db)
    except sqlite3.DatabaseError as exc:
        if db is not None:
            db.close()
        if primary_code(exc) not in (SQLITE_CORRUPT, SQLITE_NOTADB):
            raise translate(exc) from exc
        problems = [getattr(exc, "sqlite_errorname", "") or str(exc)]
        db = None
    if not problems:
        assert db is not None
        return db, None
    if db is not None:
        db.close()
    moved = quarantine(path, now)
    log.error("outbox file failed its check and was moved to %s", moved)
    return connect(path, busy_timeout_s), {"moved_to": str(moved), "problems": problems[:10]}


def read_only_counts(path: Path) -> dict[str, int] | None:
    """Submissions per state, read without writing a byte: for ``kiosk queue status`` when the outbox
    cannot be opened for writing (a full or read-only disk, where SQLite cannot make its ``-shm``
    file). Read-only first; then the file alone (``immutable``), which misses only what its WAL still
    holds (:func:`wal_holds_writes` says whether it holds any). None when even that fails."""
    if not path.is_file():
        return None
    base = path.resolve().as_uri()
    for query in ("?mode=ro", "?mode=ro&immutable=1"):
        try:
            conn = sqlite3.connect(base + query, uri=True, timeout=1.0)
        except sqlite3.Error:
            continue
        try:
            rows = conn.execute("SELECT state, COUNT(*) FROM submissions GROUP BY state").fetchall()
            return {str(state): int(count) for state, count in rows}
        except sqlite3.Error:
            continue
        finally:
            conn.close()
    return None


def wal_holds_writes(path: Path) -> bool:
    """Whether the outbox's WAL file holds writes not yet in the main file."""
    try:
        return Path(str(path) + "-wal").stat().st_size > 0
    except OSError:
        return False


class HaltMarker:
    """A file beside the outbox that says it stopped taking submissions, and why (survives restarts)."""

    def __init__(self, outbox_path: Path) -> None:
        self.path = outbox_path.with_name(outbox_path.name + ".halted")

    def read(self) -> dict[str, Any] | None:
        try:
            text = self.path.read_text("utf-8")
        except FileNotFoundError:
            return None
        except OSError:
            return {"reason": "outbox.io_error"}
        try:
            data = jsonio.loads(text)
        except ValueError:
            data = None
        return data if isinstance(data, dict) else {"reason": "unknown"}

    def write(self, reason: str, detail: str) -> bool:
        """Best effort: on a full disk this may fail too; the in-memory halt still holds."""
        body = json.dumps({"reason": reason, "detail": detail, "at": time.time()})
        try:
            with open(self.path, "w", encoding="utf-8") as fh:
                fh.write(body)
                fh.flush()
                os.fsync(fh.fileno())
        except OSError:
            # An empty or cut marker would say "halted, reason unknown" after the space is back.
            try:
                self.path.unlink(missing_ok=True)
            except OSError:
                pass
            return False
        return True

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)
