"""Sample receipts, and reading receipts back: text (pypdf), pictures (pypdfium2), QR codes (zxing-cpp)."""

from __future__ import annotations

import io
from typing import Any

import pypdf
import pypdfium2 as pdfium
import zxingcpp
from PIL import Image

from kiosk.receipts import ReceiptData, receipt_from_submission, samples


def make_receipt(
    record: dict[str, Any], *, sent: bool = False, language: str | None = None
) -> ReceiptData:
    return receipt_from_submission(
        record,
        kiosk_id=samples.KIOSK_ID,
        centre_name=samples.CENTRE_NAME,
        public_status_url=samples.PUBLIC_STATUS_URL,
        sent=sent,
        language=language,
    )


def pdf_text(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]


def raster(pdf: bytes, dpi: float = 200) -> Image.Image:
    document = pdfium.PdfDocument(pdf)
    try:
        page = document[0]
        image = page.render(scale=dpi / 72, grayscale=True).to_pil()
        page.close()
        return image
    finally:
        document.close()


def decode_qr(image: Image.Image) -> list[str]:
    found = zxingcpp.read_barcodes(image.convert("L"))
    return [b.text for b in found if b.format == zxingcpp.BarcodeFormat.QRCode]
