"""Always visible: the language switch (AZ / RU / EN), "larger text / high contrast", "call staff" and
"start over"."""

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
from kiosk.ui.widgets.wrap_button import WrapButton

BAR_BUTTON_HINT = 220  # three bar buttons and the languages share a 1080 px portrait screen


class TopBar(QFrame):
    """Signals: ``language_chosen(str)``, ``contrast_toggled(bool)``, ``start_over()``,
    ``call_staff()``."""

    language_chosen = Signal(str)
    contrast_toggled = Signal(bool)
    start_over = Signal()
    call_staff = Signal()

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
            # As narrow as their text: the room on a portrait screen goes to the wrapping buttons.
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, code=lang: self.language_chosen.emit(code))
            self.languages.addButton(button)
            self.language_buttons[lang] = button
            layout.addWidget(button)
        self.contrast = WrapButton(self, hint_width=BAR_BUTTON_HINT, grow=True)
        self.contrast.setObjectName("contrast")
        self.contrast.setProperty("role", "bar")
        self.contrast.setCheckable(True)
        self.contrast.toggled.connect(self.contrast_toggled.emit)
        self.restart = WrapButton(self, hint_width=BAR_BUTTON_HINT, grow=True)
        self.restart.setObjectName("startOver")
        self.restart.setProperty("role", "bar")
        self.restart.clicked.connect(self.start_over.emit)
        self.call = WrapButton(self, hint_width=BAR_BUTTON_HINT, grow=True)
        self.call.setObjectName("callStaff")
        self.call.setProperty("role", "bar")
        self.call.setCheckable(True)
        self.call.clicked.connect(self._call_clicked)
        layout.addWidget(self.contrast)
        layout.addWidget(self.call)
        layout.addWidget(self.restart)

    def resizeEvent(self, event: object) -> None:
        wide = self.width() >= 1400
        self.brand.setVisible(wide)  # portrait: the buttons need the room
        for button in (self.contrast, self.call, self.restart):
            hint = 2 * BAR_BUTTON_HINT if wide else BAR_BUTTON_HINT  # wrap only when short of room
            if button.hint_width != hint:
                button.hint_width = hint
                button.updateGeometry()
        super().resizeEvent(event)  # type: ignore[arg-type]

    def _call_clicked(self) -> None:
        self.call.setChecked(True)  # a second touch does not take the call back
        self.call_staff.emit()
        self.retranslate()

    def set_called(self, called: bool) -> None:
        self.call.setChecked(called)
        self.retranslate()

    def set_language(self, lang: str) -> None:
        if lang in self.language_buttons:
            self.language_buttons[lang].setChecked(True)

    def retranslate(self) -> None:
        self.brand.setText(QCoreApplication.translate("TopBar", "ASAN self-service"))
        self.contrast.set_wrapped_text(
            QCoreApplication.translate("TopBar", "Larger text / high contrast")
        )
        self.restart.set_wrapped_text(QCoreApplication.translate("TopBar", "Start over"))
        self.call.set_wrapped_text(
            QCoreApplication.translate("TopBar", "Staff are called")
            if self.call.isChecked()
            else QCoreApplication.translate("TopBar", "Call staff")
        )
