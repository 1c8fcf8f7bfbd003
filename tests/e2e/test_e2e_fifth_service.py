"""A fifth service is one file: a gas-meter reading, cloned from the water definition under a new id,
dropped into a copy of the services folder and driven end to end with no other file changed — the home
tile, the wizard through the real widgets, the outbox, the sync to a real central on loopback, the
status page in the applicant's language, the status flow, and the receipt PDF decoded back."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from receipts_helpers import decode_qr, pdf_text, raster
from ui_driver import Driver

from central.testing import CentralServer
from kiosk.app import services as kiosk_services
from kiosk.config import load_config
from kiosk.core import services as registry
from kiosk.receipt_files import read_receipt
from kiosk.ui.app import application, build_window

GAS_TITLE = {"az": "Qaz sayğacının göstəricisi", "ru": "Показания газового счётчика"}


def gas_definition() -> str:
    """The water-reading module with a new id, title, place on the home screen and its own words."""
    water = Path(registry.__file__).with_name("water_reading.py").read_text(encoding="utf-8")
    changes = {
        'id="water_reading"': 'id="gas_reading"',
        '"Water-meter reading"': '"Gas-meter reading"',
        '"Submit your water-meter readings to Azərsu"': '"Submit your gas-meter readings"',
        'supplier=("water", "azersu"),': "supplier=None,",
        "order=40,": (
            "order=50,\n    texts={"
            f'"az": {{"Gas-meter reading": "{GAS_TITLE["az"]}"}}, '
            f'"ru": {{"Gas-meter reading": "{GAS_TITLE["ru"]}"}}}},'
        ),
    }
    for old, new in changes.items():
        assert water.count(old) == 1, old
        water = water.replace(old, new)
    return water


@pytest.fixture
def services_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "services"
    shutil.copytree(Path(registry.__file__).parent, folder, ignore=shutil.ignore_patterns("__*"))
    (folder / "gas_reading.py").write_text(gas_definition(), encoding="utf-8")
    return folder


def get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode("utf-8")


def meter_photo(folder: Path) -> None:
    folder.mkdir(parents=True)
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor("#556677"))
    assert image.save(str(folder / "gas-meter.png"), "PNG")


def test_a_fifth_service_as_one_file(
    qtbot, tmp_path: Path, services_folder: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(
        "KIOSK_SERVICES_DIR", str(services_folder)
    )  # the central reads the same folder
    for key, value in {
        "KIOSK_DATA_DIR": str(tmp_path / "kiosk"),
        "KIOSK_KIOSK_ID": "E2E-KIOSK-05",
        "KIOSK_PUBLIC_STATUS_URL": "https://status.example.az",
        "KIOSK_CENTRE_NAME": "Gəncə ASAN xidmət mərkəzi",
    }.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("KIOSK_CONFIG", raising=False)
    meter_photo(tmp_path / "usb")
    application()
    with (
        registry.use_folder(services_folder),
        CentralServer(tmp_path / "central", kiosk_id="E2E-KIOSK-05") as central,
    ):
        assert registry.ids()[-1] == "gas_reading"
        monkeypatch.setenv("KIOSK_CENTRAL_URL", central.url)
        monkeypatch.setenv("KIOSK_API_TOKEN", central.token)
        with kiosk_services(load_config(None), local_central=False) as (effective, backend):
            backend.media_roots = [str(tmp_path / "usb")]
            window = build_window(backend, "az")  # type: ignore[arg-type]
            qtbot.addWidget(window)
            window.resize(1920, 1080)
            window.show()
            kiosk = Driver(qtbot, window)
            try:
                code = apply_for_gas(kiosk, central)
                run_through_central(kiosk, central, backend, code)
                receipt(kiosk, Path(effective.data_dir), code)
            finally:
                window.shutdown()
                window.languages.uninstall()


def apply_for_gas(kiosk: Driver, central: CentralServer) -> str:
    tile = kiosk.find("tile_gas_reading")
    assert GAS_TITLE["az"] in tile.text()  # the definition's own translation
    kiosk.touch(tile)
    kiosk.type_on_screen("field_fin", "5ZK2M8P")
    kiosk.type_on_screen("field_mobile", "0501234567")
    kiosk.next()
    kiosk.wait_step("subscriber")
    kiosk.type_on_screen("field_subscriber_code", "10234567")  # in the central's sample registry
    kiosk.next()
    kiosk.enter_identity_code(lambda challenge: central.identity_code(challenge.id))
    kiosk.qtbot.waitUntil(lambda: kiosk.find("field_subscriber_name").text() != "", timeout=10000)
    assert kiosk.find("field_subscriber_name").text().startswith("Məmmədov")
    kiosk.next()
    kiosk.wait_step("meters")
    card = kiosk.window.wizard.page.groups["meters"].cards[0]
    assert card.fields["factory_number"].edit.text() == "SV15-204871"  # from the registry
    kiosk.type_on_screen(card.fields["reading"].edit.objectName(), "130,5")
    kiosk.touch(card.fields["reading_date"].today)
    kiosk.touch(card.fields["photo"].choose)
    kiosk.pick_list("pickerList", "gas-meter.png")
    kiosk.qtbot.waitUntil(lambda: card.fields["photo"].attachment is not None, timeout=10000)
    kiosk.next()
    kiosk.wait_step("contact")
    kiosk.next()
    kiosk.wait_step("review")
    kiosk.touch("next")
    kiosk.qtbot.waitUntil(lambda: kiosk.screen() is kiosk.window.confirmation, timeout=10000)
    return kiosk.label("trackingCode")


def run_through_central(kiosk: Driver, central: CentralServer, backend, code: str) -> None:  # type: ignore[no-untyped-def]
    kiosk.qtbot.waitUntil(
        lambda: code in {s["tracking_code"] for s in central.submissions()}, timeout=20000
    )
    row = next(s for s in central.submissions() if s["tracking_code"] == code)
    assert row["service"] == "gas_reading" and row["status"] == "received"
    kiosk.qtbot.waitUntil(
        lambda: backend.outbox.find_by_tracking_code(code).state == "sent", timeout=20000
    )
    page = get(f"{central.url}/t/{code}?lang=az")
    assert GAS_TITLE["az"] in page
    assert GAS_TITLE["ru"] in get(f"{central.url}/t/{code}?lang=ru")
    status = json.loads(get(f"{central.url}/api/v1/status/{code}?lang=ru"))
    assert status["service"] == "gas_reading" and status["status_text"] == "Принята"
    # The flow is the water flow it was cloned from: a reading is accepted, then invoiced.
    advance = [sys.executable, "-m", "central", "advance", code]
    db = ["--database-url", central.database_url]
    assert subprocess.run([*advance, "connected", *db], capture_output=True).returncode != 0
    subprocess.run([*advance, "accepted", *db], check=True, capture_output=True)
    assert "Göstərici qəbul edildi" in get(f"{central.url}/t/{code}?lang=az")


def receipt(kiosk: Driver, data_dir: Path, code: str) -> None:
    kiosk.touch("printReceipt")
    receipts = data_dir / "receipts"
    kiosk.qtbot.waitUntil(lambda: any(receipts.glob("*.pdf.ag1")), timeout=20000)
    pdf = read_receipt(next(receipts.glob("*.pdf.ag1")), data_dir)  # sealed like the outbox
    assert decode_qr(raster(pdf)) == [f"https://status.example.az/t/{code}"]
    text = pdf_text(pdf)
    assert code in text
    assert GAS_TITLE["az"] in " ".join(text.split())
    assert "5ZK2M8P" not in text
