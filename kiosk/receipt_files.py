"""Receipts kept on the kiosk: owner-only, sealed like the outbox, gone after the outbox's retention.

A receipt names the service, the tracking code and (masked) the applicant, and lists what was applied for:
it is kept on the terminal only where that is asked for, and never in clear.

- ``printer = "pdf"`` (no paper printer: development and demonstration) writes each receipt as a file in
  ``<data_dir>/receipts``: that file is the print. On a terminal in service it is sealed with the outbox
  key (AES-256-GCM, :class:`kiosk.offline_queue.codec.AesGcmCodec`) as ``…pdf.ag1``; only a
  demonstration terminal (config ``demo``) writes a plain PDF a developer opens.
- ``keep_receipts = true`` keeps a sealed copy of every receipt a real printer (``system``, ``escpos``)
  printed, in the same folder (:class:`ArchivingPrinter`).

Files are 0600 in a 0700 folder, written under a temporary name and renamed. :func:`purge` deletes those
older than ``retention_days`` (the outbox's; docs/CONFIG.md), each time the outbox is opened.
:func:`read_receipt` gives a kept receipt's PDF back to staff and tests.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

SEALED_SUFFIX = ".ag1"
DAY_S = 86400.0
_RECEIPT_SUFFIXES = (".pdf", ".pdf" + SEALED_SUFFIX)


def write_private(path: Path, data: bytes) -> Path:
    """``data`` to ``path`` with mode 0600 in a 0700 folder, atomically (a temporary file, a rename)."""
    from kiosk.datadir import prepare

    prepare(path.parent)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            if os.name == "posix":
                os.fchmod(fh.fileno(), 0o600)
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def write_sealed(path: Path, data: bytes, codec: Any) -> Path:
    """``data`` sealed with ``codec`` to ``path`` + ``.ag1`` (0600)."""
    return write_private(path.with_name(path.name + SEALED_SUFFIX), codec.encode(data))


def read_receipt(path: str | os.PathLike[str], data_dir: str | os.PathLike[str]) -> bytes:
    """The PDF of a kept receipt: a sealed one opened with the outbox key of ``data_dir``."""
    path = Path(path)
    raw = path.read_bytes()
    if not path.name.endswith(SEALED_SUFFIX):
        return raw
    from kiosk.offline_queue.codec import AesGcmCodec
    from kiosk.offline_queue.keys import KEY_FILE_NAME, read_key

    return AesGcmCodec(read_key(Path(data_dir) / KEY_FILE_NAME)).decode(raw)


def purge(folder: str | os.PathLike[str], retention_days: float, now: float | None = None) -> int:
    """Delete the receipts in ``folder`` older than ``retention_days``; returns how many."""
    cutoff = (time.time() if now is None else now) - retention_days * DAY_S
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except FileNotFoundError:
        return 0
    except OSError as exc:
        log.warning("receipts folder cannot be listed: %s", exc.strerror)
        return 0
    for entry in entries:
        if not entry.name.endswith(_RECEIPT_SUFFIXES) or not entry.is_file(follow_symlinks=False):
            continue
        try:
            if entry.stat(follow_symlinks=False).st_mtime < cutoff:
                os.unlink(entry.path)
                removed += 1
        except OSError as exc:
            log.warning("receipt file cannot be removed: %s", exc.strerror)
    return removed


class ArchivingPrinter:
    """A printer that keeps a sealed PDF copy of every receipt it printed (``keep_receipts``)."""

    def __init__(self, printer: Any, folder: str | os.PathLike[str], codec: Any) -> None:
        self.printer = printer
        self.folder = Path(folder)
        self.codec = codec
        self.backend = getattr(printer, "backend", "printer")

    def __getattr__(self, name: str) -> Any:
        return getattr(self.printer, name)

    def print_receipt(self, receipt: Any) -> Any:
        result = self.printer.print_receipt(receipt)
        from kiosk.receipts.layout import render_receipt_pdf

        stamp = receipt.created_at.strftime("%Y%m%d-%H%M%S")
        path = self.folder / f"{stamp}-{receipt.tracking_code}-roll.pdf"
        try:
            write_sealed(path, render_receipt_pdf(receipt, "roll"), self.codec)
        except Exception as exc:  # printed: the applicant has it; the copy is for staff
            log.warning("receipt %s printed but not kept: %s", receipt.tracking_code, exc)
        return result


def kiosk_printer(config: Any, codec: Any) -> Any:
    """The printer of ``config`` with its receipts kept as this module says (``codec``: the outbox's)."""
    from kiosk.receipts.printing import create_printer

    folder = Path(config.data_dir) / "receipts"
    if config.printer == "pdf":
        return create_printer(
            "pdf", config.printer_escpos, receipts_dir=folder, codec=None if config.demo else codec
        )
    printer = create_printer(config.printer, config.printer_escpos, receipts_dir=folder)
    return ArchivingPrinter(printer, folder, codec) if config.keep_receipts else printer
