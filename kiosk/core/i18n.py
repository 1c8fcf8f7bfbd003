"""Qt-free access to the project's translations, for the parts that run without Qt (receipts, CLI).

The Qt Linguist ``.ts`` files in ``translations/`` are the one source of every translated text. The Qt
screens load the compiled ``.qm`` files through ``QTranslator``; code below the UI reads the same ``.ts``
files here. Source texts are English; ``kiosk_az.ts``, ``kiosk_ru.ts`` and ``kiosk_en.ts`` translate them.

Strings are marked for extraction with :func:`QT_TRANSLATE_NOOP`, which ``pyside6-lupdate`` recognises by
name; at run time it only returns the text.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

LANGUAGES = ("az", "ru", "en")
DEFAULT_LANGUAGE = "az"


def translations_dir() -> Path:
    env = os.environ.get("KIOSK_TRANSLATIONS_DIR")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "translations"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction under ``context``; returns it unchanged."""
    return text


@functools.lru_cache(maxsize=8)
def _catalog(lang: str, directory: str) -> dict[tuple[str, str], str]:
    # Imported here: the kiosk's start (which reads the .qm files through Qt) never parses a .ts file.
    import xml.etree.ElementTree as ET

    path = Path(directory) / f"kiosk_{lang}.ts"
    catalog: dict[tuple[str, str], str] = {}
    if not path.is_file():
        return catalog
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in {"unfinished", "obsolete", "vanished"}:
                continue
            if translation.text:
                catalog[(name, source)] = translation.text
    return catalog


def translate(context: str, text: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """The ``lang`` translation of ``text`` in ``context``, or ``text`` itself when there is none."""
    if lang not in LANGUAGES:
        lang = DEFAULT_LANGUAGE
    found = _catalog(lang, str(translations_dir())).get((context, text))
    if found is not None:
        return found
    from kiosk.core import services  # a definition may bring translations of its own texts

    return services.own_text(lang, text) or text


def fill(template: str, *args: object) -> str:
    """Qt-style placeholders: ``fill("%1 of %2", 3, 5)`` → ``"3 of 5"`` (``%10`` is not ``%1`` + ``0``)."""
    out = template
    for index in range(len(args), 0, -1):
        out = out.replace(f"%{index}", str(args[index - 1]))
    return out


def clear_cache() -> None:
    _catalog.cache_clear()
