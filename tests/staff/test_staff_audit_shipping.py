"""The staff audit log shipped to a real central on 127.0.0.1 by the kiosk's sync worker, and checked
against it: a log rewritten on the kiosk with the audit key — which passes the local check — no
longer matches what the central holds (issue 15; docs/SECURITY.md "Staff audit log")."""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from staff_helpers import FIN, MOBILE, enqueue, eventually

from central.db import KioskAuditEntry, make_engine
from central.testing import CentralServer, free_port
from kiosk.api.client import CentralClient
from kiosk.app import services
from kiosk.cli import main
from kiosk.config import KioskConfig, load_config
from kiosk.offline_queue.factory import open_outbox
from kiosk.offline_queue.worker import SyncWorker
from kiosk.staff.audit import GENESIS, KEY_NAME, AuditLog
from kiosk.staff.service import StaffService
from kiosk.staff.shipping import STATE_NAME, AuditShipper


@pytest.fixture(scope="module")
def central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CentralServer]:
    with CentralServer(tmp_path_factory.mktemp("central"), kiosk_id="AUDIT-TOKEN") as server:
        yield server


@pytest.fixture
def config(tmp_path: Path, central: CentralServer, monkeypatch: pytest.MonkeyPatch) -> KioskConfig:
    """A kiosk of its own for each test (its own audit log on the central)."""
    for key, value in {
        "KIOSK_DATA_DIR": str(tmp_path / "kiosk"),
        "KIOSK_KIOSK_ID": "AUDIT-" + uuid.uuid4().hex[:10],
        "KIOSK_CENTRAL_URL": central.url,
        "KIOSK_API_TOKEN": central.token,
        "KIOSK_PUBLIC_STATUS_URL": "https://status.example.az",
    }.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("KIOSK_CONFIG", raising=False)
    return load_config(None)


def held(central: CentralServer, kiosk_id: str) -> list[dict[str, Any]]:
    """The entries the central holds for ``kiosk_id``, from its database."""
    engine = make_engine(central.database_url)
    try:
        with engine.connect() as conn:
            bodies = conn.execute(
                select(KioskAuditEntry.body)
                .where(KioskAuditEntry.kiosk_id == kiosk_id)
                .order_by(KioskAuditEntry.seq)
            ).scalars()
            return [json.loads(body) for body in bodies]
    finally:
        engine.dispose()


def client_for(config: KioskConfig, url: str | None = None) -> CentralClient:
    return CentralClient(url or config.central_url, config.api_token, kiosk_id=config.kiosk_id)


def rewrite_without(log: AuditLog, index: int) -> None:
    """Delete line ``index`` and rebuild the whole chain with the kiosk's own audit key, head file
    included — what someone who can read the key file can do."""
    key = (log.path.parent / KEY_NAME).read_bytes()
    rows = [json.loads(line) for line in log.path.read_text(encoding="utf-8").splitlines()]
    del rows[index]
    prev, lines = GENESIS, []
    for seq, row in enumerate(rows, 1):
        body = {k: v for k, v in row.items() if k != "mac"}
        body.update(seq=seq, prev=prev)
        text = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        prev = hmac.new(key, (body["prev"] + text).encode(), hashlib.sha256).hexdigest()
        lines.append(json.dumps({**body, "mac": prev}, sort_keys=True, ensure_ascii=False))
    log.path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    log.head_path.write_text(f"{len(rows)} {prev}\n", encoding="ascii")


def test_the_sync_worker_ships_the_entries_to_the_central(
    config: KioskConfig, central: CentralServer
) -> None:
    log = AuditLog(config.data_dir)
    log.record(1, "staff.enter")
    log.record(1, "receipt.reprint", tracking_code="K7QM-3XWD", printed=True)
    log.record(1, "staff.leave", reason="idle")
    with services(config, local_central=False) as (_effective, backend):
        assert backend.worker is not None and backend.worker.audit is not None
        found = eventually(lambda: len(held(central, config.kiosk_id)) == 3)
    assert found, held(central, config.kiosk_id)
    entries = held(central, config.kiosk_id)
    ours = sorted(log.lines_after(0, 10), key=lambda line: line["seq"])
    assert [(e["seq"], e["action"], e["actor"], e["mac"]) for e in entries] == [
        (line["seq"], line["action"], line["slot"], line["mac"]) for line in ours
    ]
    assert entries[1]["detail"] == {"tracking_code": "K7QM-3XWD", "printed": True}
    state = AuditShipper(config.data_dir, config.kiosk_id).state()
    assert (state.shipped, state.acked, state.conflict) == (3, 3, None)
    assert (config.data_dir / STATE_NAME).stat().st_mode & 0o077 == 0


def test_a_staff_search_ships_no_personal_data(
    config: KioskConfig, central: CentralServer, tmp_path: Path
) -> None:
    with services(config, local_central=False) as (effective, backend):
        backend.worker.stop()  # shipped below by hand, once the search is logged
        enqueue(backend.outbox)
        service = StaffService(effective, tmp_path / "kiosk.toml", backend)
        service.slot = 1
        service.find("fin", FIN)
        service.find("mobile", MOBILE)
        report = AuditShipper(config.data_dir, config.kiosk_id).ship(client_for(config))
    assert report.problem is None and report.sent == 2
    shipped = json.dumps(held(central, config.kiosk_id), ensure_ascii=False)
    assert "outbox.find" in shipped
    assert FIN not in shipped and MOBILE not in shipped and MOBILE[4:] not in shipped


