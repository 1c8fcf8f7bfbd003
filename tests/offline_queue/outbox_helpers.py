"""Helpers shared by the outbox tests (a module of its own, so no test imports a conftest)."""

from __future__ import annotations

from typing import Any

from central.testing import SAMPLE_PAYLOADS
from kiosk.core.tracking import new_code
from kiosk.offline_queue import Attachment

KIOSK_ID = "TEST-KIOSK"


def sample(service: str = "household", **changes: Any) -> dict[str, Any]:
    """Keyword arguments of Outbox.enqueue for a submission the reference server accepts."""
    args: dict[str, Any] = {
        "service": service,
        "tracking_code": new_code(),
        "payload": dict(SAMPLE_PAYLOADS[service]),
        "quote": {"amount": "300.00", "currency": "AZN", "tariff_id": "TQS-2024-4"},
        "language": "az",
    }
    if service == "water_reading":
        args["attachments"] = [
            Attachment("meters.0.photo", "meter.jpg", "image/jpeg", b"\xff" * 2048)
        ]
    args.update(changes)
    return args


class FakeClock:
    """An injectable clock: time moves only when the test says so."""

    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
