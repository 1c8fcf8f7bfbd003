"""Fonts and the QSS theme: the normal palette and the larger-text / high-contrast one."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from string import Template

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

# Beside the kiosk package (source tree, bundle), or where $KIOSK_ASSETS_DIR says (kiosk/__init__.py).
ASSETS = Path(os.environ.get("KIOSK_ASSETS_DIR") or Path(__file__).resolve().parents[2] / "assets")
FONT_FAMILY = "Noto Sans"

NORMAL = {
    "base": 22,
    "small": 20,
    "large": 26,
    "title": 40,
    "huge": 64,
    "bg": "#f4f6f9",
    "fg": "#1a1f29",
    "card": "#ffffff",
    "border": "#b8c2d0",
    "muted": "#4f5b6b",
    "accent": "#0b5cad",
    "accentfg": "#ffffff",
    "pressed": "#07407a",
    "disabled": "#e3e7ed",
    "disabledfg": "#4f5b6b",
    "bar": "#0b3d73",
    "barfg": "#ffffff",
    "error": "#b00020",
    "warn": "#b35c00",
    "warnbg": "#fff1dc",
    "notebg": "#e6f0fb",
    "overlay": "rgba(10, 20, 40, 160)",
}
HIGH_CONTRAST = {
    "base": 28,
    "small": 24,
    "large": 32,
    "title": 48,
    "huge": 80,
    "bg": "#000000",
    "fg": "#ffffff",
    "card": "#000000",
    "border": "#ffffff",
    "muted": "#ffff66",
    "accent": "#ffd400",
    "accentfg": "#000000",
    "pressed": "#ffffff",
    # Disabled: grey text on black with a dashed grey border, never yellow on white (1.1:1).
    "disabled": "#000000",
    "disabledfg": "#c8c8c8",
    "bar": "#000000",
    "barfg": "#ffd400",
    "error": "#ff6b6b",
    "warn": "#ffd400",
    "warnbg": "#222222",
    "notebg": "#1a1a1a",
    "overlay": "rgba(0, 0, 0, 220)",
}


# The families each fonts folder registered: the kiosk's start asks for the fonts more than once
# (``kiosk run`` makes the application before the window), and Qt would read the files again each time.
_registered: dict[tuple[Path, int], list[str]] = {}


def register_fonts(directory: Path = ASSETS / "fonts") -> list[str]:
    """Register the bundled Noto Sans (it has ə Ə ğ ı İ ş ₼ and Cyrillic); returns the families."""
    app = QApplication.instance()
    key = (directory, id(app))  # fonts are registered with the application that exists
    if app is not None and key in _registered:
        return list(_registered[key])
    families: list[str] = []
    for path in sorted(directory.glob("NotoSans-*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("font %s could not be loaded", path.name)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    if app is not None:
        _registered[key] = families
    return list(families)


def stylesheet(high_contrast: bool = False) -> str:
    template = Template((ASSETS / "theme" / "kiosk.qss").read_text(encoding="utf-8"))
    return template.substitute(HIGH_CONTRAST if high_contrast else NORMAL)


def apply(app: QApplication, high_contrast: bool = False) -> None:
    """The palette's font and style sheet. Setting the sheet the application already has would only
    make Qt parse it again and re-style every widget (the start applies the normal one twice)."""
    palette = HIGH_CONTRAST if high_contrast else NORMAL
    font = QFont(FONT_FAMILY)
    font.setPixelSize(int(palette["base"]))  # type: ignore[arg-type]
    if app.font() != font:
        app.setFont(font)
    sheet = stylesheet(high_contrast)
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)


def icon_path(name: str) -> Path:
    return ASSETS / "icons" / name
