"""The PyInstaller bundle: build it (about two minutes on two cores) and run its --self-test.
Only with ``--soak`` (``make soak``); ``make dist-check`` does the same from make."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.soak
def test_frozen_bundle_passes_its_self_test(soak: bool, tmp_path: Path) -> None:
    if not soak:
        pytest.skip("builds the installer: run with --soak")
    pyinstaller = shutil.which("pyinstaller", path=str(Path(sys.executable).parent))
    if pyinstaller is None:
        pytest.skip("pyinstaller is not installed in this environment (make dist installs it)")
    subprocess.run(
        [sys.executable, "scripts/translations.py", "build"], cwd=ROOT, check=True, timeout=300
    )
    build = subprocess.run(
        [
            pyinstaller,
            "--noconfirm",
            "--log-level",
            "WARN",
            "--workpath",
            str(tmp_path / "build"),
            "--distpath",
            str(tmp_path / "dist"),
            "build_installer.spec",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    assert build.returncode == 0, build.stderr[-4000:]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "KIOSK_"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    proc = subprocess.run(
        [str(tmp_path / "dist" / "kiosk" / "kiosk"), "--self-test"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "_internal/translations" in proc.stdout  # read from the bundle, not the source tree
    assert proc.stdout.splitlines()[-1] == "self-test passed"
