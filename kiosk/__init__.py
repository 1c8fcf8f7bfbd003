"""The ASAN self-service kiosk.

The fonts, theme, icons and translations live beside this package in the source tree and in the
PyInstaller bundle (whose runtime hook names them). A wheel installation (``pip install .``) puts them
under ``<prefix>/share/asan-kiosk/`` instead (pyproject.toml, ``data-files``): point the kiosk there,
unless the environment already names other folders.
"""

import os
import sys
from pathlib import Path

__version__ = "0.1.0"  # pyproject.toml's; sent in the heartbeat (docs/WIRE.md)


def _installed_data() -> None:
    if getattr(sys, "frozen", False) or (Path(__file__).resolve().parents[1] / "assets").is_dir():
        return
    share = Path(sys.prefix) / "share" / "asan-kiosk"
    if share.is_dir():
        os.environ.setdefault("KIOSK_ASSETS_DIR", str(share / "assets"))
        os.environ.setdefault("KIOSK_TRANSLATIONS_DIR", str(share / "translations"))


_installed_data()
