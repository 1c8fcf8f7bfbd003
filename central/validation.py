"""Checks of a submission beyond its shape: tracking code, required payload keys, attachments.

The required keys come from the service's definition (``kiosk.core.services``), the one the kiosk
validated the answers with: what a kiosk sends passes, and a service added as a definition is checked
without a change here. The full field rules stay the kiosk's; the server checks what it needs to act on
an application.

Errors are ``{"<dotted field>": "<error code>"}`` (docs/WIRE.md, 422 ``invalid_payload``).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import uuid
from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from central.schemas import SubmissionIn
from kiosk.core import services
from kiosk.core.application import visible_steps
from kiosk.core.services.model import Service
from kiosk.core.tracking import InvalidTrackingCode
from kiosk.core.tracking import parse as parse_tracking_code


def required_keys(service: Service, payload: Mapping[str, Any]) -> tuple[str, ...]:
    """The payload keys ``service`` requires, non-empty: the required fields of the steps that apply to
    this payload (a step shown only ``when`` an answer says so counts only then). Files are left out:
    their bytes travel as attachments, which are checked on their own."""
    return tuple(
        f.name
        for step in visible_steps(service, payload)
        for f in step.fields
        if f.required and f.type != "file"
    )


def required_group_keys(service: Service, payload: Mapping[str, Any]) -> dict[str, tuple[str, ...]]:
    """For each repeated group of the steps that apply, the keys every entry must carry: its required
    sub-fields (Azərsu guide 002 §4: factory number, seal number, reading and its date per meter)."""
    return {
        f.name: tuple(sub.name for sub in f.fields if sub.required and sub.type != "file")
        for step in visible_steps(service, payload)
        for f in step.fields
        if f.type == "group"
    }


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str | list | dict) and not value)


def pydantic_errors(exc: ValidationError) -> dict[str, str]:
    errors: dict[str, str] = {}
    for err in exc.errors():
        loc = ".".join(str(p) for p in err["loc"] if not str(p).startswith("function-"))
        errors.setdefault(loc or "body", err["type"])
    return errors


def canonical_key(key: str) -> str:
    """The one spelling of an Idempotency-Key: the UUID in lower case with dashes (a key in upper
    case, without dashes, in braces or as ``urn:uuid:`` is the same key)."""
    return str(uuid.UUID(key))


def _uuid(value: Any) -> str | None:
    if not isinstance(value, str) or len(value) > 64:
        return None
    try:
        return canonical_key(value)
    except ValueError:
        return None


def check_key(idempotency_key: str | None, envelope: dict[str, Any]) -> dict[str, str]:
    if not idempotency_key:
        return {"Idempotency-Key": "missing"}
    key = _uuid(idempotency_key)
    if key is None:
        return {"Idempotency-Key": "not_uuid"}
    if _uuid(envelope.get("submission_id")) != key:
        return {"submission_id": "key_mismatch"}
    return {}


def _payload_errors(sub: SubmissionIn) -> dict[str, str]:
    errors: dict[str, str] = {}
    service = services.get(sub.service)
    for key in required_keys(service, sub.payload):
        if _empty(sub.payload.get(key)):
            errors[f"payload.{key}"] = "required"
    for group, keys in required_group_keys(service, sub.payload).items():
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


def file_fields(service: Service, payload: Mapping[str, Any]) -> dict[str, bool]:
    """The photo and file fields of the steps that apply, by path (``meters.0.photo`` for each entry of
    a repeated group), and whether each is required."""
    found: dict[str, bool] = {}
    for step in visible_steps(service, payload):
        for f in step.fields:
            if f.type == "file":
                found[f.name] = f.required
            elif f.type == "group":
                entries = payload.get(f.name)
                count = len(entries) if isinstance(entries, list) else 0
                for i in range(count):
                    for sub in f.fields:
                        if sub.type == "file":
                            found[f"{f.name}.{i}.{sub.name}"] = sub.required
    return found


def _photo_errors(sub: SubmissionIn) -> dict[str, str]:
    """Every required file is attached, unless its field is listed in ``photos_to_follow`` (then the
    applicant adds it later from the status page, docs/PHOTOS.md); only file fields may be listed."""
    errors: dict[str, str] = {}
    fields = file_fields(services.get(sub.service), sub.payload)
    attached = {att.field for att in sub.attachments}
    to_follow = set(sub.photos_to_follow)
    for i, path in enumerate(sub.photos_to_follow):
        if path not in fields:
            errors[f"photos_to_follow.{i}"] = "not_a_file_field"
        elif path in attached:
            errors[f"photos_to_follow.{i}"] = "attached"
    for path, required in fields.items():
        if required and path not in attached and path not in to_follow:
            errors[f"attachments.{path}"] = "required"
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
    if not errors:
        errors.update(_photo_errors(sub))
    return (None, errors) if errors else (sub, {})
