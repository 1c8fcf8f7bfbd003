"""Files an applicant attaches (meter photos, guide 002, 4: pdf, jpg, jpeg, png).

A file is accepted by what its first bytes say, never by its name, and up to a size limit. What is kept
is pixels only: an image is decoded, scaled down to a size that keeps a meter reading legible and encoded
again (no EXIF, no comment, no location, no decompression bomb); a PDF's pages are rendered to one image
and the PDF itself is dropped (no script, no embedded file). That decoding needs Pillow and pdfium, which
the core does not import. The layer that may (:mod:`kiosk.media`) installs it with
:func:`use_image_cleaner`; every process that lets an applicant attach a photo does so when it starts (the
kiosk's window when it builds its screens, ``kiosk submit``). Checking a file without one is a
programming error (:class:`NoImageCleaner`), never a silent pass.

What the central accepts (:class:`Limits`, ``GET /api/v1/limits`` in docs/WIRE.md) is checked before
the receipt: each kept file and all of an application's files together (:func:`total_bytes`).
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from kiosk.core.validation import Err, Ok, Result

MAX_BYTES_DEFAULT = 10 * 1024 * 1024
# A meter photo never needs more: 40 megapixels is a high-end phone camera. Larger images are refused
# before their pixels are decoded (decompression bombs).
MAX_PIXELS = 40_000_000
IMAGE_TYPES = ("image/jpeg", "image/png")
PDF = "application/pdf"
MIB = 1024 * 1024
_MAGIC = (
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
)
EXTENSIONS = {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png"}

# (data, content type) → the pixels encoded again as an image (a PDF's pages rendered to one), or None
# when it does not decode or is larger than MAX_PIXELS.
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
class Limits:
    """What the central accepts (``GET /api/v1/limits``, docs/WIRE.md); the defaults are the documented
    ones, used until a kiosk has heard the central's own."""

    max_body_bytes: int = 25 * MIB
    max_attachment_bytes: int = 10 * MIB
    max_attachments_total_bytes: int = 18 * MIB
    content_types: tuple[str, ...] = ("image/jpeg", "image/png", PDF)

    @classmethod
    def from_json(cls, data: object) -> Limits | None:
        """The limits in a ``/api/v1/limits`` answer, or None when it is not one."""
        if not isinstance(data, Mapping):
            return None
        numbers = {}
        for key in ("max_body_bytes", "max_attachment_bytes", "max_attachments_total_bytes"):
            value = data.get(key)
            if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
                return None
            numbers[key] = value
        types = data.get("content_types")
        if not isinstance(types, list) or not all(isinstance(t, str) for t in types):
            return None
        return cls(**numbers, content_types=tuple(types))

    def as_json(self) -> dict[str, Any]:
        return {
            "max_body_bytes": self.max_body_bytes,
            "max_attachment_bytes": self.max_attachment_bytes,
            "max_attachments_total_bytes": self.max_attachments_total_bytes,
            "content_types": list(self.content_types),
        }


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    data: bytes
    sha256: str
    # Made by :func:`check` (its bytes are the re-encoded pixels): checked again, it is not re-encoded.
    cleaned: bool = field(default=False, compare=False)

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


def _too_large(limit: int) -> Err:
    return Err("file.too_large", {"max_mb": str(max(1, limit // MIB))})


def check(
    data: bytes,
    filename: str,
    max_bytes: int = MAX_BYTES_DEFAULT,
    accept: tuple[str, ...] = tuple(EXTENSIONS),
    *,
    clean_image: ImageCleaner | None = None,
    max_kept_bytes: int | None = None,
) -> Result:
    """``Ok(Attachment)`` or ``Err`` with ``file.empty``, ``file.too_large``, ``file.type`` or
    ``file.damaged``. ``max_bytes`` bounds the file brought; ``max_kept_bytes`` (default the same)
    what is kept after re-encoding. An image or PDF goes through ``clean_image``, else the installed
    decoder, and what is kept is what that returns (a PDF becomes a JPEG of its pages)."""
    if not data:
        return Err("file.empty")
    if len(data) > max_bytes:
        return _too_large(max_bytes)
    content_type = sniff(data)
    if content_type is None or content_type not in accept:
        return Err("file.type")
    if content_type == PDF and not _looks_like_pdf(data):
        return Err("file.damaged")
    cleaner = clean_image or _image_cleaner
    if cleaner is None:
        raise NoImageCleaner("no image decoder installed: call kiosk.media.install() at start-up")
    cleaned = cleaner(data, content_type)
    kept_type = sniff(cleaned) if cleaned else None
    if cleaned is None or kept_type not in IMAGE_TYPES:
        return Err("file.damaged")
    limit = max_bytes if max_kept_bytes is None else max_kept_bytes
    if len(cleaned) > limit:
        return _too_large(limit)
    return Ok(_kept(filename, kept_type, cleaned))


def _kept(filename: str, content_type: str, data: bytes) -> Attachment:
    name = (filename or "file").replace("\\", "/").rsplit("/", 1)[-1][:100] or "file"
    stem, dot, suffix = name.rpartition(".")
    if (
        dot
        and EXTENSIONS.get(content_type) != f".{suffix.lower()}"
        and not (content_type == "image/jpeg" and suffix.lower() == "jpeg")
    ):
        name = stem + EXTENSIONS[content_type]
    return Attachment(name, content_type, data, hashlib.sha256(data).hexdigest(), cleaned=True)


def recheck(attachment: Attachment, max_kept_bytes: int) -> Result:
    """An attachment :func:`check` made, checked again without decoding it again: its bytes are the ones
    it kept, and within ``max_kept_bytes``."""
    if hashlib.sha256(attachment.data).hexdigest() != attachment.sha256:
        return Err("file.damaged")
    if attachment.size > max_kept_bytes:
        return _too_large(max_kept_bytes)
    return Ok(attachment)


def total_bytes(answers: object) -> int:
    """The bytes of every attachment in ``answers`` (groups' entries included)."""
    if isinstance(answers, Attachment):
        return answers.size
    if isinstance(answers, Mapping):
        return sum(total_bytes(v) for v in answers.values())
    if isinstance(answers, list | tuple):
        return sum(total_bytes(v) for v in answers)
    return 0


class NotAFile(OSError):
    """The path names a FIFO, a device, a socket or a folder: never opened for reading."""


def read_file(path: str | os.PathLike[str], max_bytes: int) -> bytes:
    """The bytes of the regular file at ``path``. Anything else (a FIFO, a device) is refused from its
    ``stat`` without opening it for reading; the open itself does not block (``O_NONBLOCK``), is checked
    again on the open file, and reads at most ``max_bytes + 1`` bytes (more is :func:`check`'s
    ``file.too_large``)."""
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise NotAFile(f"{os.fspath(path)!r} is not a regular file")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped between the two looks
            raise NotAFile(f"{os.fspath(path)!r} is not a regular file")
        chunks: list[bytes] = []
        left = max_bytes + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1024 * 1024))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)
