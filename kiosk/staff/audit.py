"""The staff audit log: who (PIN slot), what, when — append-only JSON lines with a keyed chain.

Each line carries the MAC of the line before it (``prev``) and its own MAC over its content (``mac``:
HMAC-SHA-256 under the kiosk's audit key), so an edited or deleted earlier line breaks the chain at
that point — and, unlike a plain hash chain, the chain cannot be rebuilt after lines were deleted
without the key. The key is 32 random bytes in ``<data_dir>/staff-audit.key``, kept like the outbox's
key (kiosk/offline_queue/keys.py: owner-only, made at the first keyed entry, a file open to others
refused). The newest line's sequence number and MAC are also kept in ``staff-audit.head``, so cutting
lines off the end shows too. Details never hold personal data: search terms, names, FİNs and phone
numbers stay out; tracking codes, ids, counts and keys go in.

Logs written before the chain was keyed hold lines with a plain SHA-256 ``hash`` instead of a
``mac``. The first entry recorded into such a log is preceded by a marker line,
``audit.keyed_chain_begins`` (with the number of unkeyed lines before it), itself keyed: the lines
before it are still checked as the plain chain they are, every line after it must carry a valid
``mac``, and a log without the marker whose key exists — a chain rebuilt without the key — is
reported (docs/SECURITY.md "Staff audit log").
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kiosk.offline_queue.keys import KeyFileError, create_key, read_key
from kiosk.staff.files import OWNER_ONLY, write_private

FILE_NAME = "staff-audit.jsonl"
HEAD_NAME = "staff-audit.head"
KEY_NAME = "staff-audit.key"
GENESIS = "0" * 64
# The line where the keyed chain begins in a log that has older, unkeyed lines.
KEYED_CHAIN_BEGINS = "audit.keyed_chain_begins"
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


def _canonical(prev: str, body: Mapping[str, Any]) -> bytes:
    text = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return (prev + text).encode("utf-8")


def _digest(prev: str, body: Mapping[str, Any]) -> str:
    """The plain SHA-256 of the lines written before the chain was keyed."""
    return hashlib.sha256(_canonical(prev, body)).hexdigest()


def _mac(key: bytes, prev: str, body: Mapping[str, Any]) -> str:
    return hmac.new(key, _canonical(prev, body), hashlib.sha256).hexdigest()


class AuditLog:
    """``AuditLog(data_dir)``; :meth:`record` appends, :meth:`entries` reads, :meth:`verify` checks."""

    def __init__(self, data_dir: Path | str, *, clock: Callable[[], float] = time.time) -> None:
        self.path = Path(data_dir) / FILE_NAME
        self.head_path = Path(data_dir) / HEAD_NAME
        self.key_path = Path(data_dir) / KEY_NAME
        self.clock = clock
        self._lock = threading.Lock()

    def _lines(self) -> list[str]:
        try:
            return self.path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return []

    def _last(self, lines: list[str]) -> tuple[int, str, bool]:
        """The last line's sequence number and MAC (or hash), and whether the log holds a keyed
        line."""
        if not lines:
            return 0, GENESIS, False
        try:
            last = json.loads(lines[-1])
            keyed = "mac" in last
            return int(last["seq"]), str(last["mac"] if keyed else last["hash"]), keyed
        except (ValueError, KeyError, TypeError):
            keyed = any('"mac": ' in line for line in lines)
            return len(lines), hashlib.sha256(lines[-1].encode("utf-8")).hexdigest(), keyed

    def _key(self) -> bytes:
        """The audit key, made at the first keyed entry; KeyFileError when it cannot be used."""
        try:
            return read_key(self.key_path)
        except FileNotFoundError:
            return create_key(self.key_path)

    def _append(self, key: bytes, seq: int, prev: str, body: dict[str, Any]) -> str:
        mac = _mac(key, prev, body)
        line = json.dumps({**body, "mac": mac}, sort_keys=True, ensure_ascii=False)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, OWNER_ONLY)
        with os.fdopen(fd, "a", encoding="utf-8") as fh:
            fh.write(line + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        write_private(self.head_path, f"{seq} {mac}\n".encode("ascii"))
        return mac

    def record(self, slot: int | None, action: str, **details: Any) -> AuditEntry:
        """Append one line (flushed and fsynced before returning); into a log of unkeyed lines, the
        marker where the keyed chain begins first."""
        with self._lock:
            key = self._key()
            lines = self._lines()
            seq, prev, keyed = self._last(lines)
            at = round(self.clock(), 3)
            if lines and not keyed:
                seq += 1
                marker = {
                    "seq": seq,
                    "at": at,
                    "slot": None,
                    "action": KEYED_CHAIN_BEGINS,
                    "details": {"unkeyed_lines": len(lines)},
                    "prev": prev,
                }
                prev = self._append(key, seq, prev, marker)
            body = {
                "seq": seq + 1,
                "at": at,
                "slot": slot,
                "action": action,
                "details": details,
                "prev": prev,
            }
            self._append(key, seq + 1, prev, body)
            return AuditEntry(seq + 1, at, slot, action, dict(details))

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

    def lines_after(self, seq: int, limit: int) -> list[dict[str, Any]]:
        """Up to ``limit`` lines numbered above ``seq``, oldest first, as written (``mac``, or
        ``hash`` for a line from before the chain was keyed); lines that cannot be read are
        skipped."""
        with self._lock:
            lines = self._lines()
        found: list[dict[str, Any]] = []
        for line in lines:
            try:
                data = json.loads(line)
                number = data["seq"]
            except (ValueError, KeyError, TypeError):
                continue
            if isinstance(number, int) and number > seq:
                found.append(data)
                if len(found) >= limit:
                    break
        return found

    def seals(self) -> dict[int, str]:
        """Each readable line's number and MAC (or plain hash): what the central's copy is
        compared with (kiosk/staff/shipping.py)."""
        with self._lock:
            lines = self._lines()
        found: dict[int, str] = {}
        for line in lines:
            try:
                data = json.loads(line)
                seal = data["mac"] if "mac" in data else data["hash"]
                if isinstance(data["seq"], int):
                    found.setdefault(data["seq"], str(seal))
            except (ValueError, KeyError, TypeError):
                continue
        return found

    def verify(self) -> list[str]:
        """Problems found in the chain (empty when every line is intact and none is missing)."""
        with self._lock:
            lines = self._lines()
            head = self._read_head()
        key, problems = self._verifying_key()
        prev, expected_seq = GENESIS, 1
        keyed_from: int | None = None  # the number of the first keyed line
        for number, line in enumerate(lines, 1):
            try:
                data = json.loads(line)
                keyed = "mac" in data
                stored = data.pop("mac" if keyed else "hash")
            except (ValueError, KeyError, TypeError, AttributeError):
                problems.append(f"line {number}: unreadable")
                prev = hashlib.sha256(line.encode("utf-8")).hexdigest()
                expected_seq += 1
                continue
            if data.get("prev") != prev:
                problems.append(f"line {number}: does not follow the line before it")
            if data.get("seq") != expected_seq:
                problems.append(f"line {number}: sequence {data.get('seq')} where {expected_seq}")
            if keyed:
                if keyed_from is None:
                    keyed_from = number
                    problems.extend(self._keyed_start(number, data))
                if key is None:
                    if number == keyed_from:
                        problems.append(
                            "the audit key is missing: the keyed lines cannot be checked"
                        )
                elif not hmac.compare_digest(_mac(key, str(data.get("prev")), data), str(stored)):
                    problems.append(f"line {number}: altered")
            else:
                if keyed_from is not None:
                    problems.append(f"line {number}: unkeyed line after the keyed chain began")
                if _digest(str(data.get("prev")), data) != stored:
                    problems.append(f"line {number}: altered")
            prev = str(stored)
            seq = data.get("seq")
            expected_seq = (seq if isinstance(seq, int) else expected_seq) + 1
        if key is not None and lines and keyed_from is None:
            problems.append("no line is keyed although the audit key exists: the chain was rebuilt")
        if head is not None and head != (expected_seq - 1, prev):
            problems.append(f"the log ends at {expected_seq - 1} but was written up to {head[0]}")
        return problems

    def _verifying_key(self) -> tuple[bytes | None, list[str]]:
        """The audit key (None when there is none) and the problem with its file, if any."""
        try:
            return read_key(self.key_path), []
        except FileNotFoundError:
            return None, []
        except KeyFileError as exc:
            return None, [f"the audit key cannot be used: {exc}"]

    @staticmethod
    def _keyed_start(number: int, data: Mapping[str, Any]) -> list[str]:
        """The first keyed line is line 1, or the marker counting the unkeyed lines before it."""
        if number == 1:
            return []
        details = data.get("details")
        if data.get("action") != KEYED_CHAIN_BEGINS or not isinstance(details, dict):
            return [f"line {number}: the keyed chain begins without its marker"]
        if details.get("unkeyed_lines") != number - 1:
            return [
                f"line {number}: the keyed chain begins after {details.get('unkeyed_lines')} "
                f"unkeyed lines, not {number - 1}"
            ]
        return []

    def _read_head(self) -> tuple[int, str] | None:
        try:
            seq, digest = self.head_path.read_text(encoding="ascii").split()
            return int(seq), digest
        except FileNotFoundError:
            return None
        except ValueError:
            return (-1, "")
