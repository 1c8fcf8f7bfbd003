"""The staff service below the screen, on the real backend against the reference central API."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest
from staff_helpers import FIN, MOBILE, PIN, SURNAME, enqueue, eventually

from central.testing import CentralServer
from kiosk.app import services
from kiosk.config import KioskConfig, load_config
from kiosk.core import tariffs
from kiosk.receipt_files import read_receipt
from kiosk.staff.service import StaffError, StaffService, error_id
from kiosk.staff.tariffs import load_schedules


def signed_in(staff: StaffService) -> StaffService:
    assert staff.unlock(PIN).ok
    return staff


def test_actions_need_a_signed_in_staff_member(staff: StaffService) -> None:
    with pytest.raises(StaffError) as caught:
        staff.overview()
    assert caught.value.message_id == "staff.signed_out"
    assert not staff.unlock("000000").ok
    assert staff.audit.entries(1)[0].action == "staff.pin_wrong"


def test_look_up_by_mobile_and_fin_shows_masked_rows_only(staff: StaffService) -> None:
    signed_in(staff)
    code = enqueue(staff.outbox)
    for kind, text in (("mobile", "050 123 45 67"), ("fin", FIN.lower()), ("tracking", code)):
        rows = staff.find(kind, text)
        assert [r.tracking_code for r in rows] == [code]
        shown = repr(rows)
        for secret in (FIN, MOBILE, "501234567", SURNAME):  # the given name alone may show
            assert secret not in shown
        assert rows[0].fin == "5Z****P" and rows[0].mobile == "+994 50 *** ** 67"
        assert rows[0].person == "Rəşad M."
    assert staff.find("mobile", "+994 55 000 00 00") == []
    finds = [e for e in staff.audit.entries() if e.action == "outbox.find"]
    assert [e.details for e in finds] == [
        {"by": "mobile", "found": 0},
        {"by": "tracking", "found": 1},
        {"by": "fin", "found": 1},
        {"by": "mobile", "found": 1},
    ]
    text = staff.audit.path.read_text(encoding="utf-8")
    assert FIN not in text and "501234567" not in text and "5zk2m8p" not in text


def test_settings_are_validated_by_the_configuration_rules(
    staff: StaffService, config_file: Path
) -> None:
    signed_in(staff)
    for key, value, problem in (
        ("central_url", "http://central.example.az", "plain http://"),
        ("central_url", "ftp://central.example.az", "http(s) URL"),
        ("idle_timeout_s", "5", "between 15 and 3600"),
        ("idle_timeout_s", "soon", "not a valid value"),
        ("printer", "laser", "one of pdf, system, escpos"),
        ("kiosk_id", "kiosk 1", "letters, digits"),
    ):
        with pytest.raises(StaffError) as caught:
            staff.save_settings({key: value})
        assert (caught.value.key, caught.value.message_id) == (key, "settings.invalid")
        assert problem in caught.value.detail
    assert "central_url" not in config_file.read_text()

    saved = staff.save_settings(
        {"central_url": "https://central.example.az/", "idle_timeout_s": "120", "language": "ru"}
    )
    assert set(saved.changed) == {"central_url", "idle_timeout_s", "language"}
    text = config_file.read_text(encoding="utf-8")
    assert text.startswith("# the terminal at the entrance\n")  # comments and other keys stay
    reread = load_config(config_file, env={})
    assert reread.central_url == "https://central.example.az/"
    assert reread.idle_timeout_s == 120 and reread.language == "ru"
    assert reread.centre_name == "Bakı ASAN 1"
    assert tomllib.loads(text)["idle_timeout_s"] == 120
    assert staff.settings()["idle_timeout_s"] == "120"
    actions = [(e.action, e.details.get("key")) for e in staff.audit.entries(10)]
    assert ("settings.saved", None) in actions and ("settings.refused", "kiosk_id") in actions


def test_tariff_schedule_in_force_and_update_from_central(staff: StaffService) -> None:
    signed_in(staff)
    bundled_now = tariffs.in_force(tariffs.load_directory(), staff.today())
    assert bundled_now is not None
    infos = staff.schedules()
    assert [i.id for i in infos if i.in_force] == [bundled_now.id]
    assert {i.origin for i in infos} == {"bundled"}
    # The reference server serves the bundled schedule in force: nothing new to save.
    schedule_id, changed, after = staff.update_tariffs()
    assert (schedule_id, changed) == (bundled_now.id, False)
    assert [i.id for i in after if i.in_force] == [bundled_now.id]
    entry = staff.audit.entries(1)[0]
    assert entry.action == "tariffs.update" and entry.details["schedule"] == bundled_now.id


def test_a_new_schedule_from_central_is_checked_saved_and_used(
    tmp_path: Path, config: KioskConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "central-tariffs"
    folder.mkdir()
    text = (tariffs.SCHEDULES_DIR / "TQS-2026-LT.toml").read_text(encoding="utf-8")
    text = text.replace('id = "TQS-2026-LT"', 'id = "TQS-2026-LT-R2"').replace(
        "effective_from = 2026-01-01\ncurrency", "effective_from = 2026-02-01\ncurrency"
    )
    (folder / "TQS-2026-LT-R2.toml").write_text(text, encoding="utf-8")
    with CentralServer(tmp_path / "central2", kiosk_id="STAFF-KIOSK-01", tariffs_dir=folder) as c2:
        monkeypatch.setenv("KIOSK_CENTRAL_URL", c2.url)
        monkeypatch.setenv("KIOSK_API_TOKEN", c2.token)
        cfg = load_config(None)
        with services(cfg, start_worker=False, local_central=False) as (effective, backend):
            staff = StaffService(effective, None, backend)
            staff.slot = 1
            schedule_id, changed, infos = staff.update_tariffs()
            assert (schedule_id, changed) == ("TQS-2026-LT-R2", True)
            current = [i for i in infos if i.in_force]
            assert [(i.id, i.origin) for i in current] == [("TQS-2026-LT-R2", "downloaded")]
            assert "TQS-2026-LT-R2" in {s.id for s in backend.schedules}
    saved = cfg.data_dir / "schedules" / "TQS-2026-LT-R2.toml"
    assert saved.read_text(encoding="utf-8") == text
    assert "TQS-2026-LT-R2" in {s.id for s in load_schedules(cfg)}


def test_a_broken_schedule_from_central_is_refused(
    staff: StaffService, monkeypatch: pytest.MonkeyPatch
) -> None:
    signed_in(staff)
    broken = {
        "id": "TQS-BAD",
        "toml": 'id = "TQS-BAD"\nsource = "x"\neffective_from = 2026-02-01\n',
    }
    monkeypatch.setattr(staff.backend.client, "tariffs_current", lambda: broken)
    with pytest.raises(StaffError) as caught:
        staff.update_tariffs()
    assert caught.value.message_id == "tariffs.invalid" and "no [[line]]" in caught.value.detail
    assert not (staff.config.data_dir / "schedules" / "TQS-BAD.toml").exists()


def test_diagnostics_disk_network_integrity(staff: StaffService, central: CentralServer) -> None:
    signed_in(staff)
    disk = staff.disk()
    assert disk.total > 0 and 0 <= disk.free <= disk.total
    report = staff.network()
    assert report.ok and report.host == "127.0.0.1" and report.port == central.port
    assert report.api.ms is not None and report.tcp.ms is not None
    assert staff.integrity() == []
    printer = staff.printer_state()
    assert printer.backend == "pdf" and printer.ready
    path = Path(staff.test_print())
    # Sealed like the outbox on a terminal in service (kiosk/receipt_files.py), 0600.
    assert path.is_file() and path.name.endswith(".pdf.ag1") and path.stat().st_mode & 0o077 == 0
    assert b"%PDF" not in path.read_bytes()
    assert read_receipt(path, staff.config.data_dir).startswith(b"%PDF")
    actions = [e.action for e in staff.audit.entries(10)]
    for action in ("diagnostics.network", "outbox.check", "printer.test"):
        assert action in actions


def test_network_diagnostics_name_the_failing_step(staff: StaffService) -> None:
    from kiosk.staff import diagnostics

    port = _closed_port()
    report = diagnostics.network(f"http://127.0.0.1:{port}", lambda: False, timeout_s=2.0)
    assert report.dns.ok and not report.tcp.ok and not report.api.ok
    assert report.tcp.problem.startswith("tcp.failed")


def _closed_port() -> int:
    from central.testing import free_port

    return free_port()


def test_retention_purge_and_exit(staff: StaffService) -> None:
    signed_in(staff)
    code = enqueue(staff.outbox)
    staff.sync_now()
    assert eventually(lambda: staff.outbox.find_by_tracking_code(code).state == "sent")
    item = staff.outbox.find_by_tracking_code(code)
    staff.clock = lambda: item.sent_at + 31 * 86400.0
    before = staff.retention()
    assert before.retention_days == 30 and before.purgeable >= 1
    staff.outbox.clock = staff.clock
    assert staff.purge_now() >= 1
    after = staff.retention()
    assert after.purgeable == 0 and after.purged >= 1
    assert staff.outbox.payload(item.id) is None
    staff.exit_to_desktop()
    assert staff.exit_requested
    assert [e.action for e in staff.audit.entries(2)] == ["staff.exit_to_desktop", "outbox.purge"]


def test_last_error_in_plain_words() -> None:
    assert error_id("connection") == "sync.connection"
    assert error_id("timeout") == "sync.timeout"
    assert error_id("http_503") == "sync.busy"
    assert error_id("http_500") == "sync.server_error"
    assert error_id("invalid_payload: payload.mobile") == "sync.rejected"
    assert error_id(None) == ""


def test_bundled_schedules_are_loaded_without_downloads(config: KioskConfig) -> None:
    ids = [s.id for s in load_schedules(config)]
    assert ids == [s.id for s in tariffs.load_directory()]
    shutil.rmtree(config.data_dir, ignore_errors=True)
