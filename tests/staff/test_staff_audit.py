"""The audit log: append-only lines in a hash chain; an edited, removed or cut-off line is detected."""

from __future__ import annotations

import json
from pathlib import Path

from kiosk.staff.audit import AuditLog


def filled(tmp_path: Path) -> AuditLog:
    log = AuditLog(tmp_path, clock=iter(range(1_800_000_000, 1_800_000_100)).__next__)
    log.record(1, "staff.enter")
    log.record(1, "outbox.find", by="fin", found=1)
    log.record(1, "receipt.reprint", tracking_code="K7QM-3XWD", printed=True)
    log.record(2, "staff.leave", reason="idle")
    return log


def test_entries_newest_first(tmp_path: Path) -> None:
    log = filled(tmp_path)
    entries = log.entries()
    assert [e.action for e in entries] == [
        "staff.leave",
        "receipt.reprint",
        "outbox.find",
        "staff.enter",
    ]
    assert entries[0].slot == 2 and entries[0].details == {"reason": "idle"}
    assert [e.seq for e in log.entries(limit=2)] == [4, 3]
    assert log.verify() == []


def test_an_edited_line_is_detected(tmp_path: Path) -> None:
    log = filled(tmp_path)
    lines = log.path.read_text().splitlines()
    data = json.loads(lines[1])
    data["details"]["found"] = 0
    lines[1] = json.dumps(data, sort_keys=True)
    log.path.write_text("\n".join(lines) + "\n")
    assert any("line 2: altered" in p for p in log.verify())


def test_a_deleted_line_is_detected(tmp_path: Path) -> None:
    log = filled(tmp_path)
    lines = log.path.read_text().splitlines()
    del lines[1]
    log.path.write_text("\n".join(lines) + "\n")
    assert any("line 2" in p for p in log.verify())


def test_cutting_off_the_end_is_detected(tmp_path: Path) -> None:
    log = filled(tmp_path)
    lines = log.path.read_text().splitlines()
    log.path.write_text("\n".join(lines[:-1]) + "\n")
    assert any("written up to 4" in p for p in log.verify())


def test_the_log_is_owner_only_and_goes_on_after_a_restart(tmp_path: Path) -> None:
    filled(tmp_path)
    again = AuditLog(tmp_path)
    again.record(3, "staff.enter")
    assert again.entries(1)[0].seq == 5
    assert again.verify() == []
    assert again.path.stat().st_mode & 0o077 == 0
