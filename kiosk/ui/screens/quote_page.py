"""The connection fee (guide 001, 2.2 "Hesabla"): the amount in large type, how it is made in plain
words, and a "what if" for power and phase that re-quotes at once. Exploring never changes the
application: only "Use this" puts the explored power and phase into the answers. The fee engine is the
core's."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.core.fees import Quote, QuoteError
from kiosk.core.i18n import fill
from kiosk.core.money import format_money, format_rate
from kiosk.core.wizard import Wizard
from kiosk.ui.formats import format_number
from kiosk.ui.i18n import current, message
from kiosk.ui.texts import tariff_text
from kiosk.ui.widgets.overlay import wrapping_label


def _same_number(a: str, b: str) -> bool:
    try:
        return Decimal(a.replace(",", ".")) == Decimal(b.replace(",", "."))
    except InvalidOperation:
        return False


class QuotePage(QWidget):
    def __init__(self, wizard: Wizard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wizard = wizard
        self.inputs = wizard.service.quote_inputs  # what the fee reads and the "what if" explores
        self.what_if: dict[
            str, str
        ] = {}  # explored power and phase, not (yet) the applicant's answers
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(20)
        self.caption = wrapping_label(name="subtitle")
        self.amount = QLabel(self)
        self.amount.setObjectName("amount")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.grid = wrapping_label(role="warning")
        self.grid.setObjectName("gridNote")
        self.breakdown = wrapping_label()
        self.breakdown.setObjectName("breakdown")
        self.source = wrapping_label(role="hint")
        self.error = wrapping_label(role="error")
        self.error.setObjectName("quoteError")
        self.whatif_title = wrapping_label(name="fieldLabel")

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(16)
        self.power_label = wrapping_label()
        self.power_value = QLabel(self)
        self.power_value.setProperty("role", "value")
        self.power_value.setObjectName("whatIfPower")
        self.minus = self._button("whatIfMinus", "−", lambda: self._step_power(-1))
        self.plus = self._button("whatIfPlus", "+", lambda: self._step_power(1))
        self.phase_label = wrapping_label()
        self.phase1 = self._button("whatIfPhase1", "1", lambda: self._set_phase("1"), choice=True)
        self.phase3 = self._button("whatIfPhase3", "3", lambda: self._set_phase("3"), choice=True)
        grid.addWidget(self.power_label, 0, 0)
        grid.addWidget(self.minus, 0, 1)
        grid.addWidget(self.power_value, 0, 2, Qt.AlignmentFlag.AlignCenter)
        grid.addWidget(self.plus, 0, 3)
        grid.addWidget(self.phase_label, 1, 0)
        grid.addWidget(self.phase1, 1, 1)
        grid.addWidget(self.phase3, 1, 3)
        self.whatif_amount = wrapping_label(name="subtitle")
        self.whatif_amount.setObjectName("whatIfAmount")
        self.use = self._button("whatIfUse", "", self._use)
        self.use.setProperty("role", "primary")
        grid.addWidget(self.whatif_amount, 2, 0, 1, 4)
        grid.addWidget(self.use, 3, 1, 1, 3)
        grid.setColumnStretch(0, 1)
        grid.setColumnMinimumWidth(2, 160)

        for widget in (
            self.caption,
            self.amount,
            self.grid,
            self.error,
            self.breakdown,
            self.source,
        ):
            layout.addWidget(widget)
        layout.addWidget(self.whatif_title)
        row = QHBoxLayout()
        row.addLayout(grid)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        # The definition says what the "what if" explores: the power, the phase, both or nothing.
        explores = self.inputs.what_if
        hidden = []
        if self.inputs.power not in explores:
            hidden += [self.power_label, self.minus, self.power_value, self.plus]
        if not self.inputs.phase or self.inputs.phase not in explores:
            hidden += [self.phase_label, self.phase1, self.phase3]
        if not explores:
            hidden.append(self.whatif_title)
        for widget in hidden:
            widget.hide()
        self.retranslate()

    def _button(self, name: str, text: str, slot: object, choice: bool = False) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setMinimumWidth(96)
        button.setProperty("role", "choice" if choice else "secondary")
        button.setCheckable(choice)
        button.clicked.connect(slot)
        return button

    # --- what if ------------------------------------------------------------------------------------
    def _explored(self, name: str) -> str:
        return str(self.what_if.get(name, self.wizard.answers.get(name)) or "")

    def _power(self) -> Decimal | None:
        try:
            return Decimal(self._explored(self.inputs.power).replace(",", "."))
        except InvalidOperation:
            return None

    def _explore(self, name: str, value: str) -> None:
        answer = str(self.wizard.answers.get(name) or "")
        if value == answer or (name == self.inputs.power and _same_number(value, answer)):
            self.what_if.pop(name, None)
        else:
            self.what_if[name] = value
        self.retranslate()

    def _step_power(self, taps: int) -> None:
        new = self.inputs.stepped(self._power(), taps)
        self._explore(self.inputs.power, format(new.normalize(), "f"))

    def _set_phase(self, phase: str) -> None:
        if self.inputs.phase:
            self._explore(self.inputs.phase, phase)

    def _use(self) -> None:
        """ "Use this": the explored power and phase become the application's."""
        for name, value in self.what_if.items():
            self.wizard.set(name, value)
        self.what_if.clear()
        self.retranslate()

    # --- showing ------------------------------------------------------------------------------------
    def describe(self, quote: Quote) -> list[str]:
        lang, b = current(), quote.breakdown
        lines = []
        rate = format_rate(Decimal(str(b.get("rate_exact", b.get("rate_per_kw", "0")))), lang)
        fixed = Decimal(str(b.get("fixed", "0")))
        from_kw = str(b.get("from_kw", "0"))
        if fixed:
            lines.append(
                fill(
                    QCoreApplication.translate(
                        "QuotePage", "%1 for the first %2 kW, plus %3 for each kW above it."
                    ),
                    format_money(fixed, lang),
                    format_number(from_kw, lang),
                    rate,
                )
            )
        else:
            lines.append(
                fill(
                    QCoreApplication.translate("QuotePage", "%1 kW × %2 per kW."),
                    format_number(b.get("power_kw", ""), lang),
                    rate,
                )
            )
        phase = str(b.get("phase", "1"))
        lines.append(
            QCoreApplication.translate("QuotePage", "Single-phase supply.")
            if phase == "1"
            else QCoreApplication.translate("QuotePage", "Three-phase supply.")
        )
        if b.get("r_exempt"):
            lines.append(
                QCoreApplication.translate(
                    "QuotePage",
                    "The profitability norm R is not applied to homes on single-phase supply "
                    "up to 5 kW (methodology, 2.4).",
                )
            )
        for adjustment in b.get("adjustments") or []:
            lines.append(
                fill(
                    QCoreApplication.translate("QuotePage", "Adjustment × %1: %2"),
                    format_number(adjustment.get("factor", ""), lang),
                    tariff_text(str(adjustment.get("note", ""))),
                )
            )
        return lines

    def grid_text(self, quote: Quote) -> str:
        """Methodology 1.2.8 and 2.5: the fee depends on a 0.4 kV transformer within 400 m."""
        lang, b = current(), quote.breakdown
        if quote.alternative is not None:
            return fill(
                QCoreApplication.translate(
                    "QuotePage",
                    "If there is no 0.4 kV grid within 400 m of the object, the fee is %1 "
                    "(methodology, 2.5). Azərişıq confirms which amount applies.",
                ),
                format_money(quote.alternative.amount, lang),
            )
        distance = format_number(str(b.get("grid_distance_m") or ""), lang)
        if b.get("grid") == "far":
            return fill(
                QCoreApplication.translate(
                    "QuotePage",
                    "The nearest 0.4 kV transformer is %1 m from the object, more than 400 m, so "
                    "the fee is calculated under section 3 of the methodology.",
                ),
                distance,
            )
        if b.get("grid") == "near":
            return fill(
                QCoreApplication.translate(
                    "QuotePage", "The nearest 0.4 kV transformer is %1 m from the object."
                ),
                distance,
            )
        return ""

    def retranslate(self) -> None:
        self.caption.setText(
            QCoreApplication.translate("QuotePage", "The connection fee you will pay")
        )
        self.whatif_title.setText(
            QCoreApplication.translate(
                "QuotePage",
                "What if? Change the power or the phase to see the fee at once. Your application "
                "changes only when you touch “Use this power and phase”.",
            )
        )
        self.power_label.setText(QCoreApplication.translate("QuotePage", "Required power"))
        self.phase_label.setText(QCoreApplication.translate("QuotePage", "Phase"))
        power = self._power()
        self.power_value.setText(
            fill(
                QCoreApplication.translate("QuotePage", "%1 kW"),
                format_number(format(power.normalize(), "f"), current()),
            )
            if power
            else "—"
        )
        phase = (self._explored(self.inputs.phase) if self.inputs.phase else "") or "1"
        self.phase1.setChecked(phase == "1")
        self.phase3.setChecked(phase == "3")
        self._show_what_if()
        result = self.wizard.quote()
        if isinstance(result, QuoteError):
            self.amount.setText("—")
            self.error.setText(message(result.code, result.params))
            self.error.show()
            self.breakdown.setText("")
            self.source.setText("")
            self.grid.hide()
            return
        self.error.hide()
        self.amount.setText(format_money(result.amount, current()))
        self.grid.setText(self.grid_text(result))
        self.grid.setVisible(bool(self.grid.text()))
        self.breakdown.setText("\n".join(self.describe(result)))
        self.source.setText(
            fill(
                QCoreApplication.translate("QuotePage", "Tariff schedule %1: %2"),
                result.tariff_id,
                tariff_text(result.tariff_source),
            )
        )

    def _show_what_if(self) -> None:
        """The explored fee beside the answers' own, and "Use this" only while they differ."""
        exploring = bool(self.what_if)
        self.use.setVisible(exploring)
        self.whatif_amount.setVisible(exploring)
        if not exploring:
            return
        self.use.setText(QCoreApplication.translate("QuotePage", "Use this power and phase"))
        explored = self.wizard.quote(self.what_if)
        self.whatif_amount.setText(
            fill(
                QCoreApplication.translate("QuotePage", "With these: %1 (your application: %2)"),
                "—"
                if isinstance(explored, QuoteError)
                else format_money(explored.amount, current()),
                self.amount_text(),
            )
        )
        self.use.setEnabled(not isinstance(explored, QuoteError))

    def amount_text(self) -> str:
        result = self.wizard.quote()
        return "—" if isinstance(result, QuoteError) else format_money(result.amount, current())