def test_offline_the_entries_wait_and_go_later_and_a_resend_changes_nothing(
    config: KioskConfig, central: CentralServer
) -> None:
    log = AuditLog(config.data_dir)
    for n in range(5):
        log.record(2, "outbox.check", problems=n)
    shipper = AuditShipper(config.data_dir, config.kiosk_id, batch=2)
    offline = shipper.ship(client_for(config, f"http://127.0.0.1:{free_port()}"))
    assert offline.problem == "api.unavailable" and offline.sent == 0
    assert shipper.state().shipped == 0 and held(central, config.kiosk_id) == []
    online = shipper.ship(client_for(config))
    assert (online.problem, online.sent, online.acked) == (None, 5, 5)  # three batches of 2, 2, 1
    # The file of what was shipped lost: everything goes again, and the central keeps one of each.
    (config.data_dir / STATE_NAME).unlink()
    again = shipper.ship(client_for(config))
    assert (again.problem, again.acked) == (None, 5)
    assert [e["seq"] for e in held(central, config.kiosk_id)] == [1, 2, 3, 4, 5]
    assert shipper.compare(client_for(config)) == []


def test_a_failing_shipment_never_disturbs_the_submissions(
    config: KioskConfig, central: CentralServer
) -> None:
    AuditLog(config.data_dir).record(1, "staff.enter")
    (config.data_dir / STATE_NAME).mkdir()  # the file of what was shipped cannot be written
    outbox = open_outbox(config)
    try:
        code = enqueue(outbox)
        worker = SyncWorker(
            outbox,
            client_for(config),
            audit=AuditShipper(config.data_dir, config.kiosk_id),
            audit_s=60,
        )
        assert worker.ship_audit_if_due() is False  # failed, and said so without raising
        assert worker.sync_once().sent == 1
        assert code in {s["tracking_code"] for s in central.submissions()}
    finally:
        outbox.close()


def test_a_log_rewritten_with_the_key_is_caught_by_the_central(
    config: KioskConfig, central: CentralServer, capsys: pytest.CaptureFixture[str]
) -> None:
    log = AuditLog(config.data_dir)
    for n in range(6):
        log.record(1, "outbox.find", by="fin", found=n)
    shipper = AuditShipper(config.data_dir, config.kiosk_id)
    assert shipper.ship(client_for(config)).acked == 6
    assert main(["staff", "audit", "--central"]) == 0
    capsys.readouterr()

    rewrite_without(log, 2)  # entry 3 deleted, the chain rebuilt with the real key
    assert log.verify() == []  # the kiosk alone cannot tell
    problems = shipper.compare(client_for(config))
    assert any(p.startswith("entry 3 differs") for p in problems), problems
    assert any("up to 6" in p and "ends at 5" in p for p in problems), problems

    assert main(["staff", "audit", "--central"]) == 1
    out = capsys.readouterr().out
    assert "TAMPERED: entry 3 differs" in out

    # The worker's next turn sends the changed log again: the central refuses it (a tamper alarm)
    # and keeps its copy; so it does with the entries recorded after.
    report = shipper.ship(client_for(config))
    assert report.problem == "audit.conflict" and shipper.state().conflict == 3
    log.record(1, "staff.leave", reason="idle")
    assert shipper.ship(client_for(config)).problem == "audit.conflict"
    assert [e["seq"] for e in held(central, config.kiosk_id)] == [1, 2, 3, 4, 5, 6]
    problems = shipper.compare(client_for(config))
    assert any("tamper alarm" in p for p in problems), problems
    # Staff mode's audit tab says so too, without asking the central.
    with services(config, local_central=False) as (effective, backend):
        backend.worker.stop()
        service = StaffService(effective, None, backend)
        service.slot = 1
        assert service.audit_problems() == [
            "the central refused entry 3: it holds a different entry under that number"
        ]


def test_audit_against_an_unreachable_central_says_it_was_not_compared(
    config: KioskConfig, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    AuditLog(config.data_dir).record(1, "staff.enter")
    monkeypatch.setenv("KIOSK_CENTRAL_URL", f"http://127.0.0.1:{free_port()}")
    assert main(["staff", "audit", "--central"]) == 3
    assert "NOT COMPARED with the central: api.unavailable" in capsys.readouterr().out


def test_queue_sync_once_ships_the_entries_as_the_worker_does(
    config: KioskConfig, central: CentralServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """``kiosk queue sync --once`` (a kiosk whose UI is down, staff syncing by hand) sends the staff
    audit log's new entries after the outbox, and says so; run again, nothing more is sent."""
    log = AuditLog(config.data_dir)
    log.record(1, "staff.enter")
    log.record(1, "queue.retry", tracking_code="K7QM-3XWD")
    assert main(["queue", "sync", "--once", "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert first["audit"] == {"sent": 2, "acked": 2, "problem": None}
    assert [e["action"] for e in held(central, config.kiosk_id)] == ["staff.enter", "queue.retry"]
    log.record(1, "staff.leave", reason="idle")
    assert main(["queue", "sync", "--once"]) == 0
    assert "staff audit entries sent 1" in capsys.readouterr().out
    assert len(held(central, config.kiosk_id)) == 3
    assert main(["queue", "sync", "--once", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["audit"]["sent"] == 0


def test_queue_sync_once_offline_says_the_entries_were_not_sent(
    config: KioskConfig, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    AuditLog(config.data_dir).record(1, "staff.enter")
    monkeypatch.setenv("KIOSK_CENTRAL_URL", f"http://127.0.0.1:{free_port()}")
    assert main(["queue", "sync", "--once", "--json"]) == 0
    audit = json.loads(capsys.readouterr().out)["audit"]
    assert audit["sent"] == 0 and audit["problem"] == "api.unavailable"
    assert AuditShipper(config.data_dir, config.kiosk_id).state().shipped == 0
