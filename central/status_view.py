"""The public view of an application: what the status API and the /t/ page show. No personal data."""

from __future__ import annotations

from typing import Any

from central import reasons, texts
from central.db import Submission, as_utc
from central.tariffs import BAKU
from kiosk.core.services.model import REJECTED
from kiosk.core.tracking import InvalidTrackingCode
from kiosk.core.tracking import parse as parse_tracking_code


def canonical_code(text: str) -> str | None:
    try:
        return parse_tracking_code(text)
    except InvalidTrackingCode:
        return None


def public_view(row: Submission, lang: str) -> dict[str, Any]:
    """Service, status and timeline in ``lang``; times in Baku time (UTC+4). A rejected application
    also carries its rejection's reason (id and text in ``lang``; None when it was given none); the
    staff's note stays staff-only."""
    lang = texts.language(lang)
    reason = rejection_reason(row)
    return {
        "tracking_code": row.tracking_code,
        "service": row.service,
        "status": row.status,
        "status_text": texts.status_name(row.status, lang),
        "next_step": texts.next_step(row.service, row.status, lang),
        "updated_at": as_utc(row.updated_at).astimezone(BAKU).isoformat(timespec="seconds"),
        "reason": reason,
        "reason_text": reasons.text(reason, lang) if reason else None,
        "timeline": [
            {
                "status": ev.status,
                "status_text": texts.status_name(ev.status, lang),
                "at": as_utc(ev.at).astimezone(BAKU).isoformat(timespec="seconds"),
            }
            for ev in row.events
        ],
    }


def rejection_reason(row: Submission) -> str | None:
    """The reason id of the last rejection of a rejected application, else None."""
    if row.status != REJECTED:
        return None
    last = next((ev for ev in reversed(row.events) if ev.status == REJECTED), None)
    return last.reason if last is not None else None
