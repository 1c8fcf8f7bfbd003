"""Masking of personal data for receipts, staff lists and logs (house rule: never shown or logged in clear)."""

from __future__ import annotations

from collections.abc import Callable

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


def mask_text(value: str) -> str:
    """Any other personal value (an address, a note, a file name): its first character and ``***``, so
    not even its length shows."""
    value = (value or "").strip()
    if len(value) <= 3:
        return "***" if value else ""
    return value[0] + "***"


def mask_initial(name: str) -> str:
    """One part of a person's name alone (``Əliyev`` → ``Ə.``)."""
    name = (name or "").strip()
    return f"{name[0]}." if name else ""


# How much of a meter's factory number stays readable: enough for the applicant to recognise the meter.
METER_NUMBER_KEEP = 4


def _mask_meter_number(value: str) -> str:
    return mask_code(value, METER_NUMBER_KEEP)


# The masker for each kind of value, by the validator (or type) of the field that holds it.
MASKERS: dict[str, Callable[[str], str]] = {
    "fin": mask_fin,
    "mobile": mask_phone,
    "phone": mask_phone,
    "email": mask_email,
    "person_name": mask_initial,
    "voen": mask_code,
    "iban": mask_code,
    "azersu_subscriber": mask_code,
    "azerishiq_subscriber": mask_code,
    "registry_number": mask_code,
    "meter_number": _mask_meter_number,
}


def mask_as(kind: str | None, value: object) -> str:
    """``value`` masked the way values of ``kind`` (a field's validator or type) are; a kind without a
    masker of its own gets :func:`mask_text`."""
    text = "" if value is None else str(value).strip()
    if not text:
        return ""
    return MASKERS.get(kind or "", mask_text)(text)
