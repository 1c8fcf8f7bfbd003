"""The home screen is painted first: the outbox, the schedules, the validators, the other screens, staff
mode and the sync worker come after that paint (kiosk/app.py, kiosk/startup.py) — and they do come."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from kiosk.backend_protocol import BackendError, BackendStatus
from kiosk.config import KioskConfig
from kiosk.startup import PendingBackend

ROOT = Path(__file__).resolve().parents[2]
MARKER = "STARTUP "

# ``kiosk run --windowed`` with a watcher: what exists at the window's first paint, and then, once the
# kiosk is up, what exists after it. Prints one JSON line and makes the kiosk quit.
CHILD = r"""
import gc, json, sys, time
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
import kiosk.ui.app as ui

report = {}
made = ui.application

def window_of(obj):
    top = obj.window() if isinstance(obj, QWidget) else None
    return top if type(top).__name__ == "KioskWindow" else None

class Watch(QObject):
    def eventFilter(self, obj, event):
        window = window_of(obj) if event.type() == QEvent.Type.Paint else None
        if window is not None and "first_paint" not in report:
            report["first_paint"] = {
                "screens": hasattr(window, "wizard"),
                "staff": hasattr(window, "staff"),
                "backend_ready": window.backend.ready,
                "modules": sorted(m for m in MODULES if m in sys.modules),
            }
            self.window, self.deadline = window, time.monotonic() + 60
            self.timer = QTimer(self)
            self.timer.timeout.connect(self.poll)
            self.timer.start(50)
        return False

    def poll(self):
        window = self.window
        worker = getattr(window.backend.real, "worker", None) if window.backend.ready else None
        up = (
            hasattr(window, "wizard")
            and worker is not None
            and worker.is_alive()
            and window.status_line.status is not None
            and gc.get_freeze_count() > 0
        )
        if up or time.monotonic() > self.deadline:
            stack = [type(window.stack.widget(i)).__name__ for i in range(window.stack.count())]
            report["up"] = {
                "in_time": up,
                "stack": stack,
                "staff_service": getattr(getattr(window, "staff", None), "service", None) is not None,
                "worker_alive": bool(worker and worker.is_alive()),
                "status": window.status_line.label.text(),
                "status_known": window.status_line.status is not None,
                "modules": sorted(m for m in MODULES if m in sys.modules),
                "gc_frozen": gc.get_freeze_count(),
                "gc_automatic": gc.isenabled(),
                "collector_running": window.collector.timer.isActive(),
            }
            print("STARTUP " + json.dumps(report), flush=True)
            self.timer.stop()
            QCoreApplication.exit(0)

MODULES = %r

def application():
    app = made()
    if not hasattr(application, "watch"):
        application.watch = Watch(app)
        app.installEventFilter(application.watch)
    return app

