"""A module the printers need that is not installed is a broken installation, not a printer fault: it
must never come back as ``printer.failed`` (every receipt would then fail quietly, as they did when
pypdfium2 was only a development dependency)."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest
from escpos.printer import Dummy

from kiosk.app import services
from kiosk.config import KioskConfig
from kiosk.receipts import PdfFilePrinter, ReceiptData
from kiosk.receipts.escpos_printer import EscposPrinter
from kiosk.receipts.printing import PrinterError

MISSING = "No module named 'pypdfium2'"


def missing(*args: object, **kwargs: object) -> object:
    raise ModuleNotFoundError(MISSING, name="pypdfium2")


def without_pypdfium2(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on an installation without pypdfium2: importing it (or a printer built on it) fails."""
    monkeypatch.setitem(sys.modules, "pypdfium2", None)
    for name in (
        "kiosk.receipts.raster",
        "kiosk.receipts.escpos_printer",
        "kiosk.receipts.qt_printer",
    ):
        monkeypatch.delitem(sys.modules, name, raising=False)


def test_escpos_printer_lets_an_import_error_through(connection_receipt: ReceiptData) -> None:
    printer = EscposPrinter(missing, check_status=False)  # type: ignore[arg-type]
    with pytest.raises(ImportError, match="pypdfium2"):
        printer.print_receipt(connection_receipt)


def test_escpos_printer_still_reports_a_printer_fault(connection_receipt: ReceiptData) -> None:
    def unplugged() -> Dummy:
        raise RuntimeError("the printer went away")

    with pytest.raises(PrinterError) as info:
        EscposPrinter(unplugged, check_status=False).print_receipt(connection_receipt)
    assert info.value.message_id == "printer.failed"


def test_pdf_printer_lets_an_import_error_through(
    tmp_path: Path, connection_receipt: ReceiptData, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kiosk.receipts.printing as printing

    monkeypatch.setattr(printing, "render_receipt_pdf", missing)
    with pytest.raises(ImportError, match="pypdfium2"):
        PdfFilePrinter(tmp_path).print_receipt(connection_receipt)


def test_system_printer_lets_an_import_error_through(connection_receipt: ReceiptData) -> None:
    from kiosk.receipts.qt_printer import QtSystemPrinter

    with pytest.raises(ImportError, match="pypdfium2"):
        QtSystemPrinter(printer_factory=missing).print_receipt(connection_receipt)  # type: ignore[arg-type]


def test_without_pypdfium2_the_thermal_printer_cannot_be_made(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from kiosk.receipts.printing import create_printer

    without_pypdfium2(monkeypatch)
    with pytest.raises(ImportError, match="pypdfium2"):
        create_printer("escpos", "tcp:127.0.0.1:9")


@pytest.mark.parametrize("printer", ["escpos", "system"])
def test_backend_does_not_turn_a_missing_module_into_printer_failed(
    tmp_path: Path,
    connection_receipt: ReceiptData,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    printer: str,
) -> None:
    config = KioskConfig(
        data_dir=tmp_path,
        central_url="http://127.0.0.1:9",
        api_token="test-token",
        printer=printer,
        printer_escpos="tcp:127.0.0.1:9" if printer == "escpos" else "",
    )
    with services(config, start_worker=False, local_central=False) as (_, backend):
        code = connection_receipt.tracking_code
        monkeypatch.setattr(
            backend,
            "receipt",
            lambda tracking_code, language=None: dataclasses.replace(connection_receipt),
        )
        without_pypdfium2(monkeypatch)
        with pytest.raises(ImportError, match="pypdfium2"):
            backend.print_receipt(code, "az")
    assert any(
        r.levelname == "CRITICAL" and "cannot be loaded" in r.getMessage() for r in caplog.records
    )
