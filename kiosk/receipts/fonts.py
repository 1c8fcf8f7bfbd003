"""The bundled Noto Sans, registered with reportlab so Ə ə Ğ ğ İ ı Ş ş, Cyrillic and ₼ print.

reportlab's built-in fonts are Latin-1 only; a TrueType font embedded in the PDF is what makes the receipt
look the same on every printer and viewer.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "KioskSans"
BOLD = "KioskSans-Bold"
FONT_FILES = {REGULAR: "NotoSans-Regular.ttf", BOLD: "NotoSans-Bold.ttf"}

# Characters the font lacks, and what prints in their place.
_FALLBACKS = str.maketrans({"\u2212": "-", "\u2192": "->", "\u00a0": " "})


def assets_dir() -> Path:
    """``$KIOSK_ASSETS_DIR``, or ``assets/`` at the root of the source tree or frozen bundle."""
    env = os.environ.get("KIOSK_ASSETS_DIR")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "assets"


@functools.lru_cache(maxsize=1)
def register_fonts() -> tuple[str, str]:
    """Register the receipt fonts once per process; returns the (regular, bold) font names."""
    fonts_dir = assets_dir() / "fonts"
    for name, filename in FONT_FILES.items():
        path = fonts_dir / filename
        if not path.is_file():
            raise FileNotFoundError(f"receipt font missing: {path}")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
    )
    return REGULAR, BOLD


def printable(text: str) -> str:
    """``text`` with the few characters Noto Sans lacks (e.g. U+2212 MINUS SIGN) replaced."""
    return text.translate(_FALLBACKS)
