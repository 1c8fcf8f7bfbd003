"""The Printer, Diagnostics, Tariffs and Audit sections of the staff dashboard."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from kiosk.core.i18n import fill
from kiosk.staff.audit import CONSOLE, AuditEntry
from kiosk.staff.diagnostics import DiskInfo, NetworkReport, Probe
from kiosk.staff.service import PrinterState, StaffService
from kiosk.staff.tariffs import ScheduleInfo
from kiosk.ui.staff.tab import StaffTab, make_button, make_list
from kiosk.ui.tasks import TaskRunner

translate = QCoreApplication.translate
Service = Callable[[], StaffService | None]


def _label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):,.0f}".replace(",", " ")


class PrinterTab(StaffTab):
    def __init__(self, runner: TaskRunner, service: Service) -> None:
        super().__init__("staffPrinter", runner, service)
        self.state = _label("staffPrinterState")
        self.test_button = make_button("staffTestPrint", self)
        self.test_button.clicked.connect(self.test_print)
        self.column.addWidget(self.state)
        self.column.addWidget(self.test_button)
        self.column.addWidget(self.message)
        self.column.addStretch(1)
        self.retranslate()

    def refresh(self) -> None:
        self.call(lambda s: s.printer_state(), self._show)

    def _show(self, state: PrinterState) -> None:
        ready = translate("Staff", "ready") if state.ready else translate("Staff", "not ready")
        text = fill(
            translate("Staff", "Printer: %1 (%2), %3"), state.backend, state.connection, ready
        )
        if state.problem:
            text += "\n" + state.problem
        self.state.setText(text)

    def test_print(self) -> None:
        def done(path: str) -> None:
            text = translate("Staff", "The test receipt is printed.")
            self.say(text + (f"\n{path}" if path else ""))

        self.call(lambda s: s.test_print(), done)

    def clear(self) -> None:
        super().clear()
        self.state.clear()

    def retranslate(self) -> None:
        self.test_button.setText(translate("Staff", "Print a test receipt"))


class DiagnosticsTab(StaffTab):
    def __init__(self, runner: TaskRunner, service: Service) -> None:
        super().__init__("staffDiagnostics", runner, service)
        self.disk = _label("staffDisk")
        self.network = _label("staffNetwork")
        self.network_button = make_button("staffRunNetwork", self)
        self.network_button.clicked.connect(self.run_network)
        self.column.addWidget(self.disk)
        self.column.addWidget(self.network_button)
        self.column.addWidget(self.network)
        self.column.addWidget(self.message)
        self.column.addStretch(1)
        self.retranslate()

    def refresh(self) -> None:
        self.call(lambda s: s.disk(), self._show_disk)

    def _show_disk(self, info: DiskInfo) -> None:
        text = fill(
            translate("Staff", "Disk: %1 MB free of %2 MB (%3)"),
            _mb(info.free),
            _mb(info.total),
            info.path,
        )
        if info.low:
            text += "\n" + translate("Staff", "Little disk space is left: tell IT.")
        self.disk.setText(text)

    def run_network(self) -> None:
        self.network.setText(translate("Staff", "Checking…"))
        self.call(lambda s: s.network(), self._show_network)

    def _step(self, name: str, probe: Probe) -> str:
        if probe.ok:
            ms = f"{probe.ms:.0f}" if probe.ms is not None else "-"
            return fill(translate("Staff", "%1: OK, %2 ms"), name, ms)
        return fill(translate("Staff", "%1: failed (%2)"), name, probe.problem)

    def _show_network(self, report: NetworkReport) -> None:
        lines = [
            fill(translate("Staff", "Central API: %1"), report.url),
            self._step(translate("Staff", "Name look-up (DNS)"), report.dns),
            self._step(translate("Staff", "Connection (TCP)"), report.tcp),
            self._step(translate("Staff", "Central API answer"), report.api),
        ]
        self.network.setText("\n".join(lines))

    def clear(self) -> None:
        super().clear()
        self.disk.clear()
        self.network.clear()

    def retranslate(self) -> None:
        self.network_button.setText(translate("Staff", "Check the network"))


class TariffsTab(StaffTab):
    def __init__(self, runner: TaskRunner, service: Service) -> None:
        super().__init__("staffTariffs", runner, service)
        self.list = make_list("staffSchedules")
        self.update_button = make_button("staffUpdateTariffs", self)
        self.update_button.clicked.connect(self.update_from_central)
        self.column.addWidget(self.list, 1)
        self.column.addWidget(self.update_button)
        self.column.addWidget(self.message)
        self.retranslate()

    def refresh(self) -> None:
        self.call(lambda s: s.schedules(), self._show)

    def _show(self, schedules: list[ScheduleInfo]) -> None:
        self.list.clear()
        for info in reversed(schedules):
            origin = (
                translate("Staff", "bundled")
                if info.origin == "bundled"
                else translate("Staff", "from the central server")
            )
            text = fill(
                translate("Staff", "%1 · in effect from %2 · %3 · %4"),
                info.id,
                info.effective_from.isoformat(),
                origin,
                info.source,
            )
            if info.in_force:
                text = translate("Staff", "IN FORCE") + " · " + text
            self.list.addItem(text)

    def update_from_central(self) -> None:
        def done(result: tuple[str, bool, list[ScheduleInfo]]) -> None:
            schedule_id, changed, schedules = result
            self._show(schedules)
            if changed:
                self.say(
                    fill(translate("Staff", "Schedule %1 downloaded and in use."), schedule_id)
                )
            else:
                self.say(fill(translate("Staff", "Schedule %1 is already here."), schedule_id))

        self.call(lambda s: s.update_tariffs(), done)

    def clear(self) -> None:
        super().clear()
        self.list.clear()

    def retranslate(self) -> None:
        self.update_button.setText(translate("Staff", "Update from the central server"))


class AuditTab(StaffTab):
    def __init__(self, runner: TaskRunner, service: Service) -> None:
        super().__init__("staffAudit", runner, service)
        self.check = _label("staffAuditCheck")
        self.list = make_list("staffAuditList")
        self.column.addWidget(self.check)
        self.column.addWidget(self.list, 1)
        self.column.addWidget(self.message)

    def refresh(self) -> None:
        def load(s: StaffService) -> tuple[list[AuditEntry], list[str]]:
            return s.audit_entries(), s.audit_problems()

        self.call(load, self._show)

    def _show(self, result: tuple[list[AuditEntry], list[str]]) -> None:
        entries, problems = result
        if problems:
            self.check.setText(
                fill(
                    translate("Staff", "The audit log has been altered: %1"),
                    "; ".join(problems[:3]),
                )
            )
        else:
            self.check.setText(translate("Staff", "The audit log is intact."))
        self.list.clear()
        for entry in entries:
            self.list.addItem(self._line(entry))

    def _line(self, entry: AuditEntry) -> str:
        if entry.slot == CONSOLE:
            who = translate("Staff", "console")
        elif entry.slot is None:
            who = "-"
        else:
            who = fill(translate("Staff", "slot %1"), entry.slot)
        details = ", ".join(f"{k}={_short(v)}" for k, v in sorted(entry.details.items()))
        when = entry.when.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        return f"{when} · {who} · {entry.action}" + (f" · {details}" if details else "")

    def clear(self) -> None:
        super().clear()
        self.check.clear()
        self.list.clear()


def _short(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"
