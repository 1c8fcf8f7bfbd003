"""Without the ``central`` extra (a terminal's installation), whatever would start the reference server
says what to do and exits, instead of ending in a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk import local_central

ROOT = Path(__file__).resolve().parents[2]

# Runs ``MAIN`` in a fresh interpreter in which the server's packages cannot be found, as after
# ``pip install .`` without ``[central]``.
WITHOUT_SERVER = """
import importlib.util, sys
found = importlib.util.find_spec
def find_spec(name, *args, **kwargs):
    if name.split(".")[0] in {"fastapi", "uvicorn", "sqlalchemy"}:
        return None
    return found(name, *args, **kwargs)
importlib.util.find_spec = find_spec
%s
"""


def run_without_server(main: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.update(QT_QPA_PLATFORM="offscreen", KIOSK_DATA_DIR=str(tmp_path / "data"))
    return subprocess.run(
        [sys.executable, "-c", WITHOUT_SERVER % main],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )


def hide_server(monkeypatch: pytest.MonkeyPatch) -> None:
    found = local_central.importlib.util.find_spec

    def find_spec(name: str, *args: object, **kwargs: object) -> object:
        return None if name in local_central.SERVER_PACKAGES else found(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(local_central.importlib.util, "find_spec", find_spec)


def test_the_server_is_found_where_the_extra_is_installed() -> None:
    assert local_central.missing_server_packages() == []
    local_central.check_available()


def test_without_the_extra_the_local_server_does_not_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hide_server(monkeypatch)
    assert local_central.missing_server_packages() == [
        "fastapi",
        "uvicorn",
        "sqlalchemy",
        "alembic",
    ]
    with pytest.raises(local_central.LocalCentralError) as info:
        local_central.LocalCentral(tmp_path, "KIOSK-T-01").start()
    message = str(info.value)
    assert "central_url" in message and "asan-kiosk[central]" in message
    assert not (tmp_path / "central.log").exists()  # nothing was started


def test_kiosk_run_without_the_extra_says_what_to_do(tmp_path: Path) -> None:
    proc = run_without_server(
        "from kiosk.cli import main\n"
        "import kiosk.ui.app\n"
        "def no_window(*a, **k): raise SystemExit('the window must not open')\n"
        "kiosk.ui.app.run_ui = no_window\n"
        "raise SystemExit(main(['run', '--windowed']))",
        tmp_path,
    )
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert proc.stderr.startswith("kiosk: central_url is not configured"), proc.stderr
    assert "asan-kiosk[central]" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_the_central_command_without_the_extra_says_what_to_do(tmp_path: Path) -> None:
    proc = run_without_server(
        "from central.cli import main\nraise SystemExit(main(['serve']))", tmp_path
    )
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "asan-kiosk[central]" in proc.stderr
    assert "Traceback" not in proc.stderr
