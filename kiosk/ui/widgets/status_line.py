"""The quiet status line: online or offline and, when submissions wait, that they will be sent."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

if TYPE_CHECKING:  # the backend's types are not imported before the first paint (kiosk/startup.py)
    from kiosk.ui.backend import BackendStatus


class StatusLine(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(32, 6, 32, 6)
        self.label = QLabel(self)
        self.label.setObjectName("status")
        layout.addWidget(self.label, 1)
        self.status: BackendStatus | None = None
        self.help_called = False

    def set_help_called(self, called: bool) -> None:
        self.help_called = called
        self.retranslate()

    def update_status(self, status: BackendStatus) -> None:
        self.status = status
        self.retranslate()

    def retranslate(self) -> None:
        status = self.status
        helping = (
            [
                QCoreApplication.translate(
                    "StatusLine", "A member of staff has been asked to come: please stay here"
                )
            ]
            if self.help_called
            else []
        )
        if status is None:  # the start: the outbox and the connection have not answered yet
            checking = QCoreApplication.translate("StatusLine", "Checking the connection…")
            self.label.setText("  ·  ".join([*helping, checking]))
            return
        parts = helping + [
            QCoreApplication.translate("StatusLine", "Online")
            if status.online
            else QCoreApplication.translate("StatusLine", "Offline: you can still apply")
        ]
        if status.pending:
            # A count in a plain placeholder, not Qt's %n plural: the plural forms' extraction differs
            # between lupdate releases, and "sent automatically: 3" reads well in all three languages.
            parts.append(
                QCoreApplication.translate(
                    "StatusLine", "Saved on this kiosk and sent automatically: %1"
                ).replace("%1", str(status.pending))
            )
        self.label.setText("  ·  ".join(parts))
