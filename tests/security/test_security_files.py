"""Files and folders of the attack run (issue 15): only pixels of an attached file survive, a file the
central would refuse is refused or shrunk before the receipt, a FIFO never hangs ``kiosk submit``, the
data folder is owner-only from every command, and receipts are kept only sealed, 0600, and purged.

Real files, real Pillow and pdfium, real SQLite, a real loopback central (``central.testing``)."""

from __future__ import annotations

import io
import json
import os
import random
import stat
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pypdfium2
import pytest
from PIL import Image, ImageCms

from central.testing import CentralServer
from kiosk import central_limits, media
from kiosk.core import attachments
from kiosk.core.application import (
    InvalidApplication,
    Settings,
    path_loader,
    validate_application,
)
from kiosk.core.attachments import Limits, check
from kiosk.core.services import get as get_service
from kiosk.core.tracking import new_code
from kiosk.core.validation import Ok
from kiosk.examples import example

ROOT = Path(__file__).resolve().parents[2]
PY = sys.executable
EICAR = rb"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"
SECRET = "ZQX-SECRET-49.8671E"


@pytest.fixture(autouse=True)
def installed() -> Iterator[None]:
    previous = attachments.image_cleaner()
    media.install()
    yield
    attachments.use_image_cleaner(previous)


def env_for(data_dir: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.update(
        KIOSK_DATA_DIR=str(data_dir),
        KIOSK_CENTRAL_URL="http://127.0.0.1:9",
        KIOSK_API_TOKEN="files-test-token",
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
        **extra,
    )
    return env


def kiosk(
    *args: str, env: dict[str, str], timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PY, "-m", "kiosk", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=timeout,
        check=False,
    )


# --- only pixels survive -------------------------------------------------------------------------------


def jpeg_with_everything() -> bytes:
    """A JPEG carrying a 64 KB comment (with a location), EXIF with GPS, XMP and an ICC profile."""
    image = Image.new("RGB", (640, 480), (200, 120, 40))
    exif = Image.Exif()
    exif[0x010F] = "SecretCamera"
    gps = {1: "N", 2: (40.0, 24.0, 33.0), 3: "E", 4: (49.0, 52.0, 1.0)}
    exif[0x8825] = gps
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    xmp = f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:Description about="{SECRET}-XMP"/></x:xmpmeta>'
    out = io.BytesIO()
    image.save(
        out,
        "JPEG",
        exif=exif,
        icc_profile=icc,
        comment=(SECRET + " ") * 3000,
        xmp=xmp.encode(),
    )
    return out.getvalue()


def test_a_jpeg_keeps_nothing_but_its_pixels() -> None:
    original = jpeg_with_everything()
    for marker in (SECRET.encode(), b"SecretCamera", b"ICC_PROFILE", b"adobe:ns:meta"):
        assert marker in original, marker
    result = check(original, "meter.jpg")
    assert isinstance(result, Ok)
    kept = result.value.data
    for marker in (SECRET.encode(), b"SecretCamera", b"ICC_PROFILE", b"adobe:ns:meta", b"Exif"):
        assert marker not in kept, marker
    with Image.open(io.BytesIO(kept)) as image:
        assert image.size == (640, 480)
        assert not image.getexif() and "comment" not in image.info
        assert "icc_profile" not in image.info and "xmp" not in image.info
        assert image.getpixel((10, 10)) == pytest.approx((200, 120, 40), abs=3)


def test_exif_orientation_is_applied_before_it_is_dropped() -> None:
    image = Image.new("RGB", (300, 100), (0, 0, 0))
    image.paste((255, 255, 255), (0, 0, 100, 100))  # the white square on the left
    exif = Image.Exif()
    exif[0x0112] = 6  # shown rotated 90° clockwise
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif, quality=95)
    kept = check(out.getvalue(), "meter.jpg")
    assert isinstance(kept, Ok)
    with Image.open(io.BytesIO(kept.value.data)) as upright:
        assert upright.size == (100, 300)  # stored upright; the orientation tag itself is gone
        assert not upright.getexif()
        assert upright.getpixel((50, 50))[0] > 200  # white on top after turning clockwise


