"""Printer backends behind one small interface, chosen by configuration.

A backend turns every failure into a :class:`PrinterError` carrying a message id the UI translates
("your application is saved; take a photo of the code / ask staff to reprint"). The submission was
committed to the outbox before printing started, so a failed print never loses an application.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from kiosk.receipts.layout import FORMATS, ReceiptFormat, render_receipt_pdf
from kiosk.receipts.model import ReceiptData

log = logging.getLogger(__name__)

PRINTER_MISSING = "printer.missing"
PRINTER_OFFLINE = "printer.offline"
PRINTER_PAPER_OUT = "printer.paper_out"
PRINTER_FAILED = "printer.failed"
MESSAGE_IDS = (PRINTER_MISSING, PRINTER_OFFLINE, PRINTER_PAPER_OUT, PRINTER_FAILED)

BACKENDS = ("pdf", "system", "escpos")


class PrinterError(Exception):
    """Printing failed; ``message_id`` is one of :data:`MESSAGE_IDS`, ``detail`` is for staff logs."""

    def __init__(self, message_id: str, detail: str = "") -> None:
        if message_id not in MESSAGE_IDS:
            raise ValueError(f"unknown printer message id {message_id!r}")
        super().__init__(f"{message_id}: {detail}" if detail else message_id)
        self.message_id = message_id
        self.detail = detail


@dataclass(frozen=True)
class PrintResult:
    backend: str
    path: Path | None = None  # the PDF written, for the file backend
    detail: str = ""


class Printer(Protocol):
    def print_receipt(self, receipt: ReceiptData) -> PrintResult: ...


def report_failure(backend: str, receipt: ReceiptData, error: PrinterError) -> PrinterError:
    """Log a failed print for staff (the tracking code is not personal data) and return the error."""
    log.warning(
        "receipt %s not printed by %s: %s (%s)",
        receipt.tracking_code,
        backend,
        error.message_id,
        error.detail,
    )
    return error


class PdfFilePrinter:
    """Writes each receipt as a PDF into ``receipts_dir`` (the default backend, and the staff archive)."""

    backend = "pdf"

    def __init__(
        self, receipts_dir: str | Path, *, fmt: ReceiptFormat = "roll", codec: Any = None
    ) -> None:
        self.receipts_dir = Path(receipts_dir)
        self.fmt = fmt
        # With a codec (a terminal in service) the file is sealed like the outbox (kiosk/receipts/
        # archive.py); without (tests, a demonstration terminal) it is a plain PDF. Always 0600.
        self.codec = codec

    def path_for(self, receipt: ReceiptData) -> Path:
        stamp = receipt.created_at.strftime("%Y%m%d-%H%M%S")
        return self.receipts_dir / f"{stamp}-{receipt.tracking_code}-{self.fmt}.pdf"

    def print_receipt(self, receipt: ReceiptData) -> PrintResult:
        from kiosk.receipt_files import write_private, write_sealed

        try:
            data = render_receipt_pdf(receipt, self.fmt)
            target = self.path_for(receipt)
            if self.codec is not None:
                path = write_sealed(target, data, self.codec)
            else:
                path = write_private(target, data)
        except OSError as exc:
            error = PrinterError(PRINTER_FAILED, f"cannot write the receipt PDF: {exc}")
            raise report_failure(self.backend, receipt, error) from exc
        except ImportError:
            raise  # a broken installation, not a printer fault (kiosk/backend.py)
        except Exception as exc:  # anything else still must not reach the applicant's flow
            error = PrinterError(PRINTER_FAILED, f"{type(exc).__name__}: {exc}")
            raise report_failure(self.backend, receipt, error) from exc
        return PrintResult(self.backend, path=path)


def create_printer(
    backend: str = "pdf",
    connection: str = "",
    *,
    receipts_dir: str | Path = "receipts",
    fmt: ReceiptFormat | None = None,
    escpos_profile: str | None = None,
    codec: Any = None,
) -> Printer:
    """The printer named by configuration.

    ``backend`` is ``pdf``, ``system`` or ``escpos``; ``connection`` is the folder for ``pdf`` (default
    ``receipts_dir``), the system printer's name for ``system`` (default: the system's default printer)
    and ``usb:VENDOR:PRODUCT`` or ``tcp:HOST[:PORT]`` for ``escpos``. ``"escpos:tcp:10.0.0.5:9100"``
    in ``backend`` alone is read the same as ``("escpos", "tcp:10.0.0.5:9100")``.
    """
    if ":" in backend and not connection:
        backend, connection = backend.split(":", 1)
    backend = backend.strip().lower()
    if fmt is not None and fmt not in FORMATS:
        raise ValueError(f"unknown receipt format {fmt!r}")
    if backend == "pdf":
        return PdfFilePrinter(connection or receipts_dir, fmt=fmt or "roll", codec=codec)
    if backend == "system":
        from kiosk.receipts.qt_printer import QtSystemPrinter

        return QtSystemPrinter(connection, fmt=fmt or "roll")
    if backend == "escpos":
        from kiosk.receipts.escpos_printer import DEFAULT_PROFILE, EscposPrinter

        return EscposPrinter.from_connection(
            connection, profile=escpos_profile or DEFAULT_PROFILE, fmt=fmt or "roll"
        )
    raise ValueError(f"unknown printer backend {backend!r} (expected one of {', '.join(BACKENDS)})")
