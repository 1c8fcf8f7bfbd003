"""The Settings section: kiosk id, centre name, central API URL, printer, idle time-out, default
language — checked by the kiosk's own configuration rules before they are saved."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit

from kiosk.core.i18n import QT_TRANSLATE_NOOP, fill
from kiosk.staff.service import StaffService
from kiosk.staff.settings import EDITABLE, SavedSettings
from kiosk.ui.staff.tab import StaffTab, make_button
from kiosk.ui.tasks import TaskRunner

translate = QCoreApplication.translate

LABELS = {
    "kiosk_id": QT_TRANSLATE_NOOP("Staff", "Kiosk id"),
    "centre_name": QT_TRANSLATE_NOOP("Staff", "ASAN centre"),
    "central_url": QT_TRANSLATE_NOOP("Staff", "Central API URL"),
    "printer": QT_TRANSLATE_NOOP("Staff", "Printer (pdf, system, escpos)"),
    "idle_timeout_s": QT_TRANSLATE_NOOP("Staff", "Idle time-out, seconds"),
    "language": QT_TRANSLATE_NOOP("Staff", "Default language (az, ru, en)"),
}
KEYBOARDS = {"idle_timeout_s": "numeric"}


class SettingsTab(StaffTab):
    def __init__(self, runner: TaskRunner, service: Callable[[], StaffService | None]) -> None:
        super().__init__("staffSettings", runner, service)
        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        self.edits: dict[str, QLineEdit] = {}
        for key in EDITABLE:
            edit = QLineEdit(self)
            edit.setObjectName(f"setting_{key}")
            edit.setProperty("keyboard", KEYBOARDS.get(key, "text"))
            edit.setMinimumHeight(64)
            label = QLabel(self)
            self.form.addRow(label, edit)
            self.labels[key], self.edits[key] = label, edit
        self.path = QLabel(self)
        self.path.setObjectName("staffSettingsPath")
        self.path.setWordWrap(True)
        self.save_button = make_button("staffSaveSettings", self)
        self.save_button.clicked.connect(self.save)
        self.column.addLayout(self.form)
        self.column.addWidget(self.save_button)
        self.column.addWidget(self.message)
        self.column.addWidget(self.path)
        self.column.addStretch(1)
        self.retranslate()

    def refresh(self) -> None:
        self.call(lambda s: (s.settings(), str(s.settings_path)), self._show)

    def _show(self, result: tuple[dict[str, str], str]) -> None:
        values, path = result
        for key, edit in self.edits.items():
            edit.setText(values.get(key, ""))
        self.path.setText(fill(translate("Staff", "Saved in %1"), path))

    def save(self) -> None:
        changes = {key: edit.text() for key, edit in self.edits.items()}

        def done(saved: SavedSettings) -> None:
            text = translate("Staff", "Saved. The new settings apply from the next start.")
            if saved.overridden:
                text += "\n" + fill(
                    translate("Staff", "An environment variable still overrides: %1"),
                    ", ".join(saved.overridden),
                )
            self.say(text)

        self.call(lambda s: s.save_settings(changes), done)

    def clear(self) -> None:
        super().clear()
        for edit in self.edits.values():
            edit.clear()

    def retranslate(self) -> None:
        for key, label in self.labels.items():
            label.setText(translate("Staff", LABELS[key]))
        self.save_button.setText(translate("Staff", "Check and save"))
