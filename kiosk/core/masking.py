"""Masking of personal data for receipts, staff lists and logs (house rule: never shown or logged in clear)."""

from __future__ import annotations

import phonenumbers


def mask_fin(fin: str) -> str:
    """``12ABC3K`` → ``12****K``: the first two and the last symbol stay."""
    fin = (fin or "").strip().upper()
    if len(fin) < 4:
        return "*" * len(fin)
    return fin[:2] + "*" * (len(fin) - 3) + fin[-1]


def mask_phone(e164: str) -> str:
    """``+994501234567`` → ``+994 50 *** ** 67``."""
    try:
        number = phonenumbers.parse(e164, "AZ")
    except phonenumbers.NumberParseException:
        return "***"
    national = str(number.national_number)
    if len(national) != 9:
        return f"+{number.country_code} ***"
    return f"+{number.country_code} {national[:2]} *** ** {national[-2:]}"


def mask_name(full_name: str) -> str:
    """``Əliyev Rəşad Kamal oğlu`` shown as given name + initial of surname.

    Names arrive as "given surname" when typed and as "surname given patronymic" from the registry; the
    registry form is passed as ``given_name``/``surname`` by :func:`mask_person` instead.
    """
    parts = [p for p in (full_name or "").split() if p]
    if not parts:
        return ""
    if len(parts) == 1:
        return parts[0]
    return f"{parts[0]} {parts[1][0]}."


def mask_person(given_name: str, surname: str) -> str:
    given_name = (given_name or "").strip()
    surname = (surname or "").strip()
    if not surname:
        return given_name
    return f"{given_name} {surname[0]}."


def mask_code(value: str, keep: int = 3) -> str:
    """Subscriber codes, VÖEN and similar identifiers: only the last ``keep`` characters stay."""
    value = (value or "").strip()
    if len(value) <= keep:
        return "*" * len(value)
    return "*" * (len(value) - keep) + value[-keep:]


def mask_email(email: str) -> str:
    local, _, domain = (email or "").partition("@")
    if not domain:
        return "***"
    return f"{local[:1]}***@{domain}"
