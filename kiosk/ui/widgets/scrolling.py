"""Kinetic (finger-drag) scrolling for scroll areas and lists."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractScrollArea


def kinetic(area: QAbstractScrollArea) -> None:
    # Imported here: the home screen's scroll area exists before its first paint, its gesture after it.
    from PySide6.QtWidgets import QScroller, QScrollerProperties

    viewport = area.viewport()
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(viewport)
    props = scroller.scrollerProperties()
    # A touch that does not move is a tap, delivered at once (no delay before buttons react).
    props.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0)
    props.setScrollMetric(QScrollerProperties.ScrollMetric.DragStartDistance, 0.004)
    scroller.setScrollerProperties(props)


def scroll_area(
    content: QWidget | None = None,
    *,
    kinetic_now: bool = True,
    parent: QWidget | None = None,
) -> QScrollArea:
    """A frameless scroll area; with ``kinetic_now=False`` the caller calls :func:`kinetic` itself
    later (the home screen, after its first paint: PySide6's first ``viewport()`` call and the
    gesture's set-up cost tens of milliseconds of the start, issue 18). ``parent``: made in it rather
    than moved into it (moving a widget makes Qt hand the style down its whole tree again)."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    if content is not None:
        area.setWidget(content)
    if kinetic_now:
        kinetic(area)
    return area
