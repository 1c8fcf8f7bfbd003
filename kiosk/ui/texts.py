"""Texts the UI shows for ids and data from below it: notices for message ids (outbox, printer,
look-ups), the names of application statuses (docs/WIRE.md), and the wording of the shipped tariff
schedules (their ``source`` and adjustment ``note``), each marked so ``pyside6-lupdate`` extracts it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.core.i18n import QT_TRANSLATE_NOOP
from kiosk.core.statuses import STATUSES

NOTICES: dict[str, str] = {
    "lookup.registry": QT_TRANSLATE_NOOP(
        "Notice", "Filled in from the registry. If something is wrong, please ask staff."
    ),
    "lookup.not_found": QT_TRANSLATE_NOOP(
        "Notice",
        "Not found in the registry: please type these details yourself. The application "
        "will note that you typed them.",
    ),
    "lookup.offline": QT_TRANSLATE_NOOP(
        "Notice",
        "The registry cannot be reached right now: please type these details yourself. "
        "The application will note that you typed them.",
    ),
    "identity.manual": QT_TRANSLATE_NOOP(
        "Notice",
        "Please type these details yourself. The application will note that you typed them.",
    ),
    "identity.no_mobile": QT_TRANSLATE_NOOP(
        "Notice",
        "The registry holds no mobile number for you, so your details cannot be shown here: "
        "please type them yourself.",
    ),
    "identity.too_many_codes": QT_TRANSLATE_NOOP(
        "Notice",
        "Too many codes were sent for this number in a short time: please type these details "
        "yourself.",
    ),
    "outbox.error": QT_TRANSLATE_NOOP(
        "Notice",
        "Your application could not be saved on this kiosk. Nothing was sent. "
        "Please ask staff for help.",
    ),
    "printer.failed": QT_TRANSLATE_NOOP(
        "Notice",
        "The receipt could not be printed. Your application is saved: take a photo of "
        "the code above, or ask staff to print the receipt.",
    ),
    "printer.paper_out": QT_TRANSLATE_NOOP(
        "Notice",
        "The printer is out of paper. Your application is saved: take a photo of the "
        "code above, or ask staff to print the receipt.",
    ),
    "printed": QT_TRANSLATE_NOOP("Notice", "Your receipt is printed. Please take it."),
    "saved_offline": QT_TRANSLATE_NOOP(
        "Notice",
        "Saved on this kiosk: it will be sent automatically as soon as the kiosk is online.",
    ),
    "sent": QT_TRANSLATE_NOOP("Notice", "Sent to the utility."),
    "refused": QT_TRANSLATE_NOOP(
        "Notice",
        "Saved on this kiosk. The utility could not accept it as it is: staff will check it and "
        "contact you.",
    ),
}


# The status ids of docs/WIRE.md and their names (context ``Status``) live in ``kiosk.core.statuses``,
# shared with the reference central; the kiosk translates them itself, so a language switch
# re-translates them.

# The ``source`` and adjustment ``note`` texts of kiosk/core/schedules/*.toml (a test checks that every
# one is listed here); a schedule added later shows its own English wording until it is listed.
TARIFF_TEXTS = (
    QT_TRANSLATE_NOOP("Tariff", "Cabinet of Ministers decision No. 327 of 24 July 2018"),
    QT_TRANSLATE_NOOP("Tariff", "Tariff Council decision No. 4 of 3 May 2024"),
    QT_TRANSLATE_NOOP(
        "Tariff",
        "Tariff Council decision No. 4 of 3 May 2024, with the liberated-territory concessions from "
        "1 January 2026",
    ),
    QT_TRANSLATE_NOOP("Tariff", "Liberated territories: free up to 20 kW single-phase"),
    QT_TRANSLATE_NOOP("Tariff", "Liberated territories: 65% discount for households above 20 kW"),
    QT_TRANSLATE_NOOP(
        "Tariff",
        "Liberated territories: 65% discount for non-residential objects up to 200 kW, "
        "three-phase, 0.4 kV",
    ),
    QT_TRANSLATE_NOOP("Tariff", "Liberated territories: free at medium voltage"),
    QT_TRANSLATE_NOOP("Tariff", "Liberated territories: free at high voltage"),
    QT_TRANSLATE_NOOP(
        "Tariff", "Liberated territories: 65% discount for households on three-phase supply"
    ),
    QT_TRANSLATE_NOOP("Tariff", "Liberated territories: free above 200 kW"),
)


def status_name(status: str | None, fallback: str | None = None) -> str:
    """A status id's name in the current language; an unknown id shows the server's text, else itself."""
    if status in STATUSES:
        return QCoreApplication.translate("Status", STATUSES[status])
    return fallback or status or ""


def tariff_text(text: str) -> str:
    """A tariff schedule's source or note in the current language (its own wording when unlisted)."""
    return QCoreApplication.translate("Tariff", text) if text else ""


def notice(key: str) -> str:
    if key.startswith("outbox."):
        key = "outbox.error"
    elif key.startswith("printer.") and key not in NOTICES:
        key = "printer.failed"
    return QCoreApplication.translate("Notice", NOTICES.get(key, NOTICES["outbox.error"]))
