"""A meter photo from the applicant's phone (docs/PHOTOS.md): the QR code, the short code, the wait.

The overlay asks the central for a hand-off link, shows it as a QR code (and a short code to type when
the phone's camera cannot read it), then polls about once a second from a worker thread
(:class:`kiosk.ui.tasks.TaskRunner`, never the UI thread) until the phone has sent a photo. The photo is
checked again here as a USB file is (:func:`kiosk.core.attachments.check`) and handed to the field.

When the link expires or the photo cannot be used, "New code" asks for another one. When the kiosk loses
the central, it says so and offers to send the application with the photo to follow (the applicant adds
it from the status page; nothing they typed is lost); it keeps polling, and waits on when the link comes
back. Cancelling, or the session ending (the field's page is dropped), tells the central to drop the link.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.core import attachments
from kiosk.core.validation import Err, Ok
from kiosk.ui.i18n import message
from kiosk.ui.input_watch import applicant_activity
from kiosk.ui.widgets.overlay import Overlay, wrapping_label
from kiosk.ui.widgets.qr import QrCode

POLL_MS = 1000  # the photo shows within a second or two of the phone sending it
OFFLINE_POLL_MS = 3000


def poll_and_check(
    handoffs: Any, handoff_id: str, max_bytes: int, accept: tuple[str, ...]
) -> tuple[str, Ok | Err | None]:
    """One poll, and the photo's check when it came (in the worker thread: decoding takes a while)."""
    polled = handoffs.poll(handoff_id)
    if polled.state != "photo":
        return polled.state, None
    kind = attachments.sniff(polled.data) or ""
    name = "meter-photo" + attachments.EXTENSIONS.get(kind, ".jpg")
    return "photo", attachments.check(polled.data, name, max_bytes, accept)


