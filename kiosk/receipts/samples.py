"""Fictional submissions for receipt screenshots, benchmarks and tests (no real person's data).

The services come from the registry (the first with a fee, the first with a group of answers) and the
answers from their definitions' examples, with two fictional applicants laid over them.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date
from typing import Any

from kiosk import examples
from kiosk.core import services, tracking
from kiosk.core.services.model import Service

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

# The day the samples were made: group items read the day before (``kiosk.examples.example``).
SAMPLE_DAY = date(2026, 11, 21)

# Two fictional applicants, laid over the definitions' own example answers.
_APPLICANT: dict[str, Any] = {
    "fin": "5ABCD7K",
    "mobile": "+994501234567",
    "given_name": "Rəşad",
    "surname": "Əliyev",
}
_READER: dict[str, Any] = {
    "fin": "7QWER2P",
    "mobile": "+994552345678",
    "full_name": "Gülşən Məmmədova",
}


def _first(wanted: Callable[[Service], bool], what: str) -> Service:
    found = next((s for s in services.all_services() if wanted(s)), None)
    if found is None:
        raise LookupError(f"no service {what}")
    return found


def fee_service() -> Service:
    """The first service (in home-screen order) that has a fee."""
    return _first(lambda s: s.fee is not None, "with a fee")


def group_service() -> Service:
    """The first service whose form repeats a group of answers (the meters of a reading)."""
    return _first(lambda s: any(f.type == "group" for f in s.fields()), "with a group")


def _answers(service: Service, person: dict[str, Any]) -> dict[str, Any]:
    payload = examples.example(service.id, SAMPLE_DAY)
    for name in ("given_name", "surname", "patronymic", "full_name"):
        payload.pop(name, None)
    return {**payload, **person}


def connection_record() -> dict[str, Any]:
    """A connection with a fee quote (the first service with a fee), saved on the kiosk, not yet sent."""
    return {
        "service": fee_service().id,
        "tracking_code": CONNECTION_CODE,
        "created_at": "2026-11-23T09:15:02+04:00",
        "language": "az",
        "payload": _answers(fee_service(), _APPLICANT),
        "quote": copy.deepcopy(QUOTE),
    }


def water_record() -> dict[str, Any]:
    """A reading of meters (the first service with a group), already sent: it has the utility's
    reference."""
    return {
        "service": group_service().id,
        "tracking_code": WATER_CODE,
        "created_at": "2026-11-23T16:40:00+04:00",
        "language": "az",
        "payload": _answers(group_service(), _READER),
        "quote": None,
        "server_reference": "AZS-2026-000123",
    }
