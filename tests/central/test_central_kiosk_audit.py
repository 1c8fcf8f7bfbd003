"""The kiosks' staff audit entries on the central (docs/WIRE.md "Staff audit entries"): stored once,
a resend changes nothing, a different entry under a held number is refused and raises a tamper
alarm, and only the kiosk's own token reads its log back."""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from typing import Any

import requests
from sqlalchemy import select

from central.db import KioskAuditAlarm, KioskAuditEntry, as_utc, make_engine, open_db
from central.fleet import flag_text, overview
from central.testing import CentralServer

KEY = b"k" * 32
GENESIS = "0" * 64


def chain(
    count: int, *, start: int = 1, prev: str = GENESIS, note: str = ""
) -> list[dict[str, Any]]:
    """``count`` entries as a kiosk's log holds them, MACs chained as kiosk/staff/audit.py does."""
    out = []
    for seq in range(start, start + count):
        body = {
            "seq": seq,
            "at": 1_800_000_000.5 + seq,
            "slot": 1 if seq % 2 else None,
            "action": "outbox.find" if seq % 2 else "staff.pin_wrong",
            "details": {"by": "fin", "found": seq, "note": note} if note else {"found": seq},
            "prev": prev,
        }
        text = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        mac = hmac.new(KEY, (prev + text).encode(), hashlib.sha256).hexdigest()
        out.append(
            {
                "seq": seq,
                "at": body["at"],
                "action": body["action"],
                "actor": body["slot"],
                "detail": body["details"],
                "prev": prev,
                "mac": mac,
            }
        )
        prev = mac
    return out


def ship(
    central: CentralServer, kiosk_id: str, entries: list[dict[str, Any]], token: str = ""
) -> requests.Response:
    headers = {"Authorization": f"Bearer {token or central.token}"}
    return requests.post(
        central.url + "/api/v1/kiosk-audit",
        json={"kiosk_id": kiosk_id, "entries": entries},
        headers=headers,
        timeout=10,
    )


def digest(
    central: CentralServer, kiosk_id: str, token: str = "", **params: Any
) -> requests.Response:
    return requests.get(
        f"{central.url}/api/v1/kiosk-audit/{kiosk_id}/digest",
        params=params,
        headers={"Authorization": f"Bearer {token or central.token}"},
        timeout=10,
    )


def stored(central: CentralServer, kiosk_id: str) -> list[tuple[int, str]]:
    engine = make_engine(central.database_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                select(KioskAuditEntry.seq, KioskAuditEntry.mac)
                .where(KioskAuditEntry.kiosk_id == kiosk_id)
                .order_by(KioskAuditEntry.seq)
            ).all()
    finally:
        engine.dispose()
    return [(row.seq, row.mac) for row in rows]


def alarms(central: CentralServer, kiosk_id: str) -> list[tuple[int, str]]:
    engine = make_engine(central.database_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                select(KioskAuditAlarm.seq, KioskAuditAlarm.kind).where(
                    KioskAuditAlarm.kiosk_id == kiosk_id
                )
            ).all()
    finally:
        engine.dispose()
    return sorted((row.seq, row.kind) for row in rows)


def kiosk() -> str:
    return "AUDIT-" + uuid.uuid4().hex[:8]


def test_a_batch_is_stored_once_and_a_resend_changes_nothing(central: CentralServer) -> None:
    kiosk_id, entries = kiosk(), chain(5)
    first = ship(central, kiosk_id, entries)
    assert first.status_code == 200, first.text
    assert first.json() == {"kiosk_id": kiosk_id, "acked": 5, "stored": 5, "already_held": 0}
    again = ship(central, kiosk_id, entries)
    assert again.status_code == 200
    assert again.json()["acked"] == 5 and again.json()["already_held"] == 5
    assert stored(central, kiosk_id) == [(e["seq"], e["mac"]) for e in entries]
    held = digest(central, kiosk_id)
    assert held.status_code == 200
    assert held.json()["acked"] == 5 and held.json()["mac"] == entries[-1]["mac"]
    assert digest(central, kiosk_id, upto=2).json()["mac"] == entries[1]["mac"]
    assert digest(central, kiosk_id, upto=9).json()["mac"] is None


def test_acked_is_the_highest_number_held_without_a_gap(central: CentralServer) -> None:
    kiosk_id, entries = kiosk(), chain(6)
    assert ship(central, kiosk_id, entries[:2]).json()["acked"] == 2
    assert ship(central, kiosk_id, entries[3:]).json()["acked"] == 2  # 3 is missing
    answer = ship(central, kiosk_id, entries[2:3]).json()
    assert answer["acked"] == 6 and answer["stored"] == 1


