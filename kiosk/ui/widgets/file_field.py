"""A meter photo (Azərsu guide 002, 4: pdf, jpg, jpeg, png) with a preview: from the applicant's phone
(a QR code, kiosk/ui/widgets/phone_photo.py), from removable media (a picker with thumbnails), or a
camera capture when Qt Multimedia and a camera are present (kiosk/ui/widgets/camera.py). Without a phone
or a network, a photo field can be marked "photo to follow" (docs/PHOTOS.md)."""

from __future__ import annotations

import os
import stat
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt, Signal
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
    """Photo and PDF files on removable media, newest first. Only regular files are offered: a FIFO, a
    device or a socket named ``x.jpg`` is left out (reading one would block, or never end), and so is a
    dangling symlink. A symlink is followed only to a regular file on the same medium (a stick cannot
    offer a file of the kiosk's own disk). Nothing here raises: what cannot be looked at is left out."""
    found: list[tuple[float, Path]] = []
    for root in roots:
        base = Path(root)
        try:
            if not base.is_dir():
                continue
            medium = base.resolve(strict=True)
        except (OSError, RuntimeError):
            continue
        for folder, dirs, files in os.walk(base):
            depth = len(Path(folder).relative_to(base).parts)
            dirs[:] = [] if depth >= max_depth else [d for d in dirs if not d.startswith(".")]
            for name in files:
                if not name.lower().endswith(SUFFIXES) or name.startswith("."):
                    continue
                path = Path(folder) / name
                info = _regular_file(path, medium)
                if info is not None:
                    found.append((info.st_mtime, path))
            if len(found) >= MAX_LISTED:
                break
    found.sort(key=lambda entry: entry[0], reverse=True)
    return [path for _mtime, path in found[:MAX_LISTED]]


def _regular_file(path: Path, medium: Path) -> os.stat_result | None:
    """The ``stat`` of ``path`` when it is a regular file, or a symlink to a regular file inside
    ``medium``; None for anything else, or when it cannot be looked at."""
    try:
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode):
            target = path.resolve(strict=True)  # a dangling link or a loop raises
            if not target.is_relative_to(medium):
                return None
            info = os.stat(target)
    except (OSError, RuntimeError):
        return None
    return info if stat.S_ISREG(info.st_mode) else None


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


def thumbnails(
    paths: list[str], size: QSize = THUMB, max_bytes: int = attachments.MAX_BYTES_DEFAULT
) -> dict[str, QImage]:
    """Small previews of the photos (off the UI thread: a QImage, not a QPixmap). A file is read as
    :func:`read_and_check` reads it (a regular file only, never blocking, at most ``max_bytes``): one
    that is not a regular file (any more), or is larger, gets no preview. Each is decoded from those
    bytes at the small size, so a 12-megapixel photo does not cost its full decoding; an image of more
    than :data:`kiosk.core.attachments.MAX_PIXELS` is not decoded at all."""
    found: dict[str, QImage] = {}
    for path in paths:
        if path.lower().endswith(".pdf"):
            continue
        try:
            if os.stat(path).st_size > max_bytes:  # refused from its size, as when it is picked
                continue
            data = attachments.read_file(path, max_bytes)
        except OSError:
            continue
        if len(data) > max_bytes:  # it grew since
            continue
        image = _small_image(data, size)
        if image is not None:
            found[path] = image
    return found


