"""A push button whose text wraps at word boundaries to the width it is given.

A plain ``QPushButton`` never wraps and asks for the width of its longest line, so a long translation
(Russian is often a third longer than English) either widens the window past the screen or is cut off.
This button re-flows its text whenever its width or its text changes and asks only for a modest width.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QPushButton, QStyle, QStyleOptionButton, QWidget

MIN_WIDTH = 320
TOUCH_MIN = 60  # the smallest touch target (the theme's min-height for bar buttons)
ICON_GAP = 8

# The change events after which the room for the text or the width of its words may differ. Qt sends a
# button many others (palette, enabled, activation, parent…); re-flowing the text at each of them was
# most of what the home screen's tiles cost before its first paint.
REFLOW_EVENTS = frozenset(
    {
        QEvent.Type.FontChange,
        QEvent.Type.ApplicationFontChange,
        QEvent.Type.StyleChange,
        QEvent.Type.ContentsRectChange,
        QEvent.Type.LayoutDirectionChange,
    }
)


def wrap_lines(text: str, metrics: QFontMetrics, width: int, indent: str = "") -> list[str]:
    """``text`` broken into lines no wider than ``width`` (a single word longer than that stays whole)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if line and metrics.horizontalAdvance(indent + candidate) > width:
                lines.append(indent + line)
                line = word
            else:
                line = candidate
        lines.append(indent + line)
    return lines


class WrapButton(QPushButton):
    def __init__(
        self,
        parent: QWidget | None = None,
        indent: str = "",
        hint_width: int = MIN_WIDTH,
        grow: bool = False,
    ) -> None:
        super().__init__(parent)
        self.indent = indent
        self.hint_width = hint_width
        self.grow = grow  # take the height the wrapped lines need (a bar whose height is not set)
        self._full = ""
        self._flowed: tuple[object, ...] = ()  # what the text was last re-flowed for

    def full_text(self) -> str:
        """The text before wrapping."""
        return self._full

    def set_wrapped_text(self, text: str) -> None:
        self._full = text
        self._rewrap()

    def text_width(self) -> int:
        """The room the text has: the contents box less the icon."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        box = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        width = box.width()
        if not self.icon().isNull():
            width -= self.iconSize().width() + ICON_GAP
        return max(1, width)

    def _rewrap(self) -> None:
        width = self.text_width()
        font = self.font().key()
        flowed = (self._full, width, font, self.indent, self.text())
        if flowed == self._flowed:
            return  # the same text in the same room and font: the same lines as last time
        text = "\n".join(wrap_lines(self._full, self.fontMetrics(), width, self.indent))
        if text != self.text():
            self.setText(text)
            self.updateGeometry()
        if self.grow:
            lines = text.count("\n") + 1
            needed = lines * self.fontMetrics().lineSpacing() + 22  # padding and border
            if self.minimumHeight() != max(needed, TOUCH_MIN):
                self.setMinimumHeight(max(needed, TOUCH_MIN))
        self._flowed = (self._full, width, font, self.indent, self.text())

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._rewrap()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in REFLOW_EVENTS:
            self._rewrap()  # a new font or style (larger text) changes the widths

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        width = hint.width()
        if self.grow:  # ask for the room of the text on one line, so it wraps only when short of it
            width += self.fontMetrics().horizontalAdvance(self._full) - self._widest_line()
        return QSize(min(width, self.hint_width), hint.height())

    def _widest_line(self) -> int:
        metrics = self.fontMetrics()
        return max((metrics.horizontalAdvance(line) for line in self.text().split("\n")), default=0)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.hint_width), hint.height())
