"""The idle-timeout warning: a countdown with "I need more time" and "Delete my answers now"; at zero
the session is wiped."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from kiosk.ui.widgets.overlay import Overlay, wrapping_label


class IdleDialog(Overlay):
    """Signals: ``more_time()`` — the applicant is still here; ``expired()`` — the countdown ran out;
    ``delete_now()`` — the applicant is done and wants their answers gone at once."""

    more_time = Signal()
    expired = Signal()
    delete_now = Signal()

    def __init__(self, parent: QWidget, countdown_s: int = 30) -> None:
        super().__init__(parent)
        self.countdown_s = countdown_s
        self.remaining = countdown_s
        self.title = wrapping_label(name="title")
        self.text = wrapping_label(name="subtitle")
        self.button = QPushButton(self.dialog)
        self.button.setObjectName("moreTime")
        self.button.clicked.connect(self._more_time)
        self.delete_button = QPushButton(self.dialog)
        self.delete_button.setObjectName("deleteNow")
        self.delete_button.setProperty("role", "secondary")
        self.delete_button.clicked.connect(self._delete_now)
        for widget in (self.title, self.text):
            self.body.addWidget(widget)
        row = QHBoxLayout()
        row.setSpacing(24)
        row.addWidget(self.button)
        row.addWidget(self.delete_button)
        self.body.addLayout(row)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick)
        self.retranslate()

    def start(self) -> None:
        self.remaining = self.countdown_s
        self.retranslate()
        self.open()
        self._tick.start()

    def stop(self) -> None:
        self._tick.stop()
        self.close_overlay()

    def _more_time(self) -> None:
        self.stop()
        self.more_time.emit()

    def _delete_now(self) -> None:
        self.stop()
        self.delete_now.emit()

    def _on_tick(self) -> None:
        self.remaining -= 1
        if self.remaining <= 0:
            self.stop()
            self.expired.emit()
        else:
            self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("IdleDialog", "Are you still there?"))
        self.text.setText(
            QCoreApplication.translate(
                "IdleDialog",
                "For your privacy, everything you entered will be cleared in %1 seconds.",
            ).replace("%1", str(self.remaining))
        )
        self.button.setText(QCoreApplication.translate("IdleDialog", "I need more time"))
        self.delete_button.setText(
            QCoreApplication.translate("IdleDialog", "Delete my answers now")
        )
