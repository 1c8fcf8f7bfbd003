"""The headless loop as staff and scripts run it: example → submit → sync → track → receipt."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from receipts_helpers import decode_qr, pdf_text, raster

from central.testing import CentralServer


def kiosk(*args: str, rc: int = 0) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "kiosk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert proc.returncode == rc, proc.stdout + proc.stderr
    return proc


@pytest.mark.parametrize("service", ["household", "business", "prosumer", "water_reading"])
def test_submit_sync_track_receipt(
    service: str, tmp_path: Path, config, central: CentralServer
) -> None:  # type: ignore[no-untyped-def]
    kiosk("services", "--example", service, "--out", str(tmp_path / "ex"))
    out = json.loads(
        kiosk(
            "submit",
            "--service",
            service,
            "--data",
            str(tmp_path / "ex" / f"{service}.json"),
            "--lang",
            "ru",
            "--json",
        ).stdout
    )
    code = out["tracking_code"]
    if service in ("household", "business"):
        assert out["quote"]["tariff_id"].startswith("TQS-")
    status = json.loads(kiosk("queue", "status", "--json").stdout)
    assert status["counts"]["pending"] == 1

    synced = json.loads(kiosk("queue", "sync", "--once", "--json").stdout)
    assert [s["tracking_code"] for s in central.submissions()] == [code], synced

    tracked = json.loads(kiosk("track", code, "--lang", "ru", "--json").stdout)
    assert tracked["local"]["state"] == "sent"
    assert tracked["remote"]["status"] == "received"

    pdf_path = tmp_path / "r.pdf"
    kiosk("receipt", code, "--format", "a4", "--out", str(pdf_path))
    pdf = pdf_path.read_bytes()
    assert decode_qr(raster(pdf)) == [f"https://status.example.az/t/{code}"]
    assert code in pdf_text(pdf)


def test_invalid_data_is_refused_and_nothing_stored(tmp_path: Path, config) -> None:  # type: ignore[no-untyped-def]
    kiosk("services", "--example", "household", "--out", str(tmp_path))
    path = tmp_path / "household.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["fin"] = "12345"
    data["power_kw"] = "0"
    path.write_text(json.dumps(data), encoding="utf-8")
    errors = json.loads(
        kiosk("submit", "--service", "household", "--data", str(path), "--json", rc=2).stdout
    )["errors"]
    assert errors["fin"]["code"] == "fin.length"
    assert errors["power_kw"]["code"] == "power.positive"
    assert json.loads(kiosk("queue", "status", "--json").stdout)["counts"]["pending"] == 0


def test_bad_config_value_names_the_key(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("KIOSK_IDLE_TIMEOUT_S", "forever")
    proc = kiosk("queue", "status", "--json", rc=2)
    assert "idle_timeout_s" in proc.stdout + proc.stderr
