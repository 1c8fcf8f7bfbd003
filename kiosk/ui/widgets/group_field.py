"""A repeated group, e.g. the meters of one address (Azərsu guide 002, 4: "Add another meter"): a card
per item with its own fields, "Remove" on each card while more than the minimum remain, and "Add"."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.core.services.model import Field
from kiosk.core.validation import Err
from kiosk.ui.i18n import core_text, message
from kiosk.ui.widgets.fields import FieldWidget, make_field
from kiosk.ui.widgets.overlay import wrapping_label


class _ItemCard(QFrame):
    def __init__(self, group: GroupFieldWidget, index: int) -> None:
        super().__init__(group)
        self.setProperty("role", "card")
        self.setObjectName(f"item_{group.field.name}_{index}")
        self.index = index
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        head = QHBoxLayout()
        self.title = wrapping_label(name="subtitle")
        self.remove = QPushButton(self)
        self.remove.setObjectName(f"remove_{group.field.name}_{index}")
        self.remove.setProperty("role", "secondary")
        self.group = group
        self.remove.clicked.connect(self._remove_clicked)
        head.addWidget(self.title, 1)
        head.addWidget(self.remove)
        layout.addLayout(head)
        self.fields: dict[str, FieldWidget] = {}
        for sub in group.field.fields:
            widget = make_field(sub, **group.context)
            widget.setObjectName(f"fieldbox_{group.field.name}_{index}_{sub.name}")
            widget.changed.connect(self._sub_changed)
            self.fields[sub.name] = widget
            layout.addWidget(widget)

    def _remove_clicked(self) -> None:
        self.group.remove_requested.emit(self.group.field.name, self.index)

    def _sub_changed(self, name: str, value: object) -> None:
        self.group.item_changed.emit(self.group.field.name, self.index, name, value)

    def retranslate(self, count: int) -> None:
        self.title.setText(
            core_text("GroupField", self.group.field.item_label).replace("%1", str(self.index + 1))
        )
        self.remove.setText(core_text("GroupField", self.group.field.remove_label))
        for widget in self.fields.values():
            widget.retranslate()


class GroupFieldWidget(QFrame):
    """Signals (each led by the group's field name): ``item_changed(str, int, str, object)``,
    ``add_requested(str)``, ``remove_requested(str, int)``."""

    item_changed = Signal(str, int, str, object)
    add_requested = Signal(str)
    remove_requested = Signal(str, int)

    def __init__(self, field: Field, parent: QWidget | None = None, **context: Any) -> None:
        super().__init__(parent)
        self.field = field
        self.context = context
        self.cards: list[_ItemCard] = []
        self._errors: dict[str, Err] = {}
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(24)
        self.label = wrapping_label(name="fieldLabel")
        self.error = wrapping_label(role="error")
        self.add = QPushButton(self)
        self.add.setObjectName(f"add_{field.name}")
        self.add.setProperty("role", "secondary")
        self.add.clicked.connect(self._add_clicked)
        self.box.addWidget(self.label)
        self.box.addWidget(self.add)
        self.box.addWidget(self.error)

    def _add_clicked(self) -> None:
        self.add_requested.emit(self.field.name)

    def load(self, items: list[Mapping[str, Any]]) -> None:
        if len(items) != len(self.cards):
            for card in self.cards:
                card.setParent(None)
                card.deleteLater()
            self.cards = []
            for index in range(len(items)):
                card = _ItemCard(self, index)
                self.box.insertWidget(1 + index, card)
                self.cards.append(card)
        for card, item in zip(self.cards, items, strict=True):
            for name, widget in card.fields.items():
                widget.load(item.get(name))
        self._update_buttons()
        self.retranslate()

    def _update_buttons(self) -> None:
        count = len(self.cards)
        self.add.setVisible(count < self.field.max_items)
        for card in self.cards:
            card.remove.setVisible(count > self.field.min_items)

    def set_errors(self, errors: Mapping[str, Err]) -> None:
        self._errors = dict(errors)
        prefix = f"{self.field.name}."
        for card in self.cards:
            for name, widget in card.fields.items():
                widget.set_error(errors.get(f"{prefix}{card.index}.{name}"))
        group_error = errors.get(self.field.name)
        self.error.setVisible(group_error is not None)
        self.error.setText(message(group_error.code, group_error.params) if group_error else "")

    def set_item_warnings(self, warnings: Mapping[tuple[int, str], str]) -> None:
        """Warnings shown at a card's field, keyed by (item index, field name)."""
        for card in self.cards:
            for name, widget in card.fields.items():
                widget.set_warning(warnings.get((card.index, name), ""))

    def set_item_error(self, index: int, name: str, error: Err | None) -> None:
        if 0 <= index < len(self.cards) and name in self.cards[index].fields:
            self.cards[index].fields[name].set_error(error)

    def retranslate(self) -> None:
        self.label.setText(core_text("Field", self.field.label))
        self.add.setText(core_text("GroupField", self.field.add_label))
        for card in self.cards:
            card.retranslate(len(self.cards))
        self.set_errors(self._errors)
