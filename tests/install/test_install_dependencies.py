"""What a terminal installs: every package the kiosk imports is one of its own dependencies (so that a
plain ``pip install .`` runs it), the reference server's stack is the ``central`` extra and nothing
more, and the lock files (requirements/*.txt, made by scripts/lock.py) pin exactly that."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SERVER = {"fastapi", "uvicorn", "sqlalchemy", "starlette", "pydantic", "alembic", "psycopg"}
FIRST_PARTY = {"kiosk", "central"}


def requirements(extra: str | None = None) -> dict[str, Requirement]:
    project = PYPROJECT["project"]
    lines = project["dependencies"] if extra is None else project["optional-dependencies"][extra]
    found = [Requirement(line) for line in lines]
    return {canonicalize_name(r.name): r for r in found}


def imported_modules(package: str) -> dict[str, str]:
    """Top-level modules imported anywhere under ``package`` (at module level or inside a function),
    each with one file that imports it."""
    found: dict[str, str] = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                found.setdefault(name.split(".")[0], str(path.relative_to(ROOT)))
    return found


def distributions(package: str) -> dict[str, str]:
    """The installed distributions that ``package``'s third-party imports come from."""
    by_module = importlib.metadata.packages_distributions()
    found: dict[str, str] = {}
    for module, where in imported_modules(package).items():
        if module in sys.stdlib_module_names or module in FIRST_PARTY or module == "__future__":
            continue
        dists = by_module.get(module)
        assert dists, f"{where} imports {module!r}, which no installed distribution provides"
        for dist in dists:
            found[canonicalize_name(dist)] = f"{module} ({where})"
    return found


def test_the_kiosk_imports_only_its_own_dependencies() -> None:
    runtime = requirements()
    missing = {d: why for d, why in distributions("kiosk").items() if d not in runtime}
    assert not missing, f"imported by the kiosk but not in [project] dependencies: {missing}"


def test_the_printers_dependency_is_a_runtime_one() -> None:
    assert "pypdfium2" in requirements()
    assert "pypdfium2" not in requirements("dev")


def test_the_server_imports_only_the_kiosks_and_its_extras_dependencies() -> None:
    allowed = requirements() | requirements("central")
    missing = {d: why for d, why in distributions("central").items() if d not in allowed}
    assert not missing, f"imported by central/ but in neither set: {missing}"


def test_a_kiosk_installs_no_server() -> None:
    runtime = requirements()
    assert not SERVER & set(runtime), sorted(SERVER & set(runtime))
    assert {"fastapi", "uvicorn", "sqlalchemy", "alembic", "psycopg"} <= set(
        requirements("central")
    )


# --- the lock files --------------------------------------------------------------------------------
LOCKS = {"kiosk.txt": (), "central.txt": ("central",), "dev.txt": ("central", "dev", "dist")}
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^ ;\\]+)")


def pins(name: str) -> dict[str, Version]:
    """``requirements/<name>``: package → pinned version; every pin must carry a hash."""
    text = (ROOT / "requirements" / name).read_text(encoding="utf-8")
    found: dict[str, Version] = {}
    for block in re.split(r"\n(?=\S)", text):
        match = PIN.match(block)
        if match is None:
            continue
        assert "--hash=sha256:" in block, f"{name}: {match.group(1)} has no hash"
        found[canonicalize_name(match.group(1))] = Version(match.group(2))
    assert found, f"{name} pins nothing"
    return found


@pytest.mark.parametrize("name", sorted(LOCKS))
def test_each_lock_file_pins_what_pyproject_asks(name: str) -> None:
    pinned = pins(name)
    wanted = requirements()
    for extra in LOCKS[name]:
        wanted |= requirements(extra)
    for dist, requirement in wanted.items():
        assert dist in pinned, f"{name} does not pin {dist}: run python scripts/lock.py"
        assert requirement.specifier.contains(pinned[dist], prereleases=True), (
            f"{name} pins {dist}=={pinned[dist]}, outside {requirement}: run python scripts/lock.py"
        )


def test_the_terminals_lock_leaves_the_server_and_tools_out() -> None:
    pinned = set(pins("kiosk.txt"))
    assert not pinned & (SERVER | {"pytest", "pyinstaller", "hypothesis", "mypy", "ruff"})


def test_the_lock_files_agree_and_pin_pyinstaller() -> None:
    dev = pins("dev.txt")
    for name in ("kiosk.txt", "central.txt"):
        for dist, version in pins(name).items():
            assert dev.get(dist) == version, (
                f"{dist}: {name} has {version}, dev.txt {dev.get(dist)}"
            )
    (pyinstaller,) = requirements("dist")["pyinstaller"].specifier
    assert pyinstaller.operator == "==", "PyInstaller is pinned in pyproject.toml"
    assert dev["pyinstaller"] == Version(pyinstaller.version)


def test_the_bootstrap_and_the_installer_build_use_the_lock() -> None:
    bootstrap = (ROOT / "scripts" / "bootstrap.sh").read_text(encoding="utf-8")
    assert "--require-hashes" in bootstrap and "requirements/dev.txt" in bootstrap
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    dist = makefile[makefile.index("\ndist:") :].split("\n\n")[0]
    assert "pip install" not in dist, "make dist must build with the locked PyInstaller"
