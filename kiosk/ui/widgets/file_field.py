"""A meter photo (Azərsu guide 002, 4: pdf, jpg, jpeg, png) from removable media, with a preview; a
camera capture when Qt Multimedia and a camera are present."""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.core import attachments
from kiosk.core.application import Settings
from kiosk.core.validation import Err, Ok
from kiosk.ui.i18n import core_text
from kiosk.ui.widgets import camera
from kiosk.ui.widgets.fields import FieldWidget
from kiosk.ui.widgets.overlay import Overlay, wrapping_label
from kiosk.ui.widgets.scrolling import kinetic

SUFFIXES = (".jpg", ".jpeg", ".png", ".pdf")
MAX_LISTED = 200
THUMB = QSize(120, 90)


def media_files(roots: list[str], max_depth: int = 4) -> list[Path]:
    """Photo and PDF files on removable media, newest first."""
    found: list[Path] = []
    for root in roots:
        base = Path(root)
        if not base.is_dir():
            continue
        for folder, dirs, files in os.walk(base):
            depth = len(Path(folder).relative_to(base).parts)
            dirs[:] = [] if depth >= max_depth else [d for d in dirs if not d.startswith(".")]
            found.extend(
                Path(folder) / f
                for f in files
                if f.lower().endswith(SUFFIXES) and not f.startswith(".")
            )
            if len(found) >= MAX_LISTED:
                break
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)[:MAX_LISTED]


