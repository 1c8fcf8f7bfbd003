"""The audit log: append-only lines in a keyed chain; an edited, removed or cut-off line is detected,
and so is a chain rebuilt without the key after lines were deleted."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from pathlib import Path
from typing import Any

from kiosk.staff.audit import GENESIS, KEY_NAME, KEYED_CHAIN_BEGINS, AuditLog


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


# -- the keyed chain (issue 15: entries deleted and the chain rebuilt went unnoticed) --------------
def plain_hash(prev: str, body: dict[str, Any]) -> str:
    text = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev + text).encode("utf-8")).hexdigest()


def rebuild(log: AuditLog, bodies: list[dict[str, Any]], seal: Any, field: str) -> None:
    """Write ``bodies`` as a complete, consistent chain (sequence, ``prev``, head file) the way
    someone would who deleted lines — with ``seal(prev, body)`` as the line's ``field``."""
    prev, lines = GENESIS, []
    for seq, body in enumerate(bodies, 1):
        body = {**body, "seq": seq, "prev": prev}
        prev = seal(prev, body)
        lines.append(json.dumps({**body, field: prev}, sort_keys=True, ensure_ascii=False))
    log.path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    log.head_path.write_text(f"{len(bodies)} {prev}\n", encoding="ascii")


def bodies_without(log: AuditLog, index: int) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in log.path.read_text(encoding="utf-8").splitlines()]
    del rows[index]
    return [{k: v for k, v in row.items() if k not in ("hash", "mac")} for row in rows]


def test_the_chain_is_keyed_with_an_owner_only_key(tmp_path: Path) -> None:
    log = filled(tmp_path)
    lines = [json.loads(line) for line in log.path.read_text(encoding="utf-8").splitlines()]
    assert all("mac" in line and "hash" not in line for line in lines)
    key = (tmp_path / KEY_NAME).read_bytes()
    assert len(key) == 32
    assert (tmp_path / KEY_NAME).stat().st_mode & 0o077 == 0
    # The MAC is not the plain hash anyone could compute.
    body = {k: v for k, v in lines[0].items() if k != "mac"}
    assert lines[0]["mac"] != plain_hash(GENESIS, body)


def test_a_deleted_line_with_the_chain_rebuilt_as_a_plain_hash_chain_is_detected(
    tmp_path: Path,
) -> None:
    log = filled(tmp_path)
    rebuild(log, bodies_without(log, 1), plain_hash, "hash")
    problems = log.verify()
    assert any("rebuilt" in p for p in problems), problems


def test_a_deleted_line_with_the_chain_rebuilt_under_another_key_is_detected(
    tmp_path: Path,
) -> None:
    log = filled(tmp_path)
    guessed = os.urandom(32)

    def seal(prev: str, body: dict[str, Any]) -> str:
        text = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hmac.new(guessed, (prev + text).encode("utf-8"), hashlib.sha256).hexdigest()

    rebuild(log, bodies_without(log, 1), seal, "mac")
    problems = log.verify()
    assert [p for p in problems if p.endswith("altered")] == [
        f"line {n}: altered" for n in (1, 2, 3)
    ], problems


def test_a_missing_key_is_reported(tmp_path: Path) -> None:
    log = filled(tmp_path)
    (tmp_path / KEY_NAME).unlink()
    assert any("key is missing" in p for p in log.verify())


def test_a_key_open_to_others_is_reported(tmp_path: Path) -> None:
    log = filled(tmp_path)
    (tmp_path / KEY_NAME).chmod(0o644)
    assert any("audit key cannot be used" in p for p in log.verify())


def old_log(tmp_path: Path, count: int) -> AuditLog:
    """A log written before the chain was keyed: plain SHA-256 ``hash`` lines, no key."""
    log = AuditLog(tmp_path)
    bodies = [
        {"at": 1_800_000_000.0 + n, "slot": 1, "action": "staff.enter", "details": {}}
        for n in range(count)
    ]
    rebuild(log, bodies, plain_hash, "hash")
    return log


def test_an_old_log_goes_on_with_a_marker_where_the_keyed_chain_begins(tmp_path: Path) -> None:
    log = old_log(tmp_path, 3)
    assert log.verify() == []  # an old log, not yet written to since: nothing to report
    log.record(2, "staff.leave", reason="idle")
    rows = [json.loads(line) for line in log.path.read_text(encoding="utf-8").splitlines()]
    assert [r["action"] for r in rows] == ["staff.enter"] * 3 + [KEYED_CHAIN_BEGINS, "staff.leave"]
    assert rows[3]["details"] == {"unkeyed_lines": 3} and "mac" in rows[3]
    assert [r["seq"] for r in rows] == [1, 2, 3, 4, 5]
    assert log.verify() == []
    assert log.entries(1)[0].seq == 5


def test_the_old_part_and_the_marker_stay_checked(tmp_path: Path) -> None:
    log = old_log(tmp_path, 3)
    log.record(2, "staff.leave")
    kept = log.path.read_text(encoding="utf-8").splitlines()
    # An old line removed (and the old part's chain rebuilt): the marker counts 3 unkeyed lines.
    bodies = bodies_without(log, 0)[:2]
    rebuild(log, bodies, plain_hash, "hash")
    marker_and_after = kept[3:]
    log.path.write_text("\n".join(log.path.read_text().splitlines() + marker_and_after) + "\n")
    assert log.verify() != []
    # The marker removed: the keyed chain begins without it.
    log.path.write_text("\n".join(kept[:3] + kept[4:]) + "\n")
    assert any("marker" in p or "follow" in p for p in log.verify())
