"""The tracking QR code on screen, so a phone can take it even when no receipt is printed."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

QUIET_ZONE = 4  # modules of light margin around the symbol (ISO/IEC 18004)


class QrCode(QWidget):
    """Black modules on white whatever the theme: phone cameras read dark-on-light best."""

    def __init__(self, parent: QWidget | None = None, size: int = 280) -> None:
        super().__init__(parent)
        self.setFixedSize(size, size)
        self.matrix: list[list[bool]] = []
        self.data = ""

    def set_data(self, data: str) -> None:
        from kiosk.receipts.qr import qr_matrix  # reportlab loads only when a code is shown

        self.data = data
        self.matrix = qr_matrix(data) if data else []
        self.setVisible(bool(data))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if not self.matrix:
            return
        count = len(self.matrix) + 2 * QUIET_ZONE
        module = min(self.width(), self.height()) // count
        offset = (min(self.width(), self.height()) - module * count) // 2 + QUIET_ZONE * module
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#000000"))
        for y, row in enumerate(self.matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.drawRect(
                        QRect(offset + x * module, offset + y * module, module, module)
                    )