def hostile_pdf() -> bytes:
    """A one-page PDF with an OpenAction JavaScript, an embedded executable and the EICAR string."""
    document = pypdfium2.PdfDocument.new()
    document.new_page(595, 842)
    out = io.BytesIO()
    document.save(out)
    base = out.getvalue()
    assert base.rstrip().endswith(b"%%EOF")
    extra = (
        b"\n% " + EICAR + b"\n"
        b"99 0 obj\n<< /Type /Action /S /JavaScript /JS (app.alert('"
        + SECRET.encode()
        + b"')) >>\n"
        b"endobj\n"
        b"98 0 obj\n<< /Type /EmbeddedFile /Length 12 >>\nstream\nMZ\x90\x00evil.exe\nendstream\n"
        b"endobj\n%%EOF\n"
    )
    return base + extra


def test_a_pdf_is_kept_only_as_the_image_of_its_pages() -> None:
    pdf = hostile_pdf()
    assert EICAR in pdf and b"/JavaScript" in pdf and b"evil.exe" in pdf
    result = check(pdf, "scan.pdf")
    assert isinstance(result, Ok)
    kept = result.value
    assert kept.content_type == "image/jpeg" and kept.filename == "scan.jpg"
    for marker in (EICAR, b"/JavaScript", b"evil.exe", SECRET.encode(), b"%PDF"):
        assert marker not in kept.data, marker
    with Image.open(io.BytesIO(kept.data)) as image:
        assert image.format == "JPEG"
        width, height = image.size
        assert height > width  # an A4 page, upright


def test_a_pdf_pdfium_cannot_open_is_damaged() -> None:
    assert check(b"%PDF-1.7\n" + EICAR + b"\n%%EOF\n", "scan.pdf").code == "file.damaged"


# --- the central's limits, before the receipt ------------------------------------------------------------


def noisy_jpeg(target_mb: float) -> bytes:
    """A 12-megapixel JPEG of noise (the worst case for a JPEG encoder) of about ``target_mb``."""
    rng = random.Random(15)
    image = Image.frombytes("RGB", (4000, 3000), rng.randbytes(4000 * 3000 * 3))
    for quality in range(50, 96, 5):
        out = io.BytesIO()
        image.save(out, "JPEG", quality=quality)
        if len(out.getvalue()) >= target_mb * 1024 * 1024:
            return out.getvalue()
    raise AssertionError("no quality gives the size")


def test_an_8_mb_photo_that_would_grow_ends_below_the_limit() -> None:
    original = noisy_jpeg(8.2)
    assert 8 * 1024 * 1024 <= len(original) < 10 * 1024 * 1024
    # Encoding it again at full size and q90 (what the kiosk did) makes it larger than it was.
    with Image.open(io.BytesIO(original)) as opened:
        again = io.BytesIO()
        opened.save(again, "JPEG", quality=90)
    assert len(again.getvalue()) > len(original)
    limits = Limits()
    result = check(original, "meter.jpg", max_kept_bytes=limits.max_attachment_bytes)
    assert isinstance(result, Ok)
    kept = result.value
    assert kept.size <= media.TARGET_BYTES < limits.max_attachment_bytes
    with Image.open(io.BytesIO(kept.data)) as image:
        assert max(image.size) <= media.LONG_SIDE and image.size[0] / image.size[
            1
        ] == pytest.approx(4 / 3, abs=0.01)
    # Six such meters (water_reading's most) fit the central's total.
    assert 6 * kept.size <= limits.max_attachments_total_bytes


def test_the_application_total_is_refused_at_its_photos(tmp_path: Path) -> None:
    """What the central would refuse as a whole is refused before the receipt, at the photo fields."""
    photo = tmp_path / "meter.jpg"
    photo.write_bytes(noisy_jpeg(1))
    data = example("water_reading")
    data["meters"] = [dict(data["meters"][0], photo="meter.jpg") for _ in range(3)]
    (tmp_path / "app.json").write_text(json.dumps(data))
    service = get_service("water_reading")
    one = check(photo.read_bytes(), "meter.jpg")
    assert isinstance(one, Ok)
    small = Limits(max_attachments_total_bytes=2 * one.value.size + 10)
    settings = Settings(limits=small)
    with pytest.raises(InvalidApplication) as info:
        validate_application(service, data, settings, path_loader(tmp_path))
    errors = info.value.errors
    assert {k for k, v in errors.items() if v.code == "file.total"} >= {"meters.2.photo"}
    data["meters"] = data["meters"][:2]
    assert validate_application(service, data, settings, path_loader(tmp_path)).attachments


