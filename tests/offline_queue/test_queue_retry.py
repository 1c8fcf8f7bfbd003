"""``kiosk queue retry --payload`` corrects only a ``rejected`` row (issue 15).

A ``pending`` row may already sit on the central API under its Idempotency-Key: the send went out, the
answer was lost. A corrected body under the same key is then a conflict, and the row would end in a
``rejected`` the applicant never earned. The central API here is the real reference server."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import pytest
from outbox_helpers import KIOSK_ID, sample

from central.testing import CentralServer
from kiosk.api.client import CentralClient
from kiosk.api.results import Accepted
from kiosk.config import KioskConfig
from kiosk.offline_queue import Outbox
from kiosk.offline_queue.cli import add_queue_commands
from kiosk.offline_queue.errors import WrongState
from kiosk.offline_queue.keys import codec_for


def run(config: KioskConfig, *argv: str) -> int:
    parser = argparse.ArgumentParser(prog="kiosk")
    sub = parser.add_subparsers(dest="command", required=True)
    add_queue_commands(sub, lambda args: config)
    args = parser.parse_args(["queue", *argv])
    return int(args.func(args))


def config_for(tmp_path: Path, central: CentralServer) -> KioskConfig:
    return KioskConfig(
        data_dir=tmp_path, kiosk_id=KIOSK_ID, central_url=central.url, api_token=central.token
    )


def payload_file(tmp_path: Path, payload: dict[str, Any]) -> Path:
    path = tmp_path / "corrected.json"
    path.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_corrected_payload_on_a_pending_row_is_refused_and_changes_nothing(
    tmp_path: Path, central: CentralServer, capsys: pytest.CaptureFixture[str]
) -> None:
    config = config_for(tmp_path, central)
    with Outbox(config.outbox_path, kiosk_id=KIOSK_ID, codec=codec_for(config)) as box:
        key = box.enqueue(**sample())
        envelope = box.envelope(key)
        code = box.get(key).tracking_code  # type: ignore[union-attr]
    # The send reached the central API, its answer never reached the kiosk: the row stays pending.
    with CentralClient(central.url, central.token, kiosk_id=KIOSK_ID) as client:
        assert isinstance(client.submit(envelope, key), Accepted)
    changed = {**envelope["payload"], "mobile": "+994557654321"}

    assert run(config, "retry", code, "--payload", str(payload_file(tmp_path, changed))) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: outbox.wrong_state: pending:")
    assert "only for a rejected submission" in err and "nothing was changed" in err
    with Outbox(config.outbox_path, kiosk_id=KIOSK_ID, codec=codec_for(config)) as box:
        assert box.envelope(key)["payload"] == envelope["payload"]
        assert box.get(key).state == "pending"  # type: ignore[union-attr]

    # The same refusal under --json, with the error id for scripts.
    assert run(config, "retry", key, "--payload", str(tmp_path / "corrected.json"), "--json") == 1
    assert json.loads(capsys.readouterr().out)["error"] == "outbox.wrong_state"

    # The next sync finds the original body already there: sent, never a false "rejected".
    assert run(config, "sync", "--once", "--json") == 0
    report = json.loads(capsys.readouterr().out)["report"]
    assert report["rejected"] == 0 and report["sent"] == 1 and report["duplicates"] == 1
    with Outbox(config.outbox_path, kiosk_id=KIOSK_ID, codec=codec_for(config)) as box:
        assert box.get(key).state == "sent"  # type: ignore[union-attr]


def test_a_pending_row_without_a_payload_is_still_made_due_now(
    tmp_path: Path, central: CentralServer, capsys: pytest.CaptureFixture[str]
) -> None:
    config = config_for(tmp_path, central)
    with Outbox(config.outbox_path, kiosk_id=KIOSK_ID, codec=codec_for(config)) as box:
        key = box.enqueue(**sample())
    assert run(config, "retry", key) == 0
    assert "is pending again" in capsys.readouterr().out


def test_a_rejected_row_still_takes_a_corrected_payload(
    tmp_path: Path, central: CentralServer, capsys: pytest.CaptureFixture[str]
) -> None:
    config = config_for(tmp_path, central)
    no_mobile = {k: v for k, v in sample()["payload"].items() if k != "mobile"}
    with Outbox(config.outbox_path, kiosk_id=KIOSK_ID, codec=codec_for(config)) as box:
        key = box.enqueue(**sample(payload=no_mobile))
    assert run(config, "sync", "--once") == 0
    assert "rejected 1" in capsys.readouterr().out
    fixed = payload_file(tmp_path, {**no_mobile, "mobile": "+994501234567"})
    assert run(config, "retry", key, "--payload", str(fixed), "--json") == 0
    assert json.loads(capsys.readouterr().out)["state"] == "pending"
    assert run(config, "sync", "--once") == 0
    assert "sent 1" in capsys.readouterr().out
    with Outbox(config.outbox_path, kiosk_id=KIOSK_ID, codec=codec_for(config)) as box:
        item = box.get(key)
        assert item is not None and item.state == "sent"
        assert box.envelope(key)["payload"]["mobile"] == "+994501234567"


@pytest.mark.parametrize("state", ["pending", "sending", "sent"])
def test_the_outbox_refuses_a_payload_for_any_state_but_rejected(
    outbox: Outbox, state: str
) -> None:
    key = outbox.enqueue(**sample())
    original = outbox.envelope(key)["payload"]
    if state in ("sending", "sent"):
        outbox.claim_next()
    if state == "sent":
        outbox.mark_sent(key, "REF-1")
    with pytest.raises(WrongState):
        outbox.retry(key, {**original, "mobile": "+994557654321"})
    item = outbox.get(key)
    assert item is not None and item.state == state
    if state != "sent":
        assert outbox.envelope(key)["payload"] == original
