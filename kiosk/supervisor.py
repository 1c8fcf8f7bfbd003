"""``kiosk run --supervise``: keep the kiosk on screen (issue 8, lock-down).

The supervisor runs the kiosk as a child process. When the child ends abnormally (a non-zero code or a
signal) it is started again after a short, growing delay, so the home screen is back within seconds.
When it exits with 0 (staff chose "exit to desktop") the supervisor ends too. ``max_crashes`` abnormal
ends within ``window_s`` seconds are a crash loop: the supervisor then runs the out-of-order command
instead, a full-screen notice in the three languages. That screen gives up by itself after
``retry_after_s`` (exit code :data:`EXIT_RETRY`); the supervisor then forgets the crash history and tries
the kiosk again, so a terminal whose fault was passing (a network drive, a printer driver) heals without
a visit. SIGTERM or SIGINT to the supervisor ends the child (SIGTERM, then SIGKILL after
``stop_timeout_s``) and the supervisor with it.
"""

from __future__ import annotations

import logging
import signal
import subprocess
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from types import FrameType
from typing import Any

from kiosk.core.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

EXIT_RETRY = 75  # EX_TEMPFAIL: the out-of-order screen asks for another try of the kiosk

CONTEXT = "OutOfOrder"
# The notice's two lines, English sources translated through ``translations/`` (context ``OutOfOrder``).
TITLE = QT_TRANSLATE_NOOP("OutOfOrder", "Terminal temporarily out of order")
HINT = QT_TRANSLATE_NOOP("OutOfOrder", "Please use another terminal or ask ASAN staff.")


class _Translations(Mapping[str, str]):
    """One text by language, read from the catalogues when asked (the supervisor's start parses none)."""

    def __init__(self, source: str) -> None:
        self.source = source

    def __getitem__(self, lang: str) -> str:
        if lang not in LANGUAGES:
            raise KeyError(lang)
        return translate(CONTEXT, self.source, lang)

    def __iter__(self) -> Iterator[str]:
        return iter(LANGUAGES)

    def __len__(self) -> int:
        return len(LANGUAGES)


OUT_OF_ORDER_TEXT: Mapping[str, str] = _Translations(TITLE)
OUT_OF_ORDER_HINT: Mapping[str, str] = _Translations(HINT)


class Supervisor:
    """Runs ``command`` until it exits cleanly or the supervisor is told to stop.

    ``restart_delay_s`` doubles with every consecutive crash up to ``max_delay_s``; a child that ran
    longer than ``window_s`` counts as having started well and resets the delay.
    """

    def __init__(
        self,
        command: Sequence[str],
        *,
        max_crashes: int = 5,
        window_s: float = 60.0,
        restart_delay_s: float = 1.0,
        max_delay_s: float = 8.0,
        out_of_order_command: Sequence[str] | None = None,
        stop_timeout_s: float = 10.0,
        env: dict[str, str] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if max_crashes < 1:
            raise ValueError("max_crashes must be at least 1")
        self.command = list(command)
        self.max_crashes = max_crashes
        self.window_s = window_s
        self.restart_delay_s = restart_delay_s
        self.max_delay_s = max_delay_s
        self.out_of_order_command = list(out_of_order_command) if out_of_order_command else None
        self.stop_timeout_s = stop_timeout_s
        self.env = env
        self.clock = clock
        self.crashes: deque[float] = deque()
        self.starts = 0
        self.out_of_order_shown = 0
        self._child: subprocess.Popen[bytes] | None = None
        self._stopping = False

    # ----------------------------------------------------------------------------------- control

    def stop(self, *_: Any) -> None:
        """Stop the child and the supervisor (also the SIGTERM/SIGINT handler)."""
        self._stopping = True
        child = self._child
        if child is not None and child.poll() is None:
            child.terminate()

    def run(self) -> int:
        """Supervise until a clean exit (0) or a stop (0). Signal handlers are installed when called
        from the main thread and restored afterwards."""
        previous = self._install_signals()
        try:
            return self._loop()
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)

    def _install_signals(self) -> dict[int, Any]:
        import threading

        if threading.current_thread() is not threading.main_thread():
            return {}
        previous: dict[int, Any] = {}
        for signum in (signal.SIGTERM, signal.SIGINT):
            previous[signum] = signal.signal(signum, self._on_signal)
        return previous

    def _on_signal(self, signum: int, frame: FrameType | None) -> None:
        log.info("supervisor: signal %d, stopping the kiosk", signum)
        self.stop()

    # -------------------------------------------------------------------------------------- loop

    def _loop(self) -> int:
        consecutive = 0
        while not self._stopping:
            started = self.clock()
            self.starts += 1
            code = self._run_child(self.command)
            if self._stopping:
                break
            if code == 0:
                log.info("supervisor: the kiosk exited cleanly; stopping")
                return 0
            now = self.clock()
            consecutive = consecutive + 1 if now - started < self.window_s else 1
            self._note_crash(now, code)
            if len(self.crashes) >= self.max_crashes:
                log.error(
                    "supervisor: %d crashes within %.0f s: showing the out-of-order screen",
                    len(self.crashes),
                    self.window_s,
                )
                if self.out_of_order_command is None:
                    return 1
                self.out_of_order_shown += 1
                self._run_child(self.out_of_order_command)
                self.crashes.clear()
                consecutive = 0
            self._sleep(self._delay(consecutive))
        return 0

    def _note_crash(self, now: float, code: int) -> None:
        how = f"signal {-code}" if code < 0 else f"code {code}"
        log.warning("supervisor: the kiosk ended with %s; restarting", how)
        self.crashes.append(now)
        while self.crashes and self.crashes[0] <= now - self.window_s:
            self.crashes.popleft()

    def _delay(self, consecutive: int) -> float:
        if consecutive <= 0:
            return self.restart_delay_s
        return float(min(self.max_delay_s, self.restart_delay_s * 2 ** (consecutive - 1)))

    def _sleep(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while not self._stopping and time.monotonic() < deadline:
            time.sleep(min(0.05, max(0.0, deadline - time.monotonic())))

    def _run_child(self, command: list[str]) -> int:
        try:
            self._child = subprocess.Popen(command, env=self.env)
        except OSError as exc:
            log.error("supervisor: cannot start %s: %s", command[0], exc.strerror)
            return 127
        child = self._child
        try:
            while True:
                try:
                    return child.wait(timeout=0.2)
                except subprocess.TimeoutExpired:
                    if self._stopping:
                        return self._end(child)
        finally:
            self._child = None

    def _end(self, child: subprocess.Popen[bytes]) -> int:
        child.terminate()
        try:
            return child.wait(timeout=self.stop_timeout_s)
        except subprocess.TimeoutExpired:
            log.warning("supervisor: the kiosk ignored SIGTERM; killing it")
            child.kill()
            return child.wait()


# ------------------------------------------------------------------------------ kiosk wiring


def kiosk_commands(run_args: Sequence[str], language: str = "az") -> tuple[list[str], list[str]]:
    """The child command for ``kiosk run <run_args>`` (``--supervise`` removed) and the out-of-order
    command, both run with this interpreter."""
    args = [a for a in run_args if a != "--supervise"]
    # The installed (frozen) kiosk is its own executable; from source it is ``python -m kiosk``.
    program = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "kiosk"]
    kiosk = [*program, "run", *args]
    out_of_order = [*program, "out-of-order", "--lang", language]
    return kiosk, out_of_order


