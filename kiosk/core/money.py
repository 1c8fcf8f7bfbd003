"""Money: ``Decimal`` all the way, rounded half-up to the qəpik only at the end.

Shown as ``1 234,56 ₼`` in Azerbaijani and Russian, and as ``AZN 1,234.56`` in English (the manat sign
is not widely recognised by English readers; the ISO code is, and it is how AZN amounts appear in English
bank and utility documents).
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

QEPIK = Decimal("0.01")
MANAT_SIGN = "\u20bc"


def to_decimal(value: object) -> Decimal:
    """A Decimal from an int, str or Decimal (never via float, whose binary value is not the written one)."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool):
        raise TypeError("a bool is not an amount")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, str):
        try:
            result = Decimal(value.strip().replace(",", "."))
        except InvalidOperation as exc:
            raise ValueError(f"not a number: {value!r}") from exc
        if not result.is_finite():
            raise ValueError(f"not a finite number: {value!r}")
        return result
    raise TypeError(f"cannot make an amount of {type(value).__name__}")


def parse_number(raw: Any) -> Decimal | None:
    """A number as an applicant types it (``"1 234,5"``, ``"7.50"``) or a program gives it (int, float,
    Decimal) → a finite Decimal; ``None`` for anything else (a bool, letters, more than 30 characters)."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, Decimal):
        value = raw
    elif isinstance(raw, int):
        value = Decimal(raw)
    elif isinstance(raw, float):
        value = Decimal(repr(raw))
    elif isinstance(raw, str):
        text = raw.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
        if not text or len(text) > 30 or not re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)", text):
            return None
        try:
            value = Decimal(text)
        except InvalidOperation:
            return None
    else:
        return None
    return value if value.is_finite() else None


# A quote's breakdown writes ~20 numbers, nearly all of them the schedule's own (rates, bands, factors):
# remembering their text keeps a quote while the power is typed well under the 0.1 ms it is held to
# (docs/PERFORMANCE.md). Equal values have the same text, so the cache cannot mix them up.
@lru_cache(maxsize=4096, typed=True)
def plain(value: Decimal) -> str:
    """A number without exponent or trailing zeros, as payloads and formulas carry it:
    ``Decimal("7.50")`` → ``"7.5"``, ``Decimal("1E+1")`` → ``"10"``, ``Decimal("-0")`` → ``"0"``."""
    text = format(value.normalize(), "f")
    return "0" if text in {"-0", "0"} else text


def round_qepik(amount: Decimal) -> Decimal:
    """Round half-up to the qəpik (0.01 AZN)."""
    return amount.quantize(QEPIK, rounding=ROUND_HALF_UP)


def _group(digits: str, sep: str) -> str:
    parts: list[str] = []
    while len(digits) > 3:
        parts.insert(0, digits[-3:])
        digits = digits[:-3]
    parts.insert(0, digits)
    return sep.join(parts)


def format_amount(amount: Decimal, lang: str = "az") -> str:
    """The number alone: ``1 234,56`` (az, ru) or ``1,234.56`` (en)."""
    value = round_qepik(amount)
    sign = "-" if value < 0 else ""
    whole, frac = f"{abs(value):.2f}".split(".")
    if lang == "en":
        return f"{sign}{_group(whole, ',')}.{frac}"
    return f"{sign}{_group(whole, ' ')},{frac}"


def format_money(amount: Decimal, lang: str = "az") -> str:
    """``1 234,56 ₼`` in az and ru, ``AZN 1,234.56`` in en."""
    if lang == "en":
        return f"AZN {format_amount(amount, lang)}"
    return f"{format_amount(amount, lang)} {MANAT_SIGN}"


@lru_cache(maxsize=4096, typed=True)
def wire_amount(amount: Decimal) -> str:
    """The amount as sent to the server and printed by ``--json``: two decimals, a dot, no grouping."""
    return f"{round_qepik(amount):.2f}"


def format_rate(rate: Decimal, lang: str = "az") -> str:
    """A per-kW rate exactly as it is charged, never rounded: ``41,0025 ₼`` (at least two decimals), so
    that ``power × rate`` on a breakdown adds up to the amount."""
    exponent = rate.normalize().as_tuple().exponent
    places = max(2, -exponent if isinstance(exponent, int) else 2)
    text = f"{abs(rate):.{places}f}"
    whole, frac = text.split(".")
    sign = "-" if rate < 0 else ""
    number = (
        f"{sign}{_group(whole, ',')}.{frac}"
        if lang == "en"
        else f"{sign}{_group(whole, ' ')},{frac}"
    )
    return f"AZN {number}" if lang == "en" else f"{number} {MANAT_SIGN}"