def test_the_central_says_its_limits_and_the_kiosk_keeps_them(tmp_path: Path) -> None:
    with CentralServer(tmp_path / "central") as central:
        with urllib.request.urlopen(f"{central.url}/api/v1/limits", timeout=10) as response:
            answer = json.loads(response.read())
        assert answer == {
            "max_body_bytes": 25 * 1024 * 1024,
            "max_attachment_bytes": 10 * 1024 * 1024,
            "max_attachments_total_bytes": 18 * 1024 * 1024,
            "content_types": ["image/jpeg", "image/png", "application/pdf"],
        }
        assert Limits.from_json(answer) == Limits()  # the documented defaults are the central's own
        from kiosk.api.client import CentralClient

        data_dir = tmp_path / "kiosk"
        data_dir.mkdir()
        assert central_limits.cached(data_dir) == Limits()  # never heard: the documented ones
        with CentralClient(central.url, central.token) as client:
            heard = central_limits.fetch(client, data_dir)
        assert heard == Limits()
        path = central_limits.cache_path(data_dir)
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        path.write_text(json.dumps({**answer, "max_attachments_total_bytes": 5 * 1024 * 1024}))
        assert central_limits.cached(data_dir).max_attachments_total_bytes == 5 * 1024 * 1024


def test_a_limits_cache_nested_100k_deep_falls_back_to_the_documented_limits(
    tmp_path: Path,
) -> None:
    central_limits.cache_path(tmp_path).write_text("[" * 100_000 + "]" * 100_000)
    assert central_limits.cached(tmp_path) == Limits()


# --- a FIFO as a photo -----------------------------------------------------------------------------------


def test_a_fifo_as_the_photo_never_hangs_kiosk_submit(tmp_path: Path) -> None:
    folder = tmp_path / "app"
    folder.mkdir()
    data = example("water_reading")
    data["meters"][0]["photo"] = "meter.jpg"
    (folder / "app.json").write_text(json.dumps(data))
    os.mkfifo(folder / "meter.jpg")  # nobody ever writes to it: opening it to read would block
    started = time.monotonic()
    proc = kiosk(
        "submit",
        "--service",
        "water_reading",
        "--data",
        str(folder / "app.json"),
        "--json",
        env=env_for(tmp_path / "data"),
        timeout=120,
    )
    assert time.monotonic() - started < 120
    assert proc.returncode == 2, proc.stdout + proc.stderr
    errors = json.loads(proc.stdout)["errors"]
    assert errors["meters.0.photo"]["code"] == "file.unreadable"
    assert "Traceback" not in proc.stderr


def test_a_device_is_never_read_as_a_photo() -> None:
    with pytest.raises(attachments.NotAFile):
        attachments.read_file("/dev/zero", 1024)  # endless: read, it would fill the memory
    from kiosk.ui.widgets.file_field import read_and_check

    assert read_and_check("/dev/zero", 1024, ("image/jpeg",)).code == "file.unreadable"


