"""Staff mode on the kiosk window: the corner gesture opens the PIN pad, a right PIN the dashboard; any
way out (the button, "Start over", a few idle minutes) signs the staff member out and goes home.

The window builds one :class:`StaffMode` and keeps it as ``window.staff``; the composition root hands it
the :class:`~kiosk.staff.service.StaffService` with :meth:`StaffMode.set_service`. Lock-down is active
from construction: the shortcuts and the close button work only while a staff member is signed in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from kiosk.staff.pin import PinCheck
from kiosk.ui.input_watch import unwatch, watch
from kiosk.ui.staff.gesture import HOLD_MS, CornerHold
from kiosk.ui.staff.lockdown import LockDown, lock_window
from kiosk.ui.staff.pinpad import PinPad
from kiosk.ui.tasks import TaskRunner

if TYPE_CHECKING:  # the service (outbox, PINs, audit) comes after the first paint: kiosk/app.py
    from kiosk.staff.service import StaffService
    from kiosk.ui.staff.dashboard import Dashboard

IDLE_S = 180.0  # staff mode ends by itself after three idle minutes
_ACTIVITY = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
}


class StaffMode(QObject):
    """Signals: ``entered(int)`` — signed in with that PIN slot; ``left(str)`` — staff mode ended
    (``button``, ``cancel``, ``idle``, ``away``); ``exit_requested()`` — staff chose the desktop."""

    entered = Signal(int)
    left = Signal(str)
    exit_requested = Signal()

    def __init__(
        self,
        window: QWidget,
        service: StaffService | None = None,
        *,
        idle_s: float = IDLE_S,
        hold_ms: int = HOLD_MS,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.service = service
        self.quit: Callable[[int], None] = QApplication.exit
        self.runner = TaskRunner(self, default_timeout_s=30.0)
        self.pinpad = PinPad()
        self._dashboard: Dashboard | None = None  # built when a staff member first signs in
        self.screen = QStackedWidget()
        self.screen.setObjectName("staffScreen")
        # A stacked widget is as tall as its tallest page even when hidden: without this the PIN pad
        # would make every applicant screen too tall for 1080 px once the on-screen keyboard shows.
        self.screen.setMinimumSize(1, 1)
        self.screen.addWidget(self.pinpad)
        self.stack: QStackedWidget = window.stack  # type: ignore[attr-defined]
        self.stack.addWidget(self.screen)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.set_idle(idle_s)
        self.idle.timeout.connect(lambda: self.leave("idle"))
        self.gesture = CornerHold(window, hold_ms)
        self.lockdown = LockDown(window, lambda: self.signed_in)
        self._in_session = False
        self._leaving = False
        self._window_idle_ms: int | None = None
        self._connect()

    def _connect(self) -> None:
        self.gesture.triggered.connect(self.enter)
        self.pinpad.submitted.connect(self._try_pin)
        self.pinpad.cancelled.connect(lambda: self.leave("cancel"))
        self.stack.currentChanged.connect(self._stack_changed)
        self.runner.busy_changed.connect(self._busy)
        for watcher in (self.lockdown, self.gesture, self):
            watch(watcher)

    @property
    def dashboard(self) -> Dashboard:
        """The staff dashboard, built on first use (its tabs import the staff service's stores)."""
        if self._dashboard is None:
            from kiosk.ui.staff.dashboard import Dashboard

            self._dashboard = Dashboard(self.runner, self._signed_in_service)
            self.screen.addWidget(self._dashboard)
            self._dashboard.leave.connect(lambda: self.leave("button"))
            self._dashboard.exit_desktop.connect(self.exit_to_desktop)
            self._dashboard.help_handled.connect(self._help_handled)
        return self._dashboard

    def set_service(self, service: StaffService | None) -> None:
        self.service = service

    def set_idle(self, seconds: float) -> None:
        self.idle.setInterval(int(seconds * 1000))

    def lock_down(self) -> None:
        """Full-screen, frameless, on top: how the terminal runs (``kiosk run --fullscreen``)."""
        lock_window(self.window)

    def shutdown(self) -> None:
        for watcher in (self.lockdown, self.gesture, self):
            unwatch(watcher)
        self.idle.stop()
        self.gesture.timer.stop()
        self.runner.shutdown()

    # --- state -------------------------------------------------------------------------------------
    def _signed_in_service(self) -> StaffService | None:
        return self.service if self.signed_in else None

    @property
    def signed_in(self) -> bool:
        return self.service is not None and self.service.slot is not None

    @property
    def active(self) -> bool:
        return self._in_session

    # --- in ----------------------------------------------------------------------------------------
    def enter(self) -> None:
        """The gesture: wipe the applicant's session and show the PIN pad."""
        if self._in_session:
            return
        reset = getattr(self.window, "reset_session", None)
        if callable(reset):
            reset()
        self._in_session = True
        self._hold_window_idle()
        self.pinpad.clear()
        self.screen.setCurrentWidget(self.pinpad)
        show = getattr(self.window, "show_screen", None)
        if callable(show):
            show(self.screen)
        else:
            self.stack.setCurrentWidget(self.screen)
        self.idle.start()
        if self.service is None:
            self.pinpad.show_result(PinCheck(None, 0, no_pins=True))
            return
        service = self.service
        self.runner.run(service.pin_status, self.pinpad.show_result, self._pin_error)

    def _try_pin(self, pin: str) -> None:
        if self.service is None:
            return
        service = self.service
        self.runner.run(lambda: service.unlock(pin), self._unlocked, self._pin_error)

    def _unlocked(self, result: PinCheck) -> None:
        if not self._in_session:
            return
        if result.ok and result.slot is not None:
            self.pinpad.clear()
            self.screen.setCurrentWidget(self.dashboard)
            self.dashboard.open(result.slot)
            self.dashboard.show_help(getattr(self.window, "help_request", None))
            self.entered.emit(result.slot)
        else:
            self.pinpad.show_result(result)

    def _help_handled(self) -> None:
        handled = getattr(self.window, "help_handled", None)
        if callable(handled):
            handled()

    def _pin_error(self, exc: Exception) -> None:
        self.pinpad.message.setText(type(exc).__name__)

    # --- out ---------------------------------------------------------------------------------------
    def leave(self, reason: str = "button") -> None:
        if not self._in_session or self._leaving:
            return
        self._leaving = True
        try:
            self.idle.stop()
            self.runner.cancel_all()
            if self.service is not None:
                self.service.leave(reason)
            if self._dashboard is not None:
                self._dashboard.clear()
            self.pinpad.clear()
            self._in_session = False
            self._release_window_idle()
            if self.stack.currentWidget() is self.screen:
                reset = getattr(self.window, "reset_session", None)
                if callable(reset):
                    reset()
                else:
                    self.stack.setCurrentIndex(0)
        finally:
            self._leaving = False
        self.left.emit(reason)

    def _stack_changed(self, index: int) -> None:
        if self._in_session and self.stack.widget(index) is not self.screen:
            self.leave("away")

    def exit_to_desktop(self) -> None:
        service = self._signed_in_service()
        if service is None:
            return
        self.runner.run(service.exit_to_desktop, lambda _: self._exit(), self._pin_error)

    def _exit(self) -> None:
        self.idle.stop()
        self.exit_requested.emit()
        self.quit(0)

    # --- idle --------------------------------------------------------------------------------------
    def _hold_window_idle(self) -> None:
        """The applicant's idle time-out must not interrupt staff: it is pushed past staff's own."""
        timer = getattr(self.window, "idle_timer", None)
        if isinstance(timer, QTimer) and self._window_idle_ms is None:
            self._window_idle_ms = timer.interval()
            timer.setInterval(self.idle.interval() * 2 + 60_000)
            timer.stop()

    def _release_window_idle(self) -> None:
        timer = getattr(self.window, "idle_timer", None)
        if isinstance(timer, QTimer) and self._window_idle_ms is not None:
            timer.setInterval(self._window_idle_ms)
        self._window_idle_ms = None

    def _busy(self, busy: bool) -> None:
        overlay = getattr(self.window, "busy", None)
        if overlay is None:
            return
        if busy:
            overlay.open()
        else:
            overlay.close_overlay()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._in_session and event.type() in _ACTIVITY:
            self.idle.start()
        return False