def supervise(run_args: Sequence[str], language: str = "az", **options: Any) -> int:
    """``kiosk run --supervise``: supervise ``kiosk run <run_args>`` until it exits cleanly."""
    kiosk, out_of_order = kiosk_commands(run_args, language)
    return Supervisor(kiosk, out_of_order_command=out_of_order, **options).run()


# -------------------------------------------------------------------------- out-of-order screen


def out_of_order_lines(language: str) -> list[str]:
    """The notice in all three languages, the chosen one first."""
    order = [language] + [lang for lang in LANGUAGES if lang != language]
    order = [lang for lang in order if lang in OUT_OF_ORDER_TEXT]
    return [f"{OUT_OF_ORDER_TEXT[lang]}\n{OUT_OF_ORDER_HINT[lang]}" for lang in order]


def build_out_of_order_window(language: str) -> Any:
    """The full-screen notice widget (not shown yet). Needs a QApplication."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    class OutOfOrderWindow(QWidget):
        def closeEvent(self, event: QCloseEvent) -> None:
            event.ignore()  # only the timer or the supervisor ends it

    window = OutOfOrderWindow()
    window.setObjectName("outOfOrder")
    window.setWindowFlags(
        Qt.WindowType.FramelessWindowHint
        | Qt.WindowType.WindowStaysOnTopHint
        | Qt.WindowType.Window
    )
    window.setStyleSheet("background: #0b3d6e; color: white;")
    layout = QVBoxLayout(window)
    layout.addStretch(1)
    for i, text in enumerate(out_of_order_lines(language)):
        label = QLabel(text)
        label.setObjectName(f"outOfOrderText{i}")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setStyleSheet(f"font-size: {40 if i == 0 else 28}px; margin: 24px;")
        layout.addWidget(label)
    layout.addStretch(1)
    return window


def run_out_of_order_screen(language: str = "az", retry_after_s: float = 300.0) -> int:
    """``kiosk out-of-order``: show the notice full-screen; after ``retry_after_s`` return
    :data:`EXIT_RETRY` so the supervisor tries the kiosk again. Never shows a traceback: on any failure
    it logs and returns 1 (the supervisor then waits and retries)."""
    try:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        from kiosk.ui import theme

        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        theme.register_fonts()
        window = build_out_of_order_window(language)
        window.showFullScreen()
        QTimer.singleShot(int(retry_after_s * 1000), lambda: app.exit(EXIT_RETRY))
        code = app.exec()
        window.hide()
        window.deleteLater()
        return int(code)
    except Exception:
        log.exception("out-of-order screen failed")
        return 1
