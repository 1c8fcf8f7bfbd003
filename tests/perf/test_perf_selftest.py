"""The installation self-test (kiosk/selftest.py), run from the source tree as a fresh process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CODE = "from kiosk.selftest import run_self_test; raise SystemExit(run_self_test())"
CHECKS = (
    "fonts",
    "translations",
    "services",
    "schedules",
    "districts",
    "receipt",
    "printers",
    "home screen",
)


def self_test(**env: str) -> subprocess.CompletedProcess[str]:
    full = dict(os.environ, QT_QPA_PLATFORM="offscreen", **env)
    return subprocess.run(
        [sys.executable, "-c", CODE],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=full,
        timeout=180,
        check=False,
    )


def test_self_test_passes_from_the_source_tree() -> None:
    proc = self_test()
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    for check in CHECKS:
        assert any(line.startswith(f"ok   {check}:") for line in lines), proc.stdout
    assert lines[-1] == "self-test passed"


def test_self_test_fails_without_translations(tmp_path: Path) -> None:
    proc = self_test(KIOSK_TRANSLATIONS_DIR=str(tmp_path))
    assert proc.returncode == 1
    assert any(line.startswith("FAIL translations:") for line in proc.stdout.splitlines())
    assert "ok   schedules:" in proc.stdout  # one failure does not hide the other checks
    assert proc.stdout.splitlines()[-1] == "self-test FAILED (1)"


def test_self_test_fails_without_pypdfium2(tmp_path: Path) -> None:
    """An installation without the printers' raster library is found by the self-test, not by the
    first applicant whose receipt does not print."""
    shadow = tmp_path / "pypdfium2"
    shadow.mkdir()
    (shadow / "__init__.py").write_text(
        "raise ModuleNotFoundError(\"No module named 'pypdfium2'\", name='pypdfium2')\n"
    )
    proc = self_test(PYTHONPATH=os.pathsep.join(filter(None, [str(tmp_path), str(ROOT)])))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    assert any(line.startswith("FAIL printers:") and "pypdfium2" in line for line in lines)
    assert proc.stdout.splitlines()[-1] == "self-test FAILED (1)"
