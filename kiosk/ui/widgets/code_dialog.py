""" "Confirm it is you": the one-time code sent by SMS to the mobile number the registry holds, typed on a
pad of its own before the registry's data are shown (guides 001 and 002, 1: sign-in before registry
data; docs/WIRE.md "Identity").

The pad is part of the dialog, big and phone-like: the window's keyboard stays closed, and nothing but
the six digits can be typed. The applicant can always go on without the code and type their details.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.backend_protocol import Challenge
from kiosk.ui.widgets.overlay import Overlay, wrapping_label
from kiosk.ui.widgets.wrap_button import WrapButton

CODE_DIGITS = 6
BACKSPACE = "⌫"


class CodeDialog(Overlay):
    """Signals: ``code_entered(str)`` — Confirm with six digits; ``resend()``; ``manual()`` — type the
    details by hand."""

    code_entered = Signal(str)
    resend = Signal()
    manual = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("codeDialog")
        self.dialog.setProperty("dialog", "code")
        self.dialog.setMaximumWidth(1200)
        self.challenge: Challenge | None = None
        self.digits = ""
        self._problem = ""
        self._problem_left: int | None = None
        self._wait_s = 0
        self.title = wrapping_label(name="title")
        self.text = wrapping_label(name="subtitle")
        self.text.setObjectName("codeSentTo")
        self.shown = QLabel(self.dialog)
        self.shown.setObjectName("codeDigits")
        self.shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problem = wrapping_label(role="error")
        self.problem.setObjectName("codeProblem")
        pad = QGridLayout()
        pad.setSpacing(10)
        self.keys: dict[str, QPushButton] = {}
        for index, key in enumerate("123456789"):
            self._key(pad, key, index // 3, index % 3)
        self._key(pad, "0", 3, 1)
        self._key(pad, BACKSPACE, 3, 2)
        self.confirm = WrapButton(self.dialog, grow=True)
        self.confirm.setObjectName("codeConfirm")
        self.confirm.clicked.connect(self._confirm)
        self.again = WrapButton(self.dialog, grow=True)
        self.again.setObjectName("codeResend")
        self.again.setProperty("role", "secondary")
        self.again.clicked.connect(self.resend.emit)
        self.by_hand = WrapButton(self.dialog, grow=True)
        self.by_hand.setObjectName("codeManual")
        self.by_hand.setProperty("role", "secondary")
        self.by_hand.clicked.connect(self._manual)
        # Words and answers on the left, the pad on the right: it all fits a landscape or portrait
        # screen without scrolling.
        words = QVBoxLayout()
        words.setSpacing(16)
        for part in (self.title, self.text, self.shown, self.problem):
            words.addWidget(part)
        words.addStretch(1)
        for button in (self.confirm, self.again, self.by_hand):
            words.addWidget(button)
        row = QHBoxLayout()
        row.setSpacing(32)
        row.addLayout(words, 1)
        row.addLayout(pad)
        self.body.addLayout(row)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self.retranslate()

    def _key(self, pad: QGridLayout, key: str, row: int, column: int) -> None:
        button = QPushButton(key, self.dialog)
        button.setObjectName(f"codeKey_{'back' if key == BACKSPACE else key}")
        button.setProperty("role", "pad")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda: self._press(key))
        pad.addWidget(button, row, column)
        self.keys[key] = button

    # --- showing ------------------------------------------------------------------------------------
    def ask(self, challenge: Challenge) -> None:
        """Open (or stay open) for a newly sent code: the digits typed so far are cleared."""
        self.challenge = challenge
        self.digits = ""
        self._problem, self._problem_left = "", None
        self._wait_s = max(0, challenge.resend_after_s)
        self._timer.start()
        self.retranslate()
        if not self.isVisible():
            self.open()
            self.setFocus()

    def show_problem(self, message_id: str, attempts_left: int | None = None) -> None:
        """``identity.code_wrong`` (the digits are cleared), ``identity.code_expired`` or
        ``identity.code_locked`` (only a new code or typing by hand go on)."""
        self._problem, self._problem_left = message_id, attempts_left
        self.digits = ""
        self.retranslate()

    def close_overlay(self) -> None:
        self._timer.stop()
        self.challenge = None
        self.digits = ""  # a code is not left on the screen
        self._problem, self._problem_left = "", None
        self.retranslate()
        super().close_overlay()

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("CodeDialog", "Confirm it is you"))
        sent_to = self.challenge.sent_to if self.challenge is not None else ""
        self.text.setText(
            QCoreApplication.translate(
                "CodeDialog",
                "We sent a code of 6 digits by SMS to {phone}, the mobile number the registry "
                "holds for you. Type it here and your details are filled in.",
            ).replace("{phone}", sent_to)
        )
        slots = [self.digits[i] if i < len(self.digits) else "–" for i in range(CODE_DIGITS)]
        self.shown.setText("  ".join(slots))
        self.problem.setText(self._problem_text())
        self.problem.setVisible(bool(self._problem))
        self.confirm.setText(QCoreApplication.translate("CodeDialog", "Confirm"))
        self.confirm.setEnabled(len(self.digits) == CODE_DIGITS and not self._dead())
        self.by_hand.setText(QCoreApplication.translate("CodeDialog", "Type my details myself"))
        if self._wait_s > 0:
            self.again.setText(
                QCoreApplication.translate("CodeDialog", "Send a new code (%1 s)").replace(
                    "%1", str(self._wait_s)
                )
            )
        else:
            self.again.setText(QCoreApplication.translate("CodeDialog", "Send a new code"))
        self.again.setEnabled(self._wait_s <= 0)
        for key, button in self.keys.items():
            button.setEnabled(not self._dead() and (key == BACKSPACE or len(self.digits) < 6))

    def _problem_text(self) -> str:
        if self._problem == "identity.code_wrong":
            return QCoreApplication.translate(
                "CodeDialog", "That code is not right. Tries left: %1."
            ).replace("%1", str(self._problem_left or 0))
        if self._problem == "identity.code_expired":
            return QCoreApplication.translate(
                "CodeDialog",
                "This code is no longer valid. Ask for a new code, or type your details.",
            )
        if self._problem == "identity.code_locked":
            return QCoreApplication.translate(
                "CodeDialog", "Too many wrong codes. Ask for a new code, or type your details."
            )
        return ""

    def _dead(self) -> bool:
        return self._problem in ("identity.code_expired", "identity.code_locked")

    # --- input --------------------------------------------------------------------------------------
    def _press(self, key: str) -> None:
        if key == BACKSPACE:
            self.digits = self.digits[:-1]
        elif len(self.digits) < CODE_DIGITS:
            self.digits += key
        if self._problem == "identity.code_wrong":
            self._problem = ""
        self.retranslate()

    def _confirm(self) -> None:
        if len(self.digits) == CODE_DIGITS:
            self.code_entered.emit(self.digits)

    def _manual(self) -> None:
        self.manual.emit()  # the screen closes the dialog once it has read the challenge

    def _tick(self) -> None:
        if self._wait_s > 0:
            self._wait_s -= 1
            self.retranslate()
