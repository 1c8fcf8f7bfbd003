"""A question over the whole window with two big answers (no OS dialogs on a kiosk)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from kiosk.ui.widgets.overlay import Overlay, wrapping_label

Texts = Callable[[], tuple[str, str, str, str]]  # title, text, the "yes" answer, the "no" answer


class ConfirmDialog(Overlay):
    """Signals: ``accepted()`` — the first answer; ``declined()`` — the second (it only closes)."""

    accepted = Signal()
    declined = Signal()

    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        self.dialog.setProperty("dialog", name)
        self.title = wrapping_label(name="title")
        self.text = wrapping_label(name="subtitle")
        self.yes = QPushButton(self.dialog)
        self.yes.setObjectName(f"{name}Yes")
        self.no = QPushButton(self.dialog)
        self.no.setObjectName(f"{name}No")
        self.no.setProperty("role", "secondary")
        self.yes.clicked.connect(self._yes)
        self.no.clicked.connect(self._no)
        row = QHBoxLayout()
        row.setSpacing(24)
        row.addWidget(self.yes)
        row.addWidget(self.no)
        self.body.addWidget(self.title)
        self.body.addWidget(self.text)
        self.body.addLayout(row)
        self._texts: Texts | None = None

    def ask(self, texts: Texts) -> None:
        self._texts = texts
        self.retranslate()
        self.open()

    def retranslate(self) -> None:
        if self._texts is None:
            return
        title, text, yes, no = self._texts()
        self.title.setText(title)
        self.text.setText(text)
        self.yes.setText(yes)
        self.no.setText(no)

    def _yes(self) -> None:
        self.close_overlay()
        self.accepted.emit()

    def _no(self) -> None:
        self.close_overlay()
        self.declined.emit()
