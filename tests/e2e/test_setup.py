"""A fresh machine's set-up (issue 14, newcomer set-up): the bootstrap knows the package of every
library Qt's xcb plugin links, and the check names exactly the ones ldd cannot find."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VENV = Path(sys.executable).parents[1]
PLUGIN = next(VENV.rglob("platforms/libqxcb.so"), None)
X_LIBRARY = re.compile(r"^lib(X11|xcb|xkbcommon|SM|ICE)")

pytestmark = pytest.mark.skipif(
    PLUGIN is None or shutil.which("ldd") is None, reason="no xcb plugin or ldd"
)


def table() -> dict[str, str]:
    lines = (ROOT / "scripts" / "qt_xcb_libs.txt").read_text(encoding="utf-8").splitlines()
    return dict(line.split() for line in lines if line.strip() and not line.startswith("#"))


def linked() -> dict[str, bool]:
    """soname → found, for the plugin and its QPA library, as ldd sees them."""
    assert PLUGIN is not None
    found: dict[str, bool] = {}
    for library in (PLUGIN, PLUGIN.parents[2] / "lib" / "libQt6XcbQpa.so.6"):
        out = subprocess.run(["ldd", str(library)], capture_output=True, text=True, check=True)
        for line in out.stdout.splitlines():
            name = line.split()[0]
            found[name] = found.get(name, True) and "not found" not in line
    return found


def test_every_x_library_the_plugin_links_has_a_package() -> None:
    needed = {name for name in linked() if X_LIBRARY.match(name)}
    assert {"libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-cursor.so.0"} <= needed
    assert needed - set(table()) == set()


def test_the_check_names_what_ldd_cannot_find() -> None:
    missing = {name for name, ok in linked().items() if not ok}
    run = subprocess.run(
        ["bash", str(ROOT / "scripts" / "check_qt_libs.sh"), str(VENV)],
        capture_output=True,
        text=True,
        check=False,
    )
    reported = dict(line.split() for line in run.stdout.splitlines())
    assert set(reported) == missing
    assert run.returncode == (1 if missing else 0)
    assert all(reported[name] == table()[name] for name in missing)
