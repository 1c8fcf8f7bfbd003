"""Staff PINs: salted scrypt hashes in ``<data_dir>/staff.json`` (owner-only), one per numbered slot.

The slot number says who acted (the audit log records it, never the PIN). Five wrong PINs in a row lock
staff mode for five minutes; the count and the lock are in the same file, so a restart does not reset
them. The file holds no PIN in clear: only ``salt`` and ``hash`` per slot, with the scrypt cost used.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.staff.files import write_private

FILE_NAME = "staff.json"
MAX_FAILURES = 5
LOCKOUT_S = 5 * 60.0
MIN_DIGITS = 6
MAX_DIGITS = 12
MAX_SLOT = 99
SALT_BYTES = 16


@dataclass(frozen=True)
class ScryptCost:
    """scrypt's work factors; the default is the interactive-login cost of RFC 7914 §2."""

    n: int = 2**14
    r: int = 8
    p: int = 1

    def derive(self, pin: str, salt: bytes) -> bytes:
        return hashlib.scrypt(
            pin.encode("utf-8"),
            salt=salt,
            n=self.n,
            r=self.r,
            p=self.p,
            maxmem=256 * self.n * self.r + 1024 * 1024,
            dklen=32,
        )


DEFAULT_COST = ScryptCost()


class PinError(ValueError):
    """A PIN or slot that cannot be set; ``code`` is a message id."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class PinCheck:
    """The answer to a PIN: ``slot`` when it matched; otherwise attempts left or the lock's time."""

    slot: int | None
    attempts_left: int
    locked_for_s: float = 0.0
    no_pins: bool = False

    @property
    def ok(self) -> bool:
        return self.slot is not None

    @property
    def locked(self) -> bool:
        return self.locked_for_s > 0

    @property
    def locked_minutes(self) -> int:
        """Whole minutes left, rounded up (what the PIN pad shows)."""
        return max(1, int(-(-self.locked_for_s // 60))) if self.locked else 0


def check_pin_format(pin: str) -> None:
    if not pin.isascii() or not pin.isdigit():
        raise PinError("pin.digits", "a PIN has digits only")
    if not MIN_DIGITS <= len(pin) <= MAX_DIGITS:
        raise PinError("pin.length", f"a PIN has {MIN_DIGITS} to {MAX_DIGITS} digits")


def check_slot(slot: int) -> None:
    if not 1 <= slot <= MAX_SLOT:
        raise PinError("pin.slot", f"slots are numbered 1 to {MAX_SLOT}")


class PinStore:
    """``PinStore(data_dir)``; ``clock`` and ``cost`` are injectable (tests pass a cheap cost)."""

    def __init__(
        self,
        data_dir: Path | str,
        *,
        clock: Callable[[], float] = time.time,
        cost: ScryptCost = DEFAULT_COST,
    ) -> None:
        self.path = Path(data_dir) / FILE_NAME
        self.clock = clock
        self.cost = cost
        self._lock = threading.Lock()

    # --- the file ----------------------------------------------------------------------------------
    def _load(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            data = {}
        if not isinstance(data, dict):
            data = {}
        data.setdefault("version", 1)
        data.setdefault("slots", {})
        data.setdefault("failures", 0)
        data.setdefault("locked_until", 0.0)
        return data

    def _save(self, data: dict[str, Any]) -> None:
        text = json.dumps(data, indent=2, sort_keys=True) + "\n"
        write_private(self.path, text.encode("utf-8"))

    def slots(self) -> list[int]:
        with self._lock:
            return sorted(int(s) for s in self._load()["slots"])

    # --- setting -----------------------------------------------------------------------------------
    def set_pin(self, slot: int, pin: str) -> None:
        """Set (or replace) the PIN of ``slot``; a PIN already used by another slot is refused."""
        check_slot(slot)
        check_pin_format(pin)
        with self._lock:
            data = self._load()
            for other, entry in data["slots"].items():
                if int(other) != slot and self._matches(entry, pin):
                    raise PinError("pin.taken", "another slot already has this PIN")
            salt = secrets.token_bytes(SALT_BYTES)
            data["slots"][str(slot)] = {
                "salt": salt.hex(),
                "hash": self.cost.derive(pin, salt).hex(),
                "n": self.cost.n,
                "r": self.cost.r,
                "p": self.cost.p,
                "set_at": self.clock(),
            }
            self._save(data)

    def remove(self, slot: int) -> bool:
        with self._lock:
            data = self._load()
            removed = data["slots"].pop(str(slot), None) is not None
            if removed:
                self._save(data)
            return removed

    # --- checking ----------------------------------------------------------------------------------
    @staticmethod
    def _matches(entry: dict[str, Any], pin: str) -> bool:
        try:
            cost = ScryptCost(int(entry["n"]), int(entry["r"]), int(entry["p"]))
            derived = cost.derive(pin, bytes.fromhex(entry["salt"]))
            return hmac.compare_digest(derived, bytes.fromhex(entry["hash"]))
        except (KeyError, TypeError, ValueError):
            return False

    def status(self) -> PinCheck:
        """Attempts left and the lock, without trying a PIN."""
        with self._lock:
            data = self._load()
        return self._state(data)

    def _state(self, data: dict[str, Any], slot: int | None = None) -> PinCheck:
        locked_for = max(0.0, float(data["locked_until"]) - self.clock())
        return PinCheck(
            slot=slot,
            attempts_left=max(0, MAX_FAILURES - int(data["failures"])),
            locked_for_s=locked_for,
            no_pins=not data["slots"],
        )

    def check(self, pin: str) -> PinCheck:
        """Try ``pin`` against every slot (each slot's hash is computed, matched or not)."""
        with self._lock:
            data = self._load()
            state = self._state(data)
            if state.locked or state.no_pins:
                return state
            found = None
            for slot, entry in sorted(data["slots"].items()):
                if self._matches(entry, pin) and found is None:
                    found = int(slot)
            if found is not None:
                if data["failures"] or data["locked_until"]:
                    data["failures"], data["locked_until"] = 0, 0.0
                    self._save(data)
                return self._state(data, found)
            data["failures"] = int(data["failures"]) + 1
            if data["failures"] >= MAX_FAILURES:
                data["failures"] = 0
                data["locked_until"] = self.clock() + LOCKOUT_S
            self._save(data)
            return self._state(data)
