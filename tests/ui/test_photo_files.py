"""Photos picked from removable media: refused by size before reading, and by content, not by name."""

from __future__ import annotations

from pathlib import Path

from kiosk.ui.widgets.file_field import read_and_check

MAX = 10 * 1024 * 1024
ACCEPT = ("application/pdf", "image/jpeg", "image/png")


def test_a_50_mb_photo_is_refused_from_its_size(tmp_path: Path) -> None:
    big = tmp_path / "huge.jpg"
    with big.open("wb") as handle:
        handle.write(b"\xff\xd8\xff")
        handle.truncate(50 * 1024 * 1024)  # sparse: nothing is read to refuse it
    result = read_and_check(str(big), MAX, ACCEPT)
    assert result.code == "file.too_large" and result.params == {"max_mb": "10"}


def test_an_exe_renamed_jpg_is_refused(tmp_path: Path) -> None:
    exe = tmp_path / "meter.jpg"
    exe.write_bytes(b"MZ\x90\x00" + b"\x00" * 1000)
    assert read_and_check(str(exe), MAX, ACCEPT).code == "file.type"


def test_a_vanished_file_is_unreadable(tmp_path: Path) -> None:
    assert read_and_check(str(tmp_path / "gone.png"), MAX, ACCEPT).code == "file.unreadable"
