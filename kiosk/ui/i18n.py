"""The applicant's language: which ``.qm`` is installed, and the translation helpers screens use.

Switching installs ``translations/kiosk_{lang}.qm`` (when it exists; otherwise the English source texts
stay) and Qt sends every widget a ``LanguageChange`` event; the window then re-translates the visible
screen in place, keeping what was typed.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk.core import messages
from kiosk.core.i18n import DEFAULT_LANGUAGE, LANGUAGES, fill, translations_dir
from kiosk.ui.formats import format_number

_current = [DEFAULT_LANGUAGE]


def current() -> str:
    """The applicant's language now (``az``, ``ru`` or ``en``)."""
    return _current[0]


def core_text(context: str, text: str) -> str:
    """Show a core text (contexts Service, Step, Field, Hint, Choice, Message) in the current language."""
    if not text:
        return ""
    translated = QCoreApplication.translate(context, text)
    if translated == text:  # not in the catalogues: the definition's own translation, if it has one
        from kiosk.core import services

        return services.own_text(current(), text) or text
    return translated


def message(code: str, params: Mapping[str, str] | None = None) -> str:
    """A core message id (validation error, warning, fee error) as translated, placeholders filled
    (decimal figures written the language's way: ``0,1`` in az and ru)."""
    source = messages.TEXTS.get(code)
    text = QCoreApplication.translate("Message", source) if source else code
    values = [format_number(v, current()) for v in messages.args(code, params or {})]
    return fill(text, *values)


class Languages:
    """Installs one QTranslator for the applicant's language."""

    def __init__(self, directory: Path | None = None, language: str = DEFAULT_LANGUAGE) -> None:
        self.directory = directory or translations_dir()
        self.current = language if language in LANGUAGES else DEFAULT_LANGUAGE
        _current[0] = self.current
        self._translator: QTranslator | None = None

    def uninstall(self) -> None:
        """Remove the installed translator (back to the English source texts)."""
        if self._translator is not None:
            QCoreApplication.removeTranslator(self._translator)
            self._translator = None

    def switch(self, language: str) -> bool:
        """Install ``language``; returns whether a translation file was found for it."""
        if language not in LANGUAGES:
            return False
        self.uninstall()
        self.current = language
        _current[0] = language
        path = self.directory / f"kiosk_{language}.qm"
        translator = QTranslator()
        if path.is_file() and translator.load(str(path)):
            QCoreApplication.installTranslator(translator)
            self._translator = translator
            return True
        return False  # no .qm: the English source texts stay
