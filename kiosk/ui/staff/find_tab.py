"""The Find section: an application by tracking code, mobile number or FİN (applicants often lose the
code), shown masked, with a reprint of its receipt."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QListWidgetItem

from kiosk.core.i18n import fill
from kiosk.staff.rows import MaskedRow
from kiosk.staff.service import StaffService
from kiosk.ui.staff.tab import StaffTab, make_button, make_list, row_text
from kiosk.ui.tasks import TaskRunner

translate = QCoreApplication.translate


class FindTab(StaffTab):
    def __init__(self, runner: TaskRunner, service: Callable[[], StaffService | None]) -> None:
        super().__init__("staffFind", runner, service)
        self.input = QLineEdit(self)
        self.input.setObjectName("staffFindInput")
        self.input.setProperty("keyboard", "text")
        self.input.setMinimumHeight(72)
        buttons = QHBoxLayout()
        self.by_tracking = make_button("staffFindTracking", self)
        self.by_mobile = make_button("staffFindMobile", self)
        self.by_fin = make_button("staffFindFin", self)
        for kind, button in (
            ("tracking", self.by_tracking),
            ("mobile", self.by_mobile),
            ("fin", self.by_fin),
        ):
            button.clicked.connect(lambda _=False, k=kind: self.search(k))
            buttons.addWidget(button)
        self.results = make_list("staffFindResults")
        self.reprint_button = make_button("staffReprint", self)
        self.reprint_button.clicked.connect(self.reprint)
        self.column.addWidget(self.input)
        self.column.addLayout(buttons)
        self.column.addWidget(self.message)
        self.column.addWidget(self.results, 1)
        self.column.addWidget(self.reprint_button)
        self.rows: list[MaskedRow] = []
        self.retranslate()

    def search(self, kind: str) -> None:
        text = self.input.text().strip()
        self.input.clear()  # what was typed is personal data: it does not stay on screen
        if not text:
            return
        self.call(lambda s: s.find(kind, text), self._found)

    def _found(self, rows: list[MaskedRow]) -> None:
        self.rows = rows
        self.results.clear()
        for row in rows:
            item = QListWidgetItem(row_text(row))
            item.setData(Qt.ItemDataRole.UserRole, row.tracking_code)
            self.results.addItem(item)
        if rows:
            self.results.setCurrentRow(0)
            self.say(fill(translate("Staff", "Found: %1"), len(rows)))
        else:
            self.say(translate("Staff", "Nothing found on this kiosk."))

    def reprint(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        code = str(item.data(Qt.ItemDataRole.UserRole))

        def done(outcome: Any) -> None:
            if outcome.ok:
                self.say(fill(translate("Staff", "The receipt of %1 is printed."), code))
            else:
                self.failed(_PrintFailed(outcome.message_id or "printer.failed"))

        self.call(lambda s: s.reprint(code), done)

    def clear(self) -> None:
        super().clear()
        self.input.clear()
        self.results.clear()
        self.rows = []

    def retranslate(self) -> None:
        self.input.setPlaceholderText(translate("Staff", "Tracking code, mobile number or FIN"))
        self.by_tracking.setText(translate("Staff", "Find by tracking code"))
        self.by_mobile.setText(translate("Staff", "Find by mobile number"))
        self.by_fin.setText(translate("Staff", "Find by FIN"))
        self.reprint_button.setText(translate("Staff", "Print the receipt again"))


class _PrintFailed(Exception):
    def __init__(self, message_id: str) -> None:
        super().__init__(message_id)
        self.message_id = message_id
