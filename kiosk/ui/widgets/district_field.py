"""Choosing a district or city: type a few letters to filter, then touch it in the list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.districts import all_districts, find, search
from kiosk.core.text import fold
from kiosk.ui.i18n import current
from kiosk.ui.widgets.fields import FieldWidget
from kiosk.ui.widgets.overlay import wrapping_label
from kiosk.ui.widgets.scrolling import kinetic


class DistrictFieldWidget(FieldWidget):
    def build_input(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.filter = QLineEdit(box)
        self.filter.setObjectName(f"filter_{self.field.name}")
        self.filter.setProperty("keyboard", "text")
        self.filter.textChanged.connect(self._filter)
        self.list = QListWidget(box)
        self.list.setObjectName(f"list_{self.field.name}")
        self.list.setMinimumHeight(300)
        self.list.setMaximumHeight(360)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        kinetic(self.list)
        self.list.itemClicked.connect(self._picked)
        self.chosen = wrapping_label(role="value")
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addWidget(self.chosen)
        self.value: str | None = None
        self._fill()
        return box

    def focus_target(self) -> QWidget:
        return self.filter

    def _fill(self) -> None:
        lang = current()
        self.list.clear()
        for district in sorted(all_districts(), key=lambda d: fold(d.name(lang))):
            item = QListWidgetItem(district.name(lang))
            item.setData(Qt.ItemDataRole.UserRole, district.id)
            self.list.addItem(item)
            if district.id == self.value:
                item.setSelected(True)
        self._filter(self.filter.text())

    def _filter(self, text: str) -> None:
        # The core's matching, so that a city district ("Yasamal") or a transliteration offers its unit.
        shown = {d.id for d in search(text)}
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(item.data(Qt.ItemDataRole.UserRole) not in shown)

    def _picked(self, item: QListWidgetItem) -> None:
        self.value = str(item.data(Qt.ItemDataRole.UserRole))
        self._show_chosen()
        self.emit(self.value)

    def item_for(self, district_id: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == district_id:
                return item
        return None

    def _show_chosen(self) -> None:
        found = find(self.value) if self.value else None
        if found is None:
            self.chosen.setText("")
            return
        self.chosen.setText(
            QCoreApplication.translate("DistrictField", "Chosen: %1").replace(
                "%1", found.name(current())
            )
        )

    def set_value(self, value: Any) -> None:
        found = find(str(value)) if value else None
        self.value = found.id if found else None
        item = self.item_for(self.value) if self.value else None
        self.list.clearSelection()
        if item is not None:
            item.setSelected(True)
        self._show_chosen()

    def apply_readonly(self, readonly: bool) -> None:
        self.filter.setVisible(not readonly)
        self.list.setEnabled(not readonly)  # the style follows the enabled state by itself

    def retranslate_input(self) -> None:
        self.filter.setPlaceholderText(
            QCoreApplication.translate("DistrictField", "Type to search, then touch the name")
        )
        self._fill()
        self._show_chosen()
