"""What a receipt says, built from a stored submission with every personal value already masked.

The service's definition says what is printed: its title, the answers of ``receipt_fields``, the items of
its groups and its "what happens next" text. Every answer of a field marked ``sensitive`` is masked here
(``kiosk.receipts.values``), so the renderer only ever sees a :class:`ReceiptData` and raw FİN, phone
numbers and names stop here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kiosk.core import masking, services, tracking
from kiosk.core.i18n import DEFAULT_LANGUAGE, LANGUAGES, fill
from kiosk.core.services.model import Field, Service
from kiosk.receipts import texts, values


@dataclass(frozen=True)
class ReceiptLine:
    """One answer the definition prints (``Service.receipt_fields``), in the receipt's language."""

    label: str
    value: str  # formatted; masked when the field is personal


@dataclass(frozen=True)
class ReceiptGroup:
    """The items of a repeated group (the meters of a reading), one line each, in the receipt's language."""

    title: str
    items: tuple[str, ...]


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
    # From the definition, in the receipt's language: a receipt rendered later needs no registry.
    title: str = ""  # Service.title
    next_text: str = ""  # Service.receipt_next: what happens next
    fee: str | None = None  # Service.fee: the fee calculator, None when the service costs nothing
    applicant_name: str = ""
    fin: str = ""
    phone: str = ""
    details: tuple[ReceiptLine, ...] = ()
    groups: tuple[ReceiptGroup, ...] = ()
    quote: Mapping[str, Any] | None = None
    server_reference: str = ""
    # Printed by a demonstration terminal (config ``demo``): a DEMO mark heads the receipt.
    demo: bool = False

    def __post_init__(self) -> None:
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


def _details(definition: Service, payload: Mapping[str, Any], lang: str) -> tuple[ReceiptLine, ...]:
    lines = []
    for name in definition.receipt_fields:
        try:
            found = definition.field(name)
        except KeyError:
            continue
        value = values.shown(found, payload.get(name), lang)
        if value:
            lines.append(ReceiptLine(values.label(found, lang), value))
    return tuple(lines)


def _items(raw: object) -> list[Mapping[str, Any]]:
    if not isinstance(raw, Sequence) or isinstance(raw, str):
        return []
    return [item for item in raw if isinstance(item, Mapping)]


def _sub_field(group: Field, kind: str) -> Field | None:
    return next((sub for sub in group.fields if values.kind_of(sub) == kind), None)


def _group(group: Field, payload: Mapping[str, Any], lang: str) -> ReceiptGroup | None:
    items = _items(payload.get(group.name))
    if not items:
        return None
    meter, reading = _sub_field(group, "meter_number"), _sub_field(group, "reading")
    if meter is not None and reading is not None:
        # A group of meter readings prints as one line per meter: "Meter ******5678: 123,456 m³, …".
        read_on = _sub_field(group, "reading_date") or _sub_field(group, "date")
        photo = next((sub for sub in group.fields if sub.type == "file"), None)
        to_follow = payload.get("photos_to_follow")
        to_follow = to_follow if isinstance(to_follow, list) else []
        lines = []
        for index, item in enumerate(items):
            line = fill(
                texts.tr(texts.METER_LINE, lang),
                values.shown(meter, item.get(meter.name), lang),
                values.shown(reading, item.get(reading.name), lang),
            )
            when = values.shown(read_on, item.get(read_on.name), lang) if read_on else ""
            if when:
                line += ", " + fill(texts.tr(texts.METER_DATE, lang), when)
            if photo is not None and f"{group.name}.{index}.{photo.name}" in to_follow:
                line += "; " + texts.tr(texts.PHOTO_TO_FOLLOW, lang)
            lines.append(line)
        return ReceiptGroup(texts.tr(texts.METERS, lang), tuple(lines))
    # Any other group: each item under its title (``item_label``, %1 its number), its answers after it.
    title = values.text_of("GroupField", group.item_label, lang)
    lines = []
    for number, item in enumerate(items, start=1):
        answers = []
        for sub in group.fields:
            if sub.type == "file":
                continue
            value = values.shown(sub, item.get(sub.name), lang)
            if value:
                answers.append(f"{values.label(sub, lang)}: {value}")
        lines.append(fill(title, number) + (": " + "; ".join(answers) if answers else ""))
    return ReceiptGroup(values.label(group, lang), tuple(lines))


def _groups(definition: Service, payload: Mapping[str, Any], lang: str) -> tuple[ReceiptGroup, ...]:
    found = (_group(f, payload, lang) for f in definition.fields() if f.type == "group")
    return tuple(g for g in found if g is not None)


def receipt_from_submission(
    record: Mapping[str, Any],
    *,
    kiosk_id: str,
    centre_name: str,
    public_status_url: str,
    sent: bool,
    language: str | None = None,
    demo: bool = False,
) -> ReceiptData:
    """The receipt of a stored submission (the outbox row's dict, WIRE.md ``POST /api/v1/submissions``).

    ``language`` overrides the applicant's language stored with the submission (staff reprints).
    """
    try:
        definition = services.get(str(record["service"]))
    except KeyError:
        raise ValueError(f"unknown service {record['service']!r}") from None
    code = tracking.parse(str(record["tracking_code"]))
    created_at = record["created_at"]
    if not isinstance(created_at, datetime):
        created_at = datetime.fromisoformat(str(created_at))
    lang = language or _text(record.get("language")) or DEFAULT_LANGUAGE
    payload = record.get("payload") or {}
    quote = record.get("quote")
    return ReceiptData(
        service=definition.id,
        created_at=created_at,
        kiosk_id=kiosk_id,
        centre_name=centre_name,
        language=lang,
        tracking_code=code,
        status_url=status_url(public_status_url, code),
        sent=sent,
        demo=demo,
        title=values.text_of("Service", definition.title, lang),
        next_text=values.text_of(texts.CONTEXT, definition.receipt_next, lang),
        fee=definition.fee,
        applicant_name=_masked_name(payload),
        fin=masking.mask_fin(_text(payload.get("fin"))) if payload.get("fin") else "",
        phone=masking.mask_phone(_text(payload.get("mobile"))) if payload.get("mobile") else "",
        details=_details(definition, payload, lang),
        groups=_groups(definition, payload, lang),
        quote=dict(quote) if isinstance(quote, Mapping) else None,
        server_reference=_text(record.get("server_reference")),
    )
