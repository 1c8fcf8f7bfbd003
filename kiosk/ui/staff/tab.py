"""What every dashboard section shares: the staff service, the task runner, a message line, lists."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from kiosk.core import messages
from kiosk.core.i18n import fill
from kiosk.core.services import SERVICES
from kiosk.staff.rows import MaskedRow
from kiosk.staff.service import StaffError, StaffService
from kiosk.ui.i18n import core_text, message
from kiosk.ui.staff import texts
from kiosk.ui.tasks import TaskRunner
from kiosk.ui.widgets.scrolling import kinetic, scroll_area

log = logging.getLogger(__name__)

CALL_TIMEOUT_S = 30.0
BUTTON_PX = 72


def make_list(name: str) -> QListWidget:
    widget = QListWidget()
    widget.setObjectName(name)
    widget.setWordWrap(True)
    widget.setSpacing(4)
    kinetic(widget)
    return widget


def make_button(name: str, parent: QWidget | None = None) -> QPushButton:
    button = QPushButton(parent)
    button.setObjectName(name)
    button.setMinimumHeight(BUTTON_PX)
    return button


def service_name(service_id: str) -> str:
    """The service's name in the staff member's language, never its id (``water_reading``)."""
    service = SERVICES.get(service_id)
    return core_text("Service", service.title) if service is not None else service_id


def row_text(row: MaskedRow) -> str:
    """One submission in a list: only masked personal data."""
    parts = [row.tracking_code, service_name(row.service), texts.state(row.state)]
    parts += [p for p in (row.person, row.fin, row.mobile) if p]
    if row.purged:
        parts.append(QCoreApplication.translate("Staff", "personal data removed"))
    if row.unreadable:
        parts.append(QCoreApplication.translate("Staff", "cannot be read"))
    if row.reason:
        parts.append(fill(QCoreApplication.translate("Staff", "reason: %1"), row.reason))
    return " · ".join(parts)


class StaffTab(QWidget):
    """A section of the dashboard. ``refresh()`` runs when it is shown."""

    def __init__(
        self, name: str, runner: TaskRunner, service: Callable[[], StaffService | None]
    ) -> None:
        super().__init__()
        self.setObjectName(name)
        self.runner = runner
        self._service = service
        # The section scrolls when it is taller than the screen (the settings form on a 1080 px screen).
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.body = QWidget(self)
        outer.addWidget(scroll_area(self.body))
        self.column = QVBoxLayout(self.body)
        self.column.setContentsMargins(24, 24, 24, 24)
        self.column.setSpacing(16)
        self.message = QLabel(self)
        self.message.setObjectName(f"{name}Message")
        self.message.setWordWrap(True)

    @property
    def service(self) -> StaffService:
        service = self._service()
        if service is None:
            raise StaffError("staff.signed_out")
        return service

    def call(self, fn: Callable[[StaffService], Any], done: Callable[[Any], None]) -> None:
        """Run ``fn(service)`` off the UI thread; ``done(result)`` back on it, errors shown here."""
        service = self._service()
        if service is None:
            return
        self.runner.run(lambda: fn(service), done, self.failed, timeout_s=CALL_TIMEOUT_S)

    def failed(self, exc: Exception) -> None:
        if isinstance(exc, StaffError):
            if exc.message_id == "settings.invalid":
                self.say(texts.words(exc.message_id, exc.key, exc.detail))
            elif exc.message_id in messages.TEXTS:  # a validator's verdict on a corrected field
                self.say(f"{exc.key}: {message(exc.message_id)}")
            else:
                self.say(texts.words(exc.message_id))
        else:
            log.warning("staff action failed: %s", type(exc).__name__)
            self.say(texts.words(getattr(exc, "message_id", type(exc).__name__)))

    def say(self, text: str) -> None:
        self.message.setText(text)

    def refresh(self) -> None:
        """Load what the section shows (override)."""

    def clear(self) -> None:
        """Forget what was shown (override; staff mode ended)."""
        self.message.clear()

    def retranslate(self) -> None:
        """Set the fixed texts (override)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
