"""What the central API answers, as typed values (docs/WIRE.md). No HTTP here."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Accepted:
    """201 stored now, or 200 the same key and body again (``duplicate``)."""

    reference: str
    tracking_code: str = ""
    status: str = "received"
    duplicate: bool = False


@dataclass(frozen=True)
class Rejected:
    """The server refused the data itself (4xx other than 408/429 and the configuration errors)."""

    status: int
    code: str
    message: str = ""
    errors: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RetryLater:
    """Nothing definite happened: send the same body again later.

    ``reason`` is a short code: ``timeout``, ``connection``, ``http_429``, ``http_503``,
    ``bad_response``, ``unauthorized`` ... ``transport`` is true when the server was not reached or did
    not answer at all (the whole link is down, not this one submission).
    """

    reason: str
    retry_after: float | None = None
    status: int | None = None
    transport: bool = False


SubmitResult = Accepted | Rejected | RetryLater


class ApiError(Exception):
    """A call other than submit failed. ``message_id`` is translated by the UI."""

    def __init__(self, message_id: str, detail: str = "", status: int | None = None) -> None:
        super().__init__(f"{message_id}: {detail}" if detail else message_id)
        self.message_id = message_id
        self.detail = detail
        self.status = status


class InsecureURLError(ValueError):
    """Plain ``http://`` to a host that is not loopback, or not an http(s) URL at all."""

    message_id = "api.insecure_url"


@dataclass(frozen=True)
class TrackingStatus:
    tracking_code: str
    service: str
    status: str
    status_text: str
    next_step: str
    updated_at: str
    timeline: list[dict[str, Any]]


@dataclass(frozen=True)
class PhoneHandoff:
    """``POST /api/v1/handoffs``: the phone page's link (the QR code), the short code typed at
    ``code_url`` when the phone's camera cannot read it, and when the link expires (ISO 8601)."""

    id: str
    url: str
    code: str = ""
    code_url: str = ""
    expires_at: str = ""


@dataclass(frozen=True)
class HandoffPoll:
    """``GET /api/v1/handoffs/{id}``: ``waiting`` (204), ``photo`` (200, its bytes), ``gone`` (410:
    expired, dropped or already fetched). The bytes are a photo: never log them."""

    state: str
    content_type: str = ""
    data: bytes = field(default=b"", repr=False)
