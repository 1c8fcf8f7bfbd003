"""``GET /api/v1/limits``: what this central accepts, so a kiosk refuses or shrinks a file before it
prints a receipt for it, never after (docs/WIRE.md).

The numbers come from the server's settings: the body limit (``Settings.max_body_bytes``, ``central
serve --max-body-mb``) and what it leaves for files once base64 (4 bytes for every 3) and the rest of
the envelope are counted.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel

from central.config import Settings
from central.deps import get_settings

router = APIRouter(tags=["limits"])

MIB = 1024 * 1024
# The envelope besides the files' base64: the payload, the quote, the files' names and hashes.
ENVELOPE_RESERVE_BYTES = 1 * MIB
# The most one file may be (a kiosk scales photos far below it; docs/WIRE.md).
MAX_ATTACHMENT_BYTES = 10 * MIB
# What a kiosk sends: images (a PDF is rendered to an image on the kiosk), and PDFs from older kiosks.
CONTENT_TYPES = ("image/jpeg", "image/png", "application/pdf")


class LimitsOut(BaseModel):
    max_body_bytes: int
    max_attachment_bytes: int
    max_attachments_total_bytes: int
    content_types: list[str]


def limits_for(settings: Settings) -> LimitsOut:
    body = settings.max_body_bytes
    total = max(0, (body - ENVELOPE_RESERVE_BYTES) * 3 // 4)
    single = getattr(settings, "max_attachment_bytes", None) or MAX_ATTACHMENT_BYTES
    return LimitsOut(
        max_body_bytes=body,
        max_attachment_bytes=min(single, total),
        max_attachments_total_bytes=total,
        content_types=list(getattr(settings, "content_types", None) or CONTENT_TYPES),
    )


@router.get("/api/v1/limits", response_model=LimitsOut)
def limits(request: Request) -> LimitsOut:
    """The largest request body, file and files together this server accepts, and the file types."""
    return limits_for(get_settings(request))
