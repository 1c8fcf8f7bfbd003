"""Pin every package a kiosk, the reference central API and the project's tools install, with hashes.

    python scripts/lock.py            regenerate requirements/*.txt from pyproject.toml (keeps the pins
                                      that still satisfy it; --upgrade takes the newest releases)
    python scripts/lock.py --check    fail when requirements/*.txt no longer match pyproject.toml

The lock files (one universal resolution, any OS, Python 3.11+):

- ``requirements/dev.txt``     the kiosk, the ``central`` extra, the tools (``dev``) and PyInstaller
                               (``dist``): what ``make run``, ``make test`` and ``make dist`` install
                               (``scripts/bootstrap.sh``), so the installer is built from the same pins;
- ``requirements/kiosk.txt``   what a terminal runs, nothing more (``pip install --require-hashes -r
                               requirements/kiosk.txt && pip install --no-deps .``);
- ``requirements/central.txt`` the kiosk's package with the ``central`` extra, for a server.

The last two are constrained by the first, so a package has the same version in every file. Needs
network access to PyPI; ``uv`` (pinned below) is installed into the running environment if missing.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UV = "uv==0.13.8"
PYTHON = "3.11"  # the oldest Python the project supports (pyproject.toml requires-python)

# file name → the extras of pyproject.toml it holds; dev.txt first: it constrains the others.
LOCKS: dict[str, tuple[str, ...]] = {
    "dev.txt": ("central", "dev", "dist"),
    "kiosk.txt": (),
    "central.txt": ("central",),
}


def uv() -> list[str]:
    probe = subprocess.run(
        [sys.executable, "-m", "uv", "--version"], capture_output=True, text=True, check=False
    )
    if probe.returncode != 0:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", UV], check=True)
    return [sys.executable, "-m", "uv"]


def compile_locks(root: Path, *, upgrade: bool = False) -> None:
    """Write ``root/requirements/*.txt`` from ``root/pyproject.toml`` (paths relative to ``root``, as
    the files name them)."""
    command = uv()
    for name, extras in LOCKS.items():
        args = [
            *command,
            "pip",
            "compile",
            "pyproject.toml",
            "--quiet",
            "--universal",
            "--python-version",
            PYTHON,
            "--generate-hashes",
            "--custom-compile-command",
            "python scripts/lock.py",
            "--output-file",
            f"requirements/{name}",
        ]
        for extra in extras:
            args += ["--extra", extra]
        if name != "dev.txt":
            args += ["--constraints", "requirements/dev.txt"]
        elif upgrade:
            args.append("--upgrade")
        subprocess.run(args, cwd=root, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    parser.add_argument("--upgrade", action="store_true", help="take the newest allowed releases")
    args = parser.parse_args(argv)
    target = ROOT / "requirements"
    if not args.check:
        target.mkdir(exist_ok=True)
        compile_locks(ROOT, upgrade=args.upgrade)
        print(f"wrote {', '.join(f'requirements/{n}' for n in LOCKS)}")
        return 0
    with tempfile.TemporaryDirectory(prefix="kiosk-lock-") as tmp:
        scratch = Path(tmp)
        shutil.copy(ROOT / "pyproject.toml", scratch / "pyproject.toml")
        (scratch / "requirements").mkdir()
        for name in LOCKS:  # the committed pins are uv's preferences: only a real change differs
            if (target / name).exists():
                shutil.copy(target / name, scratch / "requirements" / name)
        compile_locks(scratch)
        stale = [
            n
            for n in LOCKS
            if not (target / n).exists()
            or not filecmp.cmp(scratch / "requirements" / n, target / n, shallow=False)
        ]
    if stale:
        print(
            f"requirements/{', requirements/'.join(stale)} do not match pyproject.toml: "
            "run `python scripts/lock.py` and commit the result",
            file=sys.stderr,
        )
        return 1
    print("requirements/*.txt match pyproject.toml")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
