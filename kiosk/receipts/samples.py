"""Fictional submissions for receipt screenshots, benchmarks and tests (no real person's data)."""

from __future__ import annotations

import copy
from typing import Any

from kiosk.core import tracking

KIOSK_ID = "AZ-BAKU-ASAN1-K03"
CENTRE_NAME = "Bakı ASAN xidmət mərkəzi №1"
PUBLIC_STATUS_URL = "https://status.asan-kiosk.example.az/"


def _code(data: str) -> str:
    return tracking.format_code(data + tracking.check_symbol(data))


CONNECTION_CODE = _code("K7QM3XWD9RTBHN2")
WATER_CODE = _code("W4TR8M3T2RQ9ZX7")

QUOTE: dict[str, Any] = {
    "amount": "300.00",
    "currency": "AZN",
    "tariff_id": "TQS-2024-4",
    "tariff_source": "Tariff Council decision No. 4 of 3 May 2024",
    "section": 2,
    "breakdown": {
        "power_kw": "7.5",
        "phase": 1,
        "voltage": None,
        "from_kw": "0",
        "fixed": "0.00",
        "rate_per_kw": "40.00",
        "r_exempt": False,
        "adjustments": [],
        "formula": "0 + (7.5 \u2212 0) \u00d7 40.00 = 300.00",
    },
}

_CONNECTION: dict[str, Any] = {
    "service": "household",
    "tracking_code": CONNECTION_CODE,
    "created_at": "2026-11-23T09:15:02+04:00",
    "language": "az",
    "payload": {
        "fin": "5ABCD7K",
        "mobile": "+994501234567",
        "given_name": "Rəşad",
        "surname": "Əliyev",
        "district": "Şəki",
        "power_kw": "7.5",
        "phase": 1,
    },
    "quote": QUOTE,
}

_WATER: dict[str, Any] = {
    "service": "water_reading",
    "tracking_code": WATER_CODE,
    "created_at": "2026-11-23T16:40:00+04:00",
    "language": "az",
    "payload": {
        "fin": "7QWER2P",
        "mobile": "+994552345678",
        "full_name": "Gülşən Məmmədova",
        "subscriber_code": "1002003004",
        "meters": [
            {
                "factory_number": "AB12345678",
                "seal_number": "PL-77",
                "reading": "123.456",
                "reading_date": "2026-11-20",
            },
            {"factory_number": "ZX99887766", "reading": "45.1", "reading_date": "2026-11-21"},
        ],
    },
    "quote": None,
    "server_reference": "AZS-2026-000123",
}


def connection_record() -> dict[str, Any]:
    """A household connection with a fee quote, saved on the kiosk and not yet sent."""
    return copy.deepcopy(_CONNECTION)


def water_record() -> dict[str, Any]:
    """A water-meter reading with two meters, already sent (it has the utility's reference)."""
    return copy.deepcopy(_WATER)
