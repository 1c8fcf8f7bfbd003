"""Matching stored payloads against what staff type: FİN and mobile numbers, compared normalised."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import phonenumbers

FIN_KEYS = ("fin",)
MOBILE_KEYS = ("mobile", "phone")


def normalise_fin(text: str) -> str:
    """FİN: 7 Latin capitals and digits; typed with spaces or in lower case (``ı``/``i`` → ``I``)."""
    return "".join(text.split()).replace("ı", "I").replace("i", "I").upper()


def normalise_mobile(text: str) -> str:
    """``050 123 45 67``, ``+994 50 1234567`` and ``994501234567`` all → ``+994501234567``."""
    raw = "".join(ch for ch in text if ch.isdigit() or ch == "+")
    if raw.startswith("994"):
        raw = "+" + raw
    try:
        number = phonenumbers.parse(raw, "AZ")
    except phonenumbers.NumberParseException:
        return raw
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _values(payload: Mapping[str, Any], keys: tuple[str, ...]) -> list[str]:
    return [str(payload[k]) for k in keys if isinstance(payload.get(k), str | int)]


def matches_fin(payload: Mapping[str, Any], fin: str) -> bool:
    wanted = normalise_fin(fin)
    return bool(wanted) and any(normalise_fin(v) == wanted for v in _values(payload, FIN_KEYS))


def matches_mobile(payload: Mapping[str, Any], mobile: str) -> bool:
    wanted = normalise_mobile(mobile)
    return bool(wanted) and any(
        normalise_mobile(v) == wanted for v in _values(payload, MOBILE_KEYS)
    )
