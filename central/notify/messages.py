"""The words of the applicant's SMS and e-mails, in the application's language (context ``Notification``).

A message carries only the service's name, the tracking code, the new status and what happens next, a
rejection's reason and the status page's link: never the applicant's FİN, name or address. An SMS is kept
short (Azerbaijani and Russian letters make it UCS-2, 67 characters a part): the next step is in the
e-mail and on the status page the link opens.
"""

from __future__ import annotations

from dataclasses import dataclass

from central import texts
from kiosk.core.i18n import QT_TRANSLATE_NOOP, fill

CONTEXT = "Notification"

SMS = QT_TRANSLATE_NOOP("Notification", "%1: %2. Code %3. %4")
REASON = QT_TRANSLATE_NOOP("Notification", "Reason: %1")
SUBJECT = QT_TRANSLATE_NOOP("Notification", "Application %1: %2")
RECEIVED = QT_TRANSLATE_NOOP("Notification", "Your application has been received.")
CHANGED = QT_TRANSLATE_NOOP("Notification", "The status of your application has changed.")
FOLLOW = QT_TRANSLATE_NOOP("Notification", "Follow your application: %1")
AUTOMATIC = QT_TRANSLATE_NOOP(
    "Notification", "This message was sent automatically; please do not reply to it."
)


@dataclass(frozen=True)
class Event:
    """What a message tells of: no personal data."""

    service: str
    tracking_code: str
    status: str
    language: str
    received: bool  # the application's receipt, not a later change
    reason: str | None = None  # a rejection's reason id


def status_link(public_url: str, tracking_code: str) -> str:
    """``{public_url}/t/{code}``: the tracking page, as on the receipt's QR code."""
    return f"{public_url.rstrip('/')}/t/{tracking_code}"


def reason_text(reason: str | None, lang: str) -> str:
    """The rejection reason's wording from ``central.reasons`` when that list exists, else nothing."""
    try:
        from central.reasons import text as words  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return ""
    try:
        return str(words(reason, lang) or "") if reason else ""
    except LookupError:  # an id the list no longer holds: the message goes without it
        return ""


def _t(source: str, lang: str) -> str:
    return texts.text(CONTEXT, source, lang)


def sms(event: Event, public_url: str) -> str:
    lang = texts.language(event.language)
    status = texts.status_name(event.status, lang)
    reason = reason_text(event.reason, lang)
    if reason:
        status = f"{status}. {fill(_t(REASON, lang), reason.rstrip('.'))}"
    return fill(
        _t(SMS, lang),
        texts.service_name(event.service, lang),
        status,
        event.tracking_code,
        status_link(public_url, event.tracking_code),
    )


def email(event: Event, public_url: str) -> tuple[str, str]:
    """The subject and the plain-text body."""
    lang = texts.language(event.language)
    status = texts.status_name(event.status, lang)
    subject = fill(_t(SUBJECT, lang), event.tracking_code, status)
    lines = [
        _t(RECEIVED if event.received else CHANGED, lang),
        "",
        f"{texts.page_text('service', lang)}: {texts.service_name(event.service, lang)}",
        f"{texts.page_text('tracking_code', lang)}: {event.tracking_code}",
        f"{texts.page_text('status', lang)}: {status}",
    ]
    reason = reason_text(event.reason, lang)
    if reason:
        lines.append(fill(_t(REASON, lang), reason))
    step = texts.next_step(event.service, event.status, lang)
    if step:
        lines.append(f"{texts.page_text('next_step', lang)}: {step}")
    lines += ["", fill(_t(FOLLOW, lang), status_link(public_url, event.tracking_code))]
    lines += ["", _t(AUTOMATIC, lang)]
    return subject, "\n".join(lines) + "\n"


def sms_parts(text: str) -> int:
    """How many SMS parts ``text`` takes: 160/153 characters in the GSM alphabet, else 70/67 (UCS-2)."""
    gsm = all(ch in _GSM for ch in text)
    single, multi = (160, 153) if gsm else (70, 67)
    size = len(text) + (sum(ch in _GSM_EXTENDED for ch in text) if gsm else 0)
    return 1 if size <= single else -(-size // multi)


_GSM_BASIC = (
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM_EXTENDED = "^{}\\[~]|€"
_GSM = set(_GSM_BASIC + _GSM_EXTENDED)
