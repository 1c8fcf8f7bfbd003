"""Active consumer: the fee (0 by decision 346, 3.4), the station checked against the object's connected
power and 150 kW (1.4, 1.8.1), and a net-metering estimator of the year (5.1–6.2): a "panel kW" preset or
twelve monthly values sent/taken, showing each month's balance and the year-end payout."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.core import clock
from kiosk.core.energy import RetailTariff
from kiosk.core.fees import QuoteError
from kiosk.core.i18n import QT_TRANSLATE_NOOP, fill
from kiosk.core.money import format_amount, format_money, format_rate, parse_number
from kiosk.core.netmetering import (
    NetMeteringError,
    estimate_from_panel,
    first_estimate_month,
    settle_year,
)
from kiosk.core.wizard import Wizard
from kiosk.ui.formats import format_number
from kiosk.ui.i18n import current, message
from kiosk.ui.widgets.overlay import wrapping_label
from kiosk.ui.widgets.scrolling import kinetic

MONTH_NAMES = (
    QT_TRANSLATE_NOOP("NetmeterPage", "January"),
    QT_TRANSLATE_NOOP("NetmeterPage", "February"),
    QT_TRANSLATE_NOOP("NetmeterPage", "March"),
    QT_TRANSLATE_NOOP("NetmeterPage", "April"),
    QT_TRANSLATE_NOOP("NetmeterPage", "May"),
    QT_TRANSLATE_NOOP("NetmeterPage", "June"),
    QT_TRANSLATE_NOOP("NetmeterPage", "July"),
    QT_TRANSLATE_NOOP("NetmeterPage", "August"),
    QT_TRANSLATE_NOOP("NetmeterPage", "September"),
    QT_TRANSLATE_NOOP("NetmeterPage", "October"),
    QT_TRANSLATE_NOOP("NetmeterPage", "November"),
    QT_TRANSLATE_NOOP("NetmeterPage", "December"),
)


def _decimal(text: str) -> Decimal | None:
    """A month's kWh as typed: empty is nothing (0), anything not a number is ``None``."""
    return parse_number(text) if text.strip() else Decimal(0)


