"""``kiosk queue status|list|sync --once|retry|clear-halt`` through argparse, on real files and server."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import pytest
from outbox_helpers import KIOSK_ID, sample

from central.testing import CentralServer
from kiosk.config import ConfigError, KioskConfig
from kiosk.offline_queue import Outbox
from kiosk.offline_queue.cli import add_queue_commands
from kiosk.offline_queue.keys import codec_for


def run(config: KioskConfig | Exception, *argv: str) -> tuple[int, Any]:
    parser = argparse.ArgumentParser(prog="kiosk")
    sub = parser.add_subparsers(dest="command", required=True)

    def load(args: argparse.Namespace) -> KioskConfig:
        if isinstance(config, Exception):
            raise config
        return config

    add_queue_commands(sub, load)
    args = parser.parse_args(["queue", *argv])
    return int(args.func(args)), args


def test_status_list_sync_retry(
    tmp_path: Path, central: CentralServer, capsys: pytest.CaptureFixture[str]
) -> None:
    config = KioskConfig(
        data_dir=tmp_path, kiosk_id=KIOSK_ID, central_url=central.url, api_token=central.token
    )
    with Outbox(config.outbox_path, kiosk_id=KIOSK_ID, codec=codec_for(config)) as box:
        good = box.enqueue(**sample())
        no_mobile = {k: v for k, v in sample()["payload"].items() if k != "mobile"}
        bad = box.enqueue(**sample(payload=no_mobile))
    assert run(config, "status", "--json")[0] == 0
    status = json.loads(capsys.readouterr().out)
    assert status["counts"] == {"pending": 2, "sending": 0, "sent": 0, "rejected": 0}
    assert status["halted"] is None and status["last_success_at"] is None

    assert run(config, "sync", "--once", "--json")[0] == 0
    synced = json.loads(capsys.readouterr().out)
    assert synced["report"]["sent"] == 1 and synced["report"]["rejected"] == 1
    assert synced["counts"]["sent"] == 1 and synced["online"] is True

    assert run(config, "list", "--state", "rejected", "--json")[0] == 0
    listed = json.loads(capsys.readouterr().out)
    assert [i["id"] for i in listed] == [bad]
    assert listed[0]["reject_errors"] == {"payload.mobile": "required"}
    assert "5ZK2M8P" not in json.dumps(listed)  # no personal data in lists

    fixed = tmp_path / "fixed.json"
    fixed.write_text(json.dumps({**no_mobile, "mobile": "+994501234567"}, ensure_ascii=False))
    code = listed[0]["tracking_code"]
    assert run(config, "retry", code, "--payload", str(fixed), "--json")[0] == 0
    assert json.loads(capsys.readouterr().out)["state"] == "pending"
    assert run(config, "sync", "--once")[0] == 0
    assert "sent 1" in capsys.readouterr().out
    assert set(central.count_by_key()) >= {good, bad}

    assert run(config, "list")[0] == 0
    text = capsys.readouterr().out
    assert text.count("sent") == 2 and code in text
    assert run(config, "retry", good)[0] == 1  # sent rows cannot be retried
    assert "outbox.wrong_state" in capsys.readouterr().err
    assert run(config, "retry", "no-such-id", "--json")[0] == 1
    assert json.loads(capsys.readouterr().out)["error"] == "outbox.not_found"


def test_config_and_link_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    error = ConfigError("idle_timeout_s", "must be between 15 and 3600", "file k.toml")
    assert run(error, "status", "--json")[0] == 2
    assert json.loads(capsys.readouterr().out)["error"] == "config.invalid"
    unset = KioskConfig(data_dir=tmp_path)  # central_url "" and no local API given
    assert run(unset, "sync", "--once", "--json")[0] == 2
    assert json.loads(capsys.readouterr().out)["error"] == "api.not_configured"
    assert run(unset, "sync", "--once", "--url", "http://192.0.2.1", "--json")[0] == 2
    assert json.loads(capsys.readouterr().out)["error"] == "api.insecure_url"


def test_clear_halt(
    tmp_path: Path, central: CentralServer, capsys: pytest.CaptureFixture[str]
) -> None:
    config = KioskConfig(data_dir=tmp_path, central_url=central.url, api_token=central.token)
    with Outbox(config.outbox_path, codec=codec_for(config)) as box:
        pages = box.db.execute("PRAGMA page_count").fetchone()[0]
        box.db.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(Exception, match="disk_full"):
            box.enqueue(**sample(payload={"big": "x" * 200_000}))
    assert run(config, "status")[0] == 0
    assert "HALTED: outbox.disk_full" in capsys.readouterr().out
    assert run(config, "sync", "--once", "--json")[0] == 1  # halted: nothing is sent
    assert json.loads(capsys.readouterr().out)["halted"] is True
    assert run(config, "clear-halt", "--json")[0] == 0
    assert json.loads(capsys.readouterr().out)["cleared"] is True
    with Outbox(config.outbox_path, codec=codec_for(config)) as box:
        assert box.halted is None
        box.enqueue(**sample())
