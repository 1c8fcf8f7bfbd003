"""The staff PIN pad: large digit keys, the PIN shown as dots, wrong-PIN and lock-out messages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.core.i18n import fill
from kiosk.staff.pin import MAX_DIGITS, MAX_FAILURES, PinCheck

KEY_PX = 96
DOT = "\u25cf"


class PinPad(QWidget):
    """Signals: ``submitted(str)`` — OK with the digits typed; ``cancelled()`` — back to the kiosk."""

    submitted = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffPinPad")
        self._digits = ""
        column = QVBoxLayout(self)
        column.setContentsMargins(48, 32, 48, 32)
        column.setSpacing(16)
        self.title = QLabel(self)
        self.title.setObjectName("title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots = QLabel(self)
        self.dots.setObjectName("pinDots")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots.setMinimumHeight(KEY_PX)
        self.message = QLabel(self)
        self.message.setObjectName("pinMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.keys: dict[str, QPushButton] = {}
        for index, digit in enumerate("123456789"):
            grid.addWidget(self._key(digit), index // 3, index % 3)
        self.back = self._button("pinBack")
        self.back.clicked.connect(self._backspace)
        self.ok = self._button("pinOk")
        self.ok.clicked.connect(self._submit)
        grid.addWidget(self.back, 3, 0)
        grid.addWidget(self._key("0"), 3, 1)
        grid.addWidget(self.ok, 3, 2)
        self.cancel = self._button("pinCancel")
        self.cancel.clicked.connect(self.cancelled.emit)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(grid)
        row.addStretch(1)
        column.addStretch(1)
        column.addWidget(self.title)
        column.addWidget(self.dots)
        column.addWidget(self.message)
        column.addLayout(row)
        column.addWidget(self.cancel, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        self.retranslate()

    def _button(self, name: str) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setMinimumSize(KEY_PX * 2 if name == "pinCancel" else KEY_PX, KEY_PX)
        return button

    def _key(self, digit: str) -> QPushButton:
        button = self._button(f"pinDigit_{digit}")
        button.setText(digit)
        button.clicked.connect(lambda _=False, d=digit: self._press(d))
        self.keys[digit] = button
        return button

    # --- typing ------------------------------------------------------------------------------------
    def _press(self, digit: str) -> None:
        if len(self._digits) < MAX_DIGITS:
            self._digits += digit
        self._show_dots()

    def _backspace(self) -> None:
        self._digits = self._digits[:-1]
        self._show_dots()

    def _show_dots(self) -> None:
        self.dots.setText(" ".join(DOT * len(self._digits)))

    def _submit(self) -> None:
        digits, self._digits = self._digits, ""
        self._show_dots()
        if digits:
            self.submitted.emit(digits)

    def clear(self) -> None:
        self._digits = ""
        self._show_dots()
        self.message.clear()

    def set_enabled(self, enabled: bool) -> None:
        for button in (*self.keys.values(), self.back, self.ok):
            button.setEnabled(enabled)

    # --- answers -----------------------------------------------------------------------------------
    def show_result(self, result: PinCheck) -> None:
        """The PIN pad's state after a try (or on opening): wrong, locked, or no PIN set up."""
        self.set_enabled(not result.locked and not result.no_pins)
        if result.no_pins:
            self.message.setText(
                QCoreApplication.translate(
                    "Staff",
                    "No staff PIN is set up on this kiosk. Set one at the terminal's console "
                    "with: kiosk staff set-pin 1",
                )
            )
        elif result.locked:
            self.message.setText(
                fill(
                    QCoreApplication.translate(
                        "Staff", "Too many wrong PINs. Staff mode is locked for %1 min."
                    ),
                    result.locked_minutes,
                )
            )
        elif not result.ok and result.attempts_left < MAX_FAILURES:
            self.message.setText(
                fill(
                    QCoreApplication.translate(
                        "Staff", "Wrong PIN. %1 attempts left before staff mode is locked."
                    ),
                    result.attempts_left,
                )
            )
        else:
            self.message.clear()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("Staff", "Staff PIN"))
        self.back.setText(QCoreApplication.translate("Staff", "Delete"))
        self.ok.setText(QCoreApplication.translate("Staff", "OK"))
        self.cancel.setText(QCoreApplication.translate("Staff", "Back to the kiosk"))
