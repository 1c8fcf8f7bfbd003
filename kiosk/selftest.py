"""``kiosk --self-test``: does this installation work? Run after installing or updating a terminal, and
by the frozen bundle's own check (``make dist-check``).

Starts Qt offscreen, renders the home screen over the kiosk's real backend (an outbox in a temporary
folder, a central API address nobody answers: no network), and checks that the fonts, translations,
tariff schedules, districts, receipt rendering and the printers' raster load from wherever the kiosk
runs — the source tree, a wheel installation or the PyInstaller bundle. Prints one line per check and
returns 0 only when every check passes.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

# The strings checked: a source text of the home screen and its Azerbaijani translation.
KNOWN_CONTEXT = "HomeScreen"
KNOWN_SOURCE = "Track my application"
KNOWN_AZ = "Müraciətimi izlə"


def _fonts() -> str:
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

    from kiosk.ui import theme

    families = theme.register_fonts()
    if theme.FONT_FAMILY not in families and theme.FONT_FAMILY not in QFontDatabase.families():
        raise AssertionError(f"{theme.FONT_FAMILY} not registered from {theme.ASSETS / 'fonts'}")
    metrics = QFontMetrics(QFont(theme.FONT_FAMILY))
    missing = [c for c in "əƏğıİş₼Жж" if not metrics.inFontUcs4(ord(c))]
    if missing:
        raise AssertionError(f"{theme.FONT_FAMILY} lacks {''.join(missing)}")
    return f"{theme.FONT_FAMILY} registered, has ə Ə ğ ı İ ş ₼ and Cyrillic"


def _translations() -> str:
    from PySide6.QtCore import QTranslator

    from kiosk.core import i18n

    directory = i18n.translations_dir()
    translator = QTranslator()
    qm = directory / "kiosk_az.qm"
    if not translator.load(str(qm)):
        raise AssertionError(f"{qm} does not load")
    got = translator.translate(KNOWN_CONTEXT, KNOWN_SOURCE)
    if got != KNOWN_AZ:
        raise AssertionError(f"kiosk_az.qm translates {KNOWN_SOURCE!r} as {got!r}")
    i18n.clear_cache()
    ru = i18n.translate(KNOWN_CONTEXT, KNOWN_SOURCE, "ru")
    if ru == KNOWN_SOURCE or not ru:
        raise AssertionError(f"kiosk_ru.ts in {directory} has no translation of {KNOWN_SOURCE!r}")
    return f"kiosk_az.qm and kiosk_ru.ts read from {directory}"


def _services() -> str:
    """The definitions are found, not listed: a bundle that lost one shows it here."""
    from kiosk.core import services

    found = services.all_services()
    if not found:
        raise AssertionError("no service definitions were found")
    return f"{len(found)} services: " + ", ".join(s.id for s in found)


def _schedules() -> str:
    from kiosk.core import fees, services, tariffs

    schedules = tariffs.load_directory()
    if len(schedules) < 3:
        raise AssertionError(f"{len(schedules)} tariff schedules in {tariffs.SCHEDULES_DIR}")
    service = next(s for s in services.all_services() if s.fee == "connection")
    quote = fees.quote(schedules, fees.QuoteRequest(service.id, Decimal("7.5"), 1))
    if quote.amount <= 0:
        raise AssertionError(f"{service.id} 7.5 kW quoted {quote.amount}")
    return f"{len(schedules)} schedules; {service.id} 7.5 kW: {quote.amount} {quote.currency}"


def _districts() -> str:
    from kiosk.core import districts

    found = districts.all_districts()
    if not found or districts.find(found[0].id) is None:
        raise AssertionError("no districts")
    return f"{len(found)} districts"


def _receipt() -> str:
    from kiosk.receipts import receipt_from_submission, render_receipt_pdf, samples

    receipt = receipt_from_submission(
        samples.connection_record(),
        kiosk_id=samples.KIOSK_ID,
        centre_name=samples.CENTRE_NAME,
        public_status_url=samples.PUBLIC_STATUS_URL,
        sent=False,
        language="az",
    )
    pdf = render_receipt_pdf(receipt, "roll")
    if not pdf.startswith(b"%PDF") or b"/FontFile2" not in pdf:
        raise AssertionError("the receipt PDF is not a PDF with an embedded TrueType font")
    return f"roll receipt PDF, {len(pdf)} bytes, font embedded"


def _printers() -> str:
    """The thermal (ESC/POS) and system printers' modules load, and a receipt becomes the 576-dot
    picture a thermal head prints (pypdfium2): without them every receipt would fail to print."""
    import importlib

    from kiosk.receipts import receipt_from_submission, render_receipt_pdf, samples
    from kiosk.receipts.raster import THERMAL_WIDTH_PX, thermal_image

    for module in ("kiosk.receipts.escpos_printer", "kiosk.receipts.qt_printer"):
        importlib.import_module(module)
    receipt = receipt_from_submission(
        samples.water_record(),
        kiosk_id=samples.KIOSK_ID,
        centre_name=samples.CENTRE_NAME,
        public_status_url=samples.PUBLIC_STATUS_URL,
        sent=True,
        language="az",
    )
    image = thermal_image(render_receipt_pdf(receipt, "roll"))
    if image.mode != "1" or image.width != THERMAL_WIDTH_PX or image.height < 200:
        raise AssertionError(f"thermal raster {image.width}x{image.height} {image.mode}")
    return f"escpos and system printers load; thermal raster {image.width}x{image.height} dots"


def _home_screen(scratch: Path) -> Callable[[], str]:
    def check() -> str:
        from PySide6.QtWidgets import QApplication

        from kiosk.app import services
        from kiosk.config import KioskConfig
        from kiosk.ui.app import application, build_window

        application()
        config = KioskConfig(
            data_dir=scratch, central_url="http://127.0.0.1:9", api_token="self-test"
        )
        with services(config, start_worker=False, local_central=False) as (_, backend):
            window = build_window(backend, "az")  # type: ignore[arg-type]
            try:
                window.resize(1920, 1080)
                window.show()
                QApplication.processEvents()
                image = window.grab().toImage()
                if image.isNull() or image.width() < 100:
                    raise AssertionError("the home screen did not render")
                pixels = {image.pixel(x, image.height() // 2) for x in range(0, image.width(), 7)}
                if len(pixels) < 2:
                    raise AssertionError("the home screen rendered blank")
                if window.stack.currentWidget() is not window.home:
                    raise AssertionError("the window did not open on the home screen")
                return f"home screen rendered {image.width()}x{image.height()}"
            finally:
                window.shutdown()
                window.languages.uninstall()
                window.close()
                window.deleteLater()

    return check


def run_self_test() -> int:
    """Run every check; print one line each; 0 when all pass, 1 otherwise."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    failures = 0
    with tempfile.TemporaryDirectory(prefix="kiosk-selftest-") as tmp:
        checks: list[tuple[str, Callable[[], str]]] = [
            ("fonts", _fonts),
            ("translations", _translations),
            ("services", _services),
            ("schedules", _schedules),
            ("districts", _districts),
            ("receipt", _receipt),
            ("printers", _printers),
            ("home screen", _home_screen(Path(tmp))),
        ]
        for name, check in checks:
            try:
                detail = check()
            except Exception as exc:  # every failure is reported, and the next check still runs
                failures += 1
                print(f"FAIL {name}: {exc}", flush=True)
                if os.environ.get("KIOSK_SELFTEST_TRACEBACK"):
                    traceback.print_exc()
            else:
                print(f"ok   {name}: {detail}", flush=True)
    app.processEvents()
    print("self-test passed" if not failures else f"self-test FAILED ({failures})", flush=True)
    return 0 if not failures else 1


if __name__ == "__main__":
    raise SystemExit(run_self_test())
