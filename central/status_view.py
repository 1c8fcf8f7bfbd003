"""The public view of an application: what the status API and the /t/ page show. No personal data."""

from __future__ import annotations

from typing import Any

from central import texts
from central.db import Submission, as_utc
from central.tariffs import BAKU
from kiosk.core.tracking import InvalidTrackingCode
from kiosk.core.tracking import parse as parse_tracking_code


def canonical_code(text: str) -> str | None:
    try:
        return parse_tracking_code(text)
    except InvalidTrackingCode:
        return None


def public_view(row: Submission, lang: str) -> dict[str, Any]:
    """Service, status and timeline in ``lang``; times in Baku time (UTC+4)."""
    lang = texts.language(lang)
    return {
        "tracking_code": row.tracking_code,
        "service": row.service,
        "status": row.status,
        "status_text": texts.status_name(row.status, lang),
        "next_step": texts.next_step(row.service, row.status, lang),
        "updated_at": as_utc(row.updated_at).astimezone(BAKU).isoformat(timespec="seconds"),
        "timeline": [
            {
                "status": ev.status,
                "status_text": texts.status_name(ev.status, lang),
                "at": as_utc(ev.at).astimezone(BAKU).isoformat(timespec="seconds"),
            }
            for ev in row.events
        ],
    }
