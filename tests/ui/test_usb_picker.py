"""The USB stick's photo picker at the kiosk's real widgets (docs/PHOTOS.md "From a USB stick"): what a
stick may hold besides photos — a FIFO named like a photo, a dangling link, a link off the stick, a file
too large — is never opened for reading, never raises, and never stops the kiosk's background work."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtWidgets import QListWidget
from ui_driver import Driver

from kiosk.ui.widgets.file_field import thumbnails

pytestmark = pytest.mark.timeout(120)


def jpeg(path: Path) -> Path:
    Image.new("RGB", (640, 480), (40, 90, 160)).save(path, "JPEG", quality=85)
    return path


def too_large(path: Path) -> Path:
    """50 MB that start like a JPEG (sparse: nothing is written)."""
    with path.open("wb") as handle:
        handle.write(b"\xff\xd8\xff")
        handle.truncate(50 * 1024 * 1024)
    return path


def png_bomb(path: Path) -> Path:
    """A few bytes of PNG whose header says 30000 x 30000 pixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + crc

    header = struct.pack(">IIBBBBB", 30000, 30000, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 1024))
        + chunk(b"IEND", b"")
    )
    return path


# Another process keeps opening the FIFOs for writing, never blocking: a reader stuck opening one is let
# go at once, and named. A stuck reader may hold the whole kiosk process (the interpreter's lock with
# it), so only another process can tell, and end the wait.
WATCH = """
import os, sys, time
while True:
    for path in sys.argv[1:]:
        try:
            fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
        except OSError:  # nobody is reading it
            continue
        os.close(fd)
        print(path, flush=True)
    time.sleep(0.05)
"""


@contextmanager
def watched(fifos: list[Path]) -> Iterator[list[str]]:
    """Yields the list of the FIFOs something opened for reading, filled when the block ends."""
    opened: list[str] = []
    watch = subprocess.Popen(
        [sys.executable, "-c", WATCH, *map(str, fifos)], stdout=subprocess.PIPE, text=True
    )
    try:
        yield opened
    finally:
        watch.kill()
        out, _ = watch.communicate(timeout=10)
        opened.extend(out.split())


@pytest.fixture
def stick(tmp_path: Path) -> Iterator[Path]:
    """The media root the UI tests' backend reads (tests/ui/conftest.py), filled as a stick may be.
    Nothing may open its FIFOs for reading (checked once the test is done)."""
    usb = tmp_path / "usb"
    (usb / "DCIM").mkdir(parents=True, exist_ok=True)
    fifos = [usb / "meter-live.jpg", usb / "DCIM" / "pipe.png"]
    for fifo in fifos:
        os.mkfifo(fifo)
    (usb / "gone.jpg").symlink_to(usb / "deleted.jpg")
    jpeg(usb / "meter.jpg")
    (usb / "DCIM" / "copy.jpg").symlink_to(usb / "meter.jpg")  # a link to a photo on the stick
    (usb / "kiosk-disk.jpg").symlink_to(jpeg(tmp_path / "elsewhere.jpg"))  # off the stick
    too_large(usb / "huge.jpg")
    with watched(fifos) as opened:
        yield usb
    assert opened == [], f"the kiosk opened FIFOs for reading: {opened}"


def shown(picker: QListWidget) -> dict[str, bool]:
    """The names the picker lists, each with whether it shows a thumbnail."""
    items = [picker.item(row) for row in range(picker.count())]
    return {item.text(): not item.icon().isNull() for item in items}


def test_the_picker_lists_regular_files_only_and_nothing_hangs(kiosk: Driver, stick: Path) -> None:
    kiosk.to_water_meters()
    field = kiosk.window.wizard.page.groups["meters"].cards[0].fields["photo"]
    # The applicant looks twice: the thumbnails are made again each time the picker opens.
    for _look in range(2):
        kiosk.touch(field.choose)
        picker = field.picker.list
        kiosk.qtbot.waitUntil(picker.isVisible)
        assert set(shown(picker)) == {"meter.jpg", "copy.jpg", "huge.jpg"}
        kiosk.qtbot.waitUntil(lambda: shown(field.picker.list)["meter.jpg"], timeout=10000)
        assert shown(picker) == {"meter.jpg": True, "copy.jpg": True, "huge.jpg": False}
        kiosk.touch(field.picker.cancel)
        assert not picker.isVisible()

    # The kiosk's background work goes on (no worker is left stuck on the stick).
    ran: list[object] = []
    kiosk.window.quiet.run(lambda: "ran", ran.append, ran.append)
    kiosk.qtbot.waitUntil(lambda: ran == ["ran"], timeout=5000)

    # The file too large is listed, and picking it says why it cannot be used.
    kiosk.touch(field.choose)
    kiosk.pick_list("pickerList", "huge.jpg")
    kiosk.qtbot.waitUntil(field.error.isVisible, timeout=10000)
    assert field.error.text() == "The file is too large (at most 10 MB)."
    assert field.attachment is None

    kiosk.touch(field.choose)
    kiosk.pick_list("pickerList", "meter.jpg")
    kiosk.qtbot.waitUntil(lambda: field.attachment is not None, timeout=20000)
    assert field.attachment.content_type == "image/jpeg"
    assert field.error.isHidden()


def test_thumbnails_never_open_what_is_not_a_regular_file(qapp: object, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.jpg"
    os.mkfifo(fifo)
    dangling = tmp_path / "gone.jpg"
    dangling.symlink_to(tmp_path / "deleted.jpg")
    paths = [
        str(fifo),
        str(dangling),
        str(too_large(tmp_path / "huge.jpg")),
        str(png_bomb(tmp_path / "bomb.png")),
        str(jpeg(tmp_path / "meter.jpg")),
    ]
    with watched([fifo]) as opened:
        made = thumbnails(paths)
    assert opened == [], "the FIFO was opened for reading"
    assert list(made) == [str(tmp_path / "meter.jpg")]
