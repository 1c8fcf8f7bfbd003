"""The window's and the wizard's stacks are measured by the page they show (kiosk/ui/widgets/page_stack.py):
a relayout of the window must not ask every hidden screen and every page of the session for its size."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget
from ui_driver import Driver, settle

from kiosk.ui.widgets.page_stack import PageStack


class Counted(QWidget):
    """A page that counts how often a layout measures it, and is very tall."""

    def __init__(self) -> None:
        super().__init__()
        self.asked = 0

    def sizeHint(self) -> QSize:
        self.asked += 1
        return QSize(200, 5000)

    def minimumSizeHint(self) -> QSize:
        self.asked += 1
        return QSize(200, 5000)


def build(qtbot: Any, stack_kind: type[QStackedWidget]) -> tuple[QWidget, QLabel, Counted]:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    stack = stack_kind(window)
    shown = QWidget()
    label = QLabel("short", shown)
    label.setWordWrap(True)
    QVBoxLayout(shown).addWidget(label)
    hidden = Counted()
    stack.addWidget(shown)
    stack.addWidget(hidden)
    layout.addWidget(stack)
    window.resize(400, 300)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot)
    return window, label, hidden


def relayout(qtbot: Any, label: QLabel) -> None:
    for n in range(5):
        label.setText("a longer text that wraps onto more lines " * (n + 1))
        settle(qtbot)


def test_a_relayout_does_not_measure_the_hidden_pages(qtbot: Any) -> None:
    window, label, hidden = build(qtbot, PageStack)
    hidden.asked = 0
    relayout(qtbot, label)
    assert hidden.asked == 0
    assert window.minimumSizeHint().height() < 1000  # the tall hidden page does not size the window


def test_a_plain_stacked_widget_would_measure_them(qtbot: Any) -> None:
    """The control: Qt's own stack asks the hidden page at every relayout (what PageStack avoids)."""
    window, label, hidden = build(qtbot, QStackedWidget)
    hidden.asked = 0
    relayout(qtbot, label)
    assert hidden.asked > 0
    assert window.minimumSizeHint().height() >= 5000


def test_the_stack_takes_the_size_of_the_page_it_switches_to(qtbot: Any) -> None:
    window, _label, hidden = build(qtbot, PageStack)
    stack = window.findChild(PageStack)
    assert stack is not None
    assert stack.minimumSizeHint().height() < 1000
    stack.setCurrentWidget(hidden)
    settle(qtbot)
    assert stack.minimumSizeHint().height() == 5000
    assert window.layout().minimumSize().height() >= 5000  # the parent's layout was told


def test_the_kiosk_measures_only_the_screen_and_page_shown(kiosk: Driver) -> None:
    """Through the real window: a hidden screen in the window's stack and a hidden page in the wizard's
    are not asked for their size while the applicant goes from step to step."""
    window = kiosk.window
    assert isinstance(window.stack, PageStack) and isinstance(window.wizard.pages, PageStack)
    screen, page = Counted(), Counted()
    window.stack.addWidget(screen)
    window.wizard.pages.addWidget(page)
    settle(kiosk.qtbot)
    screen.asked = page.asked = 0
    kiosk.touch("tile_household")
    kiosk.wait_step("identity")
    kiosk.type_hardware("field_fin", "5ZK2M8P")
    kiosk.type_hardware("field_mobile", "0501234567")
    kiosk.next()
    kiosk.wait_step("applicant")
    kiosk.next()
    settle(kiosk.qtbot)
    assert (screen.asked, page.asked) == (0, 0)
    assert window.height() < 5000
