"""How values are written for the applicant, by language: dates ``23.11.2026`` in all three, decimal
figures ``7,5`` in Azerbaijani and Russian and ``7.5`` in English, phone numbers in the national format
``050 123 45 67``. Money is :func:`kiosk.core.money.format_money`'s."""

from __future__ import annotations

import re
from datetime import date, datetime

_NUMBER = re.compile(r"^-?\d+([.,]\d+)?$")


def format_date(value: date | str) -> str:
    """``23.11.2026`` from a date or an ISO date (``2026-11-23``); other text is returned as it is."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    try:
        return date.fromisoformat(value[:10]).strftime("%d.%m.%Y") if len(value) >= 10 else value
    except ValueError:
        return value


def format_datetime(value: datetime | str) -> str:
    """``23.11.2026 09:15`` from a datetime or ISO 8601 text, in the time zone it carries."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    return value.strftime("%d.%m.%Y %H:%M")


def format_number(value: object, lang: str) -> str:
    """A decimal figure as typed or stored (``7.5``), written the ``lang`` way (``7,5`` in az and ru)."""
    text = str(value).strip()
    if not _NUMBER.match(text):
        return str(value)
    return text.replace(",", ".") if lang == "en" else text.replace(".", ",")


def format_phone(value: str) -> str:
    """An Azerbaijani number in the national format (``050 123 45 67``); anything else unchanged."""
    import phonenumbers  # here, not above: the window's first paint does without it

    try:
        number = phonenumbers.parse(value, "AZ")
    except phonenumbers.NumberParseException:
        return value
    if not phonenumbers.is_valid_number(number):
        return value
    if number.country_code != 994:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
