"""Texts for applicants in Azerbaijani, Russian and English: service and status names, next steps,
and the words of the public tracking page. The wire carries only ids; these are its edges.

Every text is an English source string translated through the project's catalogues
(``translations/kiosk_{az,ru,en}.ts``, read by ``kiosk.core.i18n``), the ones the kiosk shows: service
names are the definitions' titles (context ``Service``), status names the kiosk's (context ``Status``),
next steps context ``NextStep`` (a service's own ``next_steps`` win), the page's words ``StatusPage``. A
text the catalogues do not hold yet comes from the definitions' own ``texts``, else stays English.
"""

from __future__ import annotations

from kiosk.core import services
from kiosk.core.i18n import QT_TRANSLATE_NOOP, translate
from kiosk.core.statuses import STATUSES

LANGUAGES = ("az", "ru", "en")
DEFAULT_LANGUAGE = "az"
LANGUAGE_NAMES = {"az": "Azərbaycanca", "ru": "Русский", "en": "English"}

NEXT_STEP_CONTEXT = "NextStep"
PAGE_CONTEXT = "StatusPage"

# What happens next, per status; a service's ``next_steps`` says it differently where it must.
NEXT_STEPS: dict[str, str] = {
    "received": QT_TRANSLATE_NOOP(
        "NextStep", "Your application is registered. We will tell you the result by SMS."
    ),
    "under_review": QT_TRANSLATE_NOOP(
        "NextStep", "Your application is being reviewed. Nothing to do for now."
    ),
    "fee_to_pay": QT_TRANSLATE_NOOP(
        "NextStep", "Pay the connection fee through ASAN Pay or a bank."
    ),
    "paid": QT_TRANSLATE_NOOP(
        "NextStep", "Payment received. We will call you to agree the time of the works."
    ),
    "works": QT_TRANSLATE_NOOP(
        "NextStep", "The line and meter are being installed. Please let the crew onto the site."
    ),
    "contract": QT_TRANSLATE_NOOP("NextStep", "We will contact you to sign the purchase contract."),
    "connected": QT_TRANSLATE_NOOP("NextStep", "Your site is connected. Nothing more to do."),
    "accepted": QT_TRANSLATE_NOOP("NextStep", "Reading accepted. Your invoice is being prepared."),
    "onsite_check": QT_TRANSLATE_NOOP(
        "NextStep", "The reading does not match our records. Staff will check the meter on site."
    ),
    "invoice_formed": QT_TRANSLATE_NOOP(
        "NextStep",
        "Your invoice is ready. It was sent to your e-mail if you gave one; if not, ask for it at "
        "an Azərsu or ASAN centre.",
    ),
    "rejected": QT_TRANSLATE_NOOP(
        "NextStep",
        "Your application was rejected. The reason was sent by SMS. You can correct it and apply again.",
    ),
}

# The words of the public tracking page.
PAGE: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("StatusPage", "Application status"),
    "tracking_code": QT_TRANSLATE_NOOP("StatusPage", "Tracking code"),
    "service": QT_TRANSLATE_NOOP("StatusPage", "Service"),
    "status": QT_TRANSLATE_NOOP("StatusPage", "Status"),
    "next_step": QT_TRANSLATE_NOOP("StatusPage", "Next step"),
    "reason": QT_TRANSLATE_NOOP("StatusPage", "Reason"),
    "timeline": QT_TRANSLATE_NOOP("StatusPage", "History"),
    "updated": QT_TRANSLATE_NOOP("StatusPage", "Updated"),
    "not_found_title": QT_TRANSLATE_NOOP("StatusPage", "Application not found"),
    "not_found_text": QT_TRANSLATE_NOOP(
        "StatusPage",
        "Check the code: it is 16 characters in four groups on your receipt. If you applied just now, "
        "look again a little later.",
    ),
    "too_many": QT_TRANSLATE_NOOP("StatusPage", "Too many requests. Please try again shortly."),
    "privacy": QT_TRANSLATE_NOOP("StatusPage", "No personal data is shown on this page."),
}


def language(value: str | None) -> str:
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def preferred_language(accept_language: str) -> str:
    """The first of az/ru/en in a browser's ``Accept-Language`` (by its q-values), else az."""
    ranked = []
    for position, part in enumerate(accept_language.split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        ranked.append((-q, position, tag.strip().lower()[:2]))
    for _, _, code in sorted(ranked):
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def text(context: str, source: str, lang: str) -> str:
    """``source`` in ``lang``: the catalogues' translation, else a definition's own, else the source."""
    lang = language(lang)
    translated = translate(context, source, lang)
    if translated != source:
        return translated
    return services.own_text(lang, source) or source


def service_name(service: str, lang: str) -> str:
    """The title of the service's definition in ``lang`` (the id of a service no longer defined)."""
    definition = services.SERVICES.get(service)
    return text("Service", definition.title, lang) if definition is not None else service


def status_name(status: str, lang: str) -> str:
    """A status's name in ``lang``, the kiosk's wording (an unknown id shows as itself)."""
    source = STATUSES.get(status)
    return text("Status", source, lang) if source is not None else status


def next_step(service: str, status: str, lang: str) -> str:
    """What the applicant does or waits for next: the service's own wording for ``status`` where its
    definition has one, else the status-wide one (empty for a status none names)."""
    definition = services.SERVICES.get(service)
    source = (definition.next_steps.get(status) if definition is not None else None) or (
        NEXT_STEPS.get(status)
    )
    return text(NEXT_STEP_CONTEXT, source, lang) if source else ""


def page_text(key: str, lang: str) -> str:
    return text(PAGE_CONTEXT, PAGE[key], lang)
