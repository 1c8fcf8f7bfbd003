"""Receipt PDFs as pictures (pypdfium2): for the system print driver and for thermal printers.

Thermal code pages have no Ə/ə (DOMAIN.md, "Text"), so a thermal printer gets the receipt as a raster
image, never as ESC/POS text.
"""

from __future__ import annotations

import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.units import mm

# An 80 mm thermal head at 203 dpi prints 576 dots across 72 mm.
THERMAL_DPI = 203
THERMAL_WIDTH_PX = 576
THERMAL_PRINTABLE_MM = 72.0


def _stack(pages: list[Image.Image]) -> Image.Image:
    if len(pages) == 1:
        return pages[0]
    width = max(p.width for p in pages)
    out = Image.new("L", (width, sum(p.height for p in pages)), 255)
    y = 0
    for page in pages:
        out.paste(page, (0, y))
        y += page.height
    return out


def pdf_pages(
    pdf: bytes,
    *,
    dpi: float | None = None,
    width_px: int | None = None,
    side_crop_pt: float = 0.0,
) -> list[Image.Image]:
    """Every page of ``pdf`` as a greyscale (``L``) image.

    Give either ``dpi`` or ``width_px`` (the width of each image after ``side_crop_pt`` is cut from the
    left and right edges of the page).
    """
    if (dpi is None) == (width_px is None):
        raise ValueError("give exactly one of dpi and width_px")
    document = pdfium.PdfDocument(pdf)
    try:
        pages = []
        for index in range(len(document)):
            page = document[index]
            try:
                page_width = page.get_width() - 2 * side_crop_pt
                scale = dpi / 72 if dpi is not None else (width_px or 0) / page_width
                bitmap = page.render(
                    scale=scale,
                    crop=(side_crop_pt, 0, side_crop_pt, 0),
                    grayscale=True,
                    may_draw_forms=False,
                )
                image = bitmap.to_pil().convert("L")
                bitmap.close()
            finally:
                page.close()
            if width_px is not None and image.width != width_px:
                # pdfium rounds the bitmap size; keep the exact width a print head expects.
                image = image.resize((width_px, round(image.height * width_px / image.width)))
            pages.append(image)
        return pages
    finally:
        document.close()


def pdf_to_image(
    pdf: bytes,
    *,
    dpi: float | None = None,
    width_px: int | None = None,
    side_crop_pt: float = 0.0,
) -> Image.Image:
    """All pages of ``pdf`` stacked top to bottom as one greyscale image (see :func:`pdf_pages`)."""
    return _stack(pdf_pages(pdf, dpi=dpi, width_px=width_px, side_crop_pt=side_crop_pt))


def thermal_image(
    pdf: bytes,
    *,
    width_px: int = THERMAL_WIDTH_PX,
    printable_mm: float = THERMAL_PRINTABLE_MM,
    dither: bool = True,
) -> Image.Image:
    """The receipt as a 1-bit image exactly ``width_px`` dots wide for a thermal print head.

    The roll PDF's side margins lie outside the printable ``printable_mm`` and are cut away; a wider page
    (A4) is scaled down to fit. Greys are Floyd–Steinberg dithered (``dither=False``: a plain threshold).
    """
    document = pdfium.PdfDocument(pdf)
    try:
        page_width = document.get_page_size(0)[0]
    finally:
        document.close()
    margin = page_width - printable_mm * mm
    # A roll page (up to ~10 mm wider than the head) loses its margins; a sheet is scaled whole.
    side = margin / 2 if 0 < margin <= 10 * mm else 0.0
    grey = pdf_to_image(pdf, width_px=width_px, side_crop_pt=side)
    mode = Image.Dither.FLOYDSTEINBERG if dither else Image.Dither.NONE
    return grey.convert("1", dither=mode)