class NetmeterPage(QWidget):
    def __init__(
        self,
        wizard: Wizard,
        tariffs: tuple[RetailTariff, Decimal],
        parent: QWidget | None = None,
        first_month: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.wizard = wizard
        self.retail, self.wholesale = tariffs
        if first_month is None:  # decision 346, 1.8.12
            first_month = first_estimate_month(wizard.settings.today or clock.today())
        self.first_month = first_month
        self.mode = "panel"
        station = _decimal(
            str(wizard.answers.get(wizard.service.quote_inputs.power) or "5")
        ) or Decimal(5)
        self.panel_kw, self.use_kwh = station, Decimal(300)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        self.fee = wrapping_label(name="subtitle")
        self.fee.setObjectName("netmeterFee")
        self.station = wrapping_label(role="note")
        self.estimator_title = wrapping_label(name="fieldLabel")
        modes = QHBoxLayout()
        self.panel_button = self._button("modePanel", lambda: self._set_mode("panel"), choice=True)
        self.months_button = self._button(
            "modeMonths", lambda: self._set_mode("months"), choice=True
        )
        modes.addWidget(self.panel_button)
        modes.addWidget(self.months_button)
        modes.addStretch(1)

        self.preset = QWidget(self)
        grid = QGridLayout(self.preset)
        grid.setContentsMargins(0, 0, 0, 0)
        self.panel_label, self.use_label = wrapping_label(), wrapping_label()
        self.panel_value, self.use_value = QLabel(self), QLabel(self)
        for row, (label, value, name, step) in enumerate(
            (
                (self.panel_label, self.panel_value, "panel", Decimal(1)),
                (self.use_label, self.use_value, "use", Decimal(50)),
            )
        ):
            value.setProperty("role", "value")
            value.setMinimumWidth(180)
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(label, row, 0)
            grid.addWidget(
                self._button(f"{name}Minus", lambda n=name, s=step: self._step(n, -s), "−"), row, 1
            )
            grid.addWidget(value, row, 2)
            grid.addWidget(
                self._button(f"{name}Plus", lambda n=name, s=step: self._step(n, s), "+"), row, 3
            )
        grid.setColumnStretch(0, 1)

        self.months = QWidget(self)
        month_grid = QGridLayout(self.months)
        month_grid.setContentsMargins(0, 0, 0, 0)
        self.sent_header, self.taken_header = wrapping_label(), wrapping_label()
        month_grid.addWidget(self.sent_header, 0, 1)
        month_grid.addWidget(self.taken_header, 0, 2)
        self.month_labels: list[QLabel] = []
        self.sent_edits: list[QLineEdit] = []
        self.taken_edits: list[QLineEdit] = []
        sent, taken = estimate_from_panel(self.panel_kw, self.use_kwh)
        for index in range(12):
            label = QLabel(self.months)
            self.month_labels.append(label)
            month_grid.addWidget(label, index + 1, 0)
            for column, (edits, initial) in enumerate(
                ((self.sent_edits, sent), (self.taken_edits, taken)), start=1
            ):
                edit = QLineEdit(format(initial[index].normalize(), "f"), self.months)
                edit.setObjectName(f"{'sent' if column == 1 else 'taken'}_{index}")
                edit.setProperty("keyboard", "numeric")
                edit.textChanged.connect(self.recalculate)
                edits.append(edit)
                month_grid.addWidget(edit, index + 1, column)

        self.error = wrapping_label(role="error")
        self.table = QTableWidget(12, 4, self)  # rows: the months of the reporting year shown
        self.table.setObjectName("balanceTable")
        self.table.setMinimumHeight(12 * 40 + 50)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        kinetic(self.table)
        self.payout = wrapping_label(name="subtitle")
        self.payout.setObjectName("payout")
        self.rules = wrapping_label(role="hint")
        for widget in (self.fee, self.station, self.estimator_title):
            layout.addWidget(widget)
        layout.addLayout(modes)
        for widget in (self.preset, self.months, self.error, self.payout, self.table, self.rules):
            layout.addWidget(widget)
        self.months.hide()
        self.retranslate()

    def _button(self, name: str, slot: object, text: str = "", choice: bool = False) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setMinimumWidth(96)
        button.setProperty("role", "choice" if choice else "secondary")
        button.setCheckable(choice)
        button.clicked.connect(slot)
        return button

    def _set_mode(self, mode: str) -> None:
        self.mode = mode
        self.preset.setVisible(mode == "panel")
        self.months.setVisible(mode == "months")
        self.retranslate()

    def _step(self, name: str, delta: Decimal) -> None:
        if name == "panel":
            self.panel_kw = max(Decimal(1), self.panel_kw + delta)
        else:
            self.use_kwh = max(Decimal(0), self.use_kwh + delta)
        self.retranslate()

    def values(self) -> tuple[list[Decimal], list[Decimal]] | None:
        if self.mode == "panel":
            return estimate_from_panel(self.panel_kw, self.use_kwh, self.first_month)
        start = self.first_month - 1
        sent = [_decimal(e.text()) for e in self.sent_edits[start:]]
        taken = [_decimal(e.text()) for e in self.taken_edits[start:]]
        if any(v is None for v in sent + taken):
            return None
        return [v for v in sent if v is not None], [v for v in taken if v is not None]

    def recalculate(self) -> None:
        lang = current()
        values = self.values()
        try:
            if values is None:
                raise NetMeteringError("number.format", "not a number")
            year = settle_year(values[0], values[1], self.retail, self.wholesale, self.first_month)
        except NetMeteringError as exc:
            self.error.setText(message(exc.code, {}))
            self.error.show()
            self.payout.setText("")
            return
        self.error.hide()
        self.table.setRowCount(len(year.months))
        for row, month in enumerate(year.months):
            cells = (
                QCoreApplication.translate("NetmeterPage", MONTH_NAMES[month.month - 1]),
                format_amount(month.sent_kwh, lang),
                format_amount(month.taken_kwh, lang),
                format_amount(month.balance_kwh, lang),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if month.charge:
                self.table.item(row, 3).setText(
                    fill(
                        QCoreApplication.translate("NetmeterPage", "%1 (billed %2)"),
                        cells[3],
                        format_money(month.charge, lang),
                    )
                )
        self.payout.setText(
            fill(
                QCoreApplication.translate(
                    "NetmeterPage",
                    "Balance at the end of the year: %1 kWh. Paid to you: %2. Billed during the year: %3.",
                ),
                format_amount(year.year_end_balance_kwh, lang),
                format_money(year.payout, lang),
                format_money(year.total_charge, lang),
            )
        )

    def retranslate(self) -> None:
        lang = current()
        quote = self.wizard.quote()
        amount = Decimal(0) if isinstance(quote, QuoteError) else quote.amount
        self.fee.setText(
            fill(
                QCoreApplication.translate(
                    "NetmeterPage",
                    "Connection fee: %1 — active consumers get new technical conditions "
                    "at their existing power without a fee (decision 346, 3.4).",
                ),
                format_money(amount, lang),
            )
        )
        station = format_number(
            self.wizard.answers.get(self.wizard.service.quote_inputs.power) or "—", lang
        )
        connected = format_number(self.wizard.answers.get("connected_power_kw") or "—", lang)
        self.station.setText(
            fill(
                QCoreApplication.translate(
                    "NetmeterPage",
                    "Station power %1 kW: within the object's connected power "
                    "(%2 kW) and the 150 kW limit (decision 346, 1.4 and 1.8.1).",
                ),
                station,
                connected,
            )
        )
        self.estimator_title.setText(
            QCoreApplication.translate("NetmeterPage", "Estimate your year")
        )
        self.panel_button.setText(
            QCoreApplication.translate("NetmeterPage", "From the panel power")
        )
        self.months_button.setText(QCoreApplication.translate("NetmeterPage", "Month by month"))
        self.panel_button.setChecked(self.mode == "panel")
        self.months_button.setChecked(self.mode == "months")
        self.panel_label.setText(QCoreApplication.translate("NetmeterPage", "Panel power, kW"))
        self.use_label.setText(
            QCoreApplication.translate("NetmeterPage", "Your use per month, kWh")
        )
        self.panel_value.setText(format_amount(self.panel_kw, lang))
        self.use_value.setText(format_amount(self.use_kwh, lang))
        self.sent_header.setText(
            QCoreApplication.translate("NetmeterPage", "Sent to the grid, kWh")
        )
        self.taken_header.setText(
            QCoreApplication.translate("NetmeterPage", "Taken from the grid, kWh")
        )
        for index, label in enumerate(self.month_labels):
            label.setText(QCoreApplication.translate("NetmeterPage", MONTH_NAMES[index]))
            shown = index >= self.first_month - 1
            for widget in (label, self.sent_edits[index], self.taken_edits[index]):
                widget.setVisible(shown)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("NetmeterPage", "Month"),
                QCoreApplication.translate("NetmeterPage", "Sent, kWh"),
                QCoreApplication.translate("NetmeterPage", "Taken, kWh"),
                QCoreApplication.translate("NetmeterPage", "Balance, kWh"),
            ]
        )
        self.rules.setText(
            fill(
                QCoreApplication.translate(
                    "NetmeterPage",
                    "Each month the balance grows by what you send and shrinks by what you take (5.1); a "
                    "shortfall is billed at %1 per kWh (5.2.4); a positive balance at the end of the year is "
                    "paid at %2 per kWh (6.1.2). This is an estimate, not a bill.",
                ),
                " / ".join(format_rate(block.rate, lang) for block in self.retail.blocks),
                format_rate(self.wholesale, lang),
            )
        )
        extra = [self.rules.text()]
        if len(self.retail.blocks) > 1:
            limits = [format_amount(b.up_to_kwh, lang) for b in self.retail.blocks if b.up_to_kwh]
            extra.append(
                fill(
                    QCoreApplication.translate(
                        "NetmeterPage",
                        "Households pay by the kWh billed in the month: the rates change at %1 kWh.",
                    ),
                    ", ".join(limits),
                )
            )
        extra.append(
            fill(
                QCoreApplication.translate(
                    "NetmeterPage",
                    "The reporting year runs from 1 January to 31 December (1.8.12): the estimate "
                    "starts in %1, the first month your station can work, and the balance is "
                    "settled at the end of December.",
                ),
                QCoreApplication.translate("NetmeterPage", MONTH_NAMES[self.first_month - 1]),
            )
        )
        self.rules.setText("\n".join(extra))
        self.recalculate()
