"""Nothing heavy on the start-up path: at the first paint of the home screen, reached through
``kiosk run`` as on a terminal, the receipts (reportlab, PIL), the HTTP stack (requests), the outbox
(sqlite-utils, cryptography), the validators (phonenumbers), the fee engine and tariff schedules, the
other screens and the staff service are not imported yet: they come after that paint. Nor are the
backend's types (the window's runners and status line name them only for type checks) or, for a
terminal configured by its environment alone, the TOML reader."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MARKER = "FIRST-PAINT "
FORBIDDEN = (
    "reportlab",
    "requests",
    "PIL",
    "sqlite_utils",
    "cryptography",
    "phonenumbers",
    "kiosk.core.fees",
    "kiosk.core.tariffs",
    "kiosk.core.validation",
    "kiosk.offline_queue.store",
    "kiosk.ui.screens.wizard_screen",
    "kiosk.ui.screens.tracking",
    "kiosk.ui.backend",
    "tomllib",
)


def first_paint_modules(data_dir: Path) -> list[str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        KIOSK_DATA_DIR=str(data_dir),
        KIOSK_CENTRAL_URL="http://127.0.0.1:9",
        KIOSK_API_TOKEN="perf-test-token",
    )
    env.pop("KIOSK_CONFIG", None)
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.coldstart", "--child", "kiosk"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith(MARKER)]
    assert lines, f"the kiosk never painted: {proc.returncode} {proc.stderr[-2000:]}"
    return list(json.loads(lines[0][len(MARKER) :])["heavy_modules"])


def test_no_heavy_module_before_the_first_paint(tmp_path: Path) -> None:
    loaded = first_paint_modules(tmp_path)
    assert not [m for m in FORBIDDEN if m in loaded], loaded


def test_receipts_and_images_stay_off_the_start_up_path(tmp_path: Path) -> None:
    loaded = first_paint_modules(tmp_path)
    assert "reportlab" not in loaded and "PIL" not in loaded, loaded
