"""Why an application is rejected: a short list of reasons, each an id on the wire and in the database
(``StatusEvent.reason``) and a text the applicant reads in their language (context ``RejectReason``).

Strategy 000 (KPI table) wants rejections down from 5.75% to 2.75%: a reason from a fixed list, shown to
the applicant on the status page, tells them what to correct before applying again, and lets the utility
count rejections by cause.
"""

from __future__ import annotations

from central import texts
from kiosk.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "RejectReason"

REASONS: dict[str, str] = {
    "incomplete_documents": QT_TRANSLATE_NOOP(
        "RejectReason", "The documents are incomplete or do not match the application."
    ),
    "power_above_limit": QT_TRANSLATE_NOOP(
        "RejectReason", "The power asked for is above the limit of this kind of connection."
    ),
    "outside_service_area": QT_TRANSLATE_NOOP(
        "RejectReason", "The address is outside the area this utility serves."
    ),
    "photo_illegible": QT_TRANSLATE_NOOP(
        "RejectReason",
        "The meter photo is not legible: the factory number and reading must be readable.",
    ),
    "duplicate": QT_TRANSLATE_NOOP(
        "RejectReason", "The same application was already received; the earlier one goes on."
    ),
    "other": QT_TRANSLATE_NOOP(
        "RejectReason", "The application cannot be accepted as it is. Please contact the utility."
    ),
}


def ids() -> tuple[str, ...]:
    return tuple(REASONS)


def is_known(reason: str | None) -> bool:
    return reason in REASONS


def text(reason: str, lang: str) -> str:
    """The reason's text in ``lang`` (an id no longer listed shows as the generic one)."""
    return texts.text(CONTEXT, REASONS.get(reason, REASONS["other"]), lang)
