"""Camera capture for meter photos, when Qt Multimedia and a camera are present.

PySide6-Essentials has no Qt Multimedia: then :func:`available` is False and the kiosk offers the USB
stick only.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtWidgets import QPushButton, QWidget

from kiosk.ui.widgets.overlay import Overlay


def available() -> bool:
    if importlib.util.find_spec("PySide6.QtMultimedia") is None:
        return False
    if importlib.util.find_spec("PySide6.QtMultimediaWidgets") is None:
        return False
    from PySide6.QtMultimedia import QMediaDevices

    return bool(QMediaDevices.videoInputs())


def capture(parent: QWidget, use: Callable[[bytes, str], None]) -> Any:
    """Show the camera over ``parent``; a touch on "Take the photo" hands ``use`` a JPEG."""
    from PySide6.QtMultimedia import QCamera, QImageCapture, QMediaCaptureSession
    from PySide6.QtMultimediaWidgets import QVideoWidget

    overlay = Overlay(parent)
    view = QVideoWidget(overlay.dialog)
    view.setMinimumSize(640, 480)
    session = QMediaCaptureSession(overlay)
    cam = QCamera(overlay)
    shot = QImageCapture(overlay)
    session.setCamera(cam)
    session.setImageCapture(shot)
    session.setVideoOutput(view)
    take = QPushButton(QCoreApplication.translate("Camera", "Take the photo"), overlay.dialog)
    cancel = QPushButton(QCoreApplication.translate("Camera", "Cancel"), overlay.dialog)
    cancel.setProperty("role", "secondary")

    def finish() -> None:
        cam.stop()
        overlay.close_overlay()
        overlay.deleteLater()

    def captured(_id: int, image: Any) -> None:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "JPEG", 85)
        finish()
        use(bytes(data.data()), "meter.jpg")

    shot.imageCaptured.connect(captured)
    take.clicked.connect(shot.capture)
    cancel.clicked.connect(finish)
    for widget in (view, take, cancel):
        overlay.body.addWidget(widget)
    cam.start()
    overlay.open()
    return overlay
