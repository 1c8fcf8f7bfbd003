"""Cold start: a fresh process to the first painted home screen, against a bare PySide6 window that paints
one label (the floor). Both run as new subprocesses (offscreen), alternating; the time is from starting
the process to the marker the child prints right after the first paint event of its window, and the
memory is the child's peak resident set (``VmHWM``) at that moment. Medians of the runs are compared.

    python -m benchmarks.coldstart [--runs 9]
    python -m benchmarks.coldstart --child kiosk|floor     (one start; prints the marker)

The kiosk child runs the ``kiosk run --windowed`` command as a terminal does (configuration, logging,
backend, window), with a central API address nobody listens on, and at the first paint also reports
which heavy modules are already imported (tests/perf checks that the receipts, the HTTP stack, the
outbox and the validators are not).
"""

from __future__ import annotations

# Only what the children need is imported here: the parent's tools (argparse, statistics, subprocess,
# tempfile) are imported where it uses them, so that neither child pays for them.
import importlib.util
import json
import os
import sys
import time
from collections.abc import Callable
from types import ModuleType
from typing import Any

HEAVY = (
    "reportlab",
    "requests",
    "PIL",
    "urllib3",
    "pypdfium2",
    "qrcode",
    "escpos",
    "sqlite_utils",
    "cryptography",
    "phonenumbers",
    "kiosk.core.fees",
    "kiosk.core.tariffs",
    "kiosk.core.validation",
    "kiosk.core.services",
    "kiosk.ui.backend",
    "tomllib",
    "kiosk.offline_queue.store",
    "kiosk.ui.screens.wizard_screen",
    "kiosk.ui.screens.tracking",
    "kiosk.staff.service",
)
MARKER = "FIRST-PAINT "


def peak_rss_kb() -> int:
    """This process's peak resident set size so far (Linux ``VmHWM``), in KiB."""
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def _on_first_paint(widget: Any, started: float) -> None:
    """Print the marker (with the heavy modules imported so far) at ``widget``'s first paint, then
    end the process at once: only the start-up is measured. The filter sits on that one widget, not
    on the whole application, where it would cost the kiosk (hundreds of start-up events) more than
    the floor (a few dozen)."""
    from PySide6.QtCore import QEvent, QObject

    class Watch(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                loaded = sorted(m for m in HEAVY if m in sys.modules)
                times = os.times()
                info = {
                    "in_process_s": time.perf_counter() - started,
                    "cpu_s": times.user + times.system,  # the whole process's, every thread's
                    "peak_rss_kb": peak_rss_kb(),
                    "heavy_modules": loaded,
                }
                sys.stdout.write(MARKER + json.dumps(info) + "\n")
                sys.stdout.flush()
                os._exit(0)
            return False

    widget.installEventFilter(Watch(widget))


def child_floor() -> None:
    """A bare PySide6 window: a QMainWindow whose one label is what gets painted."""
    started = time.perf_counter()
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    label = QLabel("Xoş gəlmisiniz")
    window.setCentralWidget(label)
    _on_first_paint(label, started)
    window.resize(1280, 1024)
    window.show()
    app.exec()


class _AfterImport:
    """A meta path finder that calls ``then(module)`` right after the module ``name`` is imported
    (no importlib.abc: importing it would cost the kiosk's start ~10 ms that the kiosk does not pay)."""

    def __init__(self, name: str, then: Callable[[ModuleType], None]) -> None:
        self.name, self.then = name, then

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> Any:
        if fullname != self.name:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(fullname)
        if spec is None or spec.loader is None:
            return spec
        loader, then = spec.loader, self.then

        class Loader:
            def create_module(self, spec: Any) -> Any:
                return loader.create_module(spec)

            def exec_module(self, module: ModuleType) -> None:
                loader.exec_module(module)
                then(module)

        spec.loader = Loader()
        return spec


def child_kiosk() -> None:
    """``kiosk run --windowed``; the marker comes at the first paint of the home screen. The watcher
    goes onto the home screen as the kiosk builds its window (kiosk.ui.app.build_window), so that
    nothing is imported before the kiosk imports it: PySide6 in particular, after which every module
    import costs more (PySide6's import hook reads its source)."""
    started = time.perf_counter()

    def watch(module: ModuleType) -> None:
        build = module.build_window

        def build_window(*args: Any, **kwargs: Any) -> Any:
            window = build(*args, **kwargs)
            _on_first_paint(window.home, started)
            return window

        module.build_window = build_window

    sys.meta_path.insert(0, _AfterImport("kiosk.ui.app", watch))
    from kiosk.cli import main

    main(["run", "--windowed"])


def start_once(kind: str, data_dir: str) -> dict[str, Any]:
    import subprocess

    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # An installed kiosk runs from compiled bytecode (pip and PyInstaller compile at install): the
    # warm-up start writes it here, where it would otherwise compile every module at every start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        KIOSK_DATA_DIR=data_dir,
        KIOSK_CENTRAL_URL="http://127.0.0.1:9",
        KIOSK_API_TOKEN="bench-token",
    )
    env.pop("KIOSK_CONFIG", None)
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.coldstart", "--child", kind],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    info: dict[str, Any] | None = None
    try:
        for line in proc.stdout:
            if line.startswith(MARKER):
                info = json.loads(line[len(MARKER) :])
                info["wall_s"] = time.perf_counter() - t0
                break
    finally:
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    if info is None:
        raise RuntimeError(f"the {kind} child never painted (exit {proc.returncode})")
    return info


