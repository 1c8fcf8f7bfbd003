"""Always visible: the language switch (AZ / RU / EN), "larger text / high contrast" and "start over"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from kiosk.core.i18n import LANGUAGES
from kiosk.core.text import upper


class TopBar(QFrame):
    """Signals: ``language_chosen(str)``, ``contrast_toggled(bool)``, ``start_over()``."""

    language_chosen = Signal(str)
    contrast_toggled = Signal(bool)
    start_over = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 6, 24, 6)
        layout.setSpacing(16)
        self.brand = QLabel(self)
        self.brand.setObjectName("brand")
        self.brand.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.brand, 1)
        self.languages = QButtonGroup(self)
        self.language_buttons: dict[str, QPushButton] = {}
        for lang in LANGUAGES:
            button = QPushButton(upper(lang, "en"), self)
            button.setObjectName(f"lang_{lang}")
            button.setProperty("role", "lang")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, code=lang: self.language_chosen.emit(code))
            self.languages.addButton(button)
            self.language_buttons[lang] = button
            layout.addWidget(button)
        self.contrast = QPushButton(self)
        self.contrast.setObjectName("contrast")
        self.contrast.setProperty("role", "bar")
        self.contrast.setCheckable(True)
        self.contrast.toggled.connect(self.contrast_toggled.emit)
        self.restart = QPushButton(self)
        self.restart.setObjectName("startOver")
        self.restart.setProperty("role", "bar")
        self.restart.clicked.connect(self.start_over.emit)
        layout.addWidget(self.contrast)
        layout.addWidget(self.restart)

    def resizeEvent(self, event: object) -> None:
        self.brand.setVisible(self.width() >= 1400)  # portrait: the buttons need the room
        super().resizeEvent(event)  # type: ignore[arg-type]

    def set_language(self, lang: str) -> None:
        if lang in self.language_buttons:
            self.language_buttons[lang].setChecked(True)

    def retranslate(self) -> None:
        self.brand.setText(QCoreApplication.translate("TopBar", "ASAN self-service"))
        self.contrast.setText(QCoreApplication.translate("TopBar", "Larger text / high contrast"))
        self.restart.setText(QCoreApplication.translate("TopBar", "Start over"))
