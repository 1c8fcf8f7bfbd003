"""Editors for one field of a service definition: a label, the input, a hint and the inline error.

Every editor shows the core's English source texts through Qt's translators (contexts Field, Hint,
Choice, Message) and re-translates in place; ``changed(value)`` reports what the applicant did, never
what the program set.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.core import clock
from kiosk.core.services.model import Field
from kiosk.core.validation import Err
from kiosk.ui.i18n import core_text, message
from kiosk.ui.widgets.overlay import wrapping_label


def repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class FieldWidget(QFrame):
    """Signals: ``changed(str, object)`` — the applicant changed the value of the named field.

    The field's name travels with the signal so receivers connect bound methods, not lambdas: a lambda
    capturing a page keeps every old page alive after its widgets are deleted (a leak per session)."""

    changed = Signal(str, object)

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setObjectName(f"fieldbox_{field.name}")
        self._loading = False
        self._error: Err | None = None
        self.readonly = False
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 8, 0, 8)
        self.box.setSpacing(8)
        self.label = wrapping_label(name="fieldLabel")
        self.hint = wrapping_label(role="hint")
        self.error = wrapping_label(role="error")
        self.error.setObjectName(f"error_{field.name}")
        self.error.hide()
        self.warning = wrapping_label(role="warning")
        self.warning.setObjectName(f"warning_{field.name}")
        self.warning.hide()
        self.box.addWidget(self.label)
        self.box.addWidget(self.hint)
        self.box.addWidget(self.build_input())
        self.box.addWidget(self.error)
        self.box.addWidget(self.warning)

    # --- to override --------------------------------------------------------------------------------
    def build_input(self) -> QWidget:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def apply_readonly(self, readonly: bool) -> None:
        pass

    def retranslate_input(self) -> None:
        pass

    def focus_target(self) -> QWidget:
        """What takes the focus when the applicant is sent to this field (the error summary)."""
        return self

    # --- common -------------------------------------------------------------------------------------
    def emit(self, value: Any) -> None:
        if not self._loading:
            self.changed.emit(self.field.name, value)

    def load(self, value: Any) -> None:
        self._loading = True
        try:
            self.set_value(value)
        finally:
            self._loading = False

    def set_readonly(self, readonly: bool) -> None:
        self.readonly = readonly
        self.apply_readonly(readonly)

    def set_error(self, error: Err | None) -> None:
        self._error = error
        self.error.setVisible(error is not None)
        self.error.setText(message(error.code, error.params) if error else "")

    def set_warning(self, text: str) -> None:
        """Something to know about the answer that does not block (a reading below the last one)."""
        self.warning.setText(text)
        self.warning.setVisible(bool(text))

    @property
    def error_text(self) -> str:
        return self.error.text() if self._error is not None else ""

    def retranslate(self) -> None:
        text = core_text("Field", self.field.label)
        if not self.field.required:
            text += " " + QCoreApplication.translate("FieldWidget", "(optional)")
        self.label.setText(text)
        self.hint.setText(core_text("Hint", self.field.hint))
        self.hint.setVisible(bool(self.field.hint))
        self.set_error(self._error)
        self.retranslate_input()


class TextFieldWidget(FieldWidget):
    """A line the applicant types on the on-screen keyboard chosen by ``field.keyboard``."""

    def build_input(self) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(row)
        self.edit.setObjectName(f"field_{self.field.name}")
        self.edit.setProperty("keyboard", self.field.keyboard)
        self.edit.setMaxLength(500)
        self.edit.textChanged.connect(self.emit)
        layout.addWidget(self.edit, 1)
        self.today: QPushButton | None = None
        if self.field.type == "date":
            self.today = QPushButton(row)
            self.today.setProperty("role", "secondary")
            self.today.clicked.connect(self._set_today)
            layout.addWidget(self.today)
        return row

    def focus_target(self) -> QWidget:
        return self.edit

    def _set_today(self) -> None:
        self.edit.setText(clock.today().strftime("%d.%m.%Y"))

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if self.field.type == "date" and len(text) == 10 and text[4] == "-":
            text = f"{text[8:10]}.{text[5:7]}.{text[0:4]}"  # stored ISO → shown dd.mm.yyyy
        if self.edit.text() != text:
            self.edit.setText(text)

    def apply_readonly(self, readonly: bool) -> None:
        # The theme styles the ``:read-only`` state, which Qt's style sheet follows at each paint: no
        # re-styling (unpolish and polish cost ~0.5 ms a field when a look-up fills a page).
        self.edit.setReadOnly(readonly)
        if self.today is not None:
            self.today.setVisible(not readonly)

    def set_error(self, error: Err | None) -> None:
        super().set_error(error)
        invalid = error is not None
        if bool(self.edit.property("invalid")) != invalid:
            self.edit.setProperty("invalid", invalid)
            repolish(self.edit)

    def retranslate_input(self) -> None:
        if self.field.type == "date":
            self.edit.setPlaceholderText(QCoreApplication.translate("FieldWidget", "dd.mm.yyyy"))
            if self.today is not None:
                self.today.setText(QCoreApplication.translate("FieldWidget", "Today"))


class ChoiceFieldWidget(FieldWidget):
    """One big button per choice; exactly one can be chosen."""

    def build_input(self) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        self.group = QButtonGroup(row)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        for choice in self.field.choices:
            button = QPushButton(row)
            button.setProperty("role", "choice")
            button.setObjectName(f"choice_{self.field.name}_{choice.value}")
            button.setCheckable(True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            button.clicked.connect(lambda _=False, v=choice.value: self.emit(v))
            self.group.addButton(button)
            self.buttons[choice.value] = button
            layout.addWidget(button)
        if len(self.field.choices) > 3:
            layout.setDirection(QVBoxLayout.Direction.TopToBottom)
        return row

    def focus_target(self) -> QWidget:
        return next(iter(self.buttons.values()), self)

    def set_value(self, value: Any) -> None:
        button = self.buttons.get("" if value is None else str(value))
        if button is not None:
            button.setChecked(True)

    def apply_readonly(self, readonly: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(not readonly)

    def retranslate_input(self) -> None:
        for choice in self.field.choices:
            self.buttons[choice.value].setText(core_text("Choice", choice.label))


def make_field(field: Field, **context: Any) -> FieldWidget:
    """The editor for ``field``: buttons for choices, a searchable list for districts, a file picker for
    files, a group of cards for repeated groups, else a line typed on the on-screen keyboard."""
    from kiosk.ui.widgets.district_field import DistrictFieldWidget
    from kiosk.ui.widgets.file_field import FileFieldWidget

    widget: FieldWidget
    if field.choices:
        widget = ChoiceFieldWidget(field)
    elif field.type == "district":
        widget = DistrictFieldWidget(field)
    elif field.type == "file":
        widget = FileFieldWidget(field, **context)
    else:
        widget = TextFieldWidget(field)
    widget.retranslate()
    return widget
