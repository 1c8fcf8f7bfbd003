"""The UI's own notices for message ids that come from below the core (outbox, printer, look-ups)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.core.i18n import QT_TRANSLATE_NOOP

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
}


def notice(key: str) -> str:
    if key.startswith("outbox."):
        key = "outbox.error"
    elif key.startswith("printer.") and key not in NOTICES:
        key = "printer.failed"
    return QCoreApplication.translate("Notice", NOTICES.get(key, NOTICES["outbox.error"]))
