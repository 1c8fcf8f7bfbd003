"""Files an applicant attaches (meter photos, guide 002, 4: pdf, jpg, jpeg, png).

A file is accepted by what its first bytes say, never by its name, and up to a size limit.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass

from kiosk.core.validation import Err, Ok, Result

MAX_BYTES_DEFAULT = 10 * 1024 * 1024
# A meter photo never needs more: 40 megapixels is a high-end phone camera. Larger images are refused
# before their pixels are decoded (decompression bombs).
MAX_PIXELS = 40_000_000
_PIL_FORMAT = {"image/jpeg": "JPEG", "image/png": "PNG"}
_MAGIC = (
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
)
EXTENSIONS = {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png"}


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    data: bytes
    sha256: str

    @property
    def size(self) -> int:
        return len(self.data)

    def describe(self) -> dict[str, object]:
        """What goes into the payload: the file's identity, not its bytes."""
        return {
            "filename": self.filename,
            "content_type": self.content_type,
            "size": self.size,
            "sha256": self.sha256,
        }


def sniff(data: bytes) -> str | None:
    for magic, content_type in _MAGIC:
        if data.startswith(magic):
            return content_type
    return None


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
                if width <= 0 or height <= 0 or width * height > MAX_PIXELS:
                    return None
                opened.load()
                image = opened if opened.mode in ("RGB", "L") else opened.convert("RGB")
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


def _looks_like_pdf(data: bytes) -> bool:
    return b"%%EOF" in data[-2048:]


def check(
    data: bytes,
    filename: str,
    max_bytes: int = MAX_BYTES_DEFAULT,
    accept: tuple[str, ...] = tuple(EXTENSIONS),
) -> Result:
    """``Ok(Attachment)`` or ``Err`` with ``file.empty``, ``file.too_large`` or ``file.type``."""
    if not data:
        return Err("file.empty")
    if len(data) > max_bytes:
        return Err("file.too_large", {"max_mb": str(max_bytes // (1024 * 1024))})
    content_type = sniff(data)
    if content_type is None or content_type not in accept:
        return Err("file.type")
    if content_type in _PIL_FORMAT:
        cleaned = reencode_image(data, content_type)
        if cleaned is None:
            return Err("file.damaged")
        data = cleaned
    elif not _looks_like_pdf(data):
        return Err("file.damaged")
    name = (filename or "file").replace("\\", "/").rsplit("/", 1)[-1][:100] or "file"
    return Ok(Attachment(name, content_type, data, hashlib.sha256(data).hexdigest()))
