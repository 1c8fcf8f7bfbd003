"""Check your answers: every answer grouped by page, each page with "Change"."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.core import attachments
from kiosk.core.districts import find
from kiosk.core.fees import QuoteError
from kiosk.core.money import format_money
from kiosk.core.services.model import Field
from kiosk.core.wizard import Wizard
from kiosk.ui.formats import format_date, format_number, format_phone
from kiosk.ui.i18n import core_text, current, message
from kiosk.ui.widgets.overlay import wrapping_label

NUMERIC_KINDS = ("power", "station_power", "connected_power", "reading")


def shown_value(field: Field, value: Any) -> str:
    """An answer as the applicant reads it back."""
    if value is None or value == "" or value == []:
        return QCoreApplication.translate("ReviewPage", "Not given")
    if isinstance(value, attachments.Attachment):
        return value.filename
    if isinstance(value, attachments.ToFollow):
        return QCoreApplication.translate("ReviewPage", "Photo to follow (from the status page)")
    if field.choices:
        for choice in field.choices:
            if choice.value == str(value):
                return core_text("Choice", choice.label)
    if field.type == "district":
        found = find(str(value))
        return found.name(current()) if found else str(value)
    kind = field.validator_name or field.type
    if kind in ("mobile", "phone"):
        return format_phone(str(value))
    if field.type == "date" or kind == "reading_date":
        return format_date(str(value))
    if kind in NUMERIC_KINDS or field.type == "number":
        return format_number(value, current())
    if field.type == "group" and isinstance(value, list):
        lines = []
        for index, item in enumerate(value, start=1):
            parts = [
                f"{core_text('Field', sub.label)}: {shown_value(sub, item.get(sub.name))}"
                for sub in field.fields
            ]
            lines.append(
                core_text("GroupField", field.item_label).replace("%1", str(index))
                + "\n  "
                + "\n  ".join(parts)
            )
        return "\n".join(lines)
    return str(value)


class ReviewPage(QWidget):
    def __init__(
        self,
        wizard: Wizard,
        on_change: Callable[[str], None],
        seen_fee: Decimal | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.wizard = wizard
        self.seen_fee = seen_fee  # the fee shown when the applicant went on from the fee page
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(20)
        self.intro = wrapping_label(name="subtitle")
        layout.addWidget(self.intro)
        self.sections: list[tuple[Any, Any, QPushButton, list[tuple[Field, Any, Any, Any]]]] = []
        self.registry_notes: list[Any] = []
        for step, answers in wizard.summary():
            card = QFrame(self)
            card.setProperty("role", "card")
            card.setObjectName(f"review_{step.name}")
            box = QVBoxLayout(card)
            box.setContentsMargins(24, 16, 24, 16)
            head = QHBoxLayout()
            title = wrapping_label(name="fieldLabel")
            change = QPushButton(card)
            change.setObjectName(f"change_{step.name}")
            change.setProperty("role", "link")
            change.clicked.connect(lambda _=False, name=step.name: on_change(name))
            # Data the registry filled in cannot be changed here: no "Change" that leads nowhere.
            fixed = bool(step.fields) and all(f.name in wizard.readonly for f in step.fields)
            change.setVisible(not fixed)
            head.addWidget(title, 1)
            head.addWidget(change)
            box.addLayout(head)
            grid = QGridLayout()
            grid.setColumnStretch(1, 1)
            grid.setHorizontalSpacing(24)
            rows = []
            for row, (field, value) in enumerate(answers):
                label, shown = wrapping_label(role="hint"), wrapping_label(role="value")
                grid.addWidget(label, row, 0)
                grid.addWidget(shown, row, 1)
                rows.append((field, value, label, shown))
            box.addLayout(grid)
            if fixed:
                registry = wrapping_label(role="hint")
                registry.setObjectName(f"registry_{step.name}")
                box.addWidget(registry)
                self.registry_notes.append(registry)
            layout.addWidget(card)
            self.sections.append((step, title, change, rows))
        self.fee = wrapping_label(name="subtitle")
        self.fee.setObjectName("reviewFee")
        self.warnings = wrapping_label(role="warning")
        layout.addWidget(self.fee)
        layout.addWidget(self.warnings)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(
            QCoreApplication.translate(
                "ReviewPage", "Please check your answers. Touch “Change” to correct a page."
            )
        )
        for note in self.registry_notes:
            note.setText(
                QCoreApplication.translate(
                    "ReviewPage",
                    "From the state registry. If something is wrong, please ask staff: it cannot "
                    "be changed here.",
                )
            )
        for step, title, change, rows in self.sections:
            title.setText(core_text("Step", step.title))
            change.setText(QCoreApplication.translate("ReviewPage", "Change"))
            for field, value, label, shown in rows:
                label.setText(core_text("Field", field.label))
                shown.setText(shown_value(field, value))
        fee_text, changed = "", False
        if self.wizard.service.fee == "connection":
            quote = self.wizard.quote()
            if not isinstance(quote, QuoteError):
                amount = format_money(quote.amount, current())
                changed = self.seen_fee is not None and quote.amount != self.seen_fee
                if changed and self.seen_fee is not None:
                    fee_text = (
                        QCoreApplication.translate(
                            "ReviewPage",
                            "The connection fee has changed: it is now %1 (it was %2 when you saw "
                            "the fee page). Please check it before you send the application.",
                        )
                        .replace("%2", format_money(self.seen_fee, current()))
                        .replace("%1", amount)
                    )
                else:
                    fee_text = QCoreApplication.translate(
                        "ReviewPage", "Connection fee: %1"
                    ).replace("%1", amount)
        self.fee.setText(fee_text)
        self.fee.setVisible(bool(fee_text))
        if bool(self.fee.property("changed")) != changed:
            self.fee.setProperty("changed", changed)
            self.fee.style().unpolish(self.fee)
            self.fee.style().polish(self.fee)
        warnings = [message(code, params) for code, params in self.wizard.warnings()]
        self.warnings.setText("\n".join(warnings))
        self.warnings.setVisible(bool(warnings))
