"""A dimmed layer over the whole window with a dialog in the middle (no separate OS windows on a kiosk).

``Qt`` is imported inside the functions that need it: the home screen's labels come from here, and
PySide6 builds the enums of the whole ``Qt`` namespace (tens of milliseconds) the first time it is
touched, which would otherwise be paid before the first paint (issue 18)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget


class Overlay(QFrame):
    def __init__(self, parent: QWidget) -> None:
        from PySide6.QtCore import Qt

        super().__init__(parent)
        self.setObjectName("overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(40, 40, 40, 40)
        self.dialog = QFrame(self)
        self.dialog.setObjectName("dialog")
        self.dialog.setMaximumWidth(1000)
        self.body = QVBoxLayout(self.dialog)
        self.body.setContentsMargins(40, 40, 40, 40)
        self.body.setSpacing(24)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(self.dialog)
        column.addStretch(1)
        outer.addLayout(column, 8)
        outer.addStretch(1)
        parent.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def open(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()

    def close_overlay(self) -> None:
        self.hide()


PLAIN_TEXT = 0  # Qt.TextFormat.PlainText


def wrapping_label(text: str = "", role: str | None = None, name: str | None = None) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    # Qt.TextFormat.PlainText (0) through the property, which takes the number without the Qt namespace.
    label.setProperty("textFormat", PLAIN_TEXT)
    if role:
        label.setProperty("role", role)
    if name:
        label.setObjectName(name)
    return label


class BusyOverlay(Overlay):
    """ "Please wait" with a moving bar, shown while a background call runs; it also blocks touches."""

    def __init__(self, parent: QWidget) -> None:
        from PySide6.QtCore import Qt

        super().__init__(parent)
        self.label = wrapping_label(name="subtitle")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar = QProgressBar(self.dialog)
        bar.setRange(0, 0)  # busy indicator
        bar.setTextVisible(False)
        self.body.addWidget(self.label)
        self.body.addWidget(bar)
        self.retranslate()

    def retranslate(self) -> None:
        from PySide6.QtCore import QCoreApplication

        self.label.setText(QCoreApplication.translate("BusyOverlay", "Please wait…"))
