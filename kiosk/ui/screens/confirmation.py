"""After submitting: the tracking code in large type, the fee, whether it was sent or saved, and
"Print receipt". Home returns by itself after a minute."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.core.fees import Quote
from kiosk.core.money import format_money
from kiosk.ui.backend import KioskBackend, PrintOutcome, Submitted
from kiosk.ui.i18n import current
from kiosk.ui.tasks import TaskRunner
from kiosk.ui.texts import notice
from kiosk.ui.widgets.overlay import wrapping_label
from kiosk.ui.widgets.scrolling import scroll_area

AUTO_HOME_MS = 60_000


class ConfirmationScreen(QWidget):
    """Signals: ``done()`` — the applicant finished (or a minute passed)."""

    done = Signal()

    def __init__(
        self, backend: KioskBackend, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.backend, self.runner = backend, runner
        self.submitted: Submitted | None = None
        self.quote: Quote | None = None
        self._print_key = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        content = QWidget()
        outer.addWidget(scroll_area(content))
        layout = QVBoxLayout(content)
        layout.setContentsMargins(64, 48, 64, 32)
        layout.setSpacing(24)
        self.title = wrapping_label(name="title")
        self.code_caption = wrapping_label(name="subtitle")
        self.code = QLabel(self)
        self.code.setObjectName("trackingCode")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.fee = wrapping_label(name="subtitle")
        self.fee.setObjectName("confirmationFee")
        self.state = wrapping_label(role="note")
        self.state.setObjectName("sendState")
        self.next_steps = wrapping_label()
        self.print_result = wrapping_label(role="note")
        self.print_result.setObjectName("printResult")
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printReceipt")
        self.print_button.clicked.connect(self.print_receipt)
        self.done_button = QPushButton(self)
        self.done_button.setObjectName("finish")
        self.done_button.setProperty("role", "secondary")
        self.done_button.clicked.connect(self.done.emit)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.done_button)
        buttons.addStretch(1)
        for widget in (
            self.title,
            self.code_caption,
            self.code,
            self.fee,
            self.state,
            self.next_steps,
            self.print_result,
        ):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.done.emit)
        self.auto_home_ms = AUTO_HOME_MS

    def show_result(self, submitted: Submitted, quote: Quote | None) -> None:
        self.submitted, self.quote = submitted, quote
        self._print_key = ""
        self.print_button.setEnabled(True)
        self.timer.start(self.auto_home_ms)
        self.retranslate()

    def clear(self) -> None:
        self.timer.stop()
        self.submitted, self.quote, self._print_key = None, None, ""
        self.code.clear()

    def print_receipt(self) -> None:
        if self.submitted is None or self.runner.busy:
            return
        code, language = self.submitted.tracking_code, current()
        self.timer.start(self.auto_home_ms)
        self.runner.run(
            lambda: self.backend.print_receipt(code, language),
            self._printed,
            lambda exc: self._printed(PrintOutcome(False, "printer.failed")),
            timeout_s=60,
        )

    def _printed(self, outcome: PrintOutcome) -> None:
        self._print_key = "printed" if outcome.ok else (outcome.message_id or "printer.failed")
        self.print_button.setEnabled(not outcome.ok)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(
            QCoreApplication.translate("ConfirmationScreen", "Your application has been registered")
        )
        self.code_caption.setText(
            QCoreApplication.translate("ConfirmationScreen", "Your tracking code:")
        )
        self.code.setText(self.submitted.tracking_code if self.submitted else "")
        fee = ""
        if self.quote is not None:
            fee = QCoreApplication.translate("ConfirmationScreen", "Fee: %1").replace(
                "%1", format_money(self.quote.amount, current())
            )
        self.fee.setText(fee)
        self.fee.setVisible(bool(fee))
        sent = bool(self.submitted and self.submitted.sent)
        self.state.setText(notice("sent" if sent else "saved_offline"))
        self.next_steps.setText(
            QCoreApplication.translate(
                "ConfirmationScreen",
                "You will get an SMS about the result. To follow your application, "
                "scan the QR code on the receipt with your phone, or use “Track my application” here.",
            )
        )
        self.print_button.setText(QCoreApplication.translate("ConfirmationScreen", "Print receipt"))
        self.done_button.setText(QCoreApplication.translate("ConfirmationScreen", "Finish"))
        self.print_result.setText(notice(self._print_key) if self._print_key else "")
        self.print_result.setVisible(bool(self._print_key))
        self.print_result.setProperty("role", "note" if self._print_key == "printed" else "warning")
        self.print_result.style().unpolish(self.print_result)
        self.print_result.style().polish(self.print_result)
