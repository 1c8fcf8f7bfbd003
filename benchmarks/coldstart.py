"""Cold start: a fresh process to the first painted home screen, against a bare PySide6 window that paints
one label (the floor). Both run as new subprocesses (offscreen); the time is from starting the process
to the marker the child prints right after the first paint event of its window.

    python -m benchmarks.coldstart [--runs 7]
    python -m benchmarks.coldstart --child kiosk|floor     (one start; prints the marker)

The kiosk child goes through kiosk.app.run as a terminal does (configuration, outbox, backend, window),
with a central API address nobody listens on, and at the first paint also reports which heavy modules
are already imported (reportlab, requests and PIL must not be: tests/perf checks that).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from typing import Any

HEAVY = (
    "reportlab",
    "requests",
    "PIL",
    "urllib3",
    "pypdfium2",
    "qrcode",
    "escpos",
    "kiosk.core.fees",
)
MARKER = "FIRST-PAINT "


def _on_first_paint(window_type: type, started: float) -> None:
    """Print the marker (with the heavy modules imported so far) at the window's first paint, then
    end the process at once: only the start-up is measured."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QWidget

    class Watch(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if (
                event.type() == QEvent.Type.Paint
                and isinstance(obj, QWidget)
                and isinstance(obj.window(), window_type)
            ):
                loaded = sorted(m for m in HEAVY if m in sys.modules)
                info = {"in_process_s": time.perf_counter() - started, "heavy_modules": loaded}
                sys.stdout.write(MARKER + json.dumps(info) + "\n")
                sys.stdout.flush()
                os._exit(0)
            return False

    app = QApplication.instance() or QApplication(sys.argv[:1])
    watch = Watch(app)
    app.installEventFilter(watch)


def child_floor() -> None:
    started = time.perf_counter()
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    _on_first_paint(QMainWindow, started)
    window = QMainWindow()
    window.setCentralWidget(QLabel("Xoş gəlmisiniz"))
    window.resize(1280, 1024)
    window.show()
    app.exec()


def child_kiosk() -> None:
    started = time.perf_counter()
    from PySide6.QtWidgets import QApplication

    from kiosk import app as kiosk_app
    from kiosk.config import load_config
    from kiosk.ui.window import KioskWindow

    QApplication(sys.argv[:1])
    _on_first_paint(KioskWindow, started)
    kiosk_app.run(load_config(None), windowed=True)


def start_once(kind: str, data_dir: str) -> dict[str, Any]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
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
    walls: dict[str, list[float]] = {"floor": [], "kiosk": []}
    heavy: list[str] = []
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as tmp:
        start_once(
            "kiosk", tmp
        )  # the first start creates the outbox and its key; warm the disk cache
        start_once("floor", tmp)
        for _ in range(runs):  # interleaved, so both meet the same machine load
            walls["floor"].append(start_once("floor", tmp)["wall_s"])
            info = start_once("kiosk", tmp)
            walls["kiosk"].append(info["wall_s"])
            heavy = info["heavy_modules"]
    floor = statistics.median(walls["floor"])
    kiosk = statistics.median(walls["kiosk"])
    return {
        "benchmark": "coldstart",
        "runs": runs,
        "floor_median_ms": round(floor * 1000, 1),
        "kiosk_median_ms": round(kiosk * 1000, 1),
        "floor_all_ms": [round(w * 1000) for w in walls["floor"]],
        "kiosk_all_ms": [round(w * 1000) for w in walls["kiosk"]],
        "ratio": round(kiosk / floor, 2),
        "heavy_modules_at_first_paint": heavy,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--child", choices=("kiosk", "floor"))
    args = parser.parse_args(argv)
    if args.child == "floor":
        child_floor()
    elif args.child == "kiosk":
        child_kiosk()
    else:
        print(json.dumps(run(max(1, args.runs)), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
