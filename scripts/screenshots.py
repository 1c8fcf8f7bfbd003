"""Write a PNG of every kiosk screen at 1920×1080 and 1080×1920 into docs/screenshots/.

Run offscreen: ``QT_QPA_PLATFORM=offscreen python scripts/screenshots.py`` (``make screenshots``).
The data shown is invented (the sample registry of tests/support/local_backend.py).
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "support"))  # local_backend: a test double, not the kiosk's

from local_backend import SAMPLE_REGISTRY, LocalBackend, sample_timeline  # noqa: E402
from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtGui import QColor, QImage  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit  # noqa: E402

from kiosk import media  # noqa: E402
from kiosk.core import attachments, tracking  # noqa: E402
from kiosk.ui.app import application, build_window  # noqa: E402
from kiosk.ui.backend import Submitted  # noqa: E402
from kiosk.ui.window import KioskWindow  # noqa: E402

SIZES = {"landscape": (1920, 1080), "portrait": (1080, 1920)}
PERSON = SAMPLE_REGISTRY["person"]["5ZK2M8P"]


def settle(app: QApplication) -> None:
    for _ in range(5):
        QCoreApplication.processEvents()
        app.sendPostedEvents()


def meter_photo() -> attachments.Attachment:
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f4f6f"))
    path = Path(tempfile.mkdtemp()) / "meter.png"
    image.save(str(path), "PNG")
    result = attachments.check(path.read_bytes(), "sayğac.png", clean_image=media.reencode_image)
    assert isinstance(result, attachments.Ok)  # type: ignore[attr-defined]
    return result.value  # type: ignore[no-any-return]


def at_step(
    window: KioskWindow,
    service: str,
    step: str,
    answers: dict[str, object],
    lookup: tuple[str, dict[str, object] | None] | None = None,
) -> None:
    window.start_service(service)
    wizard = window.wizard.wizard
    assert wizard is not None
    for name, value in answers.items():
        wizard.set(name, value)
    if lookup is not None:
        wizard.apply_lookup(*lookup)
        window.wizard.notes[lookup[0]] = "lookup.registry" if lookup[1] else "lookup.offline"
    wizard.goto(step)
    window.wizard.render()


HOUSEHOLD = {
    "fin": "5ZK2M8P",
    "mobile": "050 123 45 67",
    "period": "standard",
    "power_kw": "7.5",
    "phase": "1",
    "district": "Şəki rayonu",
    "property_registry_number": "AB-123456",
    "registration_number": "2024/118",
    "email": "elcin@example.az",
}


def scenes(window: KioskWindow, backend: LocalBackend) -> list[tuple[str, Callable[[], None]]]:
    photo = meter_photo()
    water_lookup = SAMPLE_REGISTRY["azersu"]["1002003001"]

    def keyboard_on(name: str) -> Callable[[], None]:
        def focus() -> None:
            edit = window.findChild(QLineEdit, name)
            assert edit is not None
            edit.setFocus()

        return focus

    def identity() -> None:
        at_step(window, "household", "identity", {"fin": "5ZK2M8P"})
        keyboard_on("field_fin")()

    def validation() -> None:
        at_step(window, "household", "identity", {"fin": "5ABCI7K"})
        window.wizard.on_next()

    def water_meters() -> None:
        at_step(
            window,
            "water_reading",
            "meters",
            {"fin": "5ZK2M8P", "mobile": "0501234567", "subscriber_code": "1002003001"},
            ("azersu", water_lookup),
        )
        wizard = window.wizard.wizard
        assert wizard is not None
        for name, value in (
            ("factory_number", "WM123456"),
            ("seal_number", "PL7788"),
            ("reading", "240.5"),
            ("reading_date", "2026-11-20"),
            ("photo", photo),
        ):
            wizard.set_item("meters", 0, name, value)
        window.wizard.render()

    def confirmation() -> None:
        at_step(window, "household", "quote", HOUSEHOLD)
        quote = window.wizard.wizard.quote()  # type: ignore[union-attr]
        window._submitted(Submitted(tracking.new_code(), "x", sent=False), quote)

    def track() -> None:
        code = next(iter(backend.remote_statuses))
        window.show_tracking()
        window.tracking.input.setText(code)
        window.tracking.check()
        window.runner.pool.waitForDone(3000)

    def track_typo() -> None:
        window.show_tracking()
        window.tracking.input.setText("K7QM-3XWD-9RTB-HN2X")
        window.tracking.check()

    def idle() -> None:
        at_step(window, "household", "connection", HOUSEHOLD)
        window.idle_dialog.start()

    return [
        ("01-home", lambda: window.reset_session()),
        ("02-identity-keyboard", identity),
        ("03-validation", validation),
        (
            "04-details-from-registry",
            lambda: at_step(window, "household", "applicant", HOUSEHOLD, ("person", PERSON)),
        ),
        ("05-connection", lambda: at_step(window, "household", "connection", HOUSEHOLD)),
        (
            "06-district-keyboard",
            lambda: (
                at_step(window, "household", "object", HOUSEHOLD),
                keyboard_on("filter_district")(),
            ),
        ),
        ("07-fee-quote", lambda: at_step(window, "household", "quote", HOUSEHOLD)),
        (
            "08-business-quote",
            lambda: at_step(
                window, "business", "quote", {**HOUSEHOLD, "phase": "3", "power_kw": "25"}
            ),
        ),
        (
            "09-prosumer-estimate",
            lambda: at_step(
                window,
                "prosumer",
                "estimate",
                {"source": "solar", "station_power_kw": "10", "connected_power_kw": "15"},
            ),
        ),
        (
            "10-water-subscriber",
            lambda: at_step(
                window,
                "water_reading",
                "subscriber",
                {"subscriber_code": "1002003001"},
                ("azersu", water_lookup),
            ),
        ),
        ("11-water-meters", water_meters),
        (
            "12-review",
            lambda: at_step(window, "household", "review", HOUSEHOLD, ("person", PERSON)),
        ),
        ("13-confirmation", confirmation),
        ("14-tracking", track),
        ("15-tracking-typo", track_typo),
        ("16-idle-warning", idle),
        ("17-apology", window.show_apology),
        *touch_scenes(window),
    ]


def touch_scenes(window: KioskWindow) -> list[tuple[str, Callable[[], None]]]:
    """The states issue 14 added: call staff, start over, what-if, a changed fee, the phone pad."""

    def call_staff() -> None:
        at_step(window, "water_reading", "identity", {"fin": "5ZK2M8P"})
        window.call_staff()

    def start_over() -> None:
        at_step(window, "household", "connection", HOUSEHOLD)
        window.ask_start_over()

    def what_if() -> None:
        at_step(window, "household", "quote", HOUSEHOLD)
        page = window.wizard.page
        page._step_power(Decimal(1))  # type: ignore[union-attr]
        page._set_phase("3")  # type: ignore[union-attr]

    def fee_changed() -> None:
        at_step(window, "household", "review", HOUSEHOLD, ("person", PERSON))
        window.wizard.seen_fee = Decimal("200.00")
        window.wizard.render()
        settle(QApplication.instance())  # type: ignore[arg-type]
        window.wizard.scroll.ensureWidgetVisible(window.wizard.page.fee)  # type: ignore[union-attr]

    def phone_pad() -> None:
        at_step(window, "household", "identity", {"fin": "5ZK2M8P"})
        edit = window.findChild(QLineEdit, "field_mobile")
        assert edit is not None
        edit.setFocus()

    return [
        ("18-call-staff", call_staff),
        ("19-start-over-question", start_over),
        ("20-fee-what-if", what_if),
        ("21-review-fee-changed", fee_changed),
        ("22-phone-pad", phone_pad),
    ]


CONTRAST_SCENES = ("01-home", "03-validation", "07-fee-quote", "13-confirmation", "18-call-staff")


def main() -> int:
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = application()
    with tempfile.TemporaryDirectory() as tmp:
        code = tracking.new_code()
        backend = LocalBackend(
            outbox_path=Path(tmp) / "outbox.sqlite3", remote_statuses={code: sample_timeline(code)}
        )
        window = build_window(backend, "az")
        window.show()
        for orientation, (width, height) in SIZES.items():
            window.resize(width, height)
            for contrast in (False, True):
                window.set_high_contrast(contrast)
                for name, show in scenes(window, backend):
                    if contrast and name not in CONTRAST_SCENES:
                        continue
                    show()
                    if contrast and not window.high_contrast:
                        window.set_high_contrast(True)  # a scene that starts a session resets it
                    settle(app)
                    suffix = "-contrast" if contrast else ""
                    path = out / f"{name}{suffix}-{orientation}.png"
                    window.grab().save(str(path))
                    print(path.relative_to(ROOT))
                    window.idle_dialog.stop()
                    window.start_over_dialog.close_overlay()
                    window.help_handled()
            window.set_high_contrast(False)
        window.shutdown()
        backend.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
