"""Track my application (issue: receipts and tracking). A QR scanner types the receipt's URL or the
code followed by Enter into the focused field; the on-screen keyboard is the fallback. The check symbol
catches a typo before any network call; local, remote, not found and offline are told apart clearly."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.core import tracking
from kiosk.ui.backend import KioskBackend, TrackResult
from kiosk.ui.formats import format_datetime
from kiosk.ui.i18n import current, message
from kiosk.ui.tasks import TaskRunner
from kiosk.ui.texts import status_name
from kiosk.ui.widgets.overlay import wrapping_label
from kiosk.ui.widgets.scrolling import scroll_area


class TrackingScreen(QWidget):
    """Signals: ``leave()`` — back to the home screen."""

    leave = Signal()

    def __init__(
        self, backend: KioskBackend, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.backend, self.runner = backend, runner
        self.result: TrackResult | None = None
        self.code = ""
        self.error_code = ""
        self.language = ""  # the language the shown result was asked in
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 16)
        layout.setSpacing(20)
        self.title = wrapping_label(name="title")
        self.intro = wrapping_label(name="subtitle")
        row = QHBoxLayout()
        self.input = QLineEdit(self)
        self.input.setObjectName("trackingInput")
        self.input.setProperty("keyboard", "code")
        self.input.setMaxLength(300)
        self.input.returnPressed.connect(self.check)
        self.input.textEdited.connect(self._edited)
        self.go = QPushButton(self)
        self.go.setObjectName("trackGo")
        self.go.clicked.connect(self.check)
        row.addWidget(self.input, 1)
        row.addWidget(self.go)
        self.error = wrapping_label(role="error")
        self.error.setObjectName("trackingError")
        self.headline = wrapping_label(name="subtitle")
        self.headline.setObjectName("trackingHeadline")
        self.details = wrapping_label()
        self.details.setObjectName("trackingDetails")
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.headline)
        body_layout.addWidget(self.details)
        body_layout.addStretch(1)
        self.back = QPushButton(self)
        self.back.setObjectName("trackBack")
        self.back.setProperty("role", "secondary")
        self.back.clicked.connect(self.leave.emit)
        for widget in (self.title, self.intro):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(scroll_area(body), 1)
        footer = QHBoxLayout()
        footer.addWidget(self.back)
        footer.addStretch(1)
        layout.addLayout(footer)
        self.retranslate()

    def activate(self) -> None:
        """Shown: the field takes the focus so a scanner's typing lands in it."""
        self.clear()
        QTimer.singleShot(0, lambda: self.input.setFocus(Qt.FocusReason.OtherFocusReason))

    def clear(self) -> None:
        self.input.clear()
        self.result, self.code, self.error_code = None, "", ""
        self.retranslate()

    def _edited(self, _text: str) -> None:
        if self.error_code:
            self.error_code = ""
            self.retranslate()

    def check(self) -> None:
        if self.runner.busy:
            return
        self.result = None
        try:
            code = tracking.parse(self.input.text())
        except tracking.InvalidTrackingCode as exc:
            self.error_code = exc.code  # a typo: no network call at all
            self.retranslate()
            return
        self.error_code, self.code = "", code
        self.input.setText(code)
        self._ask(code)

    def _ask(self, code: str) -> None:
        language = self.language = current()
        self.runner.run(
            lambda: self.backend.track(code, language),
            self._show,
            lambda exc: self._show(TrackResult("offline")),
        )

    def _show(self, result: TrackResult) -> None:
        self.result = result
        self.retranslate()
        self.input.selectAll()
        self.input.setFocus()

    def _result_texts(self) -> tuple[str, str]:
        result = self.result
        if result is None:
            return "", ""
        if result.kind == "local" and result.status == "rejected":
            # The central refused it as it is (docs/OUTBOX.md "rejected"): kept here for staff, who
            # correct and send it again; never "will be sent automatically".
            return (
                QCoreApplication.translate(
                    "TrackingScreen", "Kept on this kiosk for staff to check."
                ),
                QCoreApplication.translate(
                    "TrackingScreen",
                    "The utility could not accept it as it is. Staff will check it and contact you; "
                    "you can also ask staff here.",
                ),
            )
        if result.kind == "local":
            return (
                QCoreApplication.translate("TrackingScreen", "Saved on this kiosk, not yet sent."),
                QCoreApplication.translate(
                    "TrackingScreen",
                    "It will be sent automatically as soon as the kiosk is online. "
                    "Nothing more is needed from you.",
                ),
            )
        if result.kind == "offline" and result.sent_at is not None:
            return self._known_texts(result)
        if result.kind == "offline":
            return (
                QCoreApplication.translate("TrackingScreen", "The kiosk cannot check right now."),
                QCoreApplication.translate(
                    "TrackingScreen",
                    "The service cannot be reached at the moment. Please try "
                    "again later, or scan the QR code on your receipt with your phone.",
                ),
            )
        if result.kind == "not_found":
            return (
                QCoreApplication.translate(
                    "TrackingScreen", "No application with this code was found."
                ),
                QCoreApplication.translate(
                    "TrackingScreen",
                    "Please compare the code with your receipt. A new application "
                    "can take a few minutes to appear.",
                ),
            )
        lines = []
        for entry in result.timeline:
            when = format_datetime(str(entry.get("at", "")))
            status = status_name(entry.get("status"), entry.get("status_text"))
            lines.append(f"{when}  —  {status}")
        if result.next_step:
            lines.append("")
            lines.append(
                QCoreApplication.translate("TrackingScreen", "Next: %1").replace(
                    "%1", result.next_step
                )
            )
        headline = QCoreApplication.translate("TrackingScreen", "Status: %1").replace(
            "%1", status_name(result.status, result.status_text)
        )
        return headline, "\n".join(lines)

    @staticmethod
    def _known_texts(result: TrackResult) -> tuple[str, str]:
        """Sent from this kiosk, but the service cannot be asked now: what the kiosk knows, and since
        when, never "not yet sent"."""
        assert result.sent_at is not None
        headline = QCoreApplication.translate(
            "TrackingScreen", "Sent to the utility on %1."
        ).replace("%1", format_datetime(result.sent_at.astimezone()))
        lines = []
        if result.status:
            known = QCoreApplication.translate(
                "TrackingScreen", "Last status known to this kiosk: %1"
            ).replace("%1", status_name(result.status, result.status_text))
            if result.status_at is not None:
                known += f" ({format_datetime(result.status_at.astimezone())})"
            lines.append(known)
        lines.append(
            QCoreApplication.translate(
                "TrackingScreen",
                "The kiosk cannot check for news right now: the service cannot be reached. "
                "Please try again later, or scan the QR code on your receipt with your phone.",
            )
        )
        return headline, "\n".join(lines)

    def retranslate(self) -> None:
        result = self.result
        if (
            result is not None
            and result.kind == "remote"
            and self.code
            and self.language != current()
            and not self.runner.busy
        ):
            self._ask(self.code)  # the server's next step comes in the language asked for
        self.title.setText(QCoreApplication.translate("TrackingScreen", "Track my application"))
        self.intro.setText(
            QCoreApplication.translate(
                "TrackingScreen",
                "Hold the QR code of your receipt under the scanner, or "
                "type the code from the receipt and touch “Check”.",
            )
        )
        self.input.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
        self.go.setText(QCoreApplication.translate("TrackingScreen", "Check"))
        self.back.setText(QCoreApplication.translate("TrackingScreen", "Back to start"))
        self.error.setText(message(self.error_code) if self.error_code else "")
        self.error.setVisible(bool(self.error_code))
        headline, details = self._result_texts()
        self.headline.setText(headline)
        self.details.setText(details)