ui.application = application
from kiosk.cli import main
raise SystemExit(main(["run", "--windowed"]))
"""

DEFERRED = (
    "sqlite_utils",
    "phonenumbers",
    "kiosk.offline_queue.store",
    "kiosk.core.fees",
    "kiosk.core.tariffs",
    "kiosk.core.validation",
    "kiosk.ui.screens.wizard_screen",
    "kiosk.ui.screens.tracking",
    "kiosk.staff.service",
)


@pytest.fixture(scope="module")
def startup(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        KIOSK_DATA_DIR=str(tmp_path_factory.mktemp("kiosk-data")),
        KIOSK_CENTRAL_URL="http://127.0.0.1:9",
        KIOSK_API_TOKEN="startup-test-token",
    )
    proc = subprocess.run(
        [sys.executable, "-c", CHILD % (DEFERRED,)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=180,
        check=False,
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith(MARKER)]
    assert proc.returncode == 0 and lines, f"{proc.returncode} {proc.stdout} {proc.stderr[-3000:]}"
    return dict(json.loads(lines[0][len(MARKER) :]))


def test_the_first_paint_shows_home_before_anything_else_is_opened(
    startup: dict[str, Any],
) -> None:
    first = startup["first_paint"]
    assert first["modules"] == [], first
    assert not first["backend_ready"] and not first["screens"] and not first["staff"], first


def test_after_the_first_paint_the_kiosk_comes_up(startup: dict[str, Any]) -> None:
    up = startup["up"]
    assert up["in_time"], up
    for screen in ("HomeScreen", "WizardScreen", "ConfirmationScreen", "TrackingScreen"):
        assert screen in up["stack"], up["stack"]
    assert up["staff_service"] and up["worker_alive"], up
    assert up["status_known"] and up["status"], (
        "the status line says online or offline once the outbox is open"
    )
    assert {"kiosk.offline_queue.store", "kiosk.core.validation"} <= set(up["modules"])


# --- the backend the window holds until then ------------------------------------------------------
class Real:
    def __init__(self) -> None:
        self.schedules: list[str] = ["TQS-1"]
        self.listeners: list[Any] = []
        self.netmeter_tariffs = ("0.084", "0.057")

    def subscribe(self, callback: Any) -> None:
        self.listeners.append(callback)

    def status(self) -> BackendStatus:
        return BackendStatus(online=True, pending=2)


def pending() -> PendingBackend:
    return PendingBackend(KioskConfig(language="ru", idle_timeout_s=45))


def test_the_configuration_answers_before_the_backend_is_there() -> None:
    backend = pending()
    assert (backend.default_language, backend.idle_timeout_s, backend.ready) == ("ru", 45.0, False)


def test_a_call_made_before_the_hand_over_waits_for_it() -> None:
    backend, real = pending(), Real()
    answers: list[BackendStatus] = []
    caller = threading.Thread(target=lambda: answers.append(backend.status()))
    caller.start()
    caller.join(0.2)
    assert caller.is_alive() and not answers  # waiting, not failing
    backend.attach(real)  # type: ignore[arg-type]
    caller.join(10)
    assert answers == [BackendStatus(online=True, pending=2)]


def test_listeners_subscribed_early_are_handed_over() -> None:
    backend, real = pending(), Real()
    early, late = object(), object()
    backend.subscribe(early)  # type: ignore[arg-type]
    assert real.listeners == []
    backend.attach(real)  # type: ignore[arg-type]
    backend.subscribe(late)  # type: ignore[arg-type]
    assert real.listeners == [early, late]


def test_attributes_are_the_real_backends_live_ones() -> None:
    backend, real = pending(), Real()
    backend.attach(real)  # type: ignore[arg-type]
    real.schedules = ["TQS-2"]  # staff mode replaces them after a download
    assert backend.schedules == ["TQS-2"]
    assert backend.netmeter_tariffs == ("0.084", "0.057")
    with pytest.raises(AttributeError):
        backend.no_such_thing  # noqa: B018


def test_a_failed_start_releases_the_waiting_calls() -> None:
    backend = pending()
    errors: list[BaseException] = []

    def call() -> None:
        try:
            backend.status()
        except BackendError as exc:
            errors.append(exc)

    caller = threading.Thread(target=call)
    caller.start()
    backend.fail(OSError("disk full"))
    caller.join(10)
    assert len(errors) == 1 and "disk full" in str(errors[0])
    assert errors[0].message_id == "outbox.error"  # type: ignore[attr-defined]


def test_an_outbox_that_cannot_open_after_the_paint_still_ends_the_kiosk(tmp_path: Path) -> None:
    (tmp_path / "outbox.sqlite3").mkdir()  # a folder where the outbox file should be
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        KIOSK_DATA_DIR=str(tmp_path),
        KIOSK_CENTRAL_URL="http://127.0.0.1:9",
        KIOSK_API_TOKEN="startup-test-token",
    )
    proc = subprocess.run(
        [sys.executable, "-m", "kiosk", "run", "--windowed"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 1, proc.stdout + proc.stderr[-2000:]
    # Said in one line (kiosk/cli.py), not as a traceback.
    assert "kiosk: outbox.io_error" in proc.stderr and "Traceback" not in proc.stderr


def test_once_up_the_start_is_frozen_and_collection_runs_from_the_event_loop(
    startup: dict[str, Any],
) -> None:
    """kiosk/ui/collector.py: what the start made is left out of later collections, and the cycle
    collector runs from the window's timer, not whenever allocations trigger it."""
    up = startup["up"]
    assert up["gc_frozen"] > 10_000, up
    assert not up["gc_automatic"] and up["collector_running"], up
