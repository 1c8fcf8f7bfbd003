"""After submitting: the tracking code in large type with its QR code, the fee, whether it is sent or
still saved on the kiosk (following the outbox live), what happens next and when, and "Print receipt".
Home returns by itself after a minute; "Finish" asks first when no receipt was printed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.fees import Quote
from kiosk.core.money import format_money
from kiosk.core.services.model import Service
from kiosk.ui.backend import KioskBackend, PrintOutcome, SubmissionState, Submitted
from kiosk.ui.i18n import current
from kiosk.ui.tasks import TaskRunner
from kiosk.ui.texts import notice
from kiosk.ui.widgets.confirm_dialog import ConfirmDialog
from kiosk.ui.widgets.overlay import wrapping_label
from kiosk.ui.widgets.qr import QrCode
from kiosk.ui.widgets.scrolling import scroll_area

AUTO_HOME_MS = 60_000
RATING_SCORES = (1, 2, 3, 4, 5)
RATING_BUTTON_PX = 96  # well above the 60 px touch target of every button

translate = QCoreApplication.translate


class ConfirmationScreen(QWidget):
    """Signals: ``done()`` — the applicant finished (or a minute passed)."""

    done = Signal()

    def __init__(
        self,
        backend: KioskBackend,
        runner: TaskRunner,
        parent: QWidget | None = None,
        quiet: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.backend, self.runner = backend, runner
        self.quiet = quiet or runner  # the outbox state is asked without the "please wait" overlay
        self.submitted: Submitted | None = None
        self.quote: Quote | None = None
        self.service: Service | None = None
        self.send_state: SubmissionState | None = None
        self.printed = False
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
        self.qr = QrCode(self)
        self.qr.setObjectName("trackingQr")
        self.qr_caption = wrapping_label(role="hint")
        self.qr_caption.setObjectName("qrCaption")
        self.qr_caption.setMaximumWidth(300)
        self.fee = wrapping_label(name="subtitle")
        self.fee.setObjectName("confirmationFee")
        self.state = wrapping_label(role="note")
        self.state.setObjectName("sendState")
        self.expected = wrapping_label()
        self.expected.setObjectName("expectedTime")
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
        self.done_button.clicked.connect(self.finish)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.done_button)
        buttons.addStretch(1)
        rating = self._build_rating()
        head = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        head.setSpacing(32)
        self.head = head
        code_column = QVBoxLayout()
        for widget in (self.title, self.code_caption, self.code, self.fee):
            code_column.addWidget(widget)
        code_column.addStretch(1)
        qr_column = QVBoxLayout()
        qr_column.addWidget(self.qr)
        qr_column.addWidget(self.qr_caption)
        qr_column.addStretch(1)
        head.addLayout(code_column, 1)
        head.addLayout(qr_column)
        layout.addLayout(head)
        for widget in (self.state, self.expected, self.next_steps, self.print_result):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addLayout(rating)
        layout.addStretch(1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.done.emit)
        self.auto_home_ms = AUTO_HOME_MS
        self.leave_unprinted: ConfirmDialog | None = None

    # --- the optional rating (strategy 000 §4.4: satisfaction) ------------------------------------------
    def _build_rating(self) -> QVBoxLayout:
        """ "How was the service?" and five big buttons; one tap rates, thanks follow, nothing waits."""
        self.score: int | None = None
        column = QVBoxLayout()
        column.setSpacing(12)
        self.rating_question = wrapping_label(name="subtitle")
        self.rating_question.setObjectName("ratingQuestion")
        self.rating_scale = wrapping_label(role="hint")
        self.rating_scale.setObjectName("ratingScale")
        row = QHBoxLayout()
        row.setSpacing(16)
        self.rating_buttons: list[QPushButton] = []
        for score in RATING_SCORES:
            button = QPushButton(str(score), self)
            button.setObjectName(f"rate{score}")
            button.setProperty("role", "secondary")
            button.setMinimumSize(RATING_BUTTON_PX, RATING_BUTTON_PX)
            button.clicked.connect(lambda _checked=False, score=score: self.rate(score))
            self.rating_buttons.append(button)
            row.addWidget(button)
        row.addStretch(1)
        self.rating_thanks = wrapping_label(role="note")
        self.rating_thanks.setObjectName("ratingThanks")
        self.rating_thanks.hide()
        for widget in (self.rating_question, self.rating_scale):
            column.addWidget(widget)
        column.addLayout(row)
        column.addWidget(self.rating_thanks)
        return column

    def rate(self, score: int) -> None:
        """One tap: the rating goes to the outbox off the UI thread and the thanks show at once."""
        if self.submitted is None or self.score is not None:
            return
        self.score = score
        self.timer.start(self.auto_home_ms)
        self._show_rating()
        code = self.submitted.tracking_code
        keep = getattr(self.backend, "rate", None)
        if callable(keep):
            self.quiet.run(lambda: keep(code, score), lambda _result: None, lambda _exc: None)

    def _show_rating(self) -> None:
        rated = self.score is not None
        for widget in (self.rating_question, self.rating_scale, *self.rating_buttons):
            widget.setVisible(not rated)
        self.rating_thanks.setVisible(rated)

    def resizeEvent(self, event: object) -> None:
        # Portrait: the QR code goes below the code, which alone takes most of 1080 px.
        direction = (
            QBoxLayout.Direction.TopToBottom
            if self.width() < 1400
            else QBoxLayout.Direction.LeftToRight
        )
        if self.head.direction() != direction:
            self.head.setDirection(direction)
        super().resizeEvent(event)  # type: ignore[arg-type]

    # --- showing a result ---------------------------------------------------------------------------
    def show_result(
        self, submitted: Submitted, quote: Quote | None, service: Service | None = None
    ) -> None:
        self.submitted, self.quote, self.service = submitted, quote, service
        self.send_state = SubmissionState("sent" if submitted.sent else "pending")
        self.printed = False
        self._print_key = ""
        self.score = None
        self._show_rating()
        self.print_button.setEnabled(True)
        url = getattr(self.backend, "tracking_url", None)
        self.qr.set_data(url(submitted.tracking_code) if callable(url) else "")
        self.timer.start(self.auto_home_ms)
        self.retranslate()
        self.refresh_state()

    def refresh_state(self) -> None:
        """Ask the outbox where the submission stands (the sync worker may have sent it meanwhile)."""
        submitted = self.submitted
        ask = getattr(self.backend, "submission_state", None)
        if submitted is None or not callable(ask):
            return
        code = submitted.tracking_code
        self.quiet.run(
            lambda: ask(code), lambda state: self._state_known(code, state), lambda exc: None
        )

    def _state_known(self, code: str, state: SubmissionState | None) -> None:
        if self.submitted is None or self.submitted.tracking_code != code or state is None:
            return
        if state != self.send_state:
            self.send_state = state
            self.retranslate()

    def clear(self) -> None:
        self.timer.stop()
        self.submitted, self.quote, self.service, self.send_state = None, None, None, None
        self.printed, self._print_key = False, ""
        self.score = None
        self._show_rating()
        self.code.clear()
        self.qr.set_data("")
        if self.leave_unprinted is not None:
            self.leave_unprinted.close_overlay()

    # --- printing and leaving -----------------------------------------------------------------------
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
        self.printed = self.printed or outcome.ok
        self._print_key = "printed" if outcome.ok else (outcome.message_id or "printer.failed")
        self.print_button.setEnabled(not outcome.ok)
        self.retranslate()

    def finish(self) -> None:
        """ "Finish": without a printed receipt, the code on this screen is all the applicant has."""
        if self.printed or self.submitted is None:
            self.done.emit()
            return
        if self.leave_unprinted is None:
            self.leave_unprinted = ConfirmDialog(self.window(), "leaveUnprinted")
            self.leave_unprinted.accepted.connect(self.done.emit)
            self.leave_unprinted.declined.connect(lambda: self.timer.start(self.auto_home_ms))
        self.timer.start(self.auto_home_ms)
        self.leave_unprinted.ask(self._unprinted_texts)

    @staticmethod
    def _unprinted_texts() -> tuple[str, str, str, str]:
        return (
            translate("ConfirmationScreen", "Your receipt is not printed"),
            translate(
                "ConfirmationScreen",
                "Without the receipt, the tracking code on this screen is the only way to follow "
                "your application. Print the receipt, or take a photo of the code and the QR code "
                "first.",
            ),
            translate("ConfirmationScreen", "Finish without a receipt"),
            translate("ConfirmationScreen", "Stay on this page"),
        )

    # --- texts --------------------------------------------------------------------------------------
    def _state_text(self) -> str:
        state = self.send_state.state if self.send_state else "pending"
        if state == "sent":
            return notice("sent")
        if state == "rejected":
            return notice("refused")
        return notice("saved_offline")

    def retranslate(self) -> None:
        self.title.setText(translate("ConfirmationScreen", "Your application has been registered"))
        self.code_caption.setText(translate("ConfirmationScreen", "Your tracking code:"))
        self.code.setText(self.submitted.tracking_code if self.submitted else "")
        self.qr_caption.setText(
            translate("ConfirmationScreen", "Scan with your phone to follow your application.")
        )
        fee = ""
        if self.quote is not None:
            fee = translate("ConfirmationScreen", "Fee: %1").replace(
                "%1", format_money(self.quote.amount, current())
            )
        self.fee.setText(fee)
        self.fee.setVisible(bool(fee))
        self.state.setText(self._state_text())
        self.state.setProperty("state", self.send_state.state if self.send_state else "")
        days = self.service.target_days if self.service is not None else None
        self.expected.setText(
            translate(
                "ConfirmationScreen",
                "What to expect: the utility aims to decide and connect within %1 days.",
            ).replace("%1", str(days))
            if days
            else translate(
                "ConfirmationScreen",
                "What to expect: the utility checks your application and tells you its "
                "decision by SMS.",
            )
        )
        self.next_steps.setText(
            translate(
                "ConfirmationScreen",
                "You will get an SMS about the result. To follow your application, "
                "scan the QR code on the receipt with your phone, or use “Track my application” here.",
            )
        )
        self.print_button.setText(translate("ConfirmationScreen", "Print receipt"))
        self.done_button.setText(translate("ConfirmationScreen", "Finish"))
        self.rating_question.setText(
            translate("ConfirmationScreen", "How was the service? Tap a number, if you like.")
        )
        self.rating_scale.setText(translate("ConfirmationScreen", "1 is very bad, 5 is very good."))
        for score, button in zip(RATING_SCORES, self.rating_buttons, strict=True):
            button.setAccessibleName(
                translate("ConfirmationScreen", "Rate %1 out of 5").replace("%1", str(score))
            )
        self.rating_thanks.setText(translate("ConfirmationScreen", "Thank you for your rating."))
        self.print_result.setText(notice(self._print_key) if self._print_key else "")
        self.print_result.setVisible(bool(self._print_key))
        self.print_result.setProperty("role", "note" if self._print_key == "printed" else "warning")
        self.print_result.style().unpolish(self.print_result)
        self.print_result.style().polish(self.print_result)
        if self.leave_unprinted is not None:
            self.leave_unprinted.retranslate()
