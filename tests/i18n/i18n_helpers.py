"""Reading the Qt Linguist catalogues as they are committed, and loading scripts/translations.py."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"
LANGUAGES = ("az", "ru", "en")
PLACEHOLDER = re.compile(r"%(\d+|n)")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    unfinished: bool
    forms: tuple[str, ...]  # the translation, or its plural forms


def messages(lang: str) -> list[Message]:
    root = ET.parse(TRANSLATIONS / f"kiosk_{lang}.ts").getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if message.get("numerus") == "yes":
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            out.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    translation.get("type") is not None,
                    forms,
                )
            )
    return out


def catalog(lang: str) -> dict[tuple[str, str], str]:
    """(context, source) → the finished translation (the first form of a plural)."""
    return {(m.context, m.source): m.forms[0] for m in messages(lang) if not m.unfinished}


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def translations_script() -> ModuleType:
    path = ROOT / "scripts" / "translations.py"
    spec = importlib.util.spec_from_file_location("kiosk_translations_script", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
