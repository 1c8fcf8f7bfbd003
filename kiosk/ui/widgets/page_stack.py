"""A stacked widget whose size is that of the page it shows.

Qt's ``QStackedLayout`` answers its size hints, minimum size and height-for-width by asking *every*
page, shown or not. The window's stack holds every screen and the wizard's stack every page of the
session, so each relayout of the window (a label's text changed, a page shown) measured all of them again
— word-wrapped labels of hidden screens included: a fifth of a Next press (docs/PERFORMANCE.md "Next
press, fourth round"). Here the stack is measured by its current page alone, and it tells its parent
layout when the page changes. Hidden pages are laid out when they are shown, as before.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLayout, QSizePolicy, QStackedWidget, QWidget


def _minimum(widget: QWidget) -> QSize:
    """What a layout gives a widget at least (Qt's ``qSmartMinSize`` for one widget): its explicit
    minimum where set, its minimum size hint where its size policy does not let it shrink below it."""
    explicit, hint, policy = widget.minimumSize(), widget.minimumSizeHint(), widget.sizePolicy()
    ignored = QSizePolicy.Policy.Ignored
    width = explicit.width() or (0 if policy.horizontalPolicy() == ignored else hint.width())
    height = explicit.height() or (0 if policy.verticalPolicy() == ignored else hint.height())
    return QSize(max(width, 0), max(height, 0)).boundedTo(widget.maximumSize())


class PageStack(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The stack's own layout would otherwise set its minimum size from every page at each activation.
        layout = self.layout()
        assert layout is not None
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.currentChanged.connect(self._changed)

    def _changed(self, _index: int) -> None:
        self.updateGeometry()  # the parent's layout sizes the stack by the page now shown

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else QSize(0, 0)

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return _minimum(page) if page is not None else QSize(0, 0)

    def hasHeightForWidth(self) -> bool:
        # A parent's layout asks a widget that has a layout for its height-for-width through that
        # layout (QStackedLayout: every page again), not through this widget: so the stack has none.
        # It is sized by its page's hints; what a page wraps, it wraps within the height it is given
        # (the pages are scroll areas and screens with stretch).
        return False
