from __future__ import annotations

import copy
from dataclasses import replace
from decimal import Decimal
from typing import Any

from kiosk.receipts import ReceiptData, samples
from kiosk.receipts.fee_text import fee_lines


def _texts(receipt: ReceiptData) -> list[str]:
    return [text for _, text in fee_lines(receipt)]


def test_flat_rate_quote(connection_receipt: ReceiptData) -> None:
    lines = fee_lines(connection_receipt)
    assert lines[0] == ("amount", "300,00 ₼")
    assert ("body", "7,5 kW × 40,00 ₼ per kW") in lines
    assert ("small", "Tariff TQS-2024-4: Tariff Council decision No. 4 of 3 May 2024") in lines
    assert ("small", "Tariff Council fee methodology, section 2") in lines


def test_english_amounts(connection_receipt: ReceiptData) -> None:
    lines = _texts(replace(connection_receipt, language="en"))
    assert lines[0] == "AZN 300.00"
    assert "7.5 kW × AZN 40.00 per kW" in lines


def test_band_above_zero_shows_fixed_part_and_the_kw_above(
    connection_receipt: ReceiptData,
) -> None:
    quote: dict[str, Any] = copy.deepcopy(samples.QUOTE)
    quote["amount"] = "520.00"
    quote["breakdown"].update(power_kw="12", from_kw="10", fixed="400.00", rate_per_kw="60.00")
    lines = _texts(replace(connection_receipt, quote=quote))
    assert "520,00 ₼" in lines
    assert "First 10 kW: 400,00 ₼" in lines
    assert "2 kW above 10 kW × 60,00 ₼ per kW" in lines
    assert not any(line.startswith("12 kW") for line in lines)


def test_adjustment_notes_are_listed(connection_receipt: ReceiptData) -> None:
    quote: dict[str, Any] = copy.deepcopy(samples.QUOTE)
    quote["breakdown"]["adjustments"] = [{"factor": "0", "note": "Liberated territories"}]
    assert "• Liberated territories" in _texts(replace(connection_receipt, quote=quote))


def test_services_without_a_quote(
    connection_receipt: ReceiptData, water_receipt: ReceiptData
) -> None:
    assert _texts(replace(connection_receipt, quote=None)) == [
        "The utility will tell you the connection fee after reviewing the application."
    ]
    assert fee_lines(water_receipt) == []  # its definition names no fee calculator


def test_a_fee_waived_by_rule_says_so(connection_receipt: ReceiptData) -> None:
    # Decision No. 346 (2023), rule 3.4: the active consumer's calculator charges nothing, under no
    # methodology section; the receipt reads that from the quote, whatever the service is called.
    from kiosk.core import fees, tariffs

    free = fees.quote(
        tariffs.load_directory(),
        fees.QuoteRequest(service="prosumer", power_kw=Decimal("10"), phase=1),
    ).to_dict()
    assert _texts(replace(connection_receipt, quote=free)) == [
        "No connection fee: the existing connected power of the object is used."
    ]
    # A priced quote that comes to nothing still shows its computation.
    zero: dict[str, Any] = copy.deepcopy(samples.QUOTE)
    zero["amount"] = "0.00"
    assert _texts(replace(connection_receipt, quote=zero))[0] == "0,00 ₼"


def test_a_quote_from_the_fee_engine_renders(connection_receipt: ReceiptData) -> None:
    from kiosk.core import fees, tariffs

    quote = fees.quote(
        tariffs.load_directory(),
        fees.QuoteRequest(service="household", power_kw=Decimal("7.5"), phase=1),
    ).to_dict()
    lines = _texts(replace(connection_receipt, quote=quote))
    assert lines[0] == f"{quote['amount'].replace('.', ',')} ₼"
    assert any(quote["tariff_id"] in line for line in lines)


def test_unknown_grid_distance_prints_the_section_3_amount_too(
    connection_receipt: ReceiptData,
) -> None:
    # Methodology 1.2.8 and 2.5: offline, the kiosk cannot know whether a 0.4 kV transformer is within
    # 400 m, so the receipt gives both amounts and says the utility confirms which applies.
    from datetime import date

    from kiosk.core import tariffs
    from kiosk.core.fees import QuoteRequest, quote

    offline = quote(
        tariffs.load_directory(), QuoteRequest("household", Decimal("7.5"), 1, on=date(2026, 6, 1))
    )
    receipt = replace(connection_receipt, quote=offline.to_dict())
    texts = _texts(receipt)
    assert texts[0] == "300,00 ₼"
    assert any("2 197,50 ₼" in t and "400 m" in t for t in texts), texts
    far = quote(
        tariffs.load_directory(),
        QuoteRequest(
            "household", Decimal("7.5"), 1, on=date(2026, 6, 1), grid_distance_m=Decimal(1250)
        ),
    )
    texts = _texts(replace(connection_receipt, quote=far.to_dict()))
    assert texts[0] == "2 197,50 ₼"
    assert any("1250 m" in t for t in texts), texts
    assert not any("2 197,50 ₼" in t and "If there" in t for t in texts)