def run(runs: int) -> dict[str, Any]:
    import statistics
    import tempfile

    walls: dict[str, list[float]] = {"floor": [], "kiosk": []}
    cpus: dict[str, list[float]] = {"floor": [], "kiosk": []}
    peaks: dict[str, list[int]] = {"floor": [], "kiosk": []}
    heavy: list[str] = []
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as tmp:
        start_once(
            "kiosk", tmp
        )  # the first start creates the outbox and its key; warm the disk cache
        start_once("floor", tmp)
        for _ in range(runs):  # alternating, so both meet the same machine load
            for kind in ("floor", "kiosk"):
                info = start_once(kind, tmp)
                walls[kind].append(info["wall_s"])
                cpus[kind].append(info["cpu_s"])
                peaks[kind].append(info["peak_rss_kb"])
                if kind == "kiosk":
                    heavy = info["heavy_modules"]
    floor = statistics.median(walls["floor"])
    kiosk = statistics.median(walls["kiosk"])
    floor_mib = statistics.median(peaks["floor"]) / 1024
    kiosk_mib = statistics.median(peaks["kiosk"]) / 1024
    return {
        "benchmark": "coldstart",
        "runs": runs,
        "floor_median_ms": round(floor * 1000, 1),
        "kiosk_median_ms": round(kiosk * 1000, 1),
        "floor_all_ms": [round(w * 1000) for w in walls["floor"]],
        "kiosk_all_ms": [round(w * 1000) for w in walls["kiosk"]],
        "ratio": round(kiosk / floor, 2),
        # CPU time (user + system, 10 ms ticks) to the first paint: less disturbed by other load.
        "floor_cpu_median_ms": round(statistics.median(cpus["floor"]) * 1000),
        "kiosk_cpu_median_ms": round(statistics.median(cpus["kiosk"]) * 1000),
        "cpu_ratio": round(statistics.median(cpus["kiosk"]) / statistics.median(cpus["floor"]), 2),
        "floor_peak_mib": round(floor_mib, 1),
        "kiosk_peak_mib": round(kiosk_mib, 1),
        "memory_ratio": round(kiosk_mib / floor_mib, 2),
        "heavy_modules_at_first_paint": heavy,
    }


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--child"] and len(args) == 2:
        {"floor": child_floor, "kiosk": child_kiosk}[args[1]]()
        return 0
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--child", choices=("kiosk", "floor"), help="one start; prints the marker")
    options = parser.parse_args(args)
    print(json.dumps(run(max(1, options.runs)), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
