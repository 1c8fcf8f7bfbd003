"""The core and the outbox stay Qt-free (STYLE practice 1), checked in a fresh interpreter."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def modules_under(package: str) -> list[str]:
    base = ROOT / package.replace(".", "/")
    names = []
    for path in sorted(base.rglob("*.py")):
        rel = path.relative_to(ROOT).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        if parts[-1] == "__main__":
            continue
        names.append(".".join(parts))
    return names


def test_core_and_outbox_import_without_qt_sqlite_http():
    core = modules_under("kiosk.core")
    outbox = modules_under("kiosk.offline_queue") if (ROOT / "kiosk/offline_queue").exists() else []
    code = (
        "import importlib, sys\n"
        f"for name in {core + outbox!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in {'PySide6', 'shiboken6'})\n"
        "print('QT', bad)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert "QT []" in proc.stdout, proc.stdout
    assert len(core) > 10


def test_core_alone_imports_no_sqlite_and_no_http():
    core = modules_under("kiosk.core")
    code = (
        "import importlib, sys\n"
        f"for name in {core!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'PySide6', 'sqlite3', '_sqlite3', 'requests', 'urllib3', 'sqlite_utils', 'httpx'}))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"
