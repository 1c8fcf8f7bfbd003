"""The connection fee as receipt lines: the amount, how it was computed, and the tariff it came from.

The quote is the fee engine's (``kiosk.core.fees``) dict; the formulas behind it are the Tariff Council
methodology, section 2 (households and objects up to 150 kW from the existing 0.4 kV grid) and section 3.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from kiosk.core.i18n import fill
from kiosk.core.money import format_money, format_rate
from kiosk.receipts import texts
from kiosk.receipts.model import CONNECTION_SERVICES, ReceiptData

Kind = Literal["amount", "body", "small"]
FeeLine = tuple[Kind, str]


def number(value: object, lang: str) -> str:
    """A decimal figure as written in ``lang``: ``7,5`` in az and ru, ``7.5`` in en."""
    text = str(value)
    return text if lang == "en" else text.replace(".", ",")


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
    try:
        return Decimal(str(value)) if value is not None else None
    except InvalidOperation:
        return None


def _plain(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return "0" if text == "-0" else text


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


def fee_lines(r: ReceiptData) -> list[FeeLine]:
    """What the receipt says about the fee; empty for services that have none (water readings)."""
    lang = r.language
    if r.service == "prosumer":
        # Decision No. 346 (2023), rule 3.4: no connection fee for an active consumer.
        return [("body", texts.tr(texts.NO_FEE, lang))]
    if r.service not in CONNECTION_SERVICES:
        return []
    if not r.quote:
        return [("body", texts.tr(texts.FEE_LATER, lang))]
    quote = r.quote
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
