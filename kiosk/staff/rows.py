"""Outbox rows as staff see them: the applicant's data masked, the server's reason, what to correct."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from kiosk.core import masking
from kiosk.core.services import SERVICES
from kiosk.core.services.model import Field
from kiosk.offline_queue.errors import OutboxError
from kiosk.offline_queue.models import OutboxItem
from kiosk.offline_queue.records import UnreadableItem
from kiosk.offline_queue.store import Outbox


@dataclass(frozen=True)
class Correctable:
    """A field the server refused that staff may type again: its name, label, keyboard, masked value."""

    name: str
    label: str
    keyboard: str
    masked_value: str
    error: str


@dataclass(frozen=True)
class MaskedRow:
    id: str
    tracking_code: str
    service: str
    state: str
    created_at: str
    attempts: int
    person: str = ""
    fin: str = ""
    mobile: str = ""
    reason: str = ""  # the server's code (``invalid_payload``) or the last transport reason
    errors: dict[str, str] = field(default_factory=dict)  # ``payload.mobile`` → ``required``
    server_reference: str = ""
    purged: bool = False
    unreadable: bool = False
    correctable: tuple[Correctable, ...] = ()


def masked_person(payload: Mapping[str, Any]) -> str:
    given, surname = payload.get("given_name"), payload.get("surname")
    if isinstance(given, str) and given.strip():
        return masking.mask_person(given, surname if isinstance(surname, str) else "")
    full = payload.get("full_name")
    return masking.mask_name(full) if isinstance(full, str) else ""


def _identity(mask: Callable[[str], str], value: Any) -> str:
    """The FİN and mobile columns: the applicant's identity, always masked."""
    return mask(str(value)) if value not in (None, "") else ""


def masked_value(found: Field | None, value: Any) -> str:
    """A payload value as a staff list may show it: the value of a field its definition marks
    ``sensitive`` masked the way values of its kind are (FİN, phone, e-mail, codes; any other kind
    generically), the value of any other field as text. A value no definition describes is masked."""
    if value in (None, ""):
        return ""
    if found is None or found.sensitive:
        return masking.mask_as(found.validator_name or found.type if found else None, value)
    return str(value)


def top_level_field(service: str, name: str) -> Field | None:
    definition = SERVICES.get(service)
    if definition is None:
        return None
    for candidate in definition.fields():
        if candidate.name == name and candidate.type not in ("group", "file"):
            return candidate
    return None


def _correctable(item: OutboxItem, payload: Mapping[str, Any] | None) -> tuple[Correctable, ...]:
    found = []
    for key, error in sorted(item.reject_errors.items()):
        name = key.removeprefix("payload.")
        found_field = top_level_field(item.service, name) if key.startswith("payload.") else None
        if found_field is None:
            continue
        current = (payload or {}).get(name)
        found.append(
            Correctable(
                name,
                found_field.label,
                found_field.keyboard,
                masked_value(found_field, current),
                str(error),
            )
        )
    return tuple(found)


def masked_row(outbox: Outbox, item: OutboxItem) -> MaskedRow:
    payload: dict[str, Any] | None = None
    unreadable = False
    if not item.purged:
        try:
            payload = outbox.payload(item.id)
        except (UnreadableItem, OutboxError):
            unreadable = True
    data = payload or {}
    return MaskedRow(
        id=item.id,
        tracking_code=item.tracking_code,
        service=item.service,
        state=item.state,
        created_at=item.created_at,
        attempts=item.attempts,
        person=masked_person(data),
        fin=_identity(masking.mask_fin, data.get("fin")),
        mobile=_identity(masking.mask_phone, data.get("mobile") or data.get("phone")),
        reason=item.reject_code or item.last_error or "",
        errors=dict(item.reject_errors),
        server_reference=item.server_reference or "",
        purged=item.purged,
        unreadable=unreadable,
        correctable=_correctable(item, payload) if item.state == "rejected" else (),
    )
