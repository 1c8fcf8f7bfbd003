"""The connection fee as receipt lines: the amount, how it was computed, and the tariff it came from.

The quote is the fee engine's (``kiosk.core.fees``) dict; the formulas behind it are the Tariff Council
methodology, section 2 (households and objects up to 150 kW from the existing 0.4 kV grid) and section 3.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from kiosk.core.i18n import fill
from kiosk.core.money import format_money, format_rate, parse_number
from kiosk.core.money import plain as _plain
from kiosk.receipts import texts
from kiosk.receipts.model import ReceiptData
from kiosk.receipts.values import number

Kind = Literal["amount", "body", "small"]
FeeLine = tuple[Kind, str]


def money(value: object, lang: str) -> str:
    try:
        return format_money(Decimal(str(value)), lang)
    except InvalidOperation:
        return str(value)


def rate_money(value: object, lang: str) -> str:
    """A per-kW rate as charged, not rounded to the qəpik (the breakdown must add up)."""
    try:
        return format_rate(Decimal(str(value)), lang)
    except InvalidOperation:
        return str(value)


def _decimal(value: object) -> Decimal | None:
    return parse_number(value) if value is not None else None


def _computation(b: Mapping[str, Any], lang: str) -> list[FeeLine]:
    power, rate = _decimal(b.get("power_kw")), b.get("rate_exact", b.get("rate_per_kw"))
    from_kw = _decimal(b.get("from_kw")) or Decimal(0)
    fixed = _decimal(b.get("fixed")) or Decimal(0)
    lines: list[FeeLine] = []
    if power is None or rate is None:
        return lines
    if from_kw == 0:
        lines.append(
            (
                "body",
                fill(
                    texts.tr(texts.POWER_RATE, lang),
                    number(_plain(power), lang),
                    rate_money(rate, lang),
                ),
            )
        )
        if fixed:
            lines.append(("body", fill(texts.tr(texts.FIXED, lang), money(fixed, lang))))
        return lines
    # A band that starts above 0 kW: a fixed amount for the first kW, the rate for the rest.
    lines.append(
        (
            "body",
            fill(
                texts.tr(texts.BAND_FIXED, lang), number(_plain(from_kw), lang), money(fixed, lang)
            ),
        )
    )
    above = fill(
        texts.tr(texts.BAND_RATE, lang),
        number(_plain(power - from_kw), lang),
        number(_plain(from_kw), lang),
        rate_money(rate, lang),
    )
    lines.append(("body", above))
    return lines


def waived(quote: Mapping[str, Any]) -> bool:
    """Whether the quote charges nothing by rule rather than by a price: no amount, and no section of the
    fee methodology behind it (decision No. 346 (2023), rule 3.4: an active consumer is connected at the
    existing connected power, without a connection fee). A priced quote that comes to nothing (an
    adjustment with factor 0) still names its section and prints its computation."""
    amount = _decimal(quote.get("amount"))
    return amount is not None and amount == 0 and not quote.get("section")


def fee_lines(r: ReceiptData) -> list[FeeLine]:
    """What the receipt says about the fee: nothing when the definition names no fee calculator (water
    readings), else what the quote says."""
    lang = r.language
    if r.fee is None:
        return []
    if not r.quote:
        return [("body", texts.tr(texts.FEE_LATER, lang))]
    quote = r.quote
    if waived(quote):
        return [("body", texts.tr(texts.NO_FEE, lang))]
    breakdown: Mapping[str, Any] = quote.get("breakdown") or {}
    lines: list[FeeLine] = [("amount", money(quote.get("amount", ""), lang))]
    alternative = quote.get("alternative")
    if isinstance(alternative, Mapping) and alternative.get("amount") is not None:
        text = fill(texts.tr(texts.FEE_IF_NO_GRID, lang), money(alternative["amount"], lang))
        lines.append(("body", text))
    elif breakdown.get("grid") == "far":
        distance = number(breakdown.get("grid_distance_m") or "", lang)
        lines.append(("body", fill(texts.tr(texts.FEE_FAR_FROM_GRID, lang), distance)))
    lines += _computation(breakdown, lang)
    for adjustment in breakdown.get("adjustments") or ():
        note = texts.tariff_text(str(adjustment.get("note") or "").strip(), lang)
        if note:
            lines.append(("small", f"• {note}"))
    if breakdown.get("formula"):
        lines.append(("small", fill(texts.tr(texts.FORMULA, lang), breakdown["formula"])))
    tariff = fill(
        texts.tr(texts.TARIFF, lang),
        quote.get("tariff_id", ""),
        texts.tariff_text(str(quote.get("tariff_source", "")), lang),
    )
    lines.append(("small", tariff))
    if quote.get("section"):
        lines.append(("small", fill(texts.tr(texts.METHODOLOGY, lang), quote["section"])))
    lines.append(("small", texts.tr(texts.FEE_NOTE, lang)))
    return lines
