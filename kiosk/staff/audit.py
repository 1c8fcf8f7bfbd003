"""The staff audit log: who (PIN slot), what, when — append-only JSON lines with a hash chain.

Each line carries the hash of the line before it and its own hash over its content, so an edited or
deleted earlier line breaks the chain at that point. The newest line's sequence number and hash are also
kept in ``staff-audit.head``, so cutting lines off the end shows too. Details never hold personal data:
search terms, names, FİNs and phone numbers stay out; tracking codes, ids, counts and keys go in.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kiosk.staff.files import OWNER_ONLY, write_private

FILE_NAME = "staff-audit.jsonl"
HEAD_NAME = "staff-audit.head"
GENESIS = "0" * 64
CONSOLE = 0  # the "who" of commands typed at the terminal's console (``kiosk staff …``)


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: float
    slot: int | None
    action: str
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def when(self) -> datetime:
        return datetime.fromtimestamp(self.at, UTC)


def _digest(prev: str, body: Mapping[str, Any]) -> str:
    text = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev + text).encode("utf-8")).hexdigest()


class AuditLog:
    """``AuditLog(data_dir)``; :meth:`record` appends, :meth:`entries` reads, :meth:`verify` checks."""

    def __init__(self, data_dir: Path | str, *, clock: Callable[[], float] = time.time) -> None:
        self.path = Path(data_dir) / FILE_NAME
        self.head_path = Path(data_dir) / HEAD_NAME
        self.clock = clock
        self._lock = threading.Lock()

    def _lines(self) -> list[str]:
        try:
            return self.path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return []

    def _last(self) -> tuple[int, str]:
        lines = self._lines()
        if not lines:
            return 0, GENESIS
        try:
            last = json.loads(lines[-1])
            return int(last["seq"]), str(last["hash"])
        except (ValueError, KeyError, TypeError):
            return len(lines), hashlib.sha256(lines[-1].encode("utf-8")).hexdigest()

    def record(self, slot: int | None, action: str, **details: Any) -> AuditEntry:
        """Append one line (flushed and fsynced before returning)."""
        with self._lock:
            seq, prev = self._last()
            body = {
                "seq": seq + 1,
                "at": round(self.clock(), 3),
                "slot": slot,
                "action": action,
                "details": details,
                "prev": prev,
            }
            digest = _digest(prev, body)
            line = json.dumps({**body, "hash": digest}, sort_keys=True, ensure_ascii=False)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, OWNER_ONLY)
            with os.fdopen(fd, "a", encoding="utf-8") as fh:
                fh.write(line + "\n")
                fh.flush()
                os.fsync(fh.fileno())
            write_private(self.head_path, f"{seq + 1} {digest}\n".encode("ascii"))
            return AuditEntry(seq + 1, float(body["at"]), slot, action, dict(details))  # type: ignore[arg-type]

    def entries(self, limit: int = 100) -> list[AuditEntry]:
        """The newest ``limit`` entries, newest first (lines that cannot be read are skipped)."""
        with self._lock:
            lines = self._lines()
        found: list[AuditEntry] = []
        for line in reversed(lines):
            if len(found) >= limit:
                break
            try:
                data = json.loads(line)
                found.append(
                    AuditEntry(
                        int(data["seq"]),
                        float(data["at"]),
                        data["slot"],
                        str(data["action"]),
                        dict(data.get("details") or {}),
                    )
                )
            except (ValueError, KeyError, TypeError):
                continue
        return found

    def verify(self) -> list[str]:
        """Problems found in the chain (empty when every line is intact and none is missing)."""
        with self._lock:
            lines = self._lines()
            head = self._read_head()
        problems: list[str] = []
        prev, expected_seq = GENESIS, 1
        for number, line in enumerate(lines, 1):
            try:
                data = json.loads(line)
                stored = data.pop("hash")
            except (ValueError, KeyError, TypeError, AttributeError):
                problems.append(f"line {number}: unreadable")
                prev = hashlib.sha256(line.encode("utf-8")).hexdigest()
                expected_seq += 1
                continue
            if data.get("prev") != prev:
                problems.append(f"line {number}: does not follow the line before it")
            if data.get("seq") != expected_seq:
                problems.append(f"line {number}: sequence {data.get('seq')} where {expected_seq}")
            if _digest(str(data.get("prev")), data) != stored:
                problems.append(f"line {number}: altered")
            prev = str(stored)
            seq = data.get("seq")
            expected_seq = (seq if isinstance(seq, int) else expected_seq) + 1
        if head is not None and head != (expected_seq - 1, prev):
            problems.append(f"the log ends at {expected_seq - 1} but was written up to {head[0]}")
        return problems

    def _read_head(self) -> tuple[int, str] | None:
        try:
            seq, digest = self.head_path.read_text(encoding="ascii").split()
            return int(seq), digest
        except FileNotFoundError:
            return None
        except ValueError:
            return (-1, "")
