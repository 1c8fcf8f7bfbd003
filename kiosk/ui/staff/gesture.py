"""The hidden way into staff mode: holding a finger (or the mouse) on the window's top-left corner.

An application-wide event filter watches presses that land on the window; a press inside the corner
square starts a timer, and moving out of the square or lifting the finger before it fires cancels it.
When it fires, ``triggered`` is emitted and the release that follows is swallowed, so the widget under
the finger (a language button, on a narrow screen) is not clicked by it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent, QTouchEvent
from PySide6.QtWidgets import QAbstractButton, QWidget

HOLD_MS = 3000
CORNER_PX = 96

_PRESS = {QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin}
_MOVE = {QEvent.Type.MouseMove, QEvent.Type.TouchUpdate}
_RELEASE = {QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel}


class CornerHold(QObject):
    """Signals: ``triggered()`` — the corner was held for ``hold_ms``."""

    triggered = Signal()

    def __init__(self, window: QWidget, hold_ms: int = HOLD_MS, corner_px: int = CORNER_PX) -> None:
        super().__init__(window)
        self.window = window
        self.corner_px = corner_px
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(hold_ms)
        self.timer.timeout.connect(self._fire)
        self._target: QWidget | None = None
        self._swallow_release = False

    @property
    def holding(self) -> bool:
        return self.timer.isActive()

    def _position(self, event: QEvent) -> QPoint | None:
        point: QPointF | None = None
        if isinstance(event, QMouseEvent):
            if event.type() == QEvent.Type.MouseButtonPress and (
                event.button() != Qt.MouseButton.LeftButton
            ):
                return None
            point = event.globalPosition()
        elif isinstance(event, QTouchEvent):
            points = event.points()
            if not points:
                return None
            point = points[0].globalPosition()
        if point is None:
            return None
        return self.window.mapFromGlobal(point.toPoint())

    def _in_corner(self, pos: QPoint) -> bool:
        return 0 <= pos.x() < self.corner_px and 0 <= pos.y() < self.corner_px

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _PRESS and kind not in _MOVE and kind not in _RELEASE:
            return False
        if not isinstance(watched, QWidget) or not (
            watched is self.window or self.window.isAncestorOf(watched)
        ):
            return False
        if kind in _RELEASE:
            self.timer.stop()
            if self._swallow_release:
                self._swallow_release = False
                return True
            return False
        pos = self._position(event)
        if pos is None:
            return False
        if kind in _PRESS and not self.holding and self._in_corner(pos):
            self._target = watched
            self._swallow_release = False
            self.timer.start()
        elif kind in _MOVE and self.holding and not self._in_corner(pos):
            self.timer.stop()
        return False

    def _fire(self) -> None:
        if isinstance(self._target, QAbstractButton):
            self._target.setDown(False)
        self._target = None
        self._swallow_release = True
        self.triggered.emit()
