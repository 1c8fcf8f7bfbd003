"""Plain words for the ids the staff service answers with (context ``Staff``, extracted by lupdate)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.core.i18n import QT_TRANSLATE_NOOP, fill

WORDS: dict[str, str] = {
    "sync.timeout": QT_TRANSLATE_NOOP("Staff", "The central server did not answer in time."),
    "sync.connection": QT_TRANSLATE_NOOP(
        "Staff", "The central server cannot be reached: check the network cable or Wi-Fi."
    ),
    "sync.tls": QT_TRANSLATE_NOOP(
        "Staff", "The central server's certificate was not accepted (check the clock and the CA)."
    ),
    "sync.unauthorized": QT_TRANSLATE_NOOP(
        "Staff", "The central server refused this kiosk's token: ask IT for a new one."
    ),
    "sync.busy": QT_TRANSLATE_NOOP(
        "Staff", "The central server is busy and asked the kiosk to wait."
    ),
    "sync.server_error": QT_TRANSLATE_NOOP("Staff", "The central server had an internal error."),
    "sync.bad_response": QT_TRANSLATE_NOOP(
        "Staff", "The central server answered with something the kiosk could not read."
    ),
    "sync.outbox": QT_TRANSLATE_NOOP("Staff", "The kiosk's outbox had a problem: see below."),
    "sync.rejected": QT_TRANSLATE_NOOP(
        "Staff", "The central server refused a submission's data: see the list below."
    ),
    "staff.signed_out": QT_TRANSLATE_NOOP("Staff", "Staff mode has ended. Enter the PIN again."),
    "staff.field_unknown": QT_TRANSLATE_NOOP("Staff", "This field cannot be corrected here."),
    "settings.invalid": QT_TRANSLATE_NOOP("Staff", "Not saved: %1 %2"),
    "tariffs.invalid": QT_TRANSLATE_NOOP(
        "Staff", "The schedule from the central server is not valid; nothing was changed."
    ),
    "outbox.not_found": QT_TRANSLATE_NOOP("Staff", "This submission is no longer in the outbox."),
    "outbox.wrong_state": QT_TRANSLATE_NOOP(
        "Staff", "This submission cannot be put back in its present state."
    ),
    "printer.missing": QT_TRANSLATE_NOOP("Staff", "No printer was found."),
    "printer.offline": QT_TRANSLATE_NOOP("Staff", "The printer does not answer."),
    "printer.paper_out": QT_TRANSLATE_NOOP("Staff", "The printer is out of paper."),
    "printer.failed": QT_TRANSLATE_NOOP("Staff", "The receipt could not be printed."),
    "api.timeout": QT_TRANSLATE_NOOP("Staff", "The central server did not answer in time."),
    "api.unavailable": QT_TRANSLATE_NOOP("Staff", "The central server cannot be reached."),
}

STATES: dict[str, str] = {
    "pending": QT_TRANSLATE_NOOP("Staff", "waiting to be sent"),
    "sending": QT_TRANSLATE_NOOP("Staff", "being sent"),
    "sent": QT_TRANSLATE_NOOP("Staff", "sent"),
    "rejected": QT_TRANSLATE_NOOP("Staff", "refused by the server"),
}


def words(message_id: str, *args: str) -> str:
    """The message id in plain words (the id itself, for staff to quote, when there are none)."""
    source = WORDS.get(message_id)
    if source is None:
        text = QCoreApplication.translate("Staff", "Problem: %1")
        return fill(text, message_id)
    return fill(QCoreApplication.translate("Staff", source), *args)


def state(name: str) -> str:
    source = STATES.get(name)
    return QCoreApplication.translate("Staff", source) if source else name