def read_and_check(
    path: str, max_bytes: int, accept: tuple[str, ...], max_kept_bytes: int | None = None
) -> Ok | Err:
    """A picked file read (a regular file only: a FIFO or a device is never opened for reading) and
    checked; what is kept is the re-encoded pixels, within ``max_kept_bytes``."""
    file = Path(path)
    try:
        if file.stat().st_size > max_bytes:
            return Err("file.too_large", {"max_mb": str(max_bytes // (1024 * 1024))})
        data = attachments.read_file(file, max_bytes)
    except OSError:
        return Err("file.unreadable")
    return attachments.check(data, file.name, max_bytes, accept, max_kept_bytes=max_kept_bytes)


def thumbnails(paths: list[str], size: QSize = THUMB) -> dict[str, QImage]:
    """Small previews of the photos (off the UI thread: a QImage, not a QPixmap). Each is decoded at
    the small size, so a 12-megapixel photo does not cost its full decoding."""
    found: dict[str, QImage] = {}
    for path in paths:
        if path.lower().endswith(".pdf"):
            continue
        reader = QImageReader(path)
        reader.setAutoTransform(True)
        original = reader.size()
        if original.isValid():
            reader.setScaledSize(original.scaled(size, Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        if not image.isNull():
            found[path] = image
    return found


class FilePicker(Overlay):
    """The files found on the USB stick; touching one picks it. Signals: ``picked(str)``."""

    picked = Signal(str)

    def __init__(self, parent: QWidget, roots: list[str], title: str) -> None:
        super().__init__(parent)
        self.roots = roots
        self.title_text = title  # the field's ``picker_title`` (context ``FilePicker``)
        self.title = wrapping_label(name="title")
        self.empty = wrapping_label(role="note")
        self.list = QListWidget(self.dialog)
        self.list.setObjectName("pickerList")
        self.list.setMinimumHeight(360)
        self.list.setIconSize(THUMB)  # the applicant recognises the photo, not its file name
        kinetic(self.list)
        self.list.itemClicked.connect(self._chosen)
        self.cancel = QPushButton(self.dialog)
        self.cancel.setProperty("role", "secondary")
        self.cancel.clicked.connect(self.close_overlay)
        for widget in (self.title, self.empty, self.list, self.cancel):
            self.body.addWidget(widget)
        self.retranslate()

    def refresh(self) -> None:
        self.list.clear()
        paths = []
        for path in media_files(self.roots):
            item = QListWidgetItem(path.name)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            if path.suffix.lower() == ".pdf":
                item.setText(f"{path.name}  (PDF)")
            self.list.addItem(item)
            paths.append(str(path))
        self.empty.setVisible(self.list.count() == 0)
        runner = getattr(self.window(), "quiet", None)
        if runner is None:
            self._show_thumbnails(thumbnails(paths))
        elif paths:
            runner.run(partial(thumbnails, paths), self._show_thumbnails, lambda _exc: None)

    def _show_thumbnails(self, images: dict[str, QImage]) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            image = images.get(str(item.data(Qt.ItemDataRole.UserRole)))
            if image is not None:
                item.setIcon(QIcon(QPixmap.fromImage(image)))

    def open(self) -> None:
        self.refresh()
        super().open()

    def _chosen(self, item: QListWidgetItem) -> None:
        self.close_overlay()
        self.picked.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def retranslate(self) -> None:
        self.title.setText(core_text("FilePicker", self.title_text))
        self.empty.setText(
            QCoreApplication.translate(
                "FilePicker", "No photo was found. Insert your USB stick, or ask staff for help."
            )
        )
        self.cancel.setText(QCoreApplication.translate("FilePicker", "Cancel"))


class FileFieldWidget(FieldWidget):
    def __init__(
        self,
        field: Any,
        settings: Settings | None = None,
        media_roots: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.settings = settings or Settings()
        self.media_roots = media_roots or []
        self.picker: FilePicker | None = None
        self.camera_dialog: Any = None
        super().__init__(field, parent)

    def build_input(self) -> QWidget:
        box = QWidget(self)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        self.preview = QLabel(box)
        self.preview.setObjectName(f"preview_{self.field.name}")
        self.preview.setFixedSize(240, 180)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setProperty("role", "preview")
        buttons = QVBoxLayout()
        self.choose = QPushButton(box)
        self.choose.setObjectName(f"choose_{self.field.name}")
        self.choose.setProperty("role", "secondary")
        self.choose.clicked.connect(self.open_picker)
        self.shoot = QPushButton(box)
        self.shoot.setProperty("role", "secondary")
        self.shoot.setVisible(camera.available())
        self.shoot.clicked.connect(self.open_camera)
        self.filename = wrapping_label(role="value")
        buttons.addWidget(self.choose)
        buttons.addWidget(self.shoot)
        buttons.addWidget(self.filename)
        buttons.addStretch(1)
        layout.addWidget(self.preview)
        layout.addLayout(buttons, 1)
        self.attachment: attachments.Attachment | None = None
        return box

    def focus_target(self) -> QWidget:
        return self.choose

    def open_picker(self) -> None:
        if self.picker is None:
            self.picker = FilePicker(self.window(), self.media_roots, self.field.picker_title)
            self.picker.picked.connect(self.load_path)
        self.picker.open()

    def open_camera(self) -> None:
        self.camera_dialog = camera.capture(self.window(), self._use_bytes)

    def load_path(self, path: str) -> None:
        """Read and check a picked file off the UI thread (decoding and re-encoding a photo takes a
        while); a file over the size limit is refused from its size, without reading it."""
        runner = getattr(self.window(), "runner", None)
        job = partial(
            read_and_check,
            path,
            self.settings.max_attachment_bytes,
            self._accept(),
            self.settings.max_kept_bytes,
        )
        if runner is None:
            self._checked(job())
            return
        runner.run(job, self._checked, lambda _exc: self.set_error(Err("file.unreadable")))

    def _use_bytes(self, data: bytes, name: str) -> None:
        self._checked(
            attachments.check(
                data,
                name,
                self.settings.max_attachment_bytes,
                self._accept(),
                max_kept_bytes=self.settings.max_kept_bytes,
            )
        )

    def _accept(self) -> tuple[str, ...]:
        return self.field.accept or tuple(attachments.EXTENSIONS)

    def _checked(self, result: Ok | Err) -> None:
        if isinstance(result, Err):
            self.set_error(result)
            return
        self.set_error(None)
        self.set_value(result.value)
        self.emit(result.value)

    def set_value(self, value: Any) -> None:
        self.attachment = value if isinstance(value, attachments.Attachment) else None
        self.preview.clear()
        self.filename.setText(self.attachment.filename if self.attachment else "")
        if self.attachment is None:
            return
        pixmap = QPixmap()
        if pixmap.loadFromData(self.attachment.data):
            self.preview.setPixmap(
                pixmap.scaled(
                    self.preview.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.preview.setText("PDF" if self.attachment.content_type == "application/pdf" else "")

    def apply_readonly(self, readonly: bool) -> None:
        self.choose.setEnabled(not readonly)

    def retranslate_input(self) -> None:
        self.choose.setText(QCoreApplication.translate("FileField", "Choose from USB stick"))
        self.shoot.setText(QCoreApplication.translate("FileField", "Take a photo"))
        if self.picker is not None:
            self.picker.retranslate()
