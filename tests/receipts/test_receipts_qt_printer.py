from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from receipts_helpers import decode_qr, page_sizes, raster

from kiosk.receipts import PrinterError, ReceiptData
from kiosk.receipts.qt_printer import QtSystemPrinter

MM = 72 / 25.4


def _pdf_output(path: Path) -> QPrinter:
    # Qt's PDF output stands in for a physical printer: same QPrinter, same QPainter calls.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


@pytest.mark.parametrize("fmt", ["roll", "a4"])
def test_system_printer_prints_a_scannable_receipt(
    qapp: object, tmp_path: Path, connection_receipt: ReceiptData, fmt: str
) -> None:
    out = tmp_path / "printed.pdf"
    printer = QtSystemPrinter(fmt=fmt, max_dpi=200, printer_factory=lambda: _pdf_output(out))  # type: ignore[arg-type]
    result = printer.print_receipt(connection_receipt)
    assert result.backend == "system"
    printed = out.read_bytes()
    ((width, height),) = page_sizes(printed)
    if fmt == "roll":
        assert width == pytest.approx(80 * MM, abs=1)
        assert 120 * MM < height < 300 * MM
    else:
        assert (width, height) == pytest.approx((595.3, 841.9), abs=1)
    assert decode_qr(raster(printed, dpi=200)) == [connection_receipt.status_url]


def test_system_printer_without_a_printer_is_missing(
    qapp: object, connection_receipt: ReceiptData
) -> None:
    def no_printer() -> QPrinter:
        printer = QPrinter()
        printer.setPrinterName("no-such-printer-in-this-centre")
        return printer

    with pytest.raises(PrinterError) as info:
        QtSystemPrinter(printer_factory=no_printer).print_receipt(connection_receipt)
    assert info.value.message_id == "printer.missing"


def test_qt_is_imported_only_by_the_system_backend() -> None:
    import subprocess
    import sys

    code = (
        "import sys, kiosk.receipts, kiosk.receipts.escpos_printer, kiosk.receipts.cli;"
        "from kiosk.receipts import create_printer;"
        "create_printer('pdf'); create_printer('escpos', 'tcp:127.0.0.1:9100');"
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)"
    )
    root = Path(__file__).resolve().parents[2]
    assert subprocess.run([sys.executable, "-c", code], cwd=root, check=False).returncode == 0