# --- folders ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [("queue", "status"), ("track", new_code(), "--json"), ("staff", "audit")],
    ids=["queue", "track", "staff"],
)
def test_the_data_folder_is_owner_only_from_every_command(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    data_dir = tmp_path / "made" / "data"
    proc = kiosk(*args, env=env_for(data_dir))
    assert "Traceback" not in proc.stderr, proc.stderr
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700


def test_a_data_folder_open_to_others_is_narrowed(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir(mode=0o755)
    os.chmod(data_dir, 0o755)
    proc = kiosk("queue", "status", env=env_for(data_dir))
    assert proc.returncode == 0, proc.stderr
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700


def receipt_of(data_dir: Path, **config: object) -> tuple[object, object]:
    from kiosk.config import KioskConfig
    from kiosk.offline_queue.factory import open_outbox

    made = KioskConfig(data_dir=data_dir, central_url="http://127.0.0.1:9", **config)  # type: ignore[arg-type]
    outbox = open_outbox(made)
    return made, outbox


def sample_receipt() -> object:
    from kiosk.receipts import samples
    from kiosk.receipts.model import receipt_from_submission

    record = samples.connection_record()
    return receipt_from_submission(
        record,
        kiosk_id="K-1",
        centre_name="Centre",
        public_status_url="https://s.example",
        sent=False,
    )


def test_receipts_are_sealed_owner_only_and_purged_with_the_retention(tmp_path: Path) -> None:
    from kiosk.receipt_files import kiosk_printer, read_receipt

    config, outbox = receipt_of(tmp_path / "data", retention_days=30)
    try:
        printer = kiosk_printer(config, outbox.codec)  # type: ignore[attr-defined]
        receipt = sample_receipt()
        result = printer.print_receipt(receipt)
    finally:
        outbox.close()  # type: ignore[attr-defined]
    path = Path(result.path)
    folder = path.parent
    assert folder == tmp_path / "data" / "receipts"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    raw = path.read_bytes()
    code = receipt.tracking_code.encode()  # type: ignore[attr-defined]
    assert b"%PDF" not in raw and code not in raw  # sealed: nothing readable
    assert read_receipt(path, tmp_path / "data").startswith(b"%PDF")
    # Older than the retention: gone the next time the outbox is opened.
    old = time.time() - 31 * 86400
    os.utime(path, (old, old))
    _config, again = receipt_of(tmp_path / "data", retention_days=30)
    again.close()  # type: ignore[attr-defined]
    assert not path.exists()


def test_a_real_printer_keeps_receipts_only_when_asked(tmp_path: Path) -> None:
    from kiosk.receipt_files import ArchivingPrinter, kiosk_printer

    config, outbox = receipt_of(tmp_path / "data", printer="system")
    try:
        assert not isinstance(kiosk_printer(config, outbox.codec), ArchivingPrinter)  # type: ignore[attr-defined]

        class Paper:
            backend = "paper"

            def __init__(self) -> None:
                self.printed: list[object] = []

            def print_receipt(self, receipt: object) -> object:
                self.printed.append(receipt)
                return "printed"

        paper = Paper()
        kept = ArchivingPrinter(paper, tmp_path / "data" / "receipts", outbox.codec)  # type: ignore[attr-defined]
        assert kept.print_receipt(sample_receipt()) == "printed" and len(paper.printed) == 1
    finally:
        outbox.close()  # type: ignore[attr-defined]
    files = list((tmp_path / "data" / "receipts").iterdir())
    assert len(files) == 1 and files[0].name.endswith(".pdf.ag1")
    assert stat.S_IMODE(files[0].stat().st_mode) == 0o600


def test_the_kiosk_asks_its_central_at_start_up_and_checks_against_its_answer(
    tmp_path: Path,
) -> None:
    from kiosk.app import services
    from kiosk.backend import settings_for
    from kiosk.config import KioskConfig

    with CentralServer(tmp_path / "central", extra_args=["--max-body-mb", "5"]) as central:
        config = KioskConfig(
            data_dir=tmp_path / "kiosk", central_url=central.url, api_token=central.token
        )
        with services(config, local_central=False) as (_effective, backend):
            deadline = time.monotonic() + 30
            while backend.settings.limits == Limits() and time.monotonic() < deadline:  # type: ignore[attr-defined]
                time.sleep(0.05)
            limits = backend.settings.limits  # type: ignore[attr-defined]
    assert limits.max_body_bytes == 5 * 1024 * 1024
    assert limits.max_attachments_total_bytes == 3 * 1024 * 1024  # (5 − 1) MB × 3/4
    assert limits.max_attachment_bytes == 3 * 1024 * 1024
    # Kept for the next start, offline or not: `kiosk submit` checks against it too.
    assert settings_for(config).limits == limits


def test_a_demonstration_receipt_says_demo(tmp_path: Path) -> None:
    from kiosk.receipts import samples
    from kiosk.receipts.layout import render_receipt_pdf
    from kiosk.receipts.model import receipt_from_submission

    def text_of(demo: bool) -> str:
        receipt = receipt_from_submission(
            samples.connection_record(),
            kiosk_id="K-1",
            centre_name="Centre",
            public_status_url="https://s.example",
            sent=False,
            language="en",
            demo=demo,
        )
        document = pypdfium2.PdfDocument(render_receipt_pdf(receipt, "roll"))
        try:
            return " ".join(document[0].get_textpage().get_text_range().split())
        finally:
            document.close()

    assert "DEMO — not a real application. Nothing was sent to a utility." in text_of(True)
    assert "DEMO" not in text_of(False)


def test_a_pdf_of_several_pages_keeps_each_page_legible() -> None:
    """Three A4 pages are kept one below the other at the detail of one photo each (150 dpi: 1240
    pixels across), not squeezed together into one photo's 2000 pixels (~57 dpi, a reading lost)."""
    document = pypdfium2.PdfDocument.new()
    for _ in range(3):
        document.new_page(595, 842)  # A4 in points
    out = io.BytesIO()
    document.save(out)
    result = check(out.getvalue(), "scan.pdf")
    assert isinstance(result, Ok)
    with Image.open(io.BytesIO(result.value.data)) as image:
        width, height = image.size
    assert width >= 1200 and abs(height - 3 * 1754) <= 6, image.size
    assert len(result.value.data) <= media.TARGET_BYTES
