from __future__ import annotations

import socket
import threading
from pathlib import Path

import pytest
from escpos.printer import Dummy
from receipts_helpers import decode_qr, pdf_text

from kiosk.receipts import (
    PdfFilePrinter,
    PrinterError,
    ReceiptData,
    create_printer,
    render_receipt_pdf,
    samples,
)
from kiosk.receipts.escpos_printer import EscposPrinter, parse_connection
from kiosk.receipts.raster import thermal_image

GS_V_0 = b"\x1dv0"
DLE_EOT = b"\x10\x04"


# --- PDF file backend -------------------------------------------------------------------------


def test_pdf_backend_writes_into_the_receipts_folder(
    tmp_path: Path, connection_receipt: ReceiptData
) -> None:
    printer = create_printer("pdf", receipts_dir=tmp_path / "receipts")
    result = printer.print_receipt(connection_receipt)
    assert result.backend == "pdf"
    assert result.path is not None and result.path.parent == tmp_path / "receipts"
    assert samples.CONNECTION_CODE in result.path.name
    assert samples.CONNECTION_CODE in pdf_text(result.path.read_bytes())


def test_pdf_backend_failure_is_a_printer_error(
    tmp_path: Path, connection_receipt: ReceiptData
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the receipts folder should be")
    with pytest.raises(PrinterError) as info:
        PdfFilePrinter(blocker).print_receipt(connection_receipt)
    assert info.value.message_id == "printer.failed"


def test_factory_reads_configuration(tmp_path: Path) -> None:
    assert isinstance(create_printer("pdf", str(tmp_path)), PdfFilePrinter)
    printer = create_printer("escpos:tcp:127.0.0.1:9101")
    assert isinstance(printer, EscposPrinter) and printer.name == "tcp:127.0.0.1:9101"
    printer = create_printer("escpos", "usb:0x0416:0x5011")
    assert isinstance(printer, EscposPrinter) and printer.name == "usb:0x0416:0x5011"
    with pytest.raises(ValueError, match="backend"):
        create_printer("fax")
    with pytest.raises(ValueError, match="connection"):
        create_printer("escpos", "serial:/dev/ttyS0")


def test_parse_connection() -> None:
    assert parse_connection("tcp:printer.local").port == 9100
    conn = parse_connection("tcp:10.1.2.3:9200")
    assert (conn.host, conn.port) == ("10.1.2.3", 9200)
    conn = parse_connection("usb:0x0416:0x5011")
    assert (conn.vendor_id, conn.product_id) == (0x0416, 0x5011)
    with pytest.raises(ValueError):
        parse_connection("usb:0x0416")


# --- raster for thermal printers --------------------------------------------------------------


def test_thermal_image_is_576_dots_one_bit_and_still_scans(connection_receipt: ReceiptData) -> None:
    image = thermal_image(render_receipt_pdf(connection_receipt, "roll"))
    assert image.mode == "1"
    assert image.width == 576
    assert 1000 < image.height < 2500
    assert decode_qr(image) == [connection_receipt.status_url]


# --- ESC/POS ----------------------------------------------------------------------------------


def test_escpos_sends_a_raster_image_not_text(connection_receipt: ReceiptData) -> None:
    dummy = Dummy(profile="TM-T20II")
    printer = EscposPrinter(lambda: dummy, name="dummy", check_status=False)
    result = printer.print_receipt(connection_receipt)
    output = dummy.output
    assert GS_V_0 in output
    # 576 dots = 72 bytes a row: GS v 0 m xL xH.
    header = output.index(GS_V_0)
    assert output[header + 4 : header + 6] == bytes((72, 0))
    assert connection_receipt.tracking_code.encode() not in output
    assert connection_receipt.tracking_code.replace("-", "").encode() not in output
    assert b"Kiosk" not in output
    assert "escpos" == result.backend


def test_escpos_dummy_cannot_report_status_and_still_prints(
    connection_receipt: ReceiptData,
) -> None:
    dummy = Dummy(profile="TM-T20II")
    EscposPrinter(lambda: dummy, check_status=True).print_receipt(connection_receipt)
    assert GS_V_0 in dummy.output


def _closed_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_network_printer_that_does_not_answer_is_offline(connection_receipt: ReceiptData) -> None:
    printer = create_printer("escpos", f"tcp:127.0.0.1:{_closed_port()}")
    with pytest.raises(PrinterError) as info:
        printer.print_receipt(connection_receipt)
    assert info.value.message_id in {"printer.offline", "printer.missing"}


def test_usb_printer_that_is_not_there_is_missing(connection_receipt: ReceiptData) -> None:
    printer = create_printer("escpos", "usb:0x0416:0x5011")
    with pytest.raises(PrinterError) as info:
        printer.print_receipt(connection_receipt)
    assert info.value.message_id == "printer.missing"


class FakeThermalPrinter:
    """A network ESC/POS printer on 127.0.0.1 that answers DLE EOT status queries."""

    def __init__(self, paper_status: int) -> None:
        self.paper_status = paper_status
        self.received = bytearray()
        self.server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(1)
        self.server.settimeout(10)
        self.port = self.server.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        conn, _ = self.server.accept()
        with conn:
            conn.settimeout(10)
            while True:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                self.received += chunk
                if chunk.startswith(DLE_EOT + b"\x01"):
                    conn.sendall(b"\x12")  # bit 3 clear: online
                elif chunk.startswith(DLE_EOT + b"\x04"):
                    conn.sendall(bytes((self.paper_status,)))

    def close(self) -> None:
        self.thread.join(timeout=10)
        self.server.close()


@pytest.mark.parametrize(("status_byte", "ok"), [(0x12, True), (0x72, False)])
def test_network_printer_status(
    connection_receipt: ReceiptData, status_byte: int, ok: bool
) -> None:
    fake = FakeThermalPrinter(status_byte)
    printer = create_printer("escpos", f"tcp:127.0.0.1:{fake.port}")
    try:
        if ok:
            printer.print_receipt(connection_receipt)
        else:
            with pytest.raises(PrinterError) as info:
                printer.print_receipt(connection_receipt)
            assert info.value.message_id == "printer.paper_out"
    finally:
        fake.close()
    assert (GS_V_0 in fake.received) is ok
    assert connection_receipt.tracking_code.encode() not in fake.received


def test_any_unexpected_error_becomes_printer_failed(
    connection_receipt: ReceiptData, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kiosk.receipts.escpos_printer as backend

    def broken(*args: object, **kwargs: object) -> bytes:
        raise KeyError("breakdown")

    monkeypatch.setattr(backend, "render_receipt_pdf", broken)
    dummy = Dummy(profile="TM-T20II")
    with pytest.raises(PrinterError) as info:
        EscposPrinter(lambda: dummy, check_status=False).print_receipt(connection_receipt)
    assert info.value.message_id == "printer.failed"
    assert dummy.output == b""


def test_printer_error_ids_are_closed() -> None:
    with pytest.raises(ValueError):
        PrinterError("printer.on_fire")