def test_a_different_entry_under_a_held_number_is_refused_and_raises_an_alarm(
    central: CentralServer,
) -> None:
    kiosk_id, entries = kiosk(), chain(4)
    assert ship(central, kiosk_id, entries).status_code == 200
    # The kiosk's log rewritten with the key: entry 2 deleted, the rest renumbered and re-MACed.
    rewritten = [entries[0]] + chain(2, start=2, prev=entries[0]["mac"], note="x")
    refused = ship(central, kiosk_id, rewritten)
    assert refused.status_code == 409
    assert refused.json()["detail"] == {"code": "audit_conflict", "seq": 2, "kind": "conflict"}
    assert alarms(central, kiosk_id) == [(2, "conflict"), (3, "conflict")]
    # What the central holds did not change; sending the same again records no second alarm.
    assert stored(central, kiosk_id) == [(e["seq"], e["mac"]) for e in entries]
    assert ship(central, kiosk_id, rewritten).status_code == 409
    assert len(alarms(central, kiosk_id)) == 2
    assert digest(central, kiosk_id).json()["alarms"] == 2


def test_a_new_entry_that_does_not_follow_the_held_chain_is_refused(central: CentralServer) -> None:
    kiosk_id, entries = kiosk(), chain(3)
    assert ship(central, kiosk_id, entries).status_code == 200
    # Entry 4 of a rebuilt log: its ``prev`` is not the MAC the central holds for entry 3.
    stray = chain(1, start=4, prev="f" * 64)
    refused = ship(central, kiosk_id, stray)
    assert refused.status_code == 409
    assert refused.json()["detail"]["kind"] == "chain_break"
    assert alarms(central, kiosk_id) == [(4, "chain_break")]
    follows = chain(1, start=4, prev=entries[-1]["mac"])
    assert ship(central, kiosk_id, follows).json()["acked"] == 4


def test_a_conflict_shows_on_the_fleet_page(central: CentralServer) -> None:
    kiosk_id, entries = kiosk(), chain(2)
    assert ship(central, kiosk_id, entries).status_code == 200
    assert ship(central, kiosk_id, chain(1, start=2, prev=GENESIS)).status_code == 409
    engine, sessionmaker = open_db(central.database_url)
    try:
        with sessionmaker() as session:
            now = as_utc(session.scalar(select(KioskAuditAlarm.at).limit(1)))
            rows = {row.kiosk_id: row for row in overview(session, now, silent_s=600)}
    finally:
        engine.dispose()
    assert "audit_tamper" in rows[kiosk_id].flags
    assert flag_text("audit_tamper", "az").startswith("Əməkdaşların audit jurnalı")


def test_another_kiosk_token_can_neither_read_nor_add(central: CentralServer) -> None:
    kiosk_id, entries = kiosk(), chain(3)
    assert ship(central, kiosk_id, entries).status_code == 200
    other = central._create_token("kiosk", "OTHER-" + uuid.uuid4().hex[:6])
    assert digest(central, kiosk_id, token=other).status_code == 404
    assert digest(central, kiosk_id, token=other, upto=1).status_code == 404
    assert (
        ship(central, kiosk_id, chain(1, start=4, prev=entries[-1]["mac"]), other).status_code
        == 404
    )
    assert stored(central, kiosk_id) == [(e["seq"], e["mac"]) for e in entries]
    assert digest(central, kiosk_id, token="ck_" + "x" * 43).status_code == 401
    assert digest(central, kiosk_id, token=central.admin_token).status_code == 401


def test_bodies_are_checked_strictly(central: CentralServer) -> None:
    kiosk_id = kiosk()
    good = chain(1)[0]
    bad_entries = [
        {**good, "mac": "not-hex"},
        {**good, "seq": 0},
        {**good, "seq": True},
        {**good, "at": "1800000001.5"},
        {**good, "at": -1},
        {**good, "actor": 100},
        {**good, "action": "X" * 65},
        {**good, "detail": {"Name": "x"}},
        {**good, "detail": {"note": "x" * 1025}},
        {**good, "detail": {"nested": {"a": 1}}},
        {**good, "extra": 1},
        {k: v for k, v in good.items() if k != "prev"},
    ]
    for entry in bad_entries:
        answer = ship(central, kiosk_id, [entry])
        assert answer.status_code == 422, (entry, answer.text)
        assert answer.json()["detail"]["code"] == "invalid_payload"
        assert "x" * 1025 not in answer.text  # nothing sent is echoed
    assert ship(central, "bad id!", [good]).status_code == 422
    assert ship(central, kiosk_id, []).status_code == 422
    assert ship(central, kiosk_id, chain(201)).status_code == 422
    twice = [good, {**good, "action": "staff.leave"}]
    assert ship(central, kiosk_id, twice).status_code == 422
    too_big = requests.post(
        central.url + "/api/v1/kiosk-audit",
        data=b'{"kiosk_id":"A","entries":[' + b" " * (300 * 1024) + b"]}",
        headers={**central.headers(), "Content-Type": "application/json"},
        timeout=10,
    )
    assert too_big.status_code == 413
    assert ship(central, kiosk_id, chain(1), token="ck_" + "y" * 43).status_code == 401
    assert stored(central, kiosk_id) == []
