"""Every text printed on a receipt: English source strings, translated through the project's ``.ts`` files.

Marked with ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` extracts them; placeholders are Qt-style ``%1``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from kiosk.core import services
from kiosk.core.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Receipt"


class _ServiceTitles(Mapping[str, str]):
    """The title of every service the registry knows, by id (source texts, context ``Service``): the
    receipt's heading is the definition's own title."""

    def __getitem__(self, service: str) -> str:
        return services.get(service).title

    def __iter__(self) -> Iterator[str]:
        return iter(services.ids())

    def __len__(self) -> int:
        return len(services.ids())


SERVICE_NAMES: Mapping[str, str] = _ServiceTitles()

TITLE = QT_TRANSLATE_NOOP("Receipt", "Application receipt")
DEMO = QT_TRANSLATE_NOOP("Receipt", "DEMO — not a real application. Nothing was sent to a utility.")
KIOSK = QT_TRANSLATE_NOOP("Receipt", "Kiosk %1")
DATE = QT_TRANSLATE_NOOP("Receipt", "Date and time: %1")
TRACKING_CODE = QT_TRANSLATE_NOOP("Receipt", "Tracking code")
SCAN = QT_TRANSLATE_NOOP("Receipt", "Scan the QR code with your phone to see the status")

SENT = QT_TRANSLATE_NOOP("Receipt", "Your application has been sent to the utility.")
SAVED = QT_TRANSLATE_NOOP(
    "Receipt",
    "Your application is saved on this kiosk and will be sent to the utility automatically.",
)
REFERENCE = QT_TRANSLATE_NOOP("Receipt", "Utility reference: %1")

APPLICANT = QT_TRANSLATE_NOOP("Receipt", "Applicant")
NAME = QT_TRANSLATE_NOOP("Receipt", "Name")
FIN = QT_TRANSLATE_NOOP("Receipt", "FİN")
PHONE = QT_TRANSLATE_NOOP("Receipt", "Mobile")

FEE = QT_TRANSLATE_NOOP("Receipt", "Connection fee")
POWER_RATE = QT_TRANSLATE_NOOP("Receipt", "%1 kW × %2 per kW")
FIXED = QT_TRANSLATE_NOOP("Receipt", "Fixed part: %1")
BAND_FIXED = QT_TRANSLATE_NOOP("Receipt", "First %1 kW: %2")
BAND_RATE = QT_TRANSLATE_NOOP("Receipt", "%1 kW above %2 kW × %3 per kW")
FORMULA = QT_TRANSLATE_NOOP("Receipt", "Calculation: %1")
TARIFF = QT_TRANSLATE_NOOP("Receipt", "Tariff %1: %2")
METHODOLOGY = QT_TRANSLATE_NOOP("Receipt", "Tariff Council fee methodology, section %1")
FEE_NOTE = QT_TRANSLATE_NOOP(
    "Receipt",
    "The utility confirms the amount after reviewing the application. Pay only after you are notified.",
)
# Methodology 1.2.8 and 2.5: without a 0.4 kV transformer within 400 m, section 3 prices the connection.
FEE_IF_NO_GRID = QT_TRANSLATE_NOOP(
    "Receipt",
    "If there is no 0.4 kV grid within 400 m of the object: %1 (methodology, section 3). "
    "The utility confirms which amount applies.",
)
FEE_FAR_FROM_GRID = QT_TRANSLATE_NOOP(
    "Receipt", "No 0.4 kV transformer within 400 m of the object (%1 m): section 3 applies."
)
FEE_LATER = QT_TRANSLATE_NOOP(
    "Receipt", "The utility will tell you the connection fee after reviewing the application."
)
# Decision No. 346 (2023), rule 3.4: new technical conditions at the connected power, no connection fee.
NO_FEE = QT_TRANSLATE_NOOP(
    "Receipt", "No connection fee: the existing connected power of the object is used."
)

METERS = QT_TRANSLATE_NOOP("Receipt", "Meter readings")
METER_LINE = QT_TRANSLATE_NOOP("Receipt", "Meter %1: %2 m³")
METER_DATE = QT_TRANSLATE_NOOP("Receipt", "read on %1")
# A meter sent without its photo (docs/PHOTOS.md): added later from the status page of the QR code.
PHOTO_TO_FOLLOW = QT_TRANSLATE_NOOP(
    "Receipt", "photo to follow: add it from your phone with the QR code below"
)

NEXT = QT_TRANSLATE_NOOP("Receipt", "What happens next")
# What happens next is the definition's own text (``Service.receipt_next``, context ``Receipt``).
TRACK = QT_TRANSLATE_NOOP("Receipt", "How to track")
TRACK_TEXT = QT_TRANSLATE_NOOP(
    "Receipt",
    "Scan the QR code with your phone, or enter the tracking code at any kiosk under "
    "“Track my application”.",
)
KEEP = QT_TRANSLATE_NOOP("Receipt", "Keep this receipt until your application is completed.")


def tr(text: str, lang: str) -> str:
    return translate(CONTEXT, text, lang)


# What the applicant is told when the receipt cannot be printed (PrinterError.message_id); the
# application itself is already committed to the outbox.
PRINTER_MESSAGES = {
    "printer.missing": QT_TRANSLATE_NOOP(
        "Receipt",
        "The receipt printer is not available. Your application is saved: take a photo of the "
        "tracking code or ask staff to reprint the receipt.",
    ),
    "printer.offline": QT_TRANSLATE_NOOP(
        "Receipt",
        "The receipt printer is not responding. Your application is saved: take a photo of the "
        "tracking code or ask staff to reprint the receipt.",
    ),
    "printer.paper_out": QT_TRANSLATE_NOOP(
        "Receipt",
        "The receipt printer is out of paper. Your application is saved: take a photo of the "
        "tracking code or ask staff to reprint the receipt.",
    ),
    "printer.failed": QT_TRANSLATE_NOOP(
        "Receipt",
        "The receipt could not be printed. Your application is saved: take a photo of the "
        "tracking code or ask staff to reprint the receipt.",
    ),
}


def tariff_text(text: str, lang: str) -> str:
    """A tariff schedule's ``source`` or adjustment ``note`` in ``lang`` (context ``Tariff``, marked in
    ``kiosk.ui.texts.TARIFF_TEXTS``); a wording not listed there stays as the schedule has it."""
    return translate("Tariff", text, lang) if text else ""
