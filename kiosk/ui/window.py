"""The kiosk window: the top bar, the current screen, the on-screen keyboard below it, the status line;
the idle time-out, the busy and idle overlays, and the wipe that ends every applicant's session.

On a terminal the window paints its home screen first: with ``defer_screens`` it is built with only what
that paint needs, and :meth:`KioskWindow.build_screens` adds the other screens and connects everything
once the home screen is up (``kiosk/app.py``)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMainWindow,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.core import clock
from kiosk.core.services import get as get_service
from kiosk.ui import theme
from kiosk.ui.i18n import Languages
from kiosk.ui.screens.home import HomeScreen
from kiosk.ui.tasks import TaskRunner
from kiosk.ui.widgets.demo_banner import DemoBanner
from kiosk.ui.widgets.keyboard import OnScreenKeyboard
from kiosk.ui.widgets.page_stack import PageStack
from kiosk.ui.widgets.status_line import StatusLine
from kiosk.ui.widgets.top_bar import TopBar

if TYPE_CHECKING:
    from kiosk.core.fees import Quote
    from kiosk.ui.backend import BackendStatus, KioskBackend, Submitted

log = logging.getLogger(__name__)

TOUCH_EVENTS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
}


@dataclass(frozen=True)
class HelpRequest:
    """An applicant touched "Call staff": when, and on which screen (no personal data)."""

    at: datetime
    screen: str  # the screen's class, or the service and step of the wizard
    service: str | None = None
    step: str | None = None


RELEASE_EVENTS = {QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel}

# The "please wait" layer opens only when a background call is still running this long after it started.
# A look-up or a submission that answers sooner (the loopback, the outbox) goes straight on to its result:
# opening and closing the layer over the whole window cost two full-window paints of the Next press.
# Until the layer opens, touches and keys are held back as the layer would hold them.
BUSY_GRACE_MS = 150
HELD_BACK_EVENTS = {
    *TOUCH_EVENTS,
    *RELEASE_EVENTS,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
    QEvent.Type.TouchUpdate,
    QEvent.Type.KeyRelease,
}


class KioskWindow(QMainWindow):
    """Signals: ``status_changed(object)`` — a :class:`BackendStatus`, from any thread."""

    status_changed = Signal(object)

    def __init__(
        self,
        backend: KioskBackend,
        languages: Languages | None = None,
        idle_countdown_s: int = 30,
        *,
        defer_screens: bool = False,
    ) -> None:
        super().__init__()
        self.backend = backend
        self.languages = languages or Languages(language=backend.default_language)
        # Every session starts in the language the kiosk started in, in the normal theme
        # (docs/CONFIG.md, ``language``): the next applicant must not inherit the last one's choices.
        self.home_language = self.languages.current
        self.high_contrast = False
        self._shut_down = False
        self._detach_on_release = False
        self.help_request: HelpRequest | None = None  # shown in staff mode until handled
        self.runner = TaskRunner(self)
        self.quiet = TaskRunner(self)  # background calls without the "please wait" overlay

        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.top_bar = TopBar(central)
        # A demonstration terminal says so above every screen (kiosk/ui/widgets/demo_banner.py).
        self.demo_banner: DemoBanner | None = None
        if getattr(backend, "demo", False):
            self.demo_banner = DemoBanner(central)
            column.addWidget(self.demo_banner)
        self.stack = PageStack(central)  # sized by the screen shown, not by every screen
        self.keyboard = OnScreenKeyboard(central)
        self.keyboard.hide()
        self.status_line = StatusLine(central)
        column.addWidget(self.top_bar)
        column.addWidget(self.stack, 1)
        column.addWidget(self.keyboard)
        column.addWidget(self.status_line)
        self.setCentralWidget(central)

        self.home = HomeScreen(self.stack)  # made in place: see kiosk/ui/screens/home.py
        self.stack.addWidget(self.home)
        self._screens: tuple[QWidget, ...] = ()  # the others and the overlays: build_screens()
        self._idle_countdown_s = idle_countdown_s

        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(int(float(backend.idle_timeout_s) * 1000))
        self.idle_timer.timeout.connect(self._idle)

        self.top_bar.set_language(self.languages.current)
        self.retranslate()
        self.show_screen(self.home)
        if not defer_screens:
            self.build_screens()

    def build_screens(self) -> None:
        """The screens behind home (wizard, confirmation, tracking, apology), the overlays, staff mode,
        the wiring and the first status; until then the window only shows the home screen. Called
        once; later calls do nothing."""
        if self._screens:
            return
        self.home.finish()
        from kiosk import media

        media.install()  # the wizard's photo fields: images are decoded and encoded again
        from kiosk.ui.screens.apology import ApologyScreen
        from kiosk.ui.screens.confirmation import ConfirmationScreen
        from kiosk.ui.screens.tracking import TrackingScreen
        from kiosk.ui.screens.wizard_screen import WizardScreen
        from kiosk.ui.widgets.confirm_dialog import ConfirmDialog
        from kiosk.ui.widgets.idle_dialog import IdleDialog
        from kiosk.ui.widgets.overlay import BusyOverlay

        self.wizard = WizardScreen(self.backend, self.runner)
        self.confirmation = ConfirmationScreen(self.backend, self.runner, quiet=self.quiet)
        self.tracking = TrackingScreen(self.backend, self.runner)
        self.apology = ApologyScreen()
        for screen in (self.wizard, self.confirmation, self.tracking, self.apology):
            self.stack.addWidget(screen)
        central = self.centralWidget()
        self.busy = BusyOverlay(central)
        self._busy_later = QTimer(self)
        self._busy_later.setSingleShot(True)
        self._busy_later.setInterval(BUSY_GRACE_MS)
        self._busy_later.timeout.connect(self.busy.open)
        self.idle_dialog = IdleDialog(central, self._idle_countdown_s)
        self.start_over_dialog = ConfirmDialog(central, "startOver")
        self._screens = (
            self.wizard,
            self.confirmation,
            self.tracking,
            self.apology,
            self.busy,
            self.idle_dialog,
            self.start_over_dialog,
        )
        for part in self._screens:
            part.retranslate()  # type: ignore[attr-defined]
        self._connect()
        self._refresh_status()

        # --- staff mode and lock-down (kiosk/ui/staff): corner gesture, PIN pad, dashboard ---------
        from kiosk.ui.staff.mode import StaffMode

        self.staff = StaffMode(self)
        # --- end of staff mode --------------------------------------------------------------------
        from kiosk.ui.collector import IdleCollector

        # Python's cycle collector runs between touches on this thread, not inside a press or on a
        # worker's thread (kiosk/ui/collector.py).
        self.collector = IdleCollector(self)
        self.collector.start()

    # --- wiring -------------------------------------------------------------------------------------
    def _connect(self) -> None:
        self.top_bar.language_chosen.connect(self.set_language)
        self.top_bar.contrast_toggled.connect(self.set_high_contrast)
        self.top_bar.start_over.connect(self.ask_start_over)
        self.top_bar.call_staff.connect(self.call_staff)
        self.start_over_dialog.accepted.connect(self.reset_session)
        self.home.service_chosen.connect(self.start_service)
        self.home.track_chosen.connect(self.show_tracking)
        self.wizard.submitted.connect(self._submitted)
        self.wizard.leave.connect(self.reset_session)
        self.confirmation.done.connect(self.reset_session)
        self.tracking.leave.connect(self.reset_session)
        self.apology.restart.connect(self.reset_session)
        self.runner.busy_changed.connect(self._busy)
        self.idle_dialog.more_time.connect(self._restart_idle)
        self.idle_dialog.expired.connect(self.reset_session)
        self.idle_dialog.delete_now.connect(self.reset_session)
        self.status_changed.connect(self.status_line.update_status)
        self.status_changed.connect(self._outbox_changed)
        self.backend.subscribe(self.status_changed.emit)  # emitted from any thread, queued here
        app = QApplication.instance()
        if isinstance(app, QApplication):
            from kiosk.ui.input_watch import hub, watch

            app.focusChanged.connect(self._focus_changed)
            # Touches and keys anywhere, through the one filter of all watchers (kiosk/ui/input_watch.py).
            watch(self)
            watching = hub()
            if watching is not None:  # what the applicant did on their phone counts as a touch
                watching.activity.connect(self._applicant_active)

    def _refresh_status(self) -> None:
        from kiosk.ui.backend import BackendStatus  # not before the first paint (kiosk/startup.py)

        self.quiet.run(
            self.backend.status,
            self.status_changed.emit,
            lambda exc: self.status_changed.emit(BackendStatus(False)),
        )

    # --- screens ------------------------------------------------------------------------------------
    def show_screen(self, screen: QWidget) -> None:
        self.keyboard.detach()
        self.stack.setCurrentWidget(screen)
        self._restart_idle()

    def start_service(self, service_id: str) -> None:
        self.wizard.start(get_service(service_id))
        self.show_screen(self.wizard)

    def show_tracking(self) -> None:
        self.show_screen(self.tracking)
        self.tracking.activate()

    def _submitted(self, submitted: Submitted, quote: Quote | None) -> None:
        service = self.wizard.wizard.service if self.wizard.wizard is not None else None
        self.wizard.wipe()  # the stored copy is in the outbox; nothing stays on screen
        self.confirmation.show_result(submitted, quote, service)
        self.show_screen(self.confirmation)
        self._refresh_status()

    def _outbox_changed(self, _status: BackendStatus) -> None:
        if self.stack.currentWidget() is self.confirmation:
            self.confirmation.refresh_state()  # "saved" becomes "sent" the moment it is

    def call_staff(self) -> None:
        """ "Call staff": the request waits in staff mode (the dashboard shows it) until handled."""
        if self.help_request is None:
            wizard = self.wizard.wizard if self.stack.currentWidget() is self.wizard else None
            self.help_request = HelpRequest(
                clock.system(),
                type(self.stack.currentWidget()).__name__,
                wizard.service.id if wizard is not None else None,
                wizard.step.name if wizard is not None else None,
            )
            log.info("help requested at the kiosk (screen: %s)", self.help_request.screen)
        self.top_bar.set_called(True)
        self.status_line.set_help_called(True)
        self._tell_staff_call()

    def help_handled(self) -> None:
        self.help_request = None
        self.top_bar.set_called(False)
        self.status_line.set_help_called(False)
        self._tell_staff_call()

    def _tell_staff_call(self) -> None:
        """The backend's heartbeat tells the fleet page. Off the UI thread: while the kiosk starts,
        the backend answers only once it is open."""
        backend = self.backend

        def tell() -> None:
            setter = getattr(backend, "set_staff_call", None)
            if callable(setter):
                # The state when this runs, not when it was asked: two calls never end out of order.
                setter(self.help_request is not None)

        self.quiet.run(tell, lambda _result: None, lambda _exc: None)

    def ask_start_over(self) -> None:
        """ "Start over": answers are only discarded when the applicant says so (GOV.UK pattern)."""
        current = self.stack.currentWidget()
        if current is self.wizard and self.wizard.wizard is not None:
            self.keyboard.detach()
            self.start_over_dialog.ask(self._start_over_texts)
        elif current is self.confirmation and self.confirmation.submitted is not None:
            self.confirmation.finish()  # asks first when no receipt was printed
        else:
            self.reset_session()

    @staticmethod
    def _start_over_texts() -> tuple[str, str, str, str]:
        translate = QCoreApplication.translate
        return (
            translate("KioskWindow", "Start over?"),
            translate(
                "KioskWindow",
                "Everything you have entered will be deleted from this kiosk and you will go back "
                "to the start.",
            ),
            translate("KioskWindow", "Yes, delete my answers"),
            translate("KioskWindow", "No, go back to my application"),
        )

    def reset_session(self) -> None:
        """Forget the applicant: every answer, look-up result, photo preview, code, the language and
        the larger text they chose; back home."""
        self.runner.cancel_all()
        self.idle_dialog.stop()
        self.start_over_dialog.close_overlay()
        self.wizard.wipe()
        self.confirmation.clear()
        self.tracking.clear()
        focused = QApplication.focusWidget()
        if focused is not None:
            focused.clearFocus()
        self.top_bar.set_called(False)  # the next applicant did not call; staff still see the call
        self.status_line.set_help_called(False)
        if self.top_bar.contrast.isChecked():
            self.top_bar.contrast.setChecked(False)  # toggles the theme back
        elif self.high_contrast:
            self.set_high_contrast(False)
        if self.languages.current != self.home_language:
            self.set_language(self.home_language)
        self.show_screen(self.home)

    def show_apology(self) -> None:
        self.reset_session()
        self.show_screen(self.apology)

    # --- language and theme -------------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        self.languages.switch(language)
        self.top_bar.set_language(language)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for part in (self.top_bar, self.status_line, self.home, *self._screens):
            part.retranslate()  # type: ignore[attr-defined]
        if self.demo_banner is not None:
            self.demo_banner.retranslate()
        if self.keyboard.isVisible() and self.keyboard.target is not None:
            self.keyboard.attach(self.keyboard.target, self.keyboard.kind, self.languages.current)

    def set_high_contrast(self, on: bool) -> None:
        self.high_contrast = on
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, on)

    # --- keyboard -----------------------------------------------------------------------------------
    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, QLineEdit) and not new.isReadOnly() and self.isAncestorOf(new):
            self.keyboard.attach(
                new, str(new.property("keyboard") or "text"), self.languages.current
            )
            QTimer.singleShot(0, lambda: self._reveal(new))
        elif new is not None and self.isAncestorOf(new) and new is not self.keyboard:
            from PySide6.QtCore import Qt  # not at import: see kiosk/ui/widgets/overlay.py

            if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
                # A finger is down on a button (Next, Back…): hiding the keyboard now would move that
                # button before the finger lifts and the click would be lost. Hide it once the click
                # has landed.
                self._detach_on_release = True
            else:
                self.keyboard.detach()

    def _detach_after_click(self) -> None:
        if not self._detach_on_release:
            return
        self._detach_on_release = False
        focused = QApplication.focusWidget()
        editing = (
            isinstance(focused, QLineEdit)
            and not focused.isReadOnly()
            and self.isAncestorOf(focused)
            and focused is self.keyboard.target
        )
        if not editing:
            self.keyboard.detach()

    def _reveal(self, edit: QLineEdit) -> None:
        """Keep the edited field in sight above the keyboard."""
        parent = edit.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(edit, 40, 120)

    # --- busy and idle ------------------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        if busy:
            self._busy_later.start()  # the layer opens if the call is still running then
        else:
            self._busy_later.stop()
            self.busy.close_overlay()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (
            kind in HELD_BACK_EVENTS
            and self._busy_later.isActive()
            and isinstance(watched, QWidget)
            and (watched is self or self.isAncestorOf(watched))
        ):
            return True  # a call is under way and its layer not open yet: held back as it would be
        if kind in TOUCH_EVENTS and not self.idle_dialog.isVisible():
            self._restart_idle()
        elif kind in RELEASE_EVENTS and self._detach_on_release:
            QTimer.singleShot(0, self._detach_after_click)  # after the release has made its click
        return False

    def _applicant_active(self) -> None:
        if not self._shut_down and not self.idle_dialog.isVisible():
            self._restart_idle()

    def _restart_idle(self) -> None:
        if self.stack.currentWidget() is self.home:
            self.idle_timer.stop()
        else:
            self.idle_timer.start()

    def _idle(self) -> None:
        if self.stack.currentWidget() is self.home:
            return
        if self.runner.busy:
            self.idle_timer.start()  # a call is under way: ask again later
            return
        self.keyboard.detach()
        self.idle_dialog.start()

    def closeEvent(self, event: object) -> None:
        self.shutdown()
        super().closeEvent(event)  # type: ignore[arg-type]

    def shutdown(self) -> None:
        if self._shut_down:
            return
        self._shut_down = True
        app = QApplication.instance()
        if isinstance(app, QApplication) and self._screens:  # connected by build_screens()
            from kiosk.ui.input_watch import hub, unwatch

            unwatch(self)
            app.focusChanged.disconnect(self._focus_changed)
            watching = hub()
            if watching is not None:
                watching.activity.disconnect(self._applicant_active)
            self.staff.shutdown()  # its watchers and its own task runner
            self.collector.stop()  # automatic collection again, as before the window
        self.idle_timer.stop()
        self.runner.shutdown()
        self.quiet.shutdown()
