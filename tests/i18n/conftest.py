"""Fixtures of the translation tests: the compiled catalogues, and a kiosk window in a language."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from i18n_helpers import translations_script
from local_backend import LocalBackend

from kiosk.ui.app import application
from kiosk.ui.i18n import Languages
from kiosk.ui.window import KioskWindow


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed .ts files compiled by the project's own script (as ``make`` does)."""
    out = tmp_path_factory.mktemp("qm")
    built = translations_script().build(out=out)
    assert {p.name for p in built} == {"kiosk_az.qm", "kiosk_ru.qm", "kiosk_en.qm"}
    return out


WindowFactory = Callable[[str, tuple[int, int]], KioskWindow]


@pytest.fixture
def make_window(qtbot, qm_dir: Path, tmp_path: Path) -> Iterator[WindowFactory]:  # type: ignore[no-untyped-def]
    made: list[tuple[KioskWindow, LocalBackend]] = []

    def make(language: str, size: tuple[int, int] = (1920, 1080)) -> KioskWindow:
        application()
        backend = LocalBackend(outbox_path=tmp_path / f"outbox{len(made)}.sqlite3")
        languages = Languages(directory=qm_dir, language=language)
        assert languages.switch(language)
        window = KioskWindow(backend, languages)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        made.append((window, backend))
        return window

    yield make
    for window, backend in made:
        window.shutdown()
        window.languages.uninstall()
        backend.close()
