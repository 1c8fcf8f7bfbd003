"""The error summary at the top of a page (the GOV.UK pattern): "There is a problem", then each problem
as a link that jumps to its field. It follows the answers: a problem put right leaves the list."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from kiosk.ui.widgets.overlay import wrapping_label
from kiosk.ui.widgets.wrap_button import WrapButton

MAX_SHOWN = 3  # more would push the page off a 1080 px screen; the rest are marked at their fields


@dataclass(frozen=True)
class Problem:
    key: str  # the answer's name (``fin``, ``meters.0.reading``) or a page-level id (``quote``)
    text: str  # "FIN: The FIN has 7 characters."
    has_field: bool  # whether touching it can jump to a field on this page


class ErrorSummary(QFrame):
    """Signals: ``jump(str)`` — the applicant touched the problem with this key."""

    jump = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorSummary")
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(20, 12, 20, 12)
        self.box.setSpacing(4)
        self.title = wrapping_label(name="errorSummaryTitle")
        self.more = wrapping_label(role="hint")
        self.box.addWidget(self.title)
        self.links: list[WrapButton] = []
        self.problems: list[Problem] = []
        self.box.addWidget(self.more)
        self.hide()
        self.retranslate()

    def show_problems(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        shown = self.problems[:MAX_SHOWN]
        while len(self.links) < len(shown):
            link = WrapButton(self)
            index = len(self.links)
            link.clicked.connect(lambda _=False, at=index: self._touched(at))
            self.box.insertWidget(1 + len(self.links), link)
            self.links.append(link)
        for index, link in enumerate(self.links):
            if index < len(shown):
                link.setObjectName(f"summary_{shown[index].key}")
                link.set_wrapped_text(shown[index].text)
                link.setEnabled(shown[index].has_field)  # one that leads nowhere is not a link
                link.show()
            else:
                link.hide()
        self.retranslate()
        self.setVisible(bool(self.problems))

    def _touched(self, index: int) -> None:
        if index < len(self.problems):
            self.jump.emit(self.problems[index].key)

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("ErrorSummary", "There is a problem"))
        hidden = len(self.problems) - MAX_SHOWN
        self.more.setText(
            QCoreApplication.translate(
                "ErrorSummary", "and %1 more, marked on the page below"
            ).replace("%1", str(hidden))
            if hidden > 0
            else ""
        )
        self.more.setVisible(hidden > 0)
