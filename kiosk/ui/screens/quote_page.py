"""The connection fee (guide 001, 2.2 "Hesabla"): the amount in large type, how it is made in plain
words, and a "what if" for power and phase that re-quotes at once. The fee engine is the core's."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.core.fees import Quote, QuoteError
from kiosk.core.money import format_money, format_rate
from kiosk.core.validation import POWER_STEP as POWER_PRECISION
from kiosk.core.wizard import Wizard
from kiosk.ui.formats import format_number
from kiosk.ui.i18n import current, message
from kiosk.ui.texts import tariff_text
from kiosk.ui.widgets.overlay import wrapping_label

POWER_STEP = Decimal(1)


def _fill(template: str, *values: str) -> str:
    for index in range(len(values), 0, -1):
        template = template.replace(f"%{index}", values[index - 1])
    return template


class QuotePage(QWidget):
    def __init__(self, wizard: Wizard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wizard = wizard
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
        self.minus = self._button("whatIfMinus", "−", lambda: self._step_power(-POWER_STEP))
        self.plus = self._button("whatIfPlus", "+", lambda: self._step_power(POWER_STEP))
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
    def _power(self) -> Decimal | None:
        try:
            return Decimal(str(self.wizard.answers.get("power_kw") or "").replace(",", "."))
        except InvalidOperation:
            return None

    def _step_power(self, delta: Decimal) -> None:
        power = self._power() or Decimal(0)
        new = max(Decimal(1), (power + delta).quantize(POWER_PRECISION))
        self.wizard.set("power_kw", format(new.normalize(), "f"))
        self.retranslate()

    def _set_phase(self, phase: str) -> None:
        self.wizard.set("phase", phase)
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
                _fill(
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
                _fill(
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
                _fill(
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
            return _fill(
                QCoreApplication.translate(
                    "QuotePage",
                    "If there is no 0.4 kV grid within 400 m of the object, the fee is %1 "
                    "(methodology, 2.5). Azərişıq confirms which amount applies.",
                ),
                format_money(quote.alternative.amount, lang),
            )
        distance = format_number(str(b.get("grid_distance_m") or ""), lang)
        if b.get("grid") == "far":
            return _fill(
                QCoreApplication.translate(
                    "QuotePage",
                    "The nearest 0.4 kV transformer is %1 m from the object, more than 400 m, so "
                    "the fee is calculated under section 3 of the methodology.",
                ),
                distance,
            )
        if b.get("grid") == "near":
            return _fill(
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
                "QuotePage", "What if? Change the power or the phase to see the fee at once."
            )
        )
        self.power_label.setText(QCoreApplication.translate("QuotePage", "Required power"))
        self.phase_label.setText(QCoreApplication.translate("QuotePage", "Phase"))
        power = self._power()
        self.power_value.setText(
            _fill(
                QCoreApplication.translate("QuotePage", "%1 kW"),
                format_number(format(power.normalize(), "f"), current()),
            )
            if power
            else "—"
        )
        phase = str(self.wizard.answers.get("phase") or "1")
        self.phase1.setChecked(phase == "1")
        self.phase3.setChecked(phase == "3")
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
            _fill(
                QCoreApplication.translate("QuotePage", "Tariff schedule %1: %2"),
                result.tariff_id,
                tariff_text(result.tariff_source),
            )
        )
