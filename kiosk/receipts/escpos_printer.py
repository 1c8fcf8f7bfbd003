"""ESC/POS thermal printers (python-escpos), over USB or the network, printing the receipt as a raster image.

Thermal code pages have no Ə/ə, so the receipt goes out as one ``GS v 0`` raster bit image of the
rendered PDF, never as ESC/POS text (DOMAIN.md, "Text").
"""

from __future__ import annotations

import contextlib
import logging
import socket
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from escpos import exceptions as escpos_errors
from escpos.escpos import Escpos
from escpos.printer import Network

from kiosk.receipts.layout import ReceiptFormat, render_receipt_pdf
from kiosk.receipts.model import ReceiptData
from kiosk.receipts.printing import (
    PRINTER_FAILED,
    PRINTER_MISSING,
    PRINTER_OFFLINE,
    PRINTER_PAPER_OUT,
    PrinterError,
    PrintResult,
    report_failure,
)
from kiosk.receipts.raster import THERMAL_WIDTH_PX, thermal_image

log = logging.getLogger(__name__)

# An 80 mm, 576-dot printer profile of python-escpos's capability database.
DEFAULT_PROFILE = "TM-T20II"
DEFAULT_PORT = 9100
DEFAULT_TIMEOUT = 5.0


@dataclass(frozen=True)
class Connection:
    kind: str  # "usb" or "tcp"
    host: str = ""
    port: int = DEFAULT_PORT
    vendor_id: int = 0
    product_id: int = 0

    def __str__(self) -> str:
        if self.kind == "usb":
            return f"usb:{self.vendor_id:#06x}:{self.product_id:#06x}"
        return f"tcp:{self.host}:{self.port}"


def parse_connection(text: str) -> Connection:
    """``usb:0x0416:0x5011`` or ``tcp:HOST[:PORT]`` (port 9100 when omitted)."""
    kind, _, rest = text.strip().partition(":")
    kind = kind.lower()
    try:
        if kind == "usb":
            vendor, product = rest.split(":")
            return Connection("usb", vendor_id=int(vendor, 0), product_id=int(product, 0))
        if kind == "tcp" and rest:
            host, sep, port = rest.rpartition(":")
            if sep and port.isdigit():
                return Connection("tcp", host=host.strip("[]"), port=int(port))
            return Connection("tcp", host=rest.strip("[]"))
    except ValueError as exc:
        raise ValueError(f"bad ESC/POS printer connection {text!r}") from exc
    raise ValueError(f"bad ESC/POS printer connection {text!r} (usb:VID:PID or tcp:HOST[:PORT])")


def _open_device(connection: Connection, profile: str, timeout: float) -> Escpos:
    if connection.kind == "usb":
        from escpos.printer import Usb

        if not Usb.is_usable():
            raise PrinterError(PRINTER_MISSING, "USB support (pyusb) is not installed")
        # pyusb counts its timeout in milliseconds.
        return Usb(
            connection.vendor_id,
            connection.product_id,
            timeout=int(timeout * 1000),
            profile=profile,
        )
    return _Network(connection.host, connection.port, timeout=timeout, profile=profile)


class _Network(Network):  # type: ignore[misc]
    """python-escpos's network printer, closing its socket when the connection fails (3.1 leaks it)."""

    def open(self, raise_not_found: bool = True) -> None:
        if self._device:
            self.close()
        try:
            self.device = socket.create_connection((self.host, self.port), timeout=self.timeout)
        except OSError as exc:
            raise escpos_errors.DeviceNotFoundError(
                f"could not connect to {self.host}:{self.port}: {exc}"
            ) from exc


class EscposPrinter:
    backend = "escpos"

    def __init__(
        self,
        connect: Callable[[], Escpos],
        *,
        name: str = "escpos",
        missing_id: str = PRINTER_MISSING,
        fmt: ReceiptFormat = "roll",
        width_px: int = THERMAL_WIDTH_PX,
        check_status: bool = True,
        cut: bool = True,
    ) -> None:
        self._connect = connect
        self.name = name
        self._missing_id = missing_id
        self.fmt = fmt
        self.width_px = width_px
        self.check_status = check_status
        self.cut = cut

    @classmethod
    def from_connection(
        cls,
        connection: str,
        *,
        profile: str = DEFAULT_PROFILE,
        timeout: float = DEFAULT_TIMEOUT,
        fmt: ReceiptFormat = "roll",
        **kwargs: Any,
    ) -> EscposPrinter:
        conn = parse_connection(connection)
        # A network printer that does not answer is offline; a USB one that is not found is missing.
        missing_id = PRINTER_OFFLINE if conn.kind == "tcp" else PRINTER_MISSING
        return cls(
            lambda: _open_device(conn, profile, timeout),
            name=str(conn),
            missing_id=missing_id,
            fmt=fmt,
            **kwargs,
        )

    def print_receipt(self, receipt: ReceiptData) -> PrintResult:
        try:
            image = thermal_image(render_receipt_pdf(receipt, self.fmt), width_px=self.width_px)
            self._send(image)
        except PrinterError as error:
            report_failure(self.backend, receipt, error)
            raise
        except escpos_errors.DeviceNotFoundError as exc:
            failure = PrinterError(self._missing_id, f"{self.name}: {exc}")
            raise report_failure(self.backend, receipt, failure) from exc
        except OSError as exc:
            failure = PrinterError(PRINTER_OFFLINE, f"{self.name}: {type(exc).__name__}: {exc}")
            raise report_failure(self.backend, receipt, failure) from exc
        except ImportError:
            raise  # a broken installation, not a printer fault (kiosk/backend.py)
        except (
            Exception
        ) as exc:  # python-escpos and pyusb errors; nothing else may reach the caller
            # pyusb without the system's libusb cannot see any USB printer: it is missing here.
            kind = self._missing_id if type(exc).__name__ == "NoBackendError" else PRINTER_FAILED
            failure = PrinterError(kind, f"{self.name}: {type(exc).__name__}: {exc}")
            raise report_failure(self.backend, receipt, failure) from exc
        return PrintResult(self.backend, detail=f"{self.name}: {image.width}x{image.height} dots")

    def _send(self, image: Any) -> None:
        device = self._connect()
        try:
            device.open()
            if self.check_status:
                self._check(device)
            device.image(image, impl="bitImageRaster", center=False)
            if self.cut:
                device.cut()
        finally:
            with contextlib.suppress(Exception):
                device.close()

    def _check(self, device: Escpos) -> None:
        """Ask the printer for its real-time status (DLE EOT); a printer that cannot answer is trusted."""
        try:
            online = device.is_online()
            paper = device.paper_status()
        except (NotImplementedError, TimeoutError):
            log.info("printer %s does not report its status", self.name)
            return
        if paper == 0:
            raise PrinterError(PRINTER_PAPER_OUT, f"{self.name}: no paper")
        if not online:
            raise PrinterError(PRINTER_OFFLINE, f"{self.name}: printer reports offline")
