"""Files an applicant attaches (meter photos, guide 002, 4: pdf, jpg, jpeg, png).

A file is accepted by what its first bytes say, never by its name, and up to a size limit. An image is
also decoded and encoded again (no EXIF, no location, no decompression bomb): that decoding needs Pillow,
which the core does not import. The layer that may (:mod:`kiosk.media`) installs it with
:func:`use_image_cleaner`; every process that lets an applicant attach a photo does so when it starts (the
kiosk's window when it builds its screens, ``kiosk submit``). Checking an image without one is a
programming error (:class:`NoImageCleaner`), never a silent pass.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from kiosk.core.validation import Err, Ok, Result

MAX_BYTES_DEFAULT = 10 * 1024 * 1024
# A meter photo never needs more: 40 megapixels is a high-end phone camera. Larger images are refused
# before their pixels are decoded (decompression bombs).
MAX_PIXELS = 40_000_000
IMAGE_TYPES = ("image/jpeg", "image/png")
_MAGIC = (
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
)
EXTENSIONS = {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png"}

# (data, content type) → the image decoded and encoded again, or None when it does not decode or is
# larger than MAX_PIXELS.
ImageCleaner = Callable[[bytes, str], bytes | None]
_image_cleaner: ImageCleaner | None = None


class NoImageCleaner(RuntimeError):
    """An image was checked in a process that installed no image decoder (``kiosk.media.install``)."""


def use_image_cleaner(cleaner: ImageCleaner | None) -> ImageCleaner | None:
    """Make ``cleaner`` the one :func:`check` passes images through; returns the one it replaces."""
    global _image_cleaner
    previous, _image_cleaner = _image_cleaner, cleaner
    return previous


def image_cleaner() -> ImageCleaner | None:
    """The image decoder :func:`check` uses now (``None`` before one is installed)."""
    return _image_cleaner


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


@dataclass(frozen=True)
class ToFollow:
    """A photo field's value when the applicant sends the application without the photo and adds it
    later from the status page (docs/PHOTOS.md): the kiosk is offline, or there is no phone at hand.
    The submission lists the field in ``photos_to_follow`` (docs/WIRE.md)."""

    def describe(self) -> None:
        return None


TO_FOLLOW = ToFollow()


def sniff(data: bytes) -> str | None:
    for magic, content_type in _MAGIC:
        if data.startswith(magic):
            return content_type
    return None


def _looks_like_pdf(data: bytes) -> bool:
    return b"%%EOF" in data[-2048:]


def check(
    data: bytes,
    filename: str,
    max_bytes: int = MAX_BYTES_DEFAULT,
    accept: tuple[str, ...] = tuple(EXTENSIONS),
    *,
    clean_image: ImageCleaner | None = None,
) -> Result:
    """``Ok(Attachment)`` or ``Err`` with ``file.empty``, ``file.too_large``, ``file.type`` or
    ``file.damaged``. An image goes through ``clean_image``, else the installed image decoder, and what
    is kept is what that returns."""
    if not data:
        return Err("file.empty")
    if len(data) > max_bytes:
        return Err("file.too_large", {"max_mb": str(max_bytes // (1024 * 1024))})
    content_type = sniff(data)
    if content_type is None or content_type not in accept:
        return Err("file.type")
    if content_type in IMAGE_TYPES:
        cleaner = clean_image or _image_cleaner
        if cleaner is None:
            raise NoImageCleaner(
                "no image decoder installed: call kiosk.media.install() at start-up"
            )
        cleaned = cleaner(data, content_type)
        if cleaned is None:
            return Err("file.damaged")
        data = cleaned
    elif not _looks_like_pdf(data):
        return Err("file.damaged")
    name = (filename or "file").replace("\\", "/").rsplit("/", 1)[-1][:100] or "file"
    return Ok(Attachment(name, content_type, data, hashlib.sha256(data).hexdigest()))
