"""The staff dashboard: who is signed in, the sections, "leave staff mode" and "exit to the desktop"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from kiosk.core.i18n import fill
from kiosk.core.services import SERVICES
from kiosk.staff.service import StaffService
from kiosk.ui.i18n import core_text
from kiosk.ui.staff.find_tab import FindTab
from kiosk.ui.staff.outbox_tab import OutboxTab
from kiosk.ui.staff.settings_tab import SettingsTab
from kiosk.ui.staff.tab import StaffTab, make_button, service_name
from kiosk.ui.staff.tools_tabs import AuditTab, DiagnosticsTab, PrinterTab, TariffsTab
from kiosk.ui.tasks import TaskRunner

translate = QCoreApplication.translate


class Dashboard(QWidget):
    """Signals: ``leave()`` — back to the kiosk; ``exit_desktop()`` — close the kiosk program;
    ``help_handled()`` — staff dealt with the applicant's "Call staff"."""

    leave = Signal()
    exit_desktop = Signal()
    help_handled = Signal()

    def __init__(self, runner: TaskRunner, service: Callable[[], StaffService | None]) -> None:
        super().__init__()
        self.setObjectName("staffDashboard")
        self._service = service
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 16, 16, 16)
        header = QHBoxLayout()
        self.who = QLabel(self)
        self.who.setObjectName("staffWho")
        self.leave_button = make_button("staffLeave", self)
        self.leave_button.clicked.connect(self.leave.emit)
        self.exit_button = make_button("staffExit", self)
        self.exit_button.clicked.connect(self.exit_desktop.emit)
        header.addWidget(self.who, 1)
        help_row = QHBoxLayout()
        self.help = QLabel(self)
        self.help.setObjectName("staffHelp")
        self.help.setProperty("role", "warning")
        self.help.setWordWrap(True)
        self.help_done = make_button("staffHelpDone", self)
        self.help_done.clicked.connect(self._help_done)
        help_row.addWidget(self.help, 1)
        help_row.addWidget(self.help_done)
        self.help_request: Any = None
        header.addWidget(self.leave_button)
        header.addWidget(self.exit_button)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("staffTabs")
        self.outbox = OutboxTab(runner, service)
        self.lookup = FindTab(runner, service)
        self.printer = PrinterTab(runner, service)
        self.diagnostics = DiagnosticsTab(runner, service)
        self.tariffs = TariffsTab(runner, service)
        self.settings = SettingsTab(runner, service)
        self.audit = AuditTab(runner, service)
        self.sections: list[StaffTab] = [
            self.outbox,
            self.lookup,
            self.printer,
            self.diagnostics,
            self.tariffs,
            self.settings,
            self.audit,
        ]
        for section in self.sections:
            self.tabs.addTab(section, "")
        self.tabs.currentChanged.connect(lambda _: self.refresh())
        column.addLayout(header)
        column.addLayout(help_row)
        column.addWidget(self.tabs, 1)
        self.retranslate()

    def open(self, slot: int) -> None:
        self.who.setText(fill(translate("Staff", "Staff mode · slot %1"), slot))
        self.tabs.setCurrentWidget(self.outbox)
        self.refresh()

    def show_help(self, request: Any) -> None:
        """The applicant's "Call staff" (a ``HelpRequest``), or None."""
        self.help_request = request
        self._show_help()

    def _help_done(self) -> None:
        self.show_help(None)
        self.help_handled.emit()

    def _show_help(self) -> None:
        request = self.help_request
        self.help.setVisible(request is not None)
        self.help_done.setVisible(request is not None)
        if request is None:
            return
        where = translate("Staff", "the start screen")
        if request.service in SERVICES:
            service = SERVICES[request.service]
            where = service_name(request.service)
            steps = {step.name: step for step in service.steps}
            if request.step in steps:
                where += " · " + core_text("Step", steps[request.step].title)
        elif request.screen != "HomeScreen":
            # A screen's name for staff, never its class name (an unknown one: "another screen").
            where = {
                "ConfirmationScreen": translate("Staff", "the confirmation"),
                "TrackingScreen": translate("Staff", "Track my application"),
                "ApologyScreen": translate("Staff", "the page that says something went wrong"),
            }.get(request.screen) or translate("Staff", "another screen")
        self.help.setText(
            fill(
                translate("Staff", "An applicant asked for help at %1 (on: %2)."),
                request.at.strftime("%H:%M"),
                where,
            )
        )

    def refresh(self) -> None:
        current = self.tabs.currentWidget()
        if isinstance(current, StaffTab) and self._service() is not None:
            current.refresh()

    def clear(self) -> None:
        self.who.clear()
        for section in self.sections:
            section.clear()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.leave_button.setText(translate("Staff", "Leave staff mode"))
        self.exit_button.setText(translate("Staff", "Exit to the desktop"))
        self.help_done.setText(translate("Staff", "Help given"))
        self._show_help()
        names = [
            translate("Staff", "Outbox"),
            translate("Staff", "Find"),
            translate("Staff", "Printer"),
            translate("Staff", "Diagnostics"),
            translate("Staff", "Tariffs"),
            translate("Staff", "Settings"),
            translate("Staff", "Audit"),
        ]
        for index, name in enumerate(names):
            self.tabs.setTabText(index, name)
