"""Receipts: what the applicant takes home — tracking code, QR code to the status page, fee, next steps.

Qt-free except :mod:`kiosk.receipts.qt_printer`, which :func:`create_printer` imports only when the
``system`` backend is configured.
"""

from kiosk.receipts.layout import FORMATS, ReceiptFormat, render_receipt_pdf, write_receipt
from kiosk.receipts.model import (
    ReceiptData,
    ReceiptGroup,
    ReceiptLine,
    receipt_from_submission,
    status_url,
)
from kiosk.receipts.printing import (
    MESSAGE_IDS,
    PdfFilePrinter,
    Printer,
    PrinterError,
    PrintResult,
    create_printer,
)

__all__ = [
    "FORMATS",
    "MESSAGE_IDS",
    "PdfFilePrinter",
    "PrintResult",
    "Printer",
    "PrinterError",
    "ReceiptData",
    "ReceiptFormat",
    "ReceiptGroup",
    "ReceiptLine",
    "create_printer",
    "receipt_from_submission",
    "render_receipt_pdf",
    "status_url",
    "write_receipt",
]
