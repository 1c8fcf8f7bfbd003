"""The kiosk log: JSON lines, rotated, owner-only, and no personal data in any record."""

from __future__ import annotations

import json
import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.logs import is_personal_key, scrub, setup_logging, teardown_logging

log = logging.getLogger("kiosk.test.security")

PERSONAL = {
    "fin": ["5ZK2M8P", "4RS6GHU"],
    "phone": [
        "+994501234567",
        "+994 50 123 45 67",
        "+994 (50) 123-45-67",
        "00994 50 123 45 67",
        "994501234567",
        "0501234567",
        "050 123 45 67",
        "(050) 123-45-67",
        "050-123-45-67",
        "050.123.45.67",
        "50 123 45 67",
    ],
    "email": ["aysel.mammadova+kiosk@mail.az", "ELCIN_1990@example.com"],
    "iban": ["AZ21NABZ00000000137010001944", "AZ21 NABZ 0000 0000 1370 1000 1944"],
    "number": ["100200300400500"],
    "token": [
        "Authorization: Bearer kT0k3n-abc.DEF_123",
        'headers={"Authorization": "Bearer kT0k3n-abc.DEF_123"}',
        "bearer kT0k3n-abc.DEF_123",
        "api_token=kT0k3n-abc.DEF_123",
    ],
}
SECRETS = ["kT0k3n-abc.DEF_123", "5ZK2M8P", "4RS6GHU", "501234567", "123 45 67", "123-45-67"]
SECRETS += ["mail.az", "example.com", "NABZ", "100200300400500", "123.45.67"]


@pytest.fixture
def log_path(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    level = root.level
    path = setup_logging(tmp_path / "data", "DEBUG", max_bytes=4000, backup_count=2)
    yield path
    teardown_logging()
    root.setLevel(level)


def records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize(("kind", "value"), [(k, v) for k, vs in PERSONAL.items() for v in vs])
def test_each_kind_of_personal_data_is_scrubbed(log_path: Path, kind: str, value: str) -> None:
    log.info("applicant typed %s here", value)
    log.warning(f"inline {value} too", extra={"detail": f"seen {value}"})
    try:
        raise ValueError(f"bad value {value}")
    except ValueError:
        log.exception("lookup failed")
    text = log_path.read_text(encoding="utf-8")
    for secret in SECRETS:
        assert secret not in text, f"{secret!r} left in {text}"
    first, second, third = records(log_path)
    assert f"[{kind}]" in first["msg"] and f"[{kind}]" in second["detail"]
    assert f"[{kind}]" in third["exc"] and third["level"] == "ERROR"


def test_ordinary_text_is_left_alone() -> None:
    text = (
        "sent 3 of 10 in 0.25 s at 2026-10-01 09:15:02, code K7QM-3XWD-9RTB-HN2F, "
        "kiosk KIOSK-DEV-01, ts 1800000000.5, /usr/lib/python3.11/site-packages/PySide6"
    )
    assert scrub(text) == text


def test_personal_extras_are_dropped(log_path: Path) -> None:
    log.info(
        "submission queued",
        extra={
            "fin": "5ZK2M8P",
            "applicant_mobile": "+994501234567",
            "surname": "Məmmədova",
            "given_name": "Aysel",
            "address": "Bakı, Nizami 5",
            "count": 3,
            "service": "household",
            "detail": {"address": "Bakı, Nizami 5", "email": "a@b.az", "attempt": 2},
        },
    )
    (entry,) = records(log_path)
    assert entry["msg"] == "submission queued"
    assert entry["count"] == 3 and entry["service"] == "household"
    assert entry["detail"] == {"attempt": 2}
    for key in ("fin", "applicant_mobile", "surname", "given_name", "address"):
        assert key not in entry
    assert "Məmmədova" not in log_path.read_text(encoding="utf-8")
    assert is_personal_key("Mobile") and not is_personal_key("service")


def test_log_rotates_and_stays_private(log_path: Path) -> None:
    for i in range(200):
        log.info("sync round %d done", i)
    files = sorted(p.name for p in log_path.parent.iterdir())
    assert files == ["kiosk.log", "kiosk.log.1", "kiosk.log.2"]
    for name in files:
        path = log_path.parent / name
        assert path.stat().st_size <= 4000
        assert all(r["logger"] == "kiosk.test.security" for r in records(path))
        if os.name == "posix":
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert records(log_path)[-1]["msg"] == "sync round 199 done"


def test_setting_up_twice_keeps_one_handler(log_path: Path) -> None:
    again = setup_logging(log_path.parent.parent, "DEBUG")
    assert again == log_path
    log.info("once")
    assert [r["msg"] for r in records(log_path)] == ["once"]


def test_every_sensitive_field_of_the_definitions_is_a_personal_key() -> None:
    from kiosk.core import services

    names = services.sensitive_names()
    assert {"fin", "mobile", "given_name", "iban", "photo"} <= names
    for name in names:
        assert is_personal_key(name) and is_personal_key(f"applicant_{name}_typed"), name
    # Keys that are no service's field stay personal; ordinary keys do not become so.
    for key in ("Authorization", "api_token", "kiosk_token", "pin", "payload", "full_name"):
        assert is_personal_key(key), key
    for key in ("service", "tracking_code", "state", "attempts", "reading_date", "given"):
        assert not is_personal_key(key), key
