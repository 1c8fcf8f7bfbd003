"""The calm page shown after an unexpected error: no technical detail, a way to start over."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from kiosk.ui.widgets.overlay import wrapping_label


class ApologyScreen(QWidget):
    """Signals: ``restart()`` — the applicant touched "Start over"."""

    restart = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(96, 96, 96, 96)
        layout.setSpacing(32)
        self.title = wrapping_label(name="title")
        self.text = wrapping_label(name="subtitle")
        self.button = QPushButton(self)
        self.button.setObjectName("apologyRestart")
        self.button.clicked.connect(self.restart.emit)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.button)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(
            QCoreApplication.translate("ApologyScreen", "We are sorry, something went wrong.")
        )
        self.text.setText(
            QCoreApplication.translate(
                "ApologyScreen",
                "What you entered has been cleared for your privacy. Anything you already "
                "sent is safe. Please start over, or ask a member of staff for help.",
            )
        )
        self.button.setText(QCoreApplication.translate("ApologyScreen", "Start over"))
