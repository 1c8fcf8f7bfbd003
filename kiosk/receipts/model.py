"""What a receipt says, built from a stored submission with every personal value already masked.

The renderer only ever sees a :class:`ReceiptData`; raw FİN, phone numbers and full names stop here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from kiosk.core import districts, masking, tracking
from kiosk.core.i18n import DEFAULT_LANGUAGE, LANGUAGES

SERVICES = ("household", "business", "prosumer", "water_reading")
CONNECTION_SERVICES = ("household", "business")

# How much of a meter's factory number stays readable: enough for the applicant to recognise the meter.
FACTORY_NUMBER_KEEP = 4


@dataclass(frozen=True)
class MeterLine:
    """One meter of a water-reading submission (Azərsu guide, step 4)."""

    factory_number: str  # masked: only the last digits stay
    reading: str  # as entered, e.g. "123.456" (m³)
    reading_date: date | None


@dataclass(frozen=True)
class ReceiptData:
    service: str
    created_at: datetime
    kiosk_id: str
    centre_name: str
    language: str
    tracking_code: str
    status_url: str
    sent: bool
    applicant_name: str = ""
    fin: str = ""
    phone: str = ""
    subscriber_code: str = ""
    district: str = ""
    quote: Mapping[str, Any] | None = None
    meters: tuple[MeterLine, ...] = field(default_factory=tuple)
    server_reference: str = ""

    def __post_init__(self) -> None:
        if self.service not in SERVICES:
            raise ValueError(f"unknown service {self.service!r}")
        if self.created_at.tzinfo is None or self.created_at.utcoffset() is None:
            raise ValueError("created_at must be timezone-aware")
        if self.language not in LANGUAGES:
            raise ValueError(f"unknown language {self.language!r}")


def status_url(public_status_url: str, tracking_code: str) -> str:
    """``{public_status_url}/t/{tracking_code}``: the phone page of the central API (WIRE.md, ``GET /t/``)."""
    return f"{public_status_url.rstrip('/')}/t/{tracking_code}"


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _masked_name(payload: Mapping[str, Any]) -> str:
    given, surname = _text(payload.get("given_name")), _text(payload.get("surname"))
    if given or surname:
        return masking.mask_person(given, surname)
    return masking.mask_name(_text(payload.get("full_name")))


def _reading_date(value: object) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(_text(value)[:10])
    except ValueError:
        return None


def _meters(payload: Mapping[str, Any]) -> tuple[MeterLine, ...]:
    raw = payload.get("meters")
    if not isinstance(raw, Sequence) or isinstance(raw, str):
        return ()
    lines = []
    for meter in raw:
        if not isinstance(meter, Mapping):
            continue
        lines.append(
            MeterLine(
                factory_number=masking.mask_code(
                    _text(meter.get("factory_number")), FACTORY_NUMBER_KEEP
                ),
                reading=_text(str(meter.get("reading", ""))),
                reading_date=_reading_date(meter.get("reading_date")),
            )
        )
    return tuple(lines)


def _district(value: object, lang: str) -> str:
    name = _text(value)
    found = districts.find(name) if name else None
    return found.name(lang) if found else name


def receipt_from_submission(
    record: Mapping[str, Any],
    *,
    kiosk_id: str,
    centre_name: str,
    public_status_url: str,
    sent: bool,
    language: str | None = None,
) -> ReceiptData:
    """The receipt of a stored submission (the outbox row's dict, WIRE.md ``POST /api/v1/submissions``).

    ``language`` overrides the applicant's language stored with the submission (staff reprints).
    """
    code = tracking.parse(str(record["tracking_code"]))
    created_at = record["created_at"]
    if not isinstance(created_at, datetime):
        created_at = datetime.fromisoformat(str(created_at))
    lang = language or _text(record.get("language")) or DEFAULT_LANGUAGE
    payload = record.get("payload") or {}
    quote = record.get("quote")
    return ReceiptData(
        service=str(record["service"]),
        created_at=created_at,
        kiosk_id=kiosk_id,
        centre_name=centre_name,
        language=lang,
        tracking_code=code,
        status_url=status_url(public_status_url, code),
        sent=sent,
        applicant_name=_masked_name(payload),
        fin=masking.mask_fin(_text(payload.get("fin"))) if payload.get("fin") else "",
        phone=masking.mask_phone(_text(payload.get("mobile"))) if payload.get("mobile") else "",
        subscriber_code=(
            masking.mask_code(_text(payload.get("subscriber_code")))
            if payload.get("subscriber_code")
            else ""
        ),
        district=_district(payload.get("district"), lang),
        quote=dict(quote) if isinstance(quote, Mapping) else None,
        meters=_meters(payload),
        server_reference=_text(record.get("server_reference")),
    )
