"""Kinetic (finger-drag) scrolling for scroll areas and lists."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QScrollArea,
    QScroller,
    QScrollerProperties,
    QWidget,
)


def kinetic(area: QAbstractScrollArea) -> None:
    viewport = area.viewport()
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(viewport)
    props = scroller.scrollerProperties()
    # A touch that does not move is a tap, delivered at once (no delay before buttons react).
    props.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0)
    props.setScrollMetric(QScrollerProperties.ScrollMetric.DragStartDistance, 0.004)
    scroller.setScrollerProperties(props)


def scroll_area(content: QWidget | None = None, *, kinetic_now: bool = True) -> QScrollArea:
    """A frameless scroll area; with ``kinetic_now=False`` the caller calls :func:`kinetic` itself
    later (the home screen, after its first paint: PySide6's first ``viewport()`` call and the
    gesture's set-up cost tens of milliseconds of the start, issue 18)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    if content is not None:
        area.setWidget(content)
    if kinetic_now:
        kinetic(area)
    return area
