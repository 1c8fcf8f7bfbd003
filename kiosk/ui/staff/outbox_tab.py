"""The Outbox section: counts, last sync and last error, "sync now", the pending and refused
submissions (masked) with the server's reason, putting one back after correcting it, retention."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidgetItem, QWidget

from kiosk.core.i18n import fill
from kiosk.staff.rows import MaskedRow
from kiosk.staff.service import Overview, Retention, StaffService
from kiosk.ui.i18n import core_text
from kiosk.ui.staff import texts
from kiosk.ui.staff.tab import StaffTab, make_button, make_list, row_text
from kiosk.ui.tasks import TaskRunner

translate = QCoreApplication.translate


class OutboxTab(StaffTab):
    def __init__(self, runner: TaskRunner, service: Callable[[], StaffService | None]) -> None:
        super().__init__("staffOutbox", runner, service)
        self.summary = QLabel(self)
        self.summary.setObjectName("staffSummary")
        self.summary.setWordWrap(True)
        self.retention_label = QLabel(self)
        self.retention_label.setObjectName("staffRetention")
        self.retention_label.setWordWrap(True)
        buttons = QHBoxLayout()
        self.refresh_button = make_button("staffRefresh", self)
        self.sync_button = make_button("staffSyncNow", self)
        self.check_button = make_button("staffCheck", self)
        self.purge_button = make_button("staffPurge", self)
        self.halt_button = make_button("staffClearHalt", self)
        self.halt_button.hide()
        for button in (
            self.refresh_button,
            self.sync_button,
            self.check_button,
            self.purge_button,
            self.halt_button,
        ):
            buttons.addWidget(button)
        self.refresh_button.clicked.connect(self.refresh)
        self.sync_button.clicked.connect(self.sync_now)
        self.check_button.clicked.connect(self.check)
        self.purge_button.clicked.connect(self.purge)
        self.halt_button.clicked.connect(self.clear_halt)
        self.list = make_list("staffSubmissions")
        self.list.currentItemChanged.connect(lambda *_: self._select())
        self.reason = QLabel(self)
        self.reason.setObjectName("staffReason")
        self.reason.setWordWrap(True)
        self.corrections_box = QWidget(self)
        self.corrections = QFormLayout(self.corrections_box)
        self.edits: dict[str, QLineEdit] = {}
        self.put_back_button = make_button("staffPutBack", self)
        self.put_back_button.clicked.connect(self.put_back)
        self.put_back_button.setEnabled(False)
        self.column.addWidget(self.summary)
        self.column.addWidget(self.retention_label)
        self.column.addLayout(buttons)
        self.column.addWidget(self.message)
        self.column.addWidget(self.list, 1)
        self.column.addWidget(self.reason)
        self.column.addWidget(self.corrections_box)
        self.column.addWidget(self.put_back_button)
        self.rows: list[MaskedRow] = []
        self.retranslate()

    # --- loading -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        def load(service: StaffService) -> tuple[Overview, Retention, list[MaskedRow]]:
            return service.overview(), service.retention(), service.submissions()

        self.call(load, self._loaded)

    def _loaded(self, result: tuple[Overview, Retention, list[MaskedRow]]) -> None:
        overview, retention, rows = result
        self._show_overview(overview)
        self.retention_label.setText(
            fill(
                translate(
                    "Staff",
                    "Personal data of sent applications is kept %1 days: removed from %2, "
                    "due for removal now: %3.",
                ),
                retention.retention_days,
                retention.purged,
                retention.purgeable,
            )
        )
        selected = self.selected()
        self.rows = rows
        self.list.clear()
        for row in rows:
            item = QListWidgetItem(row_text(row))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.list.addItem(item)
            if selected is not None and row.id == selected.id:
                self.list.setCurrentItem(item)
        self._select()

    def _show_overview(self, overview: Overview) -> None:
        counts = overview.counts
        lines = [
            fill(
                translate("Staff", "Waiting: %1 · Being sent: %2 · Sent: %3 · Refused: %4"),
                counts.get("pending", 0),
                counts.get("sending", 0),
                counts.get("sent", 0),
                counts.get("rejected", 0),
            ),
            fill(
                translate("Staff", "Last successful sync: %1"),
                overview.last_success_at.strftime("%Y-%m-%d %H:%M")
                if overview.last_success_at
                else translate("Staff", "never"),
            ),
        ]
        if overview.last_error:
            lines.append(
                fill(
                    translate("Staff", "Last error: %1 (%2)"),
                    texts.words(overview.last_error_id),
                    overview.last_error.split(":", 1)[0],
                )
            )
        if overview.halted:
            lines.append(
                fill(
                    translate("Staff", "The outbox has stopped taking submissions: %1"),
                    overview.halted,
                )
            )
        self.halt_button.setVisible(bool(overview.halted))
        self.summary.setText("\n".join(lines))

    # --- the selected submission -------------------------------------------------------------------
    def selected(self) -> MaskedRow | None:
        item = self.list.currentItem()
        if item is None:
            return None
        wanted = item.data(Qt.ItemDataRole.UserRole)
        return next((r for r in self.rows if r.id == wanted), None)

    def _select(self) -> None:
        row = self.selected()
        while self.corrections.rowCount():
            self.corrections.removeRow(0)
        self.edits.clear()
        self.put_back_button.setEnabled(row is not None and row.state in ("rejected", "pending"))
        if row is None:
            self.reason.clear()
            return
        errors = ", ".join(f"{k}: {v}" for k, v in sorted(row.errors.items()))
        self.reason.setText(
            fill(translate("Staff", "Server's reason: %1 %2"), row.reason or "-", errors).strip()
        )
        for fix in row.correctable:
            edit = QLineEdit(self.corrections_box)
            edit.setObjectName(f"correct_{fix.name}")
            edit.setProperty("keyboard", fix.keyboard)
            edit.setPlaceholderText(fix.masked_value)
            edit.setMinimumHeight(64)
            self.corrections.addRow(core_text("Field", fix.label), edit)
            self.edits[fix.name] = edit

    # --- actions -----------------------------------------------------------------------------------
    def put_back(self) -> None:
        row = self.selected()
        if row is None:
            return
        corrections = {name: edit.text() for name, edit in self.edits.items()}

        def done(updated: Any) -> None:
            self.say(fill(translate("Staff", "%1 is back in the queue."), updated.tracking_code))
            self.refresh()

        self.call(lambda s: s.put_back(row.id, corrections), done)

    def sync_now(self) -> None:
        def done(report: dict[str, Any]) -> None:
            self.say(
                fill(
                    translate("Staff", "Sent: %1 · Refused: %2 · To retry: %3"),
                    report.get("sent", 0),
                    report.get("rejected", 0),
                    report.get("retried", 0),
                )
            )
            self.refresh()

        self.call(lambda s: s.sync_now(), done)

    def check(self) -> None:
        def done(problems: list[str]) -> None:
            if problems:
                self.say(
                    fill(
                        translate("Staff", "The outbox file has problems: %1"),
                        "; ".join(problems[:3]),
                    )
                )
            else:
                self.say(translate("Staff", "The outbox file is sound."))

        self.call(lambda s: s.integrity(), done)

    def purge(self) -> None:
        def done(count: int) -> None:
            self.say(
                fill(translate("Staff", "Personal data removed from %1 sent applications."), count)
            )
            self.refresh()

        self.call(lambda s: s.purge_now(), done)

    def clear_halt(self) -> None:
        def done(_: object) -> None:
            self.say(translate("Staff", "The outbox takes submissions again."))
            self.refresh()

        self.call(lambda s: s.clear_halt(), done)

    def clear(self) -> None:
        super().clear()
        self.rows = []
        self.list.clear()
        self.summary.clear()
        self.retention_label.clear()
        self._select()

    def retranslate(self) -> None:
        self.refresh_button.setText(translate("Staff", "Refresh"))
        self.sync_button.setText(translate("Staff", "Sync now"))
        self.check_button.setText(translate("Staff", "Check the outbox"))
        self.purge_button.setText(translate("Staff", "Remove old personal data now"))
        self.halt_button.setText(translate("Staff", "Take submissions again"))
        self.put_back_button.setText(translate("Staff", "Put back in the queue"))
