"""Rows of the outbox as values: validation of a new submission, canonical JSON, decoding (no SQL here)."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from kiosk.core import services
from kiosk.core.tracking import InvalidTrackingCode
from kiosk.core.tracking import parse as parse_tracking_code
from kiosk.offline_queue.codec import PayloadCodec
from kiosk.offline_queue.errors import AttachmentTooLarge, InvalidSubmission, OutboxError
from kiosk.offline_queue.models import Attachment, OutboxItem

# Service ids of docs/WIRE.md.
LANGUAGES = frozenset({"az", "ru", "en"})

SUMMARY_COLUMNS = (
    "id, service, tracking_code, state, attempts, created_at, next_attempt_at, last_error,"
    " reject_code, reject_errors, server_reference, sent_at, purged_at"
)


def _json_default(value: object) -> object:
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not JSON")


def canonical_json(value: object) -> bytes:
    """Keys sorted, no insignificant whitespace, UTF-8: the same bytes for the same value, always."""
    text = json.dumps(
        value,
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        allow_nan=False,
        default=_json_default,
    )
    return text.encode("utf-8")


class UnreadableItem(OutboxError):
    """A stored row no longer decodes or no longer matches its hash: it cannot be sent as it was."""

    message_id = "outbox.unreadable"


def prepare(
    codec: PayloadCodec,
    kiosk_id: str,
    max_attachment_bytes: int,
    now: float,
    service: str,
    tracking_code: str,
    payload: Mapping[str, Any],
    quote: Mapping[str, Any] | None,
    language: str,
    attachments: Sequence[Attachment],
    submission_id: str | None,
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    if services.find(service) is None:
        raise InvalidSubmission(f"service {service!r}")
    if language not in LANGUAGES:
        raise InvalidSubmission(f"language {language!r}")
    try:
        code = parse_tracking_code(tracking_code)
        key = str(uuid.UUID(submission_id)) if submission_id else str(uuid.uuid4())
        if not isinstance(payload, Mapping) or not (quote is None or isinstance(quote, Mapping)):
            raise TypeError("payload and quote must be mappings")
        payload_json = canonical_json(dict(payload))
        quote_json = None if quote is None else canonical_json(dict(quote))
    except InvalidTrackingCode as exc:
        raise InvalidSubmission(f"tracking_code: {exc.code}") from None
    except (TypeError, ValueError) as exc:
        raise InvalidSubmission(str(exc)) from None
    files = []
    for position, att in enumerate(attachments):
        if att.size > max_attachment_bytes:
            raise AttachmentTooLarge(f"{att.field}: {att.size} > {max_attachment_bytes}")
        if not (att.field and att.filename and att.content_type):
            raise InvalidSubmission(f"attachment {position}: field, filename and type needed")
        files.append(
            {
                "submission_id": key,
                "position": position,
                "field": att.field,
                "filename": att.filename,
                "content_type": att.content_type,
                "sha256": att.sha256,
                "size": att.size,
                "data": codec.encode(att.data),
            }
        )
    record = {
        "id": key,
        "service": service,
        "tracking_code": code,
        "kiosk_id": kiosk_id,
        "language": language,
        "created_at": datetime.fromtimestamp(now).astimezone().isoformat(timespec="seconds"),
        "created_ts": now,
        "codec": codec.name,
        "payload": codec.encode(payload_json),
        "payload_sha256": hashlib.sha256(payload_json).hexdigest(),
        "quote": None if quote_json is None else codec.encode(quote_json),
        "state": "pending",
        "attempts": 0,
        "next_attempt_at": now,
    }
    return record, files


def item_from_row(row: Mapping[str, Any]) -> OutboxItem:
    return OutboxItem(
        id=row["id"],
        service=row["service"],
        tracking_code=row["tracking_code"],
        state=row["state"],
        attempts=int(row["attempts"]),
        created_at=row["created_at"],
        next_attempt_at=float(row["next_attempt_at"]),
        last_error=row["last_error"],
        reject_code=row["reject_code"],
        reject_errors=json.loads(row["reject_errors"]) if row["reject_errors"] else {},
        server_reference=row["server_reference"],
        sent_at=row["sent_at"],
        purged=row["purged_at"] is not None,
    )


def decode(codec: PayloadCodec, row: Mapping[str, Any], blob: bytes) -> bytes:
    if row["codec"] != codec.name:
        raise UnreadableItem(f"stored with codec {row['codec']}, open with {codec.name}")
    try:
        return codec.decode(bytes(blob))
    except Exception as exc:
        raise UnreadableItem(f"codec: {type(exc).__name__}") from None


def decode_json(
    codec: PayloadCodec, row: Mapping[str, Any], column: str, sha256: str | None
) -> Any:
    raw = decode(codec, row, row[column])
    if sha256 is not None and hashlib.sha256(raw).hexdigest() != sha256:
        raise UnreadableItem(f"{column} does not match its hash")
    try:
        return json.loads(raw)
    except ValueError:
        raise UnreadableItem(f"{column} is not JSON") from None
