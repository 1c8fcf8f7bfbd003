"""An answer as a receipt prints it: formatted by the kind of its field, masked when the field is personal.

The kind is the field's validator (or its type): a power or a reading is written with the language's
decimal comma, a district by its name in the receipt's language, a choice by its translated label, a
subscriber code or meter number with only its last characters readable. A kind this module does not know
is printed as it was answered. A field marked ``sensitive`` is always masked (``kiosk.core.masking``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from kiosk.core import districts, masking, services
from kiosk.core.i18n import translate
from kiosk.core.money import plain
from kiosk.core.services.model import Field


def text_of(context: str, text: str, lang: str) -> str:
    """``text`` of a definition in ``lang``: from the catalogues, else the definition's own translation,
    else as written."""
    if not text:
        return ""
    translated = translate(context, text, lang)
    if translated != text:
        return translated
    return services.own_text(lang, text) or text


def number(value: object, lang: str) -> str:
    """A decimal figure as written in ``lang``: ``7,5`` in az and ru, ``7.5`` in en."""
    text = str(value)
    return text if lang == "en" else text.replace(".", ",")


def _plain(value: object) -> str:
    return value.strip() if isinstance(value, str) else "" if value is None else str(value)


def _figure(value: object, lang: str) -> str:
    text = _plain(value)
    try:
        return number(plain(Decimal(text.replace(",", ".").replace(" ", ""))), lang)
    except InvalidOperation:
        return text


def _district(value: object, lang: str) -> str:
    name = _plain(value)
    found = districts.find(name) if name else None
    return found.name(lang) if found else name


def day(value: object) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(_plain(value)[:10])
    except ValueError:
        return None


def _date(value: object, lang: str) -> str:
    found = day(value)
    return found.strftime("%d.%m.%Y") if found else _plain(value)


def _code(value: object, lang: str) -> str:
    return masking.mask_code(_plain(value))


def _meter_number(value: object, lang: str) -> str:
    return masking.mask_as("meter_number", _plain(value))


# How each kind of answer is printed (today's receipts: figures with the decimal comma, the district's
# name, subscriber codes and meter numbers partly hidden).
FORMATTERS: Mapping[str, Callable[[object, str], str]] = {
    "power": _figure,
    "station_power": _figure,
    "connected_power": _figure,
    "reading": _figure,
    "number": _figure,
    "district": _district,
    "date": _date,
    "reading_date": _date,
    "azersu_subscriber": _code,
    "azerishiq_subscriber": _code,
    "meter_number": _meter_number,
}


def kind_of(field: Field) -> str:
    return field.validator_name or field.type


def shown(field: Field, value: Any, lang: str) -> str:
    """``value`` of ``field`` as the receipt prints it ("" when there is nothing to print)."""
    if value is None or value == "" or isinstance(value, Mapping | list | tuple):
        return ""
    if field.sensitive:
        return masking.mask_as(kind_of(field), value)
    if field.choices:
        for choice in field.choices:
            if choice.value == _plain(value):
                return text_of("Choice", choice.label, lang)
    formatter = FORMATTERS.get(kind_of(field)) or FORMATTERS.get(field.type)
    return formatter(value, lang) if formatter else _plain(value)


def label(field: Field, lang: str) -> str:
    return text_of("Field", field.label, lang)
