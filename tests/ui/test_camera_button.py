"""The kiosk's own camera ("Take a photo", docs/PHOTOS.md "Camera") is offered only when it can take a
photo: Qt Multimedia is installed and lists a camera (``kiosk.ui.widgets.camera.available``).

Qt Multimedia is not part of PySide6-Essentials and the test machine has no camera: a stand-in module
plays both (the camera is the one thing mocked). The photo field, its buttons, the camera's overlay and
the check of the captured photo are the kiosk's own."""

from __future__ import annotations

import importlib.machinery
import sys
import types

import pytest
import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QPushButton, QWidget
from ui_driver import Driver

pytestmark = pytest.mark.timeout(120)

MULTIMEDIA = ("PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets")


def meter_picture() -> QImage:
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor(230, 230, 230))
    painter = QPainter(image)
    painter.fillRect(120, 160, 400, 160, QColor(20, 20, 20))
    painter.end()
    return image


class FakeCamera(QObject):
    def start(self) -> None:
        pass

    def stop(self) -> None:
        pass


class FakeImageCapture(QObject):
    imageCaptured = Signal(int, QImage)

    def capture(self) -> int:
        self.imageCaptured.emit(1, meter_picture())
        return 1


class FakeCaptureSession(QObject):
    def setCamera(self, _camera: object) -> None:
        pass

    def setImageCapture(self, _capture: object) -> None:
        pass

    def setVideoOutput(self, _output: object) -> None:
        pass


class FakeVideoWidget(QWidget):
    pass


def install_multimedia(monkeypatch: pytest.MonkeyPatch, cameras: list[object] | None) -> None:
    """Qt Multimedia as this kiosk has it: absent (``None``), or listing ``cameras``."""
    if cameras is None:
        for name in MULTIMEDIA:
            monkeypatch.setitem(
                sys.modules, name, None
            )  # what an import finds for a missing module
        return
    found = list(cameras)
    multimedia = types.ModuleType(MULTIMEDIA[0])
    multimedia.QMediaDevices = type(  # type: ignore[attr-defined]
        "QMediaDevices", (), {"videoInputs": staticmethod(lambda: list(found))}
    )
    multimedia.QCamera = FakeCamera  # type: ignore[attr-defined]
    multimedia.QImageCapture = FakeImageCapture  # type: ignore[attr-defined]
    multimedia.QMediaCaptureSession = FakeCaptureSession  # type: ignore[attr-defined]
    widgets = types.ModuleType(MULTIMEDIA[1])
    widgets.QVideoWidget = FakeVideoWidget  # type: ignore[attr-defined]
    for module in (multimedia, widgets):
        module.__spec__ = importlib.machinery.ModuleSpec(module.__name__, None)
        monkeypatch.setitem(sys.modules, module.__name__, module)


@pytest.mark.parametrize("cameras", [None, []], ids=["no-qt-multimedia", "no-camera"])
def test_a_kiosk_without_a_camera_offers_no_camera_button(
    kiosk: Driver, monkeypatch: pytest.MonkeyPatch, cameras: list[object] | None
) -> None:
    install_multimedia(monkeypatch, cameras)
    kiosk.to_water_meters()
    field = kiosk.window.wizard.page.groups["meters"].cards[0].fields["photo"]
    assert field.choose.isVisible() and field.from_phone.isVisible()
    assert field.shoot.isHidden()
    assert not any(b.isVisible() for b in kiosk.window.findChildren(QPushButton, "camera_photo"))


def test_a_kiosk_with_a_camera_takes_the_photo_with_it(
    kiosk: Driver, monkeypatch: pytest.MonkeyPatch
) -> None:
    install_multimedia(monkeypatch, [object()])
    kiosk.to_water_meters()
    field = kiosk.window.wizard.page.groups["meters"].cards[0].fields["photo"]
    button = kiosk.find("camera_photo", QPushButton)
    assert button is field.shoot and button.isVisible()
    assert button.text() == "Take a photo"
    kiosk.touch(button)
    overlay = field.camera_dialog
    kiosk.qtbot.waitUntil(overlay.isVisible)
    take = next(b for b in overlay.findChildren(QPushButton) if b.text() == "Take the photo")
    kiosk.touch(take)
    kiosk.qtbot.waitUntil(lambda: field.attachment is not None, timeout=20000)
    assert field.attachment.content_type == "image/jpeg"  # the captured photo, checked as any other
    pixmap = field.preview.pixmap()
    assert pixmap is not None and not pixmap.isNull()
    kiosk.qtbot.waitUntil(lambda: not shiboken6.isValid(overlay))  # the camera's overlay is gone
    assert field.error.isHidden()