def _small_image(data: bytes, size: QSize) -> QImage | None:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    original = reader.size()
    if original.isValid():
        if original.width() * original.height() > attachments.MAX_PIXELS:
            return None
        reader.setScaledSize(original.scaled(size, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    buffer.close()
    return None if image.isNull() else image


class FilePicker(Overlay):
    """The files found on the USB stick; touching one picks it. Signals: ``picked(str)``."""

    picked = Signal(str)

    def __init__(
        self,
        parent: QWidget,
        roots: list[str],
        title: str,
        max_bytes: int = attachments.MAX_BYTES_DEFAULT,
    ) -> None:
        super().__init__(parent)
        self.roots = roots
        self.max_bytes = max_bytes  # a larger file gets no thumbnail; picking it says why
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
        job = partial(thumbnails, paths, THUMB, self.max_bytes)
        if runner is None:
            self._show_thumbnails(job())
        elif paths:
            runner.run(job, self._show_thumbnails, lambda _exc: None)

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


def _cancel_if_alive(overlay: Any, *_args: object) -> None:
    """The field is gone (its page dropped when the session ended): its phone link goes too."""
    import shiboken6

    if shiboken6.isValid(overlay):
        overlay.cancel()


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
        self.phone: Any = None  # the PhoneOverlay while open
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
        self.from_phone = QPushButton(box)
        self.from_phone.setObjectName(f"phone_{self.field.name}")
        self.from_phone.clicked.connect(self.open_phone)
        self.choose = QPushButton(box)
        self.choose.setObjectName(f"choose_{self.field.name}")
        self.choose.setProperty("role", "secondary")
        self.choose.clicked.connect(self.open_picker)
        self.shoot = QPushButton(box)
        self.shoot.setObjectName(f"camera_{self.field.name}")
        self.shoot.setProperty("role", "secondary")
        self.shoot.setVisible(camera.available())
        self.shoot.clicked.connect(self.open_camera)
        self.later = QPushButton(box)
        self.later.setObjectName(f"later_{self.field.name}")
        self.later.setProperty("role", "secondary")
        self.later.clicked.connect(self.mark_to_follow)
        self.filename = wrapping_label(role="value")
        buttons.addWidget(self.from_phone)
        buttons.addWidget(self.choose)
        buttons.addWidget(self.shoot)
        buttons.addWidget(self.later)
        buttons.addWidget(self.filename)
        buttons.addStretch(1)
        layout.addWidget(self.preview)
        layout.addLayout(buttons, 1)
        self.attachment: attachments.Attachment | None = None
        self.to_follow = False
        return box

    def focus_target(self) -> QWidget:
        return self.choose

    def open_picker(self) -> None:
        if self.picker is None:
            self.picker = FilePicker(
                self.window(),
                self.media_roots,
                self.field.picker_title,
                self.settings.max_attachment_bytes,
            )
            self.picker.picked.connect(self.load_path)
        self.picker.open()

    def field_path(self) -> str:
        """The wire's name of this field: ``meters.0.photo`` inside a group's card, else its own."""
        parent = self.parentWidget()
        while parent is not None:
            group, index = getattr(parent, "group", None), getattr(parent, "index", None)
            if group is not None and isinstance(index, int):
                return f"{group.field.name}.{index}.{self.field.name}"
            parent = parent.parentWidget()
        return str(self.field.name)

    def phone_handoffs(self) -> Any:
        """The kiosk's hand-off calls (kiosk/phone_handoffs.py), None when this kiosk has none."""
        return getattr(getattr(self.window(), "backend", None), "phone_handoffs", None)

    def open_phone(self) -> None:
        """ "From my phone": a QR code the phone opens; the photo shows here when it arrives."""
        from kiosk.ui.widgets.phone_photo import PhoneOverlay

        window = self.window()
        handoffs = self.phone_handoffs()
        runner = getattr(window, "quiet", None) or getattr(window, "runner", None)
        if handoffs is None or runner is None:
            self.set_error(Err("phone.unavailable"))
            return
        if self.phone is None:
            self.phone = PhoneOverlay(
                window,
                handoffs,
                runner,
                self.field_path(),
                self.settings.max_attachment_bytes,
                self._accept(),
                alive=self._on_screen,
            )
            self.phone.received.connect(self._from_phone)
            self.phone.later.connect(self.mark_to_follow)
            self.destroyed.connect(partial(_cancel_if_alive, self.phone))
        self.set_error(None)
        self.phone.start()

    def _on_screen(self) -> bool:
        """Still part of the session's window (its page is dropped when the session ends)."""
        return self.phone is not None and self.window() is self.phone.window()

    def _from_phone(self, attachment: attachments.Attachment) -> None:
        self._checked(Ok(attachment))

    def mark_to_follow(self) -> None:
        """Send the application without this photo; the applicant adds it from the status page."""
        self.set_error(None)
        self.set_value(attachments.TO_FOLLOW)
        self.emit(attachments.TO_FOLLOW)

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
        self.to_follow = isinstance(value, attachments.ToFollow)
        self.preview.clear()
        self.filename.setText(self.attachment.filename if self.attachment else "")
        if self.to_follow:
            self.preview.setText(QCoreApplication.translate("FileField", "Photo to follow"))
            self.filename.setText(
                QCoreApplication.translate(
                    "FileField", "Add it later from your phone: the receipt tells you how."
                )
            )
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
        for button in (self.choose, self.from_phone, self.later):
            button.setEnabled(not readonly)

    def retranslate_input(self) -> None:
        self.from_phone.setText(QCoreApplication.translate("FileField", "From my phone"))
        self.later.setText(QCoreApplication.translate("FileField", "Send the photo later"))
        if self.to_follow:
            self.set_value(attachments.TO_FOLLOW)
        if self.phone is not None:
            self.phone.retranslate()
        self.choose.setText(QCoreApplication.translate("FileField", "Choose from USB stick"))
        self.shoot.setText(QCoreApplication.translate("FileField", "Take a photo"))
        if self.picker is not None:
            self.picker.retranslate()
