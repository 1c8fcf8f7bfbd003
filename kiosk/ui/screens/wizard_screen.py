"""The one generic wizard: renders any service definition step by step from :class:`Wizard` state.

A progress indicator, the page, big Back/Next; Next explains what is missing until the page is valid.
Look-ups (guide 001, 2.1; guide 002, 2–3) run off the UI thread when Next leaves a page that has a
looked-up key; submitting commits to the outbox through the backend, also off the UI thread.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.core import fees
from kiosk.core.application import InvalidApplication
from kiosk.core.fees import QuoteError
from kiosk.core.services.model import Service, Step
from kiosk.core.wizard import Wizard
from kiosk.ui.backend import (
    BackendError,
    BackendOffline,
    Challenge,
    IdentityRefused,
    IdentityRequired,
    KioskBackend,
    netmeter_tariffs,
)
from kiosk.ui.backend import media_roots as backend_media_roots
from kiosk.ui.i18n import core_text, current, message
from kiosk.ui.screens.form_page import FormPage
from kiosk.ui.screens.netmeter_page import NetmeterPage
from kiosk.ui.screens.quote_page import QuotePage
from kiosk.ui.screens.review_page import ReviewPage
from kiosk.ui.tasks import TaskRunner
from kiosk.ui.texts import notice
from kiosk.ui.widgets.code_dialog import CodeDialog
from kiosk.ui.widgets.error_summary import ErrorSummary, Problem
from kiosk.ui.widgets.overlay import wrapping_label
from kiosk.ui.widgets.page_stack import PageStack
from kiosk.ui.widgets.scrolling import scroll_area


class WizardScreen(QWidget):
    """Signals: ``submitted(object, object)`` — stored (Submitted, Quote or None);
    ``leave()`` — Back on the first page."""

    submitted = Signal(object, object)
    leave = Signal()

    def __init__(
        self, backend: KioskBackend, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.backend, self.runner = backend, runner
        self.wizard: Wizard | None = None
        self.page: QWidget | None = None
        # Each form step's page is built once a session and reused going back and forth: building a
        # page and styling it anew is most of what a Next press costs (docs/PERFORMANCE.md). The
        # next form step's page is built ahead, once the current one is painted (_prebuild_next).
        self._form_pages: dict[str, FormPage] = {}
        # Every page sits in its own scroll area in a stack and stays there: showing a page is a
        # switch of the stack. Putting pages into one scroll area and taking them out again re-parented
        # them, which made Qt re-style the whole page each time (issue 14).
        self._areas: dict[QWidget, QScrollArea] = {}
        self._painted = _AfterPaint(self._prebuild_next)
        self.notes: dict[str, str] = {}
        # The fee the applicant last went on from the fee page with: check-your-answers shows it
        # prominently when the answers changed it since (issue 14, 6).
        self.seen_fee: Decimal | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 12, 40, 12)
        layout.setSpacing(8)
        self.service_title = wrapping_label(name="subtitle")
        self.service_title.setObjectName("serviceTitle")
        self.step_title = wrapping_label(name="title")
        self.step_title.setObjectName("title")
        self.progress_text = wrapping_label(name="progress")
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedHeight(14)
        self.summary = ErrorSummary(self)
        self.summary.jump.connect(self.jump_to)
        self.pages = PageStack(self)  # sized by the page shown, not by every page of the session
        self._blank = scroll_area()
        self.pages.addWidget(self._blank)
        footer = QHBoxLayout()
        footer.setSpacing(24)
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("back")
        self.back_button.setProperty("role", "secondary")
        self.back_button.setMinimumWidth(220)
        self.back_button.clicked.connect(self.on_back)
        self.explain = wrapping_label(role="error")
        self.explain.setObjectName("explain")
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("next")
        self.next_button.setMinimumWidth(280)
        self.next_button.clicked.connect(self.on_next)
        footer.addWidget(self.back_button)
        footer.addWidget(self.explain, 1)
        footer.addWidget(self.next_button)
        head = QHBoxLayout()
        head.addWidget(self.service_title, 1)
        head.addWidget(self.progress_text)
        layout.addLayout(head)
        layout.addWidget(self.step_title)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.pages, 1)
        layout.addLayout(footer)
        self._explain_key = ""
        # The one-time code before a personal look-up's data are shown (docs/WIRE.md "Identity").
        self.code_dialog = CodeDialog(self)
        self.code_dialog.code_entered.connect(self._verify_code)
        self.code_dialog.resend.connect(self._resend_code)
        self.code_dialog.manual.connect(self._type_by_hand)

    # --- session ------------------------------------------------------------------------------------
    def start(self, service: Service) -> None:
        self.wipe()
        self.wizard = Wizard(service, self.backend.settings, self.backend.schedules)
        self.render()

    def wipe(self) -> None:
        self.code_dialog.close_overlay()  # a session's code never outlives it
        if self.wizard is not None:
            self.wizard.wipe()
        self.wizard = None
        self.notes.clear()
        self.seen_fee = None
        self._explain_key = ""
        self._set_page(None)
        for cached in self._form_pages.values():
            self._drop(cached)
        self._form_pages.clear()

    @property
    def scroll(self) -> QScrollArea:
        """The scroll area of the page shown."""
        area = self.pages.currentWidget()
        assert isinstance(area, QScrollArea)
        return area

    def _area(self, page: QWidget) -> QScrollArea:
        area = self._areas.get(page)
        if area is None:
            area = self._areas[page] = scroll_area(page)
            self.pages.addWidget(area)
        return area

    def _drop(self, page: QWidget) -> None:
        area = self._areas.pop(page, None)
        if area is not None:
            self.pages.removeWidget(area)
            area.setParent(None)  # out of the window at once: nothing finds it until it is deleted
            area.deleteLater()  # and the page in it
        else:
            page.deleteLater()

    def _set_page(self, page: QWidget | None) -> None:
        old, self.page = self.page, page
        if page is not None:
            area = self._area(page)
            area.verticalScrollBar().setValue(0)
            self.pages.setCurrentWidget(area)
            self._painted.watch(page)
        else:
            self.pages.setCurrentWidget(self._blank)
        if old is not None and old is not page and old not in self._form_pages.values():
            self._drop(old)

    def _form_page(self, step: Step) -> FormPage:
        """The page of the form step ``step``: the one built for it this session, or a new one."""
        assert self.wizard is not None
        cached = self._form_pages.get(step.name)
        if cached is not None and cached.step is step:
            return cached
        if cached is not None:
            self._drop(cached)
        context: dict[str, Any] = {
            "settings": self.backend.settings,
            "media_roots": backend_media_roots(self.backend),
        }
        page = FormPage(self.wizard, step, self.notes, **context)
        page.errors_changed.connect(self._update_summary)
        self._form_pages[step.name] = page
        return page

    def _prebuild_next(self) -> None:
        """Once a page is painted, while the applicant reads it: build and style the page of the next
        form step, in its scroll area behind the one shown, so that Next only switches to it."""
        wizard = self.wizard
        if wizard is None or self.page is None or not self.isVisible():
            return
        steps = wizard.steps
        following = steps[wizard.index + 1] if wizard.index + 1 < len(steps) else None
        if following is None or following.kind in ("quote", "netmeter", "review"):
            return
        cached = self._form_pages.get(following.name)
        if cached is not None and cached.step is following:
            return
        page = self._form_page(following)
        QTimer.singleShot(0, lambda: self._prestyle(page))  # in two slices: a touch waits less

    def _prestyle(self, page: FormPage) -> None:
        if not any(p is page for p in self._form_pages.values()) or page in self._areas:
            return  # gone with the session, or already shown
        area = self._area(page)
        area.resize(self.pages.size())
        area.ensurePolished()  # the page and every widget in it, as they will be shown

    # --- rendering ----------------------------------------------------------------------------------
    def render(self) -> None:
        wizard = self.wizard
        if wizard is None:
            return
        step = wizard.step
        if step.kind == "quote":
            page: QWidget = QuotePage(wizard)
        elif step.kind == "netmeter":
            tariffs = netmeter_tariffs(wizard.settings.today, wizard.answers.get("consumer_group"))
            assert tariffs is not None  # the energy tariff schedules are bundled
            page = NetmeterPage(wizard, tariffs)
        elif step.kind == "review":
            page = ReviewPage(wizard, self.change, self.seen_fee)
        else:
            cached = self._form_pages.get(step.name)
            page = self._form_page(step)
            if page is cached:
                page.refresh(retranslate=False)  # self.retranslate() below re-translates it
        self._explain_key = ""
        self._set_page(page)
        self.retranslate()
        self._update_summary()

    def retranslate(self) -> None:
        self.code_dialog.retranslate()
        wizard = self.wizard
        if wizard is None:
            return
        index, total = wizard.progress()
        self.service_title.setText(core_text("Service", wizard.service.title))
        self.step_title.setText(core_text("Step", wizard.step.title))
        self.progress_text.setText(
            QCoreApplication.translate("WizardScreen", "Step %1 of %2")
            .replace("%1", str(index))
            .replace("%2", str(total))
        )
        # QProgressBar.setValue() repaints at once (under the "please wait" layer after a look-up, the
        # whole layer too): with updates off it is painted with the rest of the page instead.
        self.progress_bar.setUpdatesEnabled(False)
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(index)
        self.progress_bar.setUpdatesEnabled(True)
        self.back_button.setText(QCoreApplication.translate("WizardScreen", "Back"))
        if wizard.is_review:
            self.next_button.setText(QCoreApplication.translate("WizardScreen", "Send application"))
        elif wizard.return_to_review:
            self.next_button.setText(
                QCoreApplication.translate("WizardScreen", "Save and go back to the check")
            )
        else:
            self.next_button.setText(QCoreApplication.translate("WizardScreen", "Next"))
        self._show_explain()
        retranslate = getattr(self.page, "retranslate", None)
        if retranslate is not None:
            retranslate()
        self.summary.retranslate()
        if self.summary.problems:
            self._update_summary()

    # --- the error summary --------------------------------------------------------------------------
    def _problems(self) -> list[Problem]:
        """Every problem shown on this page, in the page's order; one no field shows (the fee, a
        look-up) still says why Next is blocked."""
        wizard = self.wizard
        if wizard is None:
            return []
        errors = wizard.shown_errors
        problems: list[Problem] = []
        for field in wizard.step.fields:
            if field.type == "group":
                for index in range(len(wizard.items(field.name))):
                    for sub in field.fields:
                        key = f"{field.name}.{index}.{sub.name}"
                        if key in errors:
                            label = QCoreApplication.translate(
                                "GroupField", field.item_label
                            ).replace("%1", str(index + 1))
                            label += " · " + core_text("Field", sub.label)
                            problems.append(Problem(key, self._problem(label, key), True))
            if field.name in errors:
                label = core_text("Field", field.label)
                problems.append(Problem(field.name, self._problem(label, field.name), True))
        listed = {p.key for p in problems}
        for key, error in errors.items():
            if key not in listed:
                # A fee the tariff does not give comes from an earlier answer: touching the problem
                # goes back to it (fees.ANSWER_OF_ERROR); else only staff can help (the page says so).
                jumps = key == "quote" and error.code in fees.ANSWER_OF_ERROR
                problems.append(Problem(key, message(error.code, error.params), jumps))
        return problems

    def _problem(self, label: str, key: str) -> str:
        assert self.wizard is not None
        error = self.wizard.shown_errors[key]
        return f"{label}: {message(error.code, error.params)}"

    def _update_summary(self) -> None:
        problems = self._problems()
        self.summary.show_problems(problems)
        if not problems and self._explain_key in ("invalid", "lookup"):
            self._explain("")  # everything marked is put right: no stale "please correct"

    def jump_to(self, key: str) -> None:
        """A problem in the summary was touched: show its field and put the cursor in it. A fee
        problem goes back to the earlier answer it comes from (the connection period, the power)."""
        if key == "quote" and self.wizard is not None and "quote" in self.wizard.shown_errors:
            name = fees.ANSWER_OF_ERROR.get(self.wizard.shown_errors["quote"].code)
            step = next((s for s in self.wizard.steps if name in {f.name for f in s.fields}), None)
            if name is None or step is None:
                return
            self.wizard.goto(step.name)
            self.wizard.shown_errors = {}
            self.render()
            key = name
        widget = self.page.widget_for(key) if isinstance(self.page, FormPage) else None
        if widget is None:
            return
        self.scroll.ensureWidgetVisible(widget, 50, 50)
        target = widget.focus_target()
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_explain(self) -> None:
        texts = {
            "invalid": self._how_to_go_on(),
            "lookup": QCoreApplication.translate("WizardScreen", "Please check the marked answer."),
        }
        self.explain.setText(
            texts.get(self._explain_key, notice(self._explain_key) if self._explain_key else "")
        )

    def _how_to_go_on(self) -> str:
        """Under a blocked Next: what to do. Marked answers are corrected on the page; a fee problem
        is put right by changing the answer it comes from; anything else only staff can help with."""
        problems = self._problems()
        if not problems or any(p.has_field and p.key != "quote" for p in problems):
            return QCoreApplication.translate(
                "WizardScreen", "Please correct the marked answers to go on."
            )
        if all(p.has_field for p in problems):
            return QCoreApplication.translate(
                "WizardScreen",
                "Touch the problem above to change the answer it comes from, or call staff.",
            )
        return QCoreApplication.translate(
            "WizardScreen", "This cannot be put right here: please call staff, they will help you."
        )

    def _explain(self, key: str) -> None:
        self._explain_key = key
        self._show_explain()

    # --- Enter ---------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """⏎ in a field (on-screen or hardware keyboard; a field lets it through) goes to the page's
        next field to type in, and from the last one it is Next."""
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            super().keyPressEvent(event)
            return
        focused = QApplication.focusWidget()
        if not isinstance(focused, QLineEdit) or self.page is None:
            super().keyPressEvent(event)
            return
        event.accept()
        following = self._field_after(focused)
        if following is not None:
            self.scroll.ensureWidgetVisible(following, 40, 120)
            following.setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.on_next()

    def _field_after(self, edit: QLineEdit) -> QLineEdit | None:
        assert self.page is not None
        editable = [
            e
            for e in self.page.findChildren(QLineEdit)
            if e.isVisibleTo(self.page) and e.isEnabled() and not e.isReadOnly()
        ]
        editable.sort(key=lambda e: (e.mapTo(self.page, e.rect().topLeft()).y(), e.x()))
        if edit not in editable:
            return None
        index = editable.index(edit)
        return editable[index + 1] if index + 1 < len(editable) else None

    # --- moving -------------------------------------------------------------------------------------
    def on_back(self) -> None:
        if self.wizard is None:
            return
        if not self.wizard.back():
            self.leave.emit()
            return
        self.render()

    def change(self, step_name: str) -> None:
        if self.wizard is not None:
            self.wizard.change(step_name)
            self.render()

    def on_next(self) -> None:
        wizard = self.wizard
        if wizard is None or self.runner.busy:
            return
        if wizard.is_review:
            self.submit()
            return
        pending = wizard.pending_lookup()
        if pending is not None:  # look up first: it may fill the other fields of this page
            kind, key = pending
            self._look_up(kind, key)
            return
        leaving_quote = wizard.step.kind == "quote"
        if not wizard.next():  # records the errors to show
            self._show_errors()
            return
        if leaving_quote:
            quote = wizard.quote()
            self.seen_fee = None if isinstance(quote, QuoteError) else quote.amount
        self.render()

    def _show_errors(self) -> None:
        self._explain("invalid")
        self._update_summary()
        if isinstance(self.page, FormPage):
            self.page.show_errors()
            target = self.page.first_error_widget()
            if target is not None:
                self.scroll.ensureWidgetVisible(target, 50, 50)
        elif self.page is not None:
            getattr(self.page, "retranslate", lambda: None)()

    def _look_up(self, kind: str, key: str) -> None:
        language = current()
        self.runner.run(
            lambda: self.backend.lookup(kind, key, language),
            lambda result: self._looked_up(kind, key, result),
            lambda exc: self._lookup_failed(kind, key, exc),
        )

    # --- identity one-time code ---------------------------------------------------------------------
    def _verify_code(self, code: str) -> None:
        challenge = self.code_dialog.challenge
        if challenge is None or self.runner.busy:
            return
        self.runner.run(
            lambda: self.backend.verify_identity(challenge, code),
            lambda record: self._code_right(challenge, record),
            lambda exc: self._code_refused(challenge, exc),
        )

    def _code_right(self, challenge: Challenge, record: dict[str, Any]) -> None:
        self.code_dialog.close_overlay()
        self._looked_up(challenge.kind, challenge.key, record)

    def _code_refused(self, challenge: Challenge, error: Exception) -> None:
        if isinstance(error, IdentityRefused):
            self.code_dialog.show_problem(error.message_id, error.attempts_left)
            return
        self.code_dialog.close_overlay()
        self._lookup_failed(challenge.kind, challenge.key, error)

    def _resend_code(self) -> None:
        challenge = self.code_dialog.challenge
        if challenge is not None and not self.runner.busy:
            self._look_up(challenge.kind, challenge.key)

    def _type_by_hand(self) -> None:
        wizard = self.wizard
        challenge = self.code_dialog.challenge
        self.code_dialog.close_overlay()
        if wizard is None or challenge is None:
            return
        self._declined(challenge.kind, challenge.key, "identity.manual")

    def _declined(self, kind: str, key: str, note: str) -> None:
        assert self.wizard is not None
        self.notes[kind] = self.wizard.lookup_declined(kind, key, note)
        self._after_lookup(kind)

    def _looked_up(self, kind: str, key: str, result: dict[str, Any] | None) -> None:
        wizard = self.wizard
        if wizard is None:
            return
        note = wizard.lookup_done(kind, key, result)
        if note is None:  # the definition says an unknown key blocks the step
            self._show_errors()
            self._explain("lookup")
            return
        self.notes[kind] = note
        self._after_lookup(kind)

    def _lookup_failed(self, kind: str, key: str, error: Exception) -> None:
        wizard = self.wizard
        if wizard is None:
            return
        if isinstance(error, IdentityRequired):
            self.code_dialog.ask(error.challenge)
            return
        if isinstance(error, IdentityRefused):
            self.code_dialog.close_overlay()
            self._declined(kind, key, error.message_id)
            return
        if not isinstance(error, BackendOffline):
            raise error
        self.notes[kind] = wizard.lookup_unavailable(kind, key)
        self._after_lookup(kind)

    def _after_lookup(self, kind: str) -> None:
        assert self.wizard is not None
        if self.wizard.lookup_fills_step(kind):
            self.wizard.shown_errors = {}
            self.render()  # the applicant sees what was filled in before going on
        elif self.wizard.next():
            self.render()
        else:
            self.render()
            self._show_errors()

    # --- submitting ---------------------------------------------------------------------------------
    def submit(self) -> None:
        wizard = self.wizard
        assert wizard is not None
        try:
            application = wizard.result()
        except InvalidApplication as exc:
            self._go_to_first_error(exc)
            return
        quote = wizard.quote() if wizard.service.fee else None
        if isinstance(quote, QuoteError):
            quote = None
        language = current()
        self.runner.run(
            lambda: self.backend.submit(application, quote, language),
            lambda done: self.submitted.emit(done, quote),
            self._submit_failed,
        )

    def _submit_failed(self, error: Exception) -> None:
        if isinstance(error, BackendError):
            self._explain(error.message_id)
            return
        if isinstance(error, BackendOffline):
            self._explain("outbox.error")
            return
        raise error

    def _go_to_first_error(self, exc: InvalidApplication) -> None:
        wizard = self.wizard
        assert wizard is not None
        for step in wizard.steps:
            names = {f.name for f in step.fields}
            errors = {k: v for k, v in exc.errors.items() if k.split(".", 1)[0] in names}
            if errors:
                wizard.change(step.name)
                wizard.shown_errors = errors
                self.render()
                self._show_errors()
                return


class _AfterPaint(QObject):
    """Calls ``then()`` from the event loop once the widget it watches has been painted."""

    def __init__(self, then: Any) -> None:
        super().__init__()
        self.then = then
        self.widget: QWidget | None = None

    def watch(self, widget: QWidget) -> None:
        if self.widget is not None and shiboken6.isValid(self.widget):
            self.widget.removeEventFilter(self)
        self.widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self.widget = None
            QTimer.singleShot(0, self.then)  # after this paint has reached the screen
        return False
