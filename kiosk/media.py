"""Files an applicant attaches, decoded with Pillow and pdfium: the attachment check the core may not do.

:func:`kiosk.core.attachments.check` does the pure checks (size, magic bytes, content type, the PDF's end
marker) and hands the file to the decoder installed with :func:`kiosk.core.attachments.use_image_cleaner`.
This module is that decoder. Only pixels leave it:

- an image is opened with Pillow restricted to the one format the magic bytes named, refused above
  :data:`kiosk.core.attachments.MAX_PIXELS` before its pixels are decoded, turned upright (its EXIF
  orientation), copied into a fresh image that carries nothing but the pixels (no EXIF, GPS, XMP, ICC
  profile, JPEG comment or PNG text), scaled down to at most :data:`LONG_SIDE` pixels on its long side
  (a meter's digits stay legible) and encoded again;
- a PDF's first :data:`MAX_PDF_PAGES` pages are rendered by pdfium at :data:`PDF_DPI` and kept as one
  JPEG, one page below the other, each page as detailed as a photo may be; the PDF itself (its scripts, embedded files, anything else it carries) is dropped.

What is kept stays below :data:`TARGET_BYTES`: a JPEG is encoded with a lower quality, then smaller,
until it fits; a PNG that does not fit is kept as a JPEG. So a photo the central accepts is known before
the receipt is printed, never refused at Send (docs/WIRE.md ``GET /api/v1/limits``).

:func:`install` is called by what lets an applicant attach a photo: the kiosk window when it builds its
screens (``kiosk/ui/window.py``) and ``kiosk submit`` (``kiosk/commands.py``). Pillow and pdfium are
imported only when a file is first checked (never before the first paint).
"""

from __future__ import annotations

import io
import warnings
from typing import Any

from kiosk.core import attachments

_PIL_FORMAT = {"image/jpeg": "JPEG", "image/png": "PNG"}
# A meter's factory number and reading stay legible at 2000 pixels on the long side (guide 002, 4: a
# photo "on which the factory number and the reading are legible").
LONG_SIDE = 2000
JPEG_QUALITY = 85
# The most one kept file may take: six meters' photos (water_reading's most) stay far below the
# central's total (18 MB by default).
TARGET_BYTES = 2 * 1024 * 1024
_QUALITIES = (85, 75, 65, 55)
_SMALLEST_SIDE = 800
MAX_PDF_PAGES = 3
PDF_DPI = 150


def reencode_image(data: bytes, content_type: str) -> bytes | None:
    """The pixels of an image (or of a PDF's first pages) as a fresh JPEG or PNG below
    :data:`TARGET_BYTES`; ``None`` when it does not decode, is too large in pixels, or does not fit."""
    if content_type == attachments.PDF:
        return render_pdf(data)
    from PIL import Image

    fmt = _PIL_FORMAT[content_type]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=[fmt]) as opened:
                width, height = opened.size
                if width <= 0 or height <= 0 or width * height > attachments.MAX_PIXELS:
                    return None
                opened.load()
                image = _pixels_only(opened)
            return encode(image, fmt)
    except (
        OSError,
        ValueError,
        SyntaxError,
        Image.DecompressionBombError,
        Image.DecompressionBombWarning,
    ):
        return None


def _pixels_only(opened: Any) -> Any:
    """A new image holding only the pixels of ``opened`` (upright, RGB or grey): its ``info`` (comment,
    ICC profile, XMP, EXIF, text chunks) is left behind."""
    from PIL import Image, ImageOps

    upright = ImageOps.exif_transpose(opened) or opened
    if upright.mode not in ("RGB", "L"):
        if upright.mode in ("RGBA", "LA", "PA") or "transparency" in upright.info:
            rgba = upright.convert("RGBA")
            flat = Image.new("RGB", rgba.size, (255, 255, 255))
            flat.paste(rgba, mask=rgba.getchannel("A"))
            upright = flat
        else:
            upright = upright.convert("RGB")
    return Image.frombytes(upright.mode, upright.size, upright.tobytes())


def _scaled(image: Any, long_side: int) -> Any:
    from PIL import Image

    width, height = image.size
    if max(width, height) <= long_side:
        return image
    factor = long_side / max(width, height)
    size = (max(1, round(width * factor)), max(1, round(height * factor)))
    return image.resize(size, Image.Resampling.LANCZOS)


def _save(image: Any, fmt: str, quality: int = JPEG_QUALITY) -> bytes:
    out = io.BytesIO()
    if fmt == "JPEG":
        # Nothing but pixels: no comment, EXIF, ICC profile or XMP is passed, and the image has no info.
        image.save(out, "JPEG", quality=quality, optimize=True)
    else:
        image.save(out, "PNG", optimize=True)
    return out.getvalue()


def encode(
    image: Any, fmt: str, target: int = TARGET_BYTES, long_side: int = LONG_SIDE
) -> bytes | None:
    """``image`` scaled to ``long_side`` (:data:`LONG_SIDE`) and encoded as ``fmt`` (a PNG that does not
    fit as a JPEG), with a lower quality and then a smaller size until it is at most ``target`` bytes."""
    side = long_side
    smallest = _SMALLEST_SIDE * long_side // LONG_SIDE
    image = _scaled(image, side)
    if fmt == "PNG":
        data = _save(image, "PNG")
        if len(data) <= target:
            return data
    while True:
        for quality in _QUALITIES:
            data = _save(image, "JPEG", quality)
            if len(data) <= target:
                return data
        if side <= smallest:
            return None
        side = max(smallest, int(side * 0.75))
        image = _scaled(image, side)


def render_pdf(data: bytes) -> bytes | None:
    """The first :data:`MAX_PDF_PAGES` pages of a PDF rendered at :data:`PDF_DPI`, one below the other,
    as one JPEG; ``None`` when pdfium cannot open or render it."""
    import pypdfium2 as pdfium
    from PIL import Image

    try:
        document = pdfium.PdfDocument(data)
    except (pdfium.PdfiumError, ValueError, OSError):
        return None
    try:
        pages = []
        for index in range(min(len(document), MAX_PDF_PAGES)):
            page = document[index]
            try:
                width, height = page.get_size()
                scale = PDF_DPI / 72
                if width * height * scale * scale > attachments.MAX_PIXELS / MAX_PDF_PAGES:
                    scale = (attachments.MAX_PIXELS / MAX_PDF_PAGES / (width * height)) ** 0.5
                bitmap = page.render(scale=scale, may_draw_forms=False)
                pages.append(_pixels_only(bitmap.to_pil()))
            finally:
                page.close()
    except (pdfium.PdfiumError, ValueError, OSError, ZeroDivisionError):
        return None
    finally:
        document.close()
    if not pages:
        return None
    width = max(p.size[0] for p in pages)
    sheet = Image.new("RGB", (width, sum(p.size[1] for p in pages)), (255, 255, 255))
    top = 0
    for page_image in pages:
        sheet.paste(page_image.convert("RGB"), (0, top))
        top += page_image.size[1]
    # Each page keeps the detail a single photo keeps: the stack may be as long as its pages together
    # (scaled to the long side of one photo, three A4 pages would fall to ~57 dpi, a reading illegible).
    return encode(sheet, "JPEG", long_side=LONG_SIDE * len(pages))


def install() -> None:
    """Make :func:`reencode_image` the decoder of :func:`kiosk.core.attachments.check` (idempotent)."""
    attachments.use_image_cleaner(reencode_image)
