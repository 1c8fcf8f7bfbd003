"""Checks of a submission beyond its shape: tracking code, required payload keys, attachments.

Errors are ``{"<dotted field>": "<error code>"}`` (docs/WIRE.md, 422 ``invalid_payload``).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import uuid
from typing import Any

from pydantic import ValidationError

from central.schemas import SubmissionIn
from kiosk.core.tracking import InvalidTrackingCode
from kiosk.core.tracking import parse as parse_tracking_code

# Keys each service's payload must carry, non-empty. The full field rules live in the kiosk's service
# definitions; the server checks what it needs to act on an application.
REQUIRED_KEYS: dict[str, tuple[str, ...]] = {
    "household": ("fin", "mobile"),
    "business": ("fin", "mobile", "voen"),
    "prosumer": ("fin", "mobile", "station_power_kw"),
    "water_reading": ("fin", "mobile", "subscriber_code", "meters"),
}
# Keys of every entry of a repeated group (Azərsu guide 002 §4: factory number and reading per meter).
REQUIRED_GROUP_KEYS: dict[str, dict[str, tuple[str, ...]]] = {
    "water_reading": {"meters": ("factory_number", "reading")},
}


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str | list | dict) and not value)


def pydantic_errors(exc: ValidationError) -> dict[str, str]:
    errors: dict[str, str] = {}
    for err in exc.errors():
        loc = ".".join(str(p) for p in err["loc"] if not str(p).startswith("function-"))
        errors.setdefault(loc or "body", err["type"])
    return errors


def check_key(idempotency_key: str | None, envelope: dict[str, Any]) -> dict[str, str]:
    if not idempotency_key:
        return {"Idempotency-Key": "missing"}
    try:
        uuid.UUID(idempotency_key)
    except ValueError:
        return {"Idempotency-Key": "not_uuid"}
    if envelope.get("submission_id") != idempotency_key:
        return {"submission_id": "key_mismatch"}
    return {}


def _payload_errors(sub: SubmissionIn) -> dict[str, str]:
    errors: dict[str, str] = {}
    for key in REQUIRED_KEYS[sub.service]:
        if _empty(sub.payload.get(key)):
            errors[f"payload.{key}"] = "required"
    for group, keys in REQUIRED_GROUP_KEYS.get(sub.service, {}).items():
        entries = sub.payload.get(group)
        if not isinstance(entries, list):
            if not _empty(entries):
                errors[f"payload.{group}"] = "not_a_list"
            continue
        for i, entry in enumerate(entries):
            for key in keys:
                if _empty(entry.get(key)):
                    errors[f"payload.{group}.{i}.{key}"] = "required"
    return errors


def decode_attachment(data_base64: str) -> bytes | None:
    try:
        return base64.b64decode(data_base64, validate=True)
    except (binascii.Error, ValueError):
        return None


def _attachment_errors(sub: SubmissionIn) -> dict[str, str]:
    errors: dict[str, str] = {}
    for i, att in enumerate(sub.attachments):
        data = decode_attachment(att.data_base64)
        if data is None:
            errors[f"attachments.{i}.data_base64"] = "not_base64"
        elif len(data) != att.size:
            errors[f"attachments.{i}.size"] = "mismatch"
        elif hashlib.sha256(data).hexdigest() != att.sha256.lower():
            errors[f"attachments.{i}.sha256"] = "mismatch"
    return errors


def validate_submission(envelope: Any) -> tuple[SubmissionIn | None, dict[str, str]]:
    """The parsed submission with its tracking code canonical, or the field errors."""
    try:
        sub = SubmissionIn.model_validate(envelope)
    except ValidationError as exc:
        return None, pydantic_errors(exc)
    errors: dict[str, str] = {}
    try:
        sub.tracking_code = parse_tracking_code(sub.tracking_code)
    except InvalidTrackingCode as exc:
        errors["tracking_code"] = exc.code
    errors.update(_payload_errors(sub))
    errors.update(_attachment_errors(sub))
    return (None, errors) if errors else (sub, {})
