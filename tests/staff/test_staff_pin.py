"""Staff PINs: salted scrypt hashes only, one slot per staff member, five wrong PINs lock for 5 minutes."""

from __future__ import annotations

import io
import json
import stat
import sys
from pathlib import Path

import pytest
from staff_helpers import FAST

from kiosk.config import load_config
from kiosk.staff import cli
from kiosk.staff.audit import AuditLog
from kiosk.staff.pin import DEFAULT_COST, LOCKOUT_S, PinError, PinStore


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def test_the_file_holds_salted_slow_hashes_and_no_pin(tmp_path: Path) -> None:
    store = PinStore(tmp_path)  # the real cost, n = 2**14
    store.set_pin(1, "135790")
    store.set_pin(2, "864200")
    raw = store.path.read_bytes()
    assert b"135790" not in raw and b"864200" not in raw
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    slots = json.loads(raw)["slots"]
    assert slots["1"]["salt"] != slots["2"]["salt"]
    assert len(bytes.fromhex(slots["1"]["salt"])) == 16
    assert (slots["1"]["n"], slots["1"]["r"], slots["1"]["p"]) == (2**14, 8, 1)
    assert DEFAULT_COST.n == 2**14
    assert store.check("135790").slot == 1
    assert store.check("864200").slot == 2


def test_same_pin_gives_different_hashes_in_two_files(tmp_path: Path) -> None:
    one, two = PinStore(tmp_path / "a", cost=FAST), PinStore(tmp_path / "b", cost=FAST)
    one.set_pin(1, "111222")
    two.set_pin(1, "111222")
    hash_one = json.loads(one.path.read_text())["slots"]["1"]["hash"]
    hash_two = json.loads(two.path.read_text())["slots"]["1"]["hash"]
    assert hash_one != hash_two


def test_wrong_pins_are_counted_and_five_lock_for_five_minutes(tmp_path: Path) -> None:
    clock = Clock()
    store = PinStore(tmp_path, clock=clock, cost=FAST)
    store.set_pin(3, "246810")
    for left in (4, 3, 2, 1):
        result = store.check("000000")
        assert not result.ok and not result.locked and result.attempts_left == left
    fifth = store.check("000001")
    assert fifth.locked and fifth.locked_minutes == 5
    # Locked: even the right PIN does not open, and a restart (a new store on the file) keeps the lock.
    assert not store.check("246810").ok
    restarted = PinStore(tmp_path, clock=clock, cost=FAST)
    assert restarted.status().locked
    clock.now += LOCKOUT_S - 61
    assert restarted.check("246810").locked_minutes == 2
    clock.now += 62
    result = restarted.check("246810")
    assert result.ok and result.slot == 3 and result.attempts_left == 5


def test_a_right_pin_resets_the_count(tmp_path: Path) -> None:
    store = PinStore(tmp_path, cost=FAST)
    store.set_pin(1, "246810")
    store.check("999999")
    store.check("999998")
    assert store.status().attempts_left == 3
    assert store.check("246810").ok
    assert store.status().attempts_left == 5


def test_bad_pins_and_slots_are_refused(tmp_path: Path) -> None:
    store = PinStore(tmp_path, cost=FAST)
    for slot, pin, code in (
        (1, "1234", "pin.length"),
        (1, "12345a", "pin.digits"),
        (0, "123456", "pin.slot"),
        (100, "123456", "pin.slot"),
    ):
        with pytest.raises(PinError) as caught:
            store.set_pin(slot, pin)
        assert caught.value.code == code
    store.set_pin(1, "123456")
    with pytest.raises(PinError, match="another slot"):
        store.set_pin(2, "123456")
    assert store.slots() == [1]


def test_no_pin_set_up(tmp_path: Path) -> None:
    result = PinStore(tmp_path, cost=FAST).check("123456")
    assert result.no_pins and not result.ok


def test_set_pin_command_reads_the_pin_twice_from_stdin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import argparse

    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("KIOSK_CONFIG", raising=False)
    parser = argparse.ArgumentParser(prog="kiosk")
    cli.add_staff_commands(parser.add_subparsers(dest="command"), lambda args: load_config(None))

    def run(argv: list[str], stdin: str) -> int:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        args = parser.parse_args(argv)
        return int(args.func(args))

    assert run(["staff", "set-pin", "2"], "482916\n482917\n") == 1
    assert not (tmp_path / "staff.json").exists()
    assert run(["staff", "set-pin", "2"], "482916\n482916\n") == 0
    assert "482916" not in (tmp_path / "staff.json").read_text()
    assert PinStore(tmp_path).check("482916").slot == 2
    entry = AuditLog(tmp_path).entries()[0]
    assert (entry.slot, entry.action, entry.details) == (0, "pin.set", {"pin_slot": 2})
    assert run(["staff", "audit", "--json"], "") == 0
    out = capsys.readouterr().out.strip().splitlines()[-1]
    assert json.loads(out)["problems"] == []
    assert run(["staff", "remove-pin", "2"], "") == 0
    assert PinStore(tmp_path).slots() == []
