"""A form step of any service: its fields, bound to the wizard, with inline translated errors."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.core import lookups
from kiosk.core.services.model import Step
from kiosk.core.wizard import Wizard
from kiosk.ui.i18n import core_text, message
from kiosk.ui.texts import notice
from kiosk.ui.widgets.fields import FieldWidget, make_field
from kiosk.ui.widgets.group_field import GroupFieldWidget
from kiosk.ui.widgets.overlay import wrapping_label


class FormPage(QWidget):
    """Signals: ``errors_changed()`` — a marked answer was changed (its problem may be put right)."""

    errors_changed = Signal()

    def __init__(
        self,
        wizard: Wizard,
        step: Step,
        notes: dict[str, str],
        parent: QWidget | None = None,
        **context: Any,
    ) -> None:
        super().__init__(parent)
        self.wizard, self.step, self.notes = wizard, step, notes
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        self.hint = wrapping_label(role="hint")
        self.note = wrapping_label(role="note")
        self.note.setObjectName("lookupNote")
        self.warnings = wrapping_label(role="warning")
        layout.addWidget(self.hint)
        layout.addWidget(self.note)
        self.fields: dict[str, FieldWidget] = {}
        self.groups: dict[str, GroupFieldWidget] = {}
        for field in step.fields:
            if field.type == "group":
                group = GroupFieldWidget(field, self, **context)
                group.item_changed.connect(self._item_changed)
                group.add_requested.connect(self._add)
                group.remove_requested.connect(self._remove)
                self.groups[field.name] = group
                layout.addWidget(group)
            else:
                widget = make_field(field, **context)
                widget.changed.connect(self._changed)
                self.fields[field.name] = widget
                layout.addWidget(widget)
        layout.addWidget(self.warnings)
        layout.addStretch(1)
        self.refresh()

    # --- wizard binding -----------------------------------------------------------------------------
    def _changed(self, name: str, value: Any) -> None:
        shown = name in self.wizard.shown_errors
        self.wizard.set(name, value)
        if shown:  # the message follows what is typed until the field is right
            error = self.wizard.errors(self.step).get(name)
            if error is not None:
                self.wizard.shown_errors[name] = error
            self.fields[name].set_error(error)
            self.errors_changed.emit()
        if name in lookups.KEY_FIELDS.values():
            self.refresh()

    def _item_changed(self, group: str, index: int, name: str, value: Any) -> None:
        key = f"{group}.{index}.{name}"
        shown = key in self.wizard.shown_errors
        self.wizard.set_item(group, index, name, value)
        if shown:
            error = self.wizard.errors(self.step).get(key)
            if error is not None:
                self.wizard.shown_errors[key] = error
            self.groups[group].set_item_error(index, name, error)
            self.errors_changed.emit()
        self._show_warnings()

    def _add(self, group: str) -> None:
        if self.wizard.add_item(group):
            self.groups[group].load(self.wizard.items(group))

    def _remove(self, group: str, index: int) -> None:
        if self.wizard.remove_item(group, index):
            self.groups[group].load(self.wizard.items(group))
            self.groups[group].set_errors(self.wizard.shown_errors)

    # --- showing ------------------------------------------------------------------------------------
    def refresh(self, retranslate: bool = True) -> None:
        """Show the wizard's answers, read-only marks and errors; ``retranslate=False`` when the caller
        re-translates the page next anyway (the wizard's render)."""
        answers = self.wizard.answers
        for name, widget in self.fields.items():
            widget.load(answers.get(name))
            widget.set_readonly(name in self.wizard.readonly)
        for name, group in self.groups.items():
            group.load(self.wizard.items(name))
        self.show_errors()
        if retranslate:
            self.retranslate()

    def show_errors(self) -> None:
        errors = self.wizard.shown_errors
        for name, widget in self.fields.items():
            widget.set_error(errors.get(name))
        for group in self.groups.values():
            group.set_errors(errors)

    def first_error_widget(self) -> QWidget | None:
        for name, widget in self.fields.items():
            if name in self.wizard.shown_errors:
                return widget
        for group in self.groups.values():
            for card in group.cards:
                for widget in card.fields.values():
                    if widget.error_text:
                        return widget
        return None

    def widget_for(self, key: str) -> FieldWidget | None:
        """The editor of an answer: ``fin``, or ``meters.0.reading`` inside a group's card."""
        if key in self.fields:
            return self.fields[key]
        group, _, rest = key.partition(".")
        index, _, name = rest.partition(".")
        if group in self.groups and index.isdigit():
            cards = self.groups[group].cards
            if int(index) < len(cards):
                return cards[int(index)].fields.get(name)
        return None

    def _note_key(self) -> str | None:
        names = {f.name for f in self.step.fields}
        for kind, fills in lookups.FILLS.items():
            if names & set(fills) and kind in self.notes:
                return self.notes[kind]
        return None

    def _show_warnings(self) -> None:
        """A warning about one item of a group (``item`` in its parameters) shows at that card's field
        the code names (``reading.below_last`` → the reading) as soon as it is typed; others below."""
        page_level: list[str] = []
        at_fields: dict[str, dict[tuple[int, str], str]] = {name: {} for name in self.groups}
        for code, params in self.wizard.warnings():
            item = str(params.get("item", ""))
            name = code.split(".", 1)[0]
            group = next(
                (g for g in self.groups.values() if name in {f.name for f in g.field.fields}),
                None,
            )
            if group is not None and item.isdigit():
                at_fields[group.field.name][(int(item) - 1, name)] = message(code, params)
            else:
                page_level.append(message(code, params))
        for name, group in self.groups.items():
            group.set_item_warnings(at_fields[name])
        relevant = self.groups and page_level
        self.warnings.setText("\n".join(page_level) if relevant else "")
        self.warnings.setVisible(bool(relevant))

    def retranslate(self) -> None:
        self.hint.setText(core_text("Hint", self.step.hint))
        self.hint.setVisible(bool(self.step.hint))
        key = self._note_key()
        self.note.setText(notice(key) if key else "")
        self.note.setVisible(key is not None)
        for widget in self.fields.values():
            widget.retranslate()
        for group in self.groups.values():
            group.retranslate()
        self._show_warnings()
