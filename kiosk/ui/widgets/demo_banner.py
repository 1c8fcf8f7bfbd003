"""The DEMO banner across the top of every screen of a demonstration terminal (config ``demo``).

A terminal with no central to send to must never pass for one in service: its applications go to a local
reference central on the same machine (docs/CONFIG.md ``demo``). The banner says so on every screen, as
the receipts it prints do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

# Black on yellow: readable by everyone, in the normal and the high-contrast theme.
STYLE = (
    "QLabel#demoBanner { background: #ffd400; color: #000000; font-weight: bold; padding: 6px; }"
)


class DemoBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoBanner")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setStyleSheet(STYLE)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(
            QCoreApplication.translate(
                "DemoBanner",
                "DEMO — a demonstration terminal. Applications made here are not sent to a utility.",
            )
        )
