"""Refresh the Qt Linguist sources and build the compiled catalogues.

    python scripts/translations.py update   # pyside6-lupdate: translations/kiosk_{az,ru,en}.ts from the sources
    python scripts/translations.py build    # pyside6-lrelease: translations/kiosk_{az,ru,en}.qm
    python scripts/translations.py check    # exit 1 when running lupdate would change a .ts file

The ``.ts`` files are the source of truth and are committed; the ``.qm`` files are built (by ``make``, the
installer and the tests) and never committed, so a stale ``.qm`` cannot be shipped.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "translations"
LANGUAGES = ("az", "ru", "en")


def _tool(name: str) -> str:
    local = Path(sys.executable).with_name(name)
    if local.exists():
        return str(local)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: run 'make venv' first")
    return found


# The packages whose marked strings the catalogues hold: the kiosk, and the reference central (its
# status page shows the same service and status names, so it reads the same catalogues).
SOURCE_PACKAGES = ("kiosk", "central")


def sources() -> list[str]:
    return sorted(
        str(p.relative_to(ROOT))
        for package in SOURCE_PACKAGES
        for p in (ROOT / package).rglob("*.py")
    )


def update(directory: Path = TRANSLATIONS) -> None:
    directory.mkdir(exist_ok=True)
    for lang in LANGUAGES:
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                "-silent",
                "-locations",
                "none",
                "-no-obsolete",
                "-source-language",
                "en",
                "-target-language",
                lang,
                *sources(),
                "-ts",
                str(directory / f"kiosk_{lang}.ts"),
            ],
            cwd=ROOT,
            check=True,
        )


def build(directory: Path = TRANSLATIONS, out: Path | None = None) -> list[Path]:
    out = out or directory
    built = []
    for lang in LANGUAGES:
        ts = directory / f"kiosk_{lang}.ts"
        if not ts.exists():
            continue
        qm = out / f"kiosk_{lang}.qm"
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def stale() -> list[str]:
    """The .ts files that running lupdate would change."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp)
        for lang in LANGUAGES:
            source = TRANSLATIONS / f"kiosk_{lang}.ts"
            if source.exists():
                shutil.copy(source, copy / source.name)
        update(copy)
        return [
            f"kiosk_{lang}.ts"
            for lang in LANGUAGES
            if not (TRANSLATIONS / f"kiosk_{lang}.ts").exists()
            or (copy / f"kiosk_{lang}.ts").read_bytes()
            != (TRANSLATIONS / f"kiosk_{lang}.ts").read_bytes()
        ]


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "build"
    if command == "update":
        update()
        build()
    elif command == "build":
        build()
    elif command == "check":
        changed = stale()
        if changed:
            print("stale against the sources (run 'make translations'):", ", ".join(changed))
            return 1
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
