"""Long translations fit (in the manner of Vorta's TRANS_SCALE): with the Russian catalogue, usually the
longest, every visible button's text fits inside the button and nothing widens the window past the
screen, on the portrait and on the landscape kiosk screen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QPushButton, QStyle, QStyleOptionButton, QWidget

SCREENS = [(1080, 1920), (1280, 1024)]


def overflowing(root: QWidget) -> list[str]:
    """The visible buttons whose longest text line is wider than the room inside them."""
    bad = []
    for button in root.findChildren(QPushButton):
        if not button.isVisibleTo(root) or not button.text():
            continue
        option = QStyleOptionButton()
        button.initStyleOption(option)
        room = (
            button.style()
            .subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
            .width()
        )
        if not button.icon().isNull():
            room -= button.iconSize().width()
        metrics = button.fontMetrics()
        widest = max(metrics.horizontalAdvance(line) for line in button.text().split("\n"))
        if widest > room:
            bad.append(
                f"{button.objectName()}: {widest} > {room} in {button.width()} ({button.text()!r})"
            )
    return bad


def _settle(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Run the queued layout requests (nested layouts post them level by level)."""
    for _ in range(4):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


@pytest.mark.parametrize("size", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_home_screen_fits_in_russian(qtbot, make_window, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    window = make_window("ru", size)
    _settle(qtbot, window)
    assert window.width() == size[0]
    assert window.home.tiles["business"].full_text().startswith("Подключение небытового")
    assert overflowing(window) == []


@pytest.mark.parametrize("size", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("service", ["household", "business", "prosumer", "water_reading"])
def test_wizard_pages_fit_in_russian(  # type: ignore[no-untyped-def]
    qtbot, make_window, size: tuple[int, int], service: str
) -> None:
    window = make_window("ru", size)
    window.start_service(service)
    wizard = window.wizard.wizard
    for step in wizard.steps:
        wizard.goto(step.name)
        window.wizard.render()
        _settle(qtbot, window)
        assert window.width() == size[0], step.name
        assert overflowing(window) == [], step.name


def test_the_check_finds_a_text_that_does_not_fit(qtbot) -> None:  # type: ignore[no-untyped-def]
    button = QPushButton("Сохранить и вернуться к проверке " * 4)
    qtbot.addWidget(button)
    button.setFixedWidth(200)
    button.show()
    assert overflowing(button.parentWidget() or _wrap(qtbot, button))


def _wrap(qtbot, button: QPushButton) -> QWidget:  # type: ignore[no-untyped-def]
    holder = QWidget()
    qtbot.addWidget(holder)
    button.setParent(holder)
    holder.show()
    return holder
