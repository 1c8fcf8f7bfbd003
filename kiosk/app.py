"""Composition root: read the configuration, build the outbox, the sync worker, the central API client
and the backend, start the local reference central API when none is configured, and run the UI."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from kiosk.config import KioskConfig

log = logging.getLogger(__name__)


@contextmanager
def services(
    config: KioskConfig,
    *,
    start_worker: bool = True,
    local_central: bool = True,
    defer_worker: bool = False,
) -> Iterator[tuple[KioskConfig, object]]:
    """The running kiosk below the UI: yields the effective configuration and the backend.

    With ``defer_worker`` the sync worker is built but left for the caller to start (after the first
    paint); the HTTP client is built on first use either way."""
    from kiosk.api.lazy import LazyClient
    from kiosk.backend import CentralBackend
    from kiosk.local_central import LocalCentral
    from kiosk.offline_queue.factory import make_client, open_outbox, retention_pass
    from kiosk.offline_queue.worker import SyncWorker
    from kiosk.staff.shipping import AuditShipper
    from kiosk.staff.tariffs import load_schedules

    local = None
    if not config.central_url and local_central:
        if not config.demo:
            from kiosk.local_central import NOT_CONFIGURED, LocalCentralError

            raise LocalCentralError(NOT_CONFIGURED)
        local = LocalCentral(config.data_dir / "local-central", config.kiosk_id).start()
        config = dataclasses.replace(
            config,
            central_url=local.url,
            api_token=local.token,
            public_status_url=config.public_status_url or local.url,
        )
    outbox = open_outbox(config)
    effective = config
    client = LazyClient(lambda: make_client(effective))
    worker = (
        SyncWorker(
            outbox,
            client,  # type: ignore[arg-type]
            heartbeat_s=config.heartbeat_s,
            audit=AuditShipper(config.data_dir, config.kiosk_id),  # the staff audit log's entries
            housekeeping=lambda: retention_pass(config, outbox),  # hourly, for a kiosk left running
        )
        if start_worker
        else None
    )
    backend = CentralBackend(config, outbox, client, worker, load_schedules(config))  # type: ignore[arg-type]
    if worker is not None and not defer_worker:
        worker.start()
    if start_worker:
        # What the central accepts, asked once off the start-up path (kiosk/central_limits.py).
        import threading

        threading.Thread(target=backend.refresh_limits, name="limits", daemon=True).start()
    try:
        yield config, backend
    finally:
        backend.close()
        if local is not None:
            local.stop()


def _quit_on_signals() -> None:
    """SIGTERM and SIGINT close the window cleanly (the worker stops, the outbox closes)."""
    import signal

    from PySide6.QtCore import QCoreApplication, QTimer

    def quit_app(*_: object) -> None:
        # exit(), not quit(): quit() asks the windows to close, which lock-down refuses.
        QCoreApplication.exit(0)

    signal.signal(signal.SIGTERM, quit_app)
    signal.signal(signal.SIGINT, quit_app)
    # Python runs signal handlers only when it gets control; a light timer gives it that inside Qt's loop.
    timer = QTimer(QCoreApplication.instance())
    timer.timeout.connect(lambda: None)
    timer.start(250)


def run(
    config: KioskConfig,
    *,
    windowed: bool = False,
    config_path: str | None = None,
    log_level: str | None = None,
) -> int:
    """The kiosk until its window closes. The home screen is painted first, over a
    :class:`~kiosk.startup.PendingBackend`; then logging to ``data_dir/logs`` starts (with
    ``log_level``), the outbox, the schedules, the central API client (and, without ``central_url``,
    the local reference central API) are opened, the other screens are built, and the sync worker
    starts a second later. A failure to open them ends the kiosk with that error, as it would have
    before the window opened."""
    import gc

    # Until the first paint, Python's cycle collector would only walk the objects being made for good
    # (modules, classes, Qt's enums, widgets) again and again: it waits until then.
    gc.disable()
    try:
        return _run(config, windowed=windowed, config_path=config_path, log_level=log_level)
    finally:
        gc.enable()


def _run(
    config: KioskConfig, *, windowed: bool, config_path: str | None, log_level: str | None
) -> int:
    import gc
    from contextlib import ExitStack

    from PySide6.QtCore import QCoreApplication, QTimer

    from kiosk.startup import PendingBackend
    from kiosk.ui.app import application, run_ui

    if not config.central_url:
        from kiosk.local_central import check_available, demo_config

        config = demo_config(config, windowed=windowed)  # no private central unasked
        check_available()  # before any window: without the server's extra, say so and stop
    pending = PendingBackend(config)
    failure: list[BaseException] = []

    with ExitStack() as below:

        def open_below(window: Any) -> None:
            gc.enable()
            try:
                if log_level is not None:
                    from kiosk.logs import setup_logging

                    setup_logging(config.data_dir, log_level)
                effective, backend = below.enter_context(services(config, defer_worker=True))
                pending.attach(backend)  # type: ignore[arg-type]
                window.build_screens()
                window.staff.set_service(_StaffLoader(effective, config_path, backend))
                from kiosk.ui.collector import freeze_startup

                # What the start made for good stays out of later collections (kiosk/ui/collector.py),
                # once the sync worker has started too.
                QTimer.singleShot(2000, freeze_startup)
            except Exception as exc:  # the kiosk ends with it, as it did before the window opened
                failure.append(exc)
                pending.fail(exc)
                QCoreApplication.exit(1)
                return
            worker = getattr(backend, "worker", None)
            if worker is not None:
                QTimer.singleShot(1000, worker.start)  # sending waits until the kiosk is up

        application()
        _quit_on_signals()
        code = run_ui(pending, windowed=windowed, after_first_paint=open_below)  # type: ignore[arg-type]
    if failure:
        raise failure[0]
    return code


class _StaffLoader:
    """Builds the staff service the first time staff mode needs it (off the start-up path)."""

    def __init__(self, config: KioskConfig, config_path: str | None, backend: object) -> None:
        self._args = (config, config_path, backend)
        self._service: object | None = None

    def __getattr__(self, name: str) -> object:
        if self._service is None:
            from kiosk.staff.service import StaffService

            self._service = StaffService(*self._args)  # type: ignore[arg-type]
        return getattr(self._service, name)
