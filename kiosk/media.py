"""Images an applicant attaches, decoded with Pillow: the attachment check the core may not do.

:func:`kiosk.core.attachments.check` does the pure checks (size, magic bytes, content type, the PDF's end
marker) and hands an image to the decoder installed with
:func:`kiosk.core.attachments.use_image_cleaner`. This module is that decoder: it opens the image with
Pillow restricted to the one format the magic bytes named, refuses it above
:data:`kiosk.core.attachments.MAX_PIXELS` before decoding its pixels, and encodes it again, so what is
stored and sent is a fresh image without EXIF or location data.

:func:`install` is called by what lets an applicant attach a photo: the kiosk window when it builds its
screens (``kiosk/ui/window.py``) and ``kiosk submit`` (``kiosk/commands.py``). Pillow itself is imported
only when an image is first checked (never before the first paint).
"""

from __future__ import annotations

import io
import warnings

from kiosk.core import attachments

_PIL_FORMAT = {"image/jpeg": "JPEG", "image/png": "PNG"}


def reencode_image(data: bytes, content_type: str) -> bytes | None:
    """Decode with Pillow restricted to the one format the magic bytes named, bounded in pixels, and encode
    again: what is stored is a fresh image without EXIF or location data. ``None`` when it does not decode."""
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
                image = opened if opened.mode in ("RGB", "L") else opened.convert("RGB")
                # Pillow writes the source's comment (JPEG COM), EXIF and ICC profile back from
                # ``info`` unless told otherwise: the fresh image carries none of them.
                image.info = {}
                out = io.BytesIO()
                if fmt == "JPEG":
                    image.save(out, "JPEG", quality=90, optimize=True)
                else:
                    image.save(out, "PNG", optimize=True)
                return out.getvalue()
    except (
        OSError,
        ValueError,
        SyntaxError,
        Image.DecompressionBombError,
        Image.DecompressionBombWarning,
    ):
        return None


def install() -> None:
    """Make :func:`reencode_image` the decoder of :func:`kiosk.core.attachments.check` (idempotent)."""
    attachments.use_image_cleaner(reencode_image)
