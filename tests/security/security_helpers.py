"""Shared by the security tests: personal data to hide, and a search of raw files for it."""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path

from PIL import Image, PngImagePlugin

FIN = "5ZK2M8P"
PHONE = "+994501234567"
SURNAME = "Məmmədova"
ADDRESS = "Bakı şəhəri, Nizami küçəsi 5"
PHOTO_MARKER = b"ZQX-PHOTO-7781"


def png_photo() -> bytes:
    """A real PNG with a recognisable pattern in its pixels and a text chunk."""
    image = Image.new("RGB", (64, 48))
    image.putdata([((x * 37) % 256, (y * 53) % 256, 0xA5) for y in range(48) for x in range(64)])
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", PHOTO_MARKER.decode("ascii"))
    out = io.BytesIO()
    image.save(out, format="PNG", pnginfo=info)
    return out.getvalue()


def text_needles(*values: str) -> dict[str, bytes]:
    """Each value as it could sit in a file: UTF-8, UTF-16 and JSON's \\u escapes."""
    needles: dict[str, bytes] = {}
    for value in values:
        needles[f"{value} utf-8"] = value.encode("utf-8")
        needles[f"{value} utf-16"] = value.encode("utf-16-le")
        escaped = value.encode("ascii", "backslashreplace").replace(b"\\x", b"\\u00")
        needles[f"{value} json"] = escaped
    return needles


def bytes_needles(data: bytes, label: str, size: int = 24) -> dict[str, bytes]:
    """Slices of ``data`` spread over it: any one found in a file means the bytes are there."""
    step = max(size, len(data) // 16)
    return {f"{label}[{i}:]": data[i : i + size] for i in range(0, len(data) - size, step)}


def sqlite_files(db: Path) -> list[Path]:
    return [p for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm")) if p.exists()]


def found_in(files: Iterable[Path], needles: dict[str, bytes]) -> list[str]:
    """``"<needle> in <file>"`` for every needle found in the raw bytes of a file."""
    hits = []
    for path in files:
        raw = path.read_bytes()
        hits += [f"{name} in {path.name}" for name, needle in needles.items() if needle in raw]
    return hits
