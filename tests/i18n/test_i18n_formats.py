"""Values written the applicant's way: money, decimal figures, dates, phone numbers, upper case."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from kiosk.core.money import format_money
from kiosk.core.text import upper
from kiosk.ui.formats import format_date, format_datetime, format_number, format_phone


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("az", "1 234,56 ₼"), ("ru", "1 234,56 ₼"), ("en", "AZN 1,234.56")],
)
def test_money(lang: str, expected: str) -> None:
    assert format_money(Decimal("1234.56"), lang) == expected


def test_money_rounds_half_up_to_the_qepik() -> None:
    assert format_money(Decimal("0.005"), "az") == "0,01 ₼"
    assert format_money(Decimal("1000000"), "en") == "AZN 1,000,000.00"


def test_dates() -> None:
    assert format_date(date(2026, 11, 23)) == "23.11.2026"
    assert format_date("2026-11-23") == "23.11.2026"
    assert format_date("23.11.2026") == "23.11.2026"  # already as the applicant typed it
    baku = timezone(timedelta(hours=4))
    assert format_datetime(datetime(2026, 11, 23, 9, 15, tzinfo=baku)) == "23.11.2026 09:15"
    assert format_datetime("2026-11-23T09:15:05+04:00") == "23.11.2026 09:15"
    assert format_datetime("not a time") == "not a time"


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [("7.5", "az", "7,5"), ("7.5", "ru", "7,5"), ("7,5", "en", "7.5"), ("15", "ru", "15")],
)
def test_decimal_figures(value: str, lang: str, expected: str) -> None:
    assert format_number(value, lang) == expected


def test_text_that_is_not_a_figure_is_left_alone() -> None:
    assert format_number("123/45", "az") == "123/45"
    assert format_number("—", "ru") == "—"


@pytest.mark.parametrize("typed", ["+994501234567", "0501234567", "050 123 45 67", "994501234567"])
def test_phone_numbers_in_national_format(typed: str) -> None:
    assert format_phone(typed) == "050 123 45 67"


def test_other_phone_numbers() -> None:
    assert format_phone("+994124987654") == "(012) 498 76 54"  # a Baku landline
    assert format_phone("12345") == "12345"
    assert format_phone("+7 495 123 45 67").startswith("+7 495")


def test_azerbaijani_upper_case() -> None:
    assert upper("içərişəhər", "az") == "İÇƏRİŞƏHƏR"
    assert upper("ılıq su", "az") == "ILIQ SU"
    assert upper("Şirvan", "az") != "Şirvan".upper()
    assert upper("istanbul", "en") == "ISTANBUL"
