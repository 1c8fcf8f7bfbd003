"""Uploads: accepted by magic bytes, bounded, and images handed to the installed decoder.

The decoding itself (Pillow: EXIF removed, bombs and damaged images refused) is ``kiosk.media``'s,
tested in tests/security/test_security_images.py; here the decoder is a stand-in."""

import pytest

from kiosk.core import attachments
from kiosk.core.attachments import NoImageCleaner, check
from kiosk.core.validation import Err, Ok

JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 100
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 100


def test_renamed_executable_is_refused():
    exe = b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 500
    result = check(exe, "meter.jpg")
    assert isinstance(result, Err) and result.code == "file.type"


def test_wrong_magic_refused_even_with_the_right_name():
    assert check(b"GIF89a" + b"\x00" * 100, "meter.png").code == "file.type"
    assert check(b"<svg xmlns='http://www.w3.org/2000/svg'/>", "meter.png").code == "file.type"


def test_oversized_file_refused_before_decoding():
    def never(data: bytes, content_type: str) -> bytes | None:
        raise AssertionError("decoded")

    big = b"\xff\xd8\xff" + b"\x00" * (10 * 1024 * 1024)
    result = check(big, "meter.jpg", clean_image=never)
    assert result.code == "file.too_large" and result.params == {"max_mb": "10"}


def test_a_type_not_accepted_by_the_field_is_refused():
    assert check(JPEG, "m.jpg", accept=("application/pdf",)).code == "file.type"


def test_an_image_is_kept_as_the_decoder_gives_it_back():
    seen: list[tuple[bytes, str]] = []

    def decoder(data: bytes, content_type: str) -> bytes | None:
        seen.append((data, content_type))
        return b"\x89PNG\r\n\x1a\nclean"

    result = check(PNG, "dir\\m.png", clean_image=decoder)
    assert seen == [(PNG, "image/png")]
    assert isinstance(result, Ok) and result.value.data == b"\x89PNG\r\n\x1a\nclean"
    assert result.value.filename == "m.png" and result.value.content_type == "image/png"


def test_an_image_the_decoder_refuses_is_damaged():
    assert check(JPEG, "m.jpg", clean_image=lambda data, kind: None).code == "file.damaged"


def test_the_installed_decoder_is_used_and_none_installed_is_an_error():
    previous = attachments.use_image_cleaner(lambda data, kind: data)
    try:
        assert isinstance(check(JPEG, "m.jpg"), Ok)
        attachments.use_image_cleaner(None)
        assert attachments.image_cleaner() is None
        with pytest.raises(NoImageCleaner):
            check(JPEG, "m.jpg")
        with pytest.raises(NoImageCleaner):  # a PDF is rendered to an image by the decoder too
            check(b"%PDF-1.4\n%%EOF\n", "scan.pdf")
    finally:
        attachments.use_image_cleaner(previous)


def test_pdf_needs_its_end_marker_and_is_kept_as_the_decoders_image():
    def never(data: bytes, content_type: str) -> bytes | None:
        raise AssertionError("decoded")

    assert check(b"%PDF-1.4\n1 0 obj\n", "scan.pdf", clean_image=never).code == "file.damaged"
    result = check(b"%PDF-1.4\n1 0 obj\n%%EOF\n", "scan.pdf", clean_image=lambda d, k: JPEG)
    assert isinstance(result, Ok)
    assert result.value.content_type == "image/jpeg" and result.value.filename == "scan.jpg"


def test_what_the_decoder_keeps_must_fit_the_kept_limit():
    result = check(
        JPEG, "m.jpg", clean_image=lambda d, k: JPEG + b"\x00" * 2048, max_kept_bytes=1024
    )
    assert isinstance(result, Err) and result.code == "file.too_large"
    assert result.params == {"max_mb": "1"}


def test_a_fifo_is_refused_without_being_opened(tmp_path):
    import os

    fifo = tmp_path / "meter.jpg"
    os.mkfifo(fifo)
    with pytest.raises(attachments.NotAFile):
        attachments.read_file(fifo, 1024)  # would block forever if it were opened to be read
