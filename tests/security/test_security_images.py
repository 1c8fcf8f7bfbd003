"""Meter photos are decoded and encoded again (kiosk.media): no EXIF or location is kept, and
decompression bombs and damaged images are refused, with the messages the applicant saw before."""

import io
import os
import struct
import subprocess
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from kiosk import media
from kiosk.core import attachments
from kiosk.core.attachments import MAX_PIXELS, check
from kiosk.core.validation import Err, Ok

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def installed() -> Iterator[None]:
    previous = attachments.image_cleaner()
    media.install()
    yield
    attachments.use_image_cleaner(previous)


def jpeg_with_gps() -> bytes:
    image = Image.new("RGB", (64, 48), (200, 120, 40))
    exif = Image.Exif()
    exif[0x010F] = "SecretCamera"  # Make
    exif[0x010E] = "taken at 40.4093N 49.8671E"  # ImageDescription
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    return out.getvalue()


def png_bomb(width: int, height: int) -> bytes:
    """A tiny PNG file that claims an enormous size (a decompression bomb's header)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 1024)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
    )


def test_media_install_makes_it_the_cores_decoder():
    assert attachments.image_cleaner() is media.reencode_image


def test_jpeg_is_reencoded_without_exif_or_location():
    original = jpeg_with_gps()
    assert b"SecretCamera" in original
    result = check(original, "meter.jpg")
    assert isinstance(result, Ok)
    cleaned = result.value.data
    assert b"SecretCamera" not in cleaned and b"49.8671E" not in cleaned
    with Image.open(io.BytesIO(cleaned)) as image:
        assert image.format == "JPEG" and image.size == (64, 48)
        assert not image.getexif()


def test_decompression_bomb_refused():
    assert 20000 * 20000 > MAX_PIXELS
    result = check(png_bomb(20000, 20000), "bomb.png")
    assert isinstance(result, Err) and result.code == "file.damaged"


def test_truncated_image_refused():
    data = jpeg_with_gps()
    assert check(data[: len(data) // 3], "cut.jpg").code == "file.damaged"


def test_a_jpeg_header_on_png_bytes_is_refused():
    image = Image.new("RGB", (8, 8))
    out = io.BytesIO()
    image.save(out, "PNG")
    assert media.reencode_image(out.getvalue(), "image/jpeg") is None  # only the named format


def test_png_kept_as_png():
    image = Image.new("RGBA", (10, 10), (0, 0, 255, 128))
    out = io.BytesIO()
    image.save(out, "PNG")
    result = check(out.getvalue(), "m.png")
    assert isinstance(result, Ok) and result.value.content_type == "image/png"
    assert result.value.data.startswith(b"\x89PNG")


def test_the_kiosk_window_installs_the_decoder_with_its_screens():
    code = (
        "from kiosk.core import attachments\n"
        "from kiosk.ui.app import application, build_window\n"
        "from local_backend import LocalBackend\n"
        "application()\n"
        "window = build_window(LocalBackend(), 'en', defer_screens=True)\n"
        "print('BEFORE', attachments.image_cleaner() is None)\n"
        "window.build_screens()\n"
        "from kiosk import media\n"
        "print('AFTER', attachments.image_cleaner() is media.reencode_image)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(ROOT / "tests" / "support"), str(ROOT)]),
        },
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "BEFORE True" in proc.stdout and "AFTER True" in proc.stdout, proc.stdout
