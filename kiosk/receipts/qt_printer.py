"""The system printer through Qt's print support: the receipt is rasterised and painted with QPainter.

The only module of ``kiosk.receipts`` that imports Qt; the printer driver does the rest, so no external
PDF viewer is involved. A QApplication (or QGuiApplication) must exist, as it does in the kiosk.
"""

from __future__ import annotations

from collections.abc import Callable

import pypdfium2 as pdfium
from PIL import Image
from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter
from reportlab.lib.units import mm

from kiosk.receipts.layout import ReceiptFormat, render_receipt_pdf
from kiosk.receipts.model import ReceiptData
from kiosk.receipts.printing import (
    PRINTER_FAILED,
    PRINTER_MISSING,
    PRINTER_OFFLINE,
    PrinterError,
    PrintResult,
    report_failure,
)
from kiosk.receipts.raster import pdf_pages

# Above this the picture only grows in memory, not in sharpness on paper.
MAX_DPI = 300


def _page_size(pdf: bytes, fmt: ReceiptFormat) -> QPageSize:
    if fmt == "a4":
        return QPageSize(QPageSize.PageSizeId.A4)
    document = pdfium.PdfDocument(pdf)
    try:
        width, height = document.get_page_size(0)
    finally:
        document.close()
    return QPageSize(
        QSizeF(width / mm, height / mm),
        QPageSize.Unit.Millimeter,
        "Receipt 80 mm",
        QPageSize.SizeMatchPolicy.ExactMatch,
    )


def _qimage(image: Image.Image) -> QImage:
    grey = image.convert("L")
    data = grey.tobytes()
    # copy(): the QImage must own its pixels, not borrow the Python bytes.
    return QImage(data, grey.width, grey.height, grey.width, QImage.Format.Format_Grayscale8).copy()


class QtSystemPrinter:
    backend = "system"

    def __init__(
        self,
        printer_name: str = "",
        *,
        fmt: ReceiptFormat = "roll",
        max_dpi: int = MAX_DPI,
        printer_factory: Callable[[], QPrinter] | None = None,
    ) -> None:
        self.printer_name = printer_name
        self.fmt = fmt
        self.max_dpi = max_dpi
        self._factory = printer_factory

    def _printer(self) -> QPrinter:
        if self._factory is not None:
            return self._factory()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.printer_name:
            printer.setPrinterName(self.printer_name)
        return printer

    def print_receipt(self, receipt: ReceiptData) -> PrintResult:
        try:
            pages = self._print(receipt)
        except PrinterError as error:
            report_failure(self.backend, receipt, error)
            raise
        except ImportError:
            raise  # a broken installation, not a printer fault (kiosk/backend.py)
        except Exception as exc:  # nothing but PrinterError may reach the applicant's flow
            failure = PrinterError(PRINTER_FAILED, f"{type(exc).__name__}: {exc}")
            raise report_failure(self.backend, receipt, failure) from exc
        return PrintResult(
            self.backend, detail=f"{self.printer_name or 'default'}: {pages} page(s)"
        )

    def _print(self, receipt: ReceiptData) -> int:
        printer = self._printer()
        # Without a print system Qt falls back to writing a PDF, and with no file name that is nowhere.
        to_nowhere = (
            printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
            and not printer.outputFileName()
        )
        if not printer.isValid() or to_nowhere:
            raise PrinterError(PRINTER_MISSING, f"no usable printer {self.printer_name!r}")
        pdf = render_receipt_pdf(receipt, self.fmt)
        printer.setFullPage(True)
        printer.setPageSize(_page_size(pdf, self.fmt))
        printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
        printer.setDocName(f"Receipt {receipt.tracking_code}")
        resolution = printer.resolution()
        images = pdf_pages(pdf, dpi=min(resolution, self.max_dpi))
        painter = QPainter()
        if not painter.begin(printer):
            raise PrinterError(
                PRINTER_OFFLINE, f"cannot start a print job on {self.printer_name!r}"
            )
        try:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            for index, image in enumerate(images):
                if index and not printer.newPage():
                    raise PrinterError(PRINTER_FAILED, "cannot start a new page")
                target = QRectF(printer.pageLayout().fullRectPixels(resolution))
                painter.drawImage(target, _qimage(image))
        finally:
            ended = painter.end()
        if not ended or printer.printerState() == QPrinter.PrinterState.Error:
            raise PrinterError(PRINTER_FAILED, f"the print job on {self.printer_name!r} failed")
        return len(images)
