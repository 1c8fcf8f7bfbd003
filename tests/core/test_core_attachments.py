"""Uploads: accepted by magic bytes, bounded, and images re-encoded without EXIF."""

import io
import struct
import zlib

from PIL import Image

from kiosk.core.attachments import MAX_PIXELS, check
from kiosk.core.validation import Err, Ok


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


def test_renamed_executable_is_refused():
    exe = b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 500
    result = check(exe, "meter.jpg")
    assert isinstance(result, Err) and result.code == "file.type"


def test_wrong_magic_refused_even_with_the_right_name():
    assert check(b"GIF89a" + b"\x00" * 100, "meter.png").code == "file.type"
    assert check(b"<svg xmlns='http://www.w3.org/2000/svg'/>", "meter.png").code == "file.type"


def test_oversized_file_refused_before_decoding():
    big = b"\xff\xd8\xff" + b"\x00" * (10 * 1024 * 1024)
    result = check(big, "meter.jpg")
    assert result.code == "file.too_large" and result.params == {"max_mb": "10"}


def test_decompression_bomb_refused():
    assert 20000 * 20000 > MAX_PIXELS
    result = check(png_bomb(20000, 20000), "bomb.png")
    assert isinstance(result, Err) and result.code == "file.damaged"


def test_truncated_image_refused():
    data = jpeg_with_gps()
    assert check(data[: len(data) // 3], "cut.jpg").code == "file.damaged"


def test_png_kept_as_png():
    image = Image.new("RGBA", (10, 10), (0, 0, 255, 128))
    out = io.BytesIO()
    image.save(out, "PNG")
    result = check(out.getvalue(), "m.png")
    assert isinstance(result, Ok) and result.value.content_type == "image/png"
    assert result.value.data.startswith(b"\x89PNG")


def test_pdf_needs_its_end_marker():
    assert isinstance(check(b"%PDF-1.4\n1 0 obj\n%%EOF\n", "scan.pdf"), Ok)
    assert check(b"%PDF-1.4\n1 0 obj\n", "scan.pdf").code == "file.damaged"