class PhoneOverlay(Overlay):
    """Signals: ``received(object)`` — a checked :class:`~kiosk.core.attachments.Attachment`;
    ``later()`` — the applicant sends the application with the photo to follow."""

    received = Signal(object)
    later = Signal()

    def __init__(
        self,
        parent: QWidget,
        handoffs: Any,
        runner: Any,
        field_path: str,
        max_bytes: int,
        accept: tuple[str, ...],
        alive: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(parent)
        self.handoffs = handoffs
        self.runner = runner
        self.field_path = field_path
        self.max_bytes = max_bytes
        self.accept = tuple(a for a in accept if a in attachments.IMAGE_TYPES) or (
            attachments.IMAGE_TYPES
        )
        self.alive = alive
        self.handoff: Any = None
        self.state = "idle"  # asking waiting offline expired refused failed done
        self.problem = ""
        self.closed = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._poll)

        self.dialog.setMaximumWidth(1100)
        self.title = wrapping_label(name="title")
        self.steps = wrapping_label(role="value")
        row = QHBoxLayout()
        row.setSpacing(32)
        self.qr = QrCode(self.dialog, size=340)
        self.qr.setObjectName("phoneQr")
        self.qr.setVisible(False)
        column = QVBoxLayout()
        self.code_hint = wrapping_label(role="note")
        self.code = wrapping_label(name="phoneCode")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.code.setStyleSheet("font-size: 44px; font-weight: 700; letter-spacing: 4px;")
        self.status = wrapping_label(role="value", name="phoneStatus")
        column.addWidget(self.code_hint)
        column.addWidget(self.code)
        column.addSpacing(16)
        column.addWidget(self.status)
        column.addStretch(1)
        row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(column, 1)
        buttons = QHBoxLayout()
        self.again = QPushButton(self.dialog)
        self.again.setObjectName("phoneNewCode")
        self.again.clicked.connect(self.start)
        self.send_later = QPushButton(self.dialog)
        self.send_later.setObjectName("phoneLater")
        self.send_later.setProperty("role", "secondary")
        self.send_later.clicked.connect(self._later)
        self.cancel_button = QPushButton(self.dialog)
        self.cancel_button.setObjectName("phoneCancel")
        self.cancel_button.setProperty("role", "secondary")
        self.cancel_button.clicked.connect(self.cancel)
        for button in (self.again, self.send_later, self.cancel_button):
            buttons.addWidget(button)
        self.body.addWidget(self.title)
        self.body.addWidget(self.steps)
        self.body.addLayout(row)
        self.body.addLayout(buttons)
        self.retranslate()

    # -------------------------------------------------------------------------------------- flow

    def start(self) -> None:
        """Ask for a (new) link and show it; the old one, if any, is dropped."""
        self._drop_current()
        self.closed = False
        self._set_state("asking")
        self.open()
        self.runner.run(
            partial(self.handoffs.create, self.field_path),
            self._created,
            self._create_failed,
            timeout_s=10,
        )

    def _created(self, handoff: Any) -> None:
        if self.closed:
            self._drop(handoff)  # cancelled meanwhile: the link must not stay open
            return
        self.handoff = handoff
        self.qr.set_data(handoff.url)
        self._set_state("waiting")
        self.timer.start(POLL_MS)

    def _create_failed(self, exc: Exception) -> None:
        if self.closed:
            return
        self._set_state("offline" if _is_offline(exc) else "failed")

    def _poll(self) -> None:
        if self.closed or self.handoff is None:
            return
        if not self.alive():  # the session ended under the overlay: drop the link, say nothing
            self.cancel()
            return
        job = partial(poll_and_check, self.handoffs, self.handoff.id, self.max_bytes, self.accept)
        self.runner.run(
            job,
            partial(self._polled, self.handoff),
            partial(self._poll_failed, self.handoff),
            timeout_s=10,
        )

    def _polled(self, handoff: Any, result: tuple[str, Ok | Err | None]) -> None:
        if self.closed or handoff is not self.handoff:
            return
        state, checked = result
        if state == "photo":
            applicant_activity()  # they were busy with their phone, not away: the idle time starts again
        if state == "waiting":
            self._set_state("waiting")
            self.timer.start(POLL_MS)
        elif state == "photo" and isinstance(checked, Ok):
            self.handoff = None  # fetched: the central dropped it already
            self._set_state("done")
            self.closed = True
            self.close_overlay()
            self.received.emit(checked.value)
        elif state == "photo" and isinstance(checked, Err):
            self.handoff = None
            self.problem = message(checked.code, checked.params)
            self._set_state("refused")
        else:
            self.handoff = None
            self._set_state("expired")

    def _poll_failed(self, handoff: Any, exc: Exception) -> None:
        if self.closed or handoff is not self.handoff:
            return
        self._set_state("offline" if _is_offline(exc) else "failed")
        self.timer.start(OFFLINE_POLL_MS)  # the link may come back while the applicant reads

    def _later(self) -> None:
        self.cancel()
        self.later.emit()

    def cancel(self) -> None:
        """Close, and tell the central to drop the link (in the background; it purges it anyway)."""
        self.closed = True
        self.timer.stop()
        self._drop_current()
        self.close_overlay()

    def _drop_current(self) -> None:
        self.timer.stop()
        if self.handoff is not None:
            self._drop(self.handoff)
            self.handoff = None
        self.qr.set_data("")

    def _drop(self, handoff: Any) -> None:
        self.runner.run(
            partial(self.handoffs.drop, handoff.id), lambda _r: None, lambda _e: None, timeout_s=10
        )

    # ------------------------------------------------------------------------------------- texts

    def _set_state(self, state: str) -> None:
        self.state = state
        showing_code = state in ("waiting", "offline") and self.handoff is not None
        self.qr.setVisible(showing_code)
        self.code.setVisible(showing_code)
        self.code_hint.setVisible(showing_code)
        self.again.setVisible(state in ("expired", "refused", "failed", "offline"))
        self.send_later.setVisible(state in ("offline", "failed", "expired", "refused"))
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(
            QCoreApplication.translate("PhonePhoto", "Send the photo from your phone")
        )
        self.steps.setText(
            QCoreApplication.translate(
                "PhonePhoto",
                "1. Scan the code with your phone's camera. 2. Take a photo of the meter on which "
                "its factory number and reading can be read, or choose one. 3. Send it: it appears "
                "here.",
            )
        )
        if self.handoff is not None:
            hint = QCoreApplication.translate(
                "PhonePhoto", "No QR reader? Open %1 and type this code:"
            )
            self.code_hint.setText(hint.replace("%1", self.handoff.code_url or ""))
            self.code.setText(self.handoff.code)
        texts = {
            "idle": "",
            "asking": QCoreApplication.translate("PhonePhoto", "Getting a code…"),
            "waiting": QCoreApplication.translate("PhonePhoto", "Waiting for your photo…"),
            "done": QCoreApplication.translate("PhonePhoto", "The photo has arrived."),
            "expired": QCoreApplication.translate(
                "PhonePhoto", "The code has expired. Touch “New code” to get another one."
            ),
            "offline": QCoreApplication.translate(
                "PhonePhoto",
                "The kiosk cannot reach the network now. You can send the application now and add "
                "the photo later from your phone: the receipt tells you how. Your answers are kept.",
            ),
            "failed": QCoreApplication.translate(
                "PhonePhoto", "The code could not be made. Touch “New code” to try again."
            ),
            "refused": QCoreApplication.translate(
                "PhonePhoto",
                "The photo that arrived cannot be used: %1 Send another one with a new code.",
            ),
        }
        text = texts.get(self.state, "")
        self.status.setText(text.replace("%1", self.problem))
        self.again.setText(QCoreApplication.translate("PhonePhoto", "New code"))
        self.send_later.setText(QCoreApplication.translate("PhonePhoto", "Send the photo later"))
        self.cancel_button.setText(QCoreApplication.translate("PhonePhoto", "Cancel"))


def _is_offline(exc: Exception) -> bool:
    from kiosk.backend_protocol import BackendOffline

    return isinstance(exc, BackendOffline)
