"""Field validators. Each takes what was typed and returns :class:`Ok` with the normalised value or
:class:`Err` with a machine-readable message id and its parameters, which the UI translates
(``kiosk.core.messages``). No validator raises on any input.

Identifier formats are from ``shared/DOMAIN.md`` ("Identifiers"); rules cite their source documents.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import phonenumbers

from kiosk.core import clock, districts, tracking
from kiosk.core.money import parse_number, plain


@dataclass(frozen=True)
class Ok:
    value: Any
    ok: bool = field(default=True, init=False)


@dataclass(frozen=True)
class Err:
    code: str
    params: Mapping[str, str] = field(default_factory=dict)
    ok: bool = field(default=False, init=False)


Result = Ok | Err


@dataclass(frozen=True)
class Context:
    """What some validators need beyond the value itself."""

    today: date | None = None
    azersu_code_min_len: int = 6
    azersu_code_max_len: int = 12
    connected_power_kw: Decimal | None = None
    # The utility of the service being applied for, as ``(kind, supplier)``: ("electricity",
    # "azerishiq") or ("water", "azersu"); a district it does not serve is refused.
    supplier: tuple[str, str] | None = None
    max_power_kw: Decimal = Decimal(150)


Validator = Callable[[Any, Context], Result]

_SPACES = re.compile(r"\s+")
# A hyphen between two groups of characters ("12345-67891") is a separator; a leading or trailing one is
# not, and is kept so that the value fails its format check instead of silently losing a sign.
_INNER_HYPHENS = re.compile(r"(?<=\w)-+(?=\w)")
MAX_INPUT = 200


def _text(raw: Any) -> str | None:
    if raw is None:
        return ""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int | float | Decimal):
        return str(raw)
    if not isinstance(raw, str):
        return None
    return raw.strip()


def _compact(raw: Any) -> str | None:
    """``raw`` without spaces and without the hyphens between groups: ``"12345-678 91"`` → ``"1234567891"``,
    while ``"-1234567891"`` keeps its hyphen (and so is refused by the caller's format check)."""
    text = _text(raw)
    return None if text is None else _INNER_HYPHENS.sub("", _SPACES.sub("", text))


def fin(raw: Any, ctx: Context) -> Result:
    """FİN: 7 Latin capitals (no I, no O) and digits, ``^[A-HJ-NP-Z0-9]{7}$``; lower case accepted."""
    text = _compact(raw)
    if not text:
        return Err("required")
    if len(text) > MAX_INPUT:
        return Err("fin.length")
    value = text.upper()
    if not value.isascii() or not value.isalnum():
        return Err("fin.characters")
    if len(value) != 7:
        return Err("fin.length", {"length": "7"})
    if "I" in value or "O" in value:
        return Err("fin.letters_io")
    return Ok(value)


def voen(raw: Any, ctx: Context) -> Result:
    """VÖEN: 10 digits, the last 1 (legal person) or 2 (natural person). The check digit's algorithm is
    not published, so it is not checked."""
    text = _compact(raw)
    if not text:
        return Err("required")
    if not (text.isascii() and text.isdigit()):
        return Err("voen.digits")
    if len(text) != 10:
        return Err("voen.length", {"length": "10"})
    if text[-1] not in "12":
        return Err("voen.last_digit")
    return Ok(text)


_MOBILE_TYPES = {
    phonenumbers.PhoneNumberType.MOBILE,
    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
}
# Any number a person can be called back on: landlines as well as mobiles (guide 002, 4).
_PHONE_TYPES = _MOBILE_TYPES | {
    phonenumbers.PhoneNumberType.FIXED_LINE,
    phonenumbers.PhoneNumberType.VOIP,
    phonenumbers.PhoneNumberType.PERSONAL_NUMBER,
    phonenumbers.PhoneNumberType.UAN,
}
# What people write in a phone number besides its digits; a letter is a typo, never dropped silently.
_PHONE_CHARACTERS = re.compile(r"[0-9\s+\-().]*")


def _azerbaijani_number(raw: Any, types: set[int], prefix: str) -> Result:
    """Parse an Azerbaijani phone number of one of ``types``; errors are ``{prefix}.…`` or ``phone.…``."""
    text = _text(raw)
    if not text:
        return Err("required")
    if len(text) > 40:
        return Err(f"{prefix}.invalid")
    if not _PHONE_CHARACTERS.fullmatch(text):
        return Err("phone.characters")
    digits = re.sub(r"[^\d+]", "", text)
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    elif digits.startswith("994") and len(digits) == 12:
        digits = "+" + digits
    try:
        number = phonenumbers.parse(digits, "AZ")
    except phonenumbers.NumberParseException:
        return Err(f"{prefix}.invalid")
    if number.country_code != 994:
        return Err(f"{prefix}.not_azerbaijani")
    if not phonenumbers.is_valid_number(number):
        return Err(f"{prefix}.invalid")
    if phonenumbers.number_type(number) not in types:
        return Err("mobile.not_mobile" if prefix == "mobile" else f"{prefix}.invalid")
    return Ok(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def mobile(raw: Any, ctx: Context) -> Result:
    """An active Azerbaijani mobile number (guide 001, 2.4), normalised to E.164 (``+994501234567``).

    Accepts ``050 123 45 67``, ``+994501234567``, ``994 50 123-45-67``, ``00994 50 1234567``; only digits,
    spaces and ``+ - ( ) .`` may be typed, so ``050 123 45 6O`` (a letter O) is refused, not shortened.
    """
    return _azerbaijani_number(raw, _MOBILE_TYPES, "mobile")


def phone(raw: Any, ctx: Context) -> Result:
    """The applicant's phone number of a water-meter reading (guide 002, 4: "Müraciət edənin telefon
    nömrəsi"): any Azerbaijani number, a landline (``012 493 00 00``) as well as a mobile, in E.164."""
    return _azerbaijani_number(raw, _PHONE_TYPES, "phone")


def email(raw: Any, ctx: Context) -> Result:
    """An e-mail address, checked by the maintained ``email-validator`` library for its syntax only (no
    network: deliverability is not checked): a leading, trailing or double dot, a domain without a dot or
    non-Latin letters before the ``@`` are refused. The domain is lower-cased, the local part kept."""
    from email_validator import EmailNotValidError, validate_email

    text = _text(raw)
    if not text:
        return Err("required")
    if len(text) > 254:
        return Err("email.format")
    try:
        checked = validate_email(text, check_deliverability=False, allow_smtputf8=False)
    except (EmailNotValidError, ValueError):
        return Err("email.format")
    return Ok(checked.normalized)


def _digits(raw: Any, code: str) -> Result:
    text = _compact(raw)
    if not text:
        return Err("required")
    if not (text.isascii() and text.isdigit()):
        return Err(f"{code}.digits")
    return Ok(text)


def azerishiq_subscriber(raw: Any, ctx: Context) -> Result:
    """Azərişıq subscriber code: 15 digits."""
    result = _digits(raw, "subscriber")
    if isinstance(result, Ok) and len(result.value) != 15:
        return Err("subscriber.length", {"length": "15"})
    return result


def azersu_subscriber(raw: Any, ctx: Context) -> Result:
    """Azərsu subscriber code (guide 002, 2): digits; the length range is configuration, since the format is
    not published; the server decides whether it exists."""
    result = _digits(raw, "subscriber")
    if isinstance(result, Ok):
        n = len(result.value)
        if not ctx.azersu_code_min_len <= n <= ctx.azersu_code_max_len:
            return Err(
                "subscriber.length_range",
                {"min": str(ctx.azersu_code_min_len), "max": str(ctx.azersu_code_max_len)},
            )
    return result


_SERIAL = re.compile(r"^[A-Z0-9][A-Z0-9/.\-]{1,24}$")


def meter_number(raw: Any, ctx: Context) -> Result:
    """A meter's factory number or seal (plomb) number (guide 002, 4): Latin letters, digits, ``/ . -``."""
    text = _text(raw)
    text = None if text is None else re.sub(r"\s+", "", text)
    if not text:
        return Err("required")
    value = text.upper()
    if not value.isascii() or not _SERIAL.match(value):
        return Err("meter.number_format")
    return Ok(value)


def reading(raw: Any, ctx: Context) -> Result:
    """A meter reading: non-negative, at most 3 decimals (guide 002, 4)."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return Err("required")
    value = parse_number(raw)
    if value is None:
        return Err("number.format")
    if value < 0:
        return Err("reading.negative")
    if value.as_tuple().exponent < -3:  # type: ignore[operator]
        return Err("reading.decimals", {"decimals": "3"})
    if value >= Decimal("1e9"):
        return Err("reading.too_large")
    return Ok(plain(value))


_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y")


def reading_date(raw: Any, ctx: Context) -> Result:
    """The date of a reading: not in the future, not before 2000. Accepts ``2026-11-23`` and ``23.11.2026``."""
    if isinstance(raw, datetime):
        value = raw.date()
    elif isinstance(raw, date):
        value = raw
    else:
        text = _text(raw)
        if not text:
            return Err("required")
        for fmt in _DATE_FORMATS:
            try:
                value = datetime.strptime(text, fmt).date()
                break
            except ValueError:
                continue
        else:
            return Err("date.format")
    today = ctx.today or clock.today()
    if value > today:
        return Err("date.future")
    if value.year < 2000:
        return Err("date.too_old")
    return Ok(value.isoformat())


POWER_DECIMALS = 2
POWER_STEP = Decimal(1).scaleb(-POWER_DECIMALS)  # 0.01 kW


def power(raw: Any, ctx: Context) -> Result:
    """Required power TG in kW: 0 < TG ≤ 150 for these services (methodology 004, 2.1; strategy 000, 3).

    At most two decimals (0.01 kW): the precision in which the registry states an object's connected power
    (``7.25``) and station data sheets state a station's power (``5.46``); the sources set no coarser step.
    """
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return Err("required")
    value = parse_number(raw)
    if value is None:
        return Err("number.format")
    if value <= 0:
        return Err("power.positive")
    if value > ctx.max_power_kw:
        return Err("power.max", {"max": plain(ctx.max_power_kw)})
    if value % POWER_STEP != 0:
        return Err("power.decimals", {"decimals": str(POWER_DECIMALS)})
    return Ok(plain(value))


def station_power(raw: Any, ctx: Context) -> Result:
    """An active consumer's station: ≤ 150 kW (decision 346, 1.8.1) and ≤ the object's connected power (1.4)."""
    result = power(raw, ctx)
    if isinstance(result, Ok) and ctx.connected_power_kw is not None:
        if Decimal(result.value) > ctx.connected_power_kw:
            return Err("station.over_connected", {"max": plain(ctx.connected_power_kw)})
    return result


def connected_power(raw: Any, ctx: Context) -> Result:
    """The power an object is already connected for (from Azərişıq's registry or as typed), in kW."""
    return power(raw, Context(max_power_kw=Decimal(100000)))


def phase(raw: Any, ctx: Context) -> Result:
    """Supply phase: 1 or 3 (guide 001, 2.2; methodology 2.2)."""
    text = _text(raw)
    if not text:
        return Err("required")
    if text not in {"1", "3"}:
        return Err("phase.choice")
    return Ok(int(text))


def district(raw: Any, ctx: Context) -> Result:
    """A district or city from the bundled list; accepts its id or its name in az, ru or en."""
    text = _text(raw)
    if not text:
        return Err("required")
    found = districts.find(text)
    if found is None:
        return Err("district.unknown")
    if ctx.supplier is not None:
        kind, supplier = ctx.supplier
        served_by = getattr(found, kind, supplier)
        if served_by != supplier:
            return Err(f"district.served_by.{kind}.{served_by}", {"district": found.az})
    return Ok(found.id)


def tracking_code(raw: Any, ctx: Context) -> Result:
    text = _text(raw)
    if not text:
        return Err("required")
    try:
        return Ok(tracking.parse(text))
    except tracking.InvalidTrackingCode as exc:
        return Err(exc.code)


_NAME = re.compile(r"^[^\W\d_]+(?:[ '\u2019.-][^\W\d_]+)*\.?$")


def person_name(raw: Any, ctx: Context) -> Result:
    """A person's name as typed: letters of any script, spaces, hyphens, apostrophes."""
    text = _text(raw)
    if not text:
        return Err("required")
    text = " ".join(text.split())
    if len(text) > 120:
        return Err("text.too_long", {"max": "120"})
    if not _NAME.match(text):
        return Err("name.characters")
    return Ok(text.replace("\u04d9", "\u0259").replace("\u04d8", "\u018f"))


def text(raw: Any, ctx: Context) -> Result:
    """Free text (an address, a note): trimmed, at most 500 characters, no control characters."""
    value = _text(raw)
    if value is None:
        return Err("text.format")
    if not value:
        return Err("required")
    if len(value) > 500:
        return Err("text.too_long", {"max": "500"})
    if any(ord(ch) < 32 and ch not in "\n\t" for ch in value):
        return Err("text.format")
    return Ok(value.replace("\u04d9", "\u0259").replace("\u04d8", "\u018f"))


_REGISTRY = re.compile(r"^[A-Z0-9][A-Z0-9/.\-]{2,39}$")


def registry_number(raw: Any, ctx: Context) -> Result:
    """A property registry or registration number: Latin letters, digits and ``/ . -``."""
    value = _text(raw)
    if not value:
        return Err("required")
    value = value.replace(" ", "").upper()
    if not value.isascii() or not _REGISTRY.match(value):
        return Err("registry.format")
    return Ok(value)


def iban(raw: Any, ctx: Context) -> Result:
    """An Azerbaijani IBAN (AZ + 2 check digits + 4-letter bank code + 20 characters), ISO 13616 mod-97.

    Where a positive year-end balance is paid (decision 346, 6.1.2)."""
    value = _compact(raw)
    if not value:
        return Err("required")
    value = value.upper()
    if not value.isascii() or not value.isalnum():
        return Err("iban.format")
    if not value.startswith("AZ") or len(value) != 28 or not value[4:8].isalpha():
        return Err("iban.format")
    rearranged = value[4:] + value[:4]
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    if int(number) % 97 != 1:
        return Err("iban.check")
    return Ok(value)


VALIDATORS: dict[str, Validator] = {
    "fin": fin,
    "voen": voen,
    "mobile": mobile,
    "phone": phone,
    "email": email,
    "azerishiq_subscriber": azerishiq_subscriber,
    "azersu_subscriber": azersu_subscriber,
    "meter_number": meter_number,
    "reading": reading,
    "reading_date": reading_date,
    "power": power,
    "station_power": station_power,
    "connected_power": connected_power,
    "phase": phase,
    "district": district,
    "tracking_code": tracking_code,
    "person_name": person_name,
    "text": text,
    "registry_number": registry_number,
    "iban": iban,
}


def validate(kind: str, raw: Any, ctx: Context | None = None) -> Result:
    """Run the validator named ``kind``; an unknown name is a programming error (``KeyError``)."""
    return VALIDATORS[kind](raw, ctx or Context())
