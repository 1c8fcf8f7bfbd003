"""What the one-folder installer holds (``make dist-check`` runs this after building it).

The bundle must carry what the kiosk reads from disk — the fonts and their licence, the built ``.qm``
translations, the tariff schedules, the districts, python-escpos's printer profiles — and must not
carry the reference central API, its stack, the in-process fake backend or the test tools. Pure
Python modules live in the archive inside the executable, so that archive is read too.

Runs only when ``KIOSK_BUNDLE`` names a built bundle folder (``make dist-check`` sets it to
``dist/kiosk``); a stale ``dist/`` from an earlier build is never checked by accident.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

BUNDLE = os.environ.get("KIOSK_BUNDLE", "")
pytestmark = pytest.mark.skipif(not BUNDLE, reason="set KIOSK_BUNDLE (make dist-check does)")

SERVER = ("central", "fastapi", "starlette", "pydantic", "pydantic_core", "uvicorn", "sqlalchemy")
DEVELOPMENT = ("pytest", "_pytest", "pytestqt", "hypothesis", "tests", "benchmarks", "setuptools")
NEEDED_MODULES = (
    "kiosk.app",
    "kiosk.receipts.escpos_printer",
    "kiosk.receipts.qt_printer",
    "kiosk.receipts.raster",
    "pypdfium2",
    "escpos",
    "sqlite_utils",
    "cryptography",
    "requests",
)


@pytest.fixture(scope="module")
def bundle() -> Path:
    folder = Path(BUNDLE)
    assert (folder / "kiosk").is_file(), f"no executable {folder / 'kiosk'}"
    return folder / "_internal"


@pytest.fixture(scope="module")
def modules() -> set[str]:
    """Every module in the bundle: those in the executable's archive and the extension modules."""
    from PyInstaller.archive.readers import CArchiveReader

    archive = CArchiveReader(str(Path(BUNDLE) / "kiosk"))
    names = set(archive.open_embedded_archive("PYZ.pyz").toc)
    internal = Path(BUNDLE) / "_internal"
    for path in internal.rglob("*.so"):
        parts = path.relative_to(internal).with_suffix("").parts
        names.add(".".join((*parts[:-1], parts[-1].split(".")[0])))
    return names


def top_level(name: str) -> str:
    return name.split(".")[0]


def test_the_fonts_and_their_licence_are_bundled(bundle: Path) -> None:
    for name in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "LICENSE.txt"):
        assert (bundle / "assets" / "fonts" / name).stat().st_size > 0, name
    assert (bundle / "assets" / "theme" / "kiosk.qss").is_file()


def test_the_built_translations_are_bundled(bundle: Path) -> None:
    for language in ("az", "ru", "en"):
        assert (bundle / "translations" / f"kiosk_{language}.qm").stat().st_size > 1000, language
        assert (bundle / "translations" / f"kiosk_{language}.ts").is_file(), language


def test_the_schedules_and_districts_are_bundled(bundle: Path) -> None:
    assert len(list((bundle / "kiosk" / "core" / "schedules").glob("*.toml"))) >= 3
    # The net-metering retail and wholesale tariffs (decision 346, 6.1).
    assert list((bundle / "kiosk" / "core" / "schedules" / "energy").glob("*.toml"))
    assert (bundle / "kiosk" / "core" / "data" / "districts.json").stat().st_size > 0


def test_the_thermal_printers_profiles_are_bundled(bundle: Path) -> None:
    assert (bundle / "escpos" / "capabilities.json").stat().st_size > 0


def test_what_the_kiosk_runs_is_bundled(modules: set[str]) -> None:
    missing = [m for m in NEEDED_MODULES if m not in modules]
    assert not missing, missing


def test_no_server_in_the_bundle(bundle: Path, modules: set[str]) -> None:
    found = sorted(m for m in modules if top_level(m) in SERVER)
    assert not found, found[:20]
    on_disk = [name for name in SERVER if (bundle / name).exists()]
    assert not on_disk, on_disk
    assert not list(bundle.glob("fastapi*")) and not list(bundle.glob("sqlalchemy*"))


def test_no_fake_backend_or_test_tools_in_the_bundle(modules: set[str]) -> None:
    assert "local_backend" not in modules and "kiosk.ui.backend_local" not in modules
    found = sorted(m for m in modules if top_level(m) in DEVELOPMENT)
    assert not found, found[:20]
